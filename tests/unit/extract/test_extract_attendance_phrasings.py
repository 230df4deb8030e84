"""Attendance lists as minutes really write them: counts before the names, lists in parentheses, sub-labels,
titles before names, roll calls by group, tables by column, prose openings, people who leave and come back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ingest.document import BlockKind, Document
from tests.unit.extract.test_extract_attendance_lists import A, G, M, P, lists_of, plain

Build = Callable[..., Document]
LI = BlockKind.LIST_ITEM
HEAD = BlockKind.HEADING

CASES: list[tuple[str, str, tuple[Any, ...], dict[str, list[dict[str, Any]]]]] = [
    (
        "vi",
        "names in parentheses after a count, excused for all",
        ("Vắng: 2 đồng chí, đều có lý do (đồng chí Bùi Văn Lộc – ốm; đồng chí Dương Thị Nga – chăm con ốm).",),
        {"absent": [A("Bùi Văn Lộc", "ốm", True), A("Dương Thị Nga", "chăm con ốm", True)]},
    ),
    (
        "vi",
        "absent after a comma, reasons without a dash",
        ("Hội viên: tổng số 33 hội viên, có mặt 30, vắng 2 (ông Tăng Văn Khá ốm; ông Quách Văn Ngọ không báo).",),
        {"absent": [A("Tăng Văn Khá", "ốm", True), A("Quách Văn Ngọ", None, False)]},
    ),
    (
        "vi",
        "sub-labels on the lines below",
        (
            "Vắng mặt: 3 đồng chí, trong đó:",
            (LI, "Có lý do: 2 đồng chí (đồng chí Ngô Văn Thành – ốm; đồng chí Lưu Thị Hoa – đi công tác)."),
            (LI, "Không có lý do: 1 đồng chí (đồng chí Phùng Văn Khải)."),
        ),
        {
            "absent": [
                A("Ngô Văn Thành", "ốm", True),
                A("Lưu Thị Hoa", "đi công tác", True),
                A("Phùng Văn Khải", None, False),
            ]
        },
    ),
    (
        "vi",
        "sub-labels after a closed count",
        (
            "Số đảng viên vắng mặt: 2 đồng chí.",
            (LI, "Có lý do: đồng chí Khúc Thị Nhàn (sinh con)."),
            (LI, "Không có lý do: đồng chí Doãn Văn Thiện."),
        ),
        {"absent": [A("Khúc Thị Nhàn", "sinh con", True), A("Doãn Văn Thiện", None, False)]},
    ),
    (
        "vi",
        "a delegate opened by 'Dự có'",
        ("Có mặt 17/19 đồng chí. Dự có đồng chí Lâm Quang Vũ – Ủy viên Ban Chấp hành Đảng bộ xã, phụ trách chi bộ.",),
        {"guests": [G("Lâm Quang Vũ", "Ủy viên Ban Chấp hành Đảng bộ xã, phụ trách chi bộ", True)]},
    ),
    (
        "vi",
        "guests of the commune level and not",
        (
            "Khách mời: Bà Huỳnh Thị Mỹ – Phó Chủ tịch Hội LHPN xã An Bình.",
            "Mời dự: Đồng chí Châu Văn Lực – Bí thư Đoàn xã.",
        ),
        {
            "guests": [
                G("Huỳnh Thị Mỹ", "Phó Chủ tịch Hội LHPN xã An Bình", True),
                G("Châu Văn Lực", "Bí thư Đoàn xã"),
            ]
        },
    ),
    (
        "vi",
        "a given name that looks like a role word",
        ("Đại biểu cấp trên: Đồng chí Mai Xuân Trường – Phó Bí thư Thường trực Đảng ủy xã.",),
        {"guests": [G("Mai Xuân Trường", "Phó Bí thư Thường trực Đảng ủy xã", True)]},
    ),
    (
        "vi",
        "upper-case names after 'gồm các đồng chí:'",
        ("Có mặt: 14 đ/c, gồm các đồng chí: ĐẶNG VĂN TOÀN, HỒ VĂN LẬP, LÊ THỊ MINH (dự bị).",),
        {"present": [P("ĐẶNG VĂN TOÀN"), P("HỒ VĂN LẬP"), P("LÊ THỊ MINH", "dự bị")]},
    ),
    (
        "vi",
        "a table of absentees and reasons",
        (
            "Vắng: 2 đồng chí (có lý do: 2).",
            [["STT", "Họ và tên", "Lý do vắng"], ["1", "Lý Văn Cẩn", "Đi khám bệnh"], ["2", "Ngô Thị Diễm", "Con ốm"]],
        ),
        {"absent": [A("Lý Văn Cẩn", "Đi khám bệnh", True), A("Ngô Thị Diễm", "Con ốm", True)]},
    ),
    (
        "vi",
        "a table with an excuse column",
        (
            [
                ["STT", "Họ và tên", "Lý do vắng", "Có / không lý do"],
                ["1", "Trần Văn Cường", "Ốm", "Có lý do"],
                ["2", "Vũ Văn Giang", "—", "Không có lý do"],
            ],
        ),
        {"absent": [A("Trần Văn Cường", "Ốm", True), A("Vũ Văn Giang", None, False)]},
    ),
    (
        "vi",
        "arrival at a time, messy list items",
        (
            "Vang: 2 dc, gom:",
            (LI, "đ/c Nguyễn văn Hưởng : đi làm ăn xa (có lý do)"),
            (LI, "dong chi Hoàng Văn Sự : khong ly do"),
            "Đ/c Tô Văn Quý đến lúc 14 giờ 15 phút do đi tiếp công dân.",
        ),
        {
            "absent": [A("Nguyễn văn Hưởng", "đi làm ăn xa", True), A("Hoàng Văn Sự", None, False)],
            "late": [M("Tô Văn Quý", "14:15")],
        },
    ),
    (
        "en",
        "titles and plural titles before names",
        (
            "Present: Mayor Linda Fairbanks; Councilmembers Robert Haines, Sofia Delgado.",
            "Staff present: City Manager Alan Brewer; District Engineer Paul Nguyen.",
        ),
        {
            "present": [P("Linda Fairbanks", "Mayor"), P("Robert Haines"), P("Sofia Delgado")],
            "guests": [G("Alan Brewer", "City Manager"), G("Paul Nguyen", "District Engineer")],
        },
    ),
    (
        "en",
        "who a label speaks of",
        ("Council present: Deborah Quinn, Russell Abbott.", "Director absent: Calvin Reyes (excused)."),
        {"present": [P("Deborah Quinn"), P("Russell Abbott")], "absent": [A("Calvin Reyes", None, True)]},
    ),
    (
        "en",
        "roll call by group",
        ("Roll call: Trustees Walter Greene, Patricia Olsen present; Beatrice Lowell absent.",),
        {"present": [P("Walter Greene"), P("Patricia Olsen")], "absent": [A("Beatrice Lowell")]},
    ),
    (
        "en",
        "a table with a column for each list",
        (
            (HEAD, "Attendance"),
            [
                ["Present", "Absent"],
                ["Eleanor Whitfield (Chair)", "Thomas Reed (excused – travel)"],
                ["Marcus Bell", "Laura Kim"],
                ["Daniel Ortiz", ""],
            ],
        ),
        {
            "present": [P("Eleanor Whitfield", "Chair"), P("Marcus Bell"), P("Daniel Ortiz")],
            "absent": [A("Thomas Reed", "travel", True), A("Laura Kim")],
        },
    ),
    (
        "en",
        "apologies under a numbered heading, then a late arrival",
        ((HEAD, "25/31 Apologies"), "Cllr Ian Fowler (holiday). Cllr Nolan arrived at 7.45pm."),
        {"absent": [A("Ian Fowler", "holiday", True)], "late": [M("Nolan", "19:45")]},
    ),
    (
        "en",
        "apologies in prose",
        ("Apologies were received and accepted from Cllr Peter Groves (work commitments).",),
        {"absent": [A("Peter Groves", "work commitments", True)]},
    ),
    (
        "en",
        "lower-case labels on the lines of one paragraph",
        (
            "present: Omar Haddad (chair), bev Thornton (sec.), LINDA CHO, Ray\nMullins\nregrets: Doris Fielding\n"
            "also present: Mark Ellison (building manager)",
        ),
        {
            "present": [P("Omar Haddad", "chair"), P("bev Thornton", "sec."), P("LINDA CHO"), P("Ray Mullins")],
            "absent": [A("Doris Fielding", None, True)],
            "guests": [G("Mark Ellison", "building manager")],
        },
    ),
    (
        "en",
        "'In attendance' after the members are guests",
        ("Present: Cllr Janet Hargreaves (Chairman), Cllr Philip Nolan.", "In attendance: Mr David Marsh (Clerk)."),
        {
            "present": [P("Janet Hargreaves", "Chairman"), P("Philip Nolan")],
            "guests": [G("David Marsh", "Clerk")],
        },
    ),
    (
        "en",
        "left and came back; left at a bare time",
        (
            "Cllr Finch left the room. RESOLVED: no objection. Cllr Finch returned to the meeting.",
            "Dave Kim left 8:05.",
        ),
        {"left_early": [M("Dave Kim", "08:05")]},
    ),
    (
        "en",
        "a status column saying regrets",
        (
            [
                ["Name", "Role", "Attendance"],
                ["Olivia Grant", "Chair", "Present"],
                ["Hannah Cole", "Director", "Regrets"],
                ["Marco Bianchi", "Director", "Absent"],
            ],
        ),
        {"present": [P("Olivia Grant", "Chair")], "absent": [A("Hannah Cole", None, True), A("Marco Bianchi")]},
    ),
    (
        "en",
        "an organisation after a guest's role is no name",
        ("Also present: Jill Harmon, community manager, Coastal Property Management.",),
        {"guests": [G("Jill Harmon")]},
    ),
]

NEGATIVE: list[tuple[str, str, tuple[Any, ...]]] = [
    (
        "vi",
        "'đủ' is not 'dự'",
        ("Đồng chí Nguyễn Đình Khoa: thu đảng phí quý I/2025 – đã hoàn thành, 12/12 đảng viên nộp đủ.",),
    ),
    ("vi", "a heading after a list", ("Vắng mặt: 1 đồng chí:", (LI, "Đồng chí Vũ Văn Giang"), (HEAD, "NỘI DUNG"))),
    ("en", "a role written alone", ("Director of Human Resources presented the report.",)),
]


@pytest.mark.parametrize(("code", "label", "items", "expected"), CASES, ids=[case[1] for case in CASES])
def test_phrasings(build: Build, code: str, label: str, items: tuple[Any, ...], expected: Any) -> None:
    assert plain(lists_of(build, code, items)) == expected


@pytest.mark.parametrize(("code", "label", "items"), NEGATIVE, ids=[case[1] for case in NEGATIVE])
def test_not_attendance(build: Build, code: str, label: str, items: tuple[Any, ...]) -> None:
    found = plain(lists_of(build, code, items))
    assert found == {} or found == {"absent": [A("Vũ Văn Giang")]}
