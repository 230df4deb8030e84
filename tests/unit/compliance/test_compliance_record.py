"""minutes.read_back, minutes.signatures / signed, minutes.required_parts, minutes.previous_approved, tasks,
participation.speakers, higher_level.attendance, and the quality score."""

from __future__ import annotations

from typing import Any

import pytest
from compliance_builders import VN, ev, meeting, meeting_flags, roster, series, series_flags

from compliance import quality_score

READ_BACK = {"text": "Biên bản đã được đọc lại và nhất trí thông qua.", "evidence": ev(60, "Biên bản đã được đọc lại")}


@pytest.mark.parametrize(
    ("fields", "ok"),
    [
        ({"read_back": READ_BACK}, True),
        ({"topics": [{"title": "Đọc lại và thông qua biên bản"}]}, False),  # an agenda item is not the record of it
        ({}, False),
    ],
)
def test_read_back(fields: dict[str, Any], ok: bool) -> None:
    assert (meeting_flags(meeting("2024-05-06", **fields), "minutes.read_back") == []) is ok


def place(role: str | None, title: str, name: str | None) -> dict[str, Any]:
    return {"role": role, "title": title, "name": name}


@pytest.mark.parametrize(
    ("signatures", "variants"),
    [
        ([place("recorder", "THƯ KÝ", "Lê Thị Bình"), place("chair", "T/M CHI BỘ BÍ THƯ", "Nguyễn Văn An")], []),
        ([place("recorder", "THƯ KÝ", "Lê Thị Bình"), place("chair", "CHỦ TRÌ", None)], ["chair"]),  # left blank
        ([place(None, "XÁC NHẬN", "Nguyễn Văn An"), place("recorder", "THƯ KÝ", "Lê Thị Bình")], []),  # by name
        ([place("chair", "CHỦ TRÌ", "Nguyễn Văn An")], ["recorder"]),
        ([], ["chair", "recorder"]),  # "Chủ trì: …" / "Thư ký: …" in the header are no signatures
    ],
)
def test_signatures(signatures: list[dict[str, Any]], variants: list[str]) -> None:
    extraction = meeting("2024-05-06", signatures=signatures)
    messages = {
        "chair": "The minutes are not signed by the chair.",
        "recorder": "The minutes are not signed by the recorder.",
    }
    assert [flag.message for flag in meeting_flags(extraction, "minutes.signatures")] == [messages[v] for v in variants]


@pytest.mark.parametrize(
    ("signatures", "signed"),
    [
        ([place("recorder", "Respectfully submitted,", "Grace Nakamura")], True),
        ([place(None, "Approved", "Grace Nakamura")], True),  # the recorder's name, whatever the title
        ([place("chair", "Chair", "Eleanor Whitfield")], False),
        ([place("recorder", "Secretary", None)], False),
        ([], False),
    ],
)
def test_board_minutes_signed(signatures: list[dict[str, Any]], signed: bool) -> None:
    extraction = meeting("2024-05-14", recorder={"name": "Grace Nakamura"}, signatures=signatures)
    assert (meeting_flags(extraction, "minutes.signed", "generic-board") == []) is signed


def test_each_task_is_reported_on_by_its_due_date() -> None:
    april = meeting(
        "2024-04-05",
        assignments=[
            {"assignee": "Lê Thị Bình", "assignees": ["Lê Thị Bình"], "task": "Thu đảng phí quý II"},
            {"assignee": "Trần Văn Cường", "assignees": ["Trần Văn Cường"], "task": "Sửa đường liên xóm"},
            {"assignee": "Phạm Văn Dũng", "assignees": ["Phạm Văn Dũng"], "task": "Lập danh sách", "due": "2024-06-30"},
        ],
    )
    may = meeting("2024-05-06", reports=[{"assignee": "Bình", "task": "thu đảng phí quý II", "status": "done"}])
    june = meeting("2024-06-05", reports=[{"assignee": "Cường", "task": "sửa đường", "status": "in_progress"}])
    july = meeting("2024-07-05", reports=[{"assignee": "Dũng", "task": "lập danh sách", "status": "done"}])
    flags = series_flags(series(april, may, june, july), "tasks.previous_reviewed")
    # Bình reported in May; Cường's road (no due date) was due in May and reported only in June; Dũng's list
    # (due 30 June) was due at the first regular meeting on or after it, July, and reported there
    assert [(flag.date, flag.member, flag.message) for flag in flags] == [
        (
            "2024-05-06",
            "Trần Văn Cường",
            "The task “Sửa đường liên xóm” assigned to Trần Văn Cường at the 2024-04-05 meeting is not reported on"
            " in the minutes.",
        )
    ]
    not_yet = series_flags(series(april, meeting("2024-05-06", reports=may.reports)), "tasks.previous_reviewed")
    assert [flag.member for flag in not_yet] == ["Trần Văn Cường"]  # Dũng's list is not due by May


def test_required_parts() -> None:
    bare = meeting(None, start=None, end=None)
    flags = meeting_flags(bare, "minutes.required_parts")
    assert [flag.message for flag in flags] == [
        "The minutes lack the header (body, number, place and date).",
        "The minutes do not give the time and place of the meeting.",
        "The minutes do not record attendance.",
        "The minutes do not record what was discussed.",
        "The minutes record no conclusion or vote.",
        "The minutes do not record when the meeting closed.",
    ]
    complete = meeting(
        "2024-05-06",
        meeting={"body": "Chi bộ Thôn 3", "place": "Nhà văn hóa"},
        attendance={"declared": {"present": 5}},
        speakers=[{"name": "An", "turns": 1}],
        decisions=[{"text": "Thông qua"}],
    )
    assert meeting_flags(complete, "minutes.required_parts") == []


def test_previous_minutes_approved() -> None:
    approved = {"topics": [{"title": "Approval of Minutes", "labels": ["minutes_approval"]}]}
    by_motion = {"decisions": [{"text": "to approve the minutes of the May meeting as corrected"}]}
    meetings = series(
        meeting("2024-01-09"),  # the first: nothing before it
        meeting("2024-02-13", **approved),
        meeting("2024-03-12", **by_motion),
        meeting("2024-03-20", "special"),  # a special meeting need not approve
        meeting("2024-04-09"),
    )
    flags = series_flags(meetings, "minutes.previous_approved", "generic-board")
    assert [(flag.date, flag.meeting, flag.message) for flag in flags] == [
        (
            "2024-04-09",
            "2024-04-09",
            "The minutes of the previous meeting (2024-03-20) were not approved (or corrected) at the next regular"
            " meeting.",
        )
    ]


def test_tasks_owner_and_deadline() -> None:
    assignments = [
        {"assignee": "Lê Thị Bình", "task": "Thu đảng phí", "due": "2024-05-31", "evidence": ev(7, "Thu đảng phí")},
        {"assignee": "Chi ủy", "task": "Rà soát hộ nghèo", "due_text": "trước kỳ họp sau"},
        {"task": "Vệ sinh môi trường", "due": None, "evidence": ev(8, "Vệ sinh môi trường")},
    ]
    extraction = meeting("2024-05-06", assignments=assignments)
    flags = meeting_flags(extraction, "tasks.assigned_owner")
    assert [(flag.message, [e.text for e in flag.evidence]) for flag in flags] == [
        ("The task “Vệ sinh môi trường” has no named owner.", ["Vệ sinh môi trường"]),
        ("The task “Vệ sinh môi trường” has no deadline.", ["Vệ sinh môi trường"]),
    ]
    assert len(meeting_flags(extraction, "tasks.assigned_owner", params={"require_due": False})) == 1
    [action] = meeting_flags(extraction, "actions.owner", "generic-board")
    assert (action.message, action.severity) == ("The action item “Vệ sinh môi trường” has no owner.", "info")


def test_previous_tasks_reviewed() -> None:
    task = {"assignments": [{"assignee": "An", "task": "Thu đảng phí"}]}
    meetings = series(
        meeting("2024-01-05", **task),
        meeting("2024-01-20", "thematic"),  # not a regular meeting: not where tasks are reviewed
        meeting("2024-02-05", reports=[{"task": "Thu đảng phí", "status": "done"}], **task),
        meeting("2024-03-05", topics=[{"title": "Kết quả tháng 2", "labels": ["review"]}]),
        meeting("2024-04-05", **task),  # March assigned nothing: nothing to review
        meeting("2024-05-06"),
    )
    flags = series_flags(meetings, "tasks.previous_reviewed")
    assert [(flag.date, flag.meeting) for flag in flags] == [("2024-05-06", "2024-05-06")]
    assert flags[0].message == (
        "The minutes do not record a review of the results of the conclusions and the 1 tasks assigned at the"
        " previous meeting (2024-04-05)."
    )


@pytest.mark.parametrize(
    ("present", "speakers", "params", "flagged"),
    [
        (10, 2, {}, "Only 2 of the 10 members present spoke (20%), below 30%; a quality signal, not a violation."),
        (10, 3, {}, None),
        (
            10,
            3,
            {"weakest_below": 0.4},
            "Only 3 of the 10 members present spoke (30%), below 40%; a quality signal, not a violation.",
        ),
        (None, 0, {}, None),
    ],
)
def test_speakers(present: int | None, speakers: int, params: dict[str, Any], flagged: str | None) -> None:
    extraction = meeting(
        "2024-05-06",
        attendance={"declared": {"present": present}, "guests": [{"name": "Khách"}]},
        speakers=[{"name": f"S{n}", "turns": 1} for n in range(speakers)] + [{"name": "Khách", "turns": 3}],
    )
    flags = meeting_flags(extraction, "participation.speakers", params=params)
    assert [flag.message for flag in flags] == ([flagged] if flagged else [])
    assert all(flag.severity == "info" for flag in flags)


def test_higher_level_attendance_per_whole_year() -> None:
    guest = {"attendance": {"guests": [{"name": "Đỗ Minh Khang", "higher_level": True}]}}
    year = [meeting(f"2024-{m:02d}-05", **(guest if m % 3 == 0 else {})) for m in range(1, 13)]  # 4 visits
    assert [flag.date for flag in series_flags(series(*year), "higher_level.attendance")] == ["2024"]
    assert series_flags(series(*year), "higher_level.attendance", params={"min_per_year": 4}) == []
    assert series_flags(series(*year[1:]), "higher_level.attendance") == []  # Feb–Dec is not a whole year


# the quality score --------------------------------------------------------------------------------------


def good_meeting(**fields: Any) -> Any:
    data: dict[str, Any] = {
        "meeting": {"title": "Biên bản", "body": "Chi bộ Thôn 3", "place": "Nhà văn hóa"},
        "chair": {"name": "Nguyễn Văn An", "role": "Bí thư chi bộ"},
        "attendance": {"declared": {"total": 10, "present": 10, "absent": 0}},
        "topics": [
            {"title": "Đánh giá kết quả tháng trước", "labels": ["review"]},
            {"title": "Đọc lại và thông qua biên bản"},
        ],
        "assignments": [{"assignee": "An", "task": "x", "due": "2024-06-01"}],
        "decisions": [{"text": "Nghị quyết", "votes": {"for": 10}}],
        "speakers": [{"name": f"S{n}", "turns": 1} for n in range(6)],
        "read_back": READ_BACK,
    }
    data.update(fields)
    return meeting("2024-05-06", **data)


def test_a_complete_meeting_scores_100() -> None:
    score = quality_score(good_meeting(), VN)
    assert (score.total, score.band) == (100.0, "good")
    assert [(part.name, part.points, part.weight) for part in score.parts] == [
        ("time", 5.0, 5),
        ("attendance", 5.0, 5),
        ("preparation", 10.0, 10),
        ("organisation", 30.0, 30),
        ("chairing", 10.0, 10),
        ("principles", 5.0, 5),
        ("previous_results", 30.0, 30),
        ("closing", 5.0, 5),
    ]
    assert score.parts[0].explanation.en == "The meeting lasted 120 minutes."
    assert score.parts[0].explanation.vi == "Buổi sinh hoạt kéo dài 120 phút."


def test_parts_say_what_the_minutes_lack() -> None:
    extraction = good_meeting(
        topics=[],
        reports=[],
        decisions=[{"text": "Nghị quyết", "votes": {"for": 4}}],
        attendance={"declared": {"total": 10, "present": 6, "absent": 4}},
        speakers=[],
        read_back=None,
    )
    score = quality_score(extraction, VN)
    parts = {part.name: part for part in score.parts}
    assert parts["previous_results"].points == 0
    assert parts["previous_results"].explanation.vi == "Biên bản không ghi việc kiểm điểm kết quả tháng trước."
    assert parts["principles"].points == 0  # 4 of 10
    assert parts["attendance"].points == round(5 * 0.6 / 0.9, 1)  # 6 of 10, full marks from 90 %
    assert parts["preparation"].points == 6.0  # plan and header, no agenda
    assert parts["organisation"].points == 18.0  # no absentee reasons listed, no speakers
    assert parts["closing"].points == 2.5  # no read-back
    assert score.total == round(5 + 3.3 + 6 + 18 + 10 + 0 + 0 + 2.5, 1)
    assert score.band == "weak"
    [flag] = series_flags(series(extraction), "quality.score", language="en")
    assert flag.message.startswith("Meeting quality score: 44.8/100, rated weak (time 5/5, attendance 3.3/5")
    assert (flag.date, flag.meeting) == ("2024-05-06", "2024-05-06")


def test_previous_meeting_tasks_and_weights_from_the_body() -> None:
    previous = meeting("2024-04-05", assignments=[{"task": "a"}, {"task": "b"}, {"task": "c"}, {"task": "d"}])
    extraction = good_meeting(reports=[{"task": "a", "status": "done"}])
    score = quality_score(extraction, VN, previous=previous)
    assert [p.points for p in score.parts if p.name == "previous_results"] == [
        18.8
    ]  # 30 × (½ + ½ × 1/4) = 18.75, to one decimal
    weights = {"time": 5, "attendance": 5, "preparation": 5, "organisation": 40, "chairing": 5, "principles": 5}
    weights |= {"previous_results": 30, "closing": 5}
    heavier = quality_score(good_meeting(), VN, {"weights": weights, "bands": {"good": 95, "fair": 80, "average": 60}})
    assert [p.weight for p in heavier.parts if p.name == "organisation"] == [40]
    assert heavier.total == 100.0
    with pytest.raises(Exception, match="add up to 110"):
        quality_score(good_meeting(), VN, {"weights": {**weights, "organisation": 50}})


def test_no_flag_unless_the_band_is_flagged() -> None:
    assert series_flags(series(good_meeting()), "quality.score") == []
    [flag] = series_flags(series(good_meeting()), "quality.score", params={"flag_bands": ["good"]}, language="vi")
    assert flag.message.startswith("Điểm chất lượng buổi sinh hoạt: 100/100, xếp loại Tốt (thời gian 5/5")


def test_each_meeting_is_scored_with_the_tasks_of_the_meeting_before_it() -> None:
    april = meeting("2024-04-05", assignments=[{"task": "a"}, {"task": "b"}, {"task": "c"}, {"task": "d"}])
    may = good_meeting(reports=[{"task": "a", "status": "done"}])
    flags = series_flags(series(may, april), "quality.score", params={"flag_bands": ["good", "fair"]})
    scores = {flag.date: flag.message.split(":")[1].split(",")[0].strip() for flag in flags}
    # May: 100 less the review part's 30 × (1 − (½ + ½ × 1/4)) = 11.2 (one report on April's four tasks)
    assert scores["2024-05-06"] == "88.8/100"
    undated = good_meeting(meeting={"date": None})
    assert [f.date for f in series_flags(series(undated), "quality.score", params={"flag_bands": ["good"]})] == []


def test_attendance_part_does_not_trust_a_roster_shorter_than_those_present() -> None:
    members = roster({"name": "Nguyễn Văn An"}, {"name": "Lê Thị Bình"})
    extraction = good_meeting(attendance={"declared": {"total": 10, "present": 9, "absent": 1}})
    parts = {part.name: part for part in quality_score(extraction, VN, roster=members).parts}
    assert parts["attendance"].explanation.en == "9 of 10 present (90%)."  # the stated total, not the roster's 2
