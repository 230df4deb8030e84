"""Blocks as a parser finds them, before signature marking and layout into a `Document`."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.document import BlockKind, Document, DocumentBuilder
from ingest.signature import mark_signatures
from minutes.errors import EmptyFile

CHECK_FILE = "Check that you chose the right file and upload it again."


@dataclass(slots=True)
class Draft:
    """One block in the making; a table has `rows` (cells may hold several lines), other blocks `text`."""

    kind: BlockKind
    text: str = ""
    page: int | None = None
    level: int | None = None
    rows: list[list[str]] | None = None


def build_document(
    drafts: list[Draft],
    *,
    format: str,
    filename: str,
    sha256: str,
    pages: int | None = None,
    empty_message: str = f"This file contains no text. {CHECK_FILE}",
) -> Document:
    """Mark the signature blocks, lay the drafts out; raises `EmptyFile` when no block has any text.

    The lines of a table cell are joined with a space, so that a line break in the text of a table always
    separates rows.
    """
    mark_signatures(drafts)
    builder = DocumentBuilder(format, filename, sha256, pages=pages)
    for draft in drafts:
        if draft.rows is None:
            builder.add(draft.kind, draft.text, page=draft.page, level=draft.level)
        else:
            rows = [[" ".join(cell.splitlines()) for cell in row] for row in draft.rows]
            builder.add_table(rows, page=draft.page, kind=draft.kind)
    document = builder.build()
    if not document.blocks:
        raise EmptyFile(empty_message)
    return document
