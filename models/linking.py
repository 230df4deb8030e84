"""People in stored meetings linked to the body's roster: ``member_id`` on attendees, assignments and speakers.

The extractor already links a mention to a roster name when it is certain (``member``; an ambiguous mention has
``candidates`` instead, and stays unlinked). Storage turns that name into the body's `Member` row. When the
extraction has no link — it was made before the roster had that member — a name written in full that equals a
roster name (folded: case, diacritics and "đ" ignored) is linked too; shorter mentions are left to the
extractor, which sees their context. Two roster rows with the same name link neither.

An assignment gets ``member_id`` when exactly one member is linked to it; a task shared by several members
keeps null there, and `MemberIndex.assigned` finds all of them in the stored extraction's item.

`relink_body` sets the links again from the stored extractions after the roster changed (the profile's roster
replaces the `Member` rows, which clears the old links).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.roster import fold
from models.tables import Assignment, Attendee, Body, Meeting, Member, Speaker


class MemberIndex:
    """A body's members by folded name."""

    def __init__(self, members: Iterable[Member]) -> None:
        seen: dict[str, list[Member]] = {}
        for member in members:
            seen.setdefault(fold(member.name), []).append(member)
        self._by_name = {name: rows[0] for name, rows in seen.items() if len(rows) == 1}

    @classmethod
    def of_body(cls, session: Session, body_id: int) -> MemberIndex:
        return cls(session.scalars(select(Member).where(Member.body_id == body_id)))

    def named(self, name: object) -> Member | None:
        """The member whose roster name is ``name`` (folded), if exactly one."""
        return self._by_name.get(fold(name)) if isinstance(name, str) and name.strip() else None

    def person(self, entry: Mapping[str, Any] | None) -> int | None:
        """The member id of a person of the extraction (chair, attendee, guest, speaker), or None."""
        if not entry:
            return None
        linked = self.named(entry.get("member"))
        if linked is None and not entry.get("candidates"):
            linked = self.named(entry.get("name"))
        return linked.id if linked is not None else None

    def assigned(self, item: Mapping[str, Any]) -> list[Member]:
        """The members an assignment of the extraction names: its linked ``members``, else its ``assignees``
        whose full names are roster names; in order, once each."""
        names = item.get("members") or item.get("assignees") or ([item["assignee"]] if item.get("assignee") else [])
        found: dict[int, Member] = {}
        for name in names:
            member = self.named(name)
            if member is not None:
                found.setdefault(member.id, member)
        return list(found.values())


def _people(extraction: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """The extraction's people keyed as attendee rows are: (status, folded name)."""
    attendance = extraction.get("attendance") or {}
    keyed: dict[tuple[str, str], Mapping[str, Any]] = {}
    for status, person in (("chair", extraction.get("chair")), ("recorder", extraction.get("recorder"))):
        if person:
            keyed[(status, fold(person["name"]))] = person
    for status, key in (("present", "present"), ("absent", "absent"), ("guest", "guests")):
        for person in attendance.get(key) or []:
            keyed.setdefault((status, fold(person["name"])), person)
    return keyed


def link_parts(index: MemberIndex, extraction: Mapping[str, Any], rows: Iterable[object]) -> None:
    """Set ``member_id`` on the attendee, assignment and speaker rows of one meeting from its extraction."""
    people = _people(extraction)
    speakers = {fold(entry["name"]): entry for entry in extraction.get("speakers") or []}
    items = extraction.get("assignments") or []
    for row in rows:
        if isinstance(row, Attendee):
            row.member_id = index.person(people.get((row.status, fold(row.name))))
        elif isinstance(row, Speaker):
            row.member_id = index.person(speakers.get(fold(row.name)))
        elif isinstance(row, Assignment):
            item = items[row.position] if 0 <= row.position < len(items) else {}
            members = index.assigned(item)
            row.member_id = members[0].id if len(members) == 1 else None


def link_meeting(session: Session, body_id: int, extraction: Mapping[str, Any], rows: Iterable[object]) -> None:
    """`link_parts` with the members of the body (the rows are a meeting's new parts)."""
    link_parts(MemberIndex.of_body(session, body_id), extraction, rows)


def relink_body(session: Session, body: Body) -> None:
    """Link the parts of every stored meeting of ``body`` to its current roster again."""
    index = MemberIndex.of_body(session, body.id)
    for meeting in session.scalars(select(Meeting).where(Meeting.body_id == body.id)):
        rows: list[object] = [*meeting.attendees, *meeting.assignments, *meeting.speakers]
        link_parts(index, meeting.extraction or {}, rows)
    session.flush()
