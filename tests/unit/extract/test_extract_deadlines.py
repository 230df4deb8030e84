"""Deadlines of tasks: the phrase as written and the date it means, resolved against the meeting date."""

from __future__ import annotations

import pytest

from extract.deadlines import find_deadline

MAY_5 = "2024-05-05"  # the meeting date of these cases


@pytest.mark.parametrize(
    ("code", "text", "due", "phrase"),
    [
        # absolute dates, with and without a year
        ("vi", "hoàn thành trước ngày 15/6/2024", "2024-06-15", "trước ngày 15/6/2024"),
        ("vi", "hoàn thành trước ngày 15/6", "2024-06-15", "trước ngày 15/6"),
        ("vi", "thời hạn: trước 30/6/2024", "2024-06-30", "thời hạn: trước 30/6/2024"),
        ("vi", "xong trước ngày 15 tháng 6", "2024-06-15", "xong trước ngày 15 tháng 6"),
        ("vi", "chậm nhất ngày 20 tháng 8 năm 2024", "2024-08-20", "chậm nhất ngày 20 tháng 8 năm 2024"),
        ("vi", "trước ngày 10/3", "2025-03-10", "trước ngày 10/3"),  # March is past in May: next year
        ("vi", "hạn 01.7.2024", "2024-07-01", "hạn 01.7.2024"),
        ("en", "circulate the draft by April 5", "2025-04-05", "by April 5"),
        ("en", "by March 1", "2025-03-01", "by March 1"),
        ("en", "no later than June 30, 2024", "2024-06-30", "no later than June 30, 2024"),
        ("en", "by June 15th", "2024-06-15", "by June 15th"),
        ("en", "before 15 July", "2024-07-15", "before 15 July"),
        ("en", "due 6/20/2024", "2024-06-20", "due 6/20/2024"),
        # months, quarters, years
        ("vi", "trong tháng 7", "2024-07-31", "trong tháng 7"),
        ("vi", "hoàn thành trong tháng 2/2025", "2025-02-28", "trong tháng 2/2025"),
        ("vi", "trong quý III", "2024-09-30", "trong quý III"),
        ("vi", "trước cuối quý 2", "2024-06-30", "trước cuối quý 2"),
        ("vi", "trong năm 2024", "2024-12-31", "trong năm 2024"),
        ("en", "by the end of July", "2024-07-31", "by the end of July"),
        ("en", "by the end of the third quarter", "2024-09-30", "by the end of the third quarter"),
        ("en", "in Q4", "2024-12-31", "in Q4"),
        # relative to the meeting
        ("vi", "cuối tháng", "2024-05-31", "cuối tháng"),
        ("vi", "trong tháng tới", "2024-06-30", "trong tháng tới"),
        ("vi", "trong 2 tuần", "2024-05-19", "trong 2 tuần"),
        ("vi", "trong vòng 10 ngày", "2024-05-15", "trong vòng 10 ngày"),
        ("vi", "trước cuối năm", "2024-12-31", "trước cuối năm"),
        ("en", "by the end of the month", "2024-05-31", "by the end of the month"),
        ("en", "within two weeks", "2024-05-19", "within two weeks"),
        ("en", "within 30 days", "2024-06-04", "within 30 days"),
        ("en", "by year-end", "2024-12-31", "by year-end"),
        # open deadlines: the phrase, no date
        ("vi", "báo cáo tại kỳ họp tới", None, "tại kỳ họp tới"),
        ("vi", "báo cáo kết quả kỳ họp sau", None, "kỳ họp sau"),
        ("vi", "thời hạn: thường xuyên", None, "thời hạn: thường xuyên"),
        ("vi", "trước kỳ sinh hoạt chi bộ tiếp theo", None, "trước kỳ sinh hoạt chi bộ tiếp theo"),
        ("en", "before the next meeting", None, "before the next meeting"),
        ("en", "by the next regular meeting", None, "by the next regular meeting"),
        ("en", "ongoing", None, "ongoing"),
        ("en", "draft the fee language before the second reading", None, "before the second reading"),
    ],
)
def test_deadline_phrase_and_date(code: str, text: str, due: str | None, phrase: str) -> None:
    found = find_deadline(text, code, MAY_5)
    assert found is not None
    assert (found.due, found.text) == (due, phrase)
    assert text[found.start : found.end] == phrase


def test_next_year_only_when_the_month_is_past() -> None:
    assert find_deadline("by December 1", "en", "2024-11-20").due == "2024-12-01"  # type: ignore[union-attr]
    assert find_deadline("by January 10", "en", "2024-11-20").due == "2025-01-10"  # type: ignore[union-attr]
    assert find_deadline("trước ngày 5/11", "vi", "2024-11-20").due == "2024-11-05"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "tổ chức hội nghị ngày 20/6"),  # a date without a lead word is when, not a deadline
        ("vi", "tu sửa nhà văn hóa thôn"),
        ("en", "contact the auditor"),
        ("en", "hold the picnic on June 20"),
    ],
)
def test_no_deadline(code: str, text: str) -> None:
    assert find_deadline(text, code, MAY_5) is None


def test_a_deadline_cell_needs_no_lead_word() -> None:
    found = find_deadline("15/6/2024", "vi", MAY_5, lead_required=False)
    assert found is not None and (found.due, found.text) == ("2024-06-15", "15/6/2024")
    found = find_deadline("June 1", "en", MAY_5, lead_required=False)
    assert found is not None and found.due == "2024-06-01"


def test_without_a_meeting_date_only_complete_dates_resolve() -> None:
    assert find_deadline("trước ngày 15/6/2024", "vi", None).due == "2024-06-15"  # type: ignore[union-attr]
    for text, code in (("trước ngày 15/6", "vi"), ("within two weeks", "en"), ("cuối tháng", "vi")):
        found = find_deadline(text, code, None)
        assert found is not None and found.due is None and found.text


def test_an_impossible_date_keeps_its_phrase() -> None:
    found = find_deadline("trước ngày 31/6", "vi", MAY_5)
    assert found is not None and found.due is None and found.text == "trước ngày 31/6"
