"""The two search engines behind one small interface: SQLite FTS5 and PostgreSQL full text (GIN).

Both store, per meeting, the set of terms `models.search_terms.index_terms` made, under the meeting's sort key
(date ordinal above meeting id: newest first is descending key order), and answer an `Expr` (AND of ORs of
terms, a term possibly a prefix) with a count, or the keys newest first, optionally within a key range (dates)
and among meetings with or without open flags. Neither engine tokenises or stems anything itself.

SQLite: ``search_fts`` is a contentless FTS5 table (``detail=none``: no positions, which nothing needs) whose
rowid is the sort key, so "newest first, stop after N" is FTS5's own rowid order and dates are a rowid range;
``search_documents`` keeps each meeting's key and its terms (zlib-compressed), because a contentless table
needs the exact terms back to delete a row (SQLite 3.40 has no ``contentless_delete``).

PostgreSQL: ``search_documents`` holds the key and a tsvector of the terms (``array_to_tsvector``: no
positions, no parsing) under a GIN index; the table keeps its rows narrow (``toast_tuple_target``) so that the
heap visits of a bitmap scan are cheap. PostgreSQL's planner does not know that testing a toasted tsvector row
by row costs far more than its estimate, and would scan the whole table for a common word (0.8 s at 100,000
meetings instead of 10 ms), so searches run with sequential and plain index scans switched off for their own
statements (bitmap scans of the GIN and key indexes only).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.search_terms import MEETING_ID_BITS, OPEN_FLAGS, Expr, Lexeme, months_between

TABLES = ("search_documents", "search_fts")
Row = tuple[int, int, Sequence[str]]
DATED = 1 << MEETING_ID_BITS  # the lowest sort key of a dated meeting
PLANNER = {
    "enable_seqscan": "off",
    "enable_indexscan": "off",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
    "plan_cache_mode": "force_custom_plan",  # psycopg prepares repeated statements: plan for the actual terms
}
MAX_MONTHS = 36  # a date range of at most this many months is also narrowed by month terms (PostgreSQL)


def is_search_table(name: str | None) -> bool:
    """Tables of the search index, made by migration 0003 and not described by the SQLAlchemy models (FTS5
    also makes shadow tables ``search_fts_*``)."""
    return name is not None and any(name == table or name.startswith(table + "_") for table in TABLES)


def include_name(name: str | None, type_: str, parent_names: MutableMapping[Any, str | None]) -> bool:
    """Alembic's ``include_name`` hook: leave the search index's tables and indexes (``ix_search_*``, one of
    them on ``flags``) out of autogenerate comparisons."""
    if type_ == "table":
        return not is_search_table(name)
    return not (type_ == "index" and (name or "").startswith("ix_search_"))


def _fts_term(lexeme: Lexeme) -> str:
    return '"' + lexeme.text.replace('"', '""') + '"' + ("*" if lexeme.prefix else "")


def _pg_term(lexeme: Lexeme) -> str:
    return "'" + lexeme.text.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if lexeme.prefix else "")


@dataclass(frozen=True)
class Window:
    """Conditions beside the terms: a sort-key range (dates) and whether the meeting has open flags."""

    low: int | None = None
    high: int | None = None
    open_flags: bool | None = None


def _window(window: Window, key: str) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if window.low is not None:
        clauses.append(f"{key} >= :low")
        params["low"] = window.low
    if window.high is not None:
        clauses.append(f"{key} <= :high")
        params["high"] = window.high
    return clauses, params


def _flagged(expr: Expr, window: Window) -> Expr:
    return [*expr, [Lexeme(OPEN_FLAGS)]] if window.open_flags else expr


class Store:
    """Common shape of a query: WHERE clauses built from the expression, a key range and the flag condition."""

    dialect = ""
    _from = ""
    _key = ""

    def __init__(self, session: Session) -> None:
        self.session = session

    @contextmanager
    def searching(self) -> Iterator[None]:
        """Around the statements of one search."""
        yield

    def render(self, expr: Expr) -> str:
        raise NotImplementedError

    def write(self, rows: Sequence[Row]) -> None:
        """Index meetings not in the index: (meeting id, sort key, terms) each."""
        raise NotImplementedError

    def delete(self, meeting_ids: Sequence[int]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def _where(self, expr: Expr, window: Window) -> tuple[str, dict[str, Any]]:
        raise NotImplementedError

    def count(self, expr: Expr, window: Window) -> int:
        where, params = self._where(expr, window)
        return int(self._scalar(f"SELECT count(*) FROM {self._from} WHERE {where}", params) or 0)

    def keys(
        self,
        expr: Expr,
        window: Window,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        """Sort keys of the matching meetings, newest first."""
        where, params = self._where(expr, window)
        sql = f"SELECT {self._key} FROM {self._from} WHERE {where} ORDER BY {self._key} DESC"
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=limit, offset=offset)
        return [int(key) for key in self.session.execute(text(sql), params).scalars().all()]

    def weights(self, parts: Sequence[tuple[int, Expr]], window: Window) -> dict[int, int]:
        """For each key matching at least one expression, the sum of the weights of those it matches (one
        statement for all of them)."""
        selects, params = [], {}
        for number, (weight, expr) in enumerate(parts):
            where, found = self._where(expr, window)
            for name, value in found.items():
                params[f"{name}{number}"] = value
                where = where.replace(f":{name}", f":{name}{number}")
            selects.append(f"SELECT {self._key} AS key, {int(weight)} AS weight FROM {self._from} WHERE {where}")
        if not selects:
            return {}
        sql = f"SELECT key, sum(weight) FROM ({' UNION ALL '.join(selects)}) AS tiers GROUP BY key"
        return {int(key): int(total) for key, total in self.session.execute(text(sql), params).all()}

    def _scalar(self, sql: str, params: dict[str, Any]) -> Any:
        return self.session.execute(text(sql), params).scalar()

    def bounds(self) -> tuple[int, int] | None:
        """The lowest sort key of a dated meeting and the highest key in the index; None without dated ones."""
        first = self._scalar("SELECT min(sort_key) FROM search_documents WHERE sort_key >= :dated", {"dated": DATED})
        last = self._scalar("SELECT max(sort_key) FROM search_documents", {})
        return (int(first), int(last)) if first is not None and last is not None else None


class SqliteStore(Store):
    dialect = "sqlite"
    _from = "search_fts"
    _key = "rowid"

    def render(self, expr: Expr) -> str:
        return " AND ".join("(" + " OR ".join(_fts_term(lexeme) for lexeme in group) + ")" for group in expr)

    def write(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        joined = [(meeting_id, key, " ".join(terms)) for meeting_id, key, terms in rows]
        self.session.execute(
            text("INSERT INTO search_documents (meeting_id, sort_key, terms) VALUES (:id, :key, :terms)"),
            [{"id": id_, "key": key, "terms": zlib.compress(terms.encode(), 1)} for id_, key, terms in joined],
        )
        self.session.execute(
            text("INSERT INTO search_fts (rowid, terms) VALUES (:key, :terms)"),
            [{"key": key, "terms": terms} for _, key, terms in joined],
        )

    def clear(self) -> None:
        self.session.execute(text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
        self.session.execute(text("DELETE FROM search_documents"))

    def delete(self, meeting_ids: Sequence[int]) -> None:
        for meeting_id in meeting_ids:
            row = self.session.execute(
                text("SELECT sort_key, terms FROM search_documents WHERE meeting_id = :id"), {"id": meeting_id}
            ).first()
            if row is None:
                continue
            self.session.execute(
                text("INSERT INTO search_fts (search_fts, rowid, terms) VALUES ('delete', :key, :terms)"),
                {"key": row[0], "terms": zlib.decompress(row[1]).decode()},
            )
            self.session.execute(text("DELETE FROM search_documents WHERE meeting_id = :id"), {"id": meeting_id})

    def _where(self, expr: Expr, window: Window) -> tuple[str, dict[str, Any]]:
        match = self.render(_flagged(expr, window))
        if window.open_flags is False:
            match = f'({match}) NOT "{OPEN_FLAGS}"'
        clauses, params = _window(window, "rowid")
        return " AND ".join(["search_fts MATCH :match", *clauses]), {**params, "match": match}


class PostgresStore(Store):
    dialect = "postgresql"
    _from = "search_documents"
    _key = "sort_key"

    def render(self, expr: Expr) -> str:
        return " & ".join("(" + " | ".join(_pg_term(lexeme) for lexeme in group) + ")" for group in expr)

    def write(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self.session.execute(
            text(
                "INSERT INTO search_documents (meeting_id, sort_key, terms) "
                "VALUES (:id, :key, array_to_tsvector(CAST(:terms AS text[]))) "
                # two transactions indexing one meeting at once: the last one's terms stand
                "ON CONFLICT (meeting_id) DO UPDATE SET sort_key = excluded.sort_key, terms = excluded.terms"
            ),
            [{"id": meeting_id, "key": key, "terms": list(terms)} for meeting_id, key, terms in rows],
        )

    def clear(self) -> None:
        self.session.execute(text("DELETE FROM search_documents"))

    def delete(self, meeting_ids: Sequence[int]) -> None:
        if meeting_ids:
            self.session.execute(
                text("DELETE FROM search_documents WHERE meeting_id = ANY(:ids)"), {"ids": list(meeting_ids)}
            )

    def _where(self, expr: Expr, window: Window) -> tuple[str, dict[str, Any]]:
        if window.low is not None and window.high is not None:
            months = months_between(window.low, window.high, MAX_MONTHS)
            if months:
                expr = [*expr, [Lexeme(month) for month in months]]
        match = self.render(_flagged(expr, window))
        if window.open_flags is False:
            match = f"({match}) & !'{OPEN_FLAGS}'"
        # "+ 0": the range filters rows the GIN index found, rather than leading to a key-range scan whose
        # rows would each have their tsvector fetched and tested
        clauses, params = _window(window, "(sort_key + 0)")
        return " AND ".join(["terms @@ CAST(:match AS tsquery)", *clauses]), {**params, "match": match}

    @contextmanager
    def searching(self) -> Iterator[None]:
        """Bitmap scans only, no JIT compilation or parallel workers (costs that only pay on long queries), for
        this transaction's statements until the search ends (see the module)."""
        names = list(PLANNER)
        before = self.session.execute(text("SELECT " + ", ".join(f"current_setting('{name}')" for name in names))).one()
        self._settings(PLANNER)
        try:
            yield
        finally:
            self._settings(dict(zip(names, before, strict=True)))

    def _settings(self, values: dict[str, str]) -> None:
        assignments = ", ".join(f"set_config('{name}', :{name}, true)" for name in values)
        self.session.execute(text(f"SELECT {assignments}"), values)


def store_for(session: Session) -> Store:
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return SqliteStore(session)
    if name == "postgresql":
        return PostgresStore(session)
    raise RuntimeError(f"search does not support the {name} database")
