"""`minutes bench pipeline`: documents/s, words/s and pages/s of ingest → extract → checks, per language and
format, on one core, over the labelled corpus and the test fixtures (files a secretary would upload)."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest import MAX_BYTES
from minutes.errors import IngestError
from worker.pipeline import process_bytes


@dataclass
class Group:
    documents: int = 0
    words: int = 0
    pages: int = 0
    seconds: float = 0.0
    files: set[str] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": len(self.files),
            "runs": self.documents,
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.documents / self.seconds, 1) if self.seconds else None,
            "words_per_second": round(self.words / self.seconds) if self.seconds else None,
            "pages_per_second": round(self.pages / self.seconds, 1) if self.seconds and self.pages else None,
            "ms_per_document": round(1000 * self.seconds / self.documents, 2) if self.documents else None,
        }


def _files(folders: list[Path]) -> list[Path]:
    suffixes = {".docx", ".pdf", ".txt", ".md"}
    return sorted(
        p
        for folder in folders
        for p in folder.rglob("*")
        if p.suffix in suffixes and p.is_file() and p.name.upper() != "README.MD"
    )


def run(folders: list[Path], *, min_seconds: float = 1.0) -> dict[str, Any]:
    """Each readable file is processed repeatedly for about `min_seconds` in all; timings grouped by
    language and format. The first run of each language (loading and compiling its data) is not timed."""
    files = []
    for path in _files(folders):
        data = path.read_bytes()
        try:
            result = process_bytes(data, path.name, max_bytes=MAX_BYTES)  # warm-up, and learn the language
        except IngestError:
            continue
        document = result.document
        files.append(
            (path, data, f"{result.extraction.language}/{document.format}", document.word_count, document.pages or 0)
        )
    groups: dict[str, Group] = defaultdict(Group)
    budget = min_seconds / max(len(files), 1)
    for path, data, key, words, pages in files:
        group = groups[key]
        group.files.add(path.name)
        spent, runs = 0.0, 0
        while spent < budget or runs == 0:
            start = time.perf_counter()
            process_bytes(data, path.name, max_bytes=MAX_BYTES)
            spent += time.perf_counter() - start
            runs += 1
        group.documents += runs
        group.words += words * runs
        group.pages += pages * runs
        group.seconds += spent
    return {"groups": {key: group.as_dict() for key, group in sorted(groups.items())}}


def render(report: dict[str, Any]) -> str:
    header = f"{'language/format':<16} {'files':>5} {'docs/s':>8} {'ms/doc':>8} {'words/s':>10} {'pages/s':>8}"
    lines = [header, "-" * len(header)]
    for key, g in report["groups"].items():
        pages = "" if g["pages_per_second"] is None else f"{g['pages_per_second']:.1f}"
        lines.append(
            f"{key:<16} {g['files']:>5} {g['documents_per_second']:>8.1f} {g['ms_per_document']:>8.2f} "
            f"{g['words_per_second']:>10,} {pages:>8}"
        )
    return "\n".join(lines)
