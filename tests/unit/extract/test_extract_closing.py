"""The closing of the minutes: signature places (role, title, name) and the read-back sentence."""

from __future__ import annotations

import pytest
from conftest import assert_evidence, build_document

from extract.closing import extract_read_back, extract_signatures
from extract.lines import document_lines
from ingest.document import BlockKind, Document

SIG = BlockKind.SIGNATURE
BODY_VI = tuple(
    f"Đồng chí Lê Thị Bình báo cáo kết quả thực hiện nhiệm vụ tháng {n}, chi bộ thảo luận." for n in (1, 2, 3)
)
BODY_EN = tuple(
    f"Item {n}: the Board discussed the budget, the building and the staff reports at length." for n in (1, 2, 3)
)
OPENING = "Chi bộ họp lúc 19 giờ 30 phút ngày 05/3/2025 tại Nhà văn hóa thôn 3, do đồng chí Nguyễn Văn An chủ trì."


def places(document: Document, code: str = "vi", known: tuple[str, ...] = ()) -> list[tuple[str | None, str | None]]:
    signatures = extract_signatures(document, document_lines(document), code, known)
    for signature in signatures:
        assert_evidence(document, signature.evidence, *([signature.name] if signature.name else []))
    return [(signature.role, signature.name) for signature in signatures]


def test_titles_side_by_side_in_a_table() -> None:
    document = build_document(
        OPENING,
        *BODY_VI,
        [["THƯ KÝ", "CHỦ TRÌ"], ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"], ["Lê Thị Bình", "Đ/c Nguyễn Văn An"]],
    )
    assert places(document) == [("recorder", "Lê Thị Bình"), ("chair", "Nguyễn Văn An")]


def test_on_behalf_of_the_cell_completes_the_place_under_it() -> None:
    document = build_document(
        OPENING,
        (SIG, "THƯ KÝ T/M CHI BỘ"),
        (SIG, "BÍ THƯ"),
        (SIG, "Tiêu Thị Hồng Nhung La Văn Tùng"),
    )
    signatures = extract_signatures(document, document_lines(document), "vi")
    assert [(s.role, s.title, s.name) for s in signatures] == [
        ("recorder", "THƯ KÝ", "Tiêu Thị Hồng Nhung"),  # split where a family name begins
        ("chair", "T/M CHI BỘ BÍ THƯ", "La Văn Tùng"),
    ]


@pytest.mark.parametrize(
    ("names", "known", "expected"),
    [
        ("Phạm Thị Ngân Lê Quang Huy", (), ("Phạm Thị Ngân", "Lê Quang Huy")),
        ("Nguyễn Văn An Lê Thị Thu Trang", ("Lê Thị Thu Trang",), ("Nguyễn Văn An", "Lê Thị Thu Trang")),
        ("Lê Thị Bình      Nguyễn Văn An", (), ("Lê Thị Bình", "Nguyễn Văn An")),  # a wide gap
        ("An Bình Chi Dũng Em", (), (None, None)),  # no way to tell where the first name ends: left blank
    ],
)
def test_names_side_by_side_on_one_line(
    names: str, known: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    document = build_document(
        OPENING, (SIG, "THƯ KÝ CHỦ TRÌ"), (SIG, "(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)"), (SIG, names)
    )
    assert places(document, known=known) == [("recorder", expected[0]), ("chair", expected[1])]


def test_ranks_open_the_names_side_by_side() -> None:
    document = build_document(
        OPENING,
        (SIG, "THƯ KÝ CHỦ TRÌ"),
        (SIG, "Trung úy Nhâm Thị Thanh Thúy Thiếu tá Lưu Quang Vinh"),
    )
    assert places(document) == [("recorder", "Nhâm Thị Thanh Thúy"), ("chair", "Lưu Quang Vinh")]


def test_titles_joined_by_a_dash_are_one_place() -> None:
    document = build_document(
        OPENING, (SIG, "THƯ KÝ | T/M CHI BỘ – BÍ THƯ\n(đã ký) | (đã ký)\nThái Thị Diệu | Quản Văn Ninh")
    )
    assert places(document) == [("recorder", "Thái Thị Diệu"), ("chair", "Quản Văn Ninh")]


def test_title_then_name_without_a_marked_block() -> None:
    document = build_document(
        OPENING, *BODY_VI, "Buổi sinh hoạt kết thúc lúc 21 giờ.", "THƯ KÝ — Lâm Văn Được\nCHỦ TRÌ — Sơn Thị Bích Tuyền"
    )
    assert places(document) == [("recorder", "Lâm Văn Được"), ("chair", "Sơn Thị Bích Tuyền")]


def test_unaccented_titles() -> None:
    document = build_document(OPENING, (SIG, "THU KY CHU TRI"), (SIG, "Le Thi Binh     Nguyen Van An"))
    assert places(document) == [("recorder", "Le Thi Binh"), ("chair", "Nguyen Van An")]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ([(SIG, "Respectfully submitted,"), (SIG, "Maria Lopez, Secretary")], [("recorder", "Maria Lopez")]),
        ([(SIG, "Minutes recorded by Patricia Olsen, Secretary")], [("recorder", "Patricia Olsen")]),
        (["The meeting adjourned at 6:12 p.m.", "Megan Hollis, Board Secretary"], [("recorder", "Megan Hollis")]),
        ([[["Signed", "Date"], ["Chairman", ""]]], [("chair", None)]),  # a place left blank for signing
        ([(SIG, "bev thornton, secretary")], [("recorder", "bev thornton")]),
        (["The meeting adjourned at 9:05 p.m."], []),
        (  # the title under the name, in a block of its own
            ["Fraternally submitted,", "Terrence Oyelaran", (SIG, "Recording Secretary")],
            [("recorder", "Terrence Oyelaran")],
        ),
        ([(SIG, "Respectfully submitted,\nAnders Holmqvist, Clerk of the Vestry")], [("recorder", "Anders Holmqvist")]),
    ],
)
def test_english_sign_offs(closing: list[object], expected: list[tuple[str | None, str | None]]) -> None:
    opening = "The regular meeting of the Board was called to order at 7:00 p.m. by Chair Eleanor Whitfield."
    document = build_document(opening, *BODY_EN, *closing, format="docx")  # type: ignore[arg-type]
    assert places(document, "en") == expected


def test_a_name_in_the_header_is_no_signature() -> None:
    document = build_document("Chủ trì: Đồng chí Nguyễn Văn An", "Thư ký: Đồng chí Lê Thị Bình", OPENING)
    assert places(document) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua.", True),
        ("Buổi sinh hoạt kết thúc lúc 21 giờ. Biên bản được đọc lại, chi bộ nhất trí thông qua.", True),
        ("Bien ban da duoc doc lai va thong qua.", True),
        ("Cuộc họp kết thúc lúc 17 giờ 45 phút. Biên bản đã được thông qua trước chi bộ.", True),
        ("Chi bộ thông qua biên bản kỳ trước.", False),  # the previous meeting's minutes
        ("Hội nghị nhất trí thông qua các nội dung trên.", False),  # the content, not the minutes
    ],
)
def test_read_back_vi(text: str, found: bool) -> None:
    document = build_document(OPENING, text)
    read_back = extract_read_back(document, document_lines(document), "vi")
    assert (read_back is not None) is found
    if read_back is not None:
        assert_evidence(document, read_back.evidence, read_back.text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("These minutes were read back and approved before the meeting closed.", True),
        ("The minutes of the previous meeting were read and approved.", False),
        ("The minutes of the March 11 meeting were approved as presented.", False),
    ],
)
def test_read_back_en(text: str, found: bool) -> None:
    document = build_document("The Board met at 7:00 p.m.", text)
    assert (extract_read_back(document, document_lines(document), "en") is not None) is found
