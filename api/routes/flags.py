"""Flags: listed and read by everyone in the body's subtree; reviewers and admins act on them.

Who may do what: a reviewer or an admin acts on the flags of every body in their unit's subtree; a secretary
and an archivist read them (a secretary's unit is their body, so they see their body's flags only) and are
refused actions (403); a flag outside the caller's subtree does not exist for them (404).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import AuditOut, FlagOut, FlagPage, ReviewIn
from compliance.pack import Severity
from models.audit import entries_for
from models.org import find_unit
from models.review import FlagQuery, find_flags, get_flag, review_flag
from models.tables import AuditEntry, Flag
from models.tables import User as UserRow

router = APIRouter(prefix="/api/v1/flags", tags=["flags"])

REVIEW_ROLES = ("reviewer", "admin")
Status = Literal["open", "acknowledged", "dismissed", "resolved"]


def flag_out(flag: Flag) -> FlagOut:
    return FlagOut(
        id=flag.id,
        body_id=flag.body_id,
        meeting_id=flag.meeting_id,
        scope=flag.scope,
        rule=flag.rule,
        version=flag.rule_version,
        severity=flag.severity,
        message=flag.message,
        date=flag.date,
        period=flag.period,
        member=flag.member,
        status=flag.status,
        evidence=flag.evidence,
        reviewed_by=flag.reviewer.username if flag.reviewer else None,
        reviewed_at=flag.reviewed_at,
        reason=flag.reason,
    )


def audit_out(entry: AuditEntry) -> AuditOut:
    return AuditOut(
        id=entry.id,
        at=entry.at,
        user=entry.user.username if entry.user else None,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        details=entry.details,
    )


def _visible_flag(session: DbSession, user: UserRow, flag_id: int, roles: tuple[str, ...] | None = None) -> Flag:
    flag = get_flag(session, flag_id)
    require_unit(session, user, flag.body.unit_id, hidden=f"There is no flag {flag_id}.", roles=roles)
    return flag


@router.get("", response_model=FlagPage)
def list_flags(
    user: CurrentUser,
    session: DbSession,
    body: int | None = None,
    unit: Annotated[int | None, Query(description="only bodies in this unit's subtree")] = None,
    status: Annotated[list[Status] | None, Query()] = None,
    severity: Annotated[list[Severity] | None, Query()] = None,
    rule: str | None = None,
    meeting: int | None = None,
    member: str | None = None,
    scope: Literal["meeting", "series"] | None = None,
    date_from: Annotated[dt.date | None, Query(alias="from")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> FlagPage:
    subtree = user.unit.path
    if unit is not None:
        target = find_unit(session, unit)
        require_unit(session, user, target.id, hidden="There is no such organisation unit.")
        subtree = target.path
    query = FlagQuery(
        subtree=subtree,
        body=body,
        statuses=status or (),
        severities=severity or (),
        rule=rule,
        meeting=meeting,
        member=member,
        scope=scope,
        date_from=date_from,
        date_to=date_to,
    )
    total, flags = find_flags(session, query, limit=limit, offset=offset)
    return FlagPage(total=total, limit=limit, offset=offset, items=[flag_out(flag) for flag in flags])


@router.get("/{flag_id}", response_model=FlagOut)
def read_flag(flag_id: int, user: CurrentUser, session: DbSession) -> FlagOut:
    return flag_out(_visible_flag(session, user, flag_id))


@router.post("/{flag_id}/review", response_model=FlagOut)
def review(flag_id: int, data: ReviewIn, user: CurrentUser, session: DbSession) -> FlagOut:
    flag = _visible_flag(session, user, flag_id, roles=REVIEW_ROLES)
    return flag_out(review_flag(session, flag, user, data.action, data.reason))


@router.get("/{flag_id}/history", response_model=list[AuditOut])
def history(flag_id: int, user: CurrentUser, session: DbSession) -> list[AuditOut]:
    flag = _visible_flag(session, user, flag_id)
    return [audit_out(entry) for entry in entries_for(session, "flag", flag.id)]
