"""PDF minutes with a text layer, read with pdfplumber.

On each page, ruled tables (`find_tables`) become table blocks and the text outside them is read as lines
(`extract_text_lines`) and grouped into blocks (see `ingest.layout`); tables and blocks are placed in reading
order by their top coordinate. A table that runs on to the next page is joined into one block (recorded on
its first page). Page numbers ("3", "- 3 -", "Trang 3/5", "Page 3 of 5") near the top or bottom edge are
left out.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfplumber.page import Page

from ingest.document import BlockKind, Document
from ingest.draft import CHECK_FILE, Draft, build_document
from ingest.layout import Grouper, Line, Metrics
from ingest.lines import typed_table
from minutes.errors import CorruptFile, EmptyFile, EncryptedFile, IngestError, UnsupportedFormat

ENCRYPTED = "This PDF is password-protected. Remove the password and upload it again."
DAMAGED = "This PDF is damaged and cannot be read. Open it, save or print it again as PDF, and upload it again."
SCANNED = (
    "This PDF is a scan: its pages are pictures with no text layer. Reading scans (OCR) is not available "
    "yet; upload the original Word file or a PDF saved from it."
)

_Box = tuple[float, float, float, float]
_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?[-–—\s]*", re.I)
_MARGIN = 0.08  # of the page height: a page number this close to the top or bottom edge is left out


@dataclass(frozen=True, slots=True)
class _Page:
    number: int
    lines: list[Line]
    tables: list[tuple[float, Draft]]  # top coordinate, table


def parse_pdf(data: bytes, filename: str, sha256: str) -> Document:
    """Parse a PDF; raises `EncryptedFile`, `CorruptFile`, or `UnsupportedFormat` (code "scanned_pdf")."""
    try:
        pages = _read(data)
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer and pdfplumber raise anything, even TypeError, on malformed input
        raise _error(exc) from exc
    if not pages:
        raise EmptyFile(f"This PDF has no pages. {CHECK_FILE}")
    if not any(page.lines or page.tables for page in pages):
        raise UnsupportedFormat(SCANNED, code="scanned_pdf")
    metrics = Metrics.measure(page.lines for page in pages)
    drafts: list[Draft] = []
    for page in pages:
        _append_page(drafts, _group(page, metrics))
    return build_document(
        drafts,
        format="pdf",
        filename=filename,
        sha256=sha256,
        pages=len(pages),
        empty_message=f"This PDF contains no text. {CHECK_FILE}",
    )


def _read(data: bytes) -> list[_Page]:
    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        return [_read_page(page) for page in pdf.pages]
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


def _error(exc: BaseException) -> IngestError:
    if any(isinstance(cause, PDFEncryptionError) for cause in _causes(exc)):
        return EncryptedFile(ENCRYPTED)
    return CorruptFile(DAMAGED)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
        pending.extend(link for link in (current.__cause__, current.__context__) if link is not None)


def _read_page(page: Page) -> _Page:
    tables: list[tuple[float, Draft]] = []
    boxes: list[_Box] = []
    for table in page.find_tables():
        rows = [[cell or "" for cell in row] for row in table.extract()]
        if len(rows) > 1 or max((len(row) for row in rows), default=0) > 1:
            tables.append((table.bbox[1], Draft(BlockKind.TABLE, page=page.page_number, rows=rows)))
            boxes.append(table.bbox)
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    height = float(page.height)
    lines = [
        line
        for line in map(_line, text_page.extract_text_lines())
        if line.text.strip() and not _is_page_number(line, height)
    ]
    page.close()
    return _Page(page.page_number, lines, tables)


def _is_page_number(line: Line, height: float) -> bool:
    near_edge = line.top < _MARGIN * height or line.bottom > (1 - _MARGIN) * height
    return near_edge and _PAGE_NUMBER.fullmatch(line.text) is not None


def _inside(obj: dict[str, Any], boxes: list[_Box]) -> bool:
    x = (float(obj["x0"]) + float(obj["x1"])) / 2
    y = (float(obj["top"]) + float(obj["bottom"])) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _line(found: dict[str, Any]) -> Line:
    chars = found["chars"]
    size = sum(float(char["size"]) for char in chars) / len(chars) if chars else 0.0
    bold = bool(chars) and all("bold" in str(char.get("fontname", "")).lower() for char in chars)
    top, bottom = float(found["top"]), float(found["bottom"])
    return Line(found["text"], float(found["x0"]), float(found["x1"]), top, bottom, size, bold)


def _typed_tables(page: _Page) -> tuple[list[Line], list[tuple[float, Draft]]]:
    """Tables typed as text ("Name | Role | Attendance", rows perhaps wrapped over several lines) read as tables;
    the other lines as they are."""
    lines: list[Line] = []
    tables: list[tuple[float, Draft]] = []
    texts = [line.text for line in page.lines]
    index = 0
    while index < len(page.lines):
        found = typed_table(texts[index:]) if " | " in texts[index] else None
        if found is None:
            lines.append(page.lines[index])
            index += 1
            continue
        used, rows = found
        tables.append((page.lines[index].top, Draft(BlockKind.TABLE, page=page.number, rows=rows)))
        index += used
    return lines, tables


def _group(page: _Page, metrics: Metrics) -> list[Draft]:
    text_lines, typed = _typed_tables(page)
    grouper = Grouper(page.number, text_lines, metrics)
    items: list[tuple[float, Line | Draft]] = [(line.top, line) for line in text_lines]
    items.extend(page.tables)
    items.extend(typed)
    items.sort(key=lambda item: item[0])
    for _, item in items:
        if isinstance(item, Draft):
            grouper.add_table(item)
        else:
            grouper.add(item)
    grouper.close()
    return grouper.drafts


def _append_page(drafts: list[Draft], page: list[Draft]) -> None:
    """Append a page's drafts, joining a table that goes on from the previous page.

    It goes on when the page starts with a table that has as many columns as the table ending the previous
    page; a header row repeated on the new page is dropped.
    """
    last = drafts[-1].rows if drafts else None
    first = page[0].rows if page else None
    if last and first and len(last[0]) == len(first[0]):
        last.extend(first[1:] if first[0] == last[0] else first)
        page = page[1:]
    drafts.extend(page)
