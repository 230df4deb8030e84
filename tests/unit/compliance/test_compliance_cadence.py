"""cadence.fixed_day, cadence.monthly, cadence.thematic_quarterly: weekend shifts, holidays, periods, quarters.

Calendar facts used (2024): 5 Oct is a Saturday, 5 May a Sunday, 5 June a Wednesday, 1 June a Saturday,
2 Sep (a holiday) a Monday, 3 Sep a Tuesday; 5 Jan 2025 is a Sunday.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_builders import meeting, meeting_flags, series, series_flags

from minutes.errors import InvalidInput

SATURDAY_FIXED = "The meeting was held on {}, not on the body's fixed meeting day ({})."


def fixed(date: str, params: dict[str, Any], type: str = "regular") -> list[str]:
    return [flag.message for flag in meeting_flags(meeting(date, type), "cadence.fixed_day", params=params)]


@pytest.mark.parametrize(
    ("date", "flagged_expected"),
    [
        ("2024-10-04", None),  # day 5 is a Saturday: Friday 4th
        ("2024-10-05", "2024-10-04"),  # on the Saturday itself: wrong
        ("2024-10-07", "2024-10-04"),
        ("2024-05-06", None),  # day 5 is a Sunday: Monday 6th
        ("2024-05-05", "2024-05-06"),
        ("2024-06-05", None),  # a Wednesday: no shift
        ("2024-06-04", "2024-06-05"),
        ("2025-01-06", None),  # Sunday 5 Jan 2025 → Monday 6
    ],
)
def test_fixed_day_with_weekend_shift(date: str, flagged_expected: str | None) -> None:
    messages = fixed(date, {"meeting_day": 5})
    assert messages == ([SATURDAY_FIXED.format(date, flagged_expected)] if flagged_expected else [])


def test_fixed_day_flag_has_the_date_and_its_evidence() -> None:
    [flag] = meeting_flags(meeting("2024-06-04"), "cadence.fixed_day", params={"meeting_day": 5}, language="vi")
    assert flag.message == "Chi bộ sinh hoạt ngày 2024-06-04, không đúng ngày sinh hoạt cố định (2024-06-05)."
    assert (flag.date, flag.severity, [e.text for e in flag.evidence]) == ("2024-06-04", "warning", ["ngày 2024-06-04"])


@pytest.mark.parametrize(
    ("params", "date", "ok"),
    [
        ({"meeting_day": 2, "holidays": ["2024-09-02"]}, "2024-09-03", True),  # holiday moves like a Sunday
        ({"meeting_day": 2, "holidays": ["2024-09-02"]}, "2024-09-02", False),
        ({"meeting_day": 2, "holidays": ["2024-09-02", "2024-09-03"]}, "2024-09-04", True),  # keeps moving
        ({"meeting_day": 2}, "2024-09-02", True),  # not a holiday for this body
        ({"meeting_day": 5, "weekend_shift": "next working day"}, "2024-10-07", True),  # Sat → Monday
        ({"meeting_day": 5, "weekend_shift": "Next_Working_Day"}, "2024-10-04", False),
        ({"meeting_day": 5, "weekend_shift": {"saturday": 0, "sunday": 1}}, "2024-10-05", True),  # meets Saturdays
        ({"meeting_day": 5, "weekend_shift": {"saturday": 2, "sunday": 1}}, "2024-10-07", True),
        ({"meeting_day": 1}, "2024-05-31", True),  # 1 June is a Saturday: Friday 31 May, in the month before
        ({"meeting_day": 1}, "2024-06-03", False),
        ({"meeting_day": 31}, "2024-02-29", True),  # past the month's end: its last day (a Thursday)
        ({"meeting_day": 31}, "2024-02-28", False),
        ({"meeting_day": None}, "2024-02-28", True),  # no fixed day: nothing to check
        ({}, "2024-02-28", True),
    ],
)
def test_fixed_day_holidays_and_shifts(params: dict[str, Any], date: str, ok: bool) -> None:
    assert (fixed(date, params) == []) is ok


@pytest.mark.parametrize("meeting_type", ["thematic", "special", "other", None])
def test_fixed_day_only_for_regular_meetings(meeting_type: str | None) -> None:
    assert fixed("2024-06-04", {"meeting_day": 5}, meeting_type) == []  # type: ignore[arg-type]
    assert fixed("2024-06-04", {"meeting_day": 5}, "regular+thematic") != []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"meeting_day": 0}, "meeting_day"),
        ({"meeting_day": "5"}, "meeting_day"),
        ({"weekend_shift": "previous day"}, "weekend_shift"),
        ({"weekend_shift": {"saturday": -1, "holiday": 1}}, "weekend_shift"),
        ({"holidays": ["2 tháng 9"]}, "holidays"),
    ],
)
def test_fixed_day_bad_params(params: dict[str, Any], expected: str) -> None:
    with pytest.raises(InvalidInput, match=expected):
        fixed("2024-06-05", params)


# cadence.monthly ----------------------------------------------------------------------------------------


def months(*dates: str, type: str = "regular") -> list[Any]:
    return series(*(meeting(date, type) for date in dates))


def test_monthly_flags_each_month_without_a_regular_meeting() -> None:
    meetings = months("2024-01-05", "2024-02-05", "2024-05-06")
    meetings += series(meeting("2024-03-20", "thematic"), meeting("2024-04-05", "special"))
    flags = series_flags(meetings, "cadence.monthly")
    assert [(flag.date, flag.message, flag.member, flag.meeting) for flag in flags] == [
        ("2024-03", "No regular cell meeting was held in 2024-03.", None, None),
        ("2024-04", "No regular cell meeting was held in 2024-04.", None, None),
    ]
    assert [flag.message for flag in series_flags(meetings, "cadence.monthly", language="vi")] == [
        "Không có buổi sinh hoạt chi bộ thường kỳ nào trong tháng 3/2024.",
        "Không có buổi sinh hoạt chi bộ thường kỳ nào trong tháng 4/2024.",
    ]


def test_monthly_counts_combined_and_untyped_meetings_and_any_input_order() -> None:
    meetings = series(meeting("2024-03-05", None), meeting("2024-01-05"), meeting("2024-02-05", "regular+thematic"))
    assert series_flags(meetings, "cadence.monthly") == []


@pytest.mark.parametrize(
    ("params", "dates"),
    [
        ({}, ["2024-03"]),
        ({"period_from": "2023-11"}, ["2023-11", "2023-12", "2024-03"]),
        ({"period_to": "2024-06"}, ["2024-03", "2024-05", "2024-06"]),
        ({"cadence.monthly.period_from": "2024-02-01", "period_to": "2024-03"}, ["2024-03"]),
        ({"period_from": "2024-05", "period_to": "2024-05"}, ["2024-05"]),
    ],
)
def test_monthly_period(params: dict[str, Any], dates: list[str]) -> None:
    meetings = months("2024-01-05", "2024-02-05", "2024-04-05")
    assert [flag.date for flag in series_flags(meetings, "cadence.monthly", params=params)] == dates


def test_monthly_bad_period() -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        series_flags(months("2024-01-05"), "cadence.monthly", params={"period_from": "tháng 1"})


def test_monthly_empty_series_and_undated_minutes() -> None:
    assert series_flags([], "cadence.monthly") == []
    assert series_flags(series(meeting(None)), "cadence.monthly") == []


# cadence.thematic_quarterly -----------------------------------------------------------------------------


def year_with_thematic(*dates: str) -> list[Any]:
    regular = [meeting(f"2024-{month:02d}-05") for month in range(1, 13)]
    return series(*regular, *(meeting(date, "thematic") for date in dates))


@pytest.mark.parametrize(
    ("thematic", "missing"),
    [
        (["2024-03-31", "2024-04-01", "2024-07-15", "2024-12-31"], []),
        (["2024-03-31", "2024-06-30", "2024-09-30", "2024-10-01"], []),
        (["2024-03-31", "2024-03-01", "2024-07-15", "2024-12-31"], ["2024-Q2"]),  # 31 March is Q1
        (["2024-04-01", "2024-06-01", "2024-07-15", "2024-12-31"], ["2024-Q1"]),  # 1 April is Q2
        ([], ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]),
    ],
)
def test_thematic_quarter_boundaries(thematic: list[str], missing: list[str]) -> None:
    assert [flag.date for flag in series_flags(year_with_thematic(*thematic), "cadence.thematic_quarterly")] == missing


def test_thematic_in_a_combined_session_counts_and_messages() -> None:
    meetings = series(meeting("2024-01-05", "regular+thematic"), meeting("2024-02-05"), meeting("2024-03-05"))
    assert series_flags(meetings, "cadence.thematic_quarterly") == []
    meetings = series(meeting("2024-04-05"), meeting("2024-05-05"), meeting("2024-06-05"))
    [vi] = series_flags(meetings, "cadence.thematic_quarterly", language="vi")
    [en] = series_flags(meetings, "cadence.thematic_quarterly")
    assert vi.message == "Không có buổi sinh hoạt chuyên đề nào trong quý II/2024."
    assert en.message == "No thematic meeting was held in 2024-Q2."


def test_only_whole_quarters_of_the_period_count() -> None:
    meetings = series(meeting("2024-02-05"), meeting("2024-03-05"), meeting("2024-04-05"), meeting("2024-05-05"))
    assert series_flags(meetings, "cadence.thematic_quarterly") == []  # neither Q1 nor Q2 is whole
    widened = {"period_from": "2024-01", "period_to": "2024-06"}
    flagged = series_flags(meetings, "cadence.thematic_quarterly", params=widened)
    assert [flag.date for flag in flagged] == ["2024-Q1", "2024-Q2"]
