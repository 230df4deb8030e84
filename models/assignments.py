"""The assignment tracker: every assignment of the bodies in a subtree with its status, filtered, a page at a time.

An assignment's status — ``open``, ``overdue`` or ``done`` — is not stored: it follows from the later meetings
of its body (their reports on earlier tasks) and from today's date, by the rule written down in
`compliance.followup` (``done`` when a later meeting reports it done; ``overdue`` when not done and its due date
has passed or, without a due date, once the body's next regular meeting was held; ``open`` otherwise). So the
tracker reads each body's whole series: the bodies that hold an assignment passing the filters the database
can apply (subtree, body, member's body, due dates), then the status and the name filters in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compliance.checks.cadence import REGULAR
from compliance.followup import FollowUp, Review, Task, reports_of, words
from compliance.followup import follow_up as follow_tasks
from minutes.errors import NotFound
from models.linking import MemberIndex
from models.tables import Assignment, Body, Meeting, Member, OrgUnit

STATUSES = ("open", "overdue", "done")
NOT_DONE = ("open", "overdue")


@dataclass(frozen=True)
class AssignmentView:
    """One stored assignment with the members it names and its follow-up (status, deadline, reports)."""

    id: int
    body_id: int
    body: str
    meeting_id: int
    meeting_date: dt.date | None
    assignee: str | None  # as written
    names: tuple[str, ...]  # the people the minutes list for it
    task: str
    due: dt.date | None
    members: tuple[Member, ...]
    follow: FollowUp

    @property
    def status(self) -> str:
        return self.follow.status

    def names_person(self, text: str) -> bool:
        """Whether ``text`` (a name or part of one, folded) is one of the people the assignment names."""
        needle = words(text)
        people = [self.assignee or "", *self.names, *(member.name for member in self.members)]
        return bool(needle) and any(_contains(words(person), needle) for person in people)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def body_assignments(session: Session, body: Body, today: dt.date) -> list[AssignmentView]:
    """Every assignment of ``body``'s meetings with its follow-up as of ``today``, in meeting order."""
    meetings = session.execute(
        select(Meeting.id, Meeting.date, Meeting.type, Meeting.extraction["reports"], Meeting.extraction["assignments"])
        .where(Meeting.body_id == body.id)
        .order_by(Meeting.date, Meeting.id)
    ).all()
    items = {meeting_id: list(raw or []) for meeting_id, _, _, _, raw in meetings}
    dates = {meeting_id: day for meeting_id, day, _, _, _ in meetings}
    reviews = [
        Review(meeting=meeting_id, date=day, regular=kind in REGULAR, reports=reports_of(raw))
        for meeting_id, day, kind, raw, _ in meetings
    ]
    rows = session.scalars(
        select(Assignment)
        .join(Meeting, Assignment.meeting_id == Meeting.id)
        .where(Meeting.body_id == body.id)
        .order_by(Meeting.date, Meeting.id, Assignment.position)
    ).all()
    index = MemberIndex(body.members)
    built: list[tuple[Assignment, tuple[str, ...], tuple[Member, ...], Task]] = []
    for row in rows:
        raw = items.get(row.meeting_id, [])
        item = raw[row.position] if 0 <= row.position < len(raw) and isinstance(raw[row.position], dict) else {}
        members = tuple(index.assigned(item))
        names = tuple(str(name) for name in item.get("assignees") or [])
        people = tuple(dict.fromkeys(p for p in (row.assignee, *names, *(m.name for m in members)) if p))
        task = Task(row.id, row.meeting_id, dates.get(row.meeting_id), row.task, people, row.due)
        built.append((row, names, members, task))
    roster = [member.name for member in body.members]
    follow = follow_tasks([task for *_, task in built], reviews, today, roster)
    return [
        AssignmentView(
            id=row.id,
            body_id=body.id,
            body=body.name,
            meeting_id=row.meeting_id,
            meeting_date=dates.get(row.meeting_id),
            assignee=row.assignee,
            names=names,
            task=row.task,
            due=row.due,
            members=members,
            follow=follow[task.key],
        )
        for row, names, members, task in built
    ]


@dataclass(frozen=True)
class AssignmentQuery:
    """Filters of the tracker; they combine (AND). ``statuses`` empty means open and overdue (not done)."""

    subtree: str  # an organisation unit's path: only assignments of bodies in it
    body: int | None = None
    statuses: Sequence[str] = ()
    member: int | None = None  # a roster member the assignment names (alone or with others)
    assignee: str | None = None  # a name or part of one, as written or as on the roster
    due_before: dt.date | None = None  # due strictly before this day (undated assignments left out)
    due_after: dt.date | None = None  # due strictly after this day

    def keeps(self, view: AssignmentView) -> bool:
        if view.status not in (self.statuses or NOT_DONE):
            return False
        if self.member is not None and all(member.id != self.member for member in view.members):
            return False
        if self.assignee and not view.names_person(self.assignee):
            return False
        if self.due_before is not None and (view.due is None or view.due >= self.due_before):
            return False
        return not (self.due_after is not None and (view.due is None or view.due <= self.due_after))


def _candidate_bodies(session: Session, query: AssignmentQuery) -> list[Body]:
    """Bodies of the subtree holding an assignment that the database-side filters keep."""
    found = (
        select(Meeting.body_id)
        .join(Assignment, Assignment.meeting_id == Meeting.id)
        .join(Body, Meeting.body_id == Body.id)
        .join(OrgUnit, Body.unit_id == OrgUnit.id)
        .where(OrgUnit.path.startswith(query.subtree))
    )
    if query.body is not None:
        found = found.where(Meeting.body_id == query.body)
    if query.member is not None:
        found = found.where(
            Meeting.body_id == select(Member.body_id).where(Member.id == query.member).scalar_subquery()
        )
    if query.due_before is not None:
        found = found.where(Assignment.due < query.due_before)
    if query.due_after is not None:
        found = found.where(Assignment.due > query.due_after)
    ids = set(session.scalars(found.distinct()))
    return list(session.scalars(select(Body).where(Body.id.in_(ids)).order_by(Body.id))) if ids else []


def _order(view: AssignmentView) -> tuple[bool, dt.date, dt.date, int]:
    return (view.due is None, view.due or dt.date.max, view.meeting_date or dt.date.max, view.id)


def find_assignments(
    session: Session, query: AssignmentQuery, *, today: dt.date, limit: int, offset: int
) -> tuple[int, list[AssignmentView]]:
    """The number of assignments the filters keep and one page of them, by due date (undated last), then by
    the date of the meeting that assigned them."""
    kept = [view for body in _candidate_bodies(session, query) for view in body_assignments(session, body, today)]
    kept = sorted((view for view in kept if query.keeps(view)), key=_order)
    return len(kept), kept[offset : offset + limit]


def get_assignment(session: Session, assignment_id: int) -> Assignment:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise NotFound(f"There is no assignment {assignment_id}.")
    return assignment


def assignment_view(session: Session, assignment: Assignment, today: dt.date) -> AssignmentView:
    body = session.get(Body, session.get_one(Meeting, assignment.meeting_id).body_id)
    assert body is not None
    return next(view for view in body_assignments(session, body, today) if view.id == assignment.id)


def for_member(views: Iterable[AssignmentView], member_id: int) -> list[AssignmentView]:
    return [view for view in views if any(member.id == member_id for member in view.members)]
