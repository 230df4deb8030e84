"""The scorer counts what a person would count: worked examples checked by hand."""

from __future__ import annotations

from extract.evaluation import Scorecard, score


def _doc(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "language": "vi",
        "meeting": {"date": None, "start_time": None, "end_time": None, "type": None},
        "chair": None,
        "recorder": None,
        "attendance": {"declared": {}, "present": [], "absent": [], "guests": [], "late": [], "left_early": []},
        "topics": [],
        "assignments": [],
        "reports": [],
        "decisions": [],
        "speakers": [],
    }
    base.update(fields)
    return base


def test_scalars_right_wrong_missing_and_invented() -> None:
    card = Scorecard()
    expected = _doc(meeting={"date": "2024-05-05", "start_time": "08:00", "end_time": None, "type": "regular"})
    got = _doc(meeting={"date": "2024-05-05", "start_time": "08:30", "end_time": "10:00", "type": None})
    score("d1", expected, got, card)
    assert (card.fields["meeting.date"].tp, card.fields["meeting.date"].fp, card.fields["meeting.date"].fn) == (1, 0, 0)
    start = card.fields["meeting.start_time"]  # wrong: one false positive and one false negative
    assert (start.tp, start.fp, start.fn) == (0, 1, 1)
    end = card.fields["meeting.end_time"]  # invented
    assert (end.tp, end.fp, end.fn) == (0, 1, 0)
    kind = card.fields["meeting.type"]  # missed
    assert (kind.tp, kind.fp, kind.fn) == (0, 0, 1)
    assert {m.field for m in card.mismatches} == {"meeting.start_time", "meeting.end_time", "meeting.type"}


def test_names_are_compared_folded_as_sets() -> None:
    card = Scorecard()
    expected = _doc(
        chair={"name": "Nguyễn Văn An"},
        attendance={"present": [{"name": "Lê Thị Bình"}, {"name": "Trần Văn Cường"}, {"name": "Đỗ Minh Khang"}]},
    )
    got = _doc(
        chair={"name": "NGUYEN VAN AN"},
        attendance={"present": [{"name": "le thi binh"}, {"name": "Đỗ Minh Khang"}, {"name": "Bùi Văn Tú"}]},
    )
    score("d1", expected, got, card)
    assert card.fields["chair.name"].tp == 1
    present = card.fields["attendance.present"]
    assert (present.tp, present.fp, present.fn) == (2, 1, 1)
    assert present.precision == 2 / 3 and present.recall == 2 / 3


def test_assignments_match_on_assignee_and_most_task_words() -> None:
    card = Scorecard()
    expected = _doc(
        assignments=[
            {
                "assignee": "đ/c Dũng",
                "assignees": ["Phạm Văn Dũng"],
                "task": "Thu đảng phí quý II",
                "due": "2024-06-30",
            },
            {"assignee": "Chi ủy", "assignees": [], "task": "Xây dựng kế hoạch tháng 7", "due": None},
        ]
    )
    got = _doc(
        assignments=[
            {
                "assignee": "Phạm Văn Dũng",
                "assignees": ["pham van dung"],
                "task": "thu đảng phí quý II của chi bộ",
                "due": "2024-06-30",
            },
            {"assignee": "Chi ủy", "assignees": [], "task": "Tổ chức họp dân", "due": None},
        ]
    )
    score("d1", expected, got, card)
    found = card.fields["assignments"]
    assert (found.tp, found.fp, found.fn) == (1, 1, 1)
    assert card.fields["assignments.due"].tp == 1


def test_vote_tallies_are_a_multiset_and_results_follow_matched_decisions() -> None:
    card = Scorecard()
    expected = _doc(
        decisions=[
            {"text": "approve the minutes", "votes": {"for": 7, "against": 0, "abstain": None, "result": "adopted"}},
            {
                "text": "award the roof contract",
                "votes": {"for": 6, "against": 1, "abstain": None, "result": "adopted"},
            },
        ]
    )
    got = _doc(
        decisions=[
            {
                "text": "award the roof repair contract",
                "votes": {"for": 6, "against": 1, "abstain": None, "result": None},
            },
        ]
    )
    score("d1", expected, got, card)
    tallies = card.fields["decisions.votes"]
    assert (tallies.tp, tallies.fp, tallies.fn) == (1, 0, 1)
    result = card.fields["decisions.votes.result"]
    assert (result.tp, result.fp, result.fn) == (0, 0, 1)


def test_targets_combine_fields() -> None:
    card = Scorecard()
    score(
        "d1",
        _doc(meeting={"date": "2024-01-02", "start_time": "08:00", "end_time": "09:00"}),
        _doc(meeting={"date": "2024-01-02", "start_time": "08:00", "end_time": None}),
        card,
    )
    row = next(t for t in card.targets() if t["target"] == "date and times")
    assert row["f1"] == 2 * 2 / (2 * 2 + 0 + 1)
    assert row["met"] is False
