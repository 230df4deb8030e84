"""The index's "has open flags" term (``#f``), kept in step with the flags table.

A meeting's flags change outside `save_meeting`: a reviewer acts on one (`models.review`), a recomputation merges
new findings (`models.flags`), a series check raises or retires series flags about a meeting. Rather than every
such path remembering the index, two session events do: after each flush, the meetings of flags that were
added, deleted, or whose status or meeting changed are noted on the session; before the transaction commits,
each noted meeting's ``#f`` term is set again from the flags table, in the same transaction. A flag changed by a
bulk UPDATE statement (none exists today) would bypass the events: call `refresh_open_flags` after it.

Filtering on a term costs what any other term costs (a few ms at 100,000 meetings), where testing the flags
table for each match cost 20–50 ms.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, event, inspect, select, text
from sqlalchemy.orm import Session

from models.search_store import store_for
from models.search_terms import OPEN_FLAGS
from models.tables import Flag

_PENDING = "search.open_flags"


def refresh_open_flags(session: Session, meeting_ids: Iterable[int]) -> None:
    """Set the ``#f`` term of these meetings (those in the index) from their flags."""
    ids = sorted({meeting_id for meeting_id in meeting_ids if meeting_id is not None})
    if not ids:
        return
    query = select(Flag.meeting_id).where(Flag.meeting_id.in_(ids), Flag.status == "open").distinct()
    flagged = {meeting_id for meeting_id in session.scalars(query) if meeting_id is not None}
    if store_for(session).dialect == "postgresql":
        _refresh_postgres(session, ids, flagged)
    else:
        _refresh_sqlite(session, ids, flagged)


def _refresh_postgres(session: Session, ids: list[int], flagged: set[int]) -> None:
    for want, group in ((True, [i for i in ids if i in flagged]), (False, [i for i in ids if i not in flagged])):
        if not group:
            continue
        change = "terms || array_to_tsvector(ARRAY[:lexeme])" if want else "ts_delete(terms, :lexeme)"
        session.execute(
            text(
                f"UPDATE search_documents SET terms = {change} "
                f"WHERE meeting_id = ANY(:ids) AND {'NOT ' if want else ''}(terms @@ CAST(:term AS tsquery))"
            ),
            {"ids": group, "term": f"'{OPEN_FLAGS}'", "lexeme": OPEN_FLAGS},
        )


def _refresh_sqlite(session: Session, ids: list[int], flagged: set[int]) -> None:
    rows = session.execute(
        text("SELECT meeting_id, sort_key, terms FROM search_documents WHERE meeting_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": ids},
    ).all()
    store = store_for(session)
    for meeting_id, key, blob in rows:
        terms = zlib.decompress(blob).decode().split()
        want, has = meeting_id in flagged, OPEN_FLAGS in terms
        if want == has:
            continue
        new = [*terms, OPEN_FLAGS] if want else [term for term in terms if term != OPEN_FLAGS]
        store.delete([meeting_id])
        store.write([(meeting_id, key, new)])


def _changed_meetings(flag: Flag, new_or_deleted: bool) -> set[int]:
    state = inspect(flag)
    status, meeting = state.attrs.status.history, state.attrs.meeting_id.history
    if not new_or_deleted and not status.has_changes() and not meeting.has_changes():
        return set()
    return {value for value in (flag.meeting_id, *meeting.deleted) if value is not None}


@event.listens_for(Session, "after_flush")
def _note_flag_changes(session: Session, _context: Any) -> None:
    noted: set[int] = session.info.setdefault(_PENDING, set())
    for objects, new_or_deleted in ((session.new, True), (session.deleted, True), (session.dirty, False)):
        for item in objects:
            if isinstance(item, Flag):
                noted |= _changed_meetings(item, new_or_deleted)


@event.listens_for(Session, "before_commit")
def _refresh_noted(session: Session) -> None:
    if not session.info.get(_PENDING):
        return
    session.flush()
    refresh_open_flags(session, session.info.pop(_PENDING, set()))


@event.listens_for(Session, "after_rollback")
def _forget_noted(session: Session) -> None:
    session.info.pop(_PENDING, None)
