"""The implemented checks, run through the built-in packs, on `Extraction`s built by hand.

Expected numbers and messages are worked out by hand from the inputs.
"""

from __future__ import annotations

from typing import Any

import pytest

from compliance.checks.minutes import EssentialItems, essentials
from compliance.context import MeetingContext
from compliance.engine import Flag, check_meeting
from compliance.pack import builtin_pack
from extract.contract import Evidence, Extraction


def span(block: int, text: str) -> Evidence:
    return Evidence(block=block, start=block * 100, end=block * 100 + len(text), text=text)


def make(**fields: Any) -> Extraction:
    """An extraction with the given top-level fields (contract JSON); chair and recorder named by default."""
    data: dict[str, Any] = {
        "source": {"filename": "cb.docx", "sha256": "0" * 64, "format": "docx"},
        "language": "vi",
        "chair": {"name": "Nguyễn Văn An"},
        "recorder": {"name": "Lê Thị Bình"},
    }
    data.update(fields)
    return Extraction.model_validate(data)


def run(extraction: Extraction, rule: str, pack: str = "vn-party-cell", language: str = "en") -> list[Flag]:
    return [flag for flag in check_meeting(extraction, builtin_pack(pack), language=language) if flag.rule == rule]


# duration.minimum ---------------------------------------------------------------------------------------


def timed(meeting_type: str | None, start: str | None, end: str | None) -> Extraction:
    meeting = {"type": meeting_type, "date": "2024-05-05", "start_time": start, "end_time": end}
    return make(meeting=meeting)


@pytest.mark.parametrize(
    ("meeting_type", "start", "end", "minutes", "minimum"),
    [
        ("regular", "08:00", "09:29", 89, 90),
        ("regular", "08:00", "08:00", 0, 90),  # equal start and end: 0 minutes, not a day
        ("regular", "8:00", "9:15", 75, 90),  # one-digit hours
        ("thematic", "14:00", "15:29", 89, 90),
        ("regular+thematic", "08:00", "09:59", 119, 120),
        ("regular+thematic", "08:00", "09:30", 90, 120),
        ("regular", "23:00", "00:29", 89, 90),  # past midnight
        ("regular+thematic", "23:30", "01:00", 90, 120),
    ],
)
def test_too_short(meeting_type: str, start: str, end: str, minutes: int, minimum: int) -> None:
    [flag] = run(timed(meeting_type, start, end), "duration.minimum")
    assert flag.message == (
        f"The meeting lasted only {minutes} minutes ({start} to {end}), less than the minimum of {minimum} minutes."
    )
    assert (flag.severity, flag.version, flag.date) == ("warning", 1, "2024-05-05")


@pytest.mark.parametrize(
    ("meeting_type", "start", "end"),
    [
        ("regular", "08:00", "09:30"),  # 90
        ("regular", "08:00", "10:30"),  # 150
        ("thematic", "14:00", "15:30"),  # 90
        ("regular+thematic", "08:00", "10:00"),  # 120
        ("regular", "23:00", "00:30"),  # 90 past midnight
        ("regular", "22:45", "00:15"),  # 90 past midnight
        ("special", "08:00", "08:20"),  # no minimum
        ("other", "08:00", "08:20"),  # no minimum
        (None, "08:00", "08:20"),  # unknown type
        ("regular", None, "08:20"),
        ("regular", "08:00", None),
        ("regular", None, None),
        ("regular", "8h", "8h20"),  # not HH:MM: treated as unknown
        ("regular", "08:00", "24:10"),
    ],
)
def test_long_enough_or_not_checkable(meeting_type: str | None, start: str | None, end: str | None) -> None:
    assert run(timed(meeting_type, start, end), "duration.minimum") == []


def test_duration_message_in_vietnamese_with_evidence() -> None:
    start, end = span(1, "vào hồi 08 giờ 00"), span(40, "kết thúc vào hồi 09 giờ 15")
    extraction = make(
        meeting={
            "type": "regular",
            "start_time": "08:00",
            "end_time": "09:15",
            "evidence": {"start_time": [start], "end_time": [end], "place": [span(2, "Nhà văn hóa")]},
        }
    )
    [flag] = run(extraction, "duration.minimum", language="vi")
    assert flag.message == (
        "Buổi sinh hoạt chỉ kéo dài 75 phút (từ 08:00 đến 09:15), ít hơn thời lượng tối thiểu 90 phút."
    )
    assert flag.evidence == (start, end)
    assert flag.date is None


def test_generic_board_has_no_duration_rule() -> None:
    assert run(timed("regular", "08:00", "08:10"), "duration.minimum", pack="generic-board") == []


# attendance.counts_consistent ---------------------------------------------------------------------------


def counted(**declared: int | None) -> Extraction:
    return make(attendance={"declared": declared})


@pytest.mark.parametrize(
    "declared",
    [
        {"total": 25, "present": 22, "absent": 3},
        {"total": 25, "present": 25, "absent": 0},
        {"total": 25, "present": 20, "absent": 3, "exempt": 2},  # exempt outside present/absent: 20+3+2
        {"total": 23, "present": 20, "absent": 3, "exempt": 2},  # exempt counted among the absent: 20+3
        {"total": 25, "present": 22},  # absent not stated: nothing to add up
        {"total": 25, "present": 25},
        {"present": 22, "absent": 3},
        {"absent": 3, "absent_excused": 2, "absent_unexcused": 1},
        {"absent": 3, "absent_excused": 1},  # only two of the three
        {"total": 25, "official": 23, "probationary": 2},
        {"official": 20, "probationary": 2},
        {},
    ],
)
def test_consistent_counts(declared: dict[str, int]) -> None:
    assert run(counted(**declared), "attendance.counts_consistent") == []


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        (
            {"total": 25, "present": 22, "absent": 2},
            "The total of 25 members is not the 22 present plus the 2 absent (24).",
        ),
        (
            {"total": 20, "present": 22, "absent": 0},
            "The total of 20 members is not the 22 present plus the 0 absent (22).",
        ),
        (
            {"total": 26, "present": 20, "absent": 3, "exempt": 2},
            "The total of 26 members is neither the 20 present plus the 3 absent (23)"
            " nor that plus the 2 exempt from meetings.",
        ),
        ({"total": 20, "present": 22}, "More members are recorded present (22) than the cell has (20)."),
        (
            {"absent": 3, "absent_excused": 1, "absent_unexcused": 1},
            "The 3 absent are not the 1 excused plus the 1 unexcused (2).",
        ),
        (
            {"total": 25, "official": 22, "probationary": 2},
            "The total of 25 members is not the 22 full members plus the 2 probationary members (24).",
        ),
    ],
)
def test_inconsistent_counts(declared: dict[str, int], message: str) -> None:
    [flag] = run(counted(**declared), "attendance.counts_consistent")
    assert flag.message == message
    assert flag.severity == "warning"


def test_inconsistent_counts_in_vietnamese() -> None:
    flags = run(
        counted(total=25, present=22, absent=2, official=22, probationary=2),
        "attendance.counts_consistent",
        language="vi",
    )
    assert [flag.message for flag in flags] == [
        "Tổng số đảng viên (25) không bằng số có mặt (22) cộng số vắng mặt (2), tức 24.",
        "Tổng số đảng viên (25) không bằng số đảng viên chính thức (22) cộng số đảng viên dự bị (2), tức 24.",
    ]


def test_every_inconsistency_is_a_flag_with_the_evidence_of_its_counts() -> None:
    evidence = {
        name: [span(block, f"{name} …")]
        for block, name in enumerate(
            ["total", "official", "probationary", "present", "absent", "absent_excused", "absent_unexcused"]
        )
    }
    extraction = make(
        attendance={
            "declared": {
                "total": 25,
                "official": 20,
                "probationary": 2,
                "present": 21,
                "absent": 3,
                "absent_excused": 1,
                "absent_unexcused": 1,
            },
            "declared_evidence": evidence,
            "present": [{"name": f"Đảng viên {n}"} for n in range(20)],
            "absent": [{"name": "Trần Văn Cường", "reason": "ốm", "excused": True}],
        }
    )
    flags = run(extraction, "attendance.counts_consistent")
    assert [flag.message for flag in flags] == [
        "The total of 25 members is not the 21 present plus the 3 absent (24).",
        "The 3 absent are not the 1 excused plus the 1 unexcused (2).",
        "The total of 25 members is not the 20 full members plus the 2 probationary members (22).",
        "The minutes give 21 as the number present but list 20 by name.",
        "The minutes give 3 as the number absent but list 1 by name.",
    ]
    assert [[e.text for e in flag.evidence] for flag in flags] == [
        ["total …", "present …", "absent …"],
        ["absent …", "absent_excused …", "absent_unexcused …"],
        ["total …", "official …", "probationary …"],
        ["present …"],
        ["absent …"],
    ]


def attendance_lists(present: int | None, listed_present: int, absent: int | None, listed_absent: int) -> Extraction:
    return make(
        attendance={
            "declared": {"present": present, "absent": absent},
            "present": [{"name": f"P{n}"} for n in range(listed_present)],
            "absent": [{"name": f"A{n}"} for n in range(listed_absent)],
        }
    )


@pytest.mark.parametrize(
    ("present", "listed_present", "absent", "listed_absent", "messages"),
    [
        (3, 3, 1, 1, []),
        (3, 0, 1, 0, []),  # no lists: nothing to compare
        (None, 3, None, 2, []),  # no counts: nothing to compare
        (3, 2, 1, 1, ["The minutes give 3 as the number present but list 2 by name."]),
        (3, 4, 1, 1, ["The minutes give 3 as the number present but list 4 by name."]),
        (3, 3, 1, 2, ["The minutes give 1 as the number absent but list 2 by name."]),
        (3, 3, 0, 1, ["The minutes give 0 as the number absent but list 1 by name."]),
        (
            5,
            4,
            2,
            1,
            [
                "The minutes give 5 as the number present but list 4 by name.",
                "The minutes give 2 as the number absent but list 1 by name.",
            ],
        ),
    ],
)
def test_lists_against_counts(
    present: int | None, listed_present: int, absent: int | None, listed_absent: int, messages: list[str]
) -> None:
    flags = run(attendance_lists(present, listed_present, absent, listed_absent), "attendance.counts_consistent")
    assert [flag.message for flag in flags] == messages


def test_list_mismatch_in_vietnamese() -> None:
    [flag] = run(attendance_lists(3, 3, 2, 1), "attendance.counts_consistent", language="vi")
    assert flag.message == "Biên bản ghi 2 đồng chí vắng mặt nhưng danh sách vắng mặt nêu tên 1 đồng chí."


# attendance.roll_call -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "variants"),
    [
        ({"present": 22, "absent": 3}, ["unnamed"]),  # counted, but no absentee named
        ({"present": 25, "absent": 0}, []),
        ({"total": 25, "present": 25}, []),  # "đủ": absent implied 0
        ({"total": 25, "exempt": 2, "present": 23}, []),  # all present but the exempt
        ({"present": 22, "absent_excused": 2, "absent_unexcused": 1}, []),  # absent = 2 + 1
        ({"total": 25, "present": 22}, ["absent"]),
        ({"present": 22}, ["absent"]),
        ({"present": 22, "absent_excused": 2}, ["absent"]),
        ({"total": 25, "absent": 3}, ["present", "unnamed"]),
        ({"total": 25}, ["present", "absent"]),
        ({}, ["present", "absent"]),
    ],
)
def test_roll_call(declared: dict[str, int], variants: list[str]) -> None:
    messages = {
        "present": "The minutes do not state how many members were present.",
        "absent": "The minutes do not state how many members were absent.",
        "unnamed": "The minutes count 3 members absent but name only 0.",
    }
    flags = run(counted(**declared), "attendance.roll_call")
    assert [flag.message for flag in flags] == [messages[variant] for variant in variants]
    assert all(flag.evidence == () for flag in flags)


def test_roll_call_names_every_absentee_with_a_reason() -> None:
    absent = [
        {"name": "Trần Văn Cường", "reason": "ốm", "excused": True},
        {"name": "Lê Văn Dũng", "reason": None, "excused": False},  # "không có lý do": said, unexcused
        {"name": "Phạm Thị Hoa", "reason": None, "excused": None},  # named, nothing said about why
    ]
    extraction = make(attendance={"declared": {"present": 20, "absent": 4}, "absent": absent})
    flags = run(extraction, "attendance.roll_call")
    assert [(flag.message, flag.member) for flag in flags] == [
        ("The minutes count 4 members absent but name only 3.", None),
        ("The minutes give no reason for this member's absence.", "Phạm Thị Hoa"),
    ]


def test_roll_call_in_vietnamese() -> None:
    flags = run(counted(), "attendance.roll_call", language="vi")
    assert [flag.message for flag in flags] == [
        "Biên bản không ghi số đảng viên có mặt.",
        "Biên bản không ghi số đảng viên vắng mặt.",
    ]


# roles.chair_recorder, minutes.essentials, adjournment.time ---------------------------------------------


@pytest.mark.parametrize(
    ("chair", "recorder", "expected"),
    [
        ({"name": "Nguyễn Văn An"}, {"name": "Lê Thị Bình"}, []),
        (
            None,
            {"name": "Lê Thị Bình"},
            ["Biên bản không ghi đồng chí chủ trì buổi sinh hoạt (bí thư hoặc phó bí thư chi bộ)."],
        ),
        ({"name": "Nguyễn Văn An"}, None, ["Biên bản không ghi đồng chí thư ký ghi biên bản."]),
        (
            {"name": "  "},
            None,
            [
                "Biên bản không ghi đồng chí chủ trì buổi sinh hoạt (bí thư hoặc phó bí thư chi bộ).",
                "Biên bản không ghi đồng chí thư ký ghi biên bản.",
            ],
        ),
    ],
)
def test_chair_and_recorder(chair: Any, recorder: Any, expected: list[str]) -> None:
    flags = run(make(chair=chair, recorder=recorder), "roles.chair_recorder", language="vi")
    assert [flag.message for flag in flags] == expected
    assert all(flag.evidence == () and flag.severity == "warning" for flag in flags)


def test_board_essentials_chair_and_secretary() -> None:
    extraction = make(chair=None, recorder=None, meeting={"place": None, "body": None})
    flags = run(extraction, "minutes.essentials", pack="generic-board")
    assert [flag.message for flag in flags] == [
        "The minutes do not say what kind of meeting it was (regular or special).",
        "The minutes do not name the body that met.",
        "The minutes do not give the date of the meeting.",
        "The minutes do not give the place of the meeting.",
        "The minutes do not say whether the chair was present (or who presided instead).",
        "The minutes do not say whether the secretary was present (or who took the minutes instead).",
    ]
    complete = make(meeting={"type": "regular", "body": "Library Board", "date": "2024-05-14", "place": "Hall"})
    assert run(complete, "minutes.essentials", pack="generic-board") == []


def test_essentials_check_knows_every_item() -> None:
    everything = EssentialItems.model_validate({"items": ["type", "body", "date", "place", "chair", "recorder"]})
    bare = make(chair=None, recorder={"name": ""})
    assert [finding.variant for finding in essentials(MeetingContext(bare), everything)] == [
        "type",
        "body",
        "date",
        "place",
        "chair",
        "recorder",
    ]
    complete = make(meeting={"type": "other", "body": "Library Board", "date": "2024-05-14", "place": "Hall"})
    assert list(essentials(MeetingContext(complete), everything)) == []
    only_place = EssentialItems.model_validate({"items": ["place", "place"]})
    assert [finding.variant for finding in essentials(MeetingContext(bare), only_place)] == ["place"]


@pytest.mark.parametrize(("end", "flagged"), [("21:05", False), (None, True), ("  ", True)])
def test_adjournment_time(end: str | None, flagged: bool) -> None:
    flags = run(make(meeting={"end_time": end}), "adjournment.time", pack="generic-board")
    assert [flag.message for flag in flags] == (
        ["The minutes do not record the hour of adjournment."] if flagged else []
    )
