"""A meeting: its extraction (the contract object) and its flags with their review state; deleting one."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import select

from api.auth import CurrentUser, DbSession, require_unit
from api.routes.flags import flag_out
from api.schemas import MeetingOut, QualityOut, QualityPartOut
from minutes.errors import NotFound
from models.meetings import delete_meeting, get_meeting
from models.quality import meeting_quality
from models.recompute import recompute_series
from models.tables import Flag

router = APIRouter(prefix="/api/v1/meetings", tags=["meetings"])

DELETE_ROLES = ("secretary", "admin")


@router.get("/{meeting_id}", response_model=MeetingOut)
def read_meeting(meeting_id: int, user: CurrentUser, session: DbSession) -> MeetingOut:
    meeting = get_meeting(session, meeting_id)
    require_unit(session, user, meeting.body.unit_id, hidden=f"There is no meeting {meeting_id}.")
    series = session.scalars(
        select(Flag).where(Flag.meeting_id == meeting.id, Flag.scope == "series").order_by(Flag.id)
    )
    return MeetingOut(
        id=meeting.id,
        document_id=meeting.document_id,
        body_id=meeting.body_id,
        body=meeting.body.name,
        extraction=meeting.extraction,
        flags=[flag_out(flag) for flag in meeting.flags],
        series_flags=[flag_out(flag) for flag in series],
        versions=meeting.versions,
    )


@router.get("/{meeting_id}/quality", response_model=QualityOut)
def read_quality(meeting_id: int, user: CurrentUser, session: DbSession) -> QualityOut:
    """The meeting's quality score out of 100, its rating and each part with what earned or lost its points."""
    meeting = get_meeting(session, meeting_id)
    require_unit(session, user, meeting.body.unit_id, hidden=f"There is no meeting {meeting_id}.")
    score = meeting_quality(session, meeting)
    if score is None:
        raise NotFound(
            f"Meeting {meeting_id} has no quality score: it has no date, or its body's rule pack does not score "
            "meetings."
        )
    parts = [
        QualityPartOut(
            name=part.name,
            points=part.points,
            weight=part.weight,
            explanation={"vi": part.explanation.vi, "en": part.explanation.en},
        )
        for part in score.parts
    ]
    return QualityOut(meeting_id=meeting.id, total=score.total, band=score.band, parts=parts)


@router.delete("/{meeting_id}", status_code=204)
def remove_meeting(meeting_id: int, user: CurrentUser, session: DbSession) -> Response:
    """A secretary (of the body) or an admin removes a meeting: its parts and own flags go, the uploaded
    document and its original bytes stay, the deletion is audited and the body's series is checked again."""
    meeting = get_meeting(session, meeting_id)
    require_unit(session, user, meeting.body.unit_id, hidden=f"There is no meeting {meeting_id}.", roles=DELETE_ROLES)
    body_id = meeting.body_id
    delete_meeting(session, meeting, user)
    recompute_series(session, body_id)
    return Response(status_code=204)
