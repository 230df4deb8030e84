"""Topics: agenda items and section titles with labels from the taxonomy, in Vietnamese and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Topic
from extract.lines import document_lines
from extract.topics import builtin_taxonomy, extract_topics, load_taxonomy
from ingest.document import BlockKind, Document
from minutes.errors import InvalidInput

Build = Callable[..., Document]
Check = Callable[..., None]

LABEL_IDS = {
    "review", "plan", "party_building", "ho_chi_minh_study", "socio_economic", "security_defence", "environment",
    "infrastructure", "finance", "membership", "criticism", "minutes_approval", "governance", "personnel",
    "public_comment",
}  # fmt: skip


def _topics(document: Document, code: str) -> list[Topic]:
    return extract_topics(document, document_lines(document), code)


def _facts(topics: list[Topic]) -> list[tuple[str, list[str]]]:
    return [(topic.title, topic.labels) for topic in topics]


VI_ITEMS = (
    (BlockKind.HEADING, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024"),
    "- Thời gian: 8 giờ ngày 05/6/2024.",
    "1. Đồng chí Nguyễn Văn An",
    "- Chủ trì: đồng chí Nguyễn Văn An.",
    (BlockKind.HEADING, "II. NỘI DUNG SINH HOẠT"),
    "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 5. Đồng chí Bí thư báo cáo, chi bộ thảo luận.",
    "- Đồng chí Bình: nhất trí với báo cáo.",
    "2. Phương hướng, nhiệm vụ tháng 7",
    "3. Sinh hoạt chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "4. Công tác thu nộp đảng phí; phát triển đảng viên",
    "a) Xét đề nghị kết nạp quần chúng ưu tú Lê Văn Tâm",
    "5. Công tác bảo đảm an ninh trật tự, vệ sinh môi trường",
    "Biểu quyết: tán thành 20/20 đồng chí.",
    "Buổi sinh hoạt kết thúc vào hồi 10 giờ cùng ngày.",
    (BlockKind.HEADING, "THƯ KÝ"),
)
VI_EXPECTED = [
    ("Đánh giá kết quả thực hiện nhiệm vụ tháng 5", ["review"]),
    ("Phương hướng, nhiệm vụ tháng 7", ["plan"]),
    ("Sinh hoạt chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ["ho_chi_minh_study"]),
    ("Công tác thu nộp đảng phí; phát triển đảng viên", ["party_building", "finance", "membership"]),
    ("Xét đề nghị kết nạp quần chúng ưu tú Lê Văn Tâm", ["membership"]),
    ("Công tác bảo đảm an ninh trật tự, vệ sinh môi trường", ["security_defence", "environment"]),
]

EN_ITEMS = (
    (BlockKind.HEADING, "Riverside Library Board of Trustees"),
    (BlockKind.HEADING, "Minutes of the Regular Meeting"),
    "Agenda: 1. Approval of the minutes 2. Treasurer's report 3. Library hours",
    "Present: Eleanor Whitfield, Grace Nakamura.",
    (BlockKind.HEADING, "Call to Order"),
    "The meeting was called to order at 7 p.m.",
    (BlockKind.HEADING, "Approval of the Minutes"),
    "The minutes were approved as read.",
    (BlockKind.HEADING, "Old Business"),
    "- Parking lot repairs",
    "- Grace Nakamura reported that the audit is complete and everything went well.",
    (BlockKind.HEADING, "New Business"),
    "Item 4: Hiring of a new Executive Director",
    "5. Budget for FY2025: the board discussed the draft.",
    (BlockKind.HEADING, "Public Comment"),
    (BlockKind.HEADING, "Adjournment"),
    "- Not a topic",
    "The meeting adjourned at 8:45 p.m.",
)
EN_EXPECTED = [
    ("Approval of the minutes", ["minutes_approval"]),
    ("Treasurer's report", ["finance"]),
    ("Library hours", []),
    ("Old Business", ["review"]),
    ("Parking lot repairs", ["infrastructure"]),
    ("New Business", []),
    ("Hiring of a new Executive Director", ["personnel"]),
    ("Budget for FY2025", ["finance"]),
    ("Public Comment", ["public_comment"]),
]


@pytest.mark.parametrize(
    ("code", "items", "expected"), [("vi", VI_ITEMS, VI_EXPECTED), ("en", EN_ITEMS, EN_EXPECTED)], ids=["vi", "en"]
)
def test_topics_of_minutes(
    build: Build, check: Check, code: str, items: tuple[object, ...], expected: list[tuple[str, list[str]]]
) -> None:
    document = build(*items)
    topics = _topics(document, code)
    assert _facts(topics) == expected
    for topic in topics:
        check(document, topic.evidence, topic.title)


def test_an_agenda_item_and_its_heading_are_one_topic(build: Build) -> None:
    document = build(*EN_ITEMS)
    approval = _topics(document, "en")[0]
    assert [span.text for span in approval.evidence] == ["Approval of the minutes", "Approval of the Minutes"]


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        (
            "vi",
            ("BIÊN BẢN HỌP CHI BỘ", "I. KIỂM ĐIỂM, PHÊ BÌNH VÀ TỰ PHÊ BÌNH", "II. THÔNG QUA BIÊN BẢN KỲ TRƯỚC"),
            [
                ("KIỂM ĐIỂM, PHÊ BÌNH VÀ TỰ PHÊ BÌNH", ["criticism"]),
                ("THÔNG QUA BIÊN BẢN KỲ TRƯỚC", ["minutes_approval"]),
            ],
        ),
        (
            "vi",
            ("Chương trình: 1. Quán triệt nghị quyết của Đảng ủy xã 2. Bầu bổ sung chi ủy viên",),
            [("Quán triệt nghị quyết của Đảng ủy xã", ["party_building"]), ("Bầu bổ sung chi ủy viên", ["governance"])],
        ),
        (
            "vi",
            ("Nội dung 2: Triển khai xây dựng đường giao thông nông thôn mới",),
            [("Triển khai xây dựng đường giao thông nông thôn mới", ["socio_economic", "infrastructure"])],
        ),
        (
            "en",
            ("Item 7 – Amendments to the Bylaws", "Item 8: Recycling program"),
            [("Amendments to the Bylaws", ["governance"]), ("Recycling program", ["environment"])],
        ),
        (
            "en",
            ((BlockKind.HEADING, "Membership Report"), (BlockKind.HEADING, "Election of Officers")),
            [("Membership Report", ["membership"]), ("Election of Officers", ["governance"])],
        ),
    ],
)
def test_titles_and_labels(
    build: Build, code: str, items: tuple[object, ...], expected: list[tuple[str, list[str]]]
) -> None:
    assert _facts(_topics(build(*items), code)) == expected


@pytest.mark.parametrize(
    ("code", "items"),
    [
        ("vi", ("Vắng mặt: đ/c Hùng (ốm).", "Có mặt: 20 đồng chí.")),
        ("vi", ("1. Đồng chí Trần Văn Cường phát biểu: nhất trí.",)),
        ("en", ("Present: Eleanor Whitfield.", "The motion carried 5-0.")),
        ("en", ((BlockKind.HEADING, "Roll Call"), (BlockKind.HEADING, "Adjournment"))),
    ],
)
def test_no_topics(build: Build, code: str, items: tuple[object, ...]) -> None:
    assert _topics(build(*items), code) == []


def test_through_the_pipeline(vi_minutes: Document) -> None:
    topics = extract(vi_minutes).topics
    assert _facts(topics) == [
        ("Đánh giá kết quả thực hiện nhiệm vụ tháng 4", ["review"]),
    ]


# the taxonomy ---------------------------------------------------------------------------------------------


def test_the_builtin_taxonomy_has_the_fixed_ids_with_names_and_keywords() -> None:
    taxonomy = builtin_taxonomy()
    assert {label.id for label in taxonomy.labels} == LABEL_IDS
    for label in taxonomy.labels:
        assert set(label.names) == {"vi", "en"} and all(label.names.values())
        assert label.keywords.get("vi") and label.keywords.get("en")
    assert builtin_taxonomy() is taxonomy


def test_a_caller_may_pass_another_taxonomy(build: Build) -> None:
    taxonomy = load_taxonomy(
        """
labels:
  - id: library
    names: {en: Library, vi: Thư viện}
    keywords: {en: [library, books], vi: [thư viện]}
"""
    )
    document = build("Agenda: 1. Library hours 2. Treasurer's report")
    topics = extract_topics(document, document_lines(document), "en", taxonomy)
    assert _facts(topics) == [("Library hours", ["library"]), ("Treasurer's report", [])]


@pytest.mark.parametrize(
    "text",
    [
        "labels: [{id: a, names: {en: A}}, {id: a, names: {en: B}}]",  # duplicate id
        "labels: [{id: Bad Id, names: {en: A}}]",
        "labels: [{id: a, names: {en: A}, colour: red}]",  # unknown key
        "labels: [{id: a}]",  # no names
        "labels: [unclosed",
        "just text",
    ],
)
def test_a_malformed_taxonomy_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        load_taxonomy(text)


def test_a_keyword_written_with_a_caret_counts_only_at_the_start() -> None:
    taxonomy = builtin_taxonomy()
    assert "plan" in taxonomy.labels_of("Nhiệm vụ tháng 7/2024", "vi")
    assert "plan" not in taxonomy.labels_of("Đánh giá kết quả thực hiện nhiệm vụ tháng 4", "vi")


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        ("en", ("4) Police update - Dana Wright said car break-ins were down 30% since December.",), ["Police update"]),
        (
            "en",
            ("3. Resolution No. 2025-03 — Emergency Repair Contract",),
            ["Resolution No. 2025-03 — Emergency Repair Contract"],
        ),
        (
            "en",
            ((BlockKind.HEADING, "25/34 Public participation"), (BlockKind.HEADING, "25/35 Apologies")),
            ["25/34 Public participation"],
        ),
        ("en", ("2. President's report: Derek Walsh reported 412 players registered.",), ["President's report"]),
        ("vi", ("Chuyên đề: Bảo đảm trật tự, an toàn giao thông",), ["Chuyên đề: Bảo đảm trật tự, an toàn giao thông"]),
        (
            "vi",
            (
                "1. Đánh giá kết quả tháng 5",
                "2. Nhiệm vụ tháng 6",
                "a) Vận động trồng 2 ha rừng thay thế",  # the items of a part about tasks are tasks
                "3. Công tác phát triển đảng viên",
            ),
            ["Đánh giá kết quả tháng 5", "Nhiệm vụ tháng 6", "Công tác phát triển đảng viên"],
        ),
    ],
)
def test_title_boundaries(build: Build, code: str, items: tuple[object, ...], expected: list[str]) -> None:
    assert [topic.title for topic in _topics(build(*items), code)] == expected
