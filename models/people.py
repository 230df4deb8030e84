"""People's history: a roster member's attendance year by year, absences, assignments and turns at speaking.

A person is a `Member` row of a body's roster (its id addresses the history); stored meetings point at it
through ``member_id`` on attendees, assignments and speakers (`models.linking`). Only the meetings of the body
held while they were a member count (the roster's ``from``/``to``, both days included; a meeting without a
date counts only for a member without those bounds, in a year of its own, ``None``).

At each such meeting a member's standing is, in this order of precedence:

- ``present`` — named present, as the chair or as the recorder;
- ``absent`` — named among the absentees, with the reason and whether excused when the minutes say;
- ``present`` too — named only as a speaker (they took the floor);
- ``present_inferred`` — not named, but the minutes name every absentee: the declared number of absentees
  equals the absentees named and each of those is on the roster; then whoever else is on the roster was
  there (not for members exempt from meetings, who may be left out of the count);
- ``not_mentioned`` — otherwise: the minutes do not say.

**Attendance rate** = present / (present + absent), where *present* counts named and inferred presences; the
meetings where the minutes do not mention the member are left out of the denominator, so the rate says how
often they attended of the meetings whose minutes tell; it is null when no meeting tells.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.errors import NotFound
from models.assignments import AssignmentView, body_assignments, for_member
from models.tables import Attendee, Body, Meeting, Member, OrgUnit, Speaker

Standing = Literal["present", "present_inferred", "absent", "not_mentioned"]
RATE_BASIS = (
    "present / (present + absent): presences named or inferred from a complete list of absentees; "
    "meetings whose minutes do not mention the member are left out"
)
NAMED_PRESENT = ("present", "chair", "recorder")


@dataclass(frozen=True)
class Absence:
    meeting_id: int
    date: dt.date | None
    reason: str | None
    excused: bool | None


@dataclass
class MeetingFacts:
    """What one stored meeting says about the roster's members."""

    id: int
    date: dt.date | None
    type: str | None
    complete: bool  # every absentee named, and each one a roster member
    named: set[int] = field(default_factory=set)  # present, chair, recorder
    absent: dict[int, Absence] = field(default_factory=dict)
    turns: dict[int, int] = field(default_factory=dict)

    def standing(self, member: Member) -> Standing:
        if member.id in self.named:
            return "present"
        if member.id in self.absent:
            return "absent"
        if member.id in self.turns:
            return "present"
        if self.complete and member.status != "exempt":
            return "present_inferred"
        return "not_mentioned"


@dataclass
class Attendance:
    """A member's attendance over some meetings (one year, or every year)."""

    year: int | None = None
    meetings: int = 0
    present: int = 0  # named or inferred
    present_inferred: int = 0
    absent: int = 0
    absent_excused: int = 0
    absent_unexcused: int = 0
    absent_unstated: int = 0  # the minutes do not say whether excused
    not_mentioned: int = 0

    @property
    def rate(self) -> float | None:
        told = self.present + self.absent
        return round(self.present / told, 4) if told else None

    def add(self, standing: Standing, absence: Absence | None) -> None:
        self.meetings += 1
        if standing in ("present", "present_inferred"):
            self.present += 1
            self.present_inferred += standing == "present_inferred"
        elif standing == "absent":
            self.absent += 1
            excused = absence.excused if absence else None
            if excused is None:
                self.absent_unstated += 1
            elif excused:
                self.absent_excused += 1
            else:
                self.absent_unexcused += 1
        else:
            self.not_mentioned += 1


@dataclass(frozen=True)
class MeetingStanding:
    meeting_id: int
    date: dt.date | None
    type: str | None
    standing: Standing


@dataclass(frozen=True)
class Turns:
    meeting_id: int
    date: dt.date | None
    turns: int


@dataclass(frozen=True)
class History:
    member: Member
    body: Body
    overall: Attendance
    years: list[Attendance]
    meetings: list[MeetingStanding]
    absences: list[Absence]
    assignments: list[AssignmentView]
    spoke: list[Turns]


@dataclass(frozen=True)
class PersonSummary:
    member: Member
    body: Body
    attendance: Attendance
    assignments: dict[str, int]  # open, overdue, done


def belongs(member: Member, day: dt.date | None) -> bool:
    """Whether a meeting on ``day`` counts for ``member`` (see the module's docstring)."""
    if day is None:
        return member.from_date is None and member.to_date is None
    return (member.from_date is None or member.from_date <= day) and (member.to_date is None or day <= member.to_date)


def meeting_facts(session: Session, body_id: int) -> list[MeetingFacts]:
    """The body's meetings, oldest first, with what each says about the roster's members."""
    declared = Meeting.extraction[("attendance", "declared", "absent")].as_integer()
    rows = session.execute(
        select(Meeting.id, Meeting.date, Meeting.type, declared)
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.date, Meeting.id)
    ).all()
    facts = {row[0]: MeetingFacts(row[0], row[1], row[2], complete=False) for row in rows}
    absentees: dict[int, list[int | None]] = defaultdict(list)
    people = session.execute(
        select(Attendee.meeting_id, Attendee.member_id, Attendee.status, Attendee.reason, Attendee.excused)
        .join(Meeting, Attendee.meeting_id == Meeting.id)
        .where(Meeting.body_id == body_id)
    )
    for meeting_id, member_id, status, reason, excused in people:
        fact = facts[meeting_id]
        if status == "absent":
            absentees[meeting_id].append(member_id)
            if member_id is not None:
                fact.absent.setdefault(member_id, Absence(meeting_id, fact.date, reason, excused))
        elif status in NAMED_PRESENT and member_id is not None:
            fact.named.add(member_id)
    speakers = session.execute(
        select(Speaker.meeting_id, Speaker.member_id, Speaker.turns)
        .join(Meeting, Speaker.meeting_id == Meeting.id)
        .where(Meeting.body_id == body_id, Speaker.member_id.is_not(None))
    )
    for meeting_id, member_id, turns in speakers:
        if member_id is not None:
            facts[meeting_id].turns[member_id] = facts[meeting_id].turns.get(member_id, 0) + turns
    for meeting_id, _, _, absent in rows:
        named = absentees.get(meeting_id, [])
        facts[meeting_id].complete = absent is not None and absent == len(named) and None not in named
    return list(facts.values())


def attendance(member: Member, facts: Sequence[MeetingFacts], year: int | None = None) -> Attendance:
    """The member's attendance over the meetings that count for them (of ``year`` when given)."""
    total = Attendance(year=year)
    for fact in facts:
        if belongs(member, fact.date) and (year is None or (fact.date is not None and fact.date.year == year)):
            total.add(fact.standing(member), fact.absent.get(member.id))
    return total


def get_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(f"There is no member {member_id}.")
    return member


def history(session: Session, member: Member, today: dt.date) -> History:
    """Everything the archive tells about ``member``: the assignments' statuses as of ``today``."""
    body = member.body
    facts = [fact for fact in meeting_facts(session, body.id) if belongs(member, fact.date)]
    years: dict[int | None, Attendance] = {}
    overall = Attendance()
    standings: list[MeetingStanding] = []
    for fact in facts:
        standing, absence = fact.standing(member), fact.absent.get(member.id)
        year = fact.date.year if fact.date else None
        years.setdefault(year, Attendance(year=year)).add(standing, absence)
        overall.add(standing, absence)
        standings.append(MeetingStanding(fact.id, fact.date, fact.type, standing))
    absences = [fact.absent[member.id] for fact in facts if fact.standing(member) == "absent"]
    spoke = [Turns(fact.id, fact.date, fact.turns[member.id]) for fact in facts if member.id in fact.turns]
    ordered = sorted(years.values(), key=lambda row: (row.year is None, row.year or 0))
    assignments = for_member(body_assignments(session, body, today), member.id)
    return History(member, body, overall, ordered, standings, absences, assignments, spoke)


def bodies_in(session: Session, subtree: str, body_id: int | None = None) -> list[Body]:
    query = select(Body).join(OrgUnit, Body.unit_id == OrgUnit.id).where(OrgUnit.path.startswith(subtree))
    if body_id is not None:
        query = query.where(Body.id == body_id)
    return list(session.scalars(query.order_by(Body.name, Body.id)))


def people_of(session: Session, bodies: Iterable[Body], today: dt.date, year: int | None = None) -> list[PersonSummary]:
    """The members of ``bodies`` (roster order) with their attendance (every year, or ``year``) and the
    number of their assignments by status."""
    found: list[PersonSummary] = []
    for body in bodies:
        facts = meeting_facts(session, body.id)
        views = body_assignments(session, body, today)
        for member in sorted(body.members, key=lambda row: row.id):
            counts = dict.fromkeys(("open", "overdue", "done"), 0)
            for view in for_member(views, member.id):
                counts[view.status] += 1
            found.append(PersonSummary(member, body, attendance(member, facts, year), counts))
    return found
