"""The meeting quality score as a rule: a flag when the meeting's rating is one the pack flags (weak, by default).

The score itself is `compliance.score`; this check only decides when it is worth a reviewer's attention. It is
a series check because one part of the score, the review of last month's results, is measured against the
tasks the meeting before it assigned; each dated meeting is scored with the dated meeting before it."""

from __future__ import annotations

from collections.abc import Iterator

from compliance.context import MeetingContext, SeriesContext
from compliance.registry import Finding, check
from compliance.score import QualityParams, Score, score_meeting


def details(score: Score, language: str) -> str:
    """ "time 5/5, attendance 4/5, …" with the part names in ``language``."""
    names = NAMES_VI if language == "vi" else {name: name.replace("_", " ") for name in NAMES_VI}
    return ", ".join(f"{names[part.name]} {part.points:g}/{part.weight}" for part in score.parts)


NAMES_VI = {
    "time": "thời gian",
    "attendance": "dự họp",
    "preparation": "chuẩn bị",
    "organisation": "tổ chức",
    "chairing": "chủ trì",
    "principles": "nguyên tắc",
    "previous_results": "kết quả tháng trước",
    "closing": "kết thúc",
}


@check(
    "quality.score.v2",
    scope="series",
    variants={"good", "fair", "average", "weak"},
    provides={"score", "details_vi", "details_en"},
    params=QualityParams,
)
def quality(context: SeriesContext, params: QualityParams) -> Iterator[Finding]:
    """Each dated meeting's score, as a finding of its rating's variant when that rating is in ``flag_bands``,
    dated on and pointing at the meeting; no evidence (the score sums up the whole of the minutes;
    `compliance.quality_score` gives each part's explanation). Undated meetings cannot be placed: not scored."""
    previous = None
    for day, meeting in context.dated():
        score = score_meeting(MeetingContext(meeting.extraction, context.roster), params, previous)
        previous = meeting.extraction
        if score.band in params.flag_bands:
            yield Finding(
                variant=score.band,
                fields={
                    "score": f"{score.total:g}",
                    "details_vi": details(score, "vi"),
                    "details_en": details(score, "en"),
                },
                date=day.isoformat(),
                meeting=meeting.key,
            )
