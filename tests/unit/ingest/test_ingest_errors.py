"""Bad input is refused with the right error class, code and a sentence a secretary can read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest import SUPPORTED_EXTENSIONS, parse_document, probe_document
from ingest.document import BlockKind
from minutes.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    IngestError,
    UnsupportedFormat,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def assert_readable(error: IngestError) -> None:
    message = error.message
    assert message == str(error)
    assert message[0].isupper() and message.endswith(".")
    assert 20 < len(message) < 300
    for jargon in ("Error", "Exception", "Traceback", "None", "b'", "pdfminer", "zipfile", "xml"):
        assert jargon not in message, message
    assert error.as_dict() == {"code": error.code, "message": message}


@pytest.mark.parametrize(
    ("name", "error", "code", "words"),
    [
        ("encrypted.pdf", EncryptedFile, "encrypted_file", "password-protected"),
        ("scanned.pdf", UnsupportedFormat, "scanned_pdf", "no text layer"),
        ("corrupt.docx", CorruptFile, "corrupt_file", "Word file is damaged"),
        ("old-word.doc", UnsupportedFormat, "unsupported_format", "save it as .docx without a password"),
        ("empty.txt", EmptyFile, "empty_file", "empty"),
        ("photo.png", UnsupportedFormat, "unsupported_format", "not supported yet"),
    ],
)
def test_bad_fixtures_raise_typed_errors(name: str, error: type[IngestError], code: str, words: str) -> None:
    with pytest.raises(error) as caught:
        parse_document(fixture(name), name)
    assert caught.value.code == code
    assert words in caught.value.message
    assert_readable(caught.value)


@pytest.mark.parametrize("name", ["encrypted.pdf", "corrupt.docx"])
def test_library_errors_are_chained(name: str) -> None:
    with pytest.raises(IngestError) as caught:
        parse_document(fixture(name), name)
    assert caught.value.__cause__ is not None


def test_a_pdf_with_only_a_permissions_password_opens() -> None:
    document = parse_document(fixture("permissions-only.pdf"), "permissions-only.pdf")
    assert "08 giờ 00 phút" in document.text


def test_a_word_file_named_pdf_is_parsed_as_word() -> None:
    document = parse_document(fixture("vi-regular.docx"), "bien-ban.pdf")
    assert document.format == "docx"
    assert document.filename == "bien-ban.pdf"
    assert document.blocks[-1].kind is BlockKind.SIGNATURE


def test_a_pdf_named_txt_is_parsed_as_pdf() -> None:
    assert parse_document(fixture("en-board.pdf"), "minutes.txt").format == "pdf"


def test_the_extension_only_chooses_between_text_and_markdown() -> None:
    data = b"# Minutes\n\nThe meeting opened at 7 p.m.\n"
    assert parse_document(data, "notes.markdown").blocks[0].kind is BlockKind.HEADING
    assert parse_document(data, "notes.txt").blocks[0].text == "# Minutes"
    assert parse_document(data, "notes").format == "txt"


def test_size_limit_names_the_size_and_the_limit() -> None:
    data = fixture("en-board.md") * 600
    with pytest.raises(FileTooLarge) as caught:
        parse_document(data, "big.md", max_bytes=1024 * 1024)
    assert caught.value.code == "file_too_large"
    assert "is 1.2 MB" in caught.value.message
    assert "limit of 1 MB" in caught.value.message
    assert_readable(caught.value)
    small = fixture("en-board.md")
    assert parse_document(small, "board.md", max_bytes=len(small)).format == "md"


def test_a_size_just_over_the_limit_does_not_look_equal_to_it() -> None:
    with pytest.raises(FileTooLarge, match=r"is 1\.1 MB, larger than the limit of 1 MB"):
        parse_document(b"x" * (1024 * 1024 + 1), "a.txt", max_bytes=1024 * 1024)


def test_a_tiny_limit_still_reads_as_megabytes() -> None:
    with pytest.raises(FileTooLarge, match=r"is 0\.0019 MB, larger than the limit of 0\.00095 MB"):
        parse_document(b"x" * 2000, "a.txt", max_bytes=1000)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode(), "\n \n".encode("utf-16")])
def test_empty_and_blank_files(data: bytes) -> None:
    with pytest.raises(EmptyFile) as caught:
        parse_document(data, "minutes.txt")
    assert_readable(caught.value)


@pytest.mark.parametrize(
    ("data", "filename", "words"),
    [
        (b"{\\rtf1\\ansi Minutes}", "minutes.rtf", "Rich Text Format"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "scan.jpg", "picture (JPEG)"),
        (b"II*\x00" + bytes(64), "scan.tif", "picture (TIFF)"),
        (zip_of({"mimetype": b"application/vnd.oasis.opendocument.text"}), "minutes.odt", ".odt"),
        (zip_of({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), "a.xlsx", "Excel"),
        (zip_of({"notes.txt": b"hello"}), "minutes.zip", "ZIP archive"),
        (bytes(range(256)) * 4, "minutes.bin", "not supported"),
        ("Procès-verbal de la réunion".encode("latin-1"), "minutes.txt", "UTF-8"),
    ],
)
def test_unsupported_formats_say_what_to_do(data: bytes, filename: str, words: str) -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        parse_document(data, filename)
    assert caught.value.code == "unsupported_format"
    assert words in caught.value.message
    assert_readable(caught.value)


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"PK\x03\x04" + bytes(range(200)), "minutes.docx"),
        (zip_of({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"}), "minutes.docx"),
        (zip_of({"[Content_Types].xml": b"<Types/>"}), "minutes.docx"),
    ],
)
def test_broken_word_files_are_corrupt(data: bytes, filename: str) -> None:
    with pytest.raises(CorruptFile) as caught:
        parse_document(data, filename)
    assert "Word file is damaged" in caught.value.message
    assert_readable(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-",
    ],
)
def test_broken_pdfs_are_corrupt(data: bytes) -> None:
    with pytest.raises(CorruptFile) as caught:
        parse_document(data, "minutes.pdf")
    assert caught.value.code == "corrupt_file"
    assert_readable(caught.value)


def test_a_pdf_without_pages_is_empty() -> None:
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    with pytest.raises(EmptyFile, match="no pages"):
        parse_document(data, "minutes.pdf")


def test_a_truncated_pdf_is_corrupt() -> None:
    data = fixture("vi-regular.pdf")
    with pytest.raises(CorruptFile):
        parse_document(data[: len(data) // 3], "minutes.pdf")


def test_probe_refuses_what_parsing_would_refuse() -> None:
    assert probe_document(fixture("vi-regular.docx"), "x.pdf") == "docx"
    assert probe_document(fixture("en-board.pdf"), "x.pdf") == "pdf"
    with pytest.raises(FileTooLarge):
        probe_document(b"12345", "a.txt", max_bytes=4)
    with pytest.raises(EncryptedFile):
        probe_document(fixture("encrypted.pdf"), "x.pdf")
    with pytest.raises(CorruptFile):
        probe_document(fixture("corrupt.docx"), "x.docx")
    with pytest.raises(CorruptFile):
        probe_document(b"%PDF-1.4 not really a pdf", "x.pdf")
    with pytest.raises(UnsupportedFormat) as scanned:
        probe_document(fixture("scanned.pdf"), "x.pdf")
    assert scanned.value.code == "scanned_pdf"


def test_supported_extensions() -> None:
    assert {".docx", ".pdf", ".txt", ".md", ".markdown"} == SUPPORTED_EXTENSIONS


def test_zip_bomb_disguised_as_word_is_refused_unopened() -> None:
    """A .docx whose one part inflates from ~100 KB to 100 MB is refused before anything is inflated."""
    real = fixture("vi-regular.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item.filename))
        bomb.writestr("word/media/padding.bin", b"\0" * (100 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    with pytest.raises(CorruptFile) as refused:
        parse_document(data, "bomb.docx")
    assert refused.value.code == "hostile_file"
    assert "not opened" in refused.value.message
