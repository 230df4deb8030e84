"""The committed fixtures, parsed in every format: order, kinds, spans, text and tables."""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from pathlib import Path

import pytest

from ingest import parse_document
from ingest.document import BlockKind, Document
from tests.support.held_out import save_pdf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
VI_FILES = ["vi-regular.docx", "vi-regular.pdf", "vi-regular.txt"]
EN_FILES = ["en-board.docx", "en-board.pdf", "en-board.md"]
ALL_FILES = VI_FILES + EN_FILES

VI_TASKS = [
    ["STT", "Nội dung", "Người thực hiện", "Thời hạn"],
    ["1", "Thu đảng phí quý II/2024", "Lê Thị Bình", "31/5/2024"],
    ["2", "Tổ chức ra quân vệ sinh môi trường", "Phạm Văn Dũng", "01/6/2024"],
    ["3", "Rà soát hộ nghèo, cận nghèo", "Ngô Thị Hoa", "15/6/2024"],
]
EN_ACTIONS = [
    ["Action", "Responsible", "Due"],
    ["Obtain three quotes for parking lot lighting", "Anne Castillo", "April 5, 2024"],
    ["Draft a revised meeting room policy", "Helen Brooks", "April 9, 2024"],
    ["Sign the roof repair contract", "Eleanor Whitfield", "March 22, 2024"],
]
VI_FACTS = [
    "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024",
    "Số: 05-BB/CB",
    "Thời gian: Vào lúc 08 giờ 00 phút, ngày 05 tháng 5 năm 2024.",
    "Địa điểm: Nhà văn hóa thôn 3.",
    "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.",
    "Thư ký: Đồng chí Lê Thị Bình.",
    "Tổng số đảng viên: 25 đồng chí; có mặt: 22 đồng chí; vắng mặt: 3 đồng chí",
    "Đồng chí Trần Văn Cường (ốm, có lý do);",
    "Khách mời: Đồng chí Đỗ Minh Khang – Đảng ủy viên, phụ trách chi bộ.",
    "Biểu quyết: tán thành 22/22 đồng chí, đạt 100%.",
    "Buổi sinh hoạt kết thúc vào lúc 10 giờ 30 phút cùng ngày.",
]
EN_FACTS = [
    "Minutes of the Regular Meeting, March 12, 2024",
    "The meeting was called to order at 7:02 p.m. by Chair Eleanor Whitfield.",
    "Absent: Thomas Reed (excused).",
    "Recorder: Grace Nakamura, Secretary",
    "The motion carried 6-1, with Samuel Lee voting against.",
    "The meeting adjourned at 8:45 p.m.",
]


@functools.cache
def parsed(name: str) -> Document:
    return parse_document((FIXTURES / name).read_bytes(), name)


def first(document: Document, kind: BlockKind, starting: str) -> int:
    return next(b.index for b in document.blocks if b.kind is kind and b.text.startswith(starting))


@pytest.mark.parametrize("name", ALL_FILES)
def test_format_and_hash_come_from_the_content(name: str) -> None:
    document = parsed(name)
    data = (FIXTURES / name).read_bytes()
    assert document.format == {"docx": "docx", "pdf": "pdf", "txt": "txt", "md": "md"}[name.rsplit(".")[-1]]
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.filename == name
    assert not document.ocr


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_span_points_at_its_text(name: str) -> None:
    document = parsed(name)
    assert [block.index for block in document.blocks] == list(range(len(document.blocks)))
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert document.block_at(block.start) is block
        for row in block.rows:
            for cell in row:
                assert document.text[cell.start : cell.end] == cell.text
    starts = [block.start for block in document.blocks]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", ALL_FILES)
def test_text_is_nfc_and_clean(name: str) -> None:
    text = parsed(name).text
    assert unicodedata.normalize("NFC", text) == text
    assert "\t" not in text
    assert "  " not in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize("name", VI_FILES)
def test_vietnamese_facts_and_diacritics_survive(name: str) -> None:
    document = parsed(name)
    for fact in VI_FACTS:
        assert fact in document.text, fact


@pytest.mark.parametrize("name", EN_FILES)
def test_english_facts_survive(name: str) -> None:
    document = parsed(name)
    for fact in EN_FACTS:
        assert fact in document.text, fact


@pytest.mark.parametrize(("name", "rows"), [(n, VI_TASKS) for n in VI_FILES] + [(n, EN_ACTIONS) for n in EN_FILES])
def test_the_task_table_keeps_rows_and_cells(name: str, rows: list[list[str]]) -> None:
    tables = [block for block in parsed(name).blocks if block.kind is BlockKind.TABLE]
    assert len(tables) == 1
    assert [[cell.text for cell in row] for row in tables[0].rows] == rows


@pytest.mark.parametrize("name", VI_FILES)
def test_vietnamese_blocks_come_in_order_with_their_kinds(name: str) -> None:
    document = parsed(name)
    title = first(document, BlockKind.HEADING, "BIÊN BẢN SINH HOẠT CHI BỘ")
    section_one = first(document, BlockKind.HEADING, "I. ĐÁNH GIÁ KẾT QUẢ")
    absentee = first(document, BlockKind.LIST_ITEM, "Đồng chí Trần Văn Cường")
    section_two = first(document, BlockKind.HEADING, "II. PHƯƠNG HƯỚNG")
    table = first(document, BlockKind.TABLE, "STT")
    vote = first(document, BlockKind.PARAGRAPH, "Biểu quyết")
    assert title < absentee < section_one < section_two < table < vote
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [text.split(" (")[0] for text in items[:3]] == [
        "Đồng chí Trần Văn Cường",
        "Đồng chí Hoàng Thị Dung",
        "Đồng chí Vũ Văn Giang",
    ]
    assert items[5].endswith("Hoàn thành thu đảng phí quý II/2024.")
    assert all(b.level == 1 for b in document.blocks if b.kind is BlockKind.LIST_ITEM)


@pytest.mark.parametrize("name", EN_FILES)
def test_english_blocks_come_in_order_with_their_kinds(name: str) -> None:
    document = parsed(name)
    kinds = {b.text: b.kind for b in document.blocks}
    for heading in ("Riverside Library Board of Trustees", "Call to Order", "Old Business", "Adjournment"):
        assert kinds[heading] is BlockKind.HEADING, heading
    items = [(b.text, b.level) for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        ("Summer reading program: Director Castillo presented the plan for the program.", 1),
        ("Registration opens June 3, 2024.", 2),
        ("Meeting room policy: the board asked for a revised policy on private events.", 1),
    ]
    order = [
        first(document, BlockKind.HEADING, "Call to Order"),
        first(document, BlockKind.PARAGRAPH, "Present:"),
        first(document, BlockKind.PARAGRAPH, "Daniel Ortiz moved"),
        first(document, BlockKind.TABLE, "Action"),
        first(document, BlockKind.PARAGRAPH, "The meeting adjourned"),
        first(document, BlockKind.SIGNATURE, "Respectfully submitted"),
    ]
    assert order == sorted(order)


@pytest.mark.parametrize("name", ALL_FILES)
def test_the_signature_closes_the_minutes(name: str) -> None:
    document = parsed(name)
    signature = [b for b in document.blocks if b.kind is BlockKind.SIGNATURE]
    assert signature
    assert signature == list(document.blocks[-len(signature) :])
    text = " ".join(b.text for b in signature)
    assert ("Lê Thị Bình" in text and "Nguyễn Văn An" in text) or "Grace Nakamura, Secretary" in text
    before = document.blocks[-len(signature) - 1]
    assert before.kind is BlockKind.PARAGRAPH


def test_the_vietnamese_signature_table_keeps_its_columns() -> None:
    for name in ("vi-regular.docx", "vi-regular.txt"):
        block = parsed(name).blocks[-1]
        assert block.kind is BlockKind.SIGNATURE
        assert [[cell.text for cell in row] for row in block.rows] == [
            ["THƯ KÝ", "CHỦ TRÌ"],
            ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"],
            ["Lê Thị Bình", "Nguyễn Văn An"],
        ]


@pytest.mark.parametrize(("name", "pages"), [("vi-regular.pdf", 2), ("en-board.pdf", 2)])
def test_pdf_pages_are_counted_and_recorded_on_every_block(name: str, pages: int) -> None:
    document = parsed(name)
    assert document.pages == pages
    assert all(block.page is not None for block in document.blocks)
    assert [block.page for block in document.blocks] == sorted(block.page or 0 for block in document.blocks)
    assert document.blocks[-1].page == pages
    assert "1/2" not in document.text and "of 2" not in document.text  # the page-number footers


@pytest.mark.parametrize("name", ["vi-regular.docx", "vi-regular.txt", "en-board.docx", "en-board.md"])
def test_formats_without_pages_leave_them_unknown(name: str) -> None:
    document = parsed(name)
    assert document.pages is None
    assert all(block.page is None for block in document.blocks)


def test_vietnamese_section_two_starts_the_second_pdf_page() -> None:
    document = parsed("vi-regular.pdf")
    section_two = document.blocks[first(document, BlockKind.HEADING, "II. PHƯƠNG HƯỚNG")]
    assert section_two.page == 2
    assert document.blocks[section_two.index - 1].page == 1


def test_a_table_split_over_two_pdf_pages_is_one_block() -> None:
    document = parsed("en-board.pdf")
    table = document.blocks[first(document, BlockKind.TABLE, "Action")]
    assert table.page == 1
    assert document.blocks[table.index + 1].page == 2
    assert len(table.rows) == len(EN_ACTIONS)


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("vi-regular.docx", "PPPPP H PPPPPP LLL P H PP LL H P LLL P T PPP S"),
        ("vi-regular.pdf", "HHPHP H PPPPPP LLL P H PP LL H P LLL P T PPP SSS"),
        ("vi-regular.txt", "HHPHP H PPP LLL P H PP LL H P LLL P T PPP S"),
        ("en-board.docx", "HHPHPHPPPPP HPHPHPP H LLL P T P H PP SS"),
        ("en-board.pdf", "HHPHPHPPPPP HPHPHPP H LLL P T P H PP SS"),
        ("en-board.md", "HHPHPHPPPPP HPHPHPP H LLL P T P H PP S"),
    ],
)
def test_the_whole_sequence_of_block_kinds(name: str, kinds: str) -> None:
    letters = {"H": "heading", "P": "paragraph", "L": "list_item", "T": "table", "S": "signature"}
    expected = [letters[letter] for letter in kinds.replace(" ", "")]
    assert [block.kind.value for block in parsed(name).blocks] == expected


def test_pdf_lines_typed_as_table_rows_are_a_table(tmp_path: Path) -> None:
    lines = [
        "Attendance",
        "Member  |  Role  |  Attendance",
        "Imogen Saltmarsh  |  Medical Director  |  Present",
        "Hyun-woo Park  |  Head of Pharmacy  |  Present (joined 14:20)",
        "One line with a | bar is text.",
    ]
    save_pdf(lines, tmp_path / "typed.pdf", 1)
    document = parse_document((tmp_path / "typed.pdf").read_bytes(), "typed.pdf")
    tables = [block for block in document.blocks if block.kind is BlockKind.TABLE]
    assert [[cell.text for cell in row] for row in tables[0].rows] == [
        ["Member", "Role", "Attendance"],
        ["Imogen Saltmarsh", "Medical Director", "Present"],
        ["Hyun-woo Park", "Head of Pharmacy", "Present (joined 14:20)"],
    ]
    assert len(tables) == 1 and "One line with a | bar is text." in document.text


def test_pdf_table_rows_typed_over_several_lines_are_joined(tmp_path: Path) -> None:
    lines = [
        "STT | Nội dung | Người phụ trách | Thời hạn",
        "1 | Ký hợp đồng bảo dưỡng định kỳ | Đ/c Nghiêm Xuân Trường |",
        "20/3/2026",
        "2 | Đưa phần mềm vé điện tử vào vận hành | Đ/c Lê Thị Sáu, đ/c Hà",
        "Minh Tuấn | 31/3/2026",
        "Chi bộ biểu quyết thông qua.",
    ]
    save_pdf(lines, tmp_path / "wrapped.pdf", 2)
    document = parse_document((tmp_path / "wrapped.pdf").read_bytes(), "wrapped.pdf")
    tables = [block for block in document.blocks if block.kind is BlockKind.TABLE]
    assert [[cell.text for cell in row] for row in tables[0].rows] == [
        ["STT", "Nội dung", "Người phụ trách", "Thời hạn"],
        ["1", "Ký hợp đồng bảo dưỡng định kỳ", "Đ/c Nghiêm Xuân Trường", "20/3/2026"],
        ["2", "Đưa phần mềm vé điện tử vào vận hành", "Đ/c Lê Thị Sáu, đ/c Hà Minh Tuấn", "31/3/2026"],
    ]
    assert "Chi bộ biểu quyết thông qua." in document.text


@pytest.mark.parametrize("name", ["vi-regular.pdf", "en-board.pdf"])
def test_the_cheap_pdf_reader_reads_the_same_lines_as_pdfplumber(name: str) -> None:
    import pdfplumber

    from ingest.pdf import _quick_pages, _read_page

    data = (FIXTURES / name).read_bytes()
    with pdfplumber.open(FIXTURES / name) as pdf:
        quick = _quick_pages(data, len(pdf.pages))
        for number, pdf_page in enumerate(pdf.pages, start=1):
            slow = _read_page(pdf_page)
            if slow.tables:  # a ruled table is drawn on the page: only pdfplumber finds it
                assert number not in quick
                continue
            page = quick[number]
            assert [line.text for line in page.lines] == [line.text for line in slow.lines]
            assert [(line.size, line.bold) for line in page.lines] == [(line.size, line.bold) for line in slow.lines]
