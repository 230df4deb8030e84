"""Checks on a board's motions: each recorded with mover and result (counts and names when ordered), and no vote
from a member recorded absent."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.evidence import blank, declared_evidence, says, unique
from compliance.checks.participation import present_count
from compliance.context import MeetingContext, fold
from compliance.registry import Finding, NoParams, check
from extract.contract import Decision, Evidence, Extraction


class MotionWords(BaseModel):
    """Wording saying a count or a ballot was ordered (``count_words``), or a roll call (``roll_call_words``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    count_words: list[str] = Field(min_length=1)
    roll_call_words: list[str] = Field(min_length=1)


def _wording(decision: Decision) -> list[str]:
    return [decision.text, *(span.text for span in decision.evidence)]


def _missing(decision: Decision, params: MotionWords) -> list[str]:
    """The variants of `motions.recorded` the decision fails, in order."""
    votes = decision.votes
    counted = votes is not None and (votes.for_ is not None or votes.against is not None)
    missing: list[str] = []
    if votes is None or blank(votes.mover):
        missing.append("mover")
    if votes is None or (votes.result is None and not counted):
        missing.append("result")
    if says(_wording(decision), params.count_words) and not counted:
        missing.append("count")
    if says(_wording(decision), params.roll_call_words) and (votes is None or not votes.roll_call):
        missing.append("roll_call")
    return missing


@check(
    "motions.recorded.v1", variants={"mover", "result", "count", "roll_call"}, provides={"motion"}, params=MotionWords
)
def motions_recorded(context: MeetingContext, params: MotionWords) -> Iterator[Finding]:
    """For each decision: no mover, no result (adopted or lost, or a count that shows it), no numbers when a
    count or ballot was ordered, no names when a roll call was. With the decision's evidence."""
    for decision in context.extraction.decisions:
        for variant in _missing(decision, params):
            yield Finding(variant=variant, fields={"motion": decision.text}, evidence=tuple(decision.evidence))


def _away(extraction: Extraction) -> dict[str, tuple[str, tuple[Evidence, ...]]]:
    """Members recorded absent or as having left: folded name → (name as written, evidence)."""
    attendance = extraction.attendance
    away: dict[str, tuple[str, tuple[Evidence, ...]]] = {}
    for person in attendance.absent:
        away.setdefault(fold(person.member or person.name), (person.member or person.name, tuple(person.evidence)))
    for moved in attendance.left_early:
        away.setdefault(fold(moved.member or moved.name), (moved.member or moved.name, tuple(moved.evidence)))
    return away


def _voters(decision: Decision) -> list[str]:
    votes = decision.votes
    if votes is None:
        return []
    named = [entry.name for entry in votes.roll_call if entry.vote != "absent"]
    return [name for name in (votes.mover, votes.seconder, *named) if name and not blank(name)]


def _cast(decision: Decision) -> int | None:
    votes = decision.votes
    counts = [] if votes is None else [n for n in (votes.for_, votes.against, votes.abstain) if n is not None]
    return sum(counts) if counts else None


@check(
    "votes.absent_member_voting.v1",
    variants={"absent_voter", "too_many_votes"},
    provides={"member", "votes", "present"},
)
def absent_member_voting(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """A member recorded absent (or as having left) who moves, seconds or votes by roll call, once per decision
    and member; and a decision with more votes cast than members present. With the evidence of both."""
    extraction = context.extraction
    away = _away(extraction)
    present = present_count(extraction)
    for decision in extraction.decisions:
        for key in dict.fromkeys(fold(name) for name in _voters(decision)):
            if key in away:
                name, spans = away[key]
                evidence = unique((*decision.evidence, *spans))
                yield Finding(variant="absent_voter", fields={"member": name}, evidence=evidence, member=name)
        cast = _cast(decision)
        if cast is not None and present is not None and cast > present:
            evidence = unique((*decision.evidence, *declared_evidence(extraction, "present")))
            yield Finding(variant="too_many_votes", fields={"votes": cast, "present": present}, evidence=evidence)
