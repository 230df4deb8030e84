"""Plain-text (.txt) and Markdown (.md) minutes.

Both are read line by line: blank lines separate paragraphs (the lines of one paragraph stay separate lines
of its text), list items start with a bullet or an enumerator (nesting from indentation; an indented line
right after an item continues it), a line underlined with "===" or "---" is a heading.

- Markdown: "#" headings (level = number of "#"), "-", "*", "+", "1." list items, pipe tables (a header
  row followed by a "---|---" row, which is skipped); emphasis, code and link markup are removed.
- Plain text: a short line in capitals is a heading; two or more consecutive lines that hold " | " or
  several tabs form a table.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from ingest.document import BlockKind, Document
from ingest.draft import CHECK_FILE, Draft, build_document
from ingest.lines import ListLevels, aligned_table, is_caps_heading, list_item
from minutes.errors import EmptyFile, UnsupportedFormat

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_UNDERLINE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:[-*_~=+][ \t]*){3,}$")
_BORDER = re.compile(r"^(?=[^|+]*[|+])(?=[^-=]*[-=])[ \t|+:=-]+$")
_PIPE = re.compile(r"(?<!\\)\|")
_TABS = re.compile(r"\t+")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\*\*(\S(?:.*?\S)?)\*\*"), r"\1"),
    (re.compile(r"__(\S(?:.*?\S)?)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)

TEXT_EMPTY = f"This file contains no text. {CHECK_FILE}"
NOT_UTF8 = "This text file is not in UTF-8 encoding. Save it as UTF-8 text (or as .docx) and upload it again."


def decode_text(data: bytes) -> str | None:
    """The text of `data` when it is UTF-8 (with or without BOM) or UTF-16 with a BOM; else None."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        return None
    return text


def parse_text(data: bytes, filename: str, sha256: str, *, markdown: bool = False) -> Document:
    """Parse plain text, or Markdown when `markdown` is set."""
    text = decode_text(data)
    if text is None:
        raise UnsupportedFormat(NOT_UTF8)
    if not text.strip():
        raise EmptyFile(TEXT_EMPTY)
    lines = text.splitlines()
    drafts = _MarkdownSplitter().split(lines) if markdown else _TextSplitter().split(lines)
    return build_document(
        drafts, format="md" if markdown else "txt", filename=filename, sha256=sha256, empty_message=TEXT_EMPTY
    )


class _Splitter:
    """Line-by-line block splitting shared by both dialects; subclasses add headings and tables."""

    markdown = False

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.paragraph: list[str] = []
        self.item: Draft | None = None
        self.levels = ListLevels()

    def split(self, lines: list[str]) -> list[Draft]:
        index = 0
        while index < len(lines):
            end = self.table(lines, index)
            if end:
                index = end
            else:
                self.line(lines[index])
                index += 1
        self.flush()
        return self.drafts

    def table(self, lines: list[str], index: int) -> int:
        """Consume a table starting at `index`; returns the index after it, or 0 when there is none."""
        return 0

    def heading(self, line: str) -> Draft | None:
        return None

    def inline(self, text: str) -> str:
        return text

    def line(self, line: str) -> None:
        if not line.strip():
            self.flush()
        elif (heading := self.heading(line)) is not None:
            self.flush()
            self.drafts.append(heading)
        elif _UNDERLINE.match(line) and len(self.paragraph) == 1 and self.item is None:
            level = 1 if "=" in line else 2
            self.drafts.append(Draft(BlockKind.HEADING, self.inline(self.paragraph.pop()), level=level))
        elif _RULE.match(line):
            self.flush()
        elif (item := list_item(line, markdown=self.markdown)) is not None:
            self.flush_paragraph()
            level = self.levels.level(item.indent)
            self.item = Draft(BlockKind.LIST_ITEM, self.inline(item.text), level=level)
            self.drafts.append(self.item)
        elif self.item is not None and line[:1] in (" ", "\t"):
            self.item.text += "\n" + self.inline(line.strip())
        else:
            self.item = None
            self.levels.reset()
            self.paragraph.append(line.strip())

    def flush_paragraph(self) -> None:
        if self.paragraph:
            self.drafts.append(Draft(BlockKind.PARAGRAPH, self.inline("\n".join(self.paragraph))))
            self.paragraph = []

    def flush(self) -> None:
        self.flush_paragraph()
        self.item = None

    def add_table(self, rows: list[list[str]]) -> None:
        self.flush()
        self.levels.reset()
        self.drafts.append(Draft(BlockKind.TABLE, rows=[[self.inline(cell) for cell in row] for row in rows]))


class _TextSplitter(_Splitter):
    def heading(self, line: str) -> Draft | None:
        if is_caps_heading(line) and not _is_table_row(line):
            return Draft(BlockKind.HEADING, line.strip())
        return None

    def table(self, lines: list[str], index: int) -> int:
        end = index
        while end < len(lines) and _is_table_row(lines[end]):
            end += 1
        if end - index < 2:
            aligned = aligned_table(lines[index:])  # set out in columns with spaces
            if aligned is None:
                return 0
            used, rows = aligned
            self.add_table(rows)
            return index + used
        rows = [_text_cells(line) for line in lines[index:end] if not _BORDER.match(line)]
        rows = [row for row in rows if row]
        if not rows:
            return 0
        self.add_table(rows)
        return end


class _MarkdownSplitter(_Splitter):
    markdown = True

    def line(self, line: str) -> None:
        super().line(_QUOTE.sub("", line))

    def heading(self, line: str) -> Draft | None:
        match = _ATX_HEADING.match(line)
        if match is None:
            return None
        return Draft(BlockKind.HEADING, self.inline(match[2] or ""), level=len(match[1]))

    def inline(self, text: str) -> str:
        return _apply(_INLINE, text)

    def table(self, lines: list[str], index: int) -> int:
        if index + 1 >= len(lines) or "|" not in lines[index] or not _BORDER.match(lines[index + 1]):
            return 0
        end = index + 2
        while end < len(lines) and lines[end].strip() and "|" in lines[end]:
            end += 1
        self.add_table([_pipe_cells(line) for line in [lines[index], *lines[index + 2 : end]]])
        return end


def _apply(rules: tuple[tuple[re.Pattern[str], str], ...], text: str) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def _is_table_row(line: str) -> bool:
    stripped = line.strip()
    if " | " in stripped or stripped.count("\t") >= 2 or _BORDER.match(stripped):
        return True
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def _pipe_cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(stripped)]


def _text_cells(line: str) -> list[str]:
    split: Callable[[str], list[str]] = _pipe_cells if "|" in line else _TABS.split
    cells = split(line.strip())
    return cells if any(cell.strip() for cell in cells) else []
