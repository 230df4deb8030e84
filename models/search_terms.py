"""What the search index holds for a meeting, and what a query asks of it: sets of terms, the same on both engines.

Pure functions, no I/O. A meeting is indexed as one set of terms (no positions, no weights); both engines store
exactly that set (SQLite FTS5 ``detail=none``, PostgreSQL a tsvector without positions under a GIN index), and a
query is compiled into one boolean expression over terms: an AND of ORs (`Expr`), rendered for each engine by
`models.search_store`. So both engines match the same meetings by construction.

Terms (`models.search_text` makes the words):

- ``dang`` — a folded word of any field; ``~chi_bo`` — a pair of adjacent folded words (phrases);
- ``=đảng`` — an exact word (diacritics kept) of any field;
- ``^dang``, ``^~chi_bo`` — the same in the title; ``+dang``, ``+~chi_bo`` — in the title or the "heads" (body
  name, place, topic titles, decisions, tasks, people's names);
- ``#u7`` one per organisation unit from the root down to the body's own unit (subtree filters and
  permissions), ``#b3`` body, ``#t_regular`` meeting type, ``#l_review`` topic label, ``#m202405`` the month
  (``#m0`` undated: lets PostgreSQL narrow a date range inside the GIN index), ``#f`` when it has open flags;
- ``@a_van_an`` — people: a role letter (a attended: present, chair, recorder; x absent; g assigned; s spoke) and
  every run of adjacent words of a name, folded without stemming, so "Văn An" finds "Nguyễn Văn An" in one term.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from models.search_text import Clause, Term, fold, pairs, words

EXACT, TITLE, HEADS, PAIR, FACET, PERSON = "=", "^", "+", "~", "#", "@"
ROLES = {"attended": "a", "absent": "x", "assigned": "g", "spoke": "s"}
OPEN_FLAGS = "#f"  # the meeting has open flags (kept in step by `models.search_flags`)
MAX_NAME_WORDS = 6
MAX_BYTES = 900_000
MEETING_ID_BITS = 32


@dataclass(frozen=True, slots=True)
class Lexeme:
    text: str
    prefix: bool = False


Expr = list[list[Lexeme]]  # every inner list must have a match (AND), any lexeme of it (OR)


@dataclass
class MeetingSource:
    """What the index needs of one meeting (loaded by `models.search`)."""

    meeting_id: int
    body_id: int
    body_name: str
    unit_ids: Sequence[int]
    date: dt.date | None
    type: str | None
    title: str | None
    place: str | None
    text: str
    topics: list[tuple[str, Sequence[str]]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # everyone the minutes name as attending, absent or a guest
    people: dict[str, list[str]] = field(default_factory=dict)  # role (a key of ROLES) → names
    open_flags: bool = False


def sort_key(date: dt.date | None, meeting_id: int) -> int:
    """Newest first is descending order of this key: the date's ordinal above the meeting id; undated last."""
    return ((date.toordinal() if date else 0) << MEETING_ID_BITS) | meeting_id


def meeting_of(key: int) -> int:
    return key & ((1 << MEETING_ID_BITS) - 1)


def day_bounds(date_from: dt.date | None, date_to: dt.date | None) -> tuple[int | None, int | None]:
    """The sort-key range of meetings dated within [date_from, date_to] (inclusive); None where open."""
    low = sort_key(date_from, 0) if date_from else None
    high = sort_key(date_to + dt.timedelta(days=1), 0) - 1 if date_to else None
    if low is None and high is not None:
        low = 1 << MEETING_ID_BITS  # undated meetings are not "before" any date
    return low, high


def month_facet(date: dt.date | None) -> str:
    return f"{FACET}m{date.year}{date.month:02d}" if date else f"{FACET}m0"


def months_between(low: int, high: int, limit: int) -> list[str] | None:
    """The month terms of every month from sort key `low` to `high`; None when more than `limit` months."""
    first, last = low >> MEETING_ID_BITS, high >> MEETING_ID_BITS
    if first == 0:
        return None
    start, end = dt.date.fromordinal(first), dt.date.fromordinal(min(last, dt.date.max.toordinal()))
    count = (end.year - start.year) * 12 + end.month - start.month + 1
    if count > limit:
        return None
    return [
        month_facet(dt.date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1))
        for i in range(count)
    ]


def facet(kind: str, value: str | int) -> str:
    """A filter term: ``u`` unit and ``b`` body (ids), ``t`` meeting type and ``l`` topic label (names)."""
    if isinstance(value, int):
        return f"{FACET}{kind}{value}"
    return f"{FACET}{kind}_" + re.sub(r"[^a-z0-9]+", "_", fold(value)).strip("_")


def name_words(name: str) -> list[str]:
    return [fold(exact) for exact, _ in words(name)][:MAX_NAME_WORDS]


def person_terms(role: str, name: str) -> set[str]:
    """Every run of adjacent words of the name, under the role's letter."""
    found = name_words(name)
    letter = ROLES[role]
    return {f"{PERSON}{letter}_{'_'.join(found[i:j])}" for i in range(len(found)) for j in range(i + 1, len(found) + 1)}


def _field_terms(parts: Iterable[str | None], marks: Sequence[str], terms: set[str]) -> None:
    for part in parts:
        if not part:
            continue
        found = words(part)
        folded = [f for _, f in found]
        unique = set(folded)
        joined = {PAIR + pair for pair in pairs(folded)}
        for mark in marks:
            terms.update((mark + f for f in unique) if mark else unique)
            terms.update((mark + pair for pair in joined) if mark else joined)
        terms.update({EXACT + e for e, _ in found})


def index_terms(source: MeetingSource) -> list[str]:
    """The meeting's terms, each once (in no particular order)."""
    terms: set[str] = set()
    names = list(dict.fromkeys([*source.names, *(name for role in ROLES for name in source.people.get(role, []))]))
    heads = [source.body_name, source.place, *(t for t, _ in source.topics), *source.decisions, *source.tasks]
    _field_terms([source.title], ("", TITLE, HEADS), terms)
    _field_terms([*heads, *names], ("", HEADS), terms)
    _field_terms([source.text], ("",), terms)
    terms.update(facet("u", unit) for unit in source.unit_ids)
    terms.add(facet("b", source.body_id))
    terms.add(month_facet(source.date))
    if source.open_flags:
        terms.add(OPEN_FLAGS)
    if source.type:
        terms.add(facet("t", source.type))
    terms.update(facet("l", label) for _, labels in source.topics for label in labels)
    for role in ROLES:
        for name in source.people.get(role, []):
            terms.update(person_terms(role, name))
    terms.discard("")
    return _fit(terms)


def _fit(terms: set[str]) -> list[str]:
    """At most `MAX_BYTES` of terms (a PostgreSQL tsvector holds 1 MB): for minutes of a few hundred thousand
    words, the pairs of their text go first, then exact forms, so both engines index the same terms."""
    size = sum(len(term.encode()) + 4 for term in terms)
    if size <= MAX_BYTES:
        return list(terms)
    ranked = sorted(terms, key=lambda term: (term.startswith(PAIR), term.startswith(EXACT), len(term), term))
    kept, size = [], 0
    for term in ranked:
        size += len(term.encode()) + 4
        if size > MAX_BYTES:
            break
        kept.append(term)
    return kept


def _lexemes(clause: Clause, mark: str, *, exact: bool = False) -> list[list[Lexeme]]:
    """One clause as an AND of lexemes: a word or prefix alone; a phrase by its pairs (exact: by its words)."""
    if exact:
        return [[Lexeme(EXACT + term.exact, term.prefix)] for term in clause.terms]
    if not clause.is_phrase:
        term = clause.terms[0]
        return [[Lexeme(mark + term.folded, term.prefix)]]
    folded = [term.folded for term in clause.terms]
    last_prefix = clause.terms[-1].prefix
    joined = list(pairs(folded))
    return [[Lexeme(f"{mark}{PAIR}{pair}", last_prefix and i == len(joined) - 1)] for i, pair in enumerate(joined)]


def text_expr(clauses: Sequence[Clause], mark: str = "", *, exact: bool = False) -> Expr:
    """All the clauses, in the field `mark` names ("" any field, TITLE, HEADS), or in their exact forms."""
    return [group for clause in clauses for group in _lexemes(clause, mark, exact=exact)]


def adjacency_expr(clauses: Sequence[Clause]) -> Expr | None:
    """For a query of several plain words, the expression "they stand next to each other, in order"."""
    run: list[Term] = []
    out: Expr = []
    for clause in [*clauses, None]:
        if clause is not None and not clause.is_phrase and not clause.terms[0].prefix:
            run.append(clause.terms[0])
            continue
        if len(run) > 1:
            out.extend([Lexeme(PAIR + pair)] for pair in pairs(t.folded for t in run))
        run = []
    return out or None


def person_expr(name: str, roles: Sequence[str]) -> Expr:
    found = name_words(name)
    if not found:
        return []
    return [[Lexeme(f"{PERSON}{ROLES[role]}_{'_'.join(found)}") for role in roles]]
