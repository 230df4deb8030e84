"""A body's profile (language, rule pack, parameters, roster) as JSON or YAML.

Everyone whose subtree holds the body may read its profile; only an admin may change it (DESIGN.md: admins
manage bodies and rosters — a secretary may not edit even their own body's roster). A change is audited and
checks the body's meetings and series again, so stored flags follow the new profile.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import ProfileSaved, ProfileWarning
from compliance.profile import profile_from
from minutes.errors import InvalidInput
from models.org import find_body
from models.profiles import apply_profile, profile_json, profile_of
from models.recompute import recompute_body
from models.tables import Body
from models.tables import User as UserRow

router = APIRouter(prefix="/api/v1/bodies", tags=["bodies"])

YAML_TYPES = ("application/x-yaml", "application/yaml", "text/yaml", "text/x-yaml")
YAML_MEDIA_TYPE = "application/x-yaml; charset=utf-8"


def _visible_body(session: DbSession, user: UserRow, body_id: int, roles: tuple[str, ...] | None = None) -> Body:
    body = find_body(session, body_id)
    require_unit(session, user, body.unit_id, hidden=f"There is no body “{body_id}”.", roles=roles)
    return body


def _wants_yaml(request: Request, format: str | None) -> bool:
    if format is not None:
        return format == "yaml"
    return any(kind in request.headers.get("accept", "") for kind in YAML_TYPES)


def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
    """The request body as a mapping: JSON when the request says so, YAML otherwise (YAML reads JSON too)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput("profile: the request body is not UTF-8 text.") from exc
    try:
        data = json.loads(text) if "json" in content_type else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        kind = "JSON" if "json" in content_type else "YAML"
        raise InvalidInput(f"profile: not valid {kind} ({exc}).") from exc
    if not isinstance(data, dict):
        raise InvalidInput("profile: a body profile is a mapping (body, language, rule_pack, roster, …).")
    return data


@router.get("/{body_id}/profile", response_model=dict[str, Any])
def read_profile(
    body_id: int,
    request: Request,
    user: CurrentUser,
    session: DbSession,
    format: Annotated[str | None, Query(pattern="^(json|yaml)$")] = None,
) -> Any:
    profile = profile_of(_visible_body(session, user, body_id))
    if _wants_yaml(request, format):
        return Response(profile.to_yaml(), media_type=YAML_MEDIA_TYPE)
    return profile_json(profile)


@router.put("/{body_id}/profile", response_model=ProfileSaved)
async def write_profile(body_id: int, request: Request, user: CurrentUser, session: DbSession) -> ProfileSaved:
    """JSON (``Content-Type: application/json``) or YAML; answers the stored profile, the fields that changed
    and a warning for each parameter no rule of the body's pack reads."""
    raw, content_type = await request.body(), request.headers.get("content-type", "")
    return await run_in_threadpool(_write_profile, session, user, body_id, raw, content_type)


def _write_profile(session: DbSession, user: UserRow, body_id: int, raw: bytes, content_type: str) -> ProfileSaved:
    body = _visible_body(session, user, body_id, roles=("admin",))
    data = _parse(raw, content_type)
    data.setdefault("body", body.name)
    profile = profile_from(data, "profile")
    changed, warnings = apply_profile(session, body, profile, user)
    if changed:
        recompute_body(session, body.id)
    return ProfileSaved(
        profile=profile_json(profile_of(body)),
        warnings=[ProfileWarning(**warning) for warning in warnings],
        changed=changed,
    )
