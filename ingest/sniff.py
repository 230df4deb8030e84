"""Which parser a file needs, decided from its content (magic bytes), not from its name."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePath

from ingest.text import NOT_UTF8, decode_text
from minutes.errors import CorruptFile, UnsupportedFormat

SUPPORTED_EXTENSIONS = frozenset({".docx", ".pdf", ".txt", ".md", ".markdown"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
_TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})

_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heif", b"mif1", b"msf1", b"avif")
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    ValueError,
)
_OPEN_DOCUMENT = (
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text file (.odt)"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"),
    (b"application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"),
)

WORD_DAMAGED = (
    "This Word file is damaged or is not really a Word file, and cannot be read. "
    "Open it in Word, save it again as .docx (or as PDF) and upload it again."
)
SAVE_AS = "Save it as a Word (.docx) or PDF file and upload it again."
OLD_WORD = (
    "This file is an old Word document (.doc) or a password-protected Word file, which cannot be read. "
    "Open it in Word and save it as .docx without a password, then upload it again."
)
NOT_SUPPORTED = (
    "This type of file is not supported. Upload the minutes as a Word (.docx), PDF, text (.txt) or Markdown (.md) file."
)


def extension(filename: str) -> str:
    """The lower-case extension of `filename` with its dot ("" when there is none)."""
    return PurePath(filename.replace("\\", "/")).suffix.lower()


def sniff_format(data: bytes, filename: str) -> str:
    """The format to parse: pdf, docx, txt or md; raises `UnsupportedFormat` or `CorruptFile` otherwise."""
    pdf_at = data[:1024].find(b"%PDF-")
    if pdf_at == 0 or (pdf_at > 0 and decode_text(data) is None):
        return "pdf"
    if data.startswith(_ZIP):
        return _sniff_zip(data, filename)
    if data.startswith(_OLE2):
        raise UnsupportedFormat(OLD_WORD)
    if data[:64].lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat(f"This file is in Rich Text Format (.rtf), which is not supported. {SAVE_AS}")
    image = _image_kind(data)
    if image is not None:
        raise UnsupportedFormat(
            f"This file is a picture ({image}). Scanned images and photos of minutes are not supported yet: "
            "upload the minutes as a Word (.docx) or PDF file that contains text."
        )
    if decode_text(data) is not None:
        return "md" if extension(filename) in MARKDOWN_EXTENSIONS else "txt"
    raise UnsupportedFormat(NOT_UTF8 if extension(filename) in _TEXT_EXTENSIONS else NOT_SUPPORTED)


def _image_kind(data: bytes) -> str | None:
    for magic, kind in _IMAGES:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "HEIC"
    return None


def _sniff_zip(data: bytes, filename: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except _ZIP_ERRORS as exc:
        if extension(filename) == ".docx" or b"word/" in data:
            raise CorruptFile(WORD_DAMAGED) from exc
        raise CorruptFile("This file is damaged: it looks like a ZIP archive but cannot be opened.") from exc
    if any(name.startswith("word/") for name in names):
        return "docx"
    kind = _office_kind(names, mimetype)
    if kind is not None:
        raise UnsupportedFormat(f"This file is {kind}, which is not supported. {SAVE_AS}")
    if extension(filename) == ".docx":
        raise CorruptFile(WORD_DAMAGED)
    raise UnsupportedFormat("This file is a ZIP archive. Upload the minutes themselves, as a Word (.docx) or PDF file.")


def _office_kind(names: list[str], mimetype: bytes) -> str | None:
    for prefix, kind in _OPEN_DOCUMENT:
        if mimetype.startswith(prefix):
            return kind
    if mimetype.startswith(b"application/vnd.oasis.opendocument") or "META-INF/manifest.xml" in names:
        return "an OpenDocument file"
    if any(name.startswith("xl/") for name in names):
        return "an Excel workbook (.xlsx)"
    if any(name.startswith("ppt/") for name in names):
        return "a PowerPoint presentation (.pptx)"
    return None
