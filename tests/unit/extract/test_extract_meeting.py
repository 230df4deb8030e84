"""The meeting: date, start and end time, type, title, body and place, in Vietnamese and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Meeting
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]

VI_BODY = "Chi bộ tiến hành sinh hoạt, đồng chí Bí thư báo cáo kết quả công tác của tháng trước."
EN_BODY = "The board reviewed the budget and the minutes of the previous meeting were approved."


def _meeting(build: Build, *items: object) -> tuple[Document, Meeting]:
    document = build(*items)
    return document, extract(document).meeting


# dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("Thời gian: 08 giờ 00 phút, ngày 05 tháng 5 năm 2024.", "2024-05-05", "ngày 05 tháng 5 năm 2024"),
        ("Thời gian: 8 giờ, ngày 5/5/2024.", "2024-05-05", "5/5/2024"),
        ("Thời gian: 8 giờ ngày 05/05/2024", "2024-05-05", "05/05/2024"),
        ("Thời gian: 8 giờ ngày 5-5-2024", "2024-05-05", "5-5-2024"),
        ("Thời gian: 8 giờ ngày 05.5.2024.", "2024-05-05", "05.5.2024"),
        ("Thời gian: ngày 31 tháng 12 năm 2023, lúc 14 giờ 15", "2023-12-31", "ngày 31 tháng 12 năm 2023"),
        ("Hôm nay, vào hồi 19 giờ 30 phút ngày 05/3/2025, chi bộ họp.", "2025-03-05", "05/3/2025"),
    ],
)
def test_vietnamese_dates(build: Build, check: Check, line: str, date: str, source: str) -> None:
    document, meeting = _meeting(build, "BIÊN BẢN SINH HOẠT CHI BỘ", line, VI_BODY)
    assert meeting.date == date
    check(document, meeting.evidence["date"], source)


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("Date: March 12, 2024", "2024-03-12", "March 12, 2024"),
        ("The meeting was held on 12 March 2024 at the Town Hall.", "2024-03-12", "12 March 2024"),
        ("The meeting was held on Tuesday, March 12, 2024.", "2024-03-12", "March 12, 2024"),
        ("Date: 2024-03-12", "2024-03-12", "2024-03-12"),
        ("Date: 3/12/2024", "2024-03-12", "3/12/2024"),
        ("Date: 12th March 2024", "2024-03-12", "12th March 2024"),
        ("Date: Mar. 5th, 2024", "2024-03-05", "Mar. 5th, 2024"),
        ("The Board met on 25/3/2024 in the library.", "2024-03-25", "25/3/2024"),
    ],
)
def test_english_dates(build: Build, check: Check, line: str, date: str, source: str) -> None:
    document, meeting = _meeting(build, "Minutes of the Board of Directors", line, EN_BODY)
    assert meeting.date == date
    check(document, meeting.evidence["date"], source)


def test_meeting_sentence_date_wins_over_document_date(build: Build, check: Check) -> None:
    document, meeting = _meeting(
        build,
        [["CHI BỘ THÔN 3", "Thôn 3, ngày 05 tháng 5 năm 2024"]],
        "BIÊN BẢN SINH HOẠT CHI BỘ",
        "Hôm nay, vào hồi 8 giờ ngày 04/5/2024, chi bộ tiến hành sinh hoạt.",
        VI_BODY,
    )
    assert meeting.date == "2024-05-04"
    check(document, meeting.evidence["date"], "04/5/2024")


def test_document_date_is_the_fallback(build: Build, check: Check) -> None:
    document, meeting = _meeting(
        build, [["CHI BỘ THÔN 3", "Thôn 3, ngày 05 tháng 5 năm 2024"]], "BIÊN BẢN SINH HOẠT CHI BỘ", VI_BODY
    )
    assert meeting.date == "2024-05-05"
    check(document, meeting.evidence["date"], "ngày 05 tháng 5 năm 2024")


def test_english_date_line_under_the_title(build: Build, check: Check) -> None:
    document, meeting = _meeting(build, "Regular Meeting Minutes", "Tuesday, March 12, 2024", EN_BODY)
    assert meeting.date == "2024-03-12"
    check(document, meeting.evidence["date"], "March 12, 2024")


@pytest.mark.parametrize(
    "items",
    [
        (
            "BIÊN BẢN SINH HOẠT CHI BỘ",
            VI_BODY,
            "Giao đồng chí Phạm Văn Dũng hoàn thành trước ngày 30/5/2024 một báo cáo chi tiết.",
        ),
        (
            "Minutes of the Board",
            EN_BODY,
            "The treasurer will report by April 30, 2024 on the sale of the old building.",
        ),
        ("Minutes of the Board", EN_BODY, "The next meeting will be held on April 9, 2024 at 7 p.m."),
        ("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2024", VI_BODY),
        ("Thời gian: 31/2/2024", VI_BODY),
    ],
)
def test_no_meeting_date_stated(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert meeting.date is None
    assert "date" not in meeting.evidence


# times ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "start", "source"),
    [
        ("Thời gian: Vào lúc 08 giờ 00 phút, ngày 05/5/2024.", "08:00", "08 giờ 00 phút"),
        ("Thời gian: 8 giờ, ngày 05/5/2024.", "08:00", "8 giờ"),
        ("Hôm nay, vào hồi 19h30 ngày 05/3/2025, chi bộ họp.", "19:30", "19h30"),
        ("Hôm nay, vào hồi 19g30 ngày 05/3/2025, chi bộ họp.", "19:30", "19g30"),
        ("Thời gian: 8h ngày 05/5/2024.", "08:00", "8h"),
        ("Thời gian: ngày 05/5/2024, lúc 14 giờ 15", "14:15", "14 giờ 15"),
        ("Thời gian: 7 giờ tối ngày 05/5/2024", "19:00", "7 giờ tối"),
        ("Thời gian: 19:30 ngày 05/5/2024", "19:30", "19:30"),
    ],
)
def test_vietnamese_start_times(build: Build, check: Check, line: str, start: str, source: str) -> None:
    document, meeting = _meeting(build, "BIÊN BẢN SINH HOẠT CHI BỘ", line, VI_BODY)
    assert meeting.start_time == start
    assert meeting.end_time is None
    check(document, meeting.evidence["start_time"], source)


@pytest.mark.parametrize(
    ("line", "end", "source"),
    [
        ("Buổi sinh hoạt kết thúc vào lúc 10 giờ 30 phút cùng ngày.", "10:30", "10 giờ 30 phút"),
        ("Cuộc họp kết thúc vào hồi 11 giờ cùng ngày.", "11:00", "11 giờ"),
        ("Hội nghị bế mạc lúc 16h15.", "16:15", "16h15"),
        ("Buổi sinh hoạt kết thúc lúc 21g05 cùng ngày.", "21:05", "21g05"),
    ],
)
def test_vietnamese_end_times(build: Build, check: Check, line: str, end: str, source: str) -> None:
    document, meeting = _meeting(build, "BIÊN BẢN", "Thời gian: 8 giờ ngày 05/5/2024", VI_BODY, line)
    assert (meeting.start_time, meeting.end_time) == ("08:00", end)
    check(document, meeting.evidence["end_time"], source)


@pytest.mark.parametrize(
    ("line", "start", "end", "source"),
    [
        ("Thời gian: từ 8 giờ đến 10 giờ 30, ngày 05/5/2024.", "08:00", "10:30", "10 giờ 30"),
        ("Thời gian: 08 giờ 00 phút ngày 05/5/2024 đến 10 giờ 30 phút cùng ngày", "08:00", "10:30", "10 giờ 30 phút"),
        ("Time: 7:00 p.m. to 9:15 p.m.", "19:00", "21:15", "9:15 p.m."),
        ("Time: 19:00–21:15", "19:00", "21:15", "21:15"),
        ("Thời gian: 8 giờ ngày 05/5/2024, dự kiến 10 giờ giải lao", "08:00", None, None),
    ],
)
def test_time_range(build: Build, check: Check, line: str, start: str, end: str | None, source: str | None) -> None:
    document, meeting = _meeting(build, "BIÊN BẢN", line, VI_BODY if "giờ" in line else EN_BODY)
    assert (meeting.start_time, meeting.end_time) == (start, end)
    if source:
        check(document, meeting.evidence["end_time"], source)


@pytest.mark.parametrize(
    ("line", "start", "source"),
    [
        ("The meeting was called to order at 7:02 p.m. by the Chair.", "19:02", "7:02 p.m."),
        ("Chair Whitfield called the meeting to order at 7:02 PM.", "19:02", "7:02 PM"),
        ("The meeting was called to order at 19:02.", "19:02", "19:02"),
        ("The meeting was called to order at 7 pm.", "19:00", "7 pm"),
        ("At 6:30 p.m. the Chair called the meeting to order.", "18:30", "6:30 p.m."),
        ("The meeting convened at 9:00 a.m. in the library.", "09:00", "9:00 a.m."),
        ("Time: 12:15 p.m.", "12:15", "12:15 p.m."),
    ],
)
def test_english_start_times(build: Build, check: Check, line: str, start: str, source: str) -> None:
    document, meeting = _meeting(build, "Minutes of the Board", line, EN_BODY)
    assert meeting.start_time == start
    check(document, meeting.evidence["start_time"], source)


@pytest.mark.parametrize(
    ("line", "end", "source"),
    [
        ("There being no further business, the meeting adjourned at 8:45 p.m.", "20:45", "8:45 p.m."),
        ("The meeting was adjourned at 21:10.", "21:10", "21:10"),
        ("The meeting ended at 9:10 PM.", "21:10", "9:10 PM"),
        ("Adjournment: 9 pm", "21:00", "9 pm"),
    ],
)
def test_english_end_times(build: Build, check: Check, line: str, end: str, source: str) -> None:
    document, meeting = _meeting(build, "Minutes", "Called to order at 7:00 p.m.", EN_BODY, line)
    assert (meeting.start_time, meeting.end_time) == ("19:00", end)
    check(document, meeting.evidence["end_time"], source)


def test_called_to_order_wins_over_the_scheduled_time(build: Build) -> None:
    _, meeting = _meeting(
        build,
        "Minutes",
        "The meeting was held on March 12, 2024 at 7:00 p.m. in the library.",
        "The meeting was called to order at 7:12 p.m.",
        EN_BODY,
    )
    assert meeting.start_time == "19:12"


@pytest.mark.parametrize(
    "items",
    [
        ("BIÊN BẢN SINH HOẠT CHI BỘ", VI_BODY, "Đồng chí Bí thư đề nghị mỗi đảng viên dành 2 giờ mỗi tuần."),
        ("Minutes of the Board", EN_BODY, "Volunteers worked 8 hours on the garden."),
        ("Minutes of the Board", "Date: March 12, 2024", EN_BODY),
    ],
)
def test_no_times_stated(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert (meeting.start_time, meeting.end_time) == (None, None)


# type -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "kind", "sources"),
    [
        (("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024", VI_BODY), "regular", ["THƯỜNG KỲ"]),
        (("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 5", VI_BODY), "regular", ["ĐỊNH KỲ"]),
        (
            (
                "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2024",
                "Chuyên đề: Học tập và làm theo tư tưởng.",
                VI_BODY,
            ),
            "thematic",
            ["CHUYÊN ĐỀ"],
        ),
        (
            ("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP SINH HOẠT CHUYÊN ĐỀ", VI_BODY),
            "regular+thematic",
            ["THƯỜNG KỲ", "CHUYÊN ĐỀ"],
        ),
        (
            (
                "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ",
                "Chuyên đề: Nâng cao chất lượng sinh hoạt chi bộ",
                "Thời gian: 8 giờ ngày 5/5/2024",
                VI_BODY,
            ),
            "regular",
            ["THƯỜNG KỲ"],
        ),
        (
            (
                "BIÊN BẢN",
                "Hôm nay, vào hồi 8 giờ ngày 5/5/2024, chi bộ tiến hành sinh hoạt thường kỳ kết hợp chuyên đề.",
                VI_BODY,
            ),
            "regular+thematic",
            ["thường kỳ", "chuyên đề"],
        ),
        (("BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", VI_BODY), "special", ["BẤT THƯỜNG"]),
        (("Minutes of the Regular Meeting", EN_BODY), "regular", ["Regular Meeting"]),
        (("REGULAR BOARD MEETING MINUTES", EN_BODY), "regular", ["REGULAR BOARD MEETING"]),
        (("Minutes of the Special Meeting of the Council", EN_BODY), "special", ["Special Meeting"]),
        (
            ("Minutes", "A special meeting of the Board was called to order at 6 p.m.", EN_BODY),
            "special",
            ["special meeting"],
        ),
        (("Minutes of the Annual General Meeting", EN_BODY), "other", ["Annual General Meeting"]),
    ],
)
def test_meeting_type(build: Build, check: Check, items: tuple[str, ...], kind: str, sources: list[str]) -> None:
    document, meeting = _meeting(build, *items)
    assert meeting.type == kind
    check(document, meeting.evidence["type"], *sources)


@pytest.mark.parametrize(
    "items",
    [
        (
            "BIÊN BẢN HỌP CHI BỘ",
            "Thời gian: 8 giờ ngày 5/5/2024",
            VI_BODY,
            "Quý III chi bộ sẽ sinh hoạt chuyên đề.",
        ),
        (
            "Minutes of the Board of Directors",
            "Called to order at 7 pm.",
            EN_BODY,
            "The next regular meeting is in May.",
        ),
        ("Minutes", EN_BODY),
    ],
)
def test_no_type_stated(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert meeting.type is None
    assert "type" not in meeting.evidence


# title ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "title"),
    [
        (
            ((BlockKind.HEADING, "BIÊN BẢN\nSINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"), VI_BODY),
            "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024",  # "BIÊN BẢN" alone on its line names the kind of paper
        ),
        (
            ((BlockKind.HEADING, "BIÊN BẢN"), (BlockKind.HEADING, "HỌP CHI BỘ THÁNG 5"), VI_BODY),
            "HỌP CHI BỘ THÁNG 5",
        ),
        (("BIÊN BẢN HỌP CHI BỘ THÁNG 5", "Thời gian: 8 giờ", VI_BODY), "BIÊN BẢN HỌP CHI BỘ THÁNG 5"),
        (
            ((BlockKind.HEADING, "Biên bản sinh hoạt chi bộ tháng 5 năm 2024"), VI_BODY),
            "Biên bản sinh hoạt chi bộ tháng 5 năm 2024",
        ),
        (
            ("Riverside Library Board", "Minutes of the Regular Meeting", "March 12, 2024", EN_BODY),
            "Minutes of the Regular Meeting",
        ),
        (("REGULAR MEETING MINUTES", "MARCH 12, 2024", EN_BODY), "REGULAR MEETING MINUTES"),
        (
            ((BlockKind.HEADING, "MINUTES\nSPECIAL MEETING OF THE BOARD OF DIRECTORS"), EN_BODY),
            "SPECIAL MEETING OF THE BOARD OF DIRECTORS",
        ),
    ],
)
def test_title(build: Build, check: Check, items: tuple[object, ...], title: str) -> None:
    document, meeting = _meeting(build, *items)
    assert meeting.title == title
    check(document, meeting.evidence["title"], *title.split())


@pytest.mark.parametrize(
    "items",
    [
        (VI_BODY, "Biên bản đã được đọc lại và nhất trí thông qua."),
        ("CHI BỘ THÔN 3", "Thời gian: 8 giờ ngày 5/5/2024", VI_BODY),
        (EN_BODY, "3. Approval of Minutes"),
        ("Call to order", EN_BODY, "The minutes were approved as read."),
    ],
)
def test_no_title(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert meeting.title is None


# body -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "body"),
    [
        (
            ([["ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ THÔN 3", "ĐẢNG CỘNG SẢN VIỆT NAM"]], "BIÊN BẢN", VI_BODY),
            "CHI BỘ THÔN 3",
        ),
        (("ĐẢNG BỘ XÃ AN PHÚ", "CHI BỘ THÔN 3 *", "BIÊN BẢN", VI_BODY), "CHI BỘ THÔN 3"),
        (
            ((BlockKind.HEADING, "Chi bộ Trường Tiểu học Hòa Bình"), "BIÊN BẢN", VI_BODY),
            "Chi bộ Trường Tiểu học Hòa Bình",
        ),
        (([["Chi bộ thôn 3", "Thôn 3, ngày 05 tháng 5 năm 2024"]], "BIÊN BẢN", VI_BODY), "Chi bộ thôn 3"),
        (
            ("Riverside Library Board of Trustees", "Minutes of the Regular Meeting", EN_BODY),
            "Riverside Library Board of Trustees",
        ),
        (("Minutes of the Regular Meeting of the Riverside City Council", EN_BODY), "Riverside City Council"),
        (
            ("CITY COUNCIL – CITY OF SPRINGFIELD", "REGULAR SESSION", EN_BODY),
            "CITY COUNCIL – CITY OF SPRINGFIELD",
        ),
        (
            (
                "Minutes",
                "The regular meeting of the Board of Directors of Oak Park Association was held on May 2, 2024.",
                EN_BODY,
            ),
            "Board of Directors of Oak Park Association",
        ),
    ],
)
def test_body(build: Build, check: Check, items: tuple[object, ...], body: str) -> None:
    document, meeting = _meeting(build, *items)
    assert meeting.body == body
    check(document, meeting.evidence["body"], body)


@pytest.mark.parametrize(
    "items",
    [
        ("ĐẢNG BỘ XÃ AN PHÚ", "BIÊN BẢN SINH HOẠT CHI BỘ", VI_BODY),
        ("Minutes of the Regular Meeting", "Called to order at 7 pm.", EN_BODY),
        ("Minutes of the meeting of the Riverside Library", EN_BODY),
    ],
)
def test_no_body(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert meeting.body is None


# place ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "place"),
    [
        (("BIÊN BẢN", "- Địa điểm: Nhà văn hóa thôn 3.", VI_BODY), "Nhà văn hóa thôn 3"),
        (
            ("BIÊN BẢN", "Địa điểm: Nhà văn hóa thôn 3. Thời gian: 8 giờ ngày 5/5/2024.", VI_BODY),
            "Nhà văn hóa thôn 3",
        ),
        (
            ("BIÊN BẢN", "Địa điểm: Trụ sở Đảng ủy phường 5, Tp. Hồ Chí Minh", VI_BODY),
            "Trụ sở Đảng ủy phường 5, Tp. Hồ Chí Minh",
        ),
        (
            ("BIÊN BẢN", "Địa điểm: Hội trường UBND xã An Phú; Thời gian: 8 giờ", VI_BODY),
            "Hội trường UBND xã An Phú",
        ),
        (("BIÊN BẢN", [["Địa điểm", "Phòng họp số 2"]], VI_BODY), "Phòng họp số 2"),
        (
            (
                "BIÊN BẢN",
                "Hôm nay, vào hồi 19 giờ 30 phút ngày 05/3/2025, tại Nhà văn hóa thôn 3, Chi bộ thôn 3 "
                "tiến hành sinh hoạt.",
                VI_BODY,
            ),
            "Nhà văn hóa thôn 3",
        ),
        (("Minutes", "Location: Council Chambers, City Hall", EN_BODY), "Council Chambers, City Hall"),
        (("Minutes", "The meeting was held at the Town Hall on March 12, 2024.", EN_BODY), "Town Hall"),
        (
            ("Minutes", "The meeting was held in Room 204 of the Civic Center at 7 p.m.", EN_BODY),
            "Room 204 of the Civic Center",
        ),
    ],
)
def test_place(build: Build, check: Check, items: tuple[object, ...], place: str) -> None:
    document, meeting = _meeting(build, *items)
    assert meeting.place == place
    check(document, meeting.evidence["place"], place)


@pytest.mark.parametrize(
    "items",
    [
        ("BIÊN BẢN", "Thời gian: 8 giờ ngày 5/5/2024", VI_BODY),
        ("Minutes", "The meeting was held at 7 p.m. on March 12, 2024.", EN_BODY),
        ("Minutes", "The meeting was held in March.", EN_BODY),
    ],
)
def test_no_place(build: Build, items: tuple[str, ...]) -> None:
    _, meeting = _meeting(build, *items)
    assert meeting.place is None


@pytest.mark.parametrize(
    ("code", "line", "start"),
    [
        ("en", "The meeting opened at 7.10pm in the boathouse.", "19:10"),
        ("en", "Opened: 7:05 PM", "19:05"),
        ("en", "Start: 18:30", "18:30"),
        ("vi", "Bắt đầu: 14h00", "14:00"),
        ("vi", "Khai mạc lúc 7 giờ 30 phút", "07:30"),
        ("vi", "Hồi 14 giờ, đồng chí Bí thư khai mạc buổi sinh hoạt", "14:00"),
    ],
)
def test_start_times_in_other_words_and_the_closing_time_is_not_the_start(
    build: Build, code: str, line: str, start: str
) -> None:
    closing = (
        "Cuộc họp kết thúc vào hồi 21 giờ 15 phút cùng ngày." if code == "vi" else "The meeting closed at 9:15 p.m."
    )
    body = VI_BODY if code == "vi" else EN_BODY
    _, meeting = _meeting(build, "Ngày 14/10/2025" if code == "vi" else "Date: October 14, 2025", line, body, closing)
    assert (meeting.start_time, meeting.end_time) == (start, "21:15")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Minutes of the Parish Council Meeting held on Monday 9th February 2026 at 7.30pm in the Village Hall",
            "Minutes of the Parish Council Meeting",
        ),
        (
            "GENERAL MEETING minutes - Thurs., Feb. 6th, 2025 - 7:00 P.M. - St. Luke's church hall",
            "GENERAL MEETING minutes",
        ),
        ("Minutes — Regular Meeting of September 17, 2024", "Minutes — Regular Meeting of September 17, 2024"),
    ],
)
def test_an_english_title_ends_before_when_and_where(build: Build, line: str, title: str) -> None:
    assert extract(build("Cedar Heights Neighbourhood Association", line, EN_BODY)).meeting.title == title
