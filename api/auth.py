"""Who is calling, and may they see this unit? Every route goes through these two checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from sqlalchemy.orm import Session

from minutes.errors import AuthenticationRequired, NotFound, PermissionDenied
from models.org import authenticate, in_subtree
from models.tables import OrgUnit, User

basic = HTTPBasic(auto_error=False)


def session_dep(request: Request):  # type: ignore[no-untyped-def]
    """A database session per request, committed when the handler succeeds."""
    with request.app.state.runtime.db.session() as session:
        yield session


DbSession = Annotated[Session, Depends(session_dep)]


def current_user(credentials: Annotated[HTTPBasicCredentials | None, Depends(basic)], session: DbSession) -> User:
    if credentials is None:
        raise AuthenticationRequired("Please sign in: this page needs your user name and password.")
    user = authenticate(session, credentials.username, credentials.password)
    if user is None:
        raise AuthenticationRequired("The user name or password is not right.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_unit(
    session: Session, user: User, unit_id: int, *, hidden: str, roles: tuple[str, ...] | None = None
) -> None:
    """Refuse unless `unit_id` lies in the user's subtree, and the user has one of `roles` when given.

    An object outside the subtree is reported as not found (`hidden` is that message), so its existence
    does not leak; a role that may not act gets a plain refusal.
    """
    unit = session.get(OrgUnit, unit_id)
    if unit is None or not in_subtree(unit, user.unit):
        raise NotFound(hidden)
    if roles is not None and user.role not in roles:
        raise PermissionDenied("Your role does not allow this action.")
