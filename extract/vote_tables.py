"""Decisions laid out as a table, one motion a row: the wording, the counts for, against and abstaining, and
perhaps the mover, the seconder and the result ("Motion | Proposed | Seconded | For | Against | Abstain |
Result", "Nội dung | Tán thành | Không tán thành | Không biểu quyết").

A table is a vote table when at least two header cells each name one way of voting (the language's vote words,
the whole cell, compared without case or diacritics); the wording is the first other column holding text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from extract.contract import Decision, Evidence, Votes
from extract.lang import domain_data
from extract.roster import fold, fold_words
from extract.votes import read_votes
from ingest.document import Block, BlockKind, Cell, Document

MIN_VOTE_COLUMNS = 2
ROW_NUMBER_HEADERS = frozenset({"no", "stt", "tt", "so tt", "#", "item"})  # "No." numbers rows, it is not "no"
_NUMBER = re.compile(r"\d{1,4}")


@dataclass(frozen=True, slots=True)
class _Columns:
    text: int
    counts: dict[str, int]  # "for", "against", "abstain" → column
    mover: int | None = None
    seconder: int | None = None
    result: int | None = None


@cache
def _header_words(code: str) -> dict[str, frozenset[str]]:
    data = domain_data(code, "votes")
    return {
        "against": frozenset(fold(word) for word in data.NO_WORDS),  # before "for": "không tán thành"
        "abstain": frozenset(fold(word) for word in data.OTHER_WORDS),
        "for": frozenset(fold(word) for word in data.YES_WORDS),
        "mover": frozenset(fold(word) for word in data.TABLE_MOVER),
        "seconder": frozenset(fold(word) for word in data.TABLE_SECONDER),
        "result": frozenset(fold(word) for word in data.TABLE_RESULT),
    }


def _columns(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], code: str) -> _Columns | None:
    words = _header_words(code)
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = fold_words(cell.text)
        if key in ROW_NUMBER_HEADERS:
            continue
        kind = next((kind for kind, names in words.items() if key in names and kind not in found), None)
        if kind:
            found[kind] = index
    counts: dict[str, int] = {kind: found[kind] for kind in ("for", "against", "abstain") if kind in found}
    if len(counts) < MIN_VOTE_COLUMNS:
        return None
    taken = set(found.values())
    text = next(
        (index for index in range(len(header)) if index not in taken and any(_wording(row, index) for row in rows)),
        None,
    )
    if text is None:
        return None
    return _Columns(text, counts, found.get("mover"), found.get("seconder"), found.get("result"))


def _wording(row: Sequence[Cell], index: int) -> bool:
    return index < len(row) and bool(re.search(r"[^\W\d_]{2}", row[index].text))


def _cell(row: Sequence[Cell], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].text.strip() or None


def _count(row: Sequence[Cell], index: int) -> int | None:
    text = _cell(row, index)
    return int(text) if text and _NUMBER.fullmatch(text) else None


def _decision(document: Document, block: Block, row: Sequence[Cell], columns: _Columns, code: str) -> Decision | None:
    text = _cell(row, columns.text)
    counts = {kind: _count(row, index) for kind, index in columns.counts.items()}
    if not text or all(value is None for value in counts.values()):
        return None
    result_text = _cell(row, columns.result)
    result = read_votes(result_text, code).result if result_text else None
    votes = Votes.model_validate(
        {
            "for": counts.get("for"),
            "against": counts.get("against"),
            "abstain": counts.get("abstain"),
            "result": result if result in ("adopted", "failed") else None,
            "mover": _cell(row, columns.mover),
            "seconder": _cell(row, columns.seconder),
        }
    )
    start, end = row[0].start, row[-1].end
    span = Evidence(block=block.index, start=start, end=end, text=document.text[start:end])
    return Decision(text=text, votes=votes, evidence=[span])


def vote_tables(document: Document, code: str) -> Iterator[tuple[Block, list[Decision]]]:
    """Each vote table of the document with the decisions of its rows."""
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE or len(block.rows) < MIN_VOTE_COLUMNS:
            continue
        columns = _columns(block.rows[0], block.rows[1:], code)
        if columns is None:
            continue
        decisions = [d for row in block.rows[1:] if (d := _decision(document, block, row, columns, code))]
        if decisions:
            yield block, decisions
