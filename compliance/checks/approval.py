"""Checks on how the minutes themselves are approved: read back and adopted before the close, signed, and the
previous meeting's minutes approved at the next regular meeting.

The extraction has no field for a read-back, an approval of minutes or a signature: these checks read the
evidence that exists — decisions and agenda items (with their labels) whose wording says so, and the lines on
which the chair and the recorder were found (a signature title such as "THƯ KÝ" / "Respectfully submitted"
stands there when the extractor found the person by their signature). The wording is pack data (``phrases``,
``titles``, ``markers``), compared without case or diacritics.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.cadence import REGULAR
from compliance.checks.evidence import says, spans_of, unique
from compliance.context import MeetingContext, SeriesContext, fold
from compliance.registry import Finding, check
from extract.contract import Evidence, Extraction, Person


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


@check("minutes.read_back.v1", params=Wording)
def read_back(context: MeetingContext, params: Wording) -> Iterator[Finding]:
    """Nothing in the minutes says they were read back and adopted before the meeting closed."""
    if not says(_texts(context.extraction), params.phrases):
        yield Finding()


class SignatureWords(BaseModel):
    """A signature is a line that is only a signing title (``titles``: "THƯ KÝ", "CHỦ TRÌ", "Secretary") or
    holds a signing phrase (``markers``: "(Ký, ghi rõ họ tên)", "T/M CHI BỘ", "Respectfully submitted")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: list[str] = Field(min_length=1)
    markers: list[str] = Field(min_length=1)

    def signed(self, person: Person | None) -> bool:
        if person is None:
            return False
        titles = {fold(title) for title in self.titles}
        for span in person.evidence:
            if fold(span.text).strip(" .,:;") in titles or says([span.text], self.markers):
                return True
        return False


@check("minutes.signatures.v1", variants={"chair", "recorder"}, params=SignatureWords)
def signatures(context: MeetingContext, params: SignatureWords) -> Iterator[Finding]:
    """No signature of the chair, or of the recorder, found in the minutes (no evidence: it is missing)."""
    if not params.signed(context.extraction.chair):
        yield Finding(variant="chair")
    if not params.signed(context.extraction.recorder):
        yield Finding(variant="recorder")


@check("minutes.signed.v1", params=SignatureWords)
def signed(context: MeetingContext, params: SignatureWords) -> Iterator[Finding]:
    """No signature of the secretary (the recorder) found in the minutes."""
    if not params.signed(context.extraction.recorder):
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
