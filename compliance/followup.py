"""Following an assignment up: which later report is about it, and whether it is open, overdue or done.

Pure: assignments and meetings in, one `FollowUp` per assignment out; no storage, no clock (``today`` is given).

**Matching a report to an assignment** (`report_matches`, `match_report`). A report stands in a later meeting
of the same body; it is about an earlier assignment when

- *the people agree*: the report's assignee and one of the assignment's people (the assignee as written, the
  names it lists, the roster members it was linked to) are the same name, compared folded (case, diacritics
  and "đ" ignored) with a shorter name matching the tail or the head of the longer ("Bình" is "Lê Thị Bình",
  "Whitfield" is "Eleanor Whitfield"). When they name different people the report is not about it. When either
  side names nobody — or the report's assignee is not a person of the roster (a group: "Chi bộ", "the
  committee") — the people are unknown and the task alone decides, with a stricter bar;
- *the tasks overlap*: of the content words (folded; a few function words of each language left out) the two
  task texts share at least half of the shorter one's, and at least one word (two, and 60 %, when the people
  are unknown);
- *their numbers agree*: when both tasks carry numbers or roman numerals ("quý I", "quý II/2024", "2023"),
  they share one, so last quarter's fees are not this quarter's.

Of the earlier assignments a report matches, it is about the one with the best overlap (then the most recent).

**Status** (`follow_up`), the rule the assignment tracker and people's history show:

- ``done`` — a meeting held after the assignment's meeting reports it done (the first such meeting is
  ``done_meeting``, its date ``done_on``);
- ``overdue`` — not done, and its deadline has passed: the deadline is its due date, overdue from the day
  after it (``due < today``); an assignment *without* a due date is due at the body's next regular meeting
  (party cells review last month's tasks there), so it is overdue once a regular meeting was held after the
  one that assigned it without reporting it done — a report of "in progress" or "not done" there does not
  change that;
- ``open`` — otherwise (not done, deadline not passed or not known yet).

The status is as of ``today``: meetings after it are not read. Meetings without a date cannot be placed in the
series: their reports are not matched, and an assignment made at one can only become overdue by its due date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from extract.contract import Report
from extract.roster import fold

Status = Literal["open", "overdue", "done"]
Deadline = Literal["due", "next_regular_meeting"]

MIN_OVERLAP = 0.5  # shared words / words of the shorter task, when the people agree
MIN_OVERLAP_UNKNOWN = 0.6  # … when the people are unknown
MIN_SHARED_UNKNOWN = 2

# function words of the task texts; words that tell tasks apart (quarters, places) are kept
# (compared as written, lower case: folded, "đang" would be "đảng"; typed without diacritics, the folded forms)
_VI_STOP = "các của cho trong với để đã là một những việc thực hiện công tác hoàn thành chưa đang tiếp tục về"
_EN_STOP = "the a an to of and for in on at by with be is are was were has have had its their this that from as"
STOP_WORDS = frozenset(f"{_VI_STOP} {_EN_STOP} done complete completed report reported".split())
_ASCII_STOP = frozenset(fold(word) for word in STOP_WORDS)
_WORD = re.compile(r"\w+")
_ROMAN = re.compile(r"^[ivx]{1,4}$")


@dataclass(frozen=True)
class Task:
    """An assignment as the follow-up needs it; ``key`` and ``meeting`` are the caller's identifiers."""

    key: Hashable
    meeting: Hashable
    date: dt.date | None  # of the meeting that assigned it
    task: str
    people: tuple[str, ...] = ()  # the assignee as written, the names listed, the roster members linked
    due: dt.date | None = None


@dataclass(frozen=True)
class Review:
    """A meeting of the body with the reports its minutes give on earlier tasks."""

    meeting: Hashable
    date: dt.date | None
    regular: bool
    reports: tuple[Report, ...] = ()


@dataclass(frozen=True)
class Reported:
    meeting: Hashable
    date: dt.date
    status: str | None  # done, in_progress, not_done, or unknown


@dataclass(frozen=True)
class FollowUp:
    status: Status
    deadline: dt.date | None = None  # the due date, or the date of the next regular meeting
    deadline_basis: Deadline | None = None
    done_on: dt.date | None = None
    done_meeting: Hashable | None = None
    reports: tuple[Reported, ...] = field(default_factory=tuple)


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, in order."""
    return tuple(_WORD.findall(fold(text)))


def _content(text: str) -> set[str]:
    """The folded words of ``text`` that are not function words."""
    found = (word for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()))
    return {fold(word) for word in found if word not in STOP_WORDS and not (word.isascii() and word in _ASCII_STOP)}


def _numbers(tokens: Iterable[str]) -> set[str]:
    return {token for token in tokens if any(ch.isdigit() for ch in token) or _ROMAN.match(token)}


def same_name(a: str, b: str) -> bool:
    """Whether two names as written name the same person: equal when folded, or the shorter one is the tail
    or the head of the longer ("Bình" and "Lê Thị Bình")."""
    first, second = words(a), words(b)
    if not first or not second:
        return False
    short, long = sorted((first, second), key=len)
    return short == long[-len(short) :] or short == long[: len(short)]


def people_agree(report: Report, task: Task, roster: Sequence[str] = ()) -> bool | None:
    """True when the report names one of the task's people, False when it names someone else, None when the
    people are unknown (either side names nobody, or the report's assignee is not on a given roster)."""
    if not report.assignee or not words(report.assignee) or not task.people:
        return None
    if any(same_name(report.assignee, person) for person in task.people):
        return True
    if roster and not any(same_name(report.assignee, name) for name in roster):
        return None  # a group or an outsider: it may report for the person assigned
    return False


def overlap(a: str, b: str) -> tuple[int, float]:
    """The content words two task texts share, and their share of the shorter text's content words."""
    first, second = _content(a), _content(b)
    if not first or not second:
        return 0, 0.0
    shared = len(first & second)
    return shared, shared / min(len(first), len(second))


def report_matches(report: Report, task: Task, roster: Sequence[str] = ()) -> float | None:
    """The overlap score when ``report`` is about ``task`` (the rules in the module's docstring), else None."""
    people = people_agree(report, task, roster)
    if people is False:
        return None
    first, second = _numbers(words(report.task)), _numbers(words(task.task))
    if first and second and not first & second:
        return None
    shared, score = overlap(report.task, task.task)
    if people is True:
        return score if shared >= 1 and score >= MIN_OVERLAP else None
    return score if shared >= MIN_SHARED_UNKNOWN and score >= MIN_OVERLAP_UNKNOWN else None


def match_report(report: Report, tasks: Sequence[Task], roster: Sequence[str] = ()) -> Task | None:
    """The task ``report`` is about, among ``tasks`` (the ones assigned before it): the best overlap, then the
    most recently assigned; None when no task matches."""
    best: tuple[float, dt.date, int] | None = None
    found: Task | None = None
    for index, task in enumerate(tasks):
        score = report_matches(report, task, roster)
        if score is None:
            continue
        rank = (score, task.date or dt.date.min, -index)
        if best is None or rank > best:
            best, found = rank, task
    return found


def follow_up(
    tasks: Sequence[Task], meetings: Sequence[Review], today: dt.date, roster: Sequence[str] = ()
) -> dict[Hashable, FollowUp]:
    """Each task's status (the rule in the module's docstring), keyed by ``Task.key``; ``tasks`` and
    ``meetings`` are one body's, ``roster`` its members' names."""
    seen: dict[Hashable, list[Reported]] = {task.key: [] for task in tasks}
    dated = sorted((m for m in meetings if m.date is not None and m.date <= today), key=lambda m: m.date or dt.date.min)
    for meeting in dated:
        assert meeting.date is not None
        earlier = [task for task in tasks if task.date is not None and task.date < meeting.date]
        for report in meeting.reports:
            task = match_report(report, earlier, roster)
            if task is not None:
                seen[task.key].append(Reported(meeting.meeting, meeting.date, report.status))
    return {task.key: _status(task, seen[task.key], dated, today) for task in tasks}


def _status(task: Task, reports: list[Reported], meetings: Sequence[Review], today: dt.date) -> FollowUp:
    done = next((item for item in reports if item.status == "done"), None)
    deadline, basis = _deadline(task, meetings)
    kept = tuple(reports)
    if done is not None:
        return FollowUp("done", deadline, basis, done.date, done.meeting, kept)
    passed = deadline is not None and (basis != "due" or deadline < today)  # a next meeting read was held
    return FollowUp("overdue" if passed else "open", deadline, basis, None, None, kept)


def _deadline(task: Task, meetings: Sequence[Review]) -> tuple[dt.date | None, Deadline | None]:
    if task.due is not None:
        return task.due, "due"
    if task.date is None:
        return None, None
    later = (m.date for m in meetings if m.regular and m.date is not None and m.date > task.date)
    following = next(later, None)
    return (following, "next_regular_meeting") if following is not None else (None, None)


def reports_of(raw: object) -> tuple[Report, ...]:
    """The ``reports`` of a stored extraction (contract JSON) as `Report`s, skipping any that do not fit."""
    items = raw if isinstance(raw, list) else []
    out: list[Report] = []
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("task"), str):
            out.append(Report(assignee=_text(item.get("assignee")), task=str(item["task"]), status=_state(item)))
    return tuple(out)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _state(item: Mapping[str, object]) -> Literal["done", "in_progress", "not_done"] | None:
    status = item.get("status")
    if status == "done":
        return "done"
    if status == "in_progress":
        return "in_progress"
    if status == "not_done":
        return "not_done"
    return None
