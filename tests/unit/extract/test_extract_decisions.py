"""Decisions and their votes: wording, tallies in their many phrasings, result, mover, seconder, roll call."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract import extract
from extract.contract import Decision
from extract.decisions import extract_decisions
from extract.lines import document_lines
from extract.roster import Roster
from ingest.document import BlockKind, Document

Build = Callable[..., Document]
Check = Callable[..., None]
Tally = tuple[int | None, int | None, int | None, str | None]


def _decisions(build: Build, code: str, *items: object) -> tuple[Document, list[Decision]]:
    document = build(*items)
    return document, extract_decisions(document, document_lines(document), code, Roster())


def _tally(decision: Decision) -> Tally | None:
    votes = decision.votes
    return None if votes is None else (votes.for_, votes.against, votes.abstain, votes.result)


VI_TALLIES = [
    ("Biểu quyết: tán thành 18/18, đạt 100%.", (18, None, None, None)),
    ("Biểu quyết: 18/18 đồng chí tán thành (100%).", (18, None, None, None)),
    ("Bieu quyet : 11/11 dong chi tan thanh.", (11, None, None, None)),
    ("Biểu quyết: 40/42 hộ đồng ý (95,2%), 2 hộ không đồng ý. Chủ trương được thông qua.", (40, 2, None, "adopted")),
    ("Biểu quyết: tán thành 21/21, đạt 100%; không tán thành: không; ý kiến khác: không.", (21, 0, 0, None)),
    ("Biểu quyết: nhất trí 100%.", (None, None, None, "adopted")),
    (
        "Biểu quyết: tán thành 22/22 đồng chí có mặt (đạt 100%), không tán thành 0, ý kiến khác 0.",
        (22, 0, 0, None),
    ),
    ("Biểu quyết: 20/22 đồng chí nhất trí, không tán thành 1, ý kiến khác 1.", (20, 1, 1, None)),
    ("Kết quả biểu quyết: tán thành: 15 đồng chí; không tán thành: 2 đồng chí; ý kiến khác: 0.", (15, 2, 0, None)),
    ("- Biểu quyết: 20/22 đồng chí nhất trí", (20, None, None, None)),
    ("Biểu quyết: 19 đồng chí tán thành, 1 đồng chí không tán thành.", (19, 1, None, None)),
    ("Biểu quyết:  tán thành 18 / 18 ,  đạt  100 %", (18, None, None, None)),
    ("Biểu quyết: 100% đảng viên có mặt nhất trí.", (None, None, None, "adopted")),
    ("Biểu quyết: nhất trí 100% (25/25 đồng chí có mặt).", (25, None, None, "adopted")),
]


@pytest.mark.parametrize(("vote", "tally"), VI_TALLIES, ids=[vote for vote, _ in VI_TALLIES])
def test_vietnamese_tallies(build: Build, check: Check, vote: str, tally: Tally) -> None:
    document, decisions = _decisions(build, "vi", "1. Thông qua kế hoạch phát triển đảng viên năm 2024.", vote)
    assert [_tally(decision) for decision in decisions] == [tally]
    assert decisions[0].text == "Thông qua kế hoạch phát triển đảng viên năm 2024"
    check(document, decisions[0].evidence, "kế hoạch phát triển", vote.strip()[:10])


EN_TALLIES = [
    ("The motion carried 6-1.", (6, 1, None, "adopted")),
    ("Motion carried unanimously.", (None, None, None, "adopted")),
    ("The motion carried, 5 in favour, 2 against, 1 abstention.", (5, 2, 1, "adopted")),
    ("Ayes 5, Nays 2, Abstain 1.", (5, 2, 1, None)),
    ("Vote: 3-0-2.", (3, 0, 2, None)),
    ("The motion failed 2-4.", (2, 4, None, "failed")),
    ("Motion carried 7-0.", (7, 0, None, "adopted")),
    ("The motion was adopted by a vote of 6 to 1.", (6, 1, None, "adopted")),
    ("The motion passed with 4 in favor and 3 opposed.", (4, 3, None, "adopted")),
    ("Vote: 5 yes, 2 no.", (5, 2, None, None)),
    ("Yeas: 6; Nays: 0; Abstentions: 1. Motion passed.", (6, 0, 1, "adopted")),
    ("The motion was defeated.", (None, None, None, "failed")),
    ("The motion lost, three in favor, four opposed.", (3, 4, None, "failed")),
    ("CARRIED 5–2.", (5, 2, None, "adopted")),
    ("Motion passed (6-0-1).", (6, 0, 1, "adopted")),
]


@pytest.mark.parametrize(("vote", "tally"), EN_TALLIES, ids=[vote for vote, _ in EN_TALLIES])
def test_english_tallies(build: Build, check: Check, vote: str, tally: Tally) -> None:
    document, decisions = _decisions(build, "en", "Trustee Bell moved to approve the 2025 budget.", vote)
    assert [_tally(decision) for decision in decisions] == [tally]
    assert decisions[0].text == "to approve the 2025 budget"
    check(document, decisions[0].evidence, "moved to approve", vote[:6])


EN_MOVERS = [
    ("Marcus Bell moved to approve the contract; seconded by Priya Raman.", "Marcus Bell", "Priya Raman"),
    ("Moved by Marcus Bell, seconded by Priya Raman, to approve the contract.", "Marcus Bell", "Priya Raman"),
    ("On motion of Trustee Bell, seconded by Trustee Raman, the Board voted to approve the contract.", "Bell", "Raman"),
    ("M/S Bell/Raman to approve the contract.", "Bell", "Raman"),
    ("MOTION: Bell SECOND: Raman\nMotion to approve the contract.", "Bell", "Raman"),
    ("Mr. Bell made a motion to approve the contract. Ms. Raman seconded the motion.", "Bell", "Raman"),
    (
        "It was moved by Councilmember Bell and seconded by Councilmember Raman to approve the contract.",
        "Bell",
        "Raman",
    ),
    ("Bell moved to approve the contract, with a second from Raman.", "Bell", "Raman"),
    ("Motion to approve the contract. Moved: Bell. Seconded: Raman.", "Bell", "Raman"),
    ("Motion by Dr. Ana Ortiz to approve the contract.", "Ana Ortiz", None),
]


@pytest.mark.parametrize(("text", "mover", "seconder"), EN_MOVERS, ids=[text for text, _, _ in EN_MOVERS])
def test_movers_and_seconders(build: Build, text: str, mover: str, seconder: str | None) -> None:
    _, decisions = _decisions(build, "en", text, "The motion carried 5-0.")
    assert len(decisions) == 1
    votes = decisions[0].votes
    assert votes is not None
    assert (votes.mover, votes.seconder, votes.for_, votes.against, votes.result) == (
        mover,
        seconder,
        5,
        0,
        "adopted",
    )
    assert decisions[0].text == "to approve the contract"


def test_roll_call_gives_names_and_counts(build: Build, check: Check) -> None:
    document, decisions = _decisions(
        build,
        "en",
        "Moved by Lee, seconded by Ortiz, to adopt the parking policy.",
        "Roll call vote: Ayes: Bell, Raman, Lee. Nays: Ortiz. Abstain: none. Absent: Mr. Cole.",
        "Motion carried.",
    )
    assert len(decisions) == 1
    votes = decisions[0].votes
    assert votes is not None
    assert [(item.name, item.vote) for item in votes.roll_call] == [
        ("Bell", "for"),
        ("Raman", "for"),
        ("Lee", "for"),
        ("Ortiz", "against"),
        ("Cole", "absent"),
    ]
    assert (votes.for_, votes.against, votes.abstain, votes.result) == (3, 1, 0, "adopted")
    assert (votes.mover, votes.seconder) == ("Lee", "Ortiz")
    check(document, decisions[0].evidence, "Ayes: Bell", "Nays: Ortiz", "Motion carried")


VI_WORDINGS = [
    ("Chi bộ biểu quyết nhất trí 18/18 đ/c có mặt.", "Chi bộ biểu quyết nhất trí", (18, None, None, "adopted")),
    ("Chi bộ nhất trí thông qua.", "Chi bộ nhất trí thông qua", (None, None, None, "adopted")),
    (
        "Chi bộ thống nhất giao đồng chí Phạm Văn Dũng phụ trách công tác dân vận.",
        "Chi bộ thống nhất giao đồng chí Phạm Văn Dũng phụ trách công tác dân vận",
        None,
    ),
    (
        "Hội nghị biểu quyết thông qua nghị quyết về phát triển kinh tế thôn.",
        "Hội nghị biểu quyết thông qua nghị quyết về phát triển kinh tế thôn",
        (None, None, None, "adopted"),
    ),
    (
        "Sau khi thảo luận, chi bộ đã thống nhất thông qua nghị quyết tháng 5 với 18/18 đồng chí tán thành.",
        "chi bộ đã thống nhất thông qua nghị quyết tháng 5",
        (18, None, None, "adopted"),
    ),
    (
        "Nghị quyết: Tổ chức ra quân làm đường giao thông nông thôn trong tháng 6.",
        "Tổ chức ra quân làm đường giao thông nông thôn trong tháng 6",
        None,
    ),
    (
        "Chi ủy quyết định kết nạp quần chúng Lê Văn Tám vào Đảng.",
        "Chi ủy quyết định kết nạp quần chúng Lê Văn Tám vào Đảng",
        None,
    ),
    (
        "Nghị quyết về thu đảng phí không được thông qua: tán thành 5/12 đồng chí.",
        "Nghị quyết về thu đảng phí không được thông qua: tán thành 5/12 đồng chí",
        (5, None, None, "failed"),
    ),
]


@pytest.mark.parametrize(("line", "text", "tally"), VI_WORDINGS, ids=[line for line, _, _ in VI_WORDINGS])
def test_vietnamese_wordings(build: Build, line: str, text: str, tally: Tally | None) -> None:
    _, decisions = _decisions(build, "vi", "Đồng chí Bí thư báo cáo tình hình.", line)
    assert [(decision.text, _tally(decision)) for decision in decisions] == [(text, tally)]


EN_WORDINGS = [
    (
        "Resolved, That the Board authorizes the Director to sign the lease.",
        "Resolved, That the Board authorizes the Director to sign the lease",
        (None, None, None, "adopted"),  # what the minutes record as resolved was adopted
    ),
    ("The Board agreed to extend library hours on Saturdays.", "to extend library hours on Saturdays", None),
    (
        "The Council voted unanimously to adopt the noise ordinance.",
        "to adopt the noise ordinance",
        (None, None, None, "adopted"),
    ),
    ("Motion: To table item 7 until May.", "To table item 7 until May", None),
    (
        "Ms. Ortiz moved that the fee schedule be referred to the Finance Committee. Motion failed 3-4.",
        "that the fee schedule be referred to the Finance Committee",
        (3, 4, None, "failed"),
    ),
    (
        "BE IT FURTHER RESOLVED that the Clerk publish the notice.",
        "BE IT FURTHER RESOLVED that the Clerk publish the notice",
        None,
    ),
]


@pytest.mark.parametrize(("line", "text", "tally"), EN_WORDINGS, ids=[line for line, _, _ in EN_WORDINGS])
def test_english_wordings(build: Build, line: str, text: str, tally: Tally | None) -> None:
    _, decisions = _decisions(build, "en", "The Director presented the monthly report.", line)
    assert [(decision.text, _tally(decision)) for decision in decisions] == [(text, tally)]


def test_several_motions_in_one_paragraph(build: Build) -> None:
    _, decisions = _decisions(
        build,
        "en",
        "Bell moved to approve the budget; seconded by Raman. The motion carried 6-1. Discussion followed on the "
        "roof. Lee moved to hire a roofer, seconded by Ortiz. The motion failed 2-4.",
    )
    summary = [(item.text, _tally(item), item.votes and item.votes.mover) for item in decisions]
    assert summary == [
        ("to approve the budget", (6, 1, None, "adopted"), "Bell"),
        ("to hire a roofer", (2, 4, None, "failed"), "Lee"),
    ]


def test_vote_in_a_table_row(build: Build) -> None:
    _, decisions = _decisions(
        build,
        "vi",
        [["Nội dung", "Kết quả biểu quyết"], ["Thông qua nghị quyết tháng 5", "Tán thành 20/20 (100%)"]],
    )
    assert [_tally(decision) for decision in decisions] == [(20, None, None, None)]


NOT_VOTES = [
    ("en", "Present: 7 of 8 members. The next meeting is on 12-3-2024; call 555-1234 with questions."),
    ("en", "Trustee Bell said the library served 5-10 more patrons a day in 2023-24."),
    ("en", "Absent: Ortiz, Lee. Guests: 3."),
    ("vi", "Có mặt: 22/25 đồng chí. Vắng mặt: 3 đồng chí (có lý do: 2, không lý do: 1)."),
    ("vi", "Thời gian: ngày 12-3-2024, điện thoại liên hệ 0912-345-678."),
    ("vi", "Biên bản đã được đọc lại cho toàn thể đảng viên nghe và nhất trí thông qua 100%."),
    ("vi", "Đồng chí Nguyễn Văn An phát biểu, đề nghị tăng cường công tác kiểm tra."),
    ("vi", "Giao đồng chí Phạm Văn Dũng chủ trì, hoàn thành trước ngày 01/6/2024."),
    ("vi", "Chương trình sinh hoạt được chi bộ nhất trí thông qua."),
]


@pytest.mark.parametrize(("code", "text"), NOT_VOTES, ids=[text for _, text in NOT_VOTES])
def test_not_decisions(build: Build, code: str, text: str) -> None:
    assert _decisions(build, code, text)[1] == []


def test_headings_end_a_decision(build: Build) -> None:
    _, decisions = _decisions(
        build, "en", "Bell moved to approve the budget.", (BlockKind.HEADING, "New Business"), "Carried 5-0."
    )
    assert [(item.text, _tally(item)) for item in decisions] == [
        ("to approve the budget", (None, None, None, None)),
        ("Carried 5-0", (5, 0, None, "adopted")),
    ]


def test_pipeline_fills_decisions(build: Build, check: Check) -> None:
    document = build(
        (BlockKind.HEADING, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"),
        "Thời gian: 8 giờ ngày 05/5/2024. Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.",
        "Chi bộ thống nhất thông qua nghị quyết tháng 5.",
        "Biểu quyết: tán thành 22/22 đồng chí (đạt 100%), không tán thành 0, ý kiến khác 0.",
    )
    extraction = extract(document)
    decision = extraction.decisions[0]
    assert decision.text == "Chi bộ thống nhất thông qua nghị quyết tháng 5"
    assert extraction.to_json()["decisions"][0]["votes"] == {  # type: ignore[index]
        "for": 22,
        "against": 0,
        "abstain": 0,
        "result": "adopted",
        "mover": None,
        "seconder": None,
        "roll_call": [],
    }
    check(document, decision.evidence, "Chi bộ thống nhất", "tán thành 22/22")


EN_MINUTES_APPROVED = [
    "The minutes of the February 13, 2024 meeting were approved as read.",
    "The Committee approved the audit plan with the gala items included.",
]


@pytest.mark.parametrize("line", EN_MINUTES_APPROVED)
def test_a_body_approving_is_a_decision(build: Build, line: str) -> None:
    _, decisions = _decisions(build, "en", line)
    assert [(item.text, _tally(item)) for item in decisions] == [(line.rstrip("."), (None, None, None, "adopted"))]


SEQUENCES = [
    (
        "en",
        (
            "RESOLVED to approve payments totalling £1,842.60 as listed. Proposed Cllr Hargreaves, seconded Cllr "
            "Okoro. Carried unanimously.",
        ),
        ("to approve payments totalling £1,842.60 as listed", None, None, None, "adopted", "Hargreaves", "Okoro"),
    ),
    (
        "en",
        ("Resolved, That the Driftwood project is accepted. Moved Rahul Menon; seconded Sophie Laurent. 5-0-1.",),
        ("Resolved, That the Driftwood project is accepted", 5, 0, 1, "adopted", "Rahul Menon", "Sophie Laurent"),
    ),
    (
        "en",
        ("Motion (Arjun Rao) to rate cyber risk high, seconded by Evelyn Shaw. Result: 2 for, 2 against.",),
        ("to rate cyber risk high", 2, 2, None, None, "Arjun Rao", "Evelyn Shaw"),
    ),
    (
        "en",
        ("Minutes of 21 January 2025.", "Approved as circulated. Moved Ben Hartley; seconded Teresa Lowe. 3-0-1."),
        ("Minutes of 21 January 2025", 3, 0, 1, "adopted", "Ben Hartley", "Teresa Lowe"),
    ),
    (
        "en",
        ("Jorge Mendez moved to approve the service change; Irene\nCastellano seconded. The motion failed 2-3.",),
        ("to approve the service change", 2, 3, None, "failed", "Jorge Mendez", "Irene Castellano"),
    ),
    (
        "en",
        (
            "Resolved, That the Board declares an emergency.",
            "Moved by Director Marsh, seconded by Director Demir. Roll call vote:",
            [["Marsh", "Aye"], ["Demir", "Aye"], ["Lee", "Nay"]],
            "Resolution No. 2025-03 was adopted 2-1.",
        ),
        ("Resolved, That the Board declares an emergency", 2, 1, None, "adopted", "Marsh", "Demir"),
    ),
    (
        "en",
        (
            "M/S Chen/Okafor to extend the contract with a 4% increase. Victor Chen said results justified it. "
            "Diane Mercer asked why. The motion to extend at 4% failed 2-4.",
        ),
        ("to extend the contract with a 4% increase", 2, 4, None, "failed", "Chen", "Okafor"),
    ),
    (
        "en",
        ("Commissioner Stone moved to approve the minutes. Commissioner Morales seconded. Motion carried 4-0.",),
        ("to approve the minutes", 4, 0, None, "adopted", "Stone", "Morales"),
    ),
    (
        "vi",
        (
            "Chi bộ thống nhất phân công:",
            "- Đồng chí Lê Văn Tâm phụ trách tuyên truyền.",
            "- Đồng chí Hà Thị Mai thu quỹ khuyến học.",
            "Biểu quyết: 12/12 đ/c tán thành (100%).",
        ),
        ("Chi bộ thống nhất phân công", 12, None, None, None, None, None),
    ),
    (
        "vi",
        ("Biểu quyết: tán thành 17/17, không tán thành 0, ý kiến khác 0. Chi bộ nhất trí thông qua.",),
        ("Biểu quyết: tán thành 17/17, không tán thành 0, ý kiến khác 0", 17, 0, 0, "adopted", None, None),
    ),
]


@pytest.mark.parametrize(
    ("code", "items", "expected"), SEQUENCES, ids=[str(items[0])[:60] for _, items, _ in SEQUENCES]
)
def test_decisions_over_several_sentences(
    build: Build, check: Check, code: str, items: tuple[object, ...], expected: tuple[object, ...]
) -> None:
    document, decisions = _decisions(build, code, *items)
    assert len(decisions) == 1
    votes = decisions[0].votes
    assert votes is not None
    got = (decisions[0].text, votes.for_, votes.against, votes.abstain, votes.result, votes.mover, votes.seconder)
    assert got == expected
    check(document, decisions[0].evidence)


def test_roll_call_table(build: Build) -> None:
    _, decisions = _decisions(
        build,
        "en",
        "Councilmember O’Brien moved to adopt Resolution No. 2025-04; Councilmember Lindqvist seconded. "
        "Roll call vote:",
        [["Haines", "Aye"], ["Delgado", "Aye"], ["Whitaker", "No"], ["Moore", "Absent"]],
        "The resolution was adopted 2-1.",
    )
    assert len(decisions) == 1
    votes = decisions[0].votes
    assert votes is not None
    assert decisions[0].text == "to adopt Resolution No. 2025-04"
    assert (votes.for_, votes.against, votes.result, votes.mover, votes.seconder) == (
        2,
        1,
        "adopted",
        "O’Brien",
        "Lindqvist",
    )
    assert [(item.name, item.vote) for item in votes.roll_call] == [
        ("Haines", "for"),
        ("Delgado", "for"),
        ("Whitaker", "against"),
        ("Moore", "absent"),
    ]


def test_a_mover_written_after_the_result_joins_its_motion(build: Build) -> None:
    _, decisions = _decisions(
        build,
        "en",
        "The committee approved the audit plan with that change.",
        "Moved: Evelyn Shaw. Seconded: Marcus Webb.",
    )
    votes = decisions[0].votes
    assert votes is not None
    assert (len(decisions), votes.result, votes.mover, votes.seconder) == (1, "adopted", "Evelyn Shaw", "Marcus Webb")


def test_a_resolution_on_its_own_line_takes_the_mover_written_above_it(build: Build) -> None:
    extraction = extract(
        build(
            "Church Council",
            "Minutes of the Church Council meeting held on Tuesday 18 November 2025 at 7.15pm.",
            "Elders present: Neil Drummond, Ruth Okonkwo, Kwame Asante, Bryony Hale.",
            "Proposed: Neil Drummond Seconded: Ruth Okonkwo",
            "That the Council fund a second paid leader for the toddler group. Agreed, with one abstention.",
            "Proposed: Kwame Asante Seconded: Bryony Hale",
            "That the quote from Glenview Heating be accepted. For 6, against 1, abstentions 0.",
            "It was agreed that Neil Drummond would instruct Glenview Heating by 5 December.",
        )
    )
    found = [(item.votes.mover, item.votes.seconder) for item in extraction.decisions if item.votes]
    assert found == [("Neil Drummond", "Ruth Okonkwo"), ("Kwame Asante", "Bryony Hale")]
    assert len(extraction.decisions) == 2  # the task given last is an assignment, not a decision
    assert [item.assignees for item in extraction.assignments] == [["Neil Drummond"]]


def test_movers_and_owners_written_by_their_initials(build: Build) -> None:
    extraction = extract(
        build(
            "Riverbend Food Co-op Board of Directors",
            "Minutes of the regular meeting held on Tuesday, January 27, 2026 at 6:30 p.m.",
            "Directors present: Jonah Pereira (JP, President), Kim Tran (KT), Lucy Okoye (LO), Ravi Shankar (RS).",
            "M/S JP/KT to approve the minutes of December 16. Carried 4-0.",
            "Motion (LO/RS) to adopt the 2026 budget. Carried 3-1.",
            "ACTION: LO to bring a financing proposal to the February 24 meeting.",
        )
    )
    votes = [(item.votes.mover, item.votes.seconder) for item in extraction.decisions if item.votes]
    assert votes == [("Jonah Pereira", "Kim Tran"), ("Lucy Okoye", "Ravi Shankar")]
    assert [(item.assignee, item.assignees) for item in extraction.assignments] == [("LO", ["Lucy Okoye"])]


def test_a_mover_named_short_is_given_by_the_full_name_a_speaker_had(build: Build) -> None:
    extraction = extract(
        build(
            "Minutes of the Regular Membership Meeting",
            "The meeting was called to order at 7:03 pm on Thursday, July 24, 2025 by President Denise Harwell.",
            "Sister Maria Kowalczyk: Will the strike fund cover health insurance if we go out?",
            "Brother Dwayne Foster: What is management's wage offer right now?",
            "Motion by Brother Foster, seconded by Sister Kowalczyk, to hold a strike authorization vote. Carried.",
            "Resolved, That the Driftwood project is accepted into the incubator. 5-0-1.",
            "The minutes were read back and approved by the meeting before it closed at 9.05pm.",
        )
    )
    votes = [(item.votes.mover, item.votes.seconder, item.votes.result) for item in extraction.decisions if item.votes]
    assert votes == [("Dwayne Foster", "Maria Kowalczyk", "adopted"), (None, None, "adopted")]
    assert extraction.read_back is not None  # the closing adoption is the read-back, not a decision
