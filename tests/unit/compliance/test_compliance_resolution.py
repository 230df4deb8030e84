"""resolution.vote and resolution.majority: tallies, eligible members from the roster or from the counts."""

from __future__ import annotations

from typing import Any

import pytest
from compliance_builders import absent, ev, meeting, meeting_flags, roster


def decided(*votes: dict[str, Any] | None, **fields: Any) -> Any:
    decisions = [
        {"text": f"Nghị quyết {n}", "votes": v, "evidence": ev(20 + n, f"Biểu quyết {n}")} for n, v in enumerate(votes)
    ]
    return meeting("2024-05-06", decisions=decisions, **fields)


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        ([{"for": 20, "against": 0}], []),
        ([{"result": "adopted"}], []),  # "nhất trí 100%": outcome in words
        ([None, {"for": 20}], []),
        ([], ["no_vote"]),
        ([None], ["no_vote"]),
        ([{}], ["no_tally"]),
        ([{"for": 20}, {"mover": "An"}], ["no_tally"]),
    ],
)
def test_resolution_vote(votes: list[dict[str, Any] | None], expected: list[str]) -> None:
    messages = {
        "no_vote": "The minutes do not record a vote on the meeting's conclusion (resolution).",
        "no_tally": "The minutes record a vote on “Nghị quyết {}” but not its tally (for, against, other).",
    }
    flags = meeting_flags(decided(*votes), "resolution.vote")
    tallyless = [n for n, v in enumerate(votes) if v is not None and not v.get("for") and not v.get("result")]
    want = [messages[e].format(*tallyless[i : i + 1]) for i, e in enumerate(expected)]
    assert [flag.message for flag in flags] == want
    assert all((flag.evidence == ()) is (e == "no_vote") for flag, e in zip(flags, expected, strict=True))


CELL = roster(
    *({"name": f"Official {n}"} for n in range(8)),
    {"name": "Probationary A", "status": "probationary"},
    {"name": "Probationary B", "status": "probationary"},
    {"name": "Exempt C", "status": "exempt"},
    {"name": "Left D", "to": "2024-04-30"},
    {"name": "Joined E", "from": "2024-06-01"},
)


@pytest.mark.parametrize(
    ("votes", "attendance", "flagged"),
    [
        # eligible: the 8 officials on 6 May (not the probationary, exempt, departed or not yet joined)
        ({"for": 5}, {}, None),
        ({"for": 4}, {}, (4, 8)),  # half is not more than half
        ({"for": 4}, {"absent": [absent("official 7", excused=True)]}, None),  # excused absentee not counted: 4 > 3.5
        ({"for": 4}, {"absent": [absent("Official 7", excused=False)]}, (4, 8)),  # unexcused still counted
        ({"for": 4, "result": "failed"}, {}, None),  # a failed vote claims no majority
        ({"against": 3}, {}, None),  # nothing in favour stated
    ],
)
def test_majority_with_a_roster(votes: dict[str, Any], attendance: dict[str, Any], flagged: Any) -> None:
    flags = meeting_flags(decided(votes, attendance=attendance), "resolution.majority", members=CELL)
    if flagged is None:
        assert flags == []
        return
    [flag] = flags
    assert flag.message == (
        f"“Nghị quyết 0”: {flagged[0]} votes in favour, not more than half of the {flagged[1]} full members counted"
        " from the cell's roster (probationary members, members exempt from meetings and members absent with a"
        " valid excuse left out); it lacks the majority needed to adopt it."
    )
    assert (flag.severity, [e.text for e in flag.evidence]) == ("error", ["Biểu quyết 0"])


def test_probationary_members_are_not_counted_for_the_majority() -> None:
    # 8 officials + 2 probationary: 5 for is a majority of the 8 eligible even if the probationary "voted"
    assert meeting_flags(decided({"for": 5}), "resolution.majority", members=CELL) == []
    # counted as 10 it would not be: the declared fallback with total 10 and 2 probationary gives 8 as well
    declared = {"declared": {"total": 10, "probationary": 2}}
    assert meeting_flags(decided({"for": 5}, attendance=declared), "resolution.majority") == []


@pytest.mark.parametrize(
    ("declared", "for_votes", "eligible"),
    [
        ({"total": 25}, 12, 25),
        ({"total": 25}, 13, None),
        ({"total": 25, "official": 20}, 10, 20),
        ({"total": 25, "official": 20}, 11, None),
        ({"total": 25, "exempt": 3}, 11, 22),
        ({"total": 25, "exempt": 3, "absent_excused": 2}, 10, 20),
        ({"total": 25, "exempt": 3, "absent_excused": 2}, 11, None),
        ({"present": 20}, 1, None),  # no total, no official count: nothing to compare with
    ],
)
def test_majority_from_the_declared_counts(declared: dict[str, int], for_votes: int, eligible: int | None) -> None:
    flags = meeting_flags(
        decided({"for": for_votes}, attendance={"declared": declared}), "resolution.majority", language="vi"
    )
    if eligible is None:
        assert flags == []
        return
    [flag] = flags
    assert flag.message.startswith(
        f"“Nghị quyết 0”: chỉ có {for_votes} đồng chí tán thành, không quá một nửa trong số {eligible}"
    )
    assert "theo số liệu ghi trong biên bản" in flag.message
