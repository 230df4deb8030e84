"""Documents built by hand for the extraction tests, and a check that evidence points at the text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from extract.contract import Evidence, Extraction
from ingest.document import BlockKind, Document, DocumentBuilder

Item = str | tuple[BlockKind, str] | list[list[str]]


def build_document(*items: Item, format: str = "docx") -> Document:
    """Blocks in order: a string is a paragraph, `(kind, text)` a block of that kind, a list a table."""
    builder = DocumentBuilder(format, f"minutes.{format}", "0" * 64)
    for item in items:
        if isinstance(item, list):
            builder.add_table(item)
        elif isinstance(item, tuple):
            builder.add(item[0], item[1])
        else:
            builder.add(BlockKind.PARAGRAPH, item)
    return builder.build()


def assert_evidence(document: Document, spans: Sequence[Evidence], *sources: str) -> None:
    """Each span is the document's own text at its offsets, inside its block; together they hold `sources`."""
    assert spans, "no evidence"
    for span in spans:
        assert span.text == document.text[span.start : span.end]
        block = document.blocks[span.block]
        assert block.start <= span.start < span.end <= block.end
    joined = " ".join(span.text for span in spans)
    for source in sources:
        assert source in joined


def all_evidence(extraction: Extraction) -> list[Evidence]:
    spans = [span for spans in extraction.meeting.evidence.values() for span in spans]
    spans += [span for spans in extraction.attendance.declared_evidence.values() for span in spans]
    for person in (extraction.chair, extraction.recorder):
        if person:
            spans += person.evidence
    return spans


@pytest.fixture
def build() -> Callable[..., Document]:
    return build_document


VI_MINUTES: tuple[Item, ...] = (
    [
        ["ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN 3", "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["Số: 05-BB/CB", "Thôn 3, ngày 05 tháng 5 năm 2024"],
    ],
    (BlockKind.HEADING, "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"),
    (BlockKind.HEADING, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    "- Thời gian: Vào lúc 08 giờ 00 phút, ngày 04/5/2024.",
    "- Địa điểm: Nhà văn hóa thôn 3.",
    "- Tổng số đảng viên của chi bộ: 25 đồng chí (chính thức 20, dự bị 5); miễn sinh hoạt: 2 đồng chí.",
    "- Có mặt: 22 đồng chí. Vắng mặt: 3 đồng chí (có lý do: 2, không lý do: 1).",
    "- Đại biểu dự họp: 1 đồng chí Phạm Văn Đức – Đảng ủy viên, phụ trách chi bộ.",
    "- Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.",
    "- Thư ký: Đồng chí Lê Thị Bình.",
    (BlockKind.HEADING, "II. NỘI DUNG SINH HOẠT"),
    "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 4. Giao đồng chí Phạm Văn Dũng chủ trì, hoàn thành trước "
    "ngày 01/6/2024. Quý III chi bộ sẽ tổ chức sinh hoạt chuyên đề.",
    "Biểu quyết: tán thành 22/22 đồng chí có mặt (đạt 100%).",
    "Buổi sinh hoạt kết thúc vào hồi 10 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho toàn thể đảng "
    "viên nghe và nhất trí thông qua.",
    [["THƯ KÝ", "CHỦ TRÌ"], ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"], ["Lê Thị Bình", "Nguyễn Văn An"]],
)

EN_MINUTES: tuple[Item, ...] = (
    (BlockKind.HEADING, "Riverside Library Board of Trustees"),
    (BlockKind.HEADING, "Minutes of the Regular Meeting"),
    "Tuesday, March 12, 2024",
    "The regular meeting of the Riverside Library Board of Trustees was held in the Community Room of the "
    "Main Library. The meeting was called to order at 7:02 p.m. by Chair Eleanor Whitfield.",
    "Present: Eleanor Whitfield, Grace Nakamura, Tom Baker, Ana Ruiz, Li Wei, Sam Cole, Joe Park "
    "(7 of 9 members present)",
    "Absent: 2 (excused: 2)",
    "The minutes of the February 13, 2024 meeting were approved as read.",
    "Treasurer's report: total expenses for February were 1,250 dollars.",
    "The next regular meeting will be held on April 9, 2024 at 7 p.m.",
    "There being no further business, the meeting adjourned at 8:45 p.m.",
    "Respectfully submitted,",
    (BlockKind.SIGNATURE, "Grace Nakamura\nRecording Secretary"),
)


@pytest.fixture
def vi_minutes_items() -> tuple[Item, ...]:
    return VI_MINUTES


@pytest.fixture
def vi_minutes() -> Document:
    return build_document(*VI_MINUTES)


@pytest.fixture
def en_minutes() -> Document:
    return build_document(*EN_MINUTES)


@pytest.fixture
def check() -> Callable[..., None]:
    """`check(document, spans, *sources)`: see `assert_evidence`."""
    return assert_evidence


@pytest.fixture
def spans_of() -> Callable[[Extraction], list[Evidence]]:
    return all_evidence
