"""Deterministic writers for the held-out sets (`tests/heldout*/make_heldout*.py`): a rerun writes identical bytes.

Each set signs its documents with its own name (the .docx author) and number (the PDF file identifier), so the
files of two sets never share bytes by accident.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx.shared import Pt
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DATE = datetime(2025, 1, 1, tzinfo=UTC)


def save_docx(doc: Any, path: Path, author: str) -> None:
    """Save a python-docx Document with fixed core properties and fixed, sorted zip entries."""
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = datetime(2025, 1, 1)
    props.modified = datetime(2025, 1, 1)
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())


class FixedPDF(FPDF):
    """A PDF whose file identifier is fixed (`number` in hexadecimal, 32 digits), so the bytes never change."""

    def __init__(self, number: int) -> None:
        super().__init__(format="A4")
        self.number = number

    def file_id(self) -> str:
        digits = f"{self.number:032x}"
        return f"<{digits}><{digits}>"


def save_pdf(lines: list[str], path: Path, number: int) -> None:
    """Lines starting with '# ' are centred headings (larger size); '' is a blank line."""
    pdf = FixedPDF(number)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    for line in lines:
        if line.startswith("# "):
            pdf.set_font("DejaVu", size=13)
            pdf.multi_cell(0, 7, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", size=10.5)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


def para(doc: Any, text: str, bold: bool = False, center: bool = False, size: float | None = None,
         italic: bool | None = None) -> Any:  # fmt: skip
    """A paragraph of one run; ``italic`` None leaves the run's italics unset (False writes them as off)."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if italic is not None:
        run.italic = italic
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def table(doc: Any, rows: list[list[str]]) -> Any:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    return t


def _plain_table(doc: Any, columns: list[list[str]], center: bool = True) -> None:
    """A borderless table, one column a list of lines (a two-column heading, the signature places)."""
    height = max(len(c) for c in columns)
    t = doc.add_table(rows=height, cols=len(columns))
    for c, lines in enumerate(columns):
        for r in range(height):
            cell = t.cell(r, c)
            cell.text = lines[r] if r < len(lines) else ""
            if center:
                cell.paragraphs[0].alignment = 1


def write_docx(path: Path, author: str, content: list[tuple[str, object]]) -> None:
    """A .docx from a list of (kind, payload):

    hdr    ([left lines], [right lines])   the two-column heading of Vietnamese party documents (no borders)
    title  text                            centred, bold, larger
    center text                            centred
    h      text                            bold paragraph (a section heading)
    p      text                            paragraph
    b      text                            bullet ("List Bullet" style)
    n      text                            numbered paragraph ("List Number" style)
    table  [[cells], ...]                  bordered table, the first row the header
    sig    [[lines of column 1], ...]      signature block: borderless table, one column per signer
    """
    import docx

    doc = docx.Document()
    for kind, payload in content:
        if kind == "hdr":
            left, right = payload  # type: ignore[misc]
            _plain_table(doc, [list(left), list(right)])
        elif kind == "title":
            para(doc, str(payload), bold=True, center=True, size=14)
        elif kind == "center":
            para(doc, str(payload), center=True)
        elif kind == "h":
            para(doc, str(payload), bold=True)
        elif kind == "p":
            para(doc, str(payload))
        elif kind == "b":
            doc.add_paragraph(str(payload), style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(str(payload), style="List Number")
        elif kind == "table":
            table(doc, payload)  # type: ignore[arg-type]
        elif kind == "sig":
            para(doc, "")
            _plain_table(doc, payload)  # type: ignore[arg-type]
        else:
            raise ValueError(kind)
    save_docx(doc, path, author)


def write_set(
    folder: Path,
    author: str,
    pdf_base: int,
    docx_files: dict[str, dict[str, list[tuple[str, object]]]],
    pdf_files: dict[tuple[str, str], list[str]],
) -> None:
    """Write a set's documents: `docx_files` by language then name, `pdf_files` by (language, name); the PDFs
    are numbered from `pdf_base` in the order of their sorted keys."""
    for lang, documents in docx_files.items():
        for name, content in documents.items():
            write_docx(folder / lang / f"{name}.docx", author, content)
    for n, ((lang, name), lines) in enumerate(sorted(pdf_files.items()), start=1):
        save_pdf(lines, folder / lang / f"{name}.pdf", pdf_base + n)
