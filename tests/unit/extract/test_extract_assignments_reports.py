"""Reports on earlier tasks (the review of last month's assignments): task, who, status."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.contract import Report
from extract.lines import document_lines
from extract.reports import extract_reports
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]


def _reports(document: Document, code: str) -> list[Report]:
    return extract_reports(document, document_lines(document), code)


def _facts(item: Report) -> tuple[str | None, str, str | None]:
    return item.assignee, item.task, item.status


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        (
            "vi",
            (
                "Kết quả thực hiện nhiệm vụ tháng trước: việc thu đảng phí quý I đã hoàn thành; việc tu sửa đường "
                "làng đang triển khai; việc kết nạp đảng viên mới chưa hoàn thành.",
            ),
            [
                (None, "thu đảng phí quý I", "done"),
                (None, "tu sửa đường làng", "in_progress"),
                (None, "kết nạp đảng viên mới", "not_done"),
            ],
        ),
        (
            "vi",
            (
                (BlockKind.HEADING, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 4"),
                "- Đ/c Hùng đã hoàn thành việc sửa chữa nhà văn hóa.",
                "- Việc thu quỹ khuyến học: đang thực hiện.",
                "- Bê tông hóa đường nội đồng chưa thực hiện được do thời tiết.",
                (BlockKind.HEADING, "2. Phương hướng nhiệm vụ tháng 6"),
                "- Đ/c Lan: hoàn thành báo cáo trước ngày 15/6.",
            ),
            [
                ("Hùng", "sửa chữa nhà văn hóa", "done"),
                (None, "thu quỹ khuyến học", "in_progress"),
                (None, "Bê tông hóa đường nội đồng", "not_done"),
            ],
        ),
        (
            "vi",
            ("Trong tháng, đồng chí Lê Thị Bình đã hoàn thành việc thu đảng phí.",),
            [("Lê Thị Bình", "thu đảng phí", "done")],
        ),
        (
            "vi",
            ("Đồng chí Lê Thị Bình đã hoàn thành việc thu đảng phí.",),
            [("Lê Thị Bình", "thu đảng phí", "done")],
        ),
        (
            "en",
            ("Grace Nakamura reported that the audit is complete.",),
            [(None, "the audit", "done")],  # the one who reports is not the one who did the task
        ),
        (
            "en",
            (
                "Update on action items: website redesign – done; grant application – in progress; "
                "bylaws review – outstanding.",
            ),
            [
                (None, "website redesign", "done"),
                (None, "grant application", "in_progress"),
                (None, "bylaws review", "not_done"),
            ],
        ),
        (
            "en",
            (
                (BlockKind.HEADING, "Review of Action Items"),
                "- Tom Baker: contact the auditor – done.",
                "- Roof repair quote: still pending.",
            ),
            [("Tom Baker", "contact the auditor", "done"), (None, "Roof repair quote", "not_done")],
        ),
        (
            "vi",
            ("- Tu sửa đường làng (đ/c Hùng phụ trách): đang triển khai, đạt 60% khối lượng.",),
            [("Hùng", "Tu sửa đường làng", "in_progress")],
        ),
        (
            "en",
            ("The parking lot repair has been completed.",),
            [(None, "The parking lot repair", "done")],
        ),
    ],
)
def test_reports(
    build: Build, check: Check, code: str, items: tuple[object, ...], expected: list[tuple[object, ...]]
) -> None:
    document = build(*items)
    found = _reports(document, code)
    assert [_facts(item) for item in found] == expected
    for item in found:
        check(document, item.evidence, item.task)


@pytest.mark.parametrize(
    ("code", "table", "expected"),
    [
        (
            "vi",
            [
                ["STT", "Nội dung", "Người phụ trách", "Kết quả"],
                ["1", "Thu đảng phí", "Đ/c Bình", "Đã hoàn thành"],
                ["2", "Sửa đường", "Chi hội Nông dân", "Đang triển khai"],
                ["3", "Kết nạp đảng viên", "", ""],
            ],
            [
                ("Bình", "Thu đảng phí", "done"),
                ("Chi hội Nông dân", "Sửa đường", "in_progress"),
                (None, "Kết nạp đảng viên", None),
            ],
        ),
        (
            "en",
            [["Action", "Owner", "Status"], ["Audit", "Grace Nakamura", "Complete"], ["Hours", "Staff", "Open"]],
            [("Grace Nakamura", "Audit", "done"), ("Staff", "Hours", None)],
        ),
    ],
)
def test_tables_with_a_status_column(
    build: Build, code: str, table: list[list[str]], expected: list[tuple[object, ...]]
) -> None:
    assert [_facts(item) for item in _reports(build(table), code)] == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "Giao đồng chí Phạm Văn Dũng hoàn thành trước ngày 15/6."),  # a new task, not a report
        ("vi", "Chi bộ cần hoàn thành chỉ tiêu thu ngân sách."),
        ("vi", "Biểu quyết: tán thành 22/22 đồng chí."),
        ("vi", "Vắng mặt: đ/c Hùng (ốm)."),
        ("en", "Grace Nakamura agreed to complete the audit by June 1."),
        ("en", "The motion carried."),
        ("en", "Present: Eleanor Whitfield, Grace Nakamura."),
    ],
)
def test_not_reports(build: Build, code: str, text: str) -> None:
    assert _reports(build(text), code) == []


@pytest.mark.parametrize(
    ("code", "items", "expected"),
    [
        (
            "en",
            (
                "Nora Fitzgerald reported that the HVAC replacement is complete and the new self-checkout stations "
                "are still in progress.",
            ),
            [
                (None, "the HVAC replacement", "done"),
                (None, "the new self-checkout stations", "in_progress"),
            ],
        ),
        (
            "en",
            ("Chief Ortiz reported 142 calls in July. The new ladder truck is in service (done).",),
            [(None, "The new ladder truck", "done")],
        ),
        (
            "en",
            (
                (BlockKind.HEADING, "5. Follow-up on previous actions"),
                "- Bus shelter at Oak & 3rd (Brenda Kowalski) – installed.",
                "- Compost bins ordered — **Dmitri Volkov** — done",
            ),
            [
                ("Brenda Kowalski", "Bus shelter at Oak & 3rd", "done"),
                ("Dmitri Volkov", "Compost bins ordered", "done"),
            ],
        ),
        (
            "vi",
            (
                "Việc sửa chữa nhà vệ sinh học sinh (giao đồng chí Huỳnh Văn Nam) đã hoàn thành; việc xây dựng kho học "
                "liệu số (giao đồng chí Đỗ Thị Lệ) đang triển khai.",
            ),
            [
                ("Huỳnh Văn Nam", "sửa chữa nhà vệ sinh học sinh", "done"),
                ("Đỗ Thị Lệ", "xây dựng kho học liệu số", "in_progress"),
            ],
        ),
        (
            "vi",
            (
                "Đ/c Đặng Văn Toàn báo cáo. Kết quả thực hiện các việc đã giao:",
                "- đ/c Hồ Văn Lập: hoàn thành thu hoạch lúa hè thu sớm, đạt 100% diện tích.",
            ),
            [("Hồ Văn Lập", "thu hoạch lúa hè thu sớm, đạt 100% diện tích", "done")],
        ),
        (
            "vi",
            (
                "Chi bộ đánh giá các việc được giao tháng trước:",
                '- Vận động hội viên tham gia "Ngày Chủ nhật xanh" (đ/c Cao Xuân Mạnh): đã thực hiện 2 đợt.',
                "- Sửa cống tiêu nước (đ/c Chu Văn Ích) – chưa làm được vì chưa có kinh phí.",
                "- Lập danh sách hộ làm nhà tiêu (đ/c Phan Thị Gấm): mới được 12/20 hộ, đang tiếp tục.",
            ),
            [
                ("Cao Xuân Mạnh", 'Vận động hội viên tham gia "Ngày Chủ nhật xanh"', "done"),
                ("Chu Văn Ích", "Sửa cống tiêu nước", "not_done"),
                ("Phan Thị Gấm", "Lập danh sách hộ làm nhà tiêu", "in_progress"),
            ],
        ),
        (
            "vi",
            (
                "Ket qua cac viec chi bo giao thang truoc:",
                "+ Dong chi Vu Duc Manh sua chua mai ton nha an: da hoan thanh ngay 12/8.",
                "+ Dong chi Do Quang Huy cap nhat so dang vien: chua thuc hien.",
            ),
            [("Vu Duc Manh", "sua chua mai ton nha an", "done"), ("Do Quang Huy", "cap nhat so dang vien", "not_done")],
        ),
        (
            "en",
            (
                "Action log:",
                "- 25/41 Falls audit, Ward 6 (Colm Dunleavy): complete; report circulated.",
                "- 25/42 Extractor rental fee schedule (Janelle Ostrowski): still being drafted.",
            ),
            [
                ("Colm Dunleavy", "25/41 Falls audit, Ward 6", "done"),
                ("Janelle Ostrowski", "25/42 Extractor rental fee schedule", "in_progress"),
            ],
        ),
        (
            "en",
            (
                "Actions from last meeting",
                "- Elevator modernization bids (Bernard Osei-Mensah) – two of three bids received; still in progress.",
                "- Revision of the pet policy (Jonah Whitfield) – not yet drafted; carried forward.",
                "- Renewal of the collections insurance (Colin Petts) – in hand.",
                "- Lift 2 repair (Chris Palmer): fixed on 2 April. ✔",
            ),
            [
                ("Bernard Osei-Mensah", "Elevator modernization bids", "in_progress"),
                ("Jonah Whitfield", "Revision of the pet policy", "not_done"),
                ("Colin Petts", "Renewal of the collections insurance", "in_progress"),
                ("Chris Palmer", "Lift 2 repair", "done"),
            ],
        ),
    ],
)
def test_more_report_phrasings(
    build: Build, check: Check, code: str, items: tuple[object, ...], expected: list[tuple[object, ...]]
) -> None:
    document = build(*items)
    found = _reports(document, code)
    assert [_facts(item) for item in found] == expected
    for item in found:
        check(document, item.evidence)
