"""A body's profile in storage: language, rule pack and parameters on `Body`, the roster as `Member` rows.

The profile is assembled from those columns (the single source of truth; ``Body.profile`` is not used for it)
and written back by `apply_profile`, which validates the pack and the parameters first, replaces the roster,
and appends an audit entry with the profile before and after. Parameters no rule of the pack reads are kept and
reported as warnings, never refused.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from compliance import Profile, RosterMember, RulePack, builtin_pack, pack_for
from compliance.engine import unused_params, validate_params
from extract.roster import fold
from minutes.errors import InvalidInput
from models.audit import record
from models.linking import relink_body
from models.search import reindex_body
from models.tables import Assignment, Attendee, Body, Member, OrgUnit, Speaker, User

PROFILE_FIELDS = ("body", "language", "rule_pack", "params", "roster")


def roster_of(body: Body) -> list[RosterMember]:
    return [
        RosterMember.model_validate(
            {"name": m.name, "role": m.role, "status": m.status, "from": m.from_date, "to": m.to_date}
        )
        for m in sorted(body.members, key=lambda member: member.id or 0)
    ]


def profile_of(body: Body) -> Profile:
    return Profile(
        body=body.name,
        language=body.language,
        rule_pack=body.rule_pack,
        params=dict(body.params or {}),
        roster=tuple(roster_of(body)),
    )


def profile_json(profile: Profile) -> dict[str, Any]:
    """The profile as the JSON API shows it (and takes back): parameters under ``params``."""
    return {
        "body": profile.body,
        "language": profile.language,
        "rule_pack": profile.rule_pack,
        "params": dict(profile.params),
        "roster": [
            {
                "name": member.name,
                "role": member.role,
                "status": member.status,
                "from": member.from_date.isoformat() if member.from_date else None,
                "to": member.to_date.isoformat() if member.to_date else None,
            }
            for member in profile.roster
        ],
    }


def profile_warnings(profile: Profile) -> list[dict[str, str]]:
    """One warning per parameter that no rule of the body's pack reads (the key is kept all the same)."""
    name = pack_for(profile.rule_pack, profile.language)
    keys = unused_params(builtin_pack(name), profile.params) if name else sorted(profile.params)
    judged = f"the rule pack {name!r}" if name else "any rule pack (the body has none)"
    return [{"key": key, "message": f"{key}: no rule of {judged} reads this key; kept and ignored."} for key in keys]


def check_params(pack: RulePack, params: dict[str, Any]) -> None:
    """Refuse parameters the pack's checks cannot take."""
    try:
        validate_params(pack, params)
    except InvalidInput as exc:
        raise InvalidInput(f"profile: {exc.message}") from exc


def apply_profile(
    session: Session, body: Body, profile: Profile, user: User | None
) -> tuple[list[str], list[dict[str, str]]]:
    """Write ``profile`` to ``body`` (validated first) and audit the change; returns the fields that changed
    and the profile's warnings. Nothing is written, and no audit entry added, when nothing changed.
    """
    name = pack_for(profile.rule_pack, profile.language)
    params = json.loads(json.dumps(profile.params, default=str))  # YAML dates and the like, as JSON stores them
    if name:
        check_params(builtin_pack(name), params)  # an unknown pack raises InvalidInput naming the known ones
    profile = profile.model_copy(update={"params": params})
    warnings = profile_warnings(profile)
    before, after = profile_json(profile_of(body)), profile_json(profile)
    changed = [field for field in PROFILE_FIELDS if before[field] != after[field]]
    if not changed:
        return changed, warnings
    if profile.body != body.name:
        _rename(session, body, profile.body)
    body.language, body.rule_pack, body.params = profile.language, profile.rule_pack, params
    _replace_roster(session, body, profile.roster)
    details = {"changed": changed, "before": before, "after": after, "warnings": [w["key"] for w in warnings]}
    record(session, user, "body.profile", "body", body.id, details)
    session.flush()
    return changed, warnings


def _rename(session: Session, body: Body, name: str) -> None:
    taken = session.scalars(select(Body).where(Body.name == name, Body.id != body.id)).first()
    sibling = session.scalars(
        select(OrgUnit).where(
            OrgUnit.parent_id == body.unit.parent_id, OrgUnit.name == name, OrgUnit.id != body.unit_id
        )
    ).first()
    if taken or sibling:
        raise InvalidInput(f"profile: body: another body or unit is already named “{name}”.")
    body.name = body.unit.name = name
    reindex_body(session, body.id)  # the body's name is indexed with each of its meetings


def _replace_roster(session: Session, body: Body, roster: tuple[RosterMember, ...]) -> None:
    """The roster becomes exactly ``roster``, in its order. A member whose name stays (compared folded) keeps
    its `Member` row, so its id — the address of the person's history — survives an edit, when that keeps the
    roster's order (rows are read in id order: kept names in their old order, new names after them); otherwise
    every row is new. Links from attendance, assignments and speakers to removed rows are cleared, then every
    link of the body's meetings is set again against the new roster (`models.linking.relink_body`)."""
    kept = _kept_rows(body.members, roster)
    gone = [member.id for member in body.members if member not in kept]
    if gone:
        for table in (Attendee, Assignment, Speaker):
            session.execute(update(table).where(table.member_id.in_(gone)).values(member_id=None))
    rows: list[Member] = []
    for entry, row in zip(roster, kept or [None] * len(roster), strict=True):
        member = row or Member()
        member.name, member.role, member.status = entry.name, entry.role, entry.status
        member.from_date, member.to_date = entry.from_date, entry.to_date
        rows.append(member)
    body.members = rows
    session.flush()
    relink_body(session, body)


def _kept_rows(members: list[Member], roster: tuple[RosterMember, ...]) -> list[Member | None]:
    """For each roster entry its existing row (None: a new member), or [] when rows cannot be kept in order."""
    by_name: dict[str, Member] = {}
    for member in members:
        if fold(member.name) in by_name:
            return []
        by_name[fold(member.name)] = member
    rows = [by_name.pop(fold(entry.name), None) for entry in roster]
    ids = [row.id for row in rows if row is not None]
    first_new = next((i for i, row in enumerate(rows) if row is None), len(rows))
    if ids != sorted(ids) or any(row is not None for row in rows[first_new:]):
        return []
    return rows
