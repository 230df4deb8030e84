"""Scoring extractions against hand-labelled expectations: precision, recall and F1 per field.

Pure: `score(document_id, expected, got, card)` adds one document's counts and mismatches to a `Scorecard`;
the caller reads the files. `expected` follows tests/corpus/README.md (the contract's field names, no
evidence); `got` is an extraction contract object.

- Scalars: right when equal (names, titles and places compared folded: case, diacritics and spacing
  ignored); a wrong value is a false positive and a false negative.
- People: sets of folded names; some details as (name, value) pairs.
- Assignments, reports, decisions and topics: an expected item is matched with the extracted item whose
  words overlap it most, when the extracted text holds at least half of the expected words and at least a
  third of its own words are expected; details are scored on matched pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from extract.contract import DeclaredCounts
from extract.roster import fold

Json = Mapping[str, Any]

_WORD = re.compile(r"\w+")

TARGETS: dict[str, tuple[tuple[str, ...], float]] = {
    "names (present, absent, chair, recorder)": (
        ("attendance.present", "attendance.absent", "chair.name", "recorder.name"),
        0.95,
    ),
    "date and times": (("meeting.date", "meeting.start_time", "meeting.end_time"), 0.95),
    "assignments (assignee + task)": (("assignments",), 0.9),
    "vote tallies": (("decisions.votes",), 0.9),
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Mismatch:
    document: str
    field: str
    expected: Any
    got: Any


@dataclass
class Scorecard:
    fields: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    documents: int = 0

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    def combined(self, names: Iterable[str]) -> Counts:
        total = Counts()
        for name in names:
            total.add(self.fields.get(name, Counts()))
        return total

    def targets(self) -> list[dict[str, Any]]:
        rows = []
        for label, (names, goal) in TARGETS.items():
            f1 = self.combined(names).f1
            rows.append(
                {"target": label, "fields": list(names), "f1": f1, "goal": goal, "met": f1 is not None and f1 >= goal}
            )
        return rows

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "fields": {name: counts.as_dict() for name, counts in sorted(self.fields.items())},
            "targets": self.targets(),
            "mismatches": [m.__dict__ for m in self.mismatches],
        }


def _get(data: Json | None, path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _norm(value: Any) -> Any:
    return fold(value) if isinstance(value, str) else value


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall(fold(text or "")))


def _overlap(expected: str | None, got: str | None) -> float:
    """How well `got` covers `expected` (0 when it holds under half of it or is mostly other words)."""
    want, have = _words(expected), _words(got)
    if not want or not have:
        return 0.0
    shared = len(want & have)
    if shared < len(want) / 2 or shared < len(have) / 3:
        return 0.0
    return shared / len(want | have)


_SCALAR_PATHS = (
    "language",
    "meeting.title",
    "meeting.body",
    "meeting.type",
    "meeting.date",
    "meeting.start_time",
    "meeting.end_time",
    "meeting.place",
    "chair.name",
    "recorder.name",
    *(f"attendance.declared.{key}" for key in DeclaredCounts.model_fields),
)


def _score_scalar(card: Scorecard, doc: str, name: str, expected: Any, got: Any) -> None:
    counts = card.counts(name)
    want, have = _norm(expected), _norm(got)
    if want is not None and want == have:
        counts.tp += 1
        return
    if have is not None:
        counts.fp += 1
    if want is not None:
        counts.fn += 1
    if want != have:
        card.mismatches.append(Mismatch(doc, name, expected, got))


def _score_bag(card: Scorecard, doc: str, name: str, expected: Iterable[Any], got: Iterable[Any]) -> None:
    want, have = Counter(expected), Counter(got)
    counts = card.counts(name)
    hits = sum((want & have).values())
    counts.tp += hits
    counts.fp += sum(have.values()) - hits
    counts.fn += sum(want.values()) - hits
    missing, extra = sorted(map(str, (want - have).elements())), sorted(map(str, (have - want).elements()))
    if missing or extra:
        card.mismatches.append(Mismatch(doc, name, missing, extra))


def _people(items: Sequence[Json] | None, detail: str | None = None) -> list[Any]:
    names = [fold(str(item.get("name") or "")) for item in items or ()]
    if detail is None:
        return names
    return [(name, item.get(detail)) for name, item in zip(names, items or (), strict=True)]


_PEOPLE_FIELDS = (
    ("attendance.present", None),
    ("attendance.absent", None),
    ("attendance.absent", "excused"),
    ("attendance.guests", None),
    ("attendance.guests", "higher_level"),
    ("attendance.late", None),
    ("attendance.left_early", None),
    ("speakers", None),
    ("speakers", "turns"),
)


def _match(
    expected: Sequence[Json], got: Sequence[Json], similarity: Callable[[Json, Json], float]
) -> list[tuple[Json, Json]]:
    """Greedy one-to-one matching, best pairs first."""
    scored = sorted(
        ((similarity(e, g), i, j) for i, e in enumerate(expected) for j, g in enumerate(got)),
        key=lambda item: -item[0],
    )
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for value, i, j in scored:
        if value <= 0 or i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        pairs.append((expected[i], got[j]))
    return pairs


def _score_matched(
    card: Scorecard,
    doc: str,
    name: str,
    expected: Sequence[Json],
    got: Sequence[Json],
    similarity: Callable[[Json, Json], float],
    details: Sequence[str] = (),
) -> None:
    pairs = _match(expected, got, similarity)
    counts = card.counts(name)
    counts.tp += len(pairs)
    counts.fp += len(got) - len(pairs)
    counts.fn += len(expected) - len(pairs)
    matched_e = {id(e) for e, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    missing = [_brief(e) for e in expected if id(e) not in matched_e]
    extra = [_brief(g) for g in got if id(g) not in matched_g]
    if missing or extra:
        card.mismatches.append(Mismatch(doc, name, missing, extra))
    for detail in details:
        for e, g in pairs:
            _score_scalar(card, doc, f"{name}.{detail}", _get(e, detail), _get(g, detail))


def _brief(item: Json) -> str:
    keys = ("assignee", "task", "title", "text", "status", "due")
    return " | ".join(str(item[k]) for k in keys if item.get(k) not in (None, "", []))[:160]


def _assignee_key(item: Json) -> set[str]:
    names = {fold(name) for name in item.get("assignees") or ()}
    return names or ({fold(item["assignee"])} if item.get("assignee") else set())


def _assignment_similarity(e: Json, g: Json) -> float:
    if _assignee_key(e) != _assignee_key(g):
        return 0.0
    return _overlap(e.get("task"), g.get("task"))


def _report_similarity(e: Json, g: Json) -> float:
    return _overlap(e.get("task"), g.get("task"))


def _topic_similarity(e: Json, g: Json) -> float:
    return _overlap(e.get("title"), g.get("title"))


def _tally(decision: Json) -> tuple[Any, Any, Any] | None:
    votes = decision.get("votes") or {}
    triple = (votes.get("for"), votes.get("against"), votes.get("abstain"))
    return None if triple == (None, None, None) else triple


def _decision_similarity(e: Json, g: Json) -> float:
    text = _overlap(e.get("text"), g.get("text"))
    tally = _tally(e)
    return text + (1.0 if tally is not None and tally == _tally(g) else 0.0)


def _score_topics(card: Scorecard, doc: str, expected: Sequence[Json], got: Sequence[Json]) -> None:
    _score_matched(card, doc, "topics", expected, got, _topic_similarity)
    pairs = _match(expected, got, _topic_similarity)
    want = [(fold(e["title"]), label) for e in expected for label in e.get("labels") or ()]
    titles = {id(g): fold(e["title"]) for e, g in pairs}
    have = [
        (titles.get(id(g), "~" + fold(g.get("title") or "")), label) for g in got for label in g.get("labels") or ()
    ]
    _score_bag(card, doc, "topics.labels", want, have)


def score(document: str, expected: Json, got: Json, card: Scorecard) -> None:
    """Add one document's counts and mismatches to `card`."""
    card.documents += 1
    for path in _SCALAR_PATHS:
        _score_scalar(card, document, path, _get(expected, path), _get(got, path))
    for path, detail in _PEOPLE_FIELDS:
        name = f"{path}.{detail}" if detail else path
        _score_bag(card, document, name, _people(_get(expected, path), detail), _people(_get(got, path), detail))
    _score_matched(
        card,
        document,
        "assignments",
        expected.get("assignments") or [],
        got.get("assignments") or [],
        _assignment_similarity,
        details=("due",),
    )
    _score_matched(
        card,
        document,
        "reports",
        expected.get("reports") or [],
        got.get("reports") or [],
        _report_similarity,
        details=("status",),
    )
    want_decisions, got_decisions = expected.get("decisions") or [], got.get("decisions") or []
    _score_bag(
        card,
        document,
        "decisions.votes",
        [t for t in map(_tally, want_decisions) if t],
        [t for t in map(_tally, got_decisions) if t],
    )
    _score_matched(
        card,
        document,
        "decisions",
        want_decisions,
        got_decisions,
        _decision_similarity,
        details=("votes.result", "votes.mover", "votes.seconder"),
    )
    _score_topics(card, document, expected.get("topics") or [], got.get("topics") or [])
    _score_closing(card, document, expected, got)


def _score_closing(card: Scorecard, doc: str, expected: Json, got: Json) -> None:
    """The read-back (found or not) and the signature places (role and name), where the labels give them."""
    if "read_back" in expected:
        found = True if got.get("read_back") else None
        _score_scalar(card, doc, "read_back", True if expected["read_back"] else None, found)
    if "signatures" in expected:
        want = [(item.get("role"), fold(item.get("name") or "")) for item in expected["signatures"] or []]
        have = [(item.get("role"), fold(item.get("name") or "")) for item in got.get("signatures") or []]
        _score_bag(card, doc, "signatures", want, have)
