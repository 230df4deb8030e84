"""Grouping PDF text lines into blocks, on hand-made lines (points, from the top of the page)."""

from __future__ import annotations

from ingest.document import BlockKind
from ingest.draft import Draft
from ingest.layout import Grouper, Line, Metrics

LEFT, RIGHT = 57.0, 538.0


def line(text: str, top: float, *, x0: float = LEFT, x1: float = RIGHT, size: float = 11, bold: bool = False) -> Line:
    return Line(text, x0, x1, top, top + size, size, bold)


def group(lines: list[Line]) -> list[tuple[str, str, int | None]]:
    grouper = Grouper(1, lines, Metrics.measure([lines]))
    for item in lines:
        grouper.add(item)
    grouper.close()
    return [(draft.kind.value, draft.text, draft.level) for draft in grouper.drafts]


def test_pitch_is_the_smallest_recurring_line_distance() -> None:
    lines = [line("a", 100), line("b", 117), line("c", 134), line("d", 160), line("e", 186), line("f", 212)]
    assert Metrics.measure([lines]).pitch == 17
    assert Metrics.measure([[line("a", 100), line("b", 101)]]).pitch == 0


def test_a_larger_gap_starts_a_paragraph() -> None:
    lines = [line("One runs on", 100), line("to here", 117), line("Two runs on", 143), line("and on", 160)]
    assert group(lines) == [
        ("paragraph", "One runs on\nto here", None),
        ("paragraph", "Two runs on\nand on", None),
    ]


def test_a_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    lines = [line("First line of it", 100), line("ends here.", 117, x1=200), line("Next one", 134)]
    assert [text for _, text, _ in group(lines)] == ["First line of it\nends here.", "Next one"]


def test_a_first_line_indent_starts_a_paragraph() -> None:
    lines = [line("Full line", 100), line("Indented start", 117, x0=LEFT + 20), line("goes on", 134)]
    assert [text for _, text, _ in group(lines)] == ["Full line", "Indented start\ngoes on"]


def test_headings_by_capitals_bold_or_size() -> None:
    lines = [
        line("BIÊN BẢN HỌP", 100, x0=200),
        line("Call to Order", 126, bold=True),
        line("Bigger title", 152, size=14),
        line("Bold but a sentence.", 178, bold=True),
        line("body", 204),
        line("body", 221),
        line("body", 238),
    ]
    assert [kind for kind, _, _ in group(lines)] == [
        "heading",
        "heading",
        "heading",
        "paragraph",
        "paragraph",
    ]


def test_list_items_continue_and_nest_by_indentation() -> None:
    lines = [
        line("- Đồng chí Trần Văn Cường, vắng mặt", 100, x0=LEFT + 17),
        line("có lý do", 117, x0=LEFT + 17),
        line("+ ốm", 134, x0=LEFT + 40),
        line("• Đồng chí Vũ Văn Giang", 151, x0=LEFT + 17),
        line("Back at the margin", 168),
    ]
    assert group(lines) == [
        ("list_item", "Đồng chí Trần Văn Cường, vắng mặt\ncó lý do", 1),
        ("list_item", "ốm", 2),
        ("list_item", "Đồng chí Vũ Văn Giang", 1),
        ("paragraph", "Back at the margin", None),
    ]


def test_a_table_closes_the_block_before_it() -> None:
    lines = [line("Before", 100), line("after", 117)]
    grouper = Grouper(1, lines, Metrics.measure([lines]))
    grouper.add(lines[0])
    grouper.add_table(Draft(BlockKind.TABLE, rows=[["a", "b"]]))
    grouper.add(lines[1])
    grouper.close()
    assert [draft.kind.value for draft in grouper.drafts] == ["paragraph", "table", "paragraph"]
