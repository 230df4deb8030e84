"""More ways of writing a task: "It was agreed that X would …", "X will … by Friday", tables headed
Who / What / When or with both an "Item" and an "Action" column, deadlines by weekday or quarter end, and a
line of fields that belongs to no item (no task invented from the paragraph above it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from ingest.document import Document

Build = Callable[..., Document]
EN = "Minutes of the meeting of Ashby Parish Council held on Tuesday 14 April 2026 at 7:00 pm in the Village Hall."
VI = "Hôm nay, vào hồi 19 giờ 30 phút ngày 05/3/2025, tại Nhà văn hóa thôn 3, Chi bộ thôn 3 sinh hoạt thường kỳ."


def tasks(build: Build, opening: str, *items: object) -> list[tuple[str | None, str, str | None]]:
    extraction = extract(build(opening, *items, "The meeting closed at 9 pm."))
    return [(a.assignee, a.task, a.due) for a in extraction.assignments]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            ["It was agreed that Cllr Tom Reed would obtain three quotes for the bus shelter."],
            [("Cllr Tom Reed", "obtain three quotes for the bus shelter", None)],
        ),
        (  # the Tuesday 14 April meeting: the Friday after it
            ["Margaret Hollis will circulate the revised policy by Friday."],
            [("Margaret Hollis", "circulate the revised policy", "2026-04-17")],
        ),
        (
            ["Action items:", "- Tom Reed to book the hall for the summer fair (by 1 June)."],
            [("Tom Reed", "book the hall for the summer fair", "2026-06-01")],
        ),
        (
            [
                [
                    ["Who", "What", "When"],
                    ["Tom Reed", "Book the hall", "1 June 2026"],
                    ["All trustees", "Sell tickets", "End of the quarter"],
                ]
            ],
            [("Tom Reed", "Book the hall", "2026-06-01"), ("All trustees", "Sell tickets", "2026-06-30")],
        ),
        (
            [
                [
                    ["Item", "Action", "Responsible", "Target date"],
                    ["4", "Renew the insurance", "Anne Pike", "31 May 2026"],
                ]
            ],
            [("Anne Pike", "Renew the insurance", "2026-05-31")],
        ),
        (["Owner: Raj Patel / Due: 20 May 2026"], []),  # fields of no item: no task
    ],
)
def test_english(build: Build, items: list[object], expected: list[tuple[str | None, str, str | None]]) -> None:
    assert tasks(build, EN, *items) == expected


def test_vietnamese_weekday_deadline(build: Build) -> None:
    # Wednesday 5 March 2025: "trước thứ Sáu tuần này" is Friday 7 March
    items = ["Giao đồng chí Lê Thị Bình hoàn thiện hồ sơ kết nạp đảng viên trước thứ Sáu tuần này."]
    assert tasks(build, VI, *items) == [("đồng chí Lê Thị Bình", "hoàn thiện hồ sơ kết nạp đảng viên", "2025-03-07")]


def test_vietnamese_items_under_who_gives_the_tasks(build: Build) -> None:
    items = [
        "Đồng chí Lê Thị Bình báo cáo kết quả các việc được giao:",  # a review: not where tasks are given
        "- Đ/c Phạm Văn Dũng thu quỹ khuyến học: đã xong.",
        "Chi ủy phân công:",
        "1. Đ/c Lã Văn Phong xây dựng phương án kê thêm giường, trình Ban Giám đốc trước ngày 20/3/2025.",
        "2. Đ/c Kim Thị Ngọc Hân và đ/c Ông Thị Mỹ Duyên lập lịch trực trong tháng 3.",
    ]
    assert tasks(build, VI, *items) == [
        ("Đ/c Lã Văn Phong", "xây dựng phương án kê thêm giường, trình Ban Giám đốc", "2025-03-20"),
        ("Đ/c Kim Thị Ngọc Hân và đ/c Ông Thị Mỹ Duyên", "lập lịch trực", "2025-03-31"),
    ]


def test_an_owner_wrapped_after_and_and_a_filed_reference(build: Build) -> None:
    items = [
        "Actions:",
        "1. Apply for the small grant. Owner: Olumide Bakare and\nHester Vane / Due: 30 June 2026",
        "ACTION 26/03 – Raise the work order for the fridge alarms. Owner: Martin Crewe / Due: 31 May 2026",
    ]
    assert tasks(build, EN, *items) == [
        ("Olumide Bakare and Hester Vane", "Apply for the small grant", "2026-06-30"),
        ("Martin Crewe", "Raise the work order for the fridge alarms", "2026-05-31"),
    ]
