"""The rule engine: runs a pack's checks on an `Extraction` and returns `Flag` values.

A failed requirement is a `Flag`, never an exception; exceptions mean the program or its input data is
wrong.

Parameters. Each rule carries its defaults (``params``) in the pack; a body may change those the rule lists as
``overridable``, through the ``params`` mapping given to `check_meeting` (usually the body profile's keys):

- ``"<rule id>.<param>"`` — e.g. ``"duration.minimum.regular": 60`` — changes that parameter of that rule;
- ``"<param>"`` — e.g. ``"meeting_day": 5`` — changes the parameter of every rule that lists it as
  overridable; a qualified key wins over a plain one.

Other keys are ignored (a profile carries names, a roster, notes…); `unused_params` lists them so the caller
can warn. A qualified key naming a parameter the rule does not let a body change, or a value the check cannot
take, raises `InvalidInput`.

Messages are rendered in ``language`` (``vi`` or ``en``; any other language gets English).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from compliance.context import MeetingContext, SeriesContext, SeriesMeeting
from compliance.pack import Rule, RulePack, Severity
from compliance.profile import RosterMember
from compliance.registry import Finding, Scope, check, get_check
from compliance.version import ENGINE_VERSION
from extract.contract import Evidence, Extraction, FlagOut
from minutes.errors import InvalidInput

__all__ = [
    "ENGINE_VERSION",
    "Flag",
    "SeriesMeeting",
    "check",
    "check_meeting",
    "check_series",
    "effective_params",
    "unused_params",
    "validate_params",
]


@dataclass(frozen=True)
class Flag:
    """A requirement the minutes fail, as reviewers see it."""

    rule: str
    version: int
    severity: Severity
    message: str
    date: str | None = None
    member: str | None = None
    evidence: tuple[Evidence, ...] = ()
    meeting: str | None = None  # series flags: the key of the meeting the flag is about, when there is one

    def to_contract(self) -> FlagOut:
        return FlagOut.model_validate(
            {
                "rule": self.rule,
                "version": self.version,
                "severity": self.severity,
                "message": self.message,
                "date": self.date,
                "member": self.member,
                "evidence": list(self.evidence),
            }
        )


def check_meeting(
    extraction: Extraction,
    pack: RulePack,
    params: Mapping[str, Any] | None = None,
    language: str = "en",
    roster: Sequence[RosterMember] = (),
) -> list[Flag]:
    """The flags of every enabled meeting-scope rule of ``pack`` on one meeting, in the pack's order.

    A meeting flag's date is the meeting's date; ``member`` is set when the finding is about one member.
    """
    context = MeetingContext(extraction, tuple(roster))
    flags: list[Flag] = []
    for rule, function, typed in _runnable(pack, "meeting", params or {}):
        for finding in function(context, typed):
            flags.append(_flag(rule, finding, language, extraction.meeting.date))
    return flags


def check_series(
    meetings: Sequence[SeriesMeeting],
    pack: RulePack,
    params: Mapping[str, Any] | None = None,
    language: str = "en",
    roster: Sequence[RosterMember] = (),
) -> list[Flag]:
    """The flags of the series-scope rules on a body's meetings (cadence, repeated absences, tasks), rule by rule
    in the pack's order, each rule's flags in the order its check finds them (by date).

    The meetings may come in any order; the checks see them sorted by date. A meeting without a readable date
    cannot be placed in the series: the checks leave it out. A series flag carries the day or period it is
    about (``date``), the member concerned and the key of the meeting concerned, when there are such.
    """
    context = SeriesContext.of(meetings, roster)
    flags: list[Flag] = []
    for rule, function, typed in _runnable(pack, "series", params or {}):
        for finding in function(context, typed):
            flags.append(_flag(rule, finding, language, finding.date))
    return flags


def validate_params(pack: RulePack, params: Mapping[str, Any]) -> None:
    """Refuse with `InvalidInput` the parameters a body may not change, or that a rule of ``pack`` cannot take
    (what `check_meeting` and `check_series` would refuse), without running any check."""
    for scope in ("meeting", "series"):
        for _ in _runnable(pack, scope, params):
            pass


def _runnable(pack: RulePack, scope: Scope, params: Mapping[str, Any]) -> Iterator[tuple[Rule, Any, BaseModel]]:
    """The enabled rules of ``scope`` with their check function and their validated parameters."""
    _refuse_fixed(pack, params)
    for rule in pack.rules:
        if not rule.enabled or rule.scope != scope:
            continue
        registered = get_check(rule.check)
        if registered is None:  # load_pack refuses an enabled rule without a check
            raise RuntimeError(f"check {rule.check!r} of rule {rule.id!r} is not registered")
        try:
            typed = registered.params.model_validate(effective_params(rule, params))
        except ValidationError as exc:
            raise InvalidInput(_params_error(rule, exc)) from exc
        yield rule, registered.function, typed


def effective_params(rule: Rule, params: Mapping[str, Any]) -> dict[str, Any]:
    """The rule's defaults with the overridable ones replaced from ``params`` (qualified key first)."""
    merged = dict(rule.params)
    for name in rule.overridable:
        qualified = f"{rule.id}.{name}"
        if qualified in params:
            merged[name] = params[qualified]
        elif name in params:
            merged[name] = params[name]
    return merged


def unused_params(pack: RulePack, params: Mapping[str, Any]) -> list[str]:
    """The keys of ``params`` that change no parameter of any rule of ``pack``, sorted."""
    used: set[str] = set()
    for rule in pack.rules:
        for name in rule.overridable:
            used.update({name, f"{rule.id}.{name}"})
    return sorted(key for key in params if key not in used)


def _refuse_fixed(pack: RulePack, params: Mapping[str, Any]) -> None:
    rules = {rule.id: rule for rule in pack.rules}
    for key in params:
        rule_id, _, name = key.rpartition(".")
        rule = rules.get(rule_id)
        if rule is not None and name not in rule.overridable:
            allowed = ", ".join(rule.overridable) or "none"
            raise InvalidInput(
                f"parameter {key!r}: rule {rule.id!r} has no parameter {name!r} that a body may change"
                f" (it may change: {allowed})"
            )


def _params_error(rule: Rule, exc: ValidationError) -> str:
    problems = "; ".join(
        f"{rule.id}.{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    )
    return f"parameters of rule {rule.id!r} are invalid: {problems}"


def _flag(rule: Rule, finding: Finding, language: str, date: str | None) -> Flag:
    return Flag(
        rule=rule.id,
        version=rule.version,
        severity=rule.severity,
        message=rule.template(finding.variant, language).format(**finding.fields),
        date=date,
        member=finding.member,
        evidence=finding.evidence,
        meeting=finding.meeting,
    )
