"""The labelled corpus on disk (tests/corpus/README.md): documents beside their `.expected.json` files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance import RosterMember
from extract.evaluation import Scorecard, score
from ingest import MAX_BYTES
from minutes.errors import IngestError, InvalidInput
from worker.pipeline import process_bytes

EXPECTED_SUFFIX = ".expected.json"


@dataclass(frozen=True)
class LabelledDocument:
    id: str  # path relative to the corpus folder, without extension
    path: Path
    expected: dict[str, Any]


def load_corpus(folder: Path) -> list[LabelledDocument]:
    """Every labelled document under `folder`, in a stable order."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder} is not a folder.")
    documents = []
    for expected_path in sorted(folder.rglob(f"*{EXPECTED_SUFFIX}")):
        stem = expected_path.name[: -len(EXPECTED_SUFFIX)]
        candidates = [p for p in expected_path.parent.glob(f"{stem}.*") if p != expected_path]
        if len(candidates) != 1:
            raise InvalidInput(f"{expected_path}: expected exactly one document named {stem}.* beside it.")
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        doc_id = str(expected_path.parent.relative_to(folder) / stem)
        documents.append(LabelledDocument(doc_id, candidates[0], expected))
    return documents


def evaluate(folder: Path) -> Scorecard:
    """Run the whole pipeline on every labelled document and score it against its labels."""
    card = Scorecard()
    for document in load_corpus(folder):
        roster = [RosterMember(name=name) for name in document.expected.get("roster") or []]
        try:
            result = process_bytes(document.path.read_bytes(), document.path.name, max_bytes=MAX_BYTES, roster=roster)
            got: dict[str, Any] = result.extraction.to_json()
        except IngestError as exc:
            got = {"error": exc.code}
        score(document.id, document.expected, got, card)
    return card
