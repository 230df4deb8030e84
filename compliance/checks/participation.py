"""Checks on who takes part: the share of attendees who speak (a quality signal), and the higher-level
committee member assigned to the cell attending its meetings."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, model_validator

from compliance.checks.evidence import declared_evidence, spans_of
from compliance.context import MeetingContext, SeriesContext, fold
from compliance.periods import PeriodParams, full_years, period
from compliance.registry import Finding, check
from extract.contract import Extraction

Share = float


def present_count(extraction: Extraction) -> int | None:
    """The number present as stated, else the number listed present, else None."""
    attendance = extraction.attendance
    if attendance.declared.present is not None:
        return attendance.declared.present
    return len(attendance.present) or None


def members_who_spoke(extraction: Extraction) -> int:
    """Different people recorded as speaking, guests left out."""
    guests = {fold(guest.member or guest.name) for guest in extraction.attendance.guests}
    names = {fold(speaker.member or speaker.name) for speaker in extraction.speakers}
    return len({name for name in names if name and name not in guests})


class SpeakerBands(BaseModel):
    """Shares of attendees who speak: above ``best_above`` is best, below ``weakest_below`` weakest."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    best_above: Share = Field(ge=0, le=1)
    weakest_below: Share = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> SpeakerBands:
        if self.weakest_below > self.best_above:
            raise ValueError("weakest_below must not be above best_above")
        return self


def speaking_share(extraction: Extraction) -> tuple[int, int, float] | None:
    """(speakers, present, share) or None when the number present is unknown."""
    present = present_count(extraction)
    if not present:
        return None
    speakers = members_who_spoke(extraction)
    return speakers, present, min(speakers / present, 1.0)


@check(
    "participation.speakers.v1",
    provides={"speakers", "present", "rate", "weakest_below", "best_above"},
    params=SpeakerBands,
)
def speakers(context: MeetingContext, params: SpeakerBands) -> Iterator[Finding]:
    """Fewer than ``weakest_below`` of the members present spoke; with the evidence of the count present and
    of the speakers recorded. A quality signal: nothing is said when the number present is unknown."""
    share = speaking_share(context.extraction)
    if share is None or share[2] >= params.weakest_below:
        return
    spoke, present, rate = share
    extraction = context.extraction
    yield Finding(
        fields={
            "speakers": spoke,
            "present": present,
            "rate": rate,
            "weakest_below": params.weakest_below,
            "best_above": params.best_above,
        },
        evidence=declared_evidence(extraction, "present") + spans_of(extraction.speakers),
    )


class HigherLevel(PeriodParams):
    min_per_year: int = Field(ge=0, strict=True)


@check(
    "higher_level.attendance.v1",
    scope="series",
    provides={"count", "year", "min_per_year"},
    params=HigherLevel,
)
def higher_level(context: SeriesContext, params: HigherLevel) -> Iterator[Finding]:
    """A whole year of the period in which fewer than ``min_per_year`` meetings had a higher-level committee
    member among the guests. Dated on the year (``YYYY``); it points at no one meeting, so carries no evidence."""
    dated = context.dated()
    for year in full_years(period([day for day, _ in dated], params)):
        count = sum(
            1
            for day, meeting in dated
            if day.year == year and any(guest.higher_level for guest in meeting.extraction.attendance.guests)
        )
        if count < params.min_per_year:
            yield Finding(fields={"count": count, "year": year, "min_per_year": params.min_per_year}, date=str(year))
