"""Signature blocks: which trailing blocks are the signatures, in any format."""

from __future__ import annotations

import pytest

from ingest import parse_document
from ingest.document import BlockKind
from ingest.draft import Draft
from ingest.signature import is_signature_line, mark_signatures

P = BlockKind.PARAGRAPH
S = BlockKind.SIGNATURE
T = BlockKind.TABLE
LONG = (
    "Chi bộ đã thảo luận kỹ và thống nhất các nội dung trọng tâm của tháng, giao cho các đồng chí chi ủy viên theo dõi."
)


def kinds(*drafts: Draft) -> list[BlockKind]:
    marked = list(drafts)
    mark_signatures(marked)
    return [draft.kind for draft in marked]


@pytest.mark.parametrize(
    "line",
    [
        "THƯ KÝ",
        "CHỦ TRÌ",
        "THƯ KÝ CHỦ TRÌ",
        "T/M CHI BỘ",
        "T/M CHI BỘ BÍ THƯ",
        "BÍ THƯ",
        "(Ký, ghi rõ họ tên)",
        "(ký và ghi rõ họ tên) (ký và ghi rõ họ tên)",
        "Respectfully submitted,",
        "Submitted by Grace Nakamura",
        "Secretary",
        "Chair:",
        "Grace Nakamura, Secretary",
        "Eleanor Whitfield, Chairperson",
    ],
)
def test_signature_lines(line: str) -> None:
    assert is_signature_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thư ký: Đồng chí Lê Thị Bình.",
        "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.",
        "Recorder: Grace Nakamura, Secretary",
        "The Secretary read the correspondence.",
        "Chair Eleanor Whitfield called the meeting to order.",
        "Lê Thị Bình",
    ],
)
def test_ordinary_lines(line: str) -> None:
    assert not is_signature_line(line)


def test_closing_formula_and_name_after_it() -> None:
    assert kinds(
        Draft(P, LONG),
        Draft(P, "The meeting adjourned at 8:45 p.m."),
        Draft(P, "Respectfully submitted,"),
        Draft(P, "Grace Nakamura"),
        Draft(P, "Secretary"),
    ) == [P, P, S, S, S]


def test_signature_table_and_names_below_it() -> None:
    rows = [["THƯ KÝ", "CHỦ TRÌ"], ["", ""]]
    assert kinds(Draft(P, LONG), Draft(T, rows=rows), Draft(P, "Lê Thị Bình Nguyễn Văn An")) == [P, S, S]


def test_a_long_block_ends_the_search() -> None:
    assert kinds(Draft(P, "THƯ KÝ"), Draft(P, LONG), Draft(P, "Hết.")) == [P, P, P]


def test_a_task_table_naming_a_secretary_is_not_a_signature() -> None:
    rows = [["Task", "Who"], ["Send the minutes", "Secretary"]]
    assert kinds(Draft(P, LONG), Draft(T, rows=rows)) == [P, T]


def test_wide_tables_are_not_signatures() -> None:
    rows = [["THƯ KÝ", "CHỦ TRÌ", "CHỦ TỌA", "BÍ THƯ"]]
    assert kinds(Draft(P, LONG), Draft(T, rows=rows)) == [P, T]


def test_only_the_end_is_searched() -> None:
    drafts = [Draft(P, "Secretary")] + [Draft(P, f"Điểm {n}.") for n in range(12)]
    assert S not in kinds(*drafts)


def test_nothing_to_mark_in_an_empty_list() -> None:
    assert kinds() == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", "Minutes.\n\nThe meeting adjourned.\n\nRespectfully submitted,\n\nAnn Lee\n"),
        ("a.txt", "Biên bản.\n\nTHƯ KÝ\t\t\tCHỦ TRÌ\nLê Thị Bình\t\t\tNguyễn Văn An\n"),
    ],
)
def test_every_parser_marks_signatures(name: str, text: str) -> None:
    document = parse_document(text.encode(), name)
    assert document.blocks[0].kind is P
    assert document.blocks[-1].kind is S
