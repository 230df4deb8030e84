"""The chair and the recorder: name without honorifics, role when written, evidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Extraction
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]

VI_HEAD = ("BIÊN BẢN SINH HOẠT CHI BỘ", "Thời gian: 8 giờ ngày 05/5/2024.")
VI_BODY = "Chi bộ tiến hành sinh hoạt, đồng chí Bí thư báo cáo kết quả công tác của tháng trước."
EN_HEAD = ("Minutes of the Regular Meeting", "Date: March 12, 2024")
EN_BODY = "The board reviewed the budget and the minutes of the previous meeting were approved."


def _extract(build: Build, *items: object, roster: list[str] | None = None) -> tuple[Document, Extraction]:
    document = build(*items)
    return document, extract(document, roster)


@pytest.mark.parametrize(
    ("line", "name", "role", "source"),
    [
        (
            "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ",
            "Nguyễn Văn An",
            "Bí thư chi bộ",
            "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ",
        ),
        ("- Chủ tọa: đ/c Trần Thị Thu Hà.", "Trần Thị Thu Hà", None, "Chủ tọa: đ/c Trần Thị Thu Hà"),
        (
            "Chủ trì hội nghị: Đ/c Nguyễn Văn An (Bí thư chi bộ)",
            "Nguyễn Văn An",
            "Bí thư chi bộ",
            "(Bí thư chi bộ)",
        ),
        (
            "Chủ trì: ông Hoàng Minh Tuấn, Phó Bí thư chi bộ",
            "Hoàng Minh Tuấn",
            "Phó Bí thư chi bộ",
            "Hoàng Minh Tuấn, Phó Bí thư chi bộ",
        ),
        (
            "Chủ trì: đồng chí Nguyễn Văn An Bí thư chi bộ",
            "Nguyễn Văn An",
            "Bí thư chi bộ",
            "Nguyễn Văn An Bí thư chi bộ",
        ),
        ("Chủ trì: Đồng chí NGUYỄN VĂN AN", "NGUYỄN VĂN AN", None, "NGUYỄN VĂN AN"),
        ("Chủ trì: bà Lê Thị Lan Anh", "Lê Thị Lan Anh", None, "Lê Thị Lan Anh"),
        ("Chủ trì là đồng chí Nguyễn Văn An.", "Nguyễn Văn An", None, "Chủ trì là đồng chí Nguyễn Văn An"),
        (
            "Hội nghị do đồng chí Nguyễn Văn An, Bí thư chi bộ chủ trì.",
            "Nguyễn Văn An",
            "Bí thư chi bộ",
            "do đồng chí Nguyễn Văn An",
        ),
    ],
)
def test_vietnamese_chair(build: Build, check: Check, line: str, name: str, role: str | None, source: str) -> None:
    document, extraction = _extract(build, *VI_HEAD, line, VI_BODY)
    assert extraction.chair is not None
    assert (extraction.chair.name, extraction.chair.role) == (name, role)
    check(document, extraction.chair.evidence, source, name)
    assert extraction.recorder is None


@pytest.mark.parametrize(
    ("line", "name", "role", "source"),
    [
        ("Thư ký: Đồng chí Lê Thị Bình", "Lê Thị Bình", None, "Thư ký: Đồng chí Lê Thị Bình"),
        (
            "- Thư ký hội nghị: đ/c Phạm Thị Mai – Chi ủy viên.",
            "Phạm Thị Mai",
            "Chi ủy viên",
            "Phạm Thị Mai – Chi ủy viên",
        ),
        ("Người ghi biên bản: Đ/c Võ Văn Khải", "Võ Văn Khải", None, "Người ghi biên bản: Đ/c Võ Văn Khải"),
        (
            "Thư ký (ghi biên bản): đồng chí Lê Thị Bình",
            "Lê Thị Bình",
            None,
            "Thư ký (ghi biên bản): đồng chí Lê Thị Bình",
        ),
        ("Đồng chí Lê Thị Bình làm thư ký.", "Lê Thị Bình", None, "Lê Thị Bình làm thư ký"),
    ],
)
def test_vietnamese_recorder(build: Build, check: Check, line: str, name: str, role: str | None, source: str) -> None:
    document, extraction = _extract(build, *VI_HEAD, line, VI_BODY)
    assert extraction.recorder is not None
    assert (extraction.recorder.name, extraction.recorder.role) == (name, role)
    check(document, extraction.recorder.evidence, source)
    assert extraction.chair is None


def test_vietnamese_chair_and_recorder_on_one_line(build: Build, check: Check) -> None:
    document, extraction = _extract(
        build,
        *VI_HEAD,
        "Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ; Thư ký: Đồng chí Lê Thị Bình.",
        VI_BODY,
    )
    assert extraction.chair is not None and extraction.recorder is not None
    assert (extraction.chair.name, extraction.chair.role) == ("Nguyễn Văn An", "Bí thư chi bộ")
    assert (extraction.recorder.name, extraction.recorder.role) == ("Lê Thị Bình", None)
    check(document, extraction.recorder.evidence, "Thư ký: Đồng chí Lê Thị Bình")


def test_vietnamese_labels_in_a_table(build: Build, check: Check) -> None:
    document, extraction = _extract(
        build, *VI_HEAD, [["Chủ trì", "Đồng chí Nguyễn Văn An"], ["Thư ký", "Đồng chí Lê Thị Bình"]], VI_BODY
    )
    assert extraction.chair is not None and extraction.chair.name == "Nguyễn Văn An"
    assert extraction.recorder is not None and extraction.recorder.name == "Lê Thị Bình"
    check(document, extraction.chair.evidence, "Chủ trì", "Nguyễn Văn An")


def test_vietnamese_signatures(build: Build, check: Check) -> None:
    document, extraction = _extract(
        build,
        *VI_HEAD,
        VI_BODY,
        [
            ["THƯ KÝ", "CHỦ TRÌ"],
            ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"],
            ["Lê Thị Bình", "Nguyễn Văn An"],
        ],
    )
    assert extraction.chair is not None and extraction.recorder is not None
    assert (extraction.chair.name, extraction.recorder.name) == ("Nguyễn Văn An", "Lê Thị Bình")
    check(document, extraction.chair.evidence, "CHỦ TRÌ", "Nguyễn Văn An")
    check(document, extraction.recorder.evidence, "THƯ KÝ", "Lê Thị Bình")


def test_vietnamese_signature_block(build: Build) -> None:
    _, extraction = _extract(build, *VI_HEAD, VI_BODY, (BlockKind.SIGNATURE, "THƯ KÝ\n(Đã ký)\nLê Thị Bình"))
    assert extraction.recorder is not None and extraction.recorder.name == "Lê Thị Bình"


@pytest.mark.parametrize(
    ("line", "name", "role", "source"),
    [
        (
            "The meeting was called to order at 7:02 p.m. by Chair Eleanor Whitfield.",
            "Eleanor Whitfield",
            "Chair",
            "by Chair Eleanor Whitfield",
        ),
        (
            "Called to order at 7 pm by Eleanor Whitfield, Chair.",
            "Eleanor Whitfield",
            "Chair",
            "Eleanor Whitfield, Chair",
        ),
        ("Chair: Eleanor Whitfield", "Eleanor Whitfield", None, "Chair: Eleanor Whitfield"),
        ("Chairperson: Dr. Eleanor M. Whitfield", "Eleanor M. Whitfield", None, "Eleanor M. Whitfield"),
        ("Presiding: Mayor John O'Brien", "John O'Brien", "Mayor", "Mayor John O'Brien"),
        ("Eleanor Whitfield presided.", "Eleanor Whitfield", None, "Eleanor Whitfield presided"),
        (
            "Vice Chair Tom Baker presided in the absence of the Chair.",
            "Tom Baker",
            "Vice Chair",
            "Vice Chair Tom Baker presided",
        ),
        ("The meeting was presided over by Ms. Ana Ruiz.", "Ana Ruiz", None, "presided over by Ms. Ana Ruiz"),
        (
            "Eleanor Whitfield, Board Chair, called the meeting to order at 7 pm.",
            "Eleanor Whitfield",
            "Board Chair",
            "Board Chair",
        ),
        (
            "The meeting opened at 7 pm with Mr. Sam Cole presiding.",
            "Sam Cole",
            None,
            "with Mr. Sam Cole presiding",
        ),
        ("Sarah Jones opened the meeting.", "Sarah Jones", None, "Sarah Jones opened the meeting"),
    ],
)
def test_english_chair(build: Build, check: Check, line: str, name: str, role: str | None, source: str) -> None:
    document, extraction = _extract(build, *EN_HEAD, line, EN_BODY)
    assert extraction.chair is not None
    assert (extraction.chair.name, extraction.chair.role) == (name, role)
    check(document, extraction.chair.evidence, source, name)
    assert extraction.recorder is None


@pytest.mark.parametrize(
    ("items", "name", "role", "sources"),
    [
        (("Recorder: Grace Nakamura",), "Grace Nakamura", None, ["Recorder: Grace Nakamura"]),
        (
            ("Minutes recorded by Grace Nakamura, Recording Secretary.",),
            "Grace Nakamura",
            "Recording Secretary",
            ["Minutes recorded by Grace Nakamura"],
        ),
        (
            ("Recording Secretary: Mrs. Grace Nakamura",),
            "Grace Nakamura",
            None,
            ["Recording Secretary: Mrs. Grace Nakamura"],
        ),
        (
            ("Respectfully submitted, Grace Nakamura, Secretary",),
            "Grace Nakamura",
            "Secretary",
            ["Grace Nakamura, Secretary"],
        ),
        (
            ("Respectfully submitted,", "Grace Nakamura", "Secretary"),
            "Grace Nakamura",
            "Secretary",
            ["Respectfully submitted", "Grace Nakamura", "Secretary"],
        ),
        (
            ("Respectfully submitted,", (BlockKind.SIGNATURE, "/s/\nGrace Nakamura, Clerk")),
            "Grace Nakamura",
            "Clerk",
            ["Grace Nakamura, Clerk"],
        ),
        (("Minutes taken by: Li Wei",), "Li Wei", None, ["Minutes taken by: Li Wei"]),
        (("Minutes prepared by: Kim Lee, City Clerk",), "Kim Lee", "City Clerk", ["Kim Lee, City Clerk"]),
    ],
)
def test_english_recorder(
    build: Build, check: Check, items: tuple[object, ...], name: str, role: str | None, sources: list[str]
) -> None:
    document, extraction = _extract(build, *EN_HEAD, EN_BODY, *items)
    assert extraction.recorder is not None
    assert (extraction.recorder.name, extraction.recorder.role) == (name, role)
    check(document, extraction.recorder.evidence, *sources)
    assert extraction.chair is None


@pytest.mark.parametrize(
    "items",
    [
        (*VI_HEAD, VI_BODY, "Đồng chí Nguyễn Văn An phát biểu ý kiến."),
        (*VI_HEAD, VI_BODY, "Giao đồng chí Phạm Văn Dũng chủ trì, phối hợp với chi hội phụ nữ."),
        (*VI_HEAD, "Chủ trì: (chưa ghi)", "Thư ký: ", VI_BODY),
        (*VI_HEAD, VI_BODY, [["THƯ KÝ", "CHỦ TRÌ"], ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"]]),
        (*EN_HEAD, EN_BODY, "The Chair thanked Grace Nakamura for the report."),
        (*EN_HEAD, "The meeting was called to order at 7 p.m.", EN_BODY, "The meeting adjourned at 8 p.m."),
        (*EN_HEAD, "Chair: to be elected", EN_BODY),
    ],
)
def test_no_chair_or_recorder_stated(build: Build, items: tuple[object, ...]) -> None:
    _, extraction = _extract(build, *items)
    assert extraction.chair is None
    assert extraction.recorder is None


def test_roster_names_are_recognised_whatever_their_case(build: Build, check: Check) -> None:
    document, extraction = _extract(
        build, *VI_HEAD, "Chủ trì: đồng chí nguyễn văn an – Bí thư chi bộ", VI_BODY, roster=["Nguyễn Văn An"]
    )
    assert extraction.chair is not None
    assert (extraction.chair.name, extraction.chair.role) == ("nguyễn văn an", "Bí thư chi bộ")
    check(document, extraction.chair.evidence, "nguyễn văn an")
    _, without = _extract(build, *VI_HEAD, "Chủ trì: đồng chí nguyễn văn an – Bí thư chi bộ", VI_BODY)
    assert without.chair is None


@pytest.mark.parametrize(
    ("line", "chair", "recorder"),
    [
        ("In the chair: Cllr Margaret Hollis", "Margaret Hollis", None),
        ("Present: Cllr Margaret Hollis (in the chair), Cllr Tom Reed, Cllr Anne Pike", "Margaret Hollis", None),
        ("Chaired by: Margaret Hollis", "Margaret Hollis", None),
        ("Margaret Hollis took the chair.", "Margaret Hollis", None),
        ("Clerk: Tom Reed", None, "Tom Reed"),
    ],
)
def test_more_english_ways_to_name_the_chair_and_clerk(
    build: Build, line: str, chair: str | None, recorder: str | None
) -> None:
    opening = "Minutes of the meeting of Ashby Parish Council held on 14 April 2026 at 7:00 pm in the Village Hall."
    extraction = extract(build(opening, line, "The meeting closed at 9 pm."))
    assert (extraction.chair.name if extraction.chair else None) == chair
    assert (extraction.recorder.name if extraction.recorder else None) == recorder


@pytest.mark.parametrize(
    ("line", "chair"),
    [
        ("Đồng chí Nguyễn Văn An – Bí thư chi bộ chủ trì.", "Nguyễn Văn An"),
        ("Đồng chí Nguyễn Văn An, Bí thư Chi bộ điều hành buổi sinh hoạt.", "Nguyễn Văn An"),
        ("Đồng chí Nguyễn Văn An chủ trì tổng vệ sinh môi trường thôn.", None),  # a task, not the meeting
    ],
)
def test_vietnamese_chair_in_a_sentence_of_its_own(build: Build, line: str, chair: str | None) -> None:
    opening = (
        "Hôm nay, vào hồi 19 giờ 30 phút ngày 05/3/2025, tại Nhà văn hóa thôn 3, Chi bộ thôn 3 sinh hoạt thường kỳ."
    )
    extraction = extract(build(opening, line, "Buổi sinh hoạt kết thúc lúc 21 giờ cùng ngày."))
    assert (extraction.chair.name if extraction.chair else None) == chair


@pytest.mark.parametrize(
    ("line", "chair"),
    [
        ("Chủ trì: Đồng chí Thượng úy Trần Văn Hùng - Bí thư chi bộ", "Trần Văn Hùng"),
        ("Chu tri: Dong chi Thuong uy Tran Van Hung - Bi thu chi bo", "Tran Van Hung"),
        ("Chủ trì: đồng chí Trung tá Lê Văn Nam", "Lê Văn Nam"),
    ],
)
def test_a_rank_is_not_part_of_the_name(build: Build, line: str, chair: str) -> None:
    opening = "Hôm nay, vào hồi 14 giờ ngày 07/4/2026, tại Hội trường Đại đội 2, Chi bộ Đại đội 2 sinh hoạt thường kỳ."
    extraction = extract(build(opening, line, "Buổi sinh hoạt kết thúc lúc 16 giờ cùng ngày."))
    assert extraction.chair is not None and extraction.chair.name == chair


@pytest.mark.parametrize(
    ("code", "lines", "chair", "recorder"),
    [
        (
            "vi",
            (
                "Đồng chí Lâm Thị Hồng Nhung, Bí thư chi bộ, chủ trì buổi sinh hoạt; "
                "đồng chí Trịnh Văn Khôi được chi bộ cử làm thư ký ghi biên bản.",
            ),
            "Lâm Thị Hồng Nhung",
            "Trịnh Văn Khôi",
        ),
        (
            "vi",
            (
                "Đ/c Hà Văn Quyết – Bí thư chi bộ, Quản đốc phân xưởng – điều hành buổi sinh hoạt. "
                "Thư ký: đ/c Nông Thị Thảo.",
            ),
            "Hà Văn Quyết",
            "Nông Thị Thảo",
        ),
        (
            "vi",
            (
                "Đồng chí Thượng úy Lương Văn Khởi – Chính trị viên, Bí thư chi bộ chủ trì.",
                "Đồng chí Thiếu úy Đào Văn Quyết – Chi ủy viên ghi biên bản.",
            ),
            "Lương Văn Khởi",
            "Đào Văn Quyết",
        ),
        ("vi", ("Chủ trì: BS.CKII Đoàn Minh Trí – Bí thư chi bộ, Trưởng khoa.",), "Đoàn Minh Trí", None),
        ("vi", ("Đồng chí Lê Văn Tám chủ trì tổng vệ sinh đường làng.",), None, None),  # a task, not the meeting
        ("en", ("Facilitator: Jonah Pereira. Minutes: Maya Goldfarb.",), "Jonah Pereira", "Maya Goldfarb"),
        (
            "en",
            (
                "Present: The Rev. Canon Julia Marchetti, Rector (presiding); Pauline Achterberg, Senior Warden; "
                "Hilary Voss.",
            ),
            "Julia Marchetti",
            None,
        ),
        ("en", ("Attendees: Helen Okafor (chair), Frank Tully, Grace Liu (notes)",), "Helen Okafor", "Grace Liu"),
    ],
)
def test_chair_and_recorder_in_more_phrasings(
    build: Build, code: str, lines: tuple[str, ...], chair: str | None, recorder: str | None
) -> None:
    head = VI_HEAD if code == "vi" else EN_HEAD
    body = VI_BODY if code == "vi" else EN_BODY
    _, extraction = _extract(build, *head, *lines, body)
    assert (extraction.chair and extraction.chair.name, extraction.recorder and extraction.recorder.name) == (
        chair,
        recorder,
    )


def test_a_list_separated_by_semicolons_keeps_each_role_after_its_comma(build: Build) -> None:
    _, extraction = _extract(
        build,
        *EN_HEAD,
        "Present: The Rev. Canon Julia Marchetti, Rector (presiding); Pauline Achterberg, Senior Warden; Hilary Voss.",
        EN_BODY,
    )
    present = [(person.name, person.role) for person in extraction.attendance.present]
    assert present == [
        ("Julia Marchetti", "Rector, presiding"),
        ("Pauline Achterberg", "Senior Warden"),
        ("Hilary Voss", None),
    ]


def test_chair_and_recorder_named_only_in_the_signature_block(build: Build) -> None:
    _, extraction = _extract(
        build,
        *VI_HEAD,
        VI_BODY,
        (BlockKind.SIGNATURE, "THƯ KÝ | CHỦ TRÌ\nTrung úy Nhâm Thị Thanh Thúy | Thiếu tá Lưu Quang Vinh"),
    )
    assert (extraction.chair and extraction.chair.name, extraction.recorder and extraction.recorder.name) == (
        "Lưu Quang Vinh",
        "Nhâm Thị Thanh Thúy",
    )


def test_a_name_at_the_end_of_a_line_does_not_take_the_next_label(build: Build) -> None:
    _, extraction = _extract(
        build,
        *EN_HEAD,
        "Venue: Scout HQ, Mill Lane\nChair: Fiona Gallagher\nSecretary (minutes): Ben Whitlock",
        EN_BODY,
    )
    assert (extraction.chair and extraction.chair.name, extraction.recorder and extraction.recorder.name) == (
        "Fiona Gallagher",
        "Ben Whitlock",
    )
