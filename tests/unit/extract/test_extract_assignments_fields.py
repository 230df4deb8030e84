"""Tasks written as labelled fields ("Owner: …", "Deadline: …", "Người thực hiện: …", "Thời hạn: …")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.assignments import extract_assignments
from extract.lines import document_lines
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]
OCT_14 = "2025-10-14"


Facts = list[tuple[str | None, list[str], str, str | None, str | None]]


@pytest.fixture
def facts(check: Check) -> Callable[[Document, str], Facts]:
    def read(document: Document, code: str) -> Facts:
        found = extract_assignments(document, document_lines(document), code, OCT_14)
        for item in found:
            check(document, item.evidence, item.task)
        return [(item.assignee, item.assignees, item.task, item.due, item.due_text) for item in found]

    return read


def test_an_item_with_its_fields_on_the_lines_below(build: Build, facts: Callable[[Document, str], Facts]) -> None:
    document = build(
        "Tasks:",
        (BlockKind.LIST_ITEM, "Book the indoor rowing machines for January"),
        "Owner: Victor Osei",
        "Deadline: 31 October 2025",
        (BlockKind.LIST_ITEM, "Update the safety handbook"),
        "Owner: Priya Raman",
        "Deadline: before the next meeting",
    )
    assert facts(document, "en") == [
        ("Victor Osei", ["Victor Osei"], "Book the indoor rowing machines for January", "2025-10-31",
         "31 October 2025"),
        ("Priya Raman", ["Priya Raman"], "Update the safety handbook", None, "before the next meeting"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "line", "expected"),
    [
        ("en", "Task: Renew the club insurance. Responsible: Hannah Cole. Due: 15/11/2025",
         ("Hannah Cole", ["Hannah Cole"], "Renew the club insurance", "2025-11-15", "15/11/2025")),
        ("en", "- Order new oars — Owner: Tom Becker — Due date: Nov 30",
         ("Tom Becker", ["Tom Becker"], "Order new oars", "2025-11-30", "Nov 30")),
        ("vi", "Nội dung: Thu đảng phí quý IV; Người phụ trách: đ/c Lê Thị Bình; Thời hạn: 15/11/2025",
         ("đ/c Lê Thị Bình", ["Lê Thị Bình"], "Thu đảng phí quý IV", "2025-11-15", "15/11/2025")),
        ("vi", "- Vận động nhân dân làm đường – Phụ trách: đ/c Phạm Văn Dũng – Hạn: trong tháng 11",
         ("đ/c Phạm Văn Dũng", ["Phạm Văn Dũng"], "Vận động nhân dân làm đường", "2025-11-30", "trong tháng 11")),
    ],
)  # fmt: skip
def test_an_item_with_its_fields_on_one_line(
    build: Build, facts: Callable[[Document, str], Facts], code: str, line: str, expected: tuple[object, ...]
) -> None:
    assert facts(build(line), code) == [expected]


def test_vietnamese_fields_below_a_numbered_item(build: Build, facts: Callable[[Document, str], Facts]) -> None:
    document = build(
        (BlockKind.HEADING, "PHÂN CÔNG NHIỆM VỤ"),
        "1. Rà soát hồ sơ đảng viên",
        "Người thực hiện: đồng chí Trần Văn Cường",
        "Thời hạn: trước ngày 30/10/2025",
    )
    assert facts(document, "vi") == [
        ("đồng chí Trần Văn Cường", ["Trần Văn Cường"], "Rà soát hồ sơ đảng viên", "2025-10-30",
         "trước ngày 30/10/2025"),
    ]  # fmt: skip


def test_the_chair_and_the_time_of_the_meeting_are_not_fields_of_a_task(
    build: Build, facts: Callable[[Document, str], Facts]
) -> None:
    document = build(
        "Địa điểm: Hội trường nhà văn hóa thôn 5",
        "Chủ trì: đồng chí Nguyễn Văn An – Bí thư chi bộ",
        "Thời gian: 19 giờ 30 phút ngày 14/10/2025",
    )
    assert facts(document, "vi") == []


def test_fields_without_an_owner_give_no_task(build: Build, facts: Callable[[Document, str], Facts]) -> None:
    assert facts(build("Task: Review the lease", "Deadline: 30 November 2025"), "en") == []
