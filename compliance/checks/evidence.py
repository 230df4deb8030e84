"""Helpers that pick the evidence of a finding out of an `Extraction`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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
