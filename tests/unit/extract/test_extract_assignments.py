"""Tasks given at the meeting (prose, bullets, tables) in Vietnamese and English: who, what, by when."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.assignments import extract_assignments
from extract.contract import Assignment
from extract.lines import document_lines
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]
MAY_5 = "2024-05-05"


def _assignments(document: Document, code: str, roster: list[str] | None = None) -> list[Assignment]:
    return extract_assignments(document, document_lines(document), code, MAY_5, roster)


def _facts(item: Assignment) -> tuple[str | None, list[str], str, str | None, str | None]:
    return item.assignee, item.assignees, item.task, item.due, item.due_text


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "vi",
            "Phân công: giao đồng chí Phạm Văn Dũng chủ trì tổ chức hội nghị, thời hạn trước ngày 30/6/2024.",
            (
                "đồng chí Phạm Văn Dũng",
                ["Phạm Văn Dũng"],
                "chủ trì tổ chức hội nghị",
                "2024-06-30",
                "thời hạn trước ngày 30/6/2024",
            ),
        ),
        (
            "vi",
            "Đồng chí Lê Thị Bình chịu trách nhiệm thu đảng phí quý II, hoàn thành trước ngày 15/6.",
            ("Đồng chí Lê Thị Bình", ["Lê Thị Bình"], "thu đảng phí quý II", "2024-06-15", "trước ngày 15/6"),
        ),
        (
            "vi",
            "Giao cho đ/c Trần Văn Cường phụ trách công tác an ninh trật tự trong tháng 7.",
            (
                "đ/c Trần Văn Cường",
                ["Trần Văn Cường"],
                "phụ trách công tác an ninh trật tự",
                "2024-07-31",
                "trong tháng 7",
            ),
        ),
        (
            "vi",
            "Chi ủy chỉ đạo các đoàn thể tổ chức Tết Trung thu cho thiếu nhi trong quý III.",
            ("Chi ủy", [], "chỉ đạo các đoàn thể tổ chức Tết Trung thu cho thiếu nhi", "2024-09-30", "trong quý III"),
        ),
        (
            "vi",
            "Giao Chi hội Phụ nữ vận động hội viên tham gia vệ sinh môi trường, hoàn thành trong tháng 6.",
            ("Chi hội Phụ nữ", [], "vận động hội viên tham gia vệ sinh môi trường", "2024-06-30", "trong tháng 6"),
        ),
        (
            "vi",
            "Giao đồng chí Nguyễn Văn An và đồng chí Lê Thị Bình xây dựng kế hoạch phát triển đảng viên.",
            (
                "đồng chí Nguyễn Văn An và đồng chí Lê Thị Bình",
                ["Nguyễn Văn An", "Lê Thị Bình"],
                "xây dựng kế hoạch phát triển đảng viên",
                None,
                None,
            ),
        ),
        (
            "vi",
            "chi bộ thống nhất giao đ/c Hùng theo dõi, báo cáo tại kỳ họp tới",  # messy: no capital, no stop
            ("đ/c Hùng", ["Hùng"], "theo dõi, báo cáo", None, "tại kỳ họp tới"),
        ),
        (
            "en",
            "Action: Grace Nakamura to circulate the draft by April 5.",
            ("Grace Nakamura", ["Grace Nakamura"], "circulate the draft", "2025-04-05", "by April 5"),
        ),
        (
            "en",
            "ACTION ITEM: Tom Baker will contact the auditor within two weeks.",
            ("Tom Baker", ["Tom Baker"], "contact the auditor", "2024-05-19", "within two weeks"),
        ),
        (
            "en",
            "Ms. Bell and Dr. Raman were asked to review the bylaws before the next meeting.",
            ("Ms. Bell and Dr. Raman", ["Bell", "Raman"], "review the bylaws", None, "before the next meeting"),
        ),
        (
            "en",
            "Bell and Raman agreed to review the policy by the end of the month.",
            ("Bell and Raman", ["Bell", "Raman"], "review the policy", "2024-05-31", "by the end of the month"),
        ),
        (
            "en",
            "Staff was directed to prepare a budget by March 1.",
            ("Staff", [], "prepare a budget", "2025-03-01", "by March 1"),
        ),
        (
            "en",
            "The Treasurer was asked to present the audit in June.",
            ("The Treasurer", [], "present the audit", "2024-06-30", "in June"),
        ),
        (
            "en",
            "After discussion, the board asked Ana Ruiz to draft a letter to the council.",
            ("Ana Ruiz", ["Ana Ruiz"], "draft a letter to the council", None, None),
        ),
        (
            "en",
            "Li Wei volunteered to organise the book sale.",
            ("Li Wei", ["Li Wei"], "organise the book sale", None, None),
        ),
    ],
)
def test_prose(build: Build, check: Check, code: str, text: str, expected: tuple[object, ...]) -> None:
    document = build(text)
    found = _assignments(document, code)
    assert [_facts(item) for item in found] == [expected]
    check(document, found[0].evidence, expected[2])


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        (
            "vi",
            (
                "Phân công nhiệm vụ:",
                "- Đ/c Hùng: theo dõi việc tu sửa đường làng, thời hạn: thường xuyên.",
                "- Đ/c Nguyễn Văn An và đ/c Lê Thị Bình: vận động nhân dân đóng góp quỹ, trong tháng 7.",
            ),
            [
                ("Đ/c Hùng", ["Hùng"], "theo dõi việc tu sửa đường làng", None, "thời hạn: thường xuyên"),
                (
                    "Đ/c Nguyễn Văn An và đ/c Lê Thị Bình",
                    ["Nguyễn Văn An", "Lê Thị Bình"],
                    "vận động nhân dân đóng góp quỹ",
                    "2024-07-31",
                    "trong tháng 7",
                ),
            ],
        ),
        (
            "vi",
            (
                (BlockKind.HEADING, "2. Phương hướng nhiệm vụ tháng 6"),
                (BlockKind.LIST_ITEM, "+ Đồng chí Trần Thị Hoa – hoàn thiện hồ sơ kết nạp đảng viên trước 20/6"),
            ),
            [
                (
                    "Đồng chí Trần Thị Hoa",
                    ["Trần Thị Hoa"],
                    "hoàn thiện hồ sơ kết nạp đảng viên",
                    "2024-06-20",
                    "trước 20/6",
                )
            ],
        ),
        (
            "en",
            (
                (BlockKind.HEADING, "Action Items"),
                "- Grace Nakamura: send the survey by May 20",
                "- Tom Baker to book the hall",
                "• Ana Ruiz will update the website within 10 days",
            ),
            [
                ("Grace Nakamura", ["Grace Nakamura"], "send the survey", "2024-05-20", "by May 20"),
                ("Tom Baker", ["Tom Baker"], "book the hall", None, None),
                ("Ana Ruiz", ["Ana Ruiz"], "update the website", "2024-05-15", "within 10 days"),
            ],
        ),
    ],
)
def test_bullets_in_a_part_about_tasks(
    build: Build, check: Check, code: str, items: tuple[object, ...], expected: list[tuple[object, ...]]
) -> None:
    document = build(*items)
    found = _assignments(document, code)
    assert [_facts(item) for item in found] == expected
    for item in found:
        check(document, item.evidence, item.task)


def test_bullets_elsewhere_are_speeches_not_tasks(build: Build) -> None:
    document = build(
        "Ý kiến thảo luận:",
        "- Đ/c Hùng: nhất trí với báo cáo, đề nghị bổ sung số liệu.",
        "Discussion:",
        "- Grace Nakamura: asked about the roof.",
    )
    assert _assignments(document, "vi") == []
    assert _assignments(document, "en") == []


@pytest.mark.parametrize(
    ("code", "table", "expected"),
    [
        (
            "vi",
            [
                ["STT", "Nội dung công việc", "Người thực hiện", "Thời hạn"],
                ["1", "Sửa chữa nhà văn hóa", "Đ/c Hùng", "15/6/2024"],
                ["2", "Thu đảng phí", "Nguyễn Văn An, Lê Thị Bình", "Kỳ họp tới"],
                ["3", "Vận động hội viên", "Chi hội Nông dân", "Trong tháng 7"],
            ],
            [
                ("Đ/c Hùng", ["Hùng"], "Sửa chữa nhà văn hóa", "2024-06-15", "15/6/2024"),
                ("Nguyễn Văn An, Lê Thị Bình", ["Nguyễn Văn An", "Lê Thị Bình"], "Thu đảng phí", None, "Kỳ họp tới"),
                ("Chi hội Nông dân", [], "Vận động hội viên", "2024-07-31", "Trong tháng 7"),
            ],
        ),
        (
            "vi",
            [["TT", "Nhiệm vụ", "Người phụ trách"], ["1", "Tuyên truyền phòng chống ma túy", "Đ/c Lan"]],
            [("Đ/c Lan", ["Lan"], "Tuyên truyền phòng chống ma túy", None, None)],
        ),
        (
            "en",
            [
                ["Action", "Owner", "Due"],
                ["Update website", "Li Wei", "June 1"],
                ["Plan picnic", "Events Committee", "ongoing"],
                ["Fix the roof", "", "July 1"],
            ],
            [
                ("Li Wei", ["Li Wei"], "Update website", "2024-06-01", "June 1"),
                ("Events Committee", [], "Plan picnic", None, "ongoing"),
            ],
        ),
        (
            "en",
            [["#", "Task", "Responsible", "Deadline"], ["1", "Audit", "Bell and Raman", "End of the month"]],
            [("Bell and Raman", ["Bell", "Raman"], "Audit", "2024-05-31", "End of the month")],
        ),
    ],
)
def test_task_tables(
    build: Build, check: Check, code: str, table: list[list[str]], expected: list[tuple[object, ...]]
) -> None:
    document = build("Phân công nhiệm vụ" if code == "vi" else "Action items", table)
    found = _assignments(document, code)
    assert [_facts(item) for item in found] == expected
    for item in found:
        check(document, item.evidence, item.task)


def test_a_table_of_results_is_not_a_table_of_tasks(build: Build) -> None:
    document = build([["STT", "Nội dung", "Người thực hiện", "Kết quả"], ["1", "Thu đảng phí", "Đ/c Bình", "Đã xong"]])
    assert _assignments(document, "vi") == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "Vắng mặt: đ/c Nguyễn Văn Cường (ốm), đ/c Hùng (đi công tác)."),
        ("vi", "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ."),
        ("vi", "Đại biểu dự họp: đồng chí Phạm Văn Đức – Đảng ủy viên, phụ trách chi bộ."),
        ("vi", "Chi bộ biểu quyết thông qua nghị quyết với 22/22 đồng chí tán thành (đạt 100%)."),
        ("vi", "Đồng chí Bình phát biểu: nhất trí với dự thảo nghị quyết."),
        ("vi", "Đ/c Hùng đã hoàn thành việc sửa chữa nhà văn hóa."),
        ("en", "Present: Eleanor Whitfield, Grace Nakamura, Tom Baker."),
        ("en", "Absent: Ana Ruiz (excused)."),
        ("en", "The motion carried 5-0. Resolved, That the budget be adopted."),
        ("en", "The next regular meeting will be held on April 9, 2024 at 7 p.m."),
        ("en", "Grace Nakamura reported that the audit is complete."),
    ],
)
def test_not_assignments(build: Build, code: str, text: str) -> None:
    assert _assignments(build(text), code) == []


def test_several_tasks_in_one_sentence(build: Build) -> None:
    document = build("Giao đ/c Hùng sửa loa truyền thanh; giao đ/c Lan thu quỹ khuyến học trước ngày 30/5.")
    found = _assignments(document, "vi")
    assert [(item.assignees, item.task, item.due) for item in found] == [
        (["Hùng"], "sửa loa truyền thanh", None),
        (["Lan"], "thu quỹ khuyến học", "2024-05-30"),
    ]


def test_roster_members_are_linked(build: Build) -> None:
    document = build("Giao đồng chí Dũng và đ/c Lê Thị Bình rà soát hồ sơ đảng viên; giao đ/c An trực loa.")
    found = _assignments(document, "vi", ["Phạm Văn Dũng", "Lê Thị Bình", "Nguyễn Văn An", "Trần Văn An"])
    assert found[0].assignees == ["Phạm Văn Dũng", "Lê Thị Bình"]  # the given name stands for one member
    assert found[0].members == ["Phạm Văn Dũng", "Lê Thị Bình"]
    assert (found[1].assignees, found[1].members) == (["An"], [])  # two Ans: left as written


def test_short_names_stand_for_the_people_named_in_full(build: Build) -> None:
    document = build(
        "Present: Moira Haddock, Olumide Bakare, Peter Hale, Petra Hale.",
        "ACTION: Haddock to write to the county; O. Bakare to price the repairs.",
        "ACTION: Hale to book the hall.",
    )
    extraction = extract(document)
    found = [(item.assignee, item.assignees) for item in extraction.assignments]
    assert found == [
        ("Haddock", ["Moira Haddock"]),
        ("O. Bakare", ["Olumide Bakare"]),
        ("Hale", ["Hale"]),  # Peter or Petra: left as written
    ]


def test_through_the_pipeline_with_the_meeting_date(build: Build, vi_minutes_items: tuple[object, ...]) -> None:
    extraction = extract(build(*vi_minutes_items))
    assert extraction.meeting.date == "2024-05-04"
    assert [(item.assignees, item.task, item.due, item.due_text) for item in extraction.assignments] == [
        (["Phạm Văn Dũng"], "chủ trì", "2024-06-01", "trước ngày 01/6/2024")
    ]


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        (  # a member takes a task on in the discussion
            "vi",
            ("Đồng chí Lê Văn Nghĩa phát biểu lần 2: nhận đi vận động các hộ ký hợp đồng thu gom rác.",),
            [("Đồng chí Lê Văn Nghĩa", ["Lê Văn Nghĩa"], "đi vận động các hộ ký hợp đồng thu gom rác", None, None)],
        ),
        (
            "vi",
            ("Ông Trịnh Văn Mười (tổ 3): xin nhận làm tổ giám sát thi công.",),
            [("Ông Trịnh Văn Mười", ["Trịnh Văn Mười"], "làm tổ giám sát thi công", None, None)],
        ),
        (  # a subject and what it will do, with a deadline
            "vi",
            ("Các đảng viên viết bản thu hoạch chuyên đề, nộp về chi bộ trong tháng 9/2024.",),
            [("Các đảng viên", [], "viết bản thu hoạch chuyên đề, nộp về chi bộ", "2024-09-30", "trong tháng 9/2024")],
        ),
        (  # several tasks after one label
            "vi",
            (
                "Phân công: đ/c Huỳnh Thị Ngọc chủ trì tổng vệ sinh môi trường, xong trước ngày 20/5/2024; "
                "giao đ/c Cao Minh Tú phối hợp chi đoàn hỗ trợ người cao tuổi trong tháng 6.",
            ),
            [
                (
                    "đ/c Huỳnh Thị Ngọc",
                    ["Huỳnh Thị Ngọc"],
                    "chủ trì tổng vệ sinh môi trường",
                    "2024-05-20",
                    "xong trước ngày 20/5/2024",
                ),
                (
                    "đ/c Cao Minh Tú",
                    ["Cao Minh Tú"],
                    "phối hợp chi đoàn hỗ trợ người cao tuổi",
                    "2024-06-30",
                    "trong tháng 6",
                ),
            ],
        ),
        (  # the task first, its owner after it
            "vi",
            ("Ra quân trồng hoa tuyến đường ấp 4 – chị Lê Thị Kiều phụ trách, hoàn thành trước ngày 15/9/2024.",),
            [
                (
                    "chị Lê Thị Kiều",
                    ["Lê Thị Kiều"],
                    "Ra quân trồng hoa tuyến đường ấp 4",
                    "2024-09-15",
                    "trước ngày 15/9/2024",
                )
            ],
        ),
        (
            "vi",
            ("Nhiệm vụ tháng tới:", "- Vận động thêm 3 hội viên mới – Ban chấp hành Chi hội, thường xuyên."),
            [("Ban chấp hành Chi hội", [], "Vận động thêm 3 hội viên mới", None, "thường xuyên")],
        ),
        (
            "vi",
            ("Chi đoàn huy động thanh niên làm ngày công trong tháng 6.",),
            [("Chi đoàn", [], "huy động thanh niên làm ngày công", "2024-06-30", "trong tháng 6")],
        ),
        (
            "en",
            ("Treasurer Ana Ruiz was asked to draft owner-occupied fee language before the second reading.",),
            [
                (
                    "Treasurer Ana Ruiz",
                    ["Ana Ruiz"],
                    "draft owner-occupied fee language",
                    None,
                    "before the second reading",
                )
            ],
        ),
        (
            "en",
            ("Liam O'Connor to organise a coaching clinic in January.",),
            [("Liam O'Connor", ["Liam O'Connor"], "organise a coaching clinic", "2025-01-31", "in January")],
        ),
        (
            "en",
            ("4) Spring clean-up - Linda Cho will book the dumpsters by March 1.",),
            [("Linda Cho", ["Linda Cho"], "book the dumpsters", "2025-03-01", "by March 1")],
        ),
        (
            "en",
            ("Next steps:", "- Print posters — **Dmitri Volkov**, by May 8"),
            [("Dmitri Volkov", ["Dmitri Volkov"], "Print posters", "2024-05-08", "by May 8")],
        ),
        (  # offered in the discussion, then given in the conclusion: one task
            "en",
            ("Grace Nakamura agreed to draft the survey.", "Action: Grace Nakamura to draft the survey by June 1."),
            [("Grace Nakamura", ["Grace Nakamura"], "draft the survey", "2024-06-01", "by June 1")],
        ),
    ],
)
def test_more_phrasings(build: Build, code: str, items: tuple[object, ...], expected: list[tuple[object, ...]]) -> None:
    document = build(*items)
    assert [_facts(item) for item in _assignments(document, code)] == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "Đồng chí Đinh Công Tráng phát biểu: đại hội chi bộ phải chuẩn bị trước ngày 30/9."),
        ("vi", "Ông Lâm Văn Tư: đề nghị chi hội tổ chức thăm hỏi hội viên ốm đau trong tháng 3."),
        ("vi", "Đồng chí La Văn Tùng thông báo kế hoạch của Đảng ủy xã trước ngày 10/2."),
        ("vi", "ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 3/2024"),
        ("vi", "Việc sửa chữa nhà vệ sinh (giao đồng chí Huỳnh Văn Nam) đã hoàn thành."),
        ("vi", "Chi bộ tổ chức sinh hoạt vào ngày 05/5/2024."),
        ("en", "Call to order and attendance."),
        ("en", "Called to order 7:04 by Maria Santos (president)."),
        ("en", "Grant to the Cardiac Unit: the board thanked the donors."),
        ("en", "The next meeting will be held on June 11."),
        ("en", "Fieldwork will start on 17 February and take three weeks."),
    ],
)
def test_more_non_assignments(build: Build, code: str, text: str) -> None:
    assert _assignments(build(text), code) == []


def test_unaccented_vietnamese_names_the_assignee(build: Build) -> None:
    document = build("Giao dong chi Dinh Van Cuong phoi hop truong thon thu quy phong chong thien tai.")
    found = _assignments(document, "vi")
    assert [(item.assignee, item.assignees) for item in found] == [("dong chi Dinh Van Cuong", ["Dinh Van Cuong"])]


def test_a_lone_surname_gives_a_task_only_when_it_names_someone_present(build: Build) -> None:
    document = build(
        "Present: Moira Haddock, Olumide Bakare.",
        "Bakare to price the repairs. Residents to keep the gate shut. Bakare will repaint the gate by 1 June 2025.",
    )
    found = [(item.assignees, item.task, item.due) for item in extract(document).assignments]
    assert found == [
        (["Olumide Bakare"], "price the repairs", None),
        (["Olumide Bakare"], "repaint the gate", "2025-06-01"),
    ]


def test_what_one_of_the_people_will_do_is_a_task_even_without_a_deadline(build: Build) -> None:
    document = build(
        "Board members in attendance: Helen Achebe, Roger Penhaligon, David Kwan.",
        "Helen Achebe will contact the golf club about the catering price.",
        "The Board will meet again in October. Roger Penhaligon will be away in September.",
        "Mark Stone will review the lease.",  # not one of the people of these minutes
    )
    found = [(item.assignees, item.task) for item in extract(document).assignments]
    assert found == [(["Helen Achebe"], "contact the golf club about the catering price")]


def test_an_office_given_a_task_is_written_without_the_honorific(build: Build) -> None:
    document = build(
        "Phân công nhiệm vụ:", "- Đồng chí Bí thư chi bộ làm việc với Tổ trưởng tổ dân phố trước ngày 31/7/2025."
    )
    found = [(item.assignee, item.assignees) for item in extract(document).assignments]
    assert found == [("Bí thư chi bộ", [])]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Giao đồng chí Nguyễn Hữu Phước chủ trì, phối hợp với đồng chí Lâm Quốc Bảo hoàn thiện quy trình chuyển "
            "hồ sơ bệnh án điện tử, hoàn thành trước ngày 31/10/2025.",
            (["Nguyễn Hữu Phước", "Lâm Quốc Bảo"], "hoàn thiện quy trình chuyển hồ sơ bệnh án điện tử", "2025-10-31"),
        ),
        (
            "- Chi bo giao cho d/c Ly Thi Hong Nhung va d/c To Minh Tri ra soat danh sach ho ngheo trong thang 11.",
            (["Ly Thi Hong Nhung", "To Minh Tri"], "ra soat danh sach ho ngheo", "2025-11-30"),
        ),
        ("Đồng chí Bí thư chi bộ thông tin tình hình thời sự trong tháng 9/2025.", None),  # what was done
    ],
)
def test_vietnamese_tasks_shared_and_unaccented(build: Build, line: str, expected: tuple[object, ...] | None) -> None:
    document = build(
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2025", "Hôm nay ngày 10/10/2025 chi bộ họp thường kỳ.", line
    )
    found = [(item.assignees, item.task, item.due) for item in extract(document).assignments]
    assert found == ([expected] if expected else [])


def test_what_an_office_or_a_committee_will_do_and_owners_by_first_name(build: Build) -> None:
    document = build(
        "Those present were Wendy Ashcroft, Raj Patel and Trevor Haigh.",
        "The Director will bring a draft application to the March meeting.",
        "The Finance Committee will review financing options before the December board meeting.",
        "The Board will meet again in October.",
        "Wendy and Trevor will walk Cole Lane with PCSO Frost within the next fortnight to map the dark spots.",
        "PCSO Frost offered to bring the UV marking kits.",
    )
    found = [(item.assignee, item.assignees) for item in extract(document).assignments]
    assert found == [
        ("The Director", []),
        ("The Finance Committee", []),
        ("Wendy and Trevor", ["Wendy Ashcroft", "Trevor Haigh"]),
        ("PCSO Frost", ["Frost"]),
    ]


def test_a_list_of_tasks_under_a_label_with_items_wrapped_over_lines(build: Build) -> None:
    document = build(
        "BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ THÁNG 01/2026",
        "Hôm nay ngày 12/01/2026 chi bộ họp thường kỳ.",
        (BlockKind.HEADING, "II. NHIỆM VỤ THÁNG 01/2026"),
        "Chi bộ thống nhất phân công:",
        (
            BlockKind.LIST_ITEM,
            "1. Đ/c Lã Văn Phong xây dựng phương án kê thêm giường tại hành lang tầng 3, trình Ban\n"
            "Giám đốc trước ngày 18/01/2026.",
        ),
        (
            BlockKind.LIST_ITEM,
            "2. Đ/c Thân Thị Bích hoàn thành báo cáo khảo sát hài lòng người bệnh quý IV trước ngày\n20/01/2026.",
        ),
    )
    found = [(item.assignees, item.due) for item in extract(document).assignments]
    assert found == [(["Lã Văn Phong"], "2026-01-18"), (["Thân Thị Bích"], "2026-01-20")]


def test_items_opened_by_an_ordinal(build: Build) -> None:
    document = build(
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2025",
        "Hôm nay ngày 15/7/2025 chi bộ họp thường kỳ.",
        (BlockKind.HEADING, "III. NHIỆM VỤ THÁNG 8/2025"),
        "Một là, đồng chí Sầm Thị Lụa tổ chức hội nghị đối thoại với doanh nghiệp, chậm nhất ngày 20/8/2025.",
        "Bốn là, đ/c Bạc Thị Hương thu đảng phí tháng 7, nộp về Đảng ủy Chi cục trước 25/7.",
    )
    found = [(item.assignees, item.due) for item in extract(document).assignments]
    assert found == [(["Sầm Thị Lụa"], "2025-08-20"), (["Bạc Thị Hương"], "2025-07-25")]


def test_a_group_with_its_head_named_in_brackets(build: Build) -> None:
    found = _assignments(
        build(
            "1. Làm việc lại với Công ty Kết cấu thép Trung Bắc về hợp đồng liên kết đào tạo.",
            "Người thực hiện: Tổ bộ môn Hàn (tổ trưởng: ThS. Hoàng Văn Thái). Thời hạn: trước 15/11.",
        ),
        "vi",
    )
    assert [(item.assignee, item.assignees) for item in found] == [
        ("Tổ bộ môn Hàn (tổ trưởng: ThS. Hoàng Văn Thái)", ["Hoàng Văn Thái"])
    ]


def test_what_the_task_goes_on_with_after_its_deadline(build: Build) -> None:
    document = build(
        "Those present were Bev Lonsdale and Raj Patel.",
        "Bev to finish the WhatsApp rules by 1 September 2025 and circulate them to coordinators.",
    )
    found = [(item.task, item.due) for item in extract(document).assignments]
    assert found == [("finish the WhatsApp rules and circulate them to coordinators", "2025-09-01")]


def test_a_numbered_title_in_small_letters_ends_the_list_of_tasks(build: Build) -> None:
    document = build(
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 9 NĂM 2025",
        "hôm nay ngày 27/9/2025 chi bộ tiến hành sinh hoạt thường kỳ.",
        "II. nhiệm vụ tháng 10\n1/ đ/c Nhàn liên hệ Văn phòng Đảng ủy phường trao Huy hiệu Đảng, xong trước 31/10.",
        "III. ý kiến thảo luận\nđ/c Kha: bổ sung thêm là hội người cao tuổi cũng nên tham gia góp ý.\n"
        "Đ/C PHẠM THỊ GẤM : các cụ cao tuổi đọc văn kiện khó, đề nghị in chữ to.",
    )
    assert [item.assignees for item in extract(document).assignments] == [["Nhàn"]]
