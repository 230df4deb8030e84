"""A meeting: its extraction (the contract object) and its flags with their review state."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import FlagOut, MeetingOut
from models.meetings import get_meeting

router = APIRouter(prefix="/api/v1/meetings", tags=["meetings"])


@router.get("/{meeting_id}", response_model=MeetingOut)
def read_meeting(meeting_id: int, user: CurrentUser, session: DbSession) -> MeetingOut:
    meeting = get_meeting(session, meeting_id)
    require_unit(session, user, meeting.body.unit_id, hidden=f"There is no meeting {meeting_id}.")
    flags = [
        FlagOut(
            id=flag.id,
            rule=flag.rule,
            version=flag.rule_version,
            severity=flag.severity,
            message=flag.message,
            date=flag.date,
            member=flag.member,
            status=flag.status,
            evidence=flag.evidence,
        )
        for flag in meeting.flags
    ]
    return MeetingOut(
        id=meeting.id,
        document_id=meeting.document_id,
        body_id=meeting.body_id,
        body=meeting.body.name,
        extraction=meeting.extraction,
        flags=flags,
        versions=meeting.versions,
    )
