"""The `Document` model: what every ingest parser returns and every later stage reads.

A document is an ordered list of blocks (heading, paragraph, list item, table, signature block). All block
texts are normalized (Unicode NFC, runs of spaces and tabs collapsed, no empty lines) and joined into one
`text`; each block records its character span in that text, so any extracted fact can point at its evidence.

Layout of `text`: blocks are separated by a blank line (``"\\n\\n"``); inside a table block rows are separated
by ``"\\n"`` and cells by ``" | "``. Every table cell also records its own span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

BLOCK_SEPARATOR = "\n\n"
ROW_SEPARATOR = "\n"
CELL_SEPARATOR = " | "

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u00ad]")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    SIGNATURE = "signature"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None  # heading level or list nesting level, when known
    rows: tuple[tuple[Cell, ...], ...] = ()  # tables only


@dataclass(frozen=True, slots=True)
class Document:
    format: str  # docx, pdf, txt, md
    filename: str
    sha256: str
    pages: int | None
    ocr: bool
    text: str
    blocks: tuple[Block, ...]

    def block_at(self, offset: int) -> Block | None:
        """The block whose span contains `offset` (None between blocks)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            block = self.blocks[mid]
            if offset < block.start:
                hi = mid - 1
            elif offset >= block.end:
                lo = mid + 1
            else:
                return block
        return None

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def normalize_line(text: str) -> str:
    """NFC, control characters removed, whitespace runs collapsed to one space, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def normalize_text(text: str) -> str:
    """Normalize each line and drop empty lines (line breaks inside a block are kept)."""
    lines = (normalize_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class DocumentBuilder:
    """Accumulates blocks in order and lays out the full text with every span."""

    format: str
    filename: str
    sha256: str
    pages: int | None = None
    ocr: bool = False
    _parts: list[str] = field(default_factory=list)
    _blocks: list[Block] = field(default_factory=list)
    _length: int = 0

    def _reserve(self) -> int:
        if self._blocks:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        return self._length

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def add(self, kind: BlockKind, text: str, *, page: int | None = None, level: int | None = None) -> Block | None:
        """Add a text block; returns None (adds nothing) when the text is empty after normalization."""
        text = normalize_text(text)
        if not text:
            return None
        start = self._reserve()
        self._append(text)
        block = Block(len(self._blocks), kind, text, start, self._length, page, level)
        self._blocks.append(block)
        return block

    def add_table(
        self,
        rows: Sequence[Sequence[str | None]],
        *,
        page: int | None = None,
        kind: BlockKind = BlockKind.TABLE,
    ) -> Block | None:
        """Add a table; empty rows are dropped, cells keep their position (an empty cell stays empty).

        `kind` is TABLE unless the table is laid out for something else (a signature block).
        """
        clean = [[normalize_line(cell or "") for cell in row] for row in rows]
        clean = [row for row in clean if any(row)]
        if not clean:
            return None
        start = self._reserve()
        laid: list[tuple[Cell, ...]] = []
        for r, row in enumerate(clean):
            if r:
                self._append(ROW_SEPARATOR)
            cells: list[Cell] = []
            for c, cell in enumerate(row):
                if c:
                    self._append(CELL_SEPARATOR)
                cell_start = self._length
                self._append(cell)
                cells.append(Cell(cell, cell_start, self._length))
            laid.append(tuple(cells))
        text = "".join(self._parts)[start:]
        block = Block(len(self._blocks), kind, text, start, self._length, page, None, tuple(laid))
        self._blocks.append(block)
        return block

    def build(self) -> Document:
        return Document(
            format=self.format,
            filename=self.filename,
            sha256=self.sha256,
            pages=self.pages,
            ocr=self.ocr,
            text="".join(self._parts),
            blocks=tuple(self._blocks),
        )
