"""The bylaws' schedule of regular meetings (``meeting_rule``), in words, and the check that meetings follow it.

Understood: ``monthly`` (or "every month"), ``quarterly`` (or "every quarter"), and a weekday of the month —
``second Tuesday``, ``last Friday``, ``1st Monday of each month`` (first to fourth, or last). Anything else is
refused when the parameters are read, so a misspelt rule is an error the body sees, not a silent no-op.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import field_validator

from compliance.checks.cadence import REGULAR
from compliance.checks.evidence import meeting_evidence
from compliance.context import SeriesContext
from compliance.periods import PeriodParams, full_quarters, month_index, month_of, month_period, period, quarter_of
from compliance.registry import Finding, check

ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
WEEKDAYS = {name.casefold(): number for number, name in enumerate(calendar.day_name)}
_EVERY = {"monthly": "monthly", "every month": "monthly", "quarterly": "quarterly", "every quarter": "quarterly"}
_WEEKDAY_RULE = re.compile(r"^(?:the\s+)?(\w+)\s+(\w+?)s?(?:\s+of\s+(?:each|every|the)\s+month)?$")


@dataclass(frozen=True)
class Schedule:
    kind: Literal["monthly", "quarterly", "weekday"]
    ordinal: int = 0  # 1–4, or -1 for the last
    weekday: int = 0  # Monday 0 … Sunday 6

    def day_in(self, year: int, month: int) -> dt.date | None:
        """The meeting day of that month for a weekday rule; None for the others."""
        if self.kind != "weekday":
            return None
        days = [week[self.weekday] for week in calendar.monthcalendar(year, month) if week[self.weekday]]
        return dt.date(year, month, days[self.ordinal - 1 if self.ordinal > 0 else -1])


def parse_schedule(text: str) -> Schedule:
    """The schedule a rule in words describes; ValueError when it is not understood."""
    words = " ".join(text.casefold().split())
    if words in _EVERY:
        return Schedule(_EVERY[words])  # type: ignore[arg-type]
    match = _WEEKDAY_RULE.match(words)
    if match and match.group(1) in ORDINALS and match.group(2) in WEEKDAYS:
        return Schedule("weekday", ORDINALS[match.group(1)], WEEKDAYS[match.group(2)])
    raise ValueError(
        f"meeting rule {text!r} is not understood; write 'monthly', 'quarterly' or a weekday of the month such"
        " as 'second Tuesday' or 'last Friday'"
    )


class ScheduleParams(PeriodParams):
    meeting_rule: str | None = None

    @field_validator("meeting_rule")
    @classmethod
    def _understood(cls, value: str | None) -> str | None:
        if value is not None:
            parse_schedule(value)
        return value


@check(
    "cadence.schedule.v1",
    scope="series",
    variants={"missing", "wrong_day"},
    provides={"expected", "meeting_rule", "date"},
    params=ScheduleParams,
)
def schedule(context: SeriesContext, params: ScheduleParams) -> Iterator[Finding]:
    """Each month (quarter, for ``quarterly``) of the period without a regular meeting (``missing``, dated on the
    expected day, or on the month / quarter), and, for a weekday rule, each regular meeting held on another day
    (``wrong_day``, with the evidence of its date). Special meetings are not bound by the schedule."""
    if params.meeting_rule is None:
        return
    rule = parse_schedule(params.meeting_rule)
    dated = context.dated()
    regular = [(day, meeting) for day, meeting in dated if meeting.extraction.meeting.type in REGULAR]
    months = period([day for day, _ in dated], params)
    findings: list[Finding] = []
    if rule.kind == "quarterly":
        held = {quarter_of(month_index(day)) for day, _ in regular}
        for year, quarter in full_quarters(months):
            if (year, quarter) not in held:
                label = f"{year}-Q{quarter}"
                findings.append(_missing(label, params.meeting_rule))
    else:
        held_months = {month_index(day) for day, _ in regular}
        for index in months:
            if index not in held_months:
                expected = rule.day_in(*month_of(index))
                findings.append(
                    _missing(expected.isoformat() if expected else month_period(index), params.meeting_rule)
                )
        for day, meeting in regular:
            expected = rule.day_in(day.year, day.month)
            if expected is not None and day != expected:
                findings.append(
                    Finding(
                        variant="wrong_day",
                        fields={
                            "date": day.isoformat(),
                            "expected": expected.isoformat(),
                            "meeting_rule": params.meeting_rule,
                        },
                        evidence=meeting_evidence(meeting.extraction, "date"),
                        date=day.isoformat(),
                        meeting=meeting.key,
                    )
                )
    yield from sorted(findings, key=lambda finding: finding.date or "")


def _missing(label: str, meeting_rule: str) -> Finding:
    return Finding(variant="missing", fields={"expected": label, "meeting_rule": meeting_rule}, date=label)
