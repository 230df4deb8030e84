"""Helpers that pick the evidence of a finding out of an `Extraction`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from compliance.context import fold
from extract.contract import Evidence, Extraction


def _spans(by_field: Mapping[str, list[Evidence]], names: Iterable[str]) -> tuple[Evidence, ...]:
    found: list[Evidence] = []
    for name in names:
        for span in by_field.get(name, []):
            if span not in found:
                found.append(span)
    return tuple(found)


def meeting_evidence(extraction: Extraction, *names: str) -> tuple[Evidence, ...]:
    """The spans behind the named scalars of ``meeting`` (``start_time``, …), in order, once each."""
    return _spans(extraction.meeting.evidence, names)


def declared_evidence(extraction: Extraction, *names: str) -> tuple[Evidence, ...]:
    """The spans behind the named declared counts (``total``, ``present``, …), in order, once each."""
    return _spans(extraction.attendance.declared_evidence, names)


def blank(value: str | None) -> bool:
    """True when a text value is unknown or empty."""
    return value is None or not value.strip()


def says(texts: Iterable[str | None], phrases: Iterable[str]) -> bool:
    """True when one of ``texts`` contains one of ``phrases`` as whole words ("signed" is not in "assigned"),
    compared without case or diacritics."""
    wanted = [fold(phrase) for phrase in phrases if phrase.strip()]
    if not wanted:
        return False
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(phrase)}(?!\w)" for phrase in wanted))
    return any(pattern.search(fold(text)) for text in texts if text)


def spans_of(items: Iterable[object]) -> tuple[Evidence, ...]:
    """The evidence spans of ``items`` (anything with an ``evidence`` list), in order, once each."""
    found: list[Evidence] = []
    for item in items:
        for span in getattr(item, "evidence", None) or ():
            if span not in found:
                found.append(span)
    return tuple(found)


def unique(spans: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The spans in order, once each (evidence spans are not hashable)."""
    found: list[Evidence] = []
    for span in spans:
        if span not in found:
            found.append(span)
    return tuple(found)
