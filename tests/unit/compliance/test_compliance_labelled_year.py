"""A labelled year: a party cell's 2024 and half a year of a board, each meeting clean but for planted violations.

Every expected flag below is worked out by hand from the planted facts (listed beside each), so the test fails
on a flag missing as well as on one too many. Calendar facts: the 5th of each 2024 month falls on Fri, Mon,
Tue, Fri, Sun, Wed, Fri, Mon, Thu, Sat, Tue, Thu (so the cell's fixed days are 5 Jan, 5 Feb, 5 Mar, 5 Apr,
6 May, 5 Jun, 5 Jul, 5 Aug, 5 Sep, 4 Oct, 5 Nov, 5 Dec); the board's second Tuesdays are 9 Jan, 13 Feb,
12 Mar, 9 Apr, 14 May, 11 Jun.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance_builders import BOARD, VN, absent, ev, roster

from compliance import RosterMember, SeriesMeeting, check_meeting, check_series
from extract.contract import Extraction

CELL_ROSTER = roster(
    {"name": "Nguyễn Văn An", "role": "Bí thư"},
    {"name": "Lê Thị Bình"},
    {"name": "Trần Văn Cường"},
    {"name": "Hoàng Thị Dung"},
    {"name": "Vũ Văn Giang"},
    {"name": "Ngô Thị Hoa", "status": "probationary"},
    {"name": "Phạm Văn Khánh", "from": "2024-07-01"},
)
CELL_PARAMS = {"meeting_day": 5, "weekend_shift": {"saturday": -1, "sunday": 1}}


def cell_meeting(
    date: str,
    kind: str = "regular",
    end: str = "10:00",
    absentees: tuple[dict[str, Any], ...] = (),
    guest: bool = False,
    review: bool = True,
    votes_for: int | None = None,
) -> Extraction:
    """Minutes complete in every part the pack asks for; attendance from the roster on that day."""
    members = [m for m in CELL_ROSTER if m.member_on(dt.date.fromisoformat(date))]
    present = len(members) - len(absentees)
    topics: list[dict[str, Any]] = [{"title": "Đọc lại và thông qua biên bản"}]
    if review:
        topics.insert(0, {"title": "Đánh giá kết quả thực hiện nhiệm vụ tháng trước", "labels": ["review"]})
    data = {
        "source": {"filename": f"{date}.docx", "sha256": "0" * 64, "format": "docx"},
        "meeting": {
            "title": f"Biên bản sinh hoạt chi bộ {date}",
            "body": "Chi bộ Thôn 3",
            "type": kind,
            "date": date,
            "start_time": "08:00",
            "end_time": end,
            "place": "Nhà văn hóa thôn 3",
            "evidence": {"date": ev(1, f"ngày {date}")},
        },
        "chair": {"name": "Nguyễn Văn An", "role": "Bí thư chi bộ", "evidence": ev(40, "CHỦ TRÌ")},
        "recorder": {"name": "Lê Thị Bình", "evidence": ev(41, "THƯ KÝ")},
        "attendance": {
            "declared": {"total": len(members), "present": present, "absent": len(absentees)},
            "absent": list(absentees),
            "guests": [{"name": "Đỗ Minh Khang", "higher_level": True}] if guest else [],
        },
        "topics": topics,
        "reports": [{"task": "Thu đảng phí", "status": "done"}] if review else [],
        "assignments": [{"assignee": "Lê Thị Bình", "task": "Thu đảng phí", "due": "2024-12-31"}],
        "decisions": [
            {
                "text": "Thông qua nghị quyết",
                "votes": {"for": present if votes_for is None else votes_for, "against": 0, "abstain": 0},
                "evidence": ev(30, "Biểu quyết"),
            }
        ],
        "speakers": [{"name": f"Người phát biểu {n}", "turns": 1} for n in range(present)],
        "read_back": {"text": "Biên bản đã được đọc lại và thông qua.", "evidence": ev(39, "Biên bản đã được đọc lại")},
        "signatures": [
            {"role": "recorder", "title": "THƯ KÝ", "name": "Lê Thị Bình", "evidence": ev(41, "THƯ KÝ")},
            {"role": "chair", "title": "CHỦ TRÌ", "name": "Nguyễn Văn An", "evidence": ev(40, "CHỦ TRÌ")},
        ],
    }
    return Extraction.model_validate(data)


def unexcused(name: str) -> dict[str, Any]:
    return absent(name, excused=False)


def excused(name: str) -> dict[str, Any]:
    return absent(name, excused=True, reason="ốm")


CELL_YEAR = [
    cell_meeting("2024-01-05", guest=True),
    cell_meeting("2024-02-05", absentees=(unexcused("Vũ Văn Giang"), excused("Trần Văn Cường"))),
    cell_meeting("2024-03-07", guest=True),  # PLANTED: the fixed day is Tuesday 5 March
    cell_meeting("2024-03-20", kind="thematic", end="09:30"),
    cell_meeting("2024-04-05", absentees=(excused("Trần Văn Cường"),)),
    # PLANTED: Phạm Văn Khánh, joining in July, listed absent in May: not counted
    cell_meeting("2024-05-06", absentees=(unexcused("Phạm Văn Khánh"),), guest=True),
    # PLANTED: 60 minutes; Giang's second unexcused month; no thematic meeting in Q2
    cell_meeting("2024-06-05", end="09:00", absentees=(unexcused("vu van giang"), excused("Trần Văn Cường"))),
    cell_meeting("2024-07-05"),
    cell_meeting("2024-07-20", kind="thematic", end="09:30"),
    # PLANTED: no meeting in August
    # PLANTED: 3 of the 6 full members on 5 Sep (Hoa is probationary) in favour: not more than half
    cell_meeting("2024-09-05", absentees=(unexcused("Phạm Văn Khánh"),), votes_for=3, guest=True),
    # PLANTED: no review of September's tasks; Khánh's second unexcused month (only two count)
    cell_meeting("2024-10-04", absentees=(unexcused("Phạm Văn Khánh"),), review=False),
    cell_meeting("2024-11-05", absentees=(unexcused("VŨ VĂN GIANG"),)),  # PLANTED: Giang's third month in 12
    cell_meeting("2024-12-05", kind="regular+thematic", end="10:30", guest=True),
]
# PLANTED: the higher-level member attends 5 meetings (Jan, Mar, May, Sep, Dec), fewer than 6


def flag_keys(flags: Any) -> set[tuple[str, str | None, str | None]]:
    return {(flag.rule, flag.date, flag.member) for flag in flags}


def run(meetings: list[Extraction], pack: Any, params: dict[str, Any], members: tuple[RosterMember, ...]) -> Any:
    per_meeting = [flag for m in meetings for flag in check_meeting(m, pack, params, "vi", members)]
    series = check_series([SeriesMeeting(str(m.meeting.date), m) for m in meetings], pack, params, "vi", members)
    return per_meeting, series


def test_party_cell_year() -> None:
    per_meeting, series = run(CELL_YEAR, VN, CELL_PARAMS, CELL_ROSTER)
    assert flag_keys(per_meeting) == {
        ("cadence.fixed_day", "2024-03-07", None),
        ("duration.minimum", "2024-06-05", None),
        ("resolution.majority", "2024-09-05", None),
    }
    assert flag_keys(series) == {
        ("cadence.monthly", "2024-08", None),
        ("cadence.thematic_quarterly", "2024-Q2", None),
        ("attendance.unexcused_3_months", "2024-11-05", "Vũ Văn Giang"),
        ("tasks.previous_reviewed", "2024-10-04", None),
        ("higher_level.attendance", "2024", None),
    }
    assert len(per_meeting) == 3 and len(series) == 5  # no flag twice
    by_rule = {flag.rule: flag for flag in series}
    assert by_rule["attendance.unexcused_3_months"].meeting == "2024-11-05"
    assert by_rule["tasks.previous_reviewed"].meeting == "2024-10-04"
    assert "(6/2024)" not in by_rule["attendance.unexcused_3_months"].message
    assert "(2/2024, 6/2024, 11/2024)" in by_rule["attendance.unexcused_3_months"].message
    assert by_rule["higher_level.attendance"].message == (
        "Cấp ủy viên cấp trên phụ trách chi bộ dự 5 buổi sinh hoạt trong năm 2024, ít hơn mức tối thiểu 6 buổi."
    )


def test_the_same_year_is_clean_once_the_plants_are_removed() -> None:
    fixed = [m for m in CELL_YEAR if m.meeting.date not in {"2024-03-07", "2024-06-05", "2024-09-05", "2024-10-04"}]
    fixed += [
        cell_meeting("2024-03-05", guest=True),
        cell_meeting("2024-06-05", kind="regular+thematic", end="10:00", guest=True),
        cell_meeting("2024-08-05"),
        cell_meeting("2024-09-05", guest=True),
        cell_meeting("2024-10-04"),
    ]
    per_meeting, series = run(fixed, VN, CELL_PARAMS, CELL_ROSTER)
    assert flag_keys(per_meeting) == set()
    assert flag_keys(series) == set()  # the June minutes held Giang's second month: two months left


BOARD_ROSTER = roster(
    {"name": "Eleanor Whitfield", "role": "Chair"},
    {"name": "Marcus Bell"},
    {"name": "Grace Nakamura", "role": "Secretary"},
    {"name": "Priya Raman"},
    {"name": "Daniel Ortiz"},
    {"name": "Helen Brooks"},
    {"name": "Samuel Lee"},
)
BOARD_PARAMS = {"meeting_rule": "second Tuesday"}


def board_meeting(
    date: str,
    absentees: tuple[str, ...] = (),
    approves: bool = True,
    motion: str = "to buy new books",
    mover: str = "Marcus Bell",
) -> Extraction:
    present = 7 - len(absentees)
    topics = [{"title": "Approval of Minutes", "labels": ["minutes_approval"]}] if approves else []
    data = {
        "source": {"filename": f"{date}.md", "sha256": "0" * 64, "format": "md"},
        "language": "en",
        "meeting": {
            "title": "Minutes of the Regular Meeting",
            "body": "Riverside Library Board",
            "type": "regular",
            "date": date,
            "start_time": "19:00",
            "end_time": "20:30",
            "place": "Community Room",
        },
        "chair": {"name": "Eleanor Whitfield", "role": "Chair"},
        "recorder": {"name": "Grace Nakamura", "evidence": ev(50, "Respectfully submitted,")},
        "signatures": [{"role": "recorder", "title": "Respectfully submitted,", "name": "Grace Nakamura"}],
        "attendance": {
            "declared": {"present": present},
            "absent": [absent(name, excused=True) for name in absentees],
        },
        "topics": topics,
        "assignments": [{"assignee": "Helen Brooks", "task": "Draft the policy"}],
        "decisions": [
            {
                "text": motion,
                "votes": {"for": present, "against": 0, "result": "adopted", "mover": mover},
                "evidence": ev(20, f"{mover} moved {motion}"),
            },
            {"text": "to adjourn", "votes": {"result": "adopted", "mover": "Grace Nakamura"}},
        ],
    }
    return Extraction.model_validate(data)


BOARD_HALF_YEAR = [
    board_meeting("2024-01-09"),
    board_meeting("2024-02-13", absentees=("Samuel Lee",)),
    # PLANTED: 3 of 7 present (a majority is 4) and a purchase voted; Samuel's second absence in a row
    board_meeting(
        "2024-03-12", absentees=("Samuel Lee", "Daniel Ortiz", "Helen Brooks", "Priya Raman"), motion="to buy a van"
    ),
    board_meeting("2024-04-09", absentees=("samuel lee",)),  # PLANTED: Samuel absent a third time running
    board_meeting("2024-05-14", approves=False),  # PLANTED: April's minutes not approved
    board_meeting("2024-06-11", absentees=("Priya Raman",), mover="Priya Raman"),  # PLANTED: an absent mover
]


def test_board_half_year() -> None:
    per_meeting, series = run(BOARD_HALF_YEAR, BOARD, BOARD_PARAMS, BOARD_ROSTER)
    assert flag_keys(per_meeting) == {
        ("quorum", "2024-03-12", None),
        ("no_quorum_business", "2024-03-12", None),  # the van, not the adjournment
        ("votes.absent_member_voting", "2024-06-11", "Priya Raman"),
    }
    assert flag_keys(series) == {
        ("minutes.previous_approved", "2024-05-14", None),
        ("attendance.consecutive_absences", "2024-04-09", "Samuel Lee"),
    }
    assert len(per_meeting) == 3 and len(series) == 2
    [business] = [flag for flag in per_meeting if flag.rule == "no_quorum_business"]
    assert business.message == "Cuộc họp không đủ túc số nhưng vẫn quyết định: to buy a van."
