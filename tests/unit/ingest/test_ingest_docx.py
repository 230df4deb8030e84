"""Word files built in memory: styles, numbering, merged and nested cells, wrappers, what is left out."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest import parse_document
from ingest.document import BlockKind, Document
from minutes.errors import EmptyFile


def parse(word: WordDocument) -> Document:
    buffer = io.BytesIO()
    word.save(buffer)
    return parse_document(buffer.getvalue(), "minutes.docx")


def shape(document: Document) -> list[tuple[str, str, int | None]]:
    return [(block.kind.value, block.text, block.level) for block in document.blocks]


def number(paragraph: object, *, ilvl: int, num_id: int) -> None:
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]
    numbering.get_or_add_ilvl().val = ilvl
    numbering.get_or_add_numId().val = num_id


def test_styles_decide_headings_and_list_items() -> None:
    word = docx.Document()
    word.add_paragraph("Biên bản họp", style="Title")
    word.add_heading("Phần một", level=1)
    word.add_heading("Mục nhỏ", level=3)
    word.add_paragraph("Nội dung.\tCó tab\nvà xuống dòng.")
    word.add_paragraph("Gạch đầu dòng", style="List Bullet")
    word.add_paragraph("Cấp hai", style="List Bullet 2")
    word.add_paragraph("Đánh số", style="List Number")
    word.add_paragraph("   ")
    assert shape(parse(word)) == [
        ("heading", "Biên bản họp", 1),
        ("heading", "Phần một", 1),
        ("heading", "Mục nhỏ", 3),
        ("paragraph", "Nội dung. Có tab\nvà xuống dòng.", None),
        ("list_item", "Gạch đầu dòng", 1),
        ("list_item", "Cấp hai", 2),
        ("list_item", "Đánh số", 1),
    ]


def test_direct_numbering_gives_the_nesting_level() -> None:
    word = docx.Document()
    number(word.add_paragraph("Top"), ilvl=0, num_id=1)
    number(word.add_paragraph("Nested"), ilvl=1, num_id=1)
    number(word.add_paragraph("Numbering removed", style="List Bullet"), ilvl=0, num_id=0)
    assert shape(parse(word)) == [
        ("list_item", "Top", 1),
        ("list_item", "Nested", 2),
        ("paragraph", "Numbering removed", None),
    ]


def test_an_outline_level_makes_a_heading() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("NỘI DUNG CHÍNH")
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    paragraph._p.get_or_add_pPr().append(outline)
    assert shape(parse(word)) == [("heading", "NỘI DUNG CHÍNH", 2)]


def test_merged_cells_appear_once_and_nested_tables_become_cell_text() -> None:
    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Nội dung"
    table.cell(0, 2).text = "Người thực hiện"
    for col, value in enumerate(["1", "Thu đảng phí", "Lê Thị Bình"]):
        table.cell(1, col).text = value
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(2, 0).text = "2"
    inner = table.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Vệ sinh"
    inner.cell(0, 1).text = "môi trường"
    document = parse(word)
    block = document.blocks[0]
    assert block.kind is BlockKind.TABLE
    assert [[cell.text for cell in row] for row in block.rows] == [
        ["Nội dung", "Người thực hiện"],
        ["1", "Thu đảng phí", "Lê Thị Bình"],
        ["2", "Vệ sinh môi trường", "Lê Thị Bình"],
    ]
    for row in block.rows:
        for cell in row:
            assert document.text[cell.start : cell.end] == cell.text


def test_headers_and_footers_are_left_out() -> None:
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "ĐẢNG CỘNG SẢN VIỆT NAM (header)"
    word.sections[0].footer.paragraphs[0].text = "Trang 1"
    word.add_paragraph("Nội dung.")
    assert parse(word).text == "Nội dung."


def test_tracked_insertions_stay_deletions_go_and_content_controls_are_read() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Có mặt: ")
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "22 đồng chí"
    run.append(text)
    inserted.append(run)
    deleted = OxmlElement("w:del")
    old_run = OxmlElement("w:r")
    old_text = OxmlElement("w:delText")
    old_text.text = "20 đồng chí"
    old_run.append(old_text)
    deleted.append(old_run)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)
    control = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    wrapped = word.add_paragraph("Trong ô nhập liệu.")
    content.append(wrapped._p)
    control.append(content)
    word.element.body.insert(len(word.element.body) - 1, control)
    assert parse(word).text == "Có mặt: 22 đồng chí\n\nTrong ô nhập liệu."


def test_a_word_file_without_text_is_empty() -> None:
    word = docx.Document()
    word.add_paragraph("")
    word.add_table(rows=2, cols=2)
    with pytest.raises(EmptyFile, match="Word file contains no text"):
        parse(word)


def test_a_signature_table_at_the_end_is_a_signature_block() -> None:
    word = docx.Document()
    word.add_paragraph("Buổi sinh hoạt kết thúc vào lúc 10 giờ 30 phút cùng ngày.")
    table = word.add_table(rows=2, cols=2)
    for (row, col), value in {
        (0, 0): "T/M CHI BỘ\nBÍ THƯ",
        (0, 1): "THƯ KÝ",
        (1, 0): "Nguyễn Văn An",
    }.items():
        table.cell(row, col).text = value
    table.cell(1, 1).text = "Lê Thị Bình"
    document = parse(word)
    assert [block.kind for block in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.SIGNATURE]
    assert [[cell.text for cell in row] for row in document.blocks[1].rows] == [
        ["T/M CHI BỘ BÍ THƯ", "THƯ KÝ"],
        ["Nguyễn Văn An", "Lê Thị Bình"],
    ]
