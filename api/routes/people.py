"""People: the members of the bodies in the caller's subtree with their attendance rates, and one member's
history (attendance year by year, absences, assignments, turns at speaking).

Everyone reads the people of the bodies in their unit's subtree (a secretary: their own body's); a member,
body or unit outside it does not exist for them (404). How standings and the rate are counted is written in
`models.people`; each answer repeats the rate's basis.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from api.auth import CurrentUser, DbSession, require_unit
from api.routes.assignments import AssignmentOut, Today, assignment_out, scope
from models.people import (
    RATE_BASIS,
    Attendance,
    Standing,
    bodies_in,
    get_member,
    history,
    people_of,
)
from models.tables import Member

router = APIRouter(prefix="/api/v1/people", tags=["people"])


class AttendanceOut(BaseModel):
    year: int | None  # null: every year (or, in a history's years, meetings without a date)
    meetings: int  # meetings of the body held while they were a member
    present: int  # named present (or as chair, recorder, speaker), or inferred
    present_inferred: int  # of those, inferred: the minutes name every absentee and not them
    absent: int
    absent_excused: int
    absent_unexcused: int
    absent_unstated: int  # absent, the minutes do not say whether excused
    not_mentioned: int  # left out of the rate
    rate: float | None  # present / (present + absent); null when no meeting tells


class PersonOut(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: int
    name: str
    role: str | None
    status: str
    from_date: dt.date | None = Field(serialization_alias="from")
    to_date: dt.date | None = Field(serialization_alias="to")
    body_id: int
    body: str


class PersonRow(PersonOut):
    attendance: AttendanceOut
    assignments: dict[str, int]  # open, overdue, done


class PeoplePage(BaseModel):
    rate_basis: str
    total: int
    limit: int
    offset: int
    items: list[PersonRow]


class MeetingStandingOut(BaseModel):
    meeting_id: int
    date: dt.date | None
    type: str | None
    standing: Standing


class AbsenceOut(BaseModel):
    meeting_id: int
    date: dt.date | None
    reason: str | None
    excused: bool | None


class TurnsOut(BaseModel):
    meeting_id: int
    date: dt.date | None
    turns: int


class HistoryOut(PersonOut):
    rate_basis: str
    attendance: AttendanceOut  # every year
    years: list[AttendanceOut]
    meetings: list[MeetingStandingOut]
    absences: list[AbsenceOut]
    assignments: list[AssignmentOut]
    spoke: list[TurnsOut]


def _person(member: Member) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "role": member.role,
        "status": member.status,
        "from_date": member.from_date,
        "to_date": member.to_date,
        "body_id": member.body_id,
        "body": member.body.name,
    }


def _attendance(row: Attendance) -> AttendanceOut:
    return AttendanceOut(
        year=row.year,
        meetings=row.meetings,
        present=row.present,
        present_inferred=row.present_inferred,
        absent=row.absent,
        absent_excused=row.absent_excused,
        absent_unexcused=row.absent_unexcused,
        absent_unstated=row.absent_unstated,
        not_mentioned=row.not_mentioned,
        rate=row.rate,
    )


@router.get("", response_model=PeoplePage)
def list_people(
    user: CurrentUser,
    session: DbSession,
    today: Today,
    body: int | None = None,
    unit: Annotated[int | None, Query(description="only bodies in this unit's subtree")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="attendance of this year only")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PeoplePage:
    subtree, body_id = scope(session, user, body, unit)
    found = people_of(session, bodies_in(session, subtree, body_id), today, year)
    items = [
        PersonRow(**_person(person.member), attendance=_attendance(person.attendance), assignments=person.assignments)
        for person in found[offset : offset + limit]
    ]
    return PeoplePage(rate_basis=RATE_BASIS, total=len(found), limit=limit, offset=offset, items=items)


@router.get("/{member_id}", response_model=HistoryOut)
def read_person(member_id: int, user: CurrentUser, session: DbSession, today: Today) -> HistoryOut:
    member = get_member(session, member_id)
    require_unit(session, user, member.body.unit_id, hidden=f"There is no member {member_id}.")
    found = history(session, member, today)
    return HistoryOut(
        **_person(member),
        rate_basis=RATE_BASIS,
        attendance=_attendance(found.overall),
        years=[_attendance(row) for row in found.years],
        meetings=[
            MeetingStandingOut(meeting_id=row.meeting_id, date=row.date, type=row.type, standing=row.standing)
            for row in found.meetings
        ],
        absences=[
            AbsenceOut(meeting_id=row.meeting_id, date=row.date, reason=row.reason, excused=row.excused)
            for row in found.absences
        ],
        assignments=[assignment_out(view) for view in found.assignments],
        spoke=[TurnsOut(meeting_id=row.meeting_id, date=row.date, turns=row.turns) for row in found.spoke],
    )
