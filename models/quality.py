"""A stored meeting's quality score, with each part explained: read on request, never stored.

The score is the body's rule pack's ``quality.score`` rule with the body's parameters and roster, and the
body's dated meeting before it (whose tasks the review should cover), exactly as the series check scores it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from compliance import Score, builtin_pack, pack_for, quality_score
from extract.contract import Extraction
from models.profiles import roster_of
from models.tables import Meeting


def meeting_quality(session: Session, meeting: Meeting) -> Score | None:
    """The score, or None when the meeting cannot be scored (no date, a language or pack without the rule)."""
    extraction = Extraction.model_validate(meeting.extraction)
    name = pack_for(meeting.body.rule_pack, extraction.language)
    if name is None or meeting.date is None or not extraction.language_supported:
        return None
    pack = builtin_pack(name)
    if not any(rule.id == "quality.score" for rule in pack.rules):
        return None
    earlier = session.scalars(
        select(Meeting)
        .where(Meeting.body_id == meeting.body_id, Meeting.date.is_not(None), Meeting.id != meeting.id)
        .where((Meeting.date < meeting.date) | ((Meeting.date == meeting.date) & (Meeting.id < meeting.id)))
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    ).first()
    previous = Extraction.model_validate(earlier.extraction) if earlier is not None else None
    return quality_score(extraction, pack, meeting.body.params or {}, roster_of(meeting.body), previous)
