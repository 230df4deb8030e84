"""Word (.docx) minutes, read with python-docx.

The body is read in document order, including content controls; headers, footers, text boxes, comments and
deleted tracked changes are left out (inserted tracked changes are kept). A paragraph is a heading when its
style is a "Heading N" (level N), "Title" (1) or "Subtitle" (2) style or has an outline level; it is a list
item when it or its style is numbered, or its style is a "List …" style (level from `w:ilvl`, 1 = top).
A table keeps its rows; a cell merged across columns appears once, and a table nested in a cell is read as
lines of that cell's text.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import OpcError
from docx.oxml.ns import nspfxmap, qn
from docx.table import Table
from lxml import etree

from ingest.document import BlockKind, Document
from ingest.draft import CHECK_FILE, Draft, build_document
from ingest.sniff import WORD_DAMAGED
from minutes.errors import CorruptFile

_NS = nspfxmap("w")
_P, _TBL = qn("w:p"), qn("w:tbl")
_WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]",
    namespaces=_NS,
)
_NUMBERING = etree.XPath("./w:pPr/w:numPr", namespaces=_NS)
_NUM_ID = etree.XPath("./w:pPr/w:numPr/w:numId/@w:val", namespaces=_NS)
_ILVL = etree.XPath("./w:pPr/w:numPr/w:ilvl/@w:val", namespaces=_NS)
_OUTLINE = etree.XPath("./w:pPr/w:outlineLvl/@w:val", namespaces=_NS)
# python-docx reports a malformed package with whatever its code trips over, AttributeError included.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    AttributeError,
    IndexError,
    OpcError,
    etree.LxmlError,
)
_TRAILING_NUMBER = re.compile(r"(\d+)\s*$")
_BODY_TEXT_OUTLINE = 9


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    numbered: bool
    ilvl: int | None
    outline: int | None


def parse_docx(data: bytes, filename: str, sha256: str) -> Document:
    """Parse a .docx file; raises `CorruptFile` when it cannot be read, `EmptyFile` when it has no text."""
    _refuse_zip_bomb(data)
    try:
        word = docx.Document(io.BytesIO(data))
        drafts = _Reader(word).drafts()
    except _BROKEN as exc:
        raise CorruptFile(WORD_DAMAGED) from exc
    return build_document(
        drafts,
        format="docx",
        filename=filename,
        sha256=sha256,
        empty_message=f"This Word file contains no text. {CHECK_FILE}",
    )


MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # a member that inflates more than this (and past 10 MB) is built to exhaust memory
_RATIO_FLOOR = 10 * 1024 * 1024
HOSTILE = (
    "This Word file unpacks to far more data than a document holds, which is how harmful files are built. "
    "It was not opened. Save the document again from Word and upload the new file."
)


def _refuse_zip_bomb(data: bytes) -> None:
    """Refuse a .docx whose parts would inflate beyond reason, before any part is decompressed."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise CorruptFile(WORD_DAMAGED) from exc
    total = sum(member.file_size for member in members)
    inflated = any(
        member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if total > MAX_UNPACKED_BYTES or inflated:
        raise CorruptFile(HOSTILE, code="hostile_file")


class _Reader:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.styles: dict[str | None, _Style] = {}

    def style(self, style_id: str | None) -> _Style:
        """The paragraph style with this id (the default style for None or an unknown id), cached."""
        if style_id not in self.styles:
            self.styles[style_id] = _style(self.word.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH))
        return self.styles[style_id]

    def drafts(self) -> list[Draft]:
        drafts: list[Draft] = []
        for element in _content(self.word.element.body):
            if element.tag == _P:
                drafts.append(self.paragraph(element))
            else:
                drafts.append(Draft(BlockKind.TABLE, rows=self.rows(element)))
        return drafts

    def paragraph(self, p: Any) -> Draft:
        text = _text(p)
        style = self.style(p.style)
        heading = _heading_level(style, _int_attr(p, _OUTLINE))
        if heading is not None:
            return Draft(BlockKind.HEADING, text, level=heading)
        list_level = _list_level(p, style)
        if list_level is not None:
            return Draft(BlockKind.LIST_ITEM, text, level=list_level)
        return Draft(BlockKind.PARAGRAPH, text)

    def rows(self, tbl: Any) -> list[list[str]]:
        rows: list[list[str]] = []
        for row in Table(tbl, self.word).rows:
            cells: list[str] = []
            previous = None
            for cell in row.cells:
                if cell._tc is not previous:
                    cells.append(self.cell_text(cell._tc))
                previous = cell._tc
            rows.append(cells)
        return rows

    def cell_text(self, tc: Any) -> str:
        lines: list[str] = []
        for element in _content(tc):
            if element.tag == _P:
                lines.append(_text(element))
            else:
                lines.extend(" ".join(row) for row in self.rows(element))
        return "\n".join(line for line in lines if line.strip())


def _content(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables directly in `parent`, also those wrapped in content controls."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _content(child)


def _text(p: Any) -> str:
    return "".join(run.text for run in _RUNS(p))


def _style(style: Any) -> _Style:
    numbered, ilvl, outline = False, None, None
    seen: set[str] = set()
    current = style
    while current is not None and current.style_id not in seen:
        seen.add(current.style_id)
        element = current.element
        if outline is None:
            outline = _int_attr(element, _OUTLINE)
        if not numbered and _NUMBERING(element):
            numbered = _int_attr(element, _NUM_ID) != 0
            ilvl = _int_attr(element, _ILVL)
        current = current.base_style
    return _Style(style.name or "", numbered, ilvl, outline)


def _heading_level(style: _Style, outline: int | None) -> int | None:
    name = style.name.lower()
    if name.startswith("heading"):
        match = _TRAILING_NUMBER.search(name)
        return int(match[1]) if match else 1
    if name.startswith("title"):
        return 1
    if name.startswith("subtitle"):
        return 2
    outline = outline if outline is not None else style.outline
    if outline is not None and outline < _BODY_TEXT_OUTLINE:
        return outline + 1
    return None


def _list_level(p: Any, style: _Style) -> int | None:
    if _NUMBERING(p):
        if _int_attr(p, _NUM_ID) == 0:
            return None
        ilvl = _int_attr(p, _ILVL)
        return ilvl + 1 if ilvl is not None else _style_list_level(style)
    if style.numbered or style.name.lower().startswith("list"):
        return _style_list_level(style)
    return None


def _style_list_level(style: _Style) -> int:
    """From the style's own numbering level, else from its name ("List Bullet 2" → 2), else 1."""
    if style.ilvl is not None:
        return style.ilvl + 1
    match = _TRAILING_NUMBER.search(style.name)
    return int(match[1]) if match else 1


def _int_attr(element: Any, path: etree.XPath) -> int | None:
    values = path(element)
    try:
        return int(values[0]) if values else None
    except ValueError:
        return None
