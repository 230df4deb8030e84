"""The stages composed: bytes → Document → Extraction (with per-meeting flags). Pure; shared by jobs and CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from compliance import RosterMember, builtin_pack, check_meeting, pack_for
from compliance.version import ENGINE_VERSION
from extract import extract
from extract.contract import Extraction
from extract.version import EXTRACTOR_VERSION
from ingest import parse_document
from ingest.document import Document

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class PipelineResult:
    document: Document
    extraction: Extraction
    versions: dict[str, str]


def _no_progress(stage: str, percent: int) -> None:
    pass


def process_bytes(
    data: bytes,
    filename: str,
    *,
    max_bytes: int,
    rule_pack: str | None = None,
    params: Mapping[str, Any] | None = None,
    roster: Sequence[RosterMember] = (),
    progress: Progress = _no_progress,
) -> PipelineResult:
    """Run every stage on one file. Bad input raises an `IngestError`; failed requirements are flags.

    `roster` is the body's members: their names help the extractor recognise people, and the checks read
    their statuses and dates (who may vote, who belonged when)."""
    progress("ingest", 10)
    document = parse_document(data, filename, max_bytes=max_bytes)
    progress("extract", 40)
    extraction = extract(document, [member.name for member in roster])
    versions = {"extractor": EXTRACTOR_VERSION, "engine": ENGINE_VERSION}
    pack_name = pack_for(rule_pack, extraction.language)
    if pack_name and extraction.language_supported:
        progress("check", 80)
        pack = builtin_pack(pack_name)
        language = extraction.language or "en"
        flags = check_meeting(extraction, pack, params or {}, language=language, roster=roster)
        extraction.flags = [flag.to_contract() for flag in flags]
        versions["rule_pack"] = f"{pack.id}@{pack.version}"
    return PipelineResult(document, extraction, versions)
