"""attendance.unexcused_3_months (party cells) and attendance.consecutive_absences (boards)."""

from __future__ import annotations

from typing import Any

import pytest
from compliance_builders import absent, away, meeting, roster, series, series_flags

UNEXCUSED = "attendance.unexcused_3_months"


def absences_on(*dates: str, name: str = "Vũ Văn Giang", excused: bool | None = False) -> list[Any]:
    """A meeting on each date with ``name`` absent (not excused unless told)."""
    return series(*(meeting(date, attendance=away(name, excused=excused)) for date in dates))


def flagged(meetings: list[Any], **kwargs: Any) -> list[tuple[str | None, str | None, str | None]]:
    return [(flag.date, flag.member, flag.meeting) for flag in series_flags(meetings, UNEXCUSED, **kwargs)]


def test_three_months_within_a_year_flag_once_at_the_third() -> None:
    meetings = absences_on("2024-01-05", "2024-06-05", "2024-12-05")
    [flag] = series_flags(meetings, UNEXCUSED)
    assert (flag.date, flag.member, flag.meeting, flag.severity) == (
        "2024-12-05",
        "Vũ Văn Giang",
        "2024-12-05",
        "warning",
    )
    assert flag.message == (
        "Vũ Văn Giang was absent without a valid reason in 3 different months (1/2024, 6/2024, 12/2024) within 12"
        " months; consider proposing removal from the membership list — it is the cell's decision."
    )
    assert [e.text for e in flag.evidence] == ["Vắng: Vũ Văn Giang"]
    [vi] = series_flags(meetings, UNEXCUSED, language="vi")
    assert "đề nghị xóa tên" in vi.message and "quyết định của chi bộ" in vi.message


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2024-01-05", "2024-06-05", "2025-02-05"], []),  # Jan 2024 to Feb 2025 is 13 months
        (["2024-01-05", "2024-06-05", "2025-01-05"], []),  # January twice, a year apart: not one window
        (["2024-02-05", "2024-06-05", "2025-01-05"], ["2025-01-05"]),  # Feb 2024 – Jan 2025: 12 months
        (["2024-01-05", "2024-01-20", "2024-02-05"], []),  # two months only
        (["2024-01-05", "2024-01-20", "2024-02-05", "2024-03-05"], ["2024-03-05"]),
        (["2024-01-05", "2024-02-05", "2024-03-05", "2024-04-05"], ["2024-03-05"]),  # the 4th does not repeat
        (
            ["2024-01-05", "2024-02-05", "2024-03-05", "2024-04-05", "2024-05-05", "2024-06-05"],
            ["2024-03-05", "2024-06-05"],  # counting starts again after a flag
        ),
    ],
)
def test_the_twelve_month_window(dates: list[str], expected: list[str]) -> None:
    assert [date for date, _, _ in flagged(absences_on(*dates))] == expected


def test_excused_absences_do_not_count_and_a_missing_reason_does() -> None:
    excused = absences_on("2024-01-05", "2024-02-05", "2024-03-05", excused=True)
    assert flagged(excused) == []
    no_reason = series(
        *(
            meeting(date, attendance={"absent": [absent("Vũ Văn Giang", excused=None, reason=None)]})
            for date in ("2024-01-05", "2024-02-05", "2024-03-05")
        )
    )
    assert flagged(no_reason) == [("2024-03-05", "Vũ Văn Giang", "2024-03-05")]
    with_reason = series(
        *(
            meeting(date, attendance={"absent": [absent("Vũ Văn Giang", excused=None, reason="ốm")]})
            for date in ("2024-01-05", "2024-02-05", "2024-03-05")
        )
    )
    assert flagged(with_reason) == []


def test_names_match_without_case_or_diacritics_and_take_the_roster_spelling() -> None:
    meetings = series(
        meeting("2024-01-05", attendance=away("Vũ Văn Giang")),
        meeting("2024-02-05", attendance=away("VŨ VĂN GIANG")),
        meeting("2024-03-05", attendance=away("Vu Van  Giang")),
    )
    assert flagged(meetings) == [("2024-03-05", "Vũ Văn Giang", "2024-03-05")]
    members = roster({"name": "Vũ Văn Giang"})
    assert flagged(meetings, members=members) == [("2024-03-05", "Vũ Văn Giang", "2024-03-05")]


def test_each_member_counted_apart() -> None:
    meetings = series(
        meeting("2024-01-05", attendance=away("Vũ Văn Giang", "Đỗ Thị Hằng")),
        meeting("2024-02-05", attendance=away("Vũ Văn Giang")),
        meeting("2024-03-05", attendance=away("Vũ Văn Giang", "Đỗ Thị Hằng")),
        meeting("2024-04-05", attendance=away("Đỗ Thị Hằng")),
    )
    assert flagged(meetings) == [
        ("2024-03-05", "Vũ Văn Giang", "2024-03-05"),
        ("2024-04-05", "Đỗ Thị Hằng", "2024-04-05"),
    ]


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        ({"name": "Vũ Văn Giang"}, ["2024-05-05"]),
        ({"name": "Vũ Văn Giang", "from": "2024-03-01"}, ["2024-07-05"]),  # joined in March: Jan, Feb not counted
        ({"name": "Vũ Văn Giang", "to": "2024-02-29"}, []),  # left in February: only 2 months as a member
        ({"name": "Vũ Văn Giang", "from": "2024-02-01", "to": "2024-05-31"}, []),  # Feb and May only
        ({"name": "Vũ Văn Giang", "from": "2024-02-01", "to": "2024-06-30"}, ["2024-06-05"]),  # Feb, May, Jun
        ({"name": "Vũ Văn Giang", "status": "exempt"}, []),
    ],
)
def test_members_joining_or_leaving_mid_year(member: dict[str, Any], expected: list[str]) -> None:
    meetings = absences_on("2024-01-05", "2024-02-05", "2024-05-05", "2024-06-05", "2024-07-05")
    assert [date for date, _, _ in flagged(meetings, members=roster(member))] == expected


def test_window_and_threshold_are_fixed_by_the_charter() -> None:
    from minutes.errors import InvalidInput

    with pytest.raises(InvalidInput, match="may change: none"):
        flagged(absences_on("2024-01-05"), params={"attendance.unexcused_3_months.window_months": 24})


# attendance.consecutive_absences ------------------------------------------------------------------------

CONSECUTIVE = "attendance.consecutive_absences"


def board(*absentees: tuple[str, ...]) -> list[Any]:
    """Monthly board meetings (2nd of each month from January 2024), each with these members absent."""
    return series(
        *(meeting(f"2024-{n + 1:02d}-02", attendance=away(*names, excused=True)) for n, names in enumerate(absentees))
    )


def runs(meetings: list[Any], **kwargs: Any) -> list[tuple[str | None, str | None, str]]:
    flags = series_flags(meetings, CONSECUTIVE, pack="generic-board", **kwargs)
    return [(flag.date, flag.member, flag.message) for flag in flags]


def test_three_in_a_row_flag_at_the_third_with_the_run_length() -> None:
    meetings = board(("Tom Reed",), ("Tom Reed", "Ann Lee"), ("tom reed",), ("Tom Reed",), (), ("Ann Lee",))
    assert runs(meetings) == [
        (
            "2024-03-02",
            "Tom Reed",
            "Tom Reed has missed 4 meetings in a row (threshold 3); the bylaws may forfeit the seat.",
        )
    ]


@pytest.mark.parametrize(
    ("absentees", "params", "expected"),
    [
        ([("A B",), ("A B",), (), ("A B",)], {}, []),  # broken run
        ([("A B",), ("A B",)], {}, []),
        ([("A B",), ("A B",)], {"consecutive": 2}, ["2024-02-02"]),
        ([("A B",), ("A B",), ("A B",), (), ("A B",), ("A B",), ("A B",)], {}, ["2024-03-02", "2024-07-02"]),
        ([("A B",)] * 5, {"attendance.consecutive_absences.consecutive": 5}, ["2024-05-02"]),
    ],
)
def test_consecutive_runs(absentees: list[tuple[str, ...]], params: dict[str, Any], expected: list[str]) -> None:
    assert [date for date, _, _ in runs(board(*absentees), params=params)] == expected


def test_consecutive_only_while_a_member() -> None:
    meetings = board(("A B",), ("A B",), ("A B",))
    assert runs(meetings, members=roster({"name": "A B", "from": "2024-02-01"})) == []
    assert [d for d, _, _ in runs(meetings, members=roster({"name": "A B"}))] == ["2024-03-02"]
