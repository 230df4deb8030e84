"""Reviewers act on flags: acknowledge, dismiss (with a reason), resolve, reopen; each action is audited.

Finding flags: `FlagQuery` filters within an organisation subtree (the caller's), newest first, a page at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload

from minutes.errors import InvalidInput, NotFound
from models.audit import record
from models.tables import Body, Flag, OrgUnit, User, utcnow

STATUSES = ("open", "acknowledged", "dismissed", "resolved")
ACTIONS: dict[str, tuple[tuple[str, ...], str]] = {  # action: (statuses it applies to, status it sets)
    "acknowledge": (("open",), "acknowledged"),
    "dismiss": (("open", "acknowledged"), "dismissed"),
    "resolve": (("open", "acknowledged"), "resolved"),
    "reopen": (("acknowledged", "dismissed", "resolved"), "open"),
}


@dataclass(frozen=True)
class FlagQuery:
    """Filters of the flag list; every one is optional and they combine (AND; a list means any of them)."""

    subtree: str  # an organisation unit's path: only flags of bodies in it
    body: int | None = None
    statuses: Sequence[str] = ()
    severities: Sequence[str] = ()
    rule: str | None = None
    meeting: int | None = None
    member: str | None = None
    scope: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def select(self) -> Select[Flag]:
        query = (
            select(Flag)
            .join(Body, Flag.body_id == Body.id)
            .join(OrgUnit, Body.unit_id == OrgUnit.id)
            .where(OrgUnit.path.startswith(self.subtree))
        )
        conditions: list[ColumnElement[bool]] = []
        if self.body is not None:
            conditions.append(Flag.body_id == self.body)
        if self.statuses:
            conditions.append(Flag.status.in_(self.statuses))
        if self.severities:
            conditions.append(Flag.severity.in_(self.severities))
        for column, value in ((Flag.rule, self.rule), (Flag.member, self.member), (Flag.scope, self.scope)):
            if value is not None:
                conditions.append(column == value)
        if self.meeting is not None:
            conditions.append(Flag.meeting_id == self.meeting)
        if self.date_from is not None:
            conditions.append(Flag.date >= self.date_from)
        if self.date_to is not None:
            conditions.append(Flag.date <= self.date_to)
        return query.where(*conditions)


def find_flags(session: Session, query: FlagQuery, *, limit: int, offset: int) -> tuple[int, list[Flag]]:
    """The total number of matching flags and one page of them, latest date first (undated last)."""
    base = query.select()
    total = session.scalar(select(func.count()).select_from(base.order_by(None).subquery())) or 0
    page = (
        base.options(selectinload(Flag.reviewer))
        .order_by(Flag.date.desc().nulls_last(), Flag.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return total, list(session.scalars(page))


def get_flag(session: Session, flag_id: int) -> Flag:
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise NotFound(f"There is no flag {flag_id}.")
    return flag


def review_flag(session: Session, flag: Flag, user: User, action: str, reason: str | None) -> Flag:
    """Apply one review action and append its audit entry (from/to status, reason)."""
    if action not in ACTIONS:
        raise InvalidInput(f"Unknown review action “{action}”; choose one of {', '.join(ACTIONS)}.")
    allowed, status = ACTIONS[action]
    reason = (reason or "").strip() or None
    if action == "dismiss" and reason is None:
        message = "Say why this flag is dismissed: a reason is required to dismiss a flag."
        raise InvalidInput(message, code="reason_required")
    if flag.status not in allowed:
        message = f"This flag is {flag.status}: “{action}” applies to a flag that is {' or '.join(allowed)}."
        raise InvalidInput(message, code="invalid_transition")
    before = flag.status
    flag.status, flag.reason, flag.reviewed_by, flag.reviewed_at = status, reason, user.id, utcnow()
    details = {"from": before, "to": status, "reason": reason, "rule": flag.rule, "body_id": flag.body_id}
    details["meeting_id"] = flag.meeting_id
    record(session, user, f"flag.{action}", "flag", flag.id, details)
    session.flush()
    return flag
