"""A body's profile: who the body is, which rule pack judges its minutes, that pack's parameters for this body,
and its roster of members.

A profile is written as YAML (DESIGN.md, "The command line") or edited through the API; both go through
`Profile`. The keys it knows are ``body``, ``language``, ``rule_pack``, ``roster`` and the parameters a rule pack
lets a body change (``meeting_day``, ``weekend_shift``, ``quorum``, ``meeting_rule``, … — any other key at the
top level is a parameter candidate, kept in ``params``). The caller checks parameters against the pack with
`compliance.engine.unused_params` and warns about the ones no rule reads; a key is never an error by being
unknown, a value is when it has the wrong shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from minutes.errors import InvalidInput

Status = Literal["official", "probationary", "exempt"]

PROFILE_KEYS = ("body", "language", "rule_pack", "roster")


class RosterMember(BaseModel):
    """A member of the body: a name as the minutes write it, a role, a status, and when they belonged."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    name: str = Field(min_length=1, max_length=300)
    role: str | None = None
    status: Status = "official"
    from_date: dt.date | None = Field(default=None, alias="from")
    to_date: dt.date | None = Field(default=None, alias="to")

    def member_on(self, day: dt.date) -> bool:
        """Whether they belonged to the body on ``day`` (both ends included)."""
        return (self.from_date is None or self.from_date <= day) and (self.to_date is None or day <= self.to_date)

    def to_yaml(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.role:
            data["role"] = self.role
        if self.status != "official":
            data["status"] = self.status
        if self.from_date:
            data["from"] = self.from_date.isoformat()
        if self.to_date:
            data["to"] = self.to_date.isoformat()
        return data


class Profile(BaseModel):
    """A body profile. ``params`` holds every other top-level key (the pack's parameters for this body)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    body: str = Field(min_length=1, max_length=300)
    language: str | None = None
    rule_pack: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    roster: tuple[RosterMember, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _gather_params(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        known = {key: value for key, value in data.items() if key in (*PROFILE_KEYS, "params")}
        params = dict(known.get("params") or {})
        params.update({key: value for key, value in data.items() if key not in (*PROFILE_KEYS, "params")})
        known["params"] = params
        if known.get("roster") is None:
            known["roster"] = ()
        return known

    def names(self) -> list[str]:
        """The roster's names, in order (what the extractor is given to recognise members)."""
        return [member.name for member in self.roster]

    def members_on(self, day: dt.date) -> list[RosterMember]:
        return [member for member in self.roster if member.member_on(day)]

    def to_yaml(self) -> str:
        data: dict[str, Any] = {"body": self.body}
        if self.language:
            data["language"] = self.language
        if self.rule_pack:
            data["rule_pack"] = self.rule_pack
        data.update(self.params)
        data["roster"] = [member.to_yaml() for member in self.roster]
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def load_profile(text: str, source: str = "profile") -> Profile:
    """A profile from YAML text; `InvalidInput` naming ``source`` and the field when it is malformed."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InvalidInput(f"{source}: not valid YAML ({exc}).") from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{source}: a body profile is a YAML mapping (body, language, rule_pack, roster, …).")
    return profile_from(data, source)


def profile_from(data: dict[str, Any], source: str = "profile") -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(f"{source}: {_describe(exc.errors())}") from exc


def _describe(errors: Sequence[Any]) -> str:
    return "; ".join(f"{'.'.join(str(part) for part in error['loc']) or 'profile'}: {error['msg']}" for error in errors)
