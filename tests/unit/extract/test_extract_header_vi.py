"""The head of Vietnamese minutes: meeting facts, chair, recorder and declared counts, as typed without
diacritics (wholly or partly), with honorifics, in bodies other than a party cell, and in other phrasings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Extraction
from extract.lang.folding import fold_keep_case, loose, with_folded
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]

BODY = "Chi bộ tiến hành sinh hoạt, đồng chí Bí thư báo cáo kết quả công tác của tháng trước."
BODY_PLAIN = "Chi bo tien hanh sinh hoat, dong chi Bi thu bao cao ket qua cong tac cua thang truoc."


def _extract(build: Build, *items: object) -> tuple[Document, Extraction]:
    document = build(*items)
    return document, extract(document)


# folding ----------------------------------------------------------------------------------------------------


def test_folding_keeps_case_and_length() -> None:
    assert fold_keep_case("Đồng Chí Vũ Đình Khiêm, ẤP 4") == "Dong Chi Vu Dinh Khiem, AP 4"
    assert len(fold_keep_case("Nhà văn hóa thôn 9")) == len("Nhà văn hóa thôn 9")


def test_phrases_gain_their_folded_twins_and_regexes_their_base_letters() -> None:
    assert with_folded(("chủ trì", "đ/c"), frozenset({"d/c"})) == ("chủ trì", "đ/c", "chu tri")
    assert loose(r"(?i:giờ)[^ờ]") == r"(?i:gi[ờo])[^ờ]"


# minutes typed without diacritics --------------------------------------------------------------------------

PLAIN = (
    "DANG BO XA TAN LAP",
    "CHI BO THON 7",
    (BlockKind.HEADING, "BIEN BAN SINH HOAT CHI BO THUONG KY THANG 5 NAM 2024"),
    "Thoi gian: 8 gio 00, ngay 12/05/2024.",
    "Dia diem: nha van hoa thon 7",
    "Chu tri: dong chi Ha Van Phuc, Bi thu chi bo.",
    "Thu ki : dong chi Dao Thi Mai Huong.",
    "Tong so dang vien 18 dong chi, trong do mien sinh hoat 1 dong chi. Co mat 15 dong chi. Vang 2 dong chi, "
    "deu co ly do.",
    BODY_PLAIN,
    "Buoi sinh hoat ket thuc luc 10 gio 15 phut cung ngay.",
)


def test_minutes_typed_without_diacritics(build: Build, check: Check) -> None:
    document, result = _extract(build, *PLAIN)
    meeting = result.meeting
    assert meeting.title == "BIEN BAN SINH HOAT CHI BO THUONG KY THANG 5 NAM 2024"
    assert meeting.body == "CHI BO THON 7"
    assert meeting.type == "regular"
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-05-12", "08:00", "10:15")
    assert meeting.place == "nha van hoa thon 7"
    check(document, meeting.evidence["end_time"], "10 gio 15 phut")
    assert result.chair is not None and result.chair.name == "Ha Van Phuc"
    assert result.recorder is not None and result.recorder.name == "Dao Thi Mai Huong"
    check(document, result.chair.evidence, "Chu tri", "Ha Van Phuc")
    declared = result.attendance.declared
    assert (declared.total, declared.exempt, declared.present, declared.absent) == (18, 1, 15, 2)
    assert declared.absent_excused == 2


def test_minutes_partly_without_diacritics(build: Build) -> None:
    _, result = _extract(
        build,
        "CHI BO THON 5 DANG CONG SAN VIET NAM",
        (BlockKind.HEADING, "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024"),
        "Thời gian : 19h30 ngày 5-3-2024",
        "Dia diem: nha van hoa thon 5",
        "Chu tri: dong chi ĐINH VĂN TOÀN  - Bi thu chi bo",
        "Thu ky : đ/c Lê thị Thu Hà",
        "Hôm nay chi bo thon 5 tien hanh sinh hoat thuong ky thang 3 nam 2024.",
        "Tong so dang vien: 21 dc. Co mat: 18 dc. Vang: 3 dc.",
        BODY,
        "Buoi sinh hoat ket thuc luc 21h10 cung ngay.",
    )
    meeting = result.meeting
    assert meeting.body == "CHI BO THON 5"
    assert meeting.type == "regular"
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-03-05", "19:30", "21:10")
    assert meeting.place == "nha van hoa thon 5"
    assert result.chair is not None and result.chair.name == "ĐINH VĂN TOÀN"
    assert result.recorder is not None and result.recorder.name == "Lê thị Thu Hà"
    declared = result.attendance.declared
    assert (declared.total, declared.present, declared.absent) == (21, 18, 3)


def test_unstated_stays_null_without_diacritics(build: Build) -> None:
    _, result = _extract(build, "BIEN BAN SINH HOAT CHI BO", BODY_PLAIN)
    assert result.chair is None and result.recorder is None
    assert result.meeting.place is None and result.meeting.date is None
    assert result.attendance.declared.total is None


# names ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("honorific", ["Chị", "Anh", "Bà", "Ông", "Cô", "Thầy", "chị", "ông"])
def test_honorifics_are_not_part_of_the_name(build: Build, honorific: str) -> None:
    _, result = _extract(build, "BIÊN BẢN SINH HOẠT", f"Chủ trì: {honorific} Lâm Thị Thảo – Chi hội trưởng.", BODY)
    assert result.chair is not None
    assert result.chair.name == "Lâm Thị Thảo"
    assert result.chair.role == "Chi hội trưởng"


def test_names_of_four_syllables_are_kept_whole(build: Build) -> None:
    _, result = _extract(
        build,
        "BIÊN BẢN SINH HOẠT",
        "Chủ trì: Chị Tạ Thị Minh Nguyệt – Chi hội trưởng. Thư ký: Chị Ngô Thị Bích Ngọc – Chi hội phó.",
        BODY,
    )
    assert result.chair is not None and result.chair.name == "Tạ Thị Minh Nguyệt"
    assert result.recorder is not None and result.recorder.name == "Ngô Thị Bích Ngọc"


def test_a_name_cut_by_a_line_break_is_joined(build: Build, check: Check) -> None:
    document, result = _extract(
        build,
        "BIÊN BẢN SINH HOẠT",
        "Chủ trì: Đ/c Thái Văn Long – Bí thư chi bộ. Thư ký: Đ/c Hoàng Thị\nDiệu Linh.",
        BODY,
    )
    assert result.recorder is not None
    assert result.recorder.name == "Hoàng Thị Diệu Linh"
    check(document, result.recorder.evidence, "Thư ký", "Diệu Linh")


def test_a_name_at_a_line_end_is_not_joined_to_a_sentence(build: Build) -> None:
    _, result = _extract(build, "BIÊN BẢN SINH HOẠT", "Thư ký: Đ/c Nguyễn Thị Hoa\nChi bộ đã họp đầy đủ.", BODY)
    assert result.recorder is not None and result.recorder.name == "Nguyễn Thị Hoa"


def test_chair_and_recorder_marked_in_a_list_of_those_present(build: Build) -> None:
    _, result = _extract(
        build,
        "BIÊN BẢN HỌP BAN QUẢN LÝ THÔN",
        "Thành phần tham dự:",
        "Ông Phan Văn Khải – Trưởng thôn (chủ trì);",
        "Ông Lê Văn Thọ – Bí thư chi bộ;",
        "Bà Trần Thị Mến – Phó Trưởng thôn (thư ký);",
        BODY,
    )
    assert result.chair is not None and result.chair.name == "Phan Văn Khải"
    assert result.recorder is not None and result.recorder.name == "Trần Thị Mến"


def test_chair_of_a_village_meeting_with_its_role(build: Build) -> None:
    _, result = _extract(build, "BIÊN BẢN HỌP THÔN", "Chủ trì: ông Dương Văn Phú – Trưởng thôn", BODY)
    assert result.chair is not None
    assert (result.chair.name, result.chair.role) == ("Dương Văn Phú", "Trưởng thôn")


# bodies, place, title, type ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "body"),
    [
        (("HỘI LHPN XÃ AN BÌNH", "CHI HỘI PHỤ NỮ ẤP 4"), "CHI HỘI PHỤ NỮ ẤP 4"),
        (("HỘI NÔNG DÂN XÃ PHÚ THỊNH", "CHI HỘI NÔNG DÂN THÔN AN HÒA"), "CHI HỘI NÔNG DÂN THÔN AN HÒA"),
        (("UBND XÃ PHƯỚC THÀNH", "THÔN ĐÔNG LỘC"), "THÔN ĐÔNG LỘC"),
        (("UBND XÃ PHƯỚC THÀNH", "BAN QUẢN LÝ THÔN TÂN HÒA"), "BAN QUẢN LÝ THÔN TÂN HÒA"),
        (("ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN 3 ĐẢNG CỘNG SẢN VIỆT NAM"), "CHI BỘ THÔN 3"),
    ],
)
def test_bodies_named_in_the_header(build: Build, header: tuple[str, ...], body: str) -> None:
    _, result = _extract(build, *header, (BlockKind.HEADING, "BIÊN BẢN SINH HOẠT"), BODY)
    assert result.meeting.body == body


def test_a_header_line_with_a_comma_is_not_a_body(build: Build) -> None:
    _, result = _extract(build, "Thôn Đông Lộc, ngày 05 tháng 5 năm 2024", "BIÊN BẢN SINH HOẠT", BODY)
    assert result.meeting.body is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Địa điểm: Nhà văn hóa thôn 10 (tầng 2, tầng 1 còn ngập nước).", "Nhà văn hóa thôn 10"),
        ("Địa điểm: Hội trường UBND xã (phòng số 2)", "Hội trường UBND xã"),
        ("Dia diem: nha van hoa thon 4.", "nha van hoa thon 4"),
    ],
)
def test_place_stops_at_a_remark_in_parentheses(build: Build, check: Check, line: str, place: str) -> None:
    document, result = _extract(build, "BIÊN BẢN SINH HOẠT", line, BODY)
    assert result.meeting.place == place
    check(document, result.meeting.evidence["place"], place)


def test_title_with_its_year_wrapped_onto_the_next_line(build: Build) -> None:
    _, result = _extract(
        build,
        (BlockKind.HEADING, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM"),
        (BlockKind.HEADING, "2024"),
        BODY,
    )
    assert result.meeting.title == "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2024"


def test_title_under_the_keyword_alone(build: Build) -> None:
    _, result = _extract(
        build,
        (BlockKind.HEADING, "BIÊN BẢN"),
        (BlockKind.HEADING, "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2025"),
        "Thời gian: 19 giờ 30 phút, ngày 05/3/2025.",
        BODY,
    )
    assert result.meeting.title == "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2025"


def test_type_stated_in_the_opening_sentence(build: Build) -> None:
    _, result = _extract(
        build,
        "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024",
        "Thời gian: 19 giờ 30, ngày 5/3/2024.",
        "Hôm nay chi bộ thôn 5 tiến hành sinh hoạt thường kỳ tháng 3 năm 2024.",
        BODY,
    )
    assert result.meeting.type == "regular"


# declared counts --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "absent", "excused"),
    [
        ("Có mặt 17/19 đồng chí; vắng 2 đồng chí (đ/c A ốm, đ/c B đi công tác), đều có lý do.", 2, 2),
        ("Số đảng viên có mặt : 12/17 đ/c. Vắng 5 đ/c, đều có lý do: đ/c Lê Văn Tư (ốm).", 5, 5),
        ("Có mặt: 13 đồng chí. Vắng: 1 đồng chí (đồng chí Võ Thị Hạnh – nghỉ thai sản, có lý do).", 1, 1),
        ("Có mặt: 13 đồng chí. Vắng: 1 đồng chí (đồng chí Võ Thị Hạnh, không có lý do).", 1, None),
        ("Có mặt: 13 đồng chí. Vắng: 2 đồng chí (đồng chí A có lý do, đồng chí B không lý do).", 2, None),
        ("Có mặt 16/17 đồng chí; vắng 1 đồng chí: đ/c Huỳnh Thị Kim Chi (nghỉ phép năm, có lý do).", 1, None),
    ],
)
def test_absentees_excused_all_together(build: Build, line: str, absent: int, excused: int | None) -> None:
    _, result = _extract(build, "BIÊN BẢN SINH HOẠT", line, BODY)
    assert result.attendance.declared.absent == absent
    assert result.attendance.declared.absent_excused == excused


def test_counts_of_members_exempt_and_those_who_should_attend(build: Build) -> None:
    _, result = _extract(
        build,
        "BIÊN BẢN SINH HOẠT",
        "Tổng số đảng viên trong chi bộ là 30 đồng chí; miễn công tác và sinh hoạt đảng 4 đồng chí. Đảng viên "
        "phải có mặt 25 đồng chí; có mặt 23 đồng chí; vắng mặt 2 đồng chí.",
        BODY,
    )
    declared = result.attendance.declared
    assert (declared.total, declared.exempt, declared.present, declared.absent) == (30, 4, 23, 2)


def test_total_of_association_members(build: Build) -> None:
    _, result = _extract(
        build, "BIÊN BẢN SINH HOẠT CHI HỘI", "Thành phần: Tổng số hội viên 46 chị; có mặt 38 chị; vắng 8 chị.", BODY
    )
    declared = result.attendance.declared
    assert (declared.total, declared.present, declared.absent) == (46, 38, 8)


def test_sessions_missed_in_a_row_are_not_a_count(build: Build) -> None:
    _, result = _extract(
        build,
        "BIÊN BẢN SINH HOẠT",
        "Có mặt: 22 đồng chí. Vắng: 2 đồng chí.",
        "Đồng chí Vũ Văn Giang vắng sinh hoạt không có lý do 3 kỳ liên tiếp.",
        BODY,
    )
    assert result.attendance.declared.absent_unexcused is None
