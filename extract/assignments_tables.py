"""Task tables (STT | Nội dung | Người thực hiện | Thời hạn; Action | Owner | Due): their columns and rows."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from extract.fragments import phrases
from extract.lang import domain_data
from extract.lines import Line, LineKind
from ingest.document import Block, BlockKind, Document

__all__ = ["cell_text", "row_line", "task_tables"]


@cache
def _header_words(code: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """Per field, in the order fields take their column, the header words naming it, best first."""
    data = domain_data(code, "assignments")
    order = (
        ("status", data.TABLE_STATUS),
        ("due", data.TABLE_DUE),
        ("owner", data.TABLE_OWNER),
        ("task", data.TABLE_TASK),
    )
    return tuple(
        (field, tuple(re.compile(rf"(?<!\w){phrases([word])}(?!\w)") for word in words)) for field, words in order
    )


def _columns(header: Sequence[str], code: str) -> dict[str, int]:
    """Which column holds the task, the owner, the deadline and the status (read from the header cells).

    Each field takes the column whose header names it best: the earliest of the field's words in the language
    data ("Action" before "Item" for the task), the leftmost column on a tie; a column serves one field only.
    """
    columns: dict[str, int] = {}
    for field, words in _header_words(code):
        ranked = [
            (rank, index)
            for index, cell in enumerate(header)
            if index not in columns.values()
            for rank, word in enumerate(words)
            if word.search(cell)
        ]
        if ranked:
            columns[field] = min(ranked)[1]
    return columns if {"task", "owner"} <= columns.keys() else {}


def task_tables(document: Document, code: str) -> Iterator[tuple[Block, dict[str, int], int]]:
    """Tables of tasks: each table, its columns, and the index of its first row below the header."""
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE:
            continue
        for index, row in enumerate(block.rows[:3]):
            columns = _columns([cell.text for cell in row], code)
            if columns:
                yield block, columns, index + 1
                break


def row_line(document: Document, block: Block, row: int) -> Line:
    cells = block.rows[row]
    return Line(block.index, cells[0].start, document.text[cells[0].start : cells[-1].end], LineKind.ROW)


def cell_text(block: Block, row: int, column: int | None) -> str:
    cells = block.rows[row]
    return " ".join(cells[column].text.split()) if column is not None and column < len(cells) else ""
