"""Line-level cues shared by the parsers of unstructured text (plain text, Markdown, PDF).

A list item starts with a bullet glyph or an enumerator ("1.", "2)", "a)", "b."). Bullet glyphs are dropped
from the block text (Word drops them too: its numbering is not part of the text); enumerators are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "-", "–", "•", "+", "*" and common bullet glyphs, including Symbol/Wingdings private-use code points that
# Word writes into PDFs.
BULLETS = "-–—•+*·▪▫◦●○■□►▶➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_LIST_ITEM = re.compile(
    rf"^(?P<indent>[ \t]*)(?:(?P<bullet>[{re.escape(BULLETS)}])|(?P<enum>\d{{1,3}}[.)]|[a-zđ][.)]))"
    r"[ \t]+(?P<text>\S.*)$"
)
_MARKDOWN_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<bullet>[-*+])|(?P<enum>\d{1,9}[.)]))[ \t]+(?P<text>\S.*)$")
_HEADING_MAX_CHARS = 100
_TAB_WIDTH = 4


@dataclass(frozen=True, slots=True)
class ListItem:
    indent: int  # columns of leading whitespace, tabs counted as four
    text: str  # without the bullet glyph, with the enumerator


def list_item(line: str, *, markdown: bool = False) -> ListItem | None:
    """The list item `line` starts, or None."""
    match = (_MARKDOWN_ITEM if markdown else _LIST_ITEM).match(line)
    if match is None:
        return None
    indent = len(match["indent"].expandtabs(_TAB_WIDTH))
    text = match["text"] if match["bullet"] else f"{match['enum']} {match['text']}"
    return ListItem(indent, text.rstrip())


def is_caps_heading(line: str) -> bool:
    """A short line whose letters are all upper case (at least three letters), not a list item."""
    line = line.strip()
    if not line or len(line) > _HEADING_MAX_CHARS or line[0] in BULLETS:
        return False
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


class ListLevels:
    """Turns the indentation of successive list items into nesting levels (1 = top level)."""

    def __init__(self) -> None:
        self._indents: list[int] = []

    def level(self, indent: int) -> int:
        while self._indents and self._indents[-1] > indent:
            self._indents.pop()
        if not self._indents or self._indents[-1] < indent:
            self._indents.append(indent)
        return len(self._indents)

    def reset(self) -> None:
        self._indents.clear()


def typed_cells(line: str) -> list[str] | None:
    """The cells of a table row typed as text ("Hyun-woo Park | Head of Pharmacy | Present"), or None when the
    line holds no " | " between cells. Bars at both ends are borders ("| a | b |"); a bar only at the end says the
    last cell goes on on the next line (an empty last cell)."""
    if " | " not in line:
        return None
    text = line.strip()
    if text.startswith("|"):
        text = text[1:].removesuffix("|")
    return [cell.strip() for cell in text.split("|")]


def typed_table(lines: list[str]) -> tuple[int, list[list[str]]] | None:
    """A table typed as text at the start of `lines`: a header row of two cells or more, then rows that may wrap
    over several lines ("1 | Ký hợp đồng … | Đ/c Nghiêm Xuân Trường |" then "20/3/2026"). Returns how many lines
    it takes and its rows, or None when fewer than one whole row follows the header."""
    header = typed_cells(lines[0]) if lines else None
    if header is None or len(header) < 2:
        return None
    width, rows, used = len(header), [header], 1
    current: list[str] | None = None
    for line in lines[1:]:
        cells = typed_cells(line)
        whole = current is None or (len(current) >= width and current[-1] != "")
        if whole and (cells is None or len(cells) > width):
            break
        pieces = cells if cells is not None else [line.strip()]
        if whole:
            current = pieces
            rows.append(current)
        else:
            assert current is not None
            current[-1] = f"{current[-1]} {pieces[0]}".strip()
            current.extend(pieces[1:])
        used += 1
    while len(rows) > 1 and (len(rows[-1]) < width or rows[-1][-1] == ""):  # an unfinished last row is no row
        rows.pop()
        used -= 1
    if len(rows) < 2 or any(len(row) != width for row in rows):
        return None
    return used, rows


_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
ALIGN_SLACK = 1  # columns a cell may start before its header's
MIN_ALIGNED_COLUMNS = 3


def _spans(line: str) -> list[tuple[int, int]]:
    """The cells of a line set out in columns: runs of text between gaps of two spaces or more."""
    spans, start = [], len(line) - len(line.lstrip())
    for gap in _GAP.finditer(line):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(line.rstrip())))
    return spans


def _aligned(spans: list[tuple[int, int]], columns: list[int]) -> bool:
    """Whether every cell stands inside one header's column (from its start to the next header's)."""
    bounds = [*columns[1:], 1 << 30]
    return all(
        any(column - ALIGN_SLACK <= start and end <= bound for column, bound in zip(columns, bounds, strict=True))
        for start, end in spans
    )


def aligned_table(lines: list[str]) -> tuple[int, list[list[str]]] | None:
    """A table set out in columns with spaces at the start of `lines` ("Who   What   By when", perhaps indented,
    marks such as "X" anywhere under their header): a header of three columns or more, then two rows or more
    whose cells each stand inside one header's column. Returns how many lines it takes and its rows, or None.
    (Two columns set out with spaces are more often labels and values, or the signature places side by side,
    than a table.)"""
    if not lines or "\t" in lines[0] or "|" in lines[0]:
        return None
    header = _spans(lines[0])
    columns = [start for start, _ in header]
    if len(columns) < MIN_ALIGNED_COLUMNS:
        return None
    rows: list[list[str]] = []
    for line in lines[1:]:
        spans = _spans(line)
        if not line.strip() or len(spans) < 2 or "|" in line or not _aligned(spans, columns):
            break
        bounds = [*columns[1:], len(line)]
        rows.append([line[max(0, a - ALIGN_SLACK) : b].strip() for a, b in zip(columns, bounds, strict=True)])
    cells = [lines[0][a:b].strip() for a, b in header]
    labelled = any(cell.endswith((":", "：")) or cell.startswith((":", "：")) for row in [cells, *rows] for cell in row)
    if len(rows) < 2 or labelled:
        return None  # labels and their values set out in columns ("Date:    19 August 2025") are no table
    return len(rows) + 1, [cells, *rows]
