"""Checking stored meetings again: a meeting's own checks, and the body's series checks over all its meetings.

Run when a meeting is added or corrected (the job that processed it: the series only, since the job checked the
meeting itself with the body's profile), when one is deleted, and when the body's profile changes. Each run
merges its findings into the stored flags (`models.flags`), so a finding that persists keeps its review state.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from compliance import SeriesMeeting, builtin_pack, check_meeting, check_series, pack_for
from compliance.engine import Flag as Finding
from extract.contract import Extraction
from models.flags import from_contract, store_meeting_flags, store_series_flags
from models.profiles import roster_of
from models.tables import Body, Meeting

log = logging.getLogger(__name__)


def lock_body(session: Session, body_id: int) -> Body:
    """The body, its row locked until the transaction ends (PostgreSQL), so two recomputations of one body's
    flags do not interleave; SQLite serialises writers anyway."""
    body = session.scalars(select(Body).where(Body.id == body_id).with_for_update()).one()
    return body


def _extraction(meeting: Meeting) -> Extraction | None:
    try:
        return Extraction.model_validate(meeting.extraction)
    except ValidationError:
        log.warning(
            "meeting %s: stored extraction does not fit the contract; its flags are left as they are", meeting.id
        )
        return None


def recheck_meeting(session: Session, meeting: Meeting, body: Body) -> None:
    """Run the meeting's own checks with the body's pack, parameters and roster, and store the flags (also in
    the stored extraction, which keeps matching the flags, as the contract object says)."""
    extraction = _extraction(meeting)
    if extraction is None:
        return
    flags: list[Finding] = []
    name = pack_for(body.rule_pack, extraction.language)
    versions = dict(meeting.versions or {})
    if name and extraction.language_supported:
        pack = builtin_pack(name)
        language = extraction.language or "en"
        flags = check_meeting(extraction, pack, body.params or {}, language=language, roster=roster_of(body))
        versions["rule_pack"] = f"{pack.id}@{pack.version}"
    contract = [flag.to_contract().model_dump(mode="json") for flag in flags]
    meeting.extraction = {**meeting.extraction, "flags": contract}
    meeting.versions = versions
    store_meeting_flags(session, meeting, from_contract(contract, meeting.id))


def recheck_series(session: Session, body: Body) -> None:
    """Run the series checks over every stored meeting of the body (oldest first) and store their flags."""
    meetings = session.scalars(
        select(Meeting).where(Meeting.body_id == body.id).order_by(Meeting.date, Meeting.id)
    ).all()
    series = [SeriesMeeting(key=str(m.id), extraction=e) for m in meetings if (e := _extraction(m)) is not None]
    languages = [item.extraction.language for item in series if item.extraction.language]
    language = body.language or (languages[-1] if languages else None)
    name = pack_for(body.rule_pack, language)
    findings: list[Finding] = []
    if name:
        roster = roster_of(body)
        findings = check_series(series, builtin_pack(name), body.params or {}, language=language or "en", roster=roster)
    store_series_flags(session, body, findings, {item.key: int(item.key) for item in series})


def recompute_body(session: Session, body_id: int) -> None:
    """After the body's profile changed, or a meeting of it was deleted: every meeting, then the series."""
    body = lock_body(session, body_id)
    for meeting in session.scalars(select(Meeting).where(Meeting.body_id == body.id).order_by(Meeting.id)):
        recheck_meeting(session, meeting, body)
    recheck_series(session, body)


def recompute_series(session: Session, body_id: int) -> None:
    """After a meeting of the body was saved (its own flags came with it) or deleted: the series only (the other
    meetings' own flags stand)."""
    recheck_series(session, lock_body(session, body_id))
