"""bytes → `Document`: refuse bad input with a typed error, sniff the real format, parse it.

`parse_document` is pure: it reads nothing but its arguments and opens no file. The content decides the
format, not the filename: a Word file named ".pdf" is read as Word, and `Document.format` says so.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable

from ingest.document import Document
from ingest.docx import parse_docx
from ingest.draft import CHECK_FILE
from ingest.pdf import parse_pdf
from ingest.probe import probe_pdf
from ingest.sniff import SUPPORTED_EXTENSIONS, sniff_format
from ingest.text import parse_text
from minutes.errors import EmptyFile, FileTooLarge

__all__ = ["MAX_BYTES", "PARSER_VERSION", "SUPPORTED_EXTENSIONS", "parse_document", "probe_document"]

MAX_BYTES = 25 * 1024 * 1024
PARSER_VERSION = "ingest.v1"
_MEGABYTE = 1024 * 1024
_SMALL = 0.1  # megabytes: below this, sizes are shown with two significant digits

_PARSERS: dict[str, Callable[[bytes, str, str], Document]] = {
    "docx": parse_docx,
    "pdf": parse_pdf,
    "txt": parse_text,
    "md": lambda data, filename, sha256: parse_text(data, filename, sha256, markdown=True),
}


def probe_document(data: bytes, filename: str, *, max_bytes: int = MAX_BYTES) -> str:
    """The format `parse_document` would read ("docx", "pdf", "txt", "md"), checked cheaply enough for an
    upload request: empty, too large, unsupported, damaged, password-protected and scanned files raise the
    error `parse_document` would raise. Word and text files are parsed whole (milliseconds); a PDF is opened
    with pypdfium2 and its text layer looked for, without laying out its pages.
    """
    format = _sniff(data, filename, max_bytes)
    if format == "pdf":
        probe_pdf(data)
    else:
        _PARSERS[format](data, filename, "")
    return format


def parse_document(data: bytes, filename: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Parse an uploaded minutes file into a `Document`; bad input raises an `IngestError`."""
    format = _sniff(data, filename, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    return _PARSERS[format](data, filename, sha256)


def _sniff(data: bytes, filename: str, max_bytes: int) -> str:
    if not data or data.isspace():
        raise EmptyFile(f"This file is empty. {CHECK_FILE}")
    if len(data) > max_bytes:
        size, limit = _megabytes(len(data), up=True), _megabytes(max_bytes)
        raise FileTooLarge(
            f"This file is {size} MB, larger than the limit of {limit} MB. "
            "Split it into smaller files or reduce its size, and upload it again."
        )
    return sniff_format(data, filename)


def _megabytes(size: int, *, up: bool = False) -> str:
    """Megabytes to one decimal (rounded up for a file size, so it never looks equal to the limit)."""
    value = size / _MEGABYTE
    if value < _SMALL:
        return f"{value:.2g}"
    if up:
        value = math.ceil(value * 10) / 10
    return f"{value:.1f}".removesuffix(".0")
