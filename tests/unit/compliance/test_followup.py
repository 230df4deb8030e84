"""Following assignments up: matching a later report to an earlier assignment, and the status rule."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.followup import (
    Review,
    Task,
    follow_up,
    match_report,
    overlap,
    report_matches,
    reports_of,
    same_name,
)
from extract.contract import Report

MAY, JUNE, JULY, AUGUST = (dt.date(2024, month, 5) for month in (5, 6, 7, 8))
ROSTER = ("Nguyễn Văn An", "Lê Thị Bình", "Ngô Thị Hoa", "Eleanor Whitfield", "Grace Nakamura")

FEES = Task("fees", "may", MAY, "Thu đảng phí quý II/2024", ("Lê Thị Bình",), dt.date(2024, 5, 31))
POOR = Task("poor", "may", MAY, "Rà soát hộ nghèo, cận nghèo", ("Ngô Thị Hoa",), dt.date(2024, 6, 15))
BUDGET = Task("budget", "march", MAY, "Circulate the revised budget to all trustees", ("Grace Nakamura",))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Lê Thị Bình", "Lê Thị Bình", True),
        ("Bình", "Lê Thị Bình", True),  # the given name, as Vietnamese minutes shorten it
        ("le thi binh", "Lê Thị Bình", True),  # typed without diacritics
        ("Thị Bình", "Lê Thị Bình", True),
        ("Whitfield", "Eleanor Whitfield", True),
        ("Eleanor", "Eleanor Whitfield", True),
        ("Hoa", "Lê Thị Bình", False),
        ("Nguyễn Văn", "Nguyễn Văn An", True),  # a head is a head
        ("Văn An", "Nguyễn Thị An", False),
        ("", "Lê Thị Bình", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
    assert same_name(b, a) is same


def test_overlap_counts_content_words_of_the_shorter_task() -> None:
    # "thu đảng phí quý ii 2024" and "đã hoàn thành thu đảng phí quý ii": "đã hoàn thành" are function words
    assert overlap("Thu đảng phí quý II/2024", "đã hoàn thành thu đảng phí quý II") == (5, 1.0)
    assert overlap("Sửa chữa đường làng", "Rà soát hộ nghèo") == (0, 0.0)
    assert overlap("viec thu phi quy II", "thu phí quý II") == (4, 1.0)  # typed without diacritics
    assert overlap("dang thu phi", "thu đảng phí") == (2, 1.0)  # "dang" read as "đang" (in progress)
    assert overlap("the", "Circulate the budget") == (0, 0.0)


def test_a_report_by_the_same_person_on_the_same_task_matches() -> None:
    report = Report(assignee="Lê Thị Bình", task="thu đảng phí quý II/2024", status="done")
    assert report_matches(report, FEES, ROSTER) == 1.0
    short = Report(assignee="Bình", task="đảng phí quý II", status="done")
    assert report_matches(short, FEES, ROSTER) is not None
    english = Report(assignee="Grace", task="revised budget circulated", status="done")
    assert report_matches(english, BUDGET, ROSTER) is not None


def test_a_report_about_someone_else_or_another_quarter_does_not_match() -> None:
    other = Report(assignee="Ngô Thị Hoa", task="thu đảng phí quý II/2024", status="done")
    assert report_matches(other, FEES, ROSTER) is None
    last_quarter = Report(assignee="Lê Thị Bình", task="thu đảng phí quý I", status="done")
    assert report_matches(last_quarter, FEES, ROSTER) is None
    unrelated = Report(assignee="Lê Thị Bình", task="sửa chữa đường làng", status="done")
    assert report_matches(unrelated, FEES, ROSTER) is None


def test_without_a_person_the_task_alone_decides_with_a_stricter_bar() -> None:
    # a group reports ("Chi bộ" is not on the roster): two words and 60 % of the shorter task
    group = Report(assignee="Chi bộ", task="thu đảng phí quý II", status="done")
    assert report_matches(group, FEES, ROSTER) is not None
    nobody = Report(assignee=None, task="việc thu đảng phí quý II/2024", status="done")
    assert report_matches(nobody, FEES, ROSTER) is not None
    one_word = Report(assignee=None, task="hộ nghèo đảng phí", status="done")  # 2 of 4 words: 50 %
    assert report_matches(one_word, FEES, ROSTER) is None
    village = Report(assignee=None, task="thôn", status="done")
    assert report_matches(village, FEES, ROSTER) is None
    # without a roster, a name that is not the assignee's is another person
    assert report_matches(group, FEES) is None


def test_a_report_goes_to_the_best_then_the_latest_matching_task() -> None:
    april = Task("april", "april", dt.date(2024, 4, 5), "Thu đảng phí quý II/2024", ("Lê Thị Bình",))
    report = Report(assignee="Bình", task="thu đảng phí quý II/2024", status="done")
    assert match_report(report, [april, FEES], ROSTER) is FEES
    assert match_report(report, [FEES, april], ROSTER) is FEES
    assert match_report(report, [POOR], ROSTER) is None


def test_done_when_a_later_meeting_reports_it_done() -> None:
    meetings = [
        Review("may", MAY, True, (Report(assignee="Lê Thị Bình", task="thu đảng phí quý II/2024", status="done"),)),
        Review("june", JUNE, True, (Report(assignee="Ngô Thị Hoa", task="rà soát hộ nghèo", status="not_done"),)),
        Review("july", JULY, True, (Report(assignee="Hoa", task="rà soát hộ nghèo, cận nghèo", status="done"),)),
    ]
    result = follow_up([FEES, POOR], meetings, dt.date(2024, 7, 20), ROSTER)
    # the May report stands in the meeting that assigned the fees: not a later meeting
    assert result["fees"].status == "overdue" and result["fees"].reports == ()
    poor = result["poor"]
    assert (poor.status, poor.done_on, poor.done_meeting) == ("done", JULY, "july")
    assert [(item.meeting, item.status) for item in poor.reports] == [("june", "not_done"), ("july", "done")]
    # as of June 20 the July meeting is not read yet: past June 15, reported not done
    assert follow_up([POOR], meetings, dt.date(2024, 6, 20), ROSTER)["poor"].status == "overdue"


@pytest.mark.parametrize(
    ("today", "status"),
    [(dt.date(2024, 5, 30), "open"), (dt.date(2024, 5, 31), "open"), (dt.date(2024, 6, 1), "overdue")],
)
def test_overdue_the_day_after_the_due_date(today: dt.date, status: str) -> None:
    follow = follow_up([FEES], [Review("may", MAY, True)], today)["fees"]
    assert (follow.status, follow.deadline, follow.deadline_basis) == (status, FEES.due, "due")


def test_without_a_due_date_the_next_regular_meeting_is_the_deadline() -> None:
    meetings = [
        Review("may", MAY, True),
        Review("thematic", dt.date(2024, 5, 20), False),  # a thematic meeting does not review tasks
        Review("june", JUNE, True, (Report(assignee="Grace", task="revised budget", status="in_progress"),)),
    ]
    before = follow_up([BUDGET], meetings, dt.date(2024, 6, 1))["budget"]
    assert (before.status, before.deadline, before.deadline_basis) == ("open", None, None)
    after = follow_up([BUDGET], meetings, dt.date(2024, 6, 5), ROSTER)["budget"]
    assert (after.status, after.deadline, after.deadline_basis) == ("overdue", JUNE, "next_regular_meeting")
    assert [item.status for item in after.reports] == ["in_progress"]
    reported = [
        *meetings,
        Review("july", JULY, True, (Report(assignee="Grace", task="budget circulated", status="done"),)),
    ]
    assert follow_up([BUDGET], reported, AUGUST, ROSTER)["budget"].status == "done"


def test_an_undated_meeting_is_left_out_of_the_series() -> None:
    undated = Task("undated", "x", None, "Thu đảng phí quý II/2024", ("Lê Thị Bình",))
    meetings = [
        Review("x", None, True),
        Review("june", JUNE, True, (Report(assignee="Bình", task="thu đảng phí quý II/2024", status="done"),)),
    ]
    follow = follow_up([undated], meetings, AUGUST)["undated"]
    assert (follow.status, follow.deadline) == ("open", None)


def test_reports_of_a_stored_extraction() -> None:
    raw = [
        {"assignee": "Bình", "task": "thu đảng phí", "status": "done", "evidence": []},
        {"assignee": None, "task": "rà soát", "status": "later"},
        {"task": None},
        "not a report",
    ]
    assert reports_of(raw) == (
        Report(assignee="Bình", task="thu đảng phí", status="done"),
        Report(assignee=None, task="rà soát", status=None),
    )
    assert reports_of(None) == ()
