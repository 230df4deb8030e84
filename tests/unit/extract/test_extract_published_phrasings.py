"""Ways of writing seen in minutes that bodies publish (school cells, library boards), written here anew:
labels followed by a comma or by "Đồng chí:", a verb before the label, a role after "Chức vụ:", a heading
without "Biên bản", a list of guests under a sentence that opens it, and "MOTION: X, second by Y"."""

from __future__ import annotations

from collections.abc import Callable

from extract import extract
from ingest.document import Document

Build = Callable[..., Document]

VI_OPENING = "Cứ theo định kỳ, hôm nay ngày 03 tháng 9 năm 2025, Chi bộ trường THCS An Hòa tiến hành sinh hoạt chi bộ."
VI_CLOSING = "Buổi sinh hoạt kết thúc lúc 17 giờ cùng ngày."


def test_comma_after_the_label_and_a_heading_without_bien_ban(build: Build) -> None:
    extraction = extract(
        build(
            "CHI BỘ 4 - TRƯỜNG THCS AN HÒA",
            "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2025",
            VI_OPENING,
            "Chủ trì cuộc họp, đồng chí Đoàn Minh Khôi - Bí thư chi bộ.",
            "Thư ký cuộc họp, đồng chí Mai Thị Hạnh.",
            VI_CLOSING,
        )
    )
    assert extraction.meeting.title == "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2025"
    assert extraction.chair is not None and (extraction.chair.name, extraction.chair.role) == (
        "Đoàn Minh Khôi",
        "Bí thư chi bộ",
    )
    assert extraction.recorder is not None and extraction.recorder.name == "Mai Thị Hạnh"


def test_honorific_with_a_colon_and_the_role_after_chuc_vu(build: Build) -> None:
    extraction = extract(
        build(
            VI_OPENING,
            "Chủ tọa: Đồng chí: Lưu Thị Ngọc - Chức vụ: Bí thư Chi bộ - Hiệu trưởng",
            "- Cử thư ký ghi biên bản sinh hoạt chi bộ: Đ/c Tô Thị Huyền",
            VI_CLOSING,
        )
    )
    assert extraction.chair is not None and extraction.chair.name == "Lưu Thị Ngọc"
    assert extraction.chair.role == "Bí thư Chi bộ - Hiệu trưởng"
    assert extraction.recorder is not None and extraction.recorder.name == "Tô Thị Huyền"


def test_guests_listed_under_the_sentence_that_opens_the_list(build: Build) -> None:
    extraction = extract(
        build(
            VI_OPENING,
            "Tham dự buổi sinh hoạt về phía Đảng ủy xã An Hòa có các đồng chí:",
            "+ Đồng chí Vũ Thị Lan – Phó Bí thư Đảng ủy xã.",
            "+ Đồng chí Trịnh Văn Sơn – Đảng ủy viên.",
            "Chủ trì cuộc họp, đồng chí Đoàn Minh Khôi - Bí thư chi bộ.",
            VI_CLOSING,
        )
    )
    guests = [(guest.name, guest.higher_level) for guest in extraction.attendance.guests]
    assert guests == [("Vũ Thị Lan", True), ("Trịnh Văn Sơn", True)]  # the chair's line ends the list


def test_one_decision_per_motion_with_surnames_for_mover_and_seconder(build: Build) -> None:
    extraction = extract(
        build(
            "Hartwell Public Library Board of Trustees",
            "March 9, 2026",
            "The meeting was called to order at 5:02 p.m. by President Alan Mercer. In attendance were Joan Pruitt, "
            "Dev Malhotra, Lena Ostrowski and Carl Whitby. Absent was Trustee Gail Ferris.",
            "Minutes of Previous Meeting: MOTION: Pruitt, second by Whitby to approve the February minutes. "
            "Motion carried.",
            "Finance: MOTION: Malhotra, second by Ostrowski to approve the finance report. Motion carried.",
            "The meeting adjourned at 6:10 p.m.",
        )
    )
    decisions = [
        (d.text, d.votes.mover, d.votes.seconder, d.votes.result) for d in extraction.decisions if d.votes is not None
    ]
    assert decisions == [
        ("to approve the February minutes", "Joan Pruitt", "Carl Whitby", "adopted"),
        ("to approve the finance report", "Dev Malhotra", "Lena Ostrowski", "adopted"),
    ]
    assert [p.name for p in extraction.attendance.absent] == ["Gail Ferris"]
