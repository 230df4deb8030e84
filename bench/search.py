"""`minutes bench search`: index build rate and query latency of full-text search on SQLite and PostgreSQL.

For each engine: a fresh database (SQLite: a temporary file; PostgreSQL: a scratch database created on the
given server and dropped afterwards), migrated; N synthetic meetings (`bench.search_data`) loaded with their
parts, people and flags by bulk inserts (not timed as indexing); then the whole index built by
`models.search.reindex` (timed: the index build rate), a sample of single meetings re-indexed as `save_meeting`
does, and the query mix run through `models.search.search` as an admin at the root, each query in its own
transaction, as the API runs it. Latencies are wall-clock milliseconds of the whole call (count, ranking, page,
snippets). On PostgreSQL the tables are analysed after loading, as autovacuum would.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import make_url

from bench.search_data import QUERY_KINDS, SyntheticArchive, build_archive, query_mix
from minutes.settings import Settings
from models.db import Database, normalize_url
from models.migrate import upgrade
from models.org import create_user
from models.search import SearchQuery, index_meeting, reindex, search
from models.tables import (
    Assignment,
    Attendee,
    Blob,
    Body,
    Decision,
    Document,
    Flag,
    Meeting,
    OrgUnit,
    Speaker,
    Topic,
    User,
)

TARGET_P95_MS = 50.0
BATCH = 2000


def _bulk(db: Database, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        with db.session() as session:
            session.execute(insert(table), rows[start : start + BATCH])


def _units(db: Database, archive: SyntheticArchive) -> tuple[list[int], User]:
    """The organisation tree and an admin at its root; the unit id of each body."""
    with db.session() as session:
        root = OrgUnit(name="Tỉnh", kind="root", path="/")
        session.add(root)
        session.flush()
        root.path = f"/{root.id}/"
        districts, communes = [], []
        for name in archive.districts:
            unit = OrgUnit(name=name, parent_id=root.id, kind="district", path="/")
            session.add(unit)
            session.flush()
            unit.path = f"{root.path}{unit.id}/"
            districts.append(unit)
        for name, district in archive.communes:
            parent = districts[district]
            unit = OrgUnit(name=name, parent_id=parent.id, kind="commune", path="/")
            session.add(unit)
            session.flush()
            unit.path = f"{parent.path}{unit.id}/"
            communes.append(unit)
        body_ids = []
        for synthetic in archive.bodies:
            parent = communes[synthetic.commune]
            unit = OrgUnit(name=synthetic.name, parent_id=parent.id, kind="body", path="/")
            session.add(unit)
            session.flush()
            unit.path = f"{parent.path}{unit.id}/"
            body = Body(unit_id=unit.id, name=synthetic.name, language=synthetic.language)
            session.add(body)
            session.flush()
            body_ids.append(body.id)
        admin = create_user(session, "bench-admin", "bench-password", "admin", root)
    return body_ids, admin


def load(db: Database, archive: SyntheticArchive) -> tuple[list[int], User]:
    """The archive's meetings and their parts, by bulk inserts; returns the body ids and an admin."""
    body_ids, admin = _units(db, archive)
    blobs, documents, meetings = [], [], []
    parts: dict[Any, list[dict[str, Any]]] = {table: [] for table in (Attendee, Topic, Assignment, Decision, Speaker)}
    flags = []
    for number, synthetic in enumerate(archive.meetings, 1):
        body_id, facts = body_ids[synthetic.body], synthetic.extraction
        digest = f"{number:064x}"
        blobs.append({"sha256": digest, "size": 1, "data": b"-"})
        documents.append({"id": number, "body_id": body_id, "sha256": digest, "filename": "m.txt", "format": "txt"})
        documents[-1]["size"] = 1
        meeting = facts["meeting"]
        meetings.append(
            {
                "id": number,
                "document_id": number,
                "body_id": body_id,
                "language": facts["language"],
                "title": meeting["title"],
                "type": meeting["type"],
                "date": _day(meeting["date"]),
                "place": meeting["place"],
                "text": synthetic.text,
                "extraction": {},
                "versions": {},
            }
        )
        parts[Attendee] += _attendees(number, facts)
        parts[Topic] += [
            {"meeting_id": number, "position": i, "title": t["title"], "labels": t["labels"]}
            for i, t in enumerate(facts["topics"])
        ]
        parts[Assignment] += [
            {"meeting_id": number, "position": i, "assignee": a["assignee"], "task": a["task"], "due": _day(a["due"])}
            for i, a in enumerate(facts["assignments"])
        ]
        parts[Decision] += [
            {"meeting_id": number, "position": i, "text": d["text"], "votes": d["votes"]}
            for i, d in enumerate(facts["decisions"])
        ]
        parts[Speaker] += [{"meeting_id": number, "name": s["name"], "turns": s["turns"]} for s in facts["speakers"]]
        flags += [_flag(body_id, number, i, meeting["date"]) for i in range(synthetic.open_flags)]
    for table, rows in ((Blob, blobs), (Document, documents), (Meeting, meetings), *parts.items(), (Flag, flags)):
        _bulk(db, table, rows)
    if db.engine.dialect.name == "postgresql":
        with db.session() as session:
            for table in ("documents", "meetings"):
                session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
    return body_ids, admin


def _day(value: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value)


def _attendees(meeting_id: int, facts: dict[str, Any]) -> list[dict[str, Any]]:
    rows = [{"meeting_id": meeting_id, "name": facts[role]["name"], "status": role} for role in ("chair", "recorder")]
    for status in ("present", "absent"):
        rows += [{"meeting_id": meeting_id, "name": p["name"], "status": status} for p in facts["attendance"][status]]
    return rows


def _flag(body_id: int, meeting_id: int, index: int, date: str) -> dict[str, Any]:
    return {
        "body_id": body_id,
        "meeting_id": meeting_id,
        "scope": "meeting",
        "key": f"bench:{meeting_id}:{index}",
        "rule": "bench.rule",
        "rule_version": 1,
        "severity": "warning",
        "message": "A synthetic finding.",
        "date": _day(date),
        "status": "open",
    }


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(fraction: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 2)

    return {"p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99), "max_ms": round(ordered[-1], 2)}


def _queries(archive: SyntheticArchive, body_ids: list[int], per_kind: int) -> dict[str, list[SearchQuery]]:
    out: dict[str, list[SearchQuery]] = {}
    for kind, items in query_mix(archive, per_kind).items():
        out[kind] = []
        for item in items:
            if "bodies" in item:
                item = {**item, "bodies": [body_ids[index] for index in item["bodies"]]}
            out[kind].append(SearchQuery(**item))
    return out


def measure(db: Database, queries: dict[str, list[SearchQuery]], user: User) -> dict[str, Any]:
    """Each query once to warm up, then once timed; per kind: latency percentiles and results found."""
    for items in queries.values():
        for query in items[:5]:
            with db.session() as session:
                search(session, query, user)
    report: dict[str, Any] = {}
    everything: list[float] = []
    for kind in QUERY_KINDS:
        samples, totals, results = [], [], hashlib.sha1()
        for query in queries[kind]:
            start = time.perf_counter()
            with db.session() as session:
                page = search(session, query, user)
            samples.append(1000 * (time.perf_counter() - start))
            totals.append(page.total)
            results.update(repr([page.total, [(h.meeting_id, h.score, h.snippet) for h in page.items]]).encode())
        everything += samples
        found = sum(1 for total in totals if total) / len(totals)
        report[kind] = {"queries": len(samples), **_percentiles(samples), "found": round(found, 2)}
        report[kind]["mean_total"] = round(statistics.mean(totals), 1)
        report[kind]["results_digest"] = results.hexdigest()[:16]  # equal on both engines: the same results
    report["all"] = {"queries": len(everything), **_percentiles(everything)}
    return report


def run_engine(url: str, archive: SyntheticArchive, per_kind: int) -> dict[str, Any]:
    engine = create_engine(normalize_url(url))
    upgrade(engine)
    engine.dispose()
    db = Database.from_url(url)
    try:
        started = time.perf_counter()
        body_ids, admin = load(db, archive)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        with db.session() as session:
            indexed = reindex(session)
        seconds = time.perf_counter() - started
        analysed = _analyse(db)
        size = _index_megabytes(db)
        single = _reindex_some(db, min(200, indexed))
        queries = measure(db, _queries(archive, body_ids, per_kind), admin)
    finally:
        db.dispose()
    return {
        "meetings": indexed,
        "load_seconds": round(loaded, 1),
        "index_seconds": round(seconds, 2),
        "index_meetings_per_second": round(indexed / seconds, 1) if seconds else None,
        "analyse_seconds": analysed,
        "index_megabytes": size,
        "index_one_meeting": single,
        "queries": queries,
        "target_p95_ms": TARGET_P95_MS,
        "target_met": queries["all"]["p95_ms"] <= TARGET_P95_MS,
    }


def _analyse(db: Database) -> float | None:
    if db.engine.dialect.name != "postgresql":
        return None
    started = time.perf_counter()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    return round(time.perf_counter() - started, 1)


def _index_megabytes(db: Database) -> float | None:
    """Disk used by the search index: its tables and indexes (and the open-flags index on ``flags``)."""
    if db.engine.dialect.name == "postgresql":
        sql = "SELECT pg_total_relation_size('search_documents') + pg_relation_size('ix_search_open_flags')"
    else:
        sql = "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%' OR name = 'ix_search_open_flags'"
    try:
        with db.session() as session:
            value = session.execute(text(sql)).scalar()
    except Exception:  # SQLite built without the dbstat table
        return None
    return round(int(value or 0) / 1e6, 1)


def _reindex_some(db: Database, count: int) -> dict[str, float]:
    """`index_meeting` on existing meetings (delete, then write again), as a saved correction does."""
    samples = []
    with db.session() as session:
        ids = list(session.scalars(select(Meeting.id).order_by(Meeting.id).limit(count)))
    for meeting_id in ids:
        with db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            start = time.perf_counter()
            index_meeting(session, meeting)
            samples.append(1000 * (time.perf_counter() - start))
    return _percentiles(samples) if samples else {}


@contextmanager
def scratch_postgres(server_url: str) -> Iterator[str]:
    """A new database on the server of `server_url`, dropped afterwards."""
    url = make_url(normalize_url(server_url))
    name = "minutes_bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(meetings: int, *, postgres: str | None = None, per_kind: int = 100, sqlite: bool = True) -> dict[str, Any]:
    """The benchmark on SQLite (unless told not to) and, given a server URL, on PostgreSQL."""
    started = time.perf_counter()
    archive = build_archive(meetings)
    gc.collect()
    gc.freeze()  # the archive stays in memory: keep the collector from walking it in the middle of a timed query
    words = sum(len(m.text.split()) for m in archive.meetings)
    report: dict[str, Any] = {
        "meetings": meetings,
        "bodies": len(archive.bodies),
        "words_per_meeting": round(words / max(1, meetings)),
        "generate_seconds": round(time.perf_counter() - started, 1),
        "engines": {},
    }
    if sqlite:
        with tempfile.TemporaryDirectory(prefix="minutes-bench-search-") as folder:
            report["engines"]["sqlite"] = run_engine(f"sqlite:///{Path(folder) / 'bench.db'}", archive, per_kind)
    if postgres:
        with scratch_postgres(postgres) as url:
            report["engines"]["postgresql"] = run_engine(url, archive, per_kind)
    return report


def render(report: dict[str, Any]) -> str:
    lines = [f"{report['meetings']:,} meetings ({report['bodies']} bodies, ~{report['words_per_meeting']} words each)"]
    for name, engine in report["engines"].items():
        lines.append(
            f"\n{name}: index built at {engine['index_meetings_per_second']:,} meetings/s "
            f"({engine['index_seconds']} s, {engine.get('index_megabytes')} MB); "
            f"one meeting re-indexed p50 {engine['index_one_meeting'].get('p50_ms')} ms"
        )
        lines.append(f"  {'kind':<10} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'found':>6}")
        for kind, row in engine["queries"].items():
            found = f"{row['found']:.2f}" if "found" in row else ""
            times = f"{row['p50_ms']:>8.2f} {row['p95_ms']:>8.2f} {row['p99_ms']:>8.2f}"
            lines.append(f"  {kind:<10} {row['queries']:>7} {times} {found:>6}")
        verdict = "met" if engine["target_met"] else "MISSED"
        lines.append(f"  target p95 ≤ {engine['target_p95_ms']:.0f} ms over all queries: {verdict}")
    return "\n".join(lines)


def main(args: argparse.Namespace, settings: Settings) -> int:
    report = run(args.meetings, postgres=args.postgres, per_kind=args.queries)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(report))
    return 0
