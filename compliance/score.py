"""The 100-point quality score of one meeting (RULES.md, quality.score), as provincial rubrics based on
Hướng dẫn 42-HD/BTCTW give it: time 5, attendance 5, preparation 10, organisation 30, chairing 10, principles 5,
results of last month 30, closing 5; rated Tốt (good) ≥ 90, Khá (fair) ≥ 70, Trung bình (average) ≥ 50, else
Kém (weak). Weights, bands and the few thresholds it reads are the ``quality.score`` rule's parameters.

Each part is a share of its weight earned from what the minutes say, with a short explanation in Vietnamese and
English of what they say or do not say. A part the minutes give nothing for earns nothing: the score rates the
minutes as a record of the meeting, which is what a reviewer has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from compliance.checks.attendance import absent_implied
from compliance.checks.duration import MinimumByType, elapsed_minutes, parse_clock
from compliance.checks.evidence import blank, says
from compliance.checks.participation import SpeakerBands, present_count, speaking_share
from compliance.checks.resolution import eligible_from_counts, eligible_from_roster, tallied
from compliance.checks.roles import named
from compliance.checks.tasks import reviews_tasks
from compliance.context import MeetingContext
from compliance.profile import RosterMember
from extract.contract import Extraction

if TYPE_CHECKING:
    from compliance.pack import RulePack

Band = Literal["good", "fair", "average", "weak"]
Share = float


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Weights(_Strict):
    """Points of each part; they add up to 100 (a province giving organisation 40 takes 10 from elsewhere)."""

    time: int = Field(ge=0, strict=True)
    attendance: int = Field(ge=0, strict=True)
    preparation: int = Field(ge=0, strict=True)
    organisation: int = Field(ge=0, strict=True)
    chairing: int = Field(ge=0, strict=True)
    principles: int = Field(ge=0, strict=True)
    previous_results: int = Field(ge=0, strict=True)
    closing: int = Field(ge=0, strict=True)

    @model_validator(mode="after")
    def _hundred(self) -> Weights:
        total = sum(self.model_dump().values())
        if total != 100:
            raise ValueError(f"the weights add up to {total}, not 100")
        return self


class Bands(_Strict):
    """The lowest score of each rating; below ``average`` is weak."""

    good: float = Field(ge=0, le=100)
    fair: float = Field(ge=0, le=100)
    average: float = Field(ge=0, le=100)

    @model_validator(mode="after")
    def _ordered(self) -> Bands:
        if not self.good >= self.fair >= self.average:
            raise ValueError("bands must be good ≥ fair ≥ average")
        return self

    def of(self, total: float) -> Band:
        if total >= self.good:
            return "good"
        if total >= self.fair:
            return "fair"
        return "average" if total >= self.average else "weak"


class QualityParams(_Strict):
    weights: Weights
    bands: Bands
    flag_bands: list[Band] = Field(default_factory=lambda: list[Band](["weak"]))  # ratings that raise a flag
    minimum_minutes: MinimumByType  # full marks for time from this length on
    speakers: SpeakerBands  # shares of attendees who speak, for the discussion item of organisation
    attendance_full: Share = Field(ge=0, le=1)  # full marks for attendance from this share present on


@dataclass(frozen=True)
class Explanation:
    vi: str
    en: str


@dataclass(frozen=True)
class SubScore:
    name: str  # a key of `Weights`
    points: float
    weight: int
    explanation: Explanation


@dataclass(frozen=True)
class Score:
    total: float
    band: Band
    parts: tuple[SubScore, ...]


Part = tuple[float, Explanation]  # share of the weight earned, and why


def _time(context: MeetingContext, params: QualityParams) -> Part:
    meeting = context.extraction.meeting
    start, end = parse_clock(meeting.start_time), parse_clock(meeting.end_time)
    if start is None or end is None:
        return 0.0, Explanation(
            "Biên bản không ghi đủ giờ bắt đầu và kết thúc.", "The minutes lack a start or end time."
        )
    minutes = elapsed_minutes(start, end)
    minimum = params.minimum_minutes.for_type(meeting.type or "regular")
    if not minimum or minutes >= minimum:
        return 1.0, Explanation(f"Buổi sinh hoạt kéo dài {minutes} phút.", f"The meeting lasted {minutes} minutes.")
    return minutes / minimum, Explanation(
        f"Buổi sinh hoạt kéo dài {minutes} phút, dưới {minimum} phút.",
        f"The meeting lasted {minutes} minutes, under {minimum}.",
    )


def _attendance(context: MeetingContext, params: QualityParams) -> Part:
    declared = context.extraction.attendance.declared
    day = context.day
    stated = None if declared.total is None else declared.total - (declared.exempt or 0)
    present = present_count(context.extraction)
    expected: int | None = stated
    if context.roster and day is not None:
        expected = len([m for m in context.roster if m.member_on(day) and m.status != "exempt"])
        if present is not None and present > expected:  # a roster that does not list every member
            expected = stated if stated is not None and stated >= present else None
    if not expected or present is None:
        return 0.0, Explanation(
            "Biên bản không ghi rõ số có mặt trên tổng số.", "The minutes do not give present of total."
        )
    rate = min(present / expected, 1.0)
    share = min(rate / params.attendance_full, 1.0) if params.attendance_full else 1.0
    return share, Explanation(
        f"Có mặt {present}/{expected} ({rate:.0%}).", f"{present} of {expected} present ({rate:.0%})."
    )


def _items(checks: Sequence[tuple[float, bool, str, str]], none_vi: str, none_en: str) -> Part:
    """A part made of weighted items: the share of the items met, and the items met / not met, named."""
    share = sum(weight for weight, met, _, _ in checks if met)
    met_vi = [vi for _, met, vi, _ in checks if met]
    met_en = [en for _, met, _, en in checks if met]
    missing_vi = [vi for _, met, vi, _ in checks if not met]
    missing_en = [en for _, met, _, en in checks if not met]
    vi = f"Có: {', '.join(met_vi) or none_vi}. Thiếu: {', '.join(missing_vi) or 'không'}."
    en = f"Recorded: {', '.join(met_en) or none_en}. Missing: {', '.join(missing_en) or 'nothing'}."
    return round(share, 6), Explanation(vi, en)


def _preparation(context: MeetingContext, params: QualityParams) -> Part:
    extraction = context.extraction
    meeting = extraction.meeting
    plan = bool(extraction.assignments) or any("plan" in topic.labels for topic in extraction.topics)
    header = not blank(meeting.body) and not blank(meeting.date) and not blank(meeting.title)
    return _items(
        [
            (0.4, bool(extraction.topics), "nội dung sinh hoạt", "agenda"),
            (0.3, plan, "phương hướng, nhiệm vụ tháng tới", "plan for the coming month"),
            (0.3, header, "tiêu đề, tên chi bộ, ngày", "title, body and date"),
        ],
        "không",
        "nothing",
    )


def _absentees_explained(extraction: Extraction) -> bool:
    attendance = extraction.attendance
    if not attendance.absent:
        declared = attendance.declared
        return declared.absent == 0 or (declared.present is not None and declared.present == declared.total)
    return all(a.excused is not None or not blank(a.reason) for a in attendance.absent)


def _organisation(context: MeetingContext, params: QualityParams) -> Part:
    extraction = context.extraction
    declared = extraction.attendance.declared
    share = speaking_share(extraction)
    spoke = 0.0 if share is None else 1.0 if share[2] > params.speakers.best_above else 0.5
    if share is not None and share[2] < params.speakers.weakest_below:
        spoke = 0.0
    roll_call = declared.present is not None and (declared.absent is not None or absent_implied(declared))
    return _items(
        [
            (0.2, roll_call, "số có mặt, vắng mặt", "present and absent counts"),
            (0.2, _absentees_explained(extraction), "lý do vắng", "reasons for absence"),
            (0.2, named(extraction.chair) and named(extraction.recorder), "chủ trì và thư ký", "chair and recorder"),
            (0.2 * spoke, spoke > 0, "đảng viên phát biểu", "members speaking"),
            (0.2, any(d.votes and tallied(d.votes) for d in extraction.decisions), "biểu quyết", "a vote"),
        ],
        "không",
        "nothing",
    )


def _chairing(context: MeetingContext, params: QualityParams) -> Part:
    chair = context.extraction.chair
    roles = [chair.role if chair else None]
    if chair is not None:
        listed = next((m for m in context.roster if m.name.casefold() == chair.name.casefold()), None)
        roles.append(listed.role if listed else None)
    secretary = named(chair) and says(roles, ["bí thư", "secretary", "chair", "president"])
    return _items(
        [
            (0.5, secretary, "bí thư (phó bí thư) chủ trì", "chaired by the secretary"),
            (0.5, bool(context.extraction.decisions), "kết luận của chủ trì", "the chair's conclusion"),
        ],
        "không",
        "nothing",
    )


def _principles(context: MeetingContext, params: QualityParams) -> Part:
    eligible = eligible_from_roster(context)
    if eligible is None:
        eligible = eligible_from_counts(context.extraction.attendance.declared)
    counted = [d.votes.for_ for d in context.extraction.decisions if d.votes and d.votes.for_ is not None]
    if not counted or eligible is None:
        return 0.0, Explanation(
            "Biên bản không ghi số tán thành trên số đảng viên được tính.",
            "The minutes give no votes in favour against the members counted.",
        )
    if all(2 * votes > eligible for votes in counted):
        return 1.0, Explanation("Nghị quyết được quá nửa số đảng viên tán thành.", "Adopted by a majority of members.")
    return 0.0, Explanation("Có nghị quyết không được quá nửa tán thành.", "A resolution lacks a majority.")


def _previous_results(context: MeetingContext, previous: Extraction | None) -> Part:
    extraction = context.extraction
    if not reviews_tasks(extraction):
        return 0.0, Explanation(
            "Biên bản không ghi việc kiểm điểm kết quả tháng trước.", "The minutes record no review of last month."
        )
    if previous is None or not previous.assignments:
        return 1.0, Explanation("Có kiểm điểm kết quả tháng trước.", "Last month's results were reviewed.")
    assigned, reported = len(previous.assignments), len(extraction.reports)
    share = 0.5 + 0.5 * min(reported / assigned, 1.0)
    return share, Explanation(
        f"Có kiểm điểm; báo cáo {reported} việc trên {assigned} việc đã giao.",
        f"Reviewed; {reported} reports on {assigned} tasks assigned.",
    )


def _closing(context: MeetingContext, params: QualityParams) -> Part:
    extraction = context.extraction
    return _items(
        [
            (0.5, not blank(extraction.meeting.end_time), "giờ kết thúc", "closing time"),
            (0.5, extraction.read_back is not None, "đọc lại, thông qua biên bản", "minutes read back and adopted"),
        ],
        "không",
        "nothing",
    )


_PARTS: dict[str, Callable[[MeetingContext, QualityParams], Part]] = {
    "time": _time,
    "attendance": _attendance,
    "preparation": _preparation,
    "organisation": _organisation,
    "chairing": _chairing,
    "principles": _principles,
    "closing": _closing,
}


def score_meeting(context: MeetingContext, params: QualityParams, previous: Extraction | None = None) -> Score:
    """The score of one meeting with the quality rule's parameters already read."""
    weights = params.weights.model_dump()
    parts: list[SubScore] = []
    for name in weights:
        share, why = (
            _previous_results(context, previous) if name == "previous_results" else _PARTS[name](context, params)
        )
        parts.append(SubScore(name, round(weights[name] * share, 1), weights[name], why))
    total = round(sum(part.points for part in parts), 1)
    return Score(total, params.bands.of(total), tuple(parts))


def quality_score(
    extraction: Extraction,
    pack: RulePack,
    params: Mapping[str, Any] | None = None,
    roster: Sequence[RosterMember] = (),
    previous: Extraction | None = None,
) -> Score:
    """The quality score of one meeting by the ``quality.score`` rule of ``pack`` (defaults changed by the body's
    ``params`` as for any check); ``previous``: the meeting before it, whose tasks the review should cover.
    KeyError when the pack has no such rule."""
    from compliance.engine import effective_params

    values = effective_params(pack.rule("quality.score"), params or {})
    return score_meeting(MeetingContext(extraction, tuple(roster)), QualityParams.model_validate(values), previous)
