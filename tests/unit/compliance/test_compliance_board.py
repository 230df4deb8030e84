"""generic-board: quorum (number, fraction, majority), business without a quorum, motions, absent voters, and
the schedule in words ("second Tuesday"). 2024 facts: the second Tuesdays are 9 Jan, 13 Feb, 12 Mar, 9 Apr,
14 May; the last Fridays 26 Jan, 23 Feb, 29 Mar; the first Mondays 1 Jan, 5 Feb."""

from __future__ import annotations

from typing import Any

import pytest
from compliance_builders import absent, ev, meeting, meeting_flags, roster, series, series_flags

from minutes.errors import InvalidInput


def board_meeting(present: int | None, total: int | None = None, **fields: Any) -> Any:
    declared = {"present": present, "total": total}
    evidence = {"present": ev(3, f"Present: {present}"), "total": ev(2, f"Members: {total}")}
    return meeting("2024-05-14", attendance={"declared": declared, "declared_evidence": evidence}, **fields)


@pytest.mark.parametrize(
    ("present", "total", "params", "members", "short"),
    [
        (5, 9, {}, (), None),  # majority of 9 is 5
        (4, 9, {}, (), 5),
        (4, 8, {}, (), 5),  # majority of 8 is 5
        (5, 8, {}, (), None),
        (4, 12, {"quorum": 4}, (), None),  # a number
        (3, None, {"quorum": 4}, (), 4),  # a number needs no total
        (4, 8, {"quorum": 0.5}, (), None),  # a fraction: at least half, rounded up
        (4, 9, {"quorum": 0.5}, (), 5),
        (6, 9, {"quorum.quorum": 0.75}, (), 7),  # 6.75 → 7
        (3, None, {}, (), None),  # no members to count: nothing said
        (None, 9, {}, (), None),
        (3, 30, {}, tuple({"name": f"M{n}"} for n in range(6)), 4),  # the roster (6) wins over the total
        (2, 30, {}, ({"name": "A"}, {"name": "B"}, {"name": "C"}, {"name": "D", "to": "2024-01-01"}), None),
        (2, None, {}, ({"name": "A"}, {"name": "B"}, {"name": "C"}, {"name": "E", "status": "exempt"}), None),
    ],
)
def test_quorum(
    present: int | None, total: int | None, params: dict[str, Any], members: Any, short: int | None
) -> None:
    flags = meeting_flags(board_meeting(present, total), "quorum", "generic-board", params, members=roster(*members))
    if short is None:
        assert flags == []
        return
    [flag] = flags
    assert flag.message == f"Only {present} members were present, short of the quorum of {short}."
    assert flag.severity == "error"
    assert [e.text for e in flag.evidence] == [f"Present: {present}", f"Members: {total}"]


@pytest.mark.parametrize("quorum", [0, -1, 1.5, "half", True])
def test_bad_quorum(quorum: Any) -> None:
    with pytest.raises(InvalidInput, match="quorum"):
        meeting_flags(board_meeting(5, 9), "quorum", "generic-board", {"quorum": quorum})


def test_business_without_a_quorum() -> None:
    decisions = [
        {"text": "to award the roof contract", "votes": {"for": 3}, "evidence": ev(10, "moved to award")},
        {"text": "to adjourn", "votes": {"for": 3}},
        {"text": "to fix the time to which to adjourn"},
        {"text": "to take a recess"},
    ]
    flags = meeting_flags(board_meeting(3, 9, decisions=decisions), "no_quorum_business", "generic-board")
    assert [(flag.message, [e.text for e in flag.evidence]) for flag in flags] == [
        ("Business was done without a quorum: to award the roof contract.", ["moved to award"])
    ]
    quorate = board_meeting(5, 9, decisions=decisions)
    assert meeting_flags(quorate, "no_quorum_business", "generic-board") == []
    assert meeting_flags(board_meeting(5, 9, decisions=decisions), "no_quorum_business", "generic-board", {"quorum": 6})


@pytest.mark.parametrize(
    ("decision", "variants"),
    [
        ({"votes": {"mover": "Ann Lee", "result": "adopted"}}, []),
        ({"votes": {"mover": "Ann Lee", "for": 6, "against": 1}}, []),  # the count shows the result
        ({"votes": {"result": "failed"}}, ["mover"]),
        ({"votes": {"mover": "Ann Lee"}}, ["result"]),
        ({}, ["mover", "result"]),
        ({"text": "by ballot, to elect the treasurer", "votes": {"mover": "A", "result": "adopted"}}, ["count"]),
        ({"text": "by ballot, to elect", "votes": {"mover": "A", "for": 5, "against": 2}}, []),
        ({"text": "on a roll call vote, to adopt the budget", "votes": {"mover": "A", "for": 5}}, ["roll_call"]),
        (
            {
                "text": "on a roll call vote, to adopt",
                "votes": {"mover": "A", "roll_call": [{"name": "B", "vote": "for"}]},
            },
            ["result"],
        ),
    ],
)
def test_motions_recorded(decision: dict[str, Any], variants: list[str]) -> None:
    text = decision.get("text", "to buy books")
    extraction = meeting("2024-05-14", decisions=[{"text": text, **{k: v for k, v in decision.items() if k != "text"}}])
    messages = {
        "mover": f"The motion “{text}” has no mover recorded.",
        "result": f"The motion “{text}” has no result recorded (adopted or lost).",
        "count": f"The motion “{text}” was decided by a count or ballot, but the numbers are not recorded.",
        "roll_call": f"The motion “{text}” was decided by roll call, but the names and votes are not recorded.",
    }
    flags = meeting_flags(extraction, "motions.recorded", "generic-board")
    assert [flag.message for flag in flags] == [messages[variant] for variant in variants]


def test_absent_member_voting() -> None:
    decisions = [
        {
            "text": "to adopt the budget",
            "votes": {
                "for": 5,
                "against": 2,
                "mover": "Tom Reed",
                "roll_call": [{"name": "Ann Lee", "vote": "for"}, {"name": "Bob Marr", "vote": "absent"}],
            },
            "evidence": ev(12, "Tom Reed moved"),
        }
    ]
    attendance = {
        "declared": {"present": 6},
        "declared_evidence": {"present": ev(3, "Present: 6")},
        "absent": [absent("tom reed", excused=True, block=4), absent("Bob Marr", block=6)],
        "left_early": [{"name": "Ann Lée", "time": "20:00", "evidence": ev(15, "Ann Lee left at 8")}],
    }
    flags = meeting_flags(
        meeting("2024-05-14", attendance=attendance, decisions=decisions), "votes.absent_member_voting", "generic-board"
    )
    assert [(flag.member, flag.message, [e.text for e in flag.evidence]) for flag in flags] == [
        (
            "tom reed",
            "tom reed is recorded as absent (or as having left) but appears among the voters.",
            ["Tom Reed moved", "Vắng: tom reed"],
        ),
        (
            "Ann Lée",
            "Ann Lée is recorded as absent (or as having left) but appears among the voters.",
            ["Tom Reed moved", "Ann Lee left at 8"],
        ),
        (None, "More votes were cast (7) than members were present (6).", ["Tom Reed moved", "Present: 6"]),
    ]
    assert {flag.severity for flag in flags} == {"error"}


# cadence.schedule ---------------------------------------------------------------------------------------


def scheduled(*dates: str, rule: str | None, type: str = "regular", **params: Any) -> list[tuple[str | None, str]]:
    meetings = series(*(meeting(date, type) for date in dates))
    flags = series_flags(meetings, "cadence.schedule", "generic-board", {"meeting_rule": rule, **params})
    return [(flag.date, flag.message) for flag in flags]


def test_second_tuesday() -> None:
    assert scheduled("2024-01-09", "2024-02-13", "2024-03-12", rule="second Tuesday") == []
    assert scheduled("2024-01-09", "2024-02-14", "2024-04-09", rule="second Tuesday of each month") == [
        (
            "2024-02-14",
            "The regular meeting of 2024-02-14 is off the schedule (second Tuesday of each month),"
            " which gives 2024-02-13.",
        ),
        (
            "2024-03-12",
            "No regular meeting was held on 2024-03-12, as the schedule (second Tuesday of each month) requires.",
        ),
    ]


@pytest.mark.parametrize(
    ("rule", "dates", "expected"),
    [
        ("last Friday", ["2024-01-26", "2024-02-23", "2024-03-29"], []),
        ("Last friday", ["2024-01-26", "2024-02-16", "2024-03-29"], ["2024-02-16"]),
        ("first Monday", ["2024-01-01", "2024-02-05"], []),
        ("1st Monday", ["2024-01-01", "2024-02-12"], ["2024-02-12"]),
        ("monthly", ["2024-01-03", "2024-03-28"], ["2024-02"]),
        ("every month", ["2024-01-03", "2024-02-28"], []),
        ("quarterly", ["2024-01-15", "2024-03-01", "2024-07-01", "2024-12-31"], ["2024-Q2"]),
        ("quarterly", ["2024-02-15", "2024-12-01"], ["2024-Q2", "2024-Q3"]),  # Q1 and Q4 are not whole
        (None, ["2024-01-01", "2024-05-30"], []),
    ],
)
def test_schedules_in_words(rule: str | None, dates: list[str], expected: list[str]) -> None:
    assert [date for date, _ in scheduled(*dates, rule=rule)] == expected


def test_special_meetings_are_not_bound_by_the_schedule() -> None:
    meetings = series(meeting("2024-01-09"), meeting("2024-01-20", "special"), meeting("2024-02-13"))
    assert series_flags(meetings, "cadence.schedule", "generic-board", {"meeting_rule": "second Tuesday"}) == []


@pytest.mark.parametrize("rule", ["fortnightly", "second Funday", "fifth Monday", "Tuesday"])
def test_a_schedule_not_understood_is_refused(rule: str) -> None:
    with pytest.raises(InvalidInput, match="not understood"):
        scheduled("2024-01-09", rule=rule)
