"""The registry of checks: functions registered under a versioned name, with what they need and provide.

A check is a pure function ``(context, params) -> Iterable[Finding]``: a meeting check receives a
`MeetingContext` (the extraction and the body's roster), a series check a `SeriesContext` (the body's meetings,
in date order, and the roster). It declares, when registered:

- ``provides``: the names of the fields every `Finding` it yields carries; a rule's message templates may use
  only these (checked when a pack is loaded, see `compliance.pack`);
- ``variants``: the kinds of finding it can yield, each with its own message template in the rule (e.g. a
  missing chair and a missing recorder); a rule using the check must give a template for each, and no other;
- ``params``: a pydantic model of the parameters it reads; a rule's defaults, and the same defaults overridden
  by a body, are validated with it, so a check never sees a missing or mistyped parameter;
- ``scope``: ``meeting`` (one set of minutes) or ``series`` (a body's meetings).

The name ends with the check's version (``duration.minimum.v1``): a check that changes meaning gets a new
name, so a stored flag can always be traced to the code that produced it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from compliance.context import MeetingContext, SeriesContext
from extract.contract import Evidence

Scope = Literal["meeting", "series"]

CHECK_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.v[1-9][0-9]*$")


class NoParams(BaseModel):
    """The parameters of a check that reads none: a rule using it must give an empty ``params``."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class Finding:
    """One failed requirement as a check sees it, before the engine turns it into a `Flag`.

    ``fields`` fill the rule's message template; ``variant`` picks the template among the rule's ``variants``
    (None: the rule's ``message``). ``member`` names the member concerned, when there is one. A series check
    also says when (``date``: a day ``YYYY-MM-DD`` or a period ``YYYY-MM``, ``YYYY-Q1``, ``YYYY``) and which
    meeting (``meeting``: the key of a `SeriesMeeting`) the finding is about; a meeting check's flags take the
    meeting's date.
    """

    fields: Mapping[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    variant: str | None = None
    member: str | None = None
    date: str | None = None
    meeting: str | None = None


MeetingCheck = Callable[[MeetingContext, Any], Iterable[Finding]]
SeriesCheck = Callable[[SeriesContext, Any], Iterable[Finding]]
CheckFunction = MeetingCheck | SeriesCheck
F = TypeVar("F", bound=CheckFunction)


@dataclass(frozen=True)
class RegisteredCheck:
    name: str
    function: CheckFunction
    provides: frozenset[str]
    variants: frozenset[str]
    params: type[BaseModel]
    scope: Scope


_REGISTRY: dict[str, RegisteredCheck] = {}


def check(
    name: str,
    *,
    provides: Iterable[str] = (),
    variants: Iterable[str] = (),
    params: type[BaseModel] = NoParams,
    scope: Scope = "meeting",
) -> Callable[[F], F]:
    """Register the decorated function as the check ``name`` (e.g. ``"duration.minimum.v1"``)."""
    if not CHECK_NAME.match(name):
        raise ValueError(f"check name {name!r} must look like 'family.name.v1'")

    def register(function: F) -> F:
        if name in _REGISTRY and _REGISTRY[name].function is not function:
            raise ValueError(f"check {name!r} is registered twice")
        _REGISTRY[name] = RegisteredCheck(
            name=name,
            function=function,
            provides=frozenset(provides),
            variants=frozenset(variants),
            params=params,
            scope=scope,
        )
        return function

    return register


def get_check(name: str) -> RegisteredCheck | None:
    """The check registered as ``name``, or None."""
    return _REGISTRY.get(name)


def registered_checks() -> dict[str, RegisteredCheck]:
    """A copy of the registry, by name."""
    return dict(_REGISTRY)
