"""Full-text search over meetings: one interface, two engines (SQLite FTS5, PostgreSQL full text) that return the
same meetings in the same order.

- `index_meeting` / `unindex_meeting` keep the index in step with a meeting, in the caller's transaction
  (`models.meetings.save_meeting` and `delete_meeting` call them); `reindex` rebuilds it (migration 0003, the
  benchmark, a repair).
- `search(session, SearchQuery, user)` answers a query within what `user` may see (`None`: everything, for the
  command line): admins, archivists and reviewers see the meetings of bodies in their unit's subtree, a secretary
  only their own body's. Permissions and every filter are terms of the one index query, so counting and paging
  happen after them, in the database.

What a query matches: `models.search_text` (words folded and stemmed, phrases, prefixes); what the index holds:
`models.search_terms`; the engines: `models.search_store`; the open-flags term: `models.search_flags`;
snippets: `models.search_snippet`.

Relevance is deterministic and the same on both engines: a meeting scores 8 when every clause also matches with
the query's own diacritics (exact forms), 4 when plain words of the query stand next to each other in it, 2 when
every clause matches in its title, 1 when every clause matches in its heads (title, body, place, topics,
decisions, tasks, people); ties go to the newest. Ranking looks at the `RANK_WINDOW` newest matches (a cap, so a
common word matching most of 100,000 meetings costs a few index lookups, not a ranking of all of them); any
further matches follow, newest first. ``total`` always counts every match. Sorting by date is newest first.
Within-tier order by term frequency (BM25, ts_rank) was left out on purpose: the two engines compute it
differently, and at 100,000 meetings it cost more than the whole 50 ms budget for a common word.

A search is a handful of index lookups: the count, the newest `RANK_WINDOW` matches (looking at the most recent
months first when far more match, see `newest_keys`), one lookup per relevance tier limited to those candidates'
key range, then the page's meetings are read and their snippets made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import search_flags  # noqa: F401  (the session events that keep the open-flags term exact)
from models.search_snippet import best_snippet
from models.search_store import Store, Window, store_for
from models.search_terms import (
    HEADS,
    MEETING_ID_BITS,
    ROLES,
    TITLE,
    Expr,
    Lexeme,
    MeetingSource,
    adjacency_expr,
    day_bounds,
    facet,
    index_terms,
    meeting_of,
    person_expr,
    sort_key,
    text_expr,
)
from models.search_text import Clause, parse_query
from models.tables import Assignment, Attendee, Body, Decision, Flag, Meeting, OrgUnit, Speaker, Topic, User

__all__ = [
    "SearchHit",
    "SearchPage",
    "SearchQuery",
    "index_meeting",
    "reindex",
    "reindex_body",
    "search",
    "unindex_meeting",
]

RANK_WINDOW = 1000
NARROW_AFTER = 4  # look at recent months first when this many times more meetings match than are wanted
MAX_LIMIT = 100
TIERS = ((8, "exact"), (4, "adjacent"), (2, "title"), (1, "heads"))
Sort = Literal["relevance", "date"]


@dataclass(frozen=True)
class SearchQuery:
    """A query and its filters; every filter is optional, filters combine (AND), a list means any of them."""

    text: str = ""
    units: Sequence[int] = ()  # organisation units: meetings of bodies in their subtrees
    bodies: Sequence[int] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: Sequence[str] = ()
    person: str | None = None  # a name, or adjacent words of one ("Văn An"), folded, any case
    person_roles: Sequence[str] = ()  # attended, absent, assigned, spoke; none given: any of them
    labels: Sequence[str] = ()  # topic labels
    open_flags: bool | None = None  # True: with open flags; False: without
    sort: Sort = "relevance"
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    meeting_id: int
    body_id: int
    body: str
    date: dt.date | None
    type: str | None
    title: str | None
    score: int | None  # relevance (0–15), None when sorted by date
    snippet: str  # HTML-escaped, matches in <mark>…</mark>


@dataclass(frozen=True)
class SearchPage:
    total: int
    limit: int
    offset: int
    sort: Sort
    ranked: int  # how many of the newest matches were ranked by relevance (0 when sorted by date)
    items: list[SearchHit] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------- indexing


def _sources(session: Session, meeting_ids: Sequence[int]) -> list[MeetingSource]:
    """What the index needs of these meetings, in a few queries whatever their number."""
    rows = session.execute(
        select(Meeting, Body.name, OrgUnit.path)
        .join(Body, Meeting.body_id == Body.id)
        .join(OrgUnit, Body.unit_id == OrgUnit.id)
        .where(Meeting.id.in_(meeting_ids))
    ).all()
    sources = {
        meeting.id: MeetingSource(
            meeting_id=meeting.id,
            body_id=meeting.body_id,
            body_name=name,
            unit_ids=[int(part) for part in path.strip("/").split("/") if part],
            date=meeting.date,
            type=meeting.type,
            title=meeting.title,
            place=meeting.place,
            text=meeting.text or "",
        )
        for meeting, name, path in rows
    }
    ids = list(sources)
    statuses = {"present": "attended", "chair": "attended", "recorder": "attended", "absent": "absent"}
    for meeting_id, name, status in session.execute(
        select(Attendee.meeting_id, Attendee.name, Attendee.status).where(Attendee.meeting_id.in_(ids))
    ):
        source = sources[meeting_id]
        source.names.append(name)
        if status in statuses:
            source.people.setdefault(statuses[status], []).append(name)
    for meeting_id, title, labels in session.execute(
        select(Topic.meeting_id, Topic.title, Topic.labels).where(Topic.meeting_id.in_(ids)).order_by(Topic.position)
    ):
        sources[meeting_id].topics.append((title, [str(label) for label in labels or []]))
    for meeting_id, decision in session.execute(
        select(Decision.meeting_id, Decision.text).where(Decision.meeting_id.in_(ids)).order_by(Decision.position)
    ):
        sources[meeting_id].decisions.append(decision)
    for meeting_id, assignee, task in session.execute(
        select(Assignment.meeting_id, Assignment.assignee, Assignment.task)
        .where(Assignment.meeting_id.in_(ids))
        .order_by(Assignment.position)
    ):
        sources[meeting_id].tasks.append(task)
        if assignee:
            sources[meeting_id].people.setdefault("assigned", []).append(assignee)
    for meeting_id, name in session.execute(
        select(Speaker.meeting_id, Speaker.name).where(Speaker.meeting_id.in_(ids))
    ):
        sources[meeting_id].people.setdefault("spoke", []).append(name)
    flagged = select(Flag.meeting_id).where(Flag.meeting_id.in_(ids), Flag.status == "open").distinct()
    for flagged_id in session.scalars(flagged):
        if flagged_id is not None:
            sources[flagged_id].open_flags = True
    return [sources[meeting_id] for meeting_id in meeting_ids if meeting_id in sources]


def _write(store: Store, meeting_ids: Sequence[int]) -> None:
    rows = [
        (s.meeting_id, sort_key(s.date, s.meeting_id), index_terms(s)) for s in _sources(store.session, meeting_ids)
    ]
    store.write(rows)


def index_meeting(session: Session, meeting: Meeting) -> None:
    """(Re)index one meeting as it now stands in the session (flushed first), replacing what was indexed."""
    session.flush()
    store = store_for(session)
    store.delete([meeting.id])
    _write(store, [meeting.id])


def unindex_meeting(session: Session, meeting_id: int) -> None:
    store_for(session).delete([meeting_id])


def reindex_body(session: Session, body_id: int) -> int:
    """Index again every meeting of a body (its name is indexed with each: after a rename)."""
    session.flush()
    return reindex(session, list(session.scalars(select(Meeting.id).where(Meeting.body_id == body_id))))


def reindex(session: Session, meeting_ids: Sequence[int] | None = None, *, batch: int = 500) -> int:
    """Rebuild the index of these meetings (all by default); returns how many were indexed."""
    store = store_for(session)
    if meeting_ids is None:
        store.clear()
        meeting_ids = list(session.scalars(select(Meeting.id).order_by(Meeting.id)))
    else:
        store.delete(meeting_ids)
    for start in range(0, len(meeting_ids), batch):
        _write(store, meeting_ids[start : start + batch])
    return len(meeting_ids)


# ------------------------------------------------------------------------------------------------------ search


def _permission(session: Session, user: User | None) -> tuple[list[Lexeme] | None, bool]:
    """The terms of what `user` may see (any of them; None when they may see nothing), and whether that is the
    whole index (then the term only costs time where other terms already narrow the search)."""
    roots = list(session.scalars(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))))
    if user is None:
        return [Lexeme(facet("u", unit)) for unit in roots] or None, True
    if user.role == "secretary":
        body = session.scalar(select(Body.id).where(Body.unit_id == user.unit_id))
        return ([Lexeme(facet("b", body))] if body is not None else None), False
    return [Lexeme(facet("u", user.unit_id))], roots == [user.unit_id]


def _filters(query: SearchQuery) -> Expr:
    groups: Expr = []
    for kind, values in (("u", query.units), ("b", query.bodies), ("t", query.types), ("l", query.labels)):
        if values:
            groups.append([Lexeme(facet(kind, value)) for value in values])
    if query.person and query.person.strip():
        roles = [role for role in query.person_roles if role in ROLES] or list(ROLES)
        groups.extend(person_expr(query.person, roles) or [[Lexeme("@")]])  # a name of no words matches nothing
    return groups


def _scores(store: Store, clauses: Sequence[Clause], facets: Expr, candidates: Sequence[int]) -> dict[int, int]:
    """The relevance of each candidate (see the module), from one lookup per tier (in one statement). Each lookup
    also asks the whole query within the candidates' key range, where exactly the candidates match it: so it finds
    at most as many meetings as there are candidates, however common the tier's own terms are."""
    scores = dict.fromkeys(candidates, 0)
    if not candidates:
        return scores
    window = Window(low=min(candidates), high=max(candidates))
    base = [*facets, *text_expr(clauses)]
    tiers: dict[str, Expr | None] = {
        "exact": text_expr(clauses, exact=True),
        "adjacent": adjacency_expr(clauses),
        "title": text_expr(clauses, TITLE),
        "heads": text_expr(clauses, HEADS),
    }
    parts = [(weight, [*base, *tier]) for weight, name in TIERS if (tier := tiers[name])]
    for key, score in store.weights(parts, window).items():
        if key in scores:
            scores[key] = score
    return scores


def newest_keys(
    store: Store,
    expr: Expr,
    window: Window,
    total: int,
    limit: int,
    offset: int = 0,
    bounds: tuple[int, int] | None = None,
) -> list[int]:
    """Keys ``offset`` to ``offset + limit`` of the matches, newest first. When far more meetings match than are
    wanted, the most recent months (about twice as many as the matches' rate says are needed) are looked at first,
    which spares PostgreSQL fetching every match from the table; if they hold too few, everything is. `bounds`:
    the lowest dated and the highest key of the index (`Store.bounds`)."""
    wanted = offset + limit
    if bounds is not None and total > NARROW_AFTER * wanted:
        first, last = bounds
        high = min(last, window.high) if window.high is not None else last
        months = _months(first, last)
        needed = math.ceil(2 * wanted * months / total)
        if needed < months:
            start = _month_start(high, needed - 1)
            low = max(start, window.low) if window.low is not None else start
            keys = store.keys(expr, Window(low, high, window.open_flags), limit=limit, offset=offset)
            if len(keys) == limit:
                return keys
    return store.keys(expr, window, limit=limit, offset=offset)


def _months(first: int, last: int) -> int:
    a, b = dt.date.fromordinal(first >> MEETING_ID_BITS), dt.date.fromordinal(last >> MEETING_ID_BITS)
    return (b.year - a.year) * 12 + b.month - a.month + 1


def _month_start(key: int, back: int) -> int:
    """The sort key of the first day of the month `back` months before the one of `key`."""
    day = dt.date.fromordinal(max(1, key >> MEETING_ID_BITS))
    index = day.year * 12 + day.month - 1 - back
    return sort_key(dt.date(index // 12, index % 12 + 1, 1), 0) if index >= 12 else 0


@dataclass
class _Page:
    keys: list[int]
    scores: dict[int, int]
    ranked: int


def _page_keys(
    store: Store,
    facets: Expr,
    window: Window,
    query: SearchQuery,
    clauses: list[Clause],
    total: int,
    bounds: tuple[int, int] | None,
) -> _Page:
    """The page's sort keys: the ranked window (relevance), then the rest newest first; or all newest first."""
    limit, offset = query.limit, query.offset
    expr = [*facets, *text_expr(clauses)]
    if query.sort == "date" or not clauses:
        return _Page(newest_keys(store, expr, window, total, limit, offset, bounds), {}, 0)
    candidates = newest_keys(store, expr, window, total, RANK_WINDOW, 0, bounds)
    scores = _scores(store, clauses, facets, candidates)
    ranked = sorted(candidates, key=lambda key: (scores[key], key), reverse=True)
    page = ranked[offset : offset + limit]
    rest_from = max(offset, len(ranked))
    if offset + limit > rest_from and total > len(ranked):
        page += newest_keys(store, expr, window, total, offset + limit - rest_from, rest_from, bounds)
    return _Page(page, scores, len(ranked))


def search(session: Session, query: SearchQuery, user: User | None) -> SearchPage:
    """One page of the meetings matching `query` that `user` may see, with the number of them all."""
    query = dataclasses.replace(query, limit=max(1, min(query.limit, MAX_LIMIT)), offset=max(0, query.offset))
    clauses = parse_query(query.text)
    allowed, everything = _permission(session, user)
    sort: Sort = query.sort if clauses else "date"
    empty = SearchPage(0, query.limit, query.offset, sort, 0)
    if allowed is None:
        return empty
    filters = _filters(query)
    facets = filters if everything and (filters or clauses) else [allowed, *filters]
    low, high = day_bounds(query.date_from, query.date_to)
    window = Window(low, high, query.open_flags)
    store = store_for(session)
    bounds = store.bounds()  # before `searching`, which keeps PostgreSQL from the quick way to a min or max
    with store.searching():
        total = store.count([*facets, *text_expr(clauses)], window)
        if total == 0:
            return empty
        page = _page_keys(store, facets, window, query, clauses, total, bounds)
    hits = _hits(session, page.keys, page.scores, clauses)
    return SearchPage(total, query.limit, query.offset, sort, page.ranked, hits)


def _hits(session: Session, keys: Sequence[int], scores: dict[int, int], clauses: Sequence[Clause]) -> list[SearchHit]:
    ids = [meeting_of(key) for key in keys]
    rows = session.execute(
        select(Meeting.id, Meeting.body_id, Body.name, Meeting.date, Meeting.type, Meeting.title)
        .add_columns(Meeting.text, Meeting.place)
        .join(Body, Meeting.body_id == Body.id)
        .where(Meeting.id.in_(ids))
    ).all()
    by_id = {row[0]: row for row in rows}
    hits = []
    for key, meeting_id in zip(keys, ids, strict=True):
        row = by_id.get(meeting_id)
        if row is None:
            continue
        _, body_id, body, date, kind, title, body_text, place = row
        snippet = best_snippet([body_text, title, place, body], clauses)
        score = scores.get(key) if scores else None
        hits.append(SearchHit(meeting_id, body_id, body, date, kind, title, score, snippet))
    return hits
