"""Decisions laid out as a table, one motion a row; tallies written "For 2, Against 5, Abstain 1"."""

from __future__ import annotations

from collections.abc import Callable

from extract import extract
from ingest.document import Document

Build = Callable[..., Document]


def tallies(extraction) -> list[tuple[str, int | None, int | None, int | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (d.text, d.votes.for_, d.votes.against, d.votes.abstain, d.votes.result)
        for d in extraction.decisions
        if d.votes is not None
    ]


def test_an_english_vote_table_with_movers_and_results(build: Build) -> None:
    table = [
        ["No.", "Motion", "Proposed", "Seconded", "For", "Against", "Abstain", "Result"],
        ["1", "To replace the mill wheel axle", "O. Bakare", "H. Vane", "6", "0", "0", "Carried"],
        ["2", "To defer the lease decision", "P. Keogh", "C. Frayne", "2", "4", "0", "Lost"],
    ]
    extraction = extract(build("Minutes of the Trustees' meeting held on 3 July 2025 at 7 pm.", table))
    assert tallies(extraction) == [
        ("To replace the mill wheel axle", 6, 0, 0, "adopted"),
        ("To defer the lease decision", 2, 4, 0, "failed"),
    ]
    assert [(d.votes.mover, d.votes.seconder) for d in extraction.decisions if d.votes] == [
        ("O. Bakare", "H. Vane"),
        ("P. Keogh", "C. Frayne"),
    ]


def test_a_vietnamese_vote_table(build: Build) -> None:
    table = [
        ["Nội dung", "Tán thành", "Không tán thành", "Không biểu quyết"],
        ["Nghị quyết tháng 9/2025", "14", "0", "0"],
        ["Nghị quyết chuyên đề", "13", "1", "0"],
    ]
    opening = "Hôm nay, ngày 05/9/2025, tại hội trường, Chi bộ Phân xưởng May 2 tiến hành sinh hoạt thường kỳ."
    extraction = extract(build(opening, "Kết quả biểu quyết:", table))
    assert tallies(extraction) == [
        ("Nghị quyết tháng 9/2025", 14, 0, 0, None),
        ("Nghị quyết chuyên đề", 13, 1, 0, None),
    ]


def test_for_against_abstain_written_out(build: Build) -> None:
    extraction = extract(
        build(
            "Minutes of the meeting of Wexcombe Town Council held on Monday 15 September 2025 at 7.00 pm.",
            "Cllr Lyle proposed, seconded by Cllr Tapley, that allotment rents rise by 10%. For 2, Against 5, "
            "Abstain 1. The motion was lost.",
            "Ballot result on the bylaw amendment: Yes 15, No 9, Abstain 2.",
        )
    )
    assert [(d.votes.for_, d.votes.against, d.votes.abstain) for d in extraction.decisions if d.votes] == [
        (2, 5, 1),
        (15, 9, 2),
    ]
