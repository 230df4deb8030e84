"""The assignment tracker: assignments of every body in the caller's subtree with their status, filtered.

Everyone reads the assignments of the bodies in their unit's subtree (a secretary's unit is their body); a body,
unit, member or assignment outside it does not exist for them (404). The status rule is in
`compliance.followup`; "today" comes from `current_day`, a dependency tests replace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from api.auth import CurrentUser, DbSession, require_unit
from models.assignments import AssignmentQuery, AssignmentView, assignment_view, find_assignments, get_assignment
from models.org import find_body, find_unit
from models.people import get_member
from models.tables import Meeting
from models.tables import User as UserRow

router = APIRouter(prefix="/api/v1/assignments", tags=["assignments"])

Status = Literal["open", "overdue", "done"]


def current_day() -> dt.date:
    """Today, as the statuses are judged (replaced in tests)."""
    return dt.date.today()


Today = Annotated[dt.date, Depends(current_day)]


class MemberRef(BaseModel):
    id: int
    name: str


class ReportOut(BaseModel):
    meeting_id: int
    date: dt.date
    status: str | None  # done, in_progress, not_done; null when the minutes do not say


class AssignmentOut(BaseModel):
    id: int
    body_id: int
    body: str
    meeting_id: int
    meeting_date: dt.date | None
    assignee: str | None  # as written in the minutes
    task: str
    due: dt.date | None
    members: list[MemberRef]  # the roster members it names
    status: Status
    deadline: dt.date | None  # the due date, or (without one) the date of the body's next regular meeting
    deadline_basis: Literal["due", "next_regular_meeting"] | None
    done_on: dt.date | None
    done_meeting_id: int | None
    reports: list[ReportOut]  # what later meetings reported on it, oldest first


class AssignmentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[AssignmentOut]


def assignment_out(view: AssignmentView) -> AssignmentOut:
    follow = view.follow
    return AssignmentOut(
        id=view.id,
        body_id=view.body_id,
        body=view.body,
        meeting_id=view.meeting_id,
        meeting_date=view.meeting_date,
        assignee=view.assignee,
        task=view.task,
        due=view.due,
        members=[MemberRef(id=member.id, name=member.name) for member in view.members],
        status=follow.status,
        deadline=follow.deadline,
        deadline_basis=follow.deadline_basis,
        done_on=follow.done_on,
        done_meeting_id=None if follow.done_meeting is None else _id(follow.done_meeting),
        reports=[
            ReportOut(meeting_id=_id(item.meeting), date=item.date, status=item.status) for item in follow.reports
        ],
    )


def _id(meeting: Hashable) -> int:
    """A meeting's id as `models.assignments` keys the follow-up's meetings."""
    assert isinstance(meeting, int)
    return meeting


def scope(session: DbSession, user: UserRow, body: int | None, unit: int | None) -> tuple[str, int | None]:
    """The subtree to read (the caller's, or a unit of it) and the body asked for; 404 outside the caller's."""
    subtree = user.unit.path
    if unit is not None:
        target = find_unit(session, unit)
        require_unit(session, user, target.id, hidden="There is no such organisation unit.")
        subtree = target.path
    if body is not None:
        found = find_body(session, body)
        require_unit(session, user, found.unit_id, hidden=f"There is no body “{body}”.")
    return subtree, body


@router.get("", response_model=AssignmentPage)
def list_assignments(
    user: CurrentUser,
    session: DbSession,
    today: Today,
    body: int | None = None,
    unit: Annotated[int | None, Query(description="only bodies in this unit's subtree")] = None,
    status: Annotated[list[Status] | None, Query(description="default: open and overdue")] = None,
    assignee: Annotated[str | None, Query(description="a member id, or a name (or part of one)")] = None,
    due_before: Annotated[dt.date | None, Query(description="due strictly before this day")] = None,
    due_after: Annotated[dt.date | None, Query(description="due strictly after this day")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> AssignmentPage:
    subtree, body_id = scope(session, user, body, unit)
    member_id: int | None = None
    name = (assignee or "").strip() or None
    if name is not None and name.isdigit():
        member = get_member(session, int(name))
        require_unit(session, user, member.body.unit_id, hidden=f"There is no member {name}.")
        member_id, name = member.id, None
    query = AssignmentQuery(
        subtree=subtree,
        body=body_id,
        statuses=status or (),
        member=member_id,
        assignee=name,
        due_before=due_before,
        due_after=due_after,
    )
    total, views = find_assignments(session, query, today=today, limit=limit, offset=offset)
    return AssignmentPage(total=total, limit=limit, offset=offset, items=[assignment_out(view) for view in views])


@router.get("/{assignment_id}", response_model=AssignmentOut)
def read_assignment(assignment_id: int, user: CurrentUser, session: DbSession, today: Today) -> AssignmentOut:
    assignment = get_assignment(session, assignment_id)
    meeting = session.get_one(Meeting, assignment.meeting_id)
    require_unit(session, user, meeting.body.unit_id, hidden=f"There is no assignment {assignment_id}.")
    return assignment_out(assignment_view(session, assignment, today))
