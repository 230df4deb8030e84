"""The attendance counts the minutes declare: total, official, probationary, exempt, present, absent,
absent with and without excuse ("Có mặt: 22 đồng chí", "Vắng mặt: 3 (có lý do: 2, không lý do: 1)",
"Members present: 7", "7 of 9 members present").

A count is written after its label ("Có mặt: 22", "chính thức 20") or before it ("20 đảng viên chính thức",
"2 members absent"). Only the opening part of the minutes is read, where attendance is declared, and lines
about guests or votes are skipped. Nothing is inferred except a total written as "22/25" or "7 of 9".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.contract import Attendance, DeclaredCounts, Evidence
from extract.fragments import compile_all, number_pattern, phrases, to_number
from extract.lang import language_data
from extract.lines import Line, LineKind, evidence
from ingest.document import Document

FIELDS = tuple(DeclaredCounts.model_fields)


@dataclass(frozen=True, slots=True)
class _Count:
    value: int
    total: int | None  # the "25" of "22/25"
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class _Patterns:
    counts: dict[str, tuple[re.Pattern[str], ...]]  # field → (label then number, number then label)
    labels: dict[str, re.Pattern[str]]  # field → its labels alone, to skip lines quickly
    exclude: tuple[re.Pattern[str], ...]


@cache
def _patterns(code: str) -> _Patterns:
    data = language_data(code)
    number = number_pattern(code)
    negation = "".join(rf"(?<!{re.escape(word)}\s)" for word in data.negations)
    copula = rf"|\s+{phrases(data.copulas)}\s+" if data.copulas else ""
    separator = rf"(?:\s*[:：=|(]\s*{copula})"
    none = rf"|(?P<none>{phrases(data.none_words)})(?=\s*(?:[.;,)|]|$))" if data.none_words else ""
    of_words = rf"|\s+{phrases(data.count_of)}\s+" if data.count_of else ""
    of = rf"(?:(?:\s*/\s*{of_words})(?P<of>{number}))?"
    guard = r"(?!\w|\s*%|[.,]\d)"
    units = rf"(?:{phrases(data.count_units)}\s+)?" if data.count_units else ""
    verb = rf"(?:{phrases(data.copulas)}\s+)?" if data.copulas else ""
    counts: dict[str, tuple[re.Pattern[str], ...]] = {}
    alone: dict[str, re.Pattern[str]] = {}
    for field, labels in data.count_labels.items():
        label = rf"{negation}(?P<label>{phrases(labels)})(?!\w)"
        filler = rf"(?:\s+[^\s\d:：|]+){{1,5}}?{separator}"  # "Tổng số đảng viên (của chi bộ): 25"
        after = rf"(?<!\w){label}(?:{filler}|{separator}|\s*)(?:(?P<n>{number}){of}{guard}{none})"
        before = rf"(?<![\w/.,])(?P<n>{number}){of}\s+{units}{verb}{label}"
        counts[field] = (re.compile(after), re.compile(before))
        alone[field] = re.compile(phrases(labels))
    return _Patterns(counts, alone, compile_all(data.count_exclude))


def _count_in(document: Document, line: Line, patterns: tuple[re.Pattern[str], ...], code: str) -> _Count | None:
    for pattern in patterns:
        match = pattern.search(line.text)
        if not match:
            continue
        none = "none" in pattern.groupindex and match["none"]
        value = 0 if none else to_number(match["n"], code)
        if value is None:
            continue
        total = to_number(match["of"], code) if match["of"] else None
        return _Count(value, total, evidence(document, line, match.start(), match.end()))
    return None


def extract_declared(document: Document, lines: Sequence[Line], code: str, limit: int) -> Attendance:
    """The declared counts found before offset `limit`, each with its evidence."""
    patterns = _patterns(code)
    usable = [
        line
        for line in lines
        if line.start < limit
        and line.kind is not LineKind.CELL
        and not any(exclude.search(line.text) for exclude in patterns.exclude)
    ]
    found: dict[str, _Count] = {}
    for field, field_patterns in patterns.counts.items():
        for line in usable:
            if not patterns.labels[field].search(line.text):
                continue
            count = _count_in(document, line, field_patterns, code)
            if count:
                found[field] = count
                break
    if "total" not in found:
        for count in found.values():
            if count.total is not None:
                found["total"] = _Count(count.total, None, count.evidence)
                break
    declared = DeclaredCounts(**{field: count.value for field, count in found.items()})
    return Attendance(
        declared=declared,
        declared_evidence={field: [count.evidence] for field, count in found.items()},
    )
