"""PDF minutes with a text layer, read with pdfplumber and PDFium.

On each page with something drawn on it, ruled tables (pdfplumber's `find_tables`) become table blocks and the
text outside them is read as lines (`extract_text_lines`); a page with nothing drawn (no ruled table can stand on
it) is read as lines by PDFium, the cheap path (about 1 ms a page against 37). The lines are grouped into blocks
(see `ingest.layout`); tables and blocks are placed in reading order by their top coordinate. A table that runs
on to the next page is joined into one block (recorded on its first page). Page numbers ("3", "- 3 -",
"Trang 3/5", "Page 3 of 5") near the top or bottom edge are left out.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
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
PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe: one document at a time in a process (probe too)


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
        pages = pdf.pages
        with PDFIUM_LOCK:
            quick = _quick_pages(data, len(pages))
        return [quick.get(page.page_number) or _read_page(page) for page in pages]
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


def _quick_pages(data: bytes, count: int) -> dict[int, _Page]:
    """The pages that need no table finder (nothing drawn on them: no ruled table), read with PDFium, which is
    about thirty times faster than pdfplumber's own text reader; {} when PDFium cannot read the file (pdfplumber
    then reads every page, and says what is wrong with it)."""
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # any failure only means the slower reader reads every page
        return {}
    quick: dict[int, _Page] = {}
    try:
        if len(document) != count:
            return {}
        for index in range(count):
            page = document[index]
            try:
                if next(page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH], max_depth=1), None) is None:
                    height = page.get_height()
                    lines = [line for line in _pdfium_lines(page) if not _is_page_number(line, height)]
                    quick[index + 1] = _Page(index + 1, lines, [])
            finally:
                page.close()
    except Exception:  # as above
        return {}
    finally:
        document.close()
    return quick


def _pdfium_lines(page: pdfium.PdfPage) -> list[Line]:
    """The text lines of a page: PDFium's text runs, those sharing a line joined, in reading order, each with the
    size and boldness of its first letter's font (top and bottom from the font's ascent and descent)."""
    text_page = page.get_textpage()
    try:
        height = page.get_height()
        runs: list[list[Any]] = []
        for index in range(text_page.count_rects()):
            x0, low, x1, high = text_page.get_rect(index)
            text = text_page.get_text_bounded(x0, low, x1, high)
            if not text.strip():
                continue
            size, bold = 0.0, False
            char = text_page.get_index(x0 + 0.5, (low + high) / 2, 2, 2)
            if char is not None and char >= 0:
                size = float(pdfium_raw.FPDFText_GetFontSize(text_page.raw, char))
                bold = "bold" in _font_name(text_page, char).lower()
                _, low, _, high = text_page.get_charbox(char, loose=True)
            runs.append([height - high, height - low, x0, x1, text, size, bold])
        runs.sort(key=lambda run: (round(run[0]), run[2]))
        lines: list[list[Any]] = []
        for run in runs:
            last = lines[-1] if lines else None
            if last and min(last[1], run[1]) - max(last[0], run[0]) > 0.5 * (run[1] - run[0]):
                last[4] = f"{last[4]} {run[4]}"
                last[1], last[3], last[6] = max(last[1], run[1]), max(last[3], run[3]), last[6] and run[6]
            else:
                lines.append(run)
        return [
            Line(" ".join(text.split()), x0, x1, top, bottom, size, bold)
            for top, bottom, x0, x1, text, size, bold in lines
        ]
    finally:
        text_page.close()


def _font_name(text_page: pdfium.PdfTextPage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_raw.FPDFText_GetFontInfo(text_page.raw, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace")


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
