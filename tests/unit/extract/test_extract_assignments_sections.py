"""Tasks in a part of the minutes about tasks (list items, clauses of one "Phân công:" sentence, a task before its
owner), deadlines written without diacritics or as a range, and what is not a task."""

from __future__ import annotations

from collections.abc import Callable

from extract.assignments import extract_assignments
from extract.contract import Assignment
from extract.deadlines import find_deadline
from extract.lines import document_lines
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
MAY_5 = "2024-05-05"


def _assignments(document: Document, code: str) -> list[Assignment]:
    return extract_assignments(document, document_lines(document), code, MAY_5)


def _facts(document: Document, code: str) -> list[tuple[str | None, list[str], str, str | None]]:
    return [(item.assignee, item.assignees, item.task, item.due) for item in _assignments(document, code)]


# Vietnamese: a part about tasks -------------------------------------------------------------------------------


def test_each_clause_of_a_phan_cong_sentence_with_a_person_and_a_verb_is_a_task(build: Build) -> None:
    document = build(
        "Phân công: đ/c Hà Văn Lộc chủ trì dọn vệ sinh đường làng, xong trước ngày 20/5/2024; "
        "đ/c Tô Thị Mận phối hợp chi đoàn trồng cây trong tháng 5 và tháng 6; đ/c Vi Văn Khoa chuẩn bị hội trường."
    )
    assert _facts(document, "vi") == [
        ("đ/c Hà Văn Lộc", ["Hà Văn Lộc"], "chủ trì dọn vệ sinh đường làng", "2024-05-20"),
        ("đ/c Tô Thị Mận", ["Tô Thị Mận"], "phối hợp chi đoàn trồng cây", "2024-06-30"),
        ("đ/c Vi Văn Khoa", ["Vi Văn Khoa"], "chuẩn bị hội trường", None),
    ]


def test_lettered_items_after_a_phan_cong_label_are_tasks_and_the_vote_is_not(build: Build) -> None:
    document = build(
        "Chi bộ thống nhất phân công:",
        " a) Đ/c Lò Thị Nga lập danh sách hộ nghèo gửi UBND xã trước 17 giờ ngày 29/5/2024.",
        " b) Các đảng viên mỗi người giúp một hộ khó khăn sửa nhà.",
        "Chi bộ biểu quyết nhất trí 100%.",
    )
    assert _facts(document, "vi") == [
        ("Đ/c Lò Thị Nga", ["Lò Thị Nga"], "lập danh sách hộ nghèo gửi UBND xã", "2024-05-29"),
        ("Các đảng viên", [], "mỗi người giúp một hộ khó khăn sửa nhà", None),
    ]


def test_a_person_and_a_verb_outside_a_part_about_tasks_needs_a_deadline(build: Build) -> None:
    document = build("Đ/c Vi Văn Khoa chuẩn bị hội trường.")
    assert _facts(document, "vi") == []


def test_a_task_before_its_owner_after_a_colon(build: Build) -> None:
    document = build(
        (BlockKind.HEADING, "III. NHIỆM VỤ THÁNG 6"),
        "1. Sửa mương tưới: đ/c Lò Văn Sáng chủ trì cùng tổ thủy lợi, hoàn thành trong tháng 6.",
        "2. Thu quỹ khuyến học: giao đ/c Hà Thị Nụ, thường xuyên.",
        "3. Tiếp tục vận động hội viên mới: đồng chí Mạc Văn Tư.",
    )
    assert _facts(document, "vi") == [
        ("đ/c Lò Văn Sáng", ["Lò Văn Sáng"], "Sửa mương tưới", "2024-06-30"),
        ("đ/c Hà Thị Nụ", ["Hà Thị Nụ"], "Thu quỹ khuyến học", None),
        ("đồng chí Mạc Văn Tư", ["Mạc Văn Tư"], "Tiếp tục vận động hội viên mới", None),
    ]


def test_the_conclusions_the_chi_bo_agrees_on_are_a_part_about_tasks(build: Build) -> None:
    document = build(
        "Đồng chí chủ trì kết luận; chi bộ thống nhất:",
        "Mỗi đảng viên đăng ký một việc làm theo gắn với nơi cư trú.",
        "Đồng chí Mai Văn Tiến xây dựng dự thảo quy chế, trình chi ủy; thời hạn 30/6/2024.",
    )
    assert _facts(document, "vi") == [
        ("Mỗi đảng viên", [], "đăng ký một việc làm theo gắn với nơi cư trú", None),
        ("Đồng chí Mai Văn Tiến", ["Mai Văn Tiến"], "xây dựng dự thảo quy chế, trình chi ủy", "2024-06-30"),
    ]


def test_a_signature_under_the_tasks_is_not_a_task(build: Build) -> None:
    document = build(
        "Chi bộ thống nhất:",
        "Đồng chí Mai Văn Tiến xây dựng dự thảo quy chế.",
        "THƯ KÝ — Lò Thị Nga",
    )
    assert [item.task for item in _assignments(document, "vi")] == ["xây dựng dự thảo quy chế"]


def test_running_the_rest_of_the_meeting_is_not_a_task(build: Build) -> None:
    document = build(
        "Đồng chí Vũ Đình Lâm về sớm lúc 15 giờ, giao đồng chí Hà Thị Nụ điều hành tiếp.",
        "Dong chi Vu Dinh Lam ve som, giao dong chi Ha Thi Nu dieu hanh tiep.",
    )
    assert _facts(document, "vi") == []


def test_minutes_without_diacritics_have_sections_and_deadlines(build: Build) -> None:
    document = build(
        "4. Nhiem vu thang 5 va thang 6",
        "Giao dong chi Dinh Van Toan thu quy khuyen hoc, xong truoc 15/6/2024.",
        "Giao dong chi Ha Thi Nu van dong hoi vien, trong thang 6.",
        "Giao dong chi Lo Van Sang sua duong, thoi han 30-6-2024.",
    )
    assert [item.due for item in _assignments(document, "vi")] == ["2024-06-15", "2024-06-30", "2024-06-30"]


def test_deadline_ranges_and_meetings_of_a_month() -> None:
    later = find_deadline("trong tháng 6 và tháng 7", "vi", MAY_5)
    assert later is not None and (later.due, later.text) == ("2024-07-31", "trong tháng 6 và tháng 7")
    timed = find_deadline("gửi xã trước 17 giờ ngày 29/5/2024", "vi", MAY_5)
    assert timed is not None and timed.due == "2024-05-29"
    meeting = find_deadline("Trước kỳ sinh hoạt tháng 6", "vi", MAY_5, lead_required=False)
    assert meeting is not None and (meeting.due, meeting.text) == (None, "Trước kỳ sinh hoạt tháng 6")


# English -----------------------------------------------------------------------------------------------------


def test_owner_task_deadline_lines_with_lower_case_names_in_an_action_list(build: Build) -> None:
    document = build(
        "action items:",
        "- omar haddad - mail the sign-up flyers to all parents - by may 20",
        "- the minutes - approved",
    )
    assert _facts(document, "en") == [
        ("omar haddad", ["omar haddad"], "mail the sign-up flyers to all parents", "2024-05-20")
    ]


def test_lower_case_owner_lines_need_a_part_about_tasks(build: Build) -> None:
    document = build("- omar haddad - mail the sign-up flyers to all parents - by may 20")
    assert _facts(document, "en") == []


def test_an_office_in_two_words_before_a_surname(build: Build) -> None:
    document = build(
        "STAFF DIRECTION",
        "Deputy Director Okafor will prepare the grant report by June 3.",
        "Town Attorney Ruiz to draft the ordinance before the second reading.",
        "Cllr Mbeki to obtain three quotes for the fence.",
    )
    assert _facts(document, "en") == [
        ("Deputy Director Okafor", ["Okafor"], "prepare the grant report", "2024-06-03"),
        ("Town Attorney Ruiz", ["Ruiz"], "draft the ordinance", None),
        ("Cllr Mbeki", ["Mbeki"], "obtain three quotes for the fence", None),
    ]


def test_what_the_body_itself_agrees_or_is_asked_is_not_a_task(build: Build) -> None:
    document = build(
        "The committee agreed to thank the volunteers in the June newsletter.",
        "Dana Kerr asked the board to add lighting on the east path.",
        "The council asked staff to follow up as follows:",
        "- Omar Haddad to re-rank the road segments within two weeks.",
    )
    assert _facts(document, "en") == [("Omar Haddad", ["Omar Haddad"], "re-rank the road segments", "2024-05-19")]


def test_chairing_the_rest_of_the_meeting_is_not_a_task(build: Build) -> None:
    document = build("The chair left at 8 pm and asked Omar Haddad to chair the rest of the meeting.")
    assert _facts(document, "en") == []
