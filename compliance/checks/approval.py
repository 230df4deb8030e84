"""Checks on how the minutes themselves are approved: read back and adopted before the close, signed, and the
previous meeting's minutes approved at the next regular meeting.

The read-back and the signatures are the extraction's own fields (``read_back``: the sentence saying so;
``signatures``: the places of the closing signature block, each with its role and the name written there).
The approval of the previous minutes has no field: that check reads decisions, agenda items (with their labels)
and notes whose wording says so; the wording is pack data (``phrases``), compared without case or diacritics.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.cadence import REGULAR
from compliance.checks.evidence import says, spans_of, unique
from compliance.context import MeetingContext, SeriesContext, fold
from compliance.registry import Finding, NoParams, check
from extract.contract import Evidence, Extraction


class Wording(BaseModel):
    """Phrases that, written in a decision or an agenda item, say what the check looks for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrases: list[str] = Field(min_length=1)


def _worded(extraction: Extraction) -> list[tuple[list[str], list[Evidence]]]:
    """The wording of each decision and agenda item (its text and its evidence's text), with its evidence."""
    items: list[tuple[list[str], list[Evidence]]] = []
    for decision in extraction.decisions:
        items.append(([decision.text, *(span.text for span in decision.evidence)], decision.evidence))
    for topic in extraction.topics:
        items.append(([topic.title, *(span.text for span in topic.evidence)], topic.evidence))
    return items


def _texts(extraction: Extraction) -> list[str]:
    return [text for texts, _ in _worded(extraction) for text in texts] + list(extraction.notes)


def _saying(extraction: Extraction, phrases: Iterable[str]) -> tuple[Evidence, ...]:
    found = [span for texts, spans in _worded(extraction) if says(texts, phrases) for span in spans]
    return unique(found)


@check("minutes.read_back.v2")
def read_back(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """The extraction found no sentence saying the minutes were read back and adopted before the close."""
    if context.extraction.read_back is None:
        yield Finding()


def signed(extraction: Extraction, role: Literal["chair", "recorder"]) -> bool:
    """A signature place of the closing block with a name, for this role: titled so ("THƯ KÝ", "Respectfully
    submitted"), or bearing the name of the person the minutes give in the role."""
    person = extraction.chair if role == "chair" else extraction.recorder
    for signature in extraction.signatures:
        if signature.name is None:
            continue
        if signature.role == role or (person is not None and fold(signature.name) == fold(person.name)):
            return True
    return False


@check("minutes.signatures.v2", variants={"chair", "recorder"})
def signatures(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """No named signature place of the chair, or of the recorder, at the end of the minutes (no evidence: it
    is missing)."""
    for role in ("chair", "recorder"):
        if not signed(context.extraction, role):
            yield Finding(variant=role)


@check("minutes.signed.v2")
def secretary_signed(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """No named signature place of the secretary (the recorder) at the end of the minutes."""
    if not signed(context.extraction, "recorder"):
        yield Finding()


class Approval(Wording):
    """``phrases`` saying the previous minutes were approved; an agenda item labelled ``labels`` also says so."""

    labels: list[str] = Field(default_factory=lambda: ["minutes_approval"])


def approves_minutes(extraction: Extraction, params: Approval) -> tuple[Evidence, ...] | None:
    """The evidence that the meeting approved earlier minutes; None when nothing says so."""
    labelled = [topic for topic in extraction.topics if set(topic.labels) & set(params.labels)]
    if labelled or says(_texts(extraction), params.phrases):
        return unique(spans_of(labelled) + _saying(extraction, params.phrases))
    return None


@check("minutes.previous_approved.v1", scope="series", provides={"previous_date"}, params=Approval)
def previous_approved(context: SeriesContext, params: Approval) -> Iterator[Finding]:
    """A regular meeting (not the first of the series) that does not approve the minutes of the meeting before
    it; the finding is dated on, and points at, the meeting that should have approved them."""
    dated = context.dated()
    for (previous_day, _), (day, meeting) in itertools.pairwise(dated):
        if meeting.extraction.meeting.type not in REGULAR:
            continue
        if approves_minutes(meeting.extraction, params) is None:
            yield Finding(fields={"previous_date": previous_day.isoformat()}, date=day.isoformat(), meeting=meeting.key)
