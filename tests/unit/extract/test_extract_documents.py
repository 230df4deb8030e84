"""Whole minutes, end to end: every field this round extracts, evidence that points at the text, purity."""

from __future__ import annotations

import time
from collections.abc import Callable

from extract import extract
from extract.contract import SCHEMA, Evidence, Extraction
from ingest.document import BlockKind, Document

Check = Callable[..., None]
SpansOf = Callable[[Extraction], list[Evidence]]
Build = Callable[..., Document]


def test_vietnamese_minutes(vi_minutes: Document, check: Check) -> None:
    extraction = extract(vi_minutes)
    assert (extraction.language, extraction.language_supported, extraction.notes) == ("vi", True, [])
    meeting = extraction.meeting
    assert meeting.title == "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"  # under "BIÊN BẢN" on a line of its own
    assert meeting.body == "CHI BỘ THÔN 3"
    assert meeting.type == "regular"
    assert meeting.date == "2024-05-04"  # the "Thời gian" line, not the document date (05/5) in the header
    assert (meeting.start_time, meeting.end_time) == ("08:00", "10:30")
    assert meeting.place == "Nhà văn hóa thôn 3"
    check(vi_minutes, meeting.evidence["date"], "04/5/2024")
    check(vi_minutes, meeting.evidence["end_time"], "10 giờ 30 phút")
    assert extraction.chair is not None and extraction.recorder is not None
    assert (extraction.chair.name, extraction.chair.role) == ("Nguyễn Văn An", "Bí thư chi bộ")
    assert (extraction.recorder.name, extraction.recorder.role) == ("Lê Thị Bình", None)
    check(vi_minutes, extraction.chair.evidence, "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ")
    assert extraction.attendance.declared.model_dump() == {
        "total": 25,
        "official": 20,
        "probationary": 5,
        "exempt": 2,
        "present": 22,
        "absent": 3,
        "absent_excused": 2,
        "absent_unexcused": 1,
    }


def test_english_minutes(en_minutes: Document, check: Check) -> None:
    extraction = extract(en_minutes)
    assert (extraction.language, extraction.language_supported) == ("en", True)
    meeting = extraction.meeting
    assert meeting.title == "Minutes of the Regular Meeting"
    assert meeting.body == "Riverside Library Board of Trustees"
    assert meeting.type == "regular"
    assert meeting.date == "2024-03-12"
    assert (meeting.start_time, meeting.end_time) == ("19:02", "20:45")
    assert meeting.place == "Community Room of the Main Library"
    check(en_minutes, meeting.evidence["start_time"], "7:02 p.m.")
    assert extraction.chair is not None and extraction.recorder is not None
    assert (extraction.chair.name, extraction.chair.role) == ("Eleanor Whitfield", "Chair")
    assert (extraction.recorder.name, extraction.recorder.role) == ("Grace Nakamura", "Recording Secretary")
    check(en_minutes, extraction.recorder.evidence, "Respectfully submitted", "Grace Nakamura")
    declared = extraction.attendance.declared
    assert declared.model_dump(exclude_none=True) == {
        "total": 9,
        "present": 7,
        "absent": 2,
        "absent_excused": 2,
    }


def test_extraction_raises_no_flags(vi_minutes: Document, en_minutes: Document) -> None:
    for document in (vi_minutes, en_minutes):
        assert extract(document).flags == []  # flags are the compliance stage's


def test_every_span_is_the_documents_own_text(
    vi_minutes: Document, en_minutes: Document, check: Check, spans_of: SpansOf
) -> None:
    for document in (vi_minutes, en_minutes):
        spans = spans_of(extract(document))
        assert len(spans) >= 15
        check(document, spans)


def test_extraction_is_deterministic_and_serialisable(vi_minutes: Document) -> None:
    first, second = extract(vi_minutes).to_json(), extract(vi_minutes).to_json()
    assert first == second
    assert first["schema"] == SCHEMA
    assert Extraction.model_validate(first) == extract(vi_minutes)
    assert first["source"] == {
        "filename": "minutes.docx",
        "sha256": "0" * 64,
        "format": "docx",
        "pages": None,
        "ocr": False,
    }


def test_roster_is_optional(vi_minutes: Document) -> None:
    linked, plain = extract(vi_minutes, ["Nguyễn Văn An", "Lê Thị Bình"]), extract(vi_minutes)
    assert linked.chair is not None and linked.chair.member == "Nguyễn Văn An"
    assert plain.chair is not None and plain.chair.member is None
    assert [s.member for s in linked.signatures] == ["Lê Thị Bình", "Nguyễn Văn An"]
    assert [s.member for s in plain.signatures] == [None, None]
    linked_rest = linked.model_dump(exclude={"chair", "recorder", "signatures"})
    assert linked_rest == plain.model_dump(exclude={"chair", "recorder", "signatures"})


def test_document_without_any_fact(build: Build) -> None:
    document = build(
        (BlockKind.HEADING, "Ghi chép"), "Chi bộ đã trao đổi về công tác của tháng trước và các việc sắp tới."
    )
    extraction = extract(document)
    assert extraction.language == "vi"
    assert extraction.meeting.model_dump(exclude_none=True) == {"evidence": {}}
    assert (extraction.chair, extraction.recorder) == (None, None)
    assert extraction.attendance.declared.model_dump(exclude_none=True) == {}


def test_a_long_document_is_fast(vi_minutes_items: tuple[object, ...], build: Build) -> None:
    filler = "Đồng chí Bí thư báo cáo kết quả thực hiện nhiệm vụ, các đảng viên thảo luận và thống nhất. " * 3
    document = build(*vi_minutes_items, *[filler] * 100)
    assert document.word_count > 3000
    started = time.perf_counter()
    extraction = extract(document)
    assert time.perf_counter() - started < 1.0
    assert extraction.chair is not None and extraction.chair.name == "Nguyễn Văn An"


def test_lines_wrapped_inside_a_sentence_are_read_whole(build: Build, check: Check) -> None:
    document = build(
        "BIÊN BẢN SINH HOẠT CHI BỘ",
        "Thời gian: 8 giờ ngày 05/5/2024. Chủ trì:\nĐồng chí Nguyễn Văn An – Bí thư\nchi bộ.",
        "Tổng số đảng viên: 25 đồng chí; vắng mặt: 3 đồng chí (có lý do:\n2, không lý do: 1).",
        "Chi bộ tiến hành sinh hoạt, đồng chí Bí thư báo cáo kết quả công tác của tháng trước.",
    )
    extraction = extract(document)
    assert extraction.chair is not None
    assert (extraction.chair.name, extraction.chair.role) == ("Nguyễn Văn An", "Bí thư chi bộ")
    check(document, extraction.chair.evidence, "Chủ trì:\nĐồng chí Nguyễn Văn An – Bí thư\nchi bộ")
    assert extraction.attendance.declared.absent_excused == 2
    check(document, extraction.attendance.declared_evidence["absent_excused"], "có lý do:\n2")


def test_lines_of_a_block_stay_apart_when_not_wrapped(build: Build) -> None:
    document = build(
        "Minutes of the Regular Meeting",
        "The meeting was called to order at 7:02\np.m. by Chair Eleanor Whitfield.",
        "The board reviewed the budget and the minutes of the previous meeting were approved.",
        (BlockKind.SIGNATURE, "Respectfully submitted,\nGrace Nakamura\nSecretary"),
    )
    extraction = extract(document)
    assert extraction.meeting.start_time == "19:02"
    assert extraction.chair is not None and extraction.chair.name == "Eleanor Whitfield"
    assert extraction.recorder is not None
    assert (extraction.recorder.name, extraction.recorder.role) == ("Grace Nakamura", "Secretary")
