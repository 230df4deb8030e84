"""Plain text and Markdown: decoding, headings, lists, tables, paragraphs."""

from __future__ import annotations

import unicodedata

import pytest

from ingest import parse_document
from ingest.document import BlockKind, Document
from ingest.text import decode_text


def md(text: str) -> Document:
    return parse_document(text.encode(), "minutes.md")


def txt(text: str) -> Document:
    return parse_document(text.encode(), "minutes.txt")


def shape(document: Document) -> list[tuple[str, str, int | None]]:
    return [(block.kind.value, block.text, block.level) for block in document.blocks]


@pytest.mark.parametrize(
    "data",
    [
        "Biên bản họp".encode(),
        "\ufeffBiên bản họp".encode(),
        "Biên bản họp".encode("utf-16"),
        "\ufeffBiên bản họp".encode("utf-16-be"),
        "Biên bản họp".encode().replace(b" ", b"\r\n"),
    ],
)
def test_utf8_and_utf16_with_bom_decode(data: bytes) -> None:
    text = decode_text(data)
    assert text is not None
    assert " ".join(text.split()) == "Biên bản họp"


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\xd8", b"caf\xe9 au lait", b"a\x00b\x00c", bytes(range(32)) * 4])
def test_text_that_is_not_utf8_is_refused_by_the_decoder(data: bytes) -> None:
    assert decode_text(data) is None


def test_decomposed_vietnamese_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Đồng chí Nguyễn Văn An")
    document = txt(decomposed)
    assert document.text == "Đồng chí Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", document.text)


def test_markdown_headings_lists_and_paragraphs() -> None:
    document = md(
        "# Board minutes #\n"
        "\n"
        "Called to order at 7:02 p.m.\n"
        "by the **Chair**.\n"
        "\n"
        "## Attendance\n"
        "- Eleanor Whitfield\n"
        "  - chairing\n"
        "    and voting\n"
        "* Marcus Bell\n"
        "1. First motion\n"
        "\n"
        "Setext heading\n"
        "==============\n"
        "> Quoted [link](https://example.org) and `code`\n"
        "\n"
        "---\n"
        "Last words\n"
    )
    assert shape(document) == [
        ("heading", "Board minutes", 1),
        ("paragraph", "Called to order at 7:02 p.m.\nby the Chair.", None),
        ("heading", "Attendance", 2),
        ("list_item", "Eleanor Whitfield", 1),
        ("list_item", "chairing\nand voting", 2),
        ("list_item", "Marcus Bell", 1),
        ("list_item", "1. First motion", 1),
        ("heading", "Setext heading", 1),
        ("paragraph", "Quoted link and code", None),
        ("paragraph", "Last words", None),
    ]


def test_markdown_pipe_table_skips_the_separator_row() -> None:
    document = md(
        "Tasks:\n\n"
        "| STT | Nội dung | Người thực hiện |\n"
        "|:---|---|---:|\n"
        "| 1 | Thu a\\|b | **Lê Thị Bình** |\n"
        "| 2 | Vệ sinh |  |\n"
        "\nAfter.\n"
    )
    table = document.blocks[1]
    assert table.kind is BlockKind.TABLE
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["STT", "Nội dung", "Người thực hiện"],
        ["1", "Thu a|b", "Lê Thị Bình"],
        ["2", "Vệ sinh", ""],
    ]
    assert document.blocks[2].text == "After."


def test_a_pipe_line_without_separator_is_not_a_markdown_table() -> None:
    assert shape(md("a | b\nc | d\n")) == [("paragraph", "a | b\nc | d", None)]


def test_plain_text_headings_lists_and_paragraphs() -> None:
    document = txt(
        "CHI BỘ THÔN 3\n"
        "Số: 05-BB/CB\n"
        "\n"
        "I. TÌNH HÌNH CHUNG\n"
        "Thời gian: 08 giờ 00.\n"
        "Địa điểm: Nhà văn hóa.\n"
        "\n"
        "• Đồng chí Trần Văn Cường\n"
        "    + vắng có lý do\n"
        "a) Nội dung thứ nhất\n"
        "2) Nội dung thứ hai\n"
        "Kết luận\n"
        "===\n"
    )
    assert shape(document) == [
        ("heading", "CHI BỘ THÔN 3", None),
        ("paragraph", "Số: 05-BB/CB", None),
        ("heading", "I. TÌNH HÌNH CHUNG", None),
        ("paragraph", "Thời gian: 08 giờ 00.\nĐịa điểm: Nhà văn hóa.", None),
        ("list_item", "Đồng chí Trần Văn Cường", 1),
        ("list_item", "vắng có lý do", 2),
        ("list_item", "a) Nội dung thứ nhất", 1),
        ("list_item", "2) Nội dung thứ hai", 1),
        ("heading", "Kết luận", 1),
    ]


def test_plain_text_keeps_markdown_markup() -> None:
    assert txt("**Chủ trì:** Nguyễn Văn An").text == "**Chủ trì:** Nguyễn Văn An"


@pytest.mark.parametrize(
    "table",
    [
        "STT\tHọ tên\tGhi chú\n1\tLê Thị Bình\tcó mặt\n",
        "STT | Họ tên | Ghi chú\n1 | Lê Thị Bình | có mặt\n",
        "+-----+-------------+---------+\n| STT | Họ tên | Ghi chú |\n+-----+---+---+\n| 1 | Lê Thị Bình | có mặt |\n",
    ],
)
def test_plain_text_tables(table: str) -> None:
    document = txt("Danh sách:\n\n" + table + "\nHết.")
    assert [block.kind for block in document.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    assert [[cell.text for cell in row] for row in document.blocks[1].rows] == [
        ["STT", "Họ tên", "Ghi chú"],
        ["1", "Lê Thị Bình", "có mặt"],
    ]


def test_a_single_pipe_line_is_a_paragraph() -> None:
    assert shape(txt("Có mặt | vắng mặt\n")) == [("paragraph", "Có mặt | vắng mặt", None)]


def test_long_capital_lines_are_not_headings() -> None:
    line = "NỘI DUNG " * 20
    assert txt(line).blocks[0].kind is BlockKind.PARAGRAPH


def test_form_feed_and_crlf_separate_lines() -> None:
    document = txt("Trang một.\r\n\r\nTrang hai.\fTrang ba.")
    assert [block.text for block in document.blocks] == ["Trang một.", "Trang hai.\nTrang ba."]


def test_a_table_set_out_in_columns_with_spaces() -> None:
    text = (
        "ACTIONS\n"
        "Who                 What                                   By when\n"
        "Gary Holt           Book the referees' course              31 March\n"
        "Leanne + Priti      Tournament risk assessment             next meeting\n"
        "Treasurer           Chase unpaid subs                      end of month\n"
        "\n"
        "Date:      19 August 2025\n"
        "Time:      7.00pm\n"
        "Place:     Club room\n"
        "THU KY                        CHU TRI\n"
        "(da ky)                       (da ky)\n"
    )
    document = parse_document(text.encode(), "minutes.txt")
    tables = [[[cell.text for cell in row] for row in block.rows] for block in document.blocks if block.rows]
    assert tables == [
        [
            ["Who", "What", "By when"],
            ["Gary Holt", "Book the referees' course", "31 March"],
            ["Leanne + Priti", "Tournament risk assessment", "next meeting"],
            ["Treasurer", "Chase unpaid subs", "end of month"],
        ]
    ]  # labels and values, and two signature places side by side, are no table


def test_an_indented_table_with_marks_under_its_headers() -> None:
    text = (
        "A quorum of seven directors was present.\n"
        "\n"
        "  Director                 Present   Apologies   Notes\n"
        "  Evelyn Marsh               X                   Chair\n"
        "  Lorenzo Fabbri                        X        medical appointment\n"
        "  Alan Mercer                                    absent\n"
    )
    document = parse_document(text.encode(), "minutes.txt")
    tables = [[[cell.text for cell in row] for row in block.rows] for block in document.blocks if block.rows]
    assert tables == [
        [
            ["Director", "Present", "Apologies", "Notes"],
            ["Evelyn Marsh", "X", "", "Chair"],
            ["Lorenzo Fabbri", "", "X", "medical appointment"],
            ["Alan Mercer", "", "", "absent"],
        ]
    ]
