"""Cheap checks that open a file without reading it all, so an upload can be refused at once.

A PDF is opened with pypdfium2 (about a millisecond a page): a password, damage, or the absence of any
text layer is found here. Word and text files are cheap enough to parse whole, which the caller does.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from ingest.draft import CHECK_FILE
from ingest.pdf import DAMAGED, ENCRYPTED, PDFIUM_LOCK, SCANNED
from minutes.errors import CorruptFile, EmptyFile, EncryptedFile, UnsupportedFormat


def probe_pdf(data: bytes) -> None:
    """Raise the error `parse_pdf` would raise for an encrypted, damaged, empty or scanned PDF."""
    with PDFIUM_LOCK:
        _probe(data)


def _probe(data: bytes) -> None:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(ENCRYPTED) from exc
        raise CorruptFile(DAMAGED) from exc
    try:
        if len(pdf) == 0:
            raise EmptyFile(f"This PDF has no pages. {CHECK_FILE}")
        if any(_has_text(pdf, index) for index in range(len(pdf))):
            return
        raise UnsupportedFormat(SCANNED, code="scanned_pdf")
    finally:
        pdf.close()


def _has_text(pdf: pdfium.PdfDocument, index: int) -> bool:
    try:
        page = pdf[index]
        textpage = page.get_textpage()
    except pdfium.PdfiumError as exc:
        raise CorruptFile(DAMAGED) from exc
    try:
        return bool(textpage.count_chars() > 0)
    finally:
        textpage.close()
        page.close()
