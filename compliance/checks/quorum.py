"""Checks on a board's quorum: enough members present, and without a quorum no business but the procedural.

The quorum is a number of members (``quorum: 5``), a share of the members (``quorum: 0.5``: at least half,
rounded up) or, when the body sets none, a majority of the members (more than half). The members are those on
the roster on the meeting's day (not counting members exempt from meetings), else the total the minutes state.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import declared_evidence, says
from compliance.checks.participation import present_count
from compliance.context import MeetingContext
from compliance.registry import Finding, check

Members = Annotated[int, Field(strict=True, ge=1)]
Fraction = Annotated[float, Field(strict=True, gt=0, le=1)]


class QuorumParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    quorum: Members | Fraction | None = None


def member_count(context: MeetingContext) -> int | None:
    day = context.day
    if context.roster and day is not None:
        return len([member for member in context.roster if member.member_on(day) and member.status != "exempt"])
    return context.extraction.attendance.declared.total


def required(context: MeetingContext, quorum: int | float | None) -> int | None:
    """The number of members the quorum needs at this meeting; None when the members cannot be counted."""
    if isinstance(quorum, int):
        return quorum
    members = member_count(context)
    if members is None:
        return None
    if quorum is None:
        return members // 2 + 1
    return math.ceil(round(quorum * members, 9))


def short_of_quorum(context: MeetingContext, quorum: int | float | None) -> tuple[int, int] | None:
    """(present, quorum) when fewer members were present than the quorum; None when enough, or unknown."""
    present = present_count(context.extraction)
    needed = required(context, quorum)
    if present is None or needed is None or present >= needed:
        return None
    return present, needed


@check("quorum.v1", provides={"present", "quorum"}, params=QuorumParams)
def quorum(context: MeetingContext, params: QuorumParams) -> Iterator[Finding]:
    """Fewer members present than the quorum; with the evidence of the counts stated."""
    short = short_of_quorum(context, params.quorum)
    if short is not None:
        yield Finding(
            fields={"present": short[0], "quorum": short[1]},
            evidence=declared_evidence(context.extraction, "present", "total"),
        )


class NoQuorumParams(QuorumParams):
    """``allowed``: wording of the business a meeting without a quorum may do (adjourn, recess, fix the time to
    adjourn to, obtain a quorum)."""

    allowed: list[str] = Field(min_length=1)


@check("no_quorum_business.v1", provides={"decision"}, params=NoQuorumParams)
def no_quorum_business(context: MeetingContext, params: NoQuorumParams) -> Iterator[Finding]:
    """Each decision, other than those worded as allowed, taken while short of a quorum; with its evidence."""
    if short_of_quorum(context, params.quorum) is None:
        return
    for decision in context.extraction.decisions:
        if not says([decision.text], params.allowed):
            yield Finding(fields={"decision": decision.text}, evidence=tuple(decision.evidence))
