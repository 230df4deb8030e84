"""Organisation units, bodies and users."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.errors import InvalidInput, NotFound
from models.tables import Body, Member, OrgUnit, User

ROLES = ("secretary", "reviewer", "archivist", "admin")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt_b64), dklen=32, **_SCRYPT)
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def create_unit(session: Session, name: str, parent: OrgUnit | None = None, kind: str | None = None) -> OrgUnit:
    unit = OrgUnit(name=name, parent_id=parent.id if parent else None, kind=kind, path="/")
    session.add(unit)
    session.flush()
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    return unit


def root_unit(session: Session) -> OrgUnit | None:
    return session.scalars(select(OrgUnit).where(OrgUnit.parent_id.is_(None)).order_by(OrgUnit.id)).first()


def ensure_root_unit(session: Session, name: str = "Root") -> OrgUnit:
    return root_unit(session) or create_unit(session, name, kind="root")


def find_unit(session: Session, ref: str | int) -> OrgUnit:
    """A unit by id or by name (names must then be unambiguous)."""
    if isinstance(ref, int) or str(ref).isdigit():
        unit = session.get(OrgUnit, int(ref))
        if unit is None:
            raise NotFound(f"There is no organisation unit with id {ref}.")
        return unit
    units = session.scalars(select(OrgUnit).where(OrgUnit.name == ref)).all()
    if not units:
        raise NotFound(f"There is no organisation unit named “{ref}”.")
    if len(units) > 1:
        raise InvalidInput(f"Several organisation units are named “{ref}”; give its id instead.")
    return units[0]


def in_subtree(unit: OrgUnit, ancestor: OrgUnit) -> bool:
    return unit.path.startswith(ancestor.path)


def create_user(session: Session, username: str, password: str, role: str, unit: OrgUnit) -> User:
    if role not in ROLES:
        raise InvalidInput(f"Unknown role “{role}”; choose one of {', '.join(ROLES)}.")
    if len(password) < 8:
        raise InvalidInput("A password needs at least 8 characters.")
    if session.scalars(select(User).where(User.username == username)).first():
        raise InvalidInput(f"A user named “{username}” already exists.")
    user = User(username=username, password_hash=hash_password(password), role=role, unit_id=unit.id)
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None or not user.is_active or not check_password(password, user.password_hash):
        return None
    return user


def create_body(
    session: Session,
    name: str,
    parent: OrgUnit,
    *,
    language: str | None = None,
    rule_pack: str | None = None,
    params: dict[str, Any] | None = None,
    roster: list[dict[str, Any]] | None = None,
) -> Body:
    """A body is a unit that meets: this creates the unit under `parent` and the body on it."""
    if session.scalars(select(Body).where(Body.name == name)).first():
        raise InvalidInput(f"A body named “{name}” already exists.")
    unit = create_unit(session, name, parent, kind="body")
    body = Body(unit_id=unit.id, name=name, language=language, rule_pack=rule_pack, params=params or {})
    for entry in roster or []:
        body.members.append(Member(name=entry["name"], role=entry.get("role"), status=entry.get("status", "official")))
    session.add(body)
    session.flush()
    return body


def find_body(session: Session, ref: str | int) -> Body:
    if isinstance(ref, int) or str(ref).isdigit():
        body = session.get(Body, int(ref))
    else:
        body = session.scalars(select(Body).where(Body.name == ref)).first()
    if body is None:
        raise NotFound(f"There is no body “{ref}”.")
    return body
