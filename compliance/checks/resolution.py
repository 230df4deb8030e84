"""Checks on how a party cell adopts its conclusions and resolutions: a vote with its tally, and a majority of
the eligible full members in favour (Party Charter, art. 9)."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.context import MeetingContext, fold
from compliance.registry import Finding, NoParams, check
from extract.contract import Decision, DeclaredCounts, Votes


def tallied(votes: Votes) -> bool:
    """True when the minutes give the vote's numbers, its roll call, or its outcome in words ("nhất trí 100%"
    reads as adopted: the extraction does not keep the percentage apart from a bare "thông qua")."""
    counts = (votes.for_, votes.against, votes.abstain)
    return any(count is not None for count in counts) or bool(votes.roll_call) or votes.result is not None


@check("resolution.vote.v1", variants={"no_vote", "no_tally"}, provides={"decision"})
def resolution_vote(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """No decision put to a vote (``no_vote``, no evidence: it is missing), or a vote without its result
    (``no_tally``, one per such decision, with the decision's evidence)."""
    voted = [decision for decision in context.extraction.decisions if decision.votes is not None]
    if not voted:
        yield Finding(variant="no_vote", fields={"decision": None})
        return
    for decision in voted:
        if decision.votes is not None and not tallied(decision.votes):
            yield Finding(variant="no_tally", fields={"decision": decision.text}, evidence=tuple(decision.evidence))


def eligible_from_roster(context: MeetingContext) -> int | None:
    """Full members on the meeting's day, less those recorded absent with a valid excuse; None without a roster
    or a readable date. Probationary members do not vote; members exempt from meetings are not counted."""
    day = context.day
    if not context.roster or day is None:
        return None
    excused = {fold(a.member or a.name) for a in context.extraction.attendance.absent if a.excused is True}
    officials = [m for m in context.roster if m.member_on(day) and m.status == "official"]
    return len([member for member in officials if fold(member.name) not in excused])


def eligible_from_counts(declared: DeclaredCounts) -> int | None:
    """The same from the counts the minutes state: full members (or all members less the probationary ones)
    less the exempt and the absent with a valid excuse; None when neither full members nor a total is stated."""
    if declared.official is not None:
        base = declared.official
    elif declared.total is not None:
        base = declared.total - (declared.probationary or 0)
    else:
        return None
    return max(base - (declared.exempt or 0) - (declared.absent_excused or 0), 0)


def _lacks_majority(decision: Decision, eligible: int) -> bool:
    votes = decision.votes
    if votes is None or votes.for_ is None or votes.result == "failed":
        return False
    return 2 * votes.for_ <= eligible


@check("resolution.majority.v1", variants={"roster", "declared"}, provides={"for_votes", "eligible", "decision"})
def resolution_majority(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """A decision not recorded as failed whose votes in favour are not more than half of the eligible members.

    With a roster the eligible members are counted from it (variant ``roster``); without one, from the counts
    the minutes state (variant ``declared``), so the message says which. Nothing is said when the number in
    favour, or the number eligible, is unknown.
    """
    from_roster = eligible_from_roster(context)
    basis, eligible = (
        ("roster", from_roster)
        if from_roster is not None
        else ("declared", eligible_from_counts(context.extraction.attendance.declared))
    )
    if eligible is None:
        return
    for decision in context.extraction.decisions:
        if _lacks_majority(decision, eligible):
            assert decision.votes is not None
            yield Finding(
                variant=basis,
                fields={"for_votes": decision.votes.for_, "eligible": eligible, "decision": decision.text},
                evidence=tuple(decision.evidence),
            )
