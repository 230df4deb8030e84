"""Declared attendance counts: total, official, probationary, exempt, present, absent (excused or not)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from ingest.document import Document

Build = Callable[..., Document]
Check = Callable[..., None]

VI_HEAD = ("BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 8 giờ ngày 05/5/2024.")
VI_BODY = "Chi bộ tiến hành sinh hoạt, đồng chí Bí thư báo cáo kết quả công tác của tháng trước."
EN_HEAD = ("Minutes of the Regular Meeting", "Date: March 12, 2024")
EN_BODY = "The board reviewed the budget and the minutes of the previous meeting were approved."


@pytest.mark.parametrize(
    ("lines", "counts", "sources"),
    [
        (
            ["Tổng số đảng viên của chi bộ: 25 đồng chí (chính thức 20, dự bị 5)"],
            {"total": 25, "official": 20, "probationary": 5},
            {
                "total": "Tổng số đảng viên của chi bộ: 25",
                "official": "chính thức 20",
                "probationary": "dự bị 5",
            },
        ),
        (
            ["Tổng số đảng viên: 25 đồng chí, trong đó: 20 đảng viên chính thức, 5 đảng viên dự bị."],
            {"total": 25, "official": 20, "probationary": 5},
            {"official": "20 đảng viên chính thức", "probationary": "5 đảng viên dự bị"},
        ),
        (["- Đảng viên miễn sinh hoạt: 2 đồng chí"], {"exempt": 2}, {"exempt": "miễn sinh hoạt: 2"}),
        (["2 đồng chí được miễn sinh hoạt."], {"exempt": 2}, {"exempt": "2 đồng chí được miễn sinh hoạt"}),
        (["- Có mặt: 22 đồng chí"], {"present": 22}, {"present": "Có mặt: 22"}),
        (
            ["Vắng mặt: 3 đồng chí (có lý do: 2, không lý do: 1)"],
            {"absent": 3, "absent_excused": 2, "absent_unexcused": 1},
            {"absent": "Vắng mặt: 3", "absent_excused": "có lý do: 2", "absent_unexcused": "không lý do: 1"},
        ),
        (
            ["Vắng mặt: 3 đồng chí (có lý do: 2; không có lý do: 1)"],
            {"absent": 3, "absent_excused": 2, "absent_unexcused": 1},
            {"absent_unexcused": "không có lý do: 1"},
        ),
        (
            ["Vắng có lý do 2 đồng chí, vắng không lý do 1 đồng chí."],
            {"absent_excused": 2, "absent_unexcused": 1},
            {"absent_excused": "Vắng có lý do 2", "absent_unexcused": "vắng không lý do 1"},
        ),
        (
            ["Đảng viên có mặt 22/25 đồng chí."],
            {"present": 22, "total": 25},
            {"present": "có mặt 22/25", "total": "22/25"},
        ),
        (
            ["Tổng số đảng viên: 25.", "Có mặt: 22 đồng chí; vắng: 3 đồng chí."],
            {"total": 25, "present": 22, "absent": 3},
            {"absent": "vắng: 3"},
        ),
        (["Số đảng viên không có mặt: 3 đồng chí"], {}, {}),
        (["Có mặt 100% đảng viên."], {}, {}),
        (["Đại biểu dự họp: 2 đồng chí của Đảng ủy xã."], {}, {}),
        (["Vắng mặt: không"], {"absent": 0}, {"absent": "Vắng mặt: không"}),
    ],
)
def test_vietnamese_counts(
    build: Build, check: Check, lines: list[str], counts: dict[str, int], sources: dict[str, str]
) -> None:
    document = build(*VI_HEAD, *lines, VI_BODY)
    attendance = extract(document).attendance
    assert attendance.declared.model_dump(exclude_none=True) == counts
    assert set(attendance.declared_evidence) == set(counts)
    for field, source in sources.items():
        check(document, attendance.declared_evidence[field], source)


@pytest.mark.parametrize(
    ("lines", "counts", "sources"),
    [
        (
            ["Members present: 7", "Members absent: 2"],
            {"present": 7, "absent": 2},
            {"present": "Members present: 7", "absent": "Members absent: 2"},
        ),
        (
            ["Seven of the nine members were present."],
            {"present": 7, "total": 9},
            {"present": "Seven of the nine members were present"},
        ),
        (
            ["A quorum was present (7 of 8 trustees)."],
            {"present": 7, "total": 8},
            {"present": "present (7 of 8", "total": "present (7 of 8"},
        ),
        (
            ["7 of 9 members present."],
            {"present": 7, "total": 9},
            {"present": "7 of 9 members present", "total": "7 of 9"},
        ),
        (
            ["Absent: 2 (excused: 1, unexcused: 1)"],
            {"absent": 2, "absent_excused": 1, "absent_unexcused": 1},
            {"absent_unexcused": "unexcused: 1"},
        ),
        (["Present: 7 members. Absent: None."], {"present": 7, "absent": 0}, {"absent": "Absent: None"}),
        (
            ["Total membership: 9. Members in attendance: 8."],
            {"total": 9, "present": 8},
            {"total": "Total membership: 9"},
        ),
        (
            ["Seven members were present and two members were absent."],
            {"present": 7, "absent": 2},
            {"present": "Seven members were present", "absent": "two members were absent"},
        ),
        (["Present: Eleanor Whitfield, Grace Nakamura, Tom Baker", "Absent: Ana Ruiz"], {}, {}),
        (["Also present: 3 staff members"], {}, {}),
        (["Members not present: 2"], {}, {}),
    ],
)
def test_english_counts(
    build: Build, check: Check, lines: list[str], counts: dict[str, int], sources: dict[str, str]
) -> None:
    document = build(*EN_HEAD, *lines, EN_BODY)
    attendance = extract(document).attendance
    assert attendance.declared.model_dump(exclude_none=True) == counts
    for field, source in sources.items():
        check(document, attendance.declared_evidence[field], source)


def test_counts_in_a_table(build: Build, check: Check) -> None:
    document = build(*VI_HEAD, [["Tổng số đảng viên", "25"], ["Có mặt", "22"], ["Vắng mặt", "3"]], VI_BODY)
    declared = extract(document).attendance.declared
    assert (declared.total, declared.present, declared.absent) == (25, 22, 3)


def test_votes_late_in_the_minutes_are_not_attendance(build: Build) -> None:
    body = [f"{VI_BODY} Mục {n}." for n in range(20)]
    document = build(
        *VI_HEAD, "Có mặt: 22 đồng chí", *body, "Biểu quyết: tán thành 20/22 đồng chí có mặt.", "Có mặt 21"
    )
    declared = extract(document).attendance.declared
    assert (declared.present, declared.total) == (22, None)


def test_nothing_declared(build: Build) -> None:
    for document in (build(*VI_HEAD, VI_BODY), build(*EN_HEAD, EN_BODY)):
        attendance = extract(document).attendance
        assert attendance.declared.model_dump(exclude_none=True) == {}
        assert attendance.declared_evidence == {}
        assert (attendance.present, attendance.absent, attendance.guests) == ([], [], [])
