"""The document seen as lines, each with its block and offset in `Document.text`, and evidence spans.

Extractors match regular expressions line by line. A paragraph gives its lines (a line wrapped inside a
sentence is joined to the next, its line break read as a space); a table gives each row as
one line (cells joined by " | ", so "Chủ trì | Đồng chí …" reads as a label and its value) followed by the
lines of each of its cells (so a cell "CHI BỘ THÔN 3" is a line of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from extract.contract import Evidence
from ingest.document import BlockKind, Document

OPENING_BLOCKS = 15  # the title, header and attendance of minutes stand within the first blocks
OPENING_SHARE = 0.5  # … or, for long documents with many short blocks, within the first half of the text
JOINING_WORDS = frozenset({"and", "or", "&", "và", "hoặc", "va"})  # a line ending with one goes on below
MIN_SENTENCE_WORDS = 4  # a line this long, not in capitals, is a sentence a bracket on the next line goes on with
MIN_ITEM_LINE_WORDS = 8  # a list item's line of fewer words may be its title


class LineKind(StrEnum):
    TEXT = "text"
    ROW = "row"
    CELL = "cell"


@dataclass(frozen=True, slots=True)
class Line:
    block: int
    start: int
    text: str
    kind: LineKind = LineKind.TEXT
    row: int | None = None  # table position, for CELL lines
    column: int | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_NUMBERED_TITLE = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2})[.)]\s+\S")  # "III. …", "2) …"
MAX_NUMBERED_TITLE_WORDS = 6


def _wraps(line: str, following: str) -> bool:
    """A line break inside a sentence (a PDF or typed wrap): after a label's colon, before a small letter or an
    opening bracket ("Vắng: 01 đồng chí có lý do" / "(đồng chí … đi công tác)")."""
    if following.lstrip()[:1] == "(":  # a bracket going on with a sentence, not under a title ("THƯ KÝ" / "(Đã ký)")
        return len(line.split()) >= MIN_SENTENCE_WORDS and not line.isupper()
    if _NUMBERED_TITLE.match(line) and len(line.split()) <= MAX_NUMBERED_TITLE_WORDS:
        return False  # "III. ý kiến thảo luận" over "đ/c Kha: …": the title of a part, typed in small letters
    joiner = line.rstrip().rsplit(None, 1)[-1].lower() if line.strip() else ""
    if joiner in JOINING_WORDS:  # "Owner: Olumide Bakare and" / "Hester Vane"
        return True
    return line.rstrip().endswith((":", "(")) or following.lstrip()[:1].islower()


def _runs_on(line: str) -> bool:
    """A line of a list item cut off in mid-sentence: long, and not ended by a stop (a short first line is the
    item's title: "1. Crime update")."""
    return len(line.split()) >= MIN_ITEM_LINE_WORDS and not line.rstrip().endswith((".", ":", ";", "!", "?", "："))


def _split(
    block: int,
    start: int,
    text: str,
    kind: LineKind = LineKind.TEXT,
    row: int | None = None,
    column: int | None = None,
    item: bool = False,
) -> list[Line]:
    """The lines of a text, a wrapped line joined again (its line break read as a space, offsets unchanged); in a
    list `item` a long line cut off in mid-sentence goes on on the next ("1. Đ/c X xây dựng phương án …, trình
    Ban" / "Giám đốc trong tuần sau.")."""
    parts: list[tuple[int, str]] = []
    offset = start
    for part in text.split("\n"):
        joins = parts and parts[-1][0] + len(parts[-1][1]) + 1 == offset  # nothing dropped in between
        if joins and part.strip() and ((item and _runs_on(parts[-1][1])) or _wraps(parts[-1][1], part)):
            parts[-1] = (parts[-1][0], parts[-1][1] + " " + part)
        elif part.strip():
            parts.append((offset, part))
        offset += len(part) + 1
    return [Line(block, begin, part, kind, row, column) for begin, part in parts]


def document_lines(document: Document) -> list[Line]:
    """Every line of the document in reading order (table rows before their cells)."""
    lines: list[Line] = []
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE or not block.rows:
            lines.extend(_split(block.index, block.start, block.text, item=block.kind is BlockKind.LIST_ITEM))
            continue
        for r, row in enumerate(block.rows):
            if not row:
                continue
            start, end = row[0].start, row[-1].end
            lines.append(Line(block.index, start, document.text[start:end].replace("\n", " "), LineKind.ROW))
            for c, cell in enumerate(row):
                lines.extend(_split(block.index, cell.start, cell.text, LineKind.CELL, r, c))
    return lines


def opening_limit(document: Document) -> int:
    """Offset before which the opening part of the minutes (header, title, attendance) lies."""
    share = int(len(document.text) * OPENING_SHARE)
    if len(document.blocks) > OPENING_BLOCKS:
        return max(share, document.blocks[OPENING_BLOCKS - 1].end)
    return len(document.text)


def evidence(document: Document, line: Line, start: int, end: int) -> Evidence:
    """Evidence for `line.text[start:end]`, as offsets in the full text."""
    absolute_start, absolute_end = line.start + start, line.start + end
    return Evidence(
        block=line.block,
        start=absolute_start,
        end=absolute_end,
        text=document.text[absolute_start:absolute_end],
    )
