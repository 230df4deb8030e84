"""Attendance tables: a column of names and a column saying present or absent ("Có mặt/Vắng", ticks under
"Có mặt" and "Vắng", "Attendance: Present | Absent"), perhaps a reason and a role column.

A table with names but no such column is read only when a label just above it says what it lists
("Thành phần tham dự:" then a table of names): a table of tasks is not an attendance list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from extract.contract import Evidence
from extract.fragments import phrases
from extract.name_lists import Item, parse_item, patterns
from extract.roster import fold_words
from ingest.document import Block, BlockKind, Cell, Document

HEADER_ROWS = 2  # the header is one of the first rows (a title row may stand above it)


@dataclass(frozen=True, slots=True)
class Row:
    kind: str  # present | absent
    name: str
    role: str | None
    note: str | None  # status and reason as written, for an absentee
    evidence: list[Evidence]
    remark: str | None = None  # the row's other cells, for someone present ("✓ | joined at 6.45 pm")
    remark_evidence: list[Evidence] | None = None


@dataclass(frozen=True, slots=True)
class _Columns:
    name: int
    status: int | None = None
    present: int | None = None
    absent: int | None = None
    reason: int | None = None
    excuse: int | None = None
    role: int | None = None
    absent_excused: bool = False  # the absent column says the absence was excused ("Apologies")


TICKS = frozenset("✓✔√")
CROSSES = frozenset({"x", "✗", "✘", "×"})  # absent where the other rows are ticked


@cache
def _headers(code: str) -> dict[str, frozenset[str]]:
    data = patterns(code).data
    return {
        "name": frozenset(fold_words(word) for word in data.NAME_HEADERS),
        "status": frozenset(fold_words(word) for word in data.STATUS_HEADERS),
        "present": frozenset(fold_words(word) for word in data.PRESENT_HEADERS),
        "absent": frozenset(fold_words(word) for word in data.ABSENT_HEADERS),
        "reason": frozenset(fold_words(word) for word in data.REASON_HEADERS),
        "role": frozenset(fold_words(word) for word in data.ROLE_HEADERS),
        "excuse": frozenset(fold_words(word) for word in data.EXCUSE_HEADERS),
        "excused_column": frozenset(fold_words(word) for word in data.EXCUSED_HEADERS),
    }


@cache
def _statuses(code: str) -> tuple[frozenset[str], frozenset[str]]:
    data = patterns(code).data
    return (
        frozenset(fold_words(word) or word for word in data.STATUS_PRESENT),
        frozenset(fold_words(word) or word for word in data.STATUS_ABSENT),
    )


def _columns(row: Sequence[Cell], code: str) -> _Columns | None:
    headers = _headers(code)
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = fold_words(cell.text)
        for field in ("status", "name", "present", "absent", "reason", "excuse", "role"):
            if field not in found and (key in headers[field] or (field == "name" and _starts(key, headers[field]))):
                found[field] = index
                break
    if "name" not in found:
        return None
    excused = "absent" in found and fold_words(row[found["absent"]].text) in _headers(code)["excused_column"]
    return _Columns(**found, absent_excused=excused)


def _starts(key: str, words: frozenset[str]) -> bool:
    return any(key.startswith(word + " ") for word in words)


def _status(text: str, code: str) -> str | None:
    key = fold_words(text) or text.strip()
    if not key:
        return None
    present, absent = _statuses(code)
    first = key.split()[0]
    if key in present:
        return "present"
    if key in absent or first in absent or first.startswith(tuple(word for word in absent if len(word) > 2)):
        return "absent"
    return "present" if first in present else None


def _cell(row: Sequence[Cell], column: int | None) -> Cell | None:
    return row[column] if column is not None and column < len(row) and row[column].text.strip() else None


def _kind(
    row: Sequence[Cell], columns: _Columns, default: str | None, code: str, ticked: bool = False
) -> tuple[str | None, Cell | None]:
    """The row's kind and the cell saying it; ``ticked``: the table marks presence with ticks, so a cross in
    the status or "present" column says absent ("✓" / "x")."""
    status = _cell(row, columns.status)
    if columns.status is not None:
        if status and ticked and status.text.strip().lower() in CROSSES:
            return "absent", status
        return (_status(status.text, code), status) if status else (None, None)
    absent, present = _cell(row, columns.absent), _cell(row, columns.present)
    if present and ticked and columns.absent is None and present.text.strip().lower() in CROSSES:
        return "absent", present  # one column of marks: "✓" present, "x" absent (with an absent column, "x" ticks)
    if absent and _status(absent.text, code) != "absent" and len(absent.text.split()) > 1:
        return "absent", absent  # a reason written in the "Vắng" column
    if absent:
        return "absent", absent
    if present:
        return "present", present
    if columns.present is not None or columns.absent is not None:
        return None, None
    return default, None


def _span(document: Document, block: int, cell: Cell) -> Evidence:
    return Evidence(block=block, start=cell.start, end=cell.end, text=document.text[cell.start : cell.end])


def _status_note(cell: Cell | None, separate: bool, code: str) -> str | None:
    """What a status cell says beyond present or absent: "Vắng (ốm)" → "ốm", "Regrets", "Không lý do"."""
    if cell is None or _status(cell.text, code) == "present":
        return None
    text = cell.text.strip()
    words = fold_words(text).split()
    if separate and len(words) > 1:
        return text  # a reason written in the "Vắng" column
    if len(words) <= 1:
        return text if words and words[0] not in {"x", "v", "a", "n", "no", "absent", "vang"} else None
    return _reason_text(cell, code)  # "Vắng (ốm)" → "ốm"; "Apologies (annual leave)" kept whole


def _reason_text(cell: Cell, code: str) -> str:
    """A note or reason cell, without the status it may begin with ("Vắng có lý do (đi công tác)")."""
    words = patterns(code).data.ABSENT_LEADS
    lead = re.match(rf"\s*(?:{phrases(words)})(?!\w)", cell.text) if words else None
    if lead:
        stripped = cell.text[lead.end() :].strip()
        return re.sub(r"[()]", " ", stripped).strip() or cell.text
    return cell.text


def _ticked(rows: Sequence[Sequence[Cell]], columns: _Columns) -> bool:
    """Whether the status (or "present") column marks presence with ticks ("✓", "✔", "√")."""
    column = columns.status if columns.status is not None else columns.present
    return column is not None and any(column < len(row) and row[column].text.strip() in TICKS for row in rows)


def _row(
    document: Document,
    block: int,
    row: Sequence[Cell],
    columns: _Columns,
    default: str | None,
    code: str,
    ticked: bool = False,
) -> Row | None:
    name_cell = _cell(row, columns.name)
    if name_cell is None:
        return None
    item = parse_item(name_cell.text, 0, len(name_cell.text), code)
    kind, status = _kind(row, columns, default, code, ticked)
    if not isinstance(item, Item) or kind is None:
        return None
    role_cell, reason_cell = _cell(row, columns.role), _cell(row, columns.reason)
    notes = [_status_note(status, columns.status is None, code) if kind == "absent" else None]
    if kind == "absent" and columns.absent_excused and status is not None and status is _cell(row, columns.absent):
        notes.append(patterns(code).data.EXCUSED_WORDS[0])  # a mark in the "Apologies" column
    excuse_cell = _cell(row, columns.excuse)
    notes += [_reason_text(cell, code) if cell else None for cell in (reason_cell, excuse_cell)]
    spans = [_span(document, block, cell) for cell in (name_cell, status, reason_cell) if cell]
    others = [cell for cell in row if cell.text.strip() and cell not in (name_cell, role_cell)]
    return Row(
        kind=kind,
        name=item.name,
        role=role_cell.text if role_cell else item.note or item.role,
        note=", ".join(note for note in notes if note) or None,
        evidence=spans,
        remark=" | ".join(cell.text.strip() for cell in others) if kind == "present" and others else None,
        remark_evidence=[_span(document, block, cell) for cell in (name_cell, *others)],
    )


def _by_column(document: Document, block: Block, code: str) -> list[Row]:
    """A table whose columns are the lists ("Present | Absent"), a person in each cell below."""
    labels = _label_kinds(code)
    kinds = [labels.get(fold_words(cell.text)) for cell in block.rows[0]]
    if not any(kinds) or any(
        kind is None and cell.text.strip() for kind, cell in zip(kinds, block.rows[0], strict=False)
    ):
        return []
    rows: list[Row] = []
    for cells in block.rows[1:]:
        for kind, cell in zip(kinds, cells, strict=False):
            item = parse_item(cell.text, 0, len(cell.text), code) if kind and cell.text.strip() else None
            if isinstance(item, Item) and kind:
                absent = kind in ("absent", "excused", "unexcused")
                note = item.note if absent else None
                if kind in ("excused", "unexcused"):
                    data = patterns(code).data
                    word = data.EXCUSED_WORDS[0] if kind == "excused" else data.UNEXCUSED_WORDS[0]
                    note = ", ".join(part for part in (note, word) if part)
                rows.append(
                    Row(
                        kind="absent" if absent else kind,
                        name=item.name,
                        role=None if absent else item.note or item.role,
                        note=note,
                        evidence=[_span(document, block.index, cell)],
                    )
                )
    return rows


@cache
def _label_kinds(code: str) -> dict[str, str]:
    data = patterns(code).data
    return {fold_words(label): kind for kind, words in data.LABELS.items() for label in words if kind != "roll"}


def _default(columns: _Columns, block: Block, kinds: Mapping[int, str], code: str) -> str | None:
    """The kind of every row of a table without a status column: said by a label above it or a header."""
    if block.index in kinds:
        return kinds[block.index]
    headers = {fold_words(cell.text) for row in block.rows[:HEADER_ROWS] for cell in row}
    absent = {fold_words(word) for word in patterns(code).data.ABSENT_TABLE_HEADERS}
    return "absent" if headers & absent else None


def table_rows(document: Document, code: str, kinds: Mapping[int, str]) -> list[Row]:
    """The people of every attendance table; `kinds` gives a table's kind when a label above it says so."""
    rows: list[Row] = []
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE or len(block.rows) < 2:
            continue
        if kinds.get(block.index) == "present" and _names_a_person(block.rows[0], code):
            rows.extend(_headerless(document, block, "present", code))  # no header: its first row is a person
            continue
        for header in range(min(HEADER_ROWS, len(block.rows) - 1)):
            columns = _columns(block.rows[header], code)
            if columns is None:
                continue
            default = _default(columns, block, kinds, code)
            if default is None and columns.status is None and columns.present is None and columns.absent is None:
                break
            ticked = _ticked(block.rows[header + 1 :], columns)
            for cells in block.rows[header + 1 :]:
                row = _row(document, block.index, cells, columns, default, code, ticked)
                if row:
                    rows.append(row)
            break
        else:
            found = _by_column(document, block, code)
            rows.extend(found or _headerless(document, block, kinds.get(block.index), code))
    return rows


def _names_a_person(row: Sequence[Cell], code: str) -> bool:
    cell = _cell(row, 0)
    item = parse_item(cell.text, 0, len(cell.text), code) if cell else None
    return isinstance(item, Item) and len(item.name.split()) > 1


def _headerless(document: Document, block: Block, kind: str | None, code: str) -> list[Row]:
    """A table with no header under a label that says what it lists ("Directors in attendance:"): the first cell
    of a row is the person, a cell opening with a status says present or absent ("absent – excused"), the other
    cells are the role and notes."""
    if kind != "present":
        return []
    rows: list[Row] = []
    for cells in block.rows:
        name_cell = _cell(cells, 0)
        item = parse_item(name_cell.text, 0, len(name_cell.text), code) if name_cell else None
        if not isinstance(item, Item) or name_cell is None:
            continue
        others = [cell for cell in cells[1:] if cell.text.strip()]
        status = next((cell for cell in others if _status(cell.text, code)), None)
        absent = status is not None and _status(status.text, code) == "absent"
        roles = [cell.text.strip() for cell in others if cell is not status]
        spans = [_span(document, block.index, cell) for cell in (name_cell, status) if cell]
        rows.append(
            Row(
                kind="absent" if absent else "present",
                name=item.name,
                role=None if absent else (roles[0] if roles else item.note or item.role),
                note=_reason_text(status, code) if absent and status else None,
                evidence=spans,
                remark=status.text if status is not None and not absent else None,
                remark_evidence=spans,
            )
        )
    return rows
