"""Storing flags so that a finding keeps its review state across recomputations.

A flag's ``key`` names one finding: for a meeting's own flags the rule, date, member and message (see
`flag_key`); for series flags the rule, date or period, member and the meeting the finding is about. When a
meeting or a body's series is checked again, the new findings are merged into the stored flags of that scope:

- a finding whose key is stored keeps its row, id and review state (status, reviewer, reason); its text and
  evidence are refreshed;
- a new finding is stored ``open``;
- a stored flag no longer raised is deleted when it is ``open`` and nobody ever reviewed it; otherwise it is kept
  as ``resolved`` with the reason `NO_LONGER_RAISED` and an audit entry by the service (user null), so no review
  is ever lost. A flag a person resolved stays as it is;
- a flag that the service resolved that way and that is raised again is reopened (audit entry again).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from compliance import Flag as Finding
from models.audit import record
from models.tables import Body, Flag, Meeting, utcnow

NO_LONGER_RAISED = "no longer raised after recomputation"
RAISED_AGAIN = "raised again after recomputation"

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def flag_key(flag: Mapping[str, Any]) -> str:
    """What makes two flags of one meeting the same finding: rule, date, member and the message's subject."""
    ident = json.dumps([flag.get("rule"), flag.get("date"), flag.get("member"), flag.get("message")])
    return f"{flag.get('rule')}:{hashlib.sha1(ident.encode()).hexdigest()[:16]}"


def series_key(finding: Finding) -> str:
    """What makes two series flags of one body the same finding: rule, date or period, member and meeting."""
    ident = json.dumps([finding.rule, finding.date, finding.member, finding.meeting])
    return f"series:{finding.rule}:{hashlib.sha1(ident.encode()).hexdigest()[:16]}"


def parse_when(value: Any) -> tuple[dt.date | None, str | None]:
    """A flag's date and period: "2024-05-05" is a date; "2024-05", "2024-Q2", "2024" are periods, dated by
    their first day so that date filters find them; anything else is kept as a period without a date."""
    if not value:
        return None, None
    text = str(value)
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        pass
    first: dt.date | None = None
    try:
        if match := _QUARTER.match(text):
            first = dt.date(int(match[1]), 3 * int(match[2]) - 2, 1)
        elif match := _MONTH.match(text):
            first = dt.date(int(match[1]), int(match[2]), 1)
        elif match := _YEAR.match(text):
            first = dt.date(int(match[1]), 1, 1)
    except ValueError:
        first = None
    return first, text[:30]


@dataclass(frozen=True)
class FlagData:
    """One finding as it is stored."""

    key: str
    rule: str
    version: int
    severity: str
    message: str
    when: str | None
    member: str | None
    evidence: list[Any]
    meeting_id: int | None


def from_contract(flags: Iterable[Mapping[str, Any]], meeting_id: int) -> list[FlagData]:
    """A meeting's flags as the extraction contract writes them (``extraction["flags"]``)."""
    return _unique(
        FlagData(
            key=flag_key(data),
            rule=data["rule"],
            version=int(data.get("version", 1)),
            severity=data["severity"],
            message=data["message"],
            when=data.get("date"),
            member=data.get("member"),
            evidence=list(data.get("evidence") or []),
            meeting_id=meeting_id,
        )
        for data in flags
    )


def from_findings(findings: Iterable[Finding], meeting_ids: Mapping[str, int]) -> list[FlagData]:
    """Series flags from the engine; ``meeting_ids`` maps the `SeriesMeeting` keys to stored meeting ids."""
    return _unique(
        FlagData(
            key=series_key(finding),
            rule=finding.rule,
            version=finding.version,
            severity=finding.severity,
            message=finding.message,
            when=finding.date,
            member=finding.member,
            evidence=[item.model_dump(mode="json") for item in finding.evidence],
            meeting_id=meeting_ids.get(finding.meeting) if finding.meeting is not None else None,
        )
        for finding in findings
    )


def _unique(items: Iterable[FlagData]) -> list[FlagData]:
    """Two findings with one key in one run are told apart by their order (``#2``, ``#3``…)."""
    seen: dict[str, int] = {}
    out: list[FlagData] = []
    for item in items:
        count = seen[item.key] = seen.get(item.key, 0) + 1
        out.append(item if count == 1 else replace(item, key=f"{item.key}#{count}"))
    return out


def store_meeting_flags(session: Session, meeting: Meeting, flags: Sequence[FlagData]) -> None:
    """Merge a meeting's own flags into the stored ones (see the module's rules)."""
    query = select(Flag).where(Flag.meeting_id == meeting.id, Flag.scope == "meeting")
    _merge(session, list(session.scalars(query)), flags, body_id=meeting.body_id, scope="meeting")


def store_series_flags(
    session: Session, body: Body, findings: Sequence[Finding], meeting_ids: Mapping[str, int] | None = None
) -> None:
    """Merge the series flags the engine raised for ``body`` into the stored ones.

    ``meeting_ids`` maps the `SeriesMeeting` keys given to the engine to meeting ids; by default the keys are the
    meeting ids themselves (as `models.recompute` builds them), checked to be meetings of this body.
    """
    if meeting_ids is None:
        meeting_ids = {str(id_): id_ for id_ in session.scalars(select(Meeting.id).where(Meeting.body_id == body.id))}
    query = select(Flag).where(Flag.body_id == body.id, Flag.scope == "series")
    _merge(session, list(session.scalars(query)), from_findings(findings, meeting_ids), body_id=body.id, scope="series")


def _merge(session: Session, stored: list[Flag], flags: Sequence[FlagData], *, body_id: int, scope: str) -> None:
    existing = {flag.key: flag for flag in stored}
    for data in flags:
        flag = existing.pop(data.key, None)
        if flag is None:
            flag = Flag(body_id=body_id, scope=scope, key=data.key, status="open")
            session.add(flag)
        elif flag.status == "resolved" and flag.reviewed_by is None and flag.reason == NO_LONGER_RAISED:
            _set_status(session, flag, "open", RAISED_AGAIN)
        flag.meeting_id = data.meeting_id
        flag.rule = data.rule
        flag.rule_version = data.version
        flag.severity = data.severity
        flag.message = data.message
        flag.date, flag.period = parse_when(data.when)
        flag.member = data.member
        flag.evidence = data.evidence
    for flag in existing.values():
        retire(session, flag)
    session.flush()


def retire(session: Session, flag: Flag) -> None:
    """A stored flag that is no longer raised: gone if nobody ever looked at it, otherwise resolved."""
    if flag.status == "open" and flag.reviewed_at is None:
        session.delete(flag)
    elif flag.status != "resolved":
        _set_status(session, flag, "resolved", NO_LONGER_RAISED)


def _set_status(session: Session, flag: Flag, status: str, reason: str) -> None:
    before = flag.status
    flag.status, flag.reason, flag.reviewed_by, flag.reviewed_at = status, reason, None, utcnow()
    session.flush()  # a new flag needs its id before the audit entry names it
    details = {"from": before, "to": status, "reason": reason, "automatic": True, "rule": flag.rule}
    record(session, None, "flag.recompute", "flag", flag.id, details)
