"""The attendance lists gathered: people found once each, linked to the roster, set beside the counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from extract.contract import Absentee, Attendance, Evidence, Guest, Movement, Person
from extract.name_lists import fold
from extract.roster import Roster


@dataclass(slots=True)
class AttendanceLists:
    present: list[Person] = field(default_factory=list)
    absent: list[Absentee] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    late: list[Movement] = field(default_factory=list)
    left_early: list[Movement] = field(default_factory=list)


_T = TypeVar("_T", Person, Absentee, Guest, Movement)


def unique(items: list[_T]) -> list[_T]:
    seen: dict[str, _T] = {}
    for item in items:
        key = fold(" ".join(item.name.split()))
        if key in seen:
            seen[key].evidence.extend(span for span in item.evidence if span not in seen[key].evidence)
        else:
            seen[key] = item
    return list(seen.values())


def named_in_full(chair: Person | None, recorder: Person | None, attendance: Attendance) -> list[str]:
    """The names of two words or more the document gives its people: those a short mention may stand for."""
    people = [
        chair,
        recorder,
        *attendance.present,
        *attendance.absent,
        *attendance.guests,
        *attendance.late,
        *attendance.left_early,
    ]
    return [person.name for person in people if person is not None and len(person.name.split()) > 1]


def listed_evidence(attendance: Attendance) -> list[Evidence]:
    """Where the lists of those present, absent and invited were read."""
    people: list[Person | Absentee] = [*attendance.present, *attendance.absent, *attendance.guests]
    return [span for person in people for span in person.evidence]


def link_people(people: Sequence[Person | Absentee | Guest | Movement | None], roster: Roster) -> None:
    """Set `member` and `candidates` of each person from the roster (nothing when the roster is empty)."""
    for person in people:
        if person is None or not roster.names:
            continue
        link = roster.link(person.name)
        person.member, person.candidates = link.member, list(link.candidates)


def link_person(person: Person | None, roster: Roster) -> Person | None:
    """`person` (the chair, the recorder) linked to the roster."""
    link_people([person], roster)
    return person


def with_lists(attendance: Attendance, lists: AttendanceLists) -> Attendance:
    """The declared counts of `attendance` with the lists beside them."""
    return attendance.model_copy(
        update={
            "present": lists.present,
            "absent": lists.absent,
            "guests": lists.guests,
            "late": lists.late,
            "left_early": lists.left_early,
        }
    )
