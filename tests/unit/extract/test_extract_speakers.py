"""Speakers: who speaks in the discussion, how many separate turns, linked to the roster."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Speaker
from extract.lines import document_lines
from extract.roster import Roster
from extract.speakers import extract_speakers
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]

VI_ROSTER = ("Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Hùng", "Phạm Văn Dũng", "Hoàng Văn An")
EN_ROSTER = ("Marcus Bell", "Priya Raman", "Ana Ortiz", "Eleanor Whitfield")


def _speakers(build: Build, code: str, *items: object, roster: tuple[str, ...] = ()) -> list[Speaker]:
    document = build(*items)
    return extract_speakers(document, document_lines(document), code, Roster.of(roster))


def _turns(speakers: list[Speaker]) -> list[tuple[str, int]]:
    return [(speaker.name, speaker.turns) for speaker in speakers]


VI_TURNS = [
    ("Đồng chí Lê Thị Bình phát biểu: cần đẩy mạnh công tác dân vận.", "Lê Thị Bình"),
    ("Đ/c Trần Văn Hùng (Chi ủy viên) phát biểu ý kiến về công tác thu đảng phí.", "Trần Văn Hùng"),
    ("- Đ/c Lê Thị Bình: nhất trí với báo cáo, đề nghị bổ sung chỉ tiêu.", "Lê Thị Bình"),
    ("Ý kiến đồng chí Phạm Văn Dũng: đề nghị chi bộ quan tâm công tác kiểm tra.", "Phạm Văn Dũng"),
    ("Đồng chí Phạm Văn Dũng nêu khó khăn trong việc thu hoạch lúa.", "Phạm Văn Dũng"),
    ("Đồng chí Trần Văn Hùng đề nghị tăng cường tuần tra ban đêm.", "Trần Văn Hùng"),
    ("Đồng chí Lê Thị Bình đề xuất tổ chức hội thi.", "Lê Thị Bình"),
    ("Đồng chí Trần Văn Hùng cho rằng cần có kế hoạch cụ thể.", "Trần Văn Hùng"),
    ("+ Đồng chí NGUYỄN VĂN AN: thống nhất với ý kiến các đồng chí.", "NGUYỄN VĂN AN"),
    ("Sau đó đồng chí Phạm Văn Dũng cũng phát biểu bổ sung.", "Phạm Văn Dũng"),
    ("Ông Trần Văn Hùng, Trưởng thôn cho biết đường đã được sửa.", "Trần Văn Hùng"),
]


@pytest.mark.parametrize(("line", "name"), VI_TURNS, ids=[line for line, _ in VI_TURNS])
def test_vietnamese_turns(build: Build, check: Check, line: str, name: str) -> None:
    document = build("II. DIỄN BIẾN", line)
    speakers = extract_speakers(document, document_lines(document), "vi", Roster.of(VI_ROSTER))
    assert _turns(speakers) == [(name, 1)]
    check(document, speakers[0].evidence, name)


EN_TURNS = [
    ("Marcus Bell said the roof needs repair.", "Marcus Bell"),
    ("Trustee Bell asked whether the grant covers staffing.", "Bell"),
    ("Ms. Raman noted that circulation rose by 5%.", "Raman"),
    ("Priya Raman stated that the audit was clean.", "Priya Raman"),
    ("Ana Ortiz commented that the signage is confusing.", "Ana Ortiz"),
    ("Chair Eleanor Whitfield also noted the deadline.", "Eleanor Whitfield"),
    ("Ana Ortiz, Treasurer, explained the variance.", "Ana Ortiz"),
    ("Marcus Bell: I support the proposal as written.", "Marcus Bell"),
    ("Dr. Ortiz pointed out that the lease ends in June.", "Ortiz"),
]


@pytest.mark.parametrize(("line", "name"), EN_TURNS, ids=[line for line, _ in EN_TURNS])
def test_english_turns(build: Build, check: Check, line: str, name: str) -> None:
    document = build("Discussion", line)
    speakers = extract_speakers(document, document_lines(document), "en", Roster())
    assert _turns(speakers) == [(name, 1)]
    check(document, speakers[0].evidence, line[:10])


def test_turns_are_counted_and_linked(build: Build) -> None:
    speakers = _speakers(
        build,
        "vi",
        "Đồng chí Nguyễn Văn An phát biểu khai mạc.",
        "- Đ/c Trần Văn Hùng (Chi ủy viên): đề nghị tăng cường kiểm tra.",
        "- Đ/c Hùng: bổ sung ý kiến về công tác dân vận. Đồng chí Hùng cũng đề nghị mua thêm loa.",
        "Đồng chí Lê Thị Bình báo cáo kết quả. Đồng chí Trần Văn Hùng hỏi thêm về kinh phí.",
        "Đồng chí An kết luận.",
        roster=VI_ROSTER,
    )
    assert _turns(speakers) == [("Nguyễn Văn An", 1), ("Trần Văn Hùng", 3), ("An", 1)]  # a report is no turn
    assert [(item.member, item.candidates) for item in speakers] == [
        ("Nguyễn Văn An", []),
        ("Trần Văn Hùng", []),
        (None, ["Nguyễn Văn An", "Hoàng Văn An"]),
    ]


def test_short_names_join_the_full_name(build: Build) -> None:
    speakers = _speakers(
        build,
        "en",
        "Trustee Marcus Bell said the roof needs repair. Bell added that quotes were requested. Priya Raman "
        "asked about the cost. Bell replied that it was within budget.",
        "Raman: Thank you.",
    )
    assert _turns(speakers) == [("Marcus Bell", 2), ("Priya Raman", 2)]


def test_roster_names_count_without_title(build: Build) -> None:
    speakers = _speakers(build, "en", "Bell said the roof leaks. Ortiz asked when.", roster=EN_ROSTER)
    assert [(item.name, item.member, item.turns) for item in speakers] == [
        ("Marcus Bell", "Marcus Bell", 1),
        ("Ana Ortiz", "Ana Ortiz", 1),
    ]


NOT_SPEAKERS = [
    ("vi", "Có mặt: đồng chí Nguyễn Văn An, đồng chí Lê Thị Bình, đồng chí Trần Văn Hùng."),
    ("vi", "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ."),
    ("vi", "Thư ký: Đồng chí Lê Thị Bình."),
    ("vi", "Giao đồng chí Phạm Văn Dũng báo cáo kết quả vào kỳ sau."),
    ("vi", "Đề nghị đồng chí Trần Văn Hùng báo cáo tiến độ."),
    ("vi", "Đồng chí chủ trì kết luận."),
    ("vi", "Địa điểm: Nhà văn hóa thôn 3."),
    ("vi", "Đồng chí Bí thư phát biểu khai mạc."),
    ("en", "Present: Marcus Bell, Priya Raman, Ana Ortiz."),
    ("en", "The Chair said the item would return next month."),
    ("en", "Action: Bell to request quotes by May 1."),
    ("en", "Staff said the system works."),
    ("en", "Old Business: none."),
    ("en", "Respectfully submitted, Grace Nakamura"),
    ("en", "The Chair asked Bell to report next month."),
    ("en", "Roll call vote: Ayes: Bell, Raman."),
]


@pytest.mark.parametrize(("code", "line"), NOT_SPEAKERS, ids=[line for _, line in NOT_SPEAKERS])
def test_not_speakers(build: Build, code: str, line: str) -> None:
    assert _speakers(build, code, line) == []


def test_signatures_and_headings_are_not_turns(build: Build) -> None:
    speakers = _speakers(
        build,
        "vi",
        (BlockKind.HEADING, "Ý kiến đồng chí Nguyễn Văn An: tổng hợp"),
        [["THƯ KÝ", "CHỦ TRÌ"], ["Đồng chí Lê Thị Bình: ký", "Đồng chí Nguyễn Văn An: ký"]],
        (BlockKind.SIGNATURE, "Đồng chí Trần Văn Hùng: đã ký"),
    )
    assert _turns(speakers) == [("Lê Thị Bình", 1), ("Nguyễn Văn An", 1)]


def test_pipeline_fills_speakers(build: Build) -> None:
    document = build(
        (BlockKind.HEADING, "Minutes of the Regular Meeting"),
        "Date: March 12, 2024. Present: Marcus Bell, Priya Raman.",
        "Marcus Bell said the roof needs repair. Priya Raman asked about the cost.",
        "Bell replied that quotes were requested.",
    )
    extraction = extract(document, ["Marcus Bell", "Priya Raman"])
    assert [(item.name, item.member, item.turns) for item in extraction.speakers] == [
        ("Marcus Bell", "Marcus Bell", 2),
        ("Priya Raman", "Priya Raman", 1),
    ]


MORE_TURNS = [
    ("vi", "Chị Lê Thị Kiều: đề nghị chi hội đặt thêm thùng rác.", "Lê Thị Kiều"),
    ("vi", "Dong chi Mac Thi Thoa : de nghi to chuc le ra quan san xuat.", "Mac Thi Thoa"),
    ("vi", "Đồng chí Giang Văn Hậu (lần 2): nhận vận động kinh phí.", "Giang Văn Hậu"),
    ("en", "Gary Pruitt, 14 Oak Lane, said the crosswalk needs a signal.", "Gary Pruitt"),
    ("en", "Cllr Aziz asked about the overspend.", "Aziz"),
    ("en", "City Manager Brewer said resurfacing would start in April.", "Brewer"),
    ("en", "Trustee Lucia Moreno, Treasurer, noted that fines were down.", "Lucia Moreno"),
]


@pytest.mark.parametrize(("code", "line", "name"), MORE_TURNS, ids=[line for _, line, _ in MORE_TURNS])
def test_more_turns(build: Build, code: str, line: str, name: str) -> None:
    assert _turns(_speakers(build, code, line)) == [(name, 1)]


def test_a_presentation_is_not_a_turn(build: Build) -> None:
    speakers = _speakers(
        build,
        "en",
        "Anne Castillo presented the renovation plan. Helen Brooks asked whether the area would stay open. "
        "Anne Castillo said it would move for six weeks.",
    )
    assert _turns(speakers) == [("Helen Brooks", 1), ("Anne Castillo", 1)]


REPORTED_TASKS = [
    ("vi", "Đồng chí Nguyễn Đình Khoa: thu đảng phí quý I/2025 – đã hoàn thành, 12/12 đảng viên nộp đủ."),
    ("vi", "Đồng chí Đỗ Văn Hải: sửa chữa đường bê tông xóm Đông – đang thực hiện."),
    ("vi", "đ/c Hồ Văn Lập: hoàn thành thu hoạch lúa hè thu sớm. Hoàn thành."),
    ("en", "Marcus Bell: done, the quotes were circulated."),
    ("en", "Priya Raman: in progress."),
]


@pytest.mark.parametrize(("code", "line"), REPORTED_TASKS, ids=[line for _, line in REPORTED_TASKS])
def test_a_task_reported_on_is_not_a_turn(build: Build, code: str, line: str) -> None:
    assert _speakers(build, code, line) == []


PRESENTING = [
    ("vi", "Đồng chí Lê Thị Bình báo cáo kết quả thực hiện nhiệm vụ tháng 4."),
    ("vi", "Đồng chí Trần Văn Hùng – Phó Bí thư chi bộ trình bày dự thảo nghị quyết."),
    ("vi", "Đồng chí Âu Văn Phúc – Trưởng thôn, Tổ trưởng tổ an ninh – trình bày chuyên đề."),
    ("vi", "Đồng chí Cao Văn Định – đảng viên được phân công giúp đỡ – báo cáo nhận xét."),
    ("vi", "Đồng chí La Văn Tùng thông báo kế hoạch của Đảng ủy xã."),
    ("vi", "Đồng chí Lê Thị Bình đọc biên bản kỳ trước."),
    ("en", "Director Jane Roe reported that the branch reopened."),
    ("en", "Colin Fraser summarized the findings of the parking study."),
]


@pytest.mark.parametrize(("code", "line"), PRESENTING, ids=[line for _, line in PRESENTING])
def test_presenting_a_report_is_no_turn_of_the_discussion(build: Build, code: str, line: str) -> None:
    assert _speakers(build, code, line) == []


def test_absentees_listed_with_a_colon_are_no_speakers(build: Build) -> None:
    extraction = extract(
        build(
            "Đảng viên chi bộ: 11 đồng chí. Có mặt: 09. Vắng 02 đồng chí:",
            "- Đ/c Khúc Văn Thìn: ốm, đang điều trị tại nhà;",
            "- Đ/c Âu Thị Hoa: về quê.",
            "Chi bộ thảo luận:",
            "- Đ/c Lê Văn Tám: đề nghị chi bộ quan tâm hộ nghèo.",
        )
    )
    assert [item.name for item in extraction.attendance.absent] == ["Khúc Văn Thìn", "Âu Thị Hoa"]
    assert [(item.name, item.turns) for item in extraction.speakers] == [("Lê Văn Tám", 1)]
