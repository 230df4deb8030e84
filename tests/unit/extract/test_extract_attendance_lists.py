"""Attendance lists: people present, absent (reason, excused), guests, late arrivals and early departures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from extract import extract
from extract.attendance_lists import AttendanceLists, extract_attendance_lists
from extract.lines import document_lines
from extract.roster import Roster, fold
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]
LI = BlockKind.LIST_ITEM
HEAD = BlockKind.HEADING
FIELDS = ("present", "absent", "guests", "late", "left_early")


def P(name: str, role: str | None = None) -> dict[str, Any]:
    return {"name": name, "role": role}


def A(name: str, reason: str | None = None, excused: bool | None = None) -> dict[str, Any]:
    return {"name": name, "reason": reason, "excused": excused}


def G(name: str, role: str | None = None, higher: bool = False) -> dict[str, Any]:
    return {"name": name, "role": role, "higher_level": higher}


def M(name: str, time: str | None = None) -> dict[str, Any]:
    return {"name": name, "time": time}


def lists_of(build: Build, code: str, items: tuple[Any, ...], roster: list[str] | None = None) -> AttendanceLists:
    document = build(*items)
    return extract_attendance_lists(document, document_lines(document), code, Roster.of(roster))


def plain(lists: AttendanceLists) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for field in FIELDS:
        found = [item.model_dump(exclude={"evidence", "member", "candidates"}) for item in getattr(lists, field)]
        if found:
            out[field] = found
    return out


VI_CASES: list[tuple[str, tuple[Any, ...], dict[str, list[dict[str, Any]]]]] = [
    (
        "inline present with a trailing count",
        ("Có mặt: đồng chí Nguyễn Văn An, đồng chí Lê Thị Bình và đ/c Phạm Văn Dũng (22 đồng chí).",),
        {"present": [P("Nguyễn Văn An"), P("Lê Thị Bình"), P("Phạm Văn Dũng")]},
    ),
    (
        "absent with count, reasons and excuses",
        (
            "Vắng mặt: 3 đồng chí: đ/c Trần Văn Cường (ốm, có lý do), đ/c Vũ Văn Giang (không lý do), "
            "đ/c Đỗ Thị Mai (đi công tác).",
        ),
        {
            "absent": [
                A("Trần Văn Cường", "ốm", True),
                A("Vũ Văn Giang", None, False),
                A("Đỗ Thị Mai", "đi công tác", True),  # a reason given: "có lý do" (absent with a reason)
            ]
        },
    ),
    (
        "excused and unexcused labels on one line",
        (
            "- Vắng có lý do: đ/c Lê Văn Hùng (đi công tác), đ/c Đỗ Thị Mai (việc gia đình); "
            "vắng không lý do: đ/c Vũ Văn Giang.",
        ),
        {
            "absent": [
                A("Lê Văn Hùng", "đi công tác", True),
                A("Đỗ Thị Mai", "việc gia đình", True),
                A("Vũ Văn Giang", None, False),
            ]
        },
    ),
    (
        "sub-labels inside an absent list",
        ("Vắng mặt: 2 đồng chí, có lý do: đ/c Lê Văn Hùng (ốm); không lý do: đ/c Vũ Văn Giang.",),
        {"absent": [A("Lê Văn Hùng", "ốm", True), A("Vũ Văn Giang", None, False)]},
    ),
    (
        "counts then absentees in one sentence each",
        ("- Có mặt: 22 đồng chí. Vắng mặt: đồng chí Trần Văn Cường – ốm, có lý do.",),
        {"absent": [A("Trần Văn Cường", "ốm", True)]},
    ),
    (
        "higher-level delegate after a label",
        ("- Đại biểu dự họp: 1 đồng chí Phạm Văn Đức – Đảng ủy viên, phụ trách chi bộ.",),
        {"guests": [G("Phạm Văn Đức", "Đảng ủy viên, phụ trách chi bộ", True)]},
    ),
    (
        "higher-level label",
        ("Đại biểu cấp trên: đồng chí Hoàng Văn Nam.",),
        {"guests": [G("Hoàng Văn Nam", None, True)]},
    ),
    (
        "invited guest, not higher level",
        ("Khách mời: ông Trần Minh Tuấn – Trưởng thôn; bà Lê Thị Hoa – Chi hội trưởng phụ nữ.",),
        {"guests": [G("Trần Minh Tuấn", "Trưởng thôn"), G("Lê Thị Hoa", "Chi hội trưởng phụ nữ")]},
    ),
    (
        "guest in prose, ending with 'dự'",
        ("Đồng chí Phạm Văn Đức – Đảng ủy viên, phụ trách chi bộ dự.",),
        {"guests": [G("Phạm Văn Đức", "Đảng ủy viên, phụ trách chi bộ", True)]},
    ),
    (
        "guest in prose after 'có sự tham dự của'",
        ("Buổi sinh hoạt có sự tham dự của đồng chí Phạm Văn Đức – Bí thư Đảng ủy xã.",),
        {"guests": [G("Phạm Văn Đức", "Bí thư Đảng ủy xã", True)]},
    ),
    (
        "late and early leaving with times",
        ("Đồng chí Lê Văn Tám đến muộn (8 giờ 20). Đ/c Hoàng Thị Lan xin về sớm lúc 9 giờ 45.",),
        {"late": [M("Lê Văn Tám", "08:20")], "left_early": [M("Hoàng Thị Lan", "09:45")]},
    ),
    (
        "numbered list under a label, then none absent",
        (
            "Đảng viên có mặt gồm:",
            (LI, "1. Đồng chí Nguyễn Văn An – Bí thư chi bộ"),
            (LI, "2. Đồng chí Lê Thị Bình – Phó Bí thư"),
            (LI, "3. Đồng chí Phạm Văn Dũng"),
            "Vắng mặt: không.",
        ),
        {"present": [P("Nguyễn Văn An", "Bí thư chi bộ"), P("Lê Thị Bình", "Phó Bí thư"), P("Phạm Văn Dũng")]},
    ),
    (
        "bulleted lines in one paragraph under a label",
        ("Có mặt 3 đồng chí, gồm:\n- Đ/c Nguyễn Văn An – Bí thư\n- Đ/c Lê Thị Bình\n- Đ/c Phạm Văn Dũng",),
        {"present": [P("Nguyễn Văn An", "Bí thư"), P("Lê Thị Bình"), P("Phạm Văn Dũng")]},
    ),
    (
        "table of names under a heading",
        (
            (HEAD, "THÀNH PHẦN THAM DỰ"),
            [["STT", "Họ và tên", "Chức vụ"], ["1", "Nguyễn Văn An", "Bí thư"], ["2", "Lê Thị Bình", "Đảng viên"]],
        ),
        {"present": [P("Nguyễn Văn An", "Bí thư"), P("Lê Thị Bình", "Đảng viên")]},
    ),
    (
        "attendance table with a present/absent column",
        (
            [
                ["STT", "Họ và tên", "Có mặt/Vắng", "Ghi chú"],
                ["1", "Nguyễn Văn An", "Có mặt", ""],
                ["2", "Trần Văn Cường", "Vắng", "ốm, có lý do"],
                ["3", "Vũ Văn Giang", "Vắng", "không lý do"],
            ],
        ),
        {
            "present": [P("Nguyễn Văn An")],
            "absent": [A("Trần Văn Cường", "ốm", True), A("Vũ Văn Giang", None, False)],
        },
    ),
    (
        "attendance table with ticks",
        (
            [
                ["TT", "Họ tên", "Có mặt", "Vắng", "Lý do"],
                ["1", "Nguyễn Văn An", "x", "", ""],
                ["2", "Lê Thị Bình", "✓", "", ""],
                ["3", "Trần Văn Cường", "", "x", "đi công tác"],
            ],
        ),
        {"present": [P("Nguyễn Văn An"), P("Lê Thị Bình")], "absent": [A("Trần Văn Cường", "đi công tác", True)]},
    ),
    (
        "one column of marks: a cross where the others are ticked is absent",
        (
            [
                ["STT", "Họ và tên", "Có mặt", "Ghi chú"],
                ["1", "Nguyễn Văn An", "✓", ""],
                ["2", "Lê Thị Bình", "✓", "Đến muộn"],
                ["3", "Trần Văn Cường", "x", "Vắng có lý do (đi công tác)"],
            ],
        ),
        {
            "present": [P("Nguyễn Văn An"), P("Lê Thị Bình")],
            "absent": [A("Trần Văn Cường", "đi công tác", True)],
            "late": [M("Lê Thị Bình")],  # the note of someone present says when they came
        },
    ),
    (
        "a list wrapped before its bracket",
        ("Vắng: 01 đồng chí có lý do\n(đồng chí Trung sĩ Lâm Văn Tư đi công tác).",),
        {"absent": [A("Lâm Văn Tư", "đi công tác", True)]},
    ),
    (
        "without diacritics",
        ("Co mat: dong chi Nguyen Van An, dong chi Le Thi Binh. Vang mat: dong chi Tran Van Cuong (om, co ly do).",),
        {"present": [P("Nguyen Van An"), P("Le Thi Binh")], "absent": [A("Tran Van Cuong", "om", True)]},
    ),
    (
        "upper-case label and names",
        ("CÓ MẶT: ĐỒNG CHÍ NGUYỄN VĂN AN, ĐỒNG CHÍ LÊ THỊ BÌNH",),
        {"present": [P("NGUYỄN VĂN AN"), P("LÊ THỊ BÌNH")]},
    ),
    (
        "a list wrapped like a PDF line",
        ("Có mặt: đồng chí Nguyễn Văn An, đồng chí Lê\nThị Bình, đồng chí Phạm\nVăn Dũng.",),
        {"present": [P("Nguyễn Văn An"), P("Lê Thị Bình"), P("Phạm Văn Dũng")]},
    ),
    (
        "extra spaces around the colon",
        ("Vắng mặt  :   đ/c   Trần Văn Cường   ( ốm ,  có lý do )",),
        {"absent": [A("Trần Văn Cường", "ốm", True)]},
    ),
    (
        "a given name after an honorific",
        ("Có mặt: đ/c An, đ/c Bình và đ/c Dũng.",),
        {"present": [P("An"), P("Bình"), P("Dũng")]},
    ),
]

EN_CASES: list[tuple[str, tuple[Any, ...], dict[str, list[dict[str, Any]]]]] = [
    (
        "notes of those present say who came late and who left early, and when",
        (
            [
                ["Member", "Role", "Attendance"],
                ["Hyun-woo Park", "Head of Pharmacy", "Present (joined 14:20)"],
                ["Sinéad Gallagher", "Infection Prevention Lead", "Present (left 15:05)"],
                ["Gregor Fairlie", "Non-executive Director", "Apologies (annual leave)"],
                ["Martin Crewe", "Director of Estates", "Absent (no apologies)"],
            ],
        ),
        {
            "present": [P("Hyun-woo Park", "Head of Pharmacy"), P("Sinéad Gallagher", "Infection Prevention Lead")],
            "absent": [A("Gregor Fairlie", "annual leave", True), A("Martin Crewe", None, False)],
            "late": [M("Hyun-woo Park", "14:20")],
            "left_early": [M("Sinéad Gallagher", "15:05")],
        },
    ),
    (
        "present with roles and a trailing count",
        ("Present: Eleanor Whitfield (Chair), Grace Nakamura (Secretary), Tom Baker, Ana Ruiz (4 of 5 members)",),
        {"present": [P("Eleanor Whitfield", "Chair"), P("Grace Nakamura", "Secretary"), P("Tom Baker"), P("Ana Ruiz")]},
    ),
    (
        "members present with titles before the names",
        ("Members present: Chair Eleanor Whitfield, Vice Chair Tom Baker, Trustee Ana Ruiz and Dr. Li Wei.",),
        {
            "present": [
                P("Eleanor Whitfield", "Chair"),
                P("Tom Baker", "Vice Chair"),
                P("Ana Ruiz", "Trustee"),
                P("Li Wei"),
            ]
        },
    ),
    (
        "trustees present, roles after commas",
        ("Trustees present: Eleanor Whitfield, President; Grace Nakamura, Secretary; Sam Cole",),
        {"present": [P("Eleanor Whitfield", "President"), P("Grace Nakamura", "Secretary"), P("Sam Cole")]},
    ),
    (
        "in attendance were",
        ("In attendance were Eleanor Whitfield, Grace Nakamura, and Tom Baker.",),
        {"present": [P("Eleanor Whitfield"), P("Grace Nakamura"), P("Tom Baker")]},
    ),
    (
        "absent with notes",
        ("Absent: Thomas Reed (excused), Mary Poe (ill), Carl Green (unexcused)",),
        {"absent": [A("Thomas Reed", None, True), A("Mary Poe", "ill", None), A("Carl Green", None, False)]},
    ),
    (
        "absent with and without notice",
        ("Absent with notice: Paul Stone; Absent without notice: Carl Green.",),
        {"absent": [A("Paul Stone", None, True), A("Carl Green", None, False)]},
    ),
    (
        "regrets",
        ("Regrets: Dr. Paul Stone, Ms. Jane Doe (travelling)",),
        {"absent": [A("Paul Stone", None, True), A("Jane Doe", "travelling", True)]},
    ),
    (
        "excused absences",
        ("Excused absences: Paul Stone and Jane Doe",),
        {"absent": [A("Paul Stone", None, True), A("Jane Doe", None, True)]},
    ),
    (
        "also present, roles after commas",
        ("Also present: Anne Castillo, Library Director; Mark Lee, Finance Officer, and members of the public.",),
        {"guests": [G("Anne Castillo", "Library Director"), G("Mark Lee", "Finance Officer")]},
    ),
    (
        "guests and staff present",
        ("Guests: Rita Moreno (Friends of the Library)", "Staff present: Anne Castillo, Library Director"),
        {"guests": [G("Rita Moreno", "Friends of the Library"), G("Anne Castillo", "Library Director")]},
    ),
    (
        "roll call",
        ("Roll call: Eleanor Whitfield – present, Tom Baker – absent, Ana Ruiz – present",),
        {"present": [P("Eleanor Whitfield"), P("Ana Ruiz")], "absent": [A("Tom Baker")]},
    ),
    (
        "late and early leaving",
        (
            "Trustee Ana Ruiz arrived at 7:15 p.m. during the treasurer's report.",
            "Tom Baker left the meeting at 8:30 p.m.",
            "Li Wei joined the meeting during item 4.",
        ),
        {
            "late": [M("Ana Ruiz", "19:15"), M("Li Wei")],
            "left_early": [M("Tom Baker", "20:30")],
        },
    ),
    (
        "bulleted list under a label",
        (
            "Present:",
            (LI, "Eleanor Whitfield, Chair"),
            (LI, "Grace Nakamura, Secretary"),
            (LI, "Tom Baker"),
            "Call to order: the meeting was called to order at 7 p.m.",
        ),
        {"present": [P("Eleanor Whitfield", "Chair"), P("Grace Nakamura", "Secretary"), P("Tom Baker")]},
    ),
    (
        "attendance table",
        (
            [
                ["Name", "Role", "Attendance"],
                ["Eleanor Whitfield", "Chair", "Present"],
                ["Tom Baker", "Treasurer", "Absent (excused)"],
                ["Ana Ruiz", "Trustee", "Present"],
            ],
        ),
        {
            "present": [P("Eleanor Whitfield", "Chair"), P("Ana Ruiz", "Trustee")],
            "absent": [A("Tom Baker", None, True)],
        },
    ),
]

NEGATIVE: list[tuple[str, str, tuple[Any, ...]]] = [
    ("vi", "no one absent", ("Vắng mặt: không.",)),
    ("vi", "counts only", ("- Có mặt: 22 đồng chí.", "- Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.")),
    ("vi", "discussion", ("Đồng chí Nguyễn Văn An đề nghị, đồng chí Lê Thị Bình nhất trí với ý kiến trên.",)),
    ("vi", "task table", ([["Họ và tên", "Nhiệm vụ", "Thời hạn"], ["Phạm Văn Dũng", "Làm đường", "01/6/2024"]],)),
    ("vi", "speaker at the meeting", ("Tại buổi họp, đồng chí Lê Thị Bình phát biểu ý kiến.",)),
    ("en", "motion", ("Tom Baker moved, Ana Ruiz seconded, that the budget be approved. The motion carried.",)),
    ("en", "none absent", ("Absent: none", "Members present: 7")),
    ("en", "presentation", ("Presentation: Anne Castillo presented the annual report to the board.",)),
    ("en", "staff report", ("Staff report: the director said the roof repair will start in May.",)),
]


@pytest.mark.parametrize(("label", "items", "expected"), VI_CASES, ids=[case[0] for case in VI_CASES])
def test_vietnamese_lists(build: Build, check: Check, label: str, items: tuple[Any, ...], expected: Any) -> None:
    lists = lists_of(build, "vi", items)
    assert plain(lists) == expected
    _check_evidence(build(*items), lists, check)


@pytest.mark.parametrize(("label", "items", "expected"), EN_CASES, ids=[case[0] for case in EN_CASES])
def test_english_lists(build: Build, check: Check, label: str, items: tuple[Any, ...], expected: Any) -> None:
    lists = lists_of(build, "en", items)
    assert plain(lists) == expected
    _check_evidence(build(*items), lists, check)


@pytest.mark.parametrize(("code", "label", "items"), NEGATIVE, ids=[f"{case[0]}-{case[1]}" for case in NEGATIVE])
def test_nothing_stated_nothing_found(build: Build, code: str, label: str, items: tuple[Any, ...]) -> None:
    assert plain(lists_of(build, code, items)) == {}


def _check_evidence(document: Document, lists: AttendanceLists, check: Check) -> None:
    for field in FIELDS:
        for item in getattr(lists, field):
            check(document, item.evidence)
            assert fold(item.name.split()[-1]) in fold(" ".join(span.text for span in item.evidence))


def test_roster_links_every_list(build: Build) -> None:
    roster = ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn An", "Vũ Văn Giang"]
    lists = lists_of(
        build,
        "vi",
        ("Có mặt: đ/c Lê Thị Bình, đ/c An, đ/c Phạm Văn Dũng.", "Vắng mặt: đ/c Vu Van Giang (không lý do)."),
        roster,
    )
    links = {person.name: (person.member, person.candidates) for person in [*lists.present, *lists.absent]}
    assert links == {
        "Lê Thị Bình": ("Lê Thị Bình", []),
        "An": (None, ["Nguyễn Văn An", "Trần Văn An"]),
        "Phạm Văn Dũng": (None, []),
        "Vu Van Giang": ("Vũ Văn Giang", []),
    }


def test_english_surname_after_title_is_linked(build: Build) -> None:
    lists = lists_of(build, "en", ("Present: Dr. Whitfield, Mr. Baker",), ["Eleanor Whitfield", "Tom Baker"])
    assert [(person.name, person.member) for person in lists.present] == [
        ("Whitfield", "Eleanor Whitfield"),
        ("Baker", "Tom Baker"),
    ]


def test_pipeline_merges_lists_with_counts_and_links_chair(vi_minutes_items: tuple[Any, ...], build: Build) -> None:
    document = build(
        *vi_minutes_items[:7],
        "- Vắng mặt: đ/c Trần Văn Cường (ốm, có lý do), đ/c Vũ Văn Giang (không lý do).",
        *vi_minutes_items[7:],
    )
    extraction = extract(document, ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"])
    attendance = extraction.attendance
    assert (attendance.declared.present, attendance.declared.absent) == (22, 3)
    assert [(item.name, item.member, item.excused) for item in attendance.absent] == [
        ("Trần Văn Cường", "Trần Văn Cường", True),
        ("Vũ Văn Giang", None, False),
    ]
    assert [(guest.name, guest.higher_level) for guest in attendance.guests] == [("Phạm Văn Đức", True)]
    assert extraction.chair is not None and extraction.chair.member == "Nguyễn Văn An"
    assert extraction.recorder is not None and extraction.recorder.member == "Lê Thị Bình"


def test_english_pipeline_reads_present_list(en_minutes: Document) -> None:
    present = extract(en_minutes).attendance.present
    assert [person.name for person in present] == [
        "Eleanor Whitfield",
        "Grace Nakamura",
        "Tom Baker",
        "Ana Ruiz",
        "Li Wei",
        "Sam Cole",
        "Joe Park",
    ]


def test_a_roll_call_of_officers_each_with_a_status(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "ROLL CALL OF OFFICERS: President Denise Harwell – present; Vice President Marco Ruiz – present; "
            "Trustee Keisha Lomax – excused (on vacation); Trustee Paul Nguyen – present.",
        ),
    )
    assert [person.name for person in lists.present] == ["Denise Harwell", "Marco Ruiz", "Paul Nguyen"]
    assert [(person.name, person.reason, person.excused) for person in lists.absent] == [
        ("Keisha Lomax", "on vacation", True)
    ]


def test_a_delegate_of_the_level_above_listed_among_those_present_is_a_guest(build: Build) -> None:
    lists = lists_of(
        build,
        "vi",
        (
            "Dự họp: đồng chí Vương Đình Tuấn – Ủy viên Ban Thường vụ Đảng ủy, "
            "Trưởng Ban Xây dựng Đảng Đảng ủy phường.",
            "Có mặt: đồng chí Lê Văn An – Đảng ủy viên, Bí thư chi bộ; đồng chí Trần Thị Bình.",
        ),
    )
    assert [(guest.name, guest.higher_level) for guest in lists.guests] == [("Vương Đình Tuấn", True)]
    assert [person.name for person in lists.present] == ["Lê Văn An", "Trần Thị Bình"]  # a member of both levels


def test_absentees_in_prose_and_after_a_count(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "Apologies: 5 members, including Colin Dace and Mary Threlfall.",
            "Cllr Barry Nuttall was absent. Cllr Ned Baverstock was absent without apology.",
        ),
    )
    assert [(person.name, person.excused) for person in lists.absent] == [
        ("Colin Dace", True),
        ("Mary Threlfall", True),
        ("Barry Nuttall", None),
        ("Ned Baverstock", False),
    ]


def test_present_and_apologies_columns_of_marks_and_those_present_in_prose(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            [
                ["Director", "Present", "Apologies", "Notes"],
                ["Evelyn Marsh", "X", "", "Chair"],
                ["Lorenzo Fabbri", "", "X", "medical appointment"],
            ],
            "Those present were Wendy Ashcroft, Raj Patel and Trevor Haigh.",
        ),
    )
    assert [person.name for person in lists.present] == ["Wendy Ashcroft", "Raj Patel", "Trevor Haigh", "Evelyn Marsh"]
    assert [(person.name, person.reason, person.excused) for person in lists.absent] == [
        ("Lorenzo Fabbri", "medical appointment", True)
    ]


def test_in_attendance_after_a_table_of_members_lists_guests(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            [["Member", "Role", "Attendance"], ["Imogen Saltmarsh", "Medical Director", "Present"]],
            "In attendance: Priyanka Lal (minutes), Rachel Obi (item 3).",
        ),
    )
    assert [person.name for person in lists.present] == ["Imogen Saltmarsh"]
    assert [guest.name for guest in lists.guests] == ["Priyanka Lal", "Rachel Obi"]


def test_dự_họp_có_introduces_guests(build: Build) -> None:
    lists = lists_of(
        build,
        "vi",
        (
            "Dự họp có: đồng chí Nguyễn Thị Lành – Phó Bí thư Thường trực Đảng ủy xã; ông Kiều Văn Sơn – Phó Giám đốc "
            "Công ty TNHH Nông sản Sạch.",
            "Dự họp có đồng chí Kha Văn Tùng – Bí thư Chi bộ Khu phố 5.",
        ),
    )
    assert [(guest.name, guest.higher_level) for guest in lists.guests] == [
        ("Nguyễn Thị Lành", True),
        ("Kiều Văn Sơn", False),
        ("Kha Văn Tùng", False),
    ]
    assert lists.present == []


def test_absentees_after_a_count_in_words_and_their_standing(build: Build) -> None:
    lists = lists_of(
        build,
        "vi",
        (
            "Vắng hai đồng chí, đều có lý do: đồng chí Mai Thị Lựu (đi tập huấn) và đồng chí Quách Văn Bình (ốm).",
            "Vắng 01 đồng chí chính thức: đ/c Hứa Văn Chung (đi chữa bệnh).",
        ),
    )
    assert [(person.name, person.excused) for person in lists.absent] == [
        ("Mai Thị Lựu", True),
        ("Quách Văn Bình", True),
        ("Hứa Văn Chung", True),
    ]


def test_two_guests_each_with_a_role_after_a_comma(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "Present: Imogen Saltmarsh, Colm Dunleavy, Adaeze Nwosu.",
            "In attendance: Priyanka Lal, Governance Officer; Rachel Obi, Clinical Audit Manager.",
        ),
    )
    assert [(guest.name, guest.role) for guest in lists.guests] == [
        ("Priyanka Lal", "Governance Officer"),
        ("Rachel Obi", "Clinical Audit Manager"),
    ]


def test_a_label_after_a_dash_opens_the_list_under_it(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "ROLL CALL – Directors present:",
            (BlockKind.LIST_ITEM, "1. Adaeze Nwosu, Chair"),
            (BlockKind.LIST_ITEM, "2. Kurt Hollister, Vice-Chair"),
            (BlockKind.LIST_ITEM, "3. Priyanka Desai"),
        ),
    )
    assert [person.name for person in lists.present] == ["Adaeze Nwosu", "Kurt Hollister", "Priyanka Desai"]


def test_members_each_with_a_status_or_present_and_regrets_in_prose(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "Members: Rhiannon Price (chair), Sam Reyes (minutes), Theo Grant (absent), Precious Dube (apologies), "
            "Lukas Meyer",
            "Also there: Olu Adebayo (Co-op Finance Officer, staff)",
            "Regrets were received from Nancy Ostrowski and Helen Yoder. Arlene Fisk was not present.",
        ),
    )
    assert [person.name for person in lists.present] == ["Rhiannon Price", "Sam Reyes", "Lukas Meyer"]
    assert [(person.name, person.excused) for person in lists.absent] == [
        ("Theo Grant", None),
        ("Precious Dube", True),
        ("Nancy Ostrowski", True),
        ("Helen Yoder", True),
        ("Arlene Fisk", None),
    ]
    assert [guest.name for guest in lists.guests] == ["Olu Adebayo"]


def test_a_table_without_a_header_under_a_label(build: Build) -> None:
    lists = lists_of(
        build,
        "en",
        (
            "Directors in attendance:",
            [
                ["Marguerite Olander", "Chair", "present"],
                ["Kwame Asante", "Director", "present – arrived 5:50 p.m."],
                ["Ingrid Solberg", "Director", "absent – excused"],
            ],
        ),
    )
    assert [(person.name, person.role) for person in lists.present] == [
        ("Marguerite Olander", "Chair"),
        ("Kwame Asante", "Director"),
    ]
    assert [(person.name, person.excused) for person in lists.absent] == [("Ingrid Solberg", True)]
    assert [(person.name, person.time) for person in lists.late] == [("Kwame Asante", "17:50")]
