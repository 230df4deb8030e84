"""Meetings and their parts, written from an extraction contract object in one step."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from minutes.errors import NotFound
from models.tables import Assignment, Attendee, Decision, Document, Flag, Meeting, Speaker, Topic


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def flag_key(flag: Mapping[str, Any]) -> str:
    """What makes two flags the same finding: rule, date, member and the message's subject."""
    ident = json.dumps([flag.get("rule"), flag.get("date"), flag.get("member"), flag.get("message")])
    return f"{flag.get('rule')}:{hashlib.sha1(ident.encode()).hexdigest()[:16]}"


def save_meeting(
    session: Session,
    document: Document,
    extraction: Mapping[str, Any],
    *,
    text: str,
    versions: Mapping[str, str],
) -> Meeting:
    """Create or replace the meeting extracted from `document`; flags that persist keep their review state."""
    meeting = session.scalars(select(Meeting).where(Meeting.document_id == document.id)).first()
    if meeting is None:
        meeting = Meeting(document_id=document.id, body_id=document.body_id)
        session.add(meeting)
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
    _merge_flags(session, meeting, extraction.get("flags") or [])
    session.flush()
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
    session.add_all(rows)


def _merge_flags(session: Session, meeting: Meeting, flags: Sequence[Mapping[str, Any]]) -> None:
    existing = {flag.key: flag for flag in session.scalars(select(Flag).where(Flag.meeting_id == meeting.id))}
    seen: set[str] = set()
    for data in flags:
        key = flag_key(data)
        seen.add(key)
        flag = existing.get(key)
        if flag is None:
            flag = Flag(meeting_id=meeting.id, body_id=meeting.body_id, key=key, status="open")
            session.add(flag)
        flag.rule = data["rule"]
        flag.rule_version = data.get("version", 1)
        flag.severity = data["severity"]
        flag.message = data["message"]
        flag.date = _date(data.get("date"))
        flag.member = data.get("member")
        flag.evidence = list(data.get("evidence") or [])
    for key, flag in existing.items():
        if key not in seen:
            session.delete(flag)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(f"There is no meeting {meeting_id}.")
    return meeting


def meeting_for_document(session: Session, document_id: int) -> Meeting | None:
    return session.scalars(select(Meeting).where(Meeting.document_id == document_id)).first()
