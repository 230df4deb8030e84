"""Meetings and their parts, written from an extraction contract object in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from minutes.errors import NotFound
from models.audit import record
from models.flags import flag_key, from_contract, store_meeting_flags
from models.linking import link_meeting
from models.search import index_meeting, unindex_meeting
from models.tables import Assignment, Attendee, Decision, Document, Flag, Meeting, Speaker, Topic, User

__all__ = ["delete_meeting", "flag_key", "get_meeting", "meeting_for_document", "save_meeting"]


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def save_meeting(
    session: Session,
    document: Document,
    extraction: Mapping[str, Any],
    *,
    text: str,
    versions: Mapping[str, str],
) -> Meeting:
    """Create or replace the meeting extracted from `document`; flags that persist keep their review state.

    A corrected version (``document.replaces_id``) takes over the meeting of the version it replaces: the meeting
    keeps its id, and its flags their review state, and now points at the new version.
    """
    meeting = meeting_for_document(session, document.id) or _meeting_of_earlier_version(session, document)
    if meeting is None:
        meeting = Meeting(document_id=document.id, body_id=document.body_id)
        session.add(meeting)
    meeting.document_id = document.id
    facts = extraction.get("meeting") or {}
    meeting.language = extraction.get("language")
    meeting.title = facts.get("title")
    meeting.type = facts.get("type")
    meeting.date = _date(facts.get("date"))
    meeting.start_time = facts.get("start_time")
    meeting.end_time = facts.get("end_time")
    meeting.place = facts.get("place")
    meeting.text = text
    meeting.extraction = dict(extraction)
    meeting.versions = dict(versions)
    session.flush()
    _replace_parts(session, meeting, extraction)
    store_meeting_flags(session, meeting, from_contract(extraction.get("flags") or [], meeting.id))
    index_meeting(session, meeting)  # same transaction: the search index never holds half a meeting
    return meeting


def _replace_parts(session: Session, meeting: Meeting, extraction: Mapping[str, Any]) -> None:
    for table in (Attendee, Topic, Assignment, Decision, Speaker):
        session.execute(delete(table).where(table.meeting_id == meeting.id))
    attendance = extraction.get("attendance") or {}
    rows: list[Any] = []
    for status, person in (("chair", extraction.get("chair")), ("recorder", extraction.get("recorder"))):
        if person:
            rows.append(Attendee(meeting_id=meeting.id, name=person["name"], status=status, role=person.get("role")))
    for person in attendance.get("present") or []:
        rows.append(Attendee(meeting_id=meeting.id, name=person["name"], status="present", role=person.get("role")))
    for person in attendance.get("absent") or []:
        rows.append(
            Attendee(
                meeting_id=meeting.id,
                name=person["name"],
                status="absent",
                reason=person.get("reason"),
                excused=person.get("excused"),
            )
        )
    for person in attendance.get("guests") or []:
        rows.append(Attendee(meeting_id=meeting.id, name=person["name"], status="guest", role=person.get("role")))
    for i, topic in enumerate(extraction.get("topics") or []):
        rows.append(Topic(meeting_id=meeting.id, position=i, title=topic["title"], labels=topic.get("labels", [])))
    for i, item in enumerate(extraction.get("assignments") or []):
        rows.append(
            Assignment(
                meeting_id=meeting.id,
                position=i,
                assignee=item.get("assignee"),
                task=item["task"],
                due=_date(item.get("due")),
            )
        )
    for i, decision in enumerate(extraction.get("decisions") or []):
        rows.append(Decision(meeting_id=meeting.id, position=i, text=decision["text"], votes=decision.get("votes")))
    for speaker in extraction.get("speakers") or []:
        rows.append(Speaker(meeting_id=meeting.id, name=speaker["name"], turns=speaker["turns"]))
    link_meeting(session, meeting.body_id, extraction, rows)  # member_id: links to the body's roster
    session.add_all(rows)


def _meeting_of_earlier_version(session: Session, document: Document) -> Meeting | None:
    earlier = session.get(Document, document.replaces_id) if document.replaces_id else None
    while earlier is not None:
        meeting = meeting_for_document(session, earlier.id)
        if meeting is not None:
            return meeting
        earlier = session.get(Document, earlier.replaces_id) if earlier.replaces_id else None
    return None


def delete_meeting(session: Session, meeting: Meeting, user: User | None) -> None:
    """Remove a meeting, its parts and its own flags (the audit log keeps their history; the document and its
    original bytes stay). Series flags about it lose their link and are settled by the next series check."""
    own = list(meeting.flags)
    details = {
        "document_id": meeting.document_id,
        "body_id": meeting.body_id,
        "date": meeting.date.isoformat() if meeting.date else None,
        "title": meeting.title,
        "flags_removed": len(own),
        "reviewed_flags_removed": [flag.id for flag in own if flag.reviewed_at is not None],
    }
    record(session, user, "meeting.delete", "meeting", meeting.id, details)
    for flag in session.scalars(select(Flag).where(Flag.meeting_id == meeting.id, Flag.scope == "series")):
        flag.meeting_id = None
    unindex_meeting(session, meeting.id)
    session.delete(meeting)
    session.flush()


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(f"There is no meeting {meeting_id}.")
    return meeting


def meeting_for_document(session: Session, document_id: int) -> Meeting | None:
    return session.scalars(select(Meeting).where(Meeting.document_id == document_id)).first()
