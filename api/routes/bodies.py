"""Bodies (units that meet): listed within the caller's subtree; created by admins."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import BodyIn, BodyOut
from compliance import builtin_pack
from models.org import create_body, find_unit
from models.tables import Body, OrgUnit

router = APIRouter(prefix="/api/v1/bodies", tags=["bodies"])


def _out(body: Body) -> BodyOut:
    return BodyOut(
        id=body.id,
        name=body.name,
        unit_id=body.unit_id,
        language=body.language,
        rule_pack=body.rule_pack,
        members=len(body.members),
    )


@router.get("", response_model=list[BodyOut])
def list_bodies(user: CurrentUser, session: DbSession) -> list[BodyOut]:
    bodies = session.scalars(
        select(Body).join(OrgUnit, Body.unit_id == OrgUnit.id).where(OrgUnit.path.startswith(user.unit.path))
    )
    return [_out(body) for body in bodies.all()]


@router.post("", status_code=201, response_model=BodyOut)
def add_body(data: BodyIn, user: CurrentUser, session: DbSession) -> BodyOut:
    parent = find_unit(session, data.parent_unit or user.unit_id)
    require_unit(session, user, parent.id, hidden="There is no such organisation unit.", roles=("admin",))
    if data.rule_pack:
        builtin_pack(data.rule_pack)  # refuses an unknown pack with a readable message
    body = create_body(
        session,
        data.name,
        parent,
        language=data.language,
        rule_pack=data.rule_pack,
        params=data.params,
        roster=data.roster,
    )
    return _out(body)
