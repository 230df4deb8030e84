"""full-text search index over meetings

SQLite: ``search_fts``, a contentless FTS5 table (one column of terms, ``detail=none``, rowid = the meeting's
sort key, prefix indexes of 2, 3 and 4 characters for prefix queries), and ``search_documents`` (meeting id,
sort key, the indexed terms zlib-compressed: what a contentless table needs back to delete a row). PostgreSQL:
``search_documents`` (meeting id, sort key, a tsvector of the terms) with a GIN index on the terms and a b-tree
on the key. Both: a partial index of the meetings with open flags (``ix_search_open_flags``, for the "has open
flags" filter). No extension is needed: the terms are folded in Python (`models.search_text`), not by
``unaccent``. Existing meetings are indexed here.

These tables are not in the SQLAlchemy models (their columns differ by database); `models.search_store` reads
and writes them, and its `include_name` keeps them out of autogenerate comparisons.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '=^+~#@_' categories 'L* N* Co Cn Mn Mc Me Sm Sc Sk So'"
OPEN_FLAGS = "CREATE INDEX ix_search_open_flags ON flags (meeting_id) WHERE status = 'open'"
SQLITE = [
    "CREATE TABLE search_documents ("
    " meeting_id INTEGER NOT NULL PRIMARY KEY REFERENCES meetings (id),"
    " sort_key INTEGER NOT NULL UNIQUE,"
    " terms BLOB NOT NULL)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='', detail=none, columnsize=0, prefix='2 3 4', "
    f'tokenize="{TOKENIZE}")',
    OPEN_FLAGS,
]
POSTGRES = [
    "CREATE TABLE search_documents ("
    " meeting_id INTEGER NOT NULL PRIMARY KEY REFERENCES meetings (id),"
    " sort_key BIGINT NOT NULL,"
    " terms TSVECTOR NOT NULL"
    ") WITH (toast_tuple_target = 128)",
    "CREATE UNIQUE INDEX ix_search_documents_sort_key ON search_documents (sort_key)",
    "CREATE INDEX ix_search_documents_terms ON search_documents USING gin (terms)",
    OPEN_FLAGS,
]


def upgrade() -> None:
    bind = op.get_bind()
    for statement in SQLITE if bind.dialect.name == "sqlite" else POSTGRES:
        op.execute(statement)
    from models.search import reindex  # the index is derived data: built by today's code

    with Session(bind=bind) as session:
        reindex(session)
        session.flush()


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_search_open_flags")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_documents")
