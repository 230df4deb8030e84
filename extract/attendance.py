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
from extract.lang import domain_data, language_data
from extract.lines import Line, LineKind, evidence
from extract.name_lists import fold, folded_phrases
from ingest.document import Document

FIELDS = tuple(DeclaredCounts.model_fields)
ALL_EXCUSED_REACH = 240  # characters after an absent count where "đều có lý do" ("all excused") may follow
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|\n\s*\n")


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
    all_excused: re.Pattern[str]  # on folded text: "đều có lý do", "all excused"
    excused: re.Pattern[str]  # on folded text: "có lý do" ("excused")
    unexcused: re.Pattern[str]  # on folded text: "không lý do" ("unexcused")


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
    lists = domain_data(code, "attendance")
    excused = rf"(?<!\w)(?:{folded_phrases(lists.SUBLABELS['excused'])})(?!\w)"
    return _Patterns(
        counts,
        alone,
        compile_all(data.count_exclude),
        all_excused=re.compile(rf"(?<!\w)(?:{folded_phrases(lists.ALL_WORDS)})\s+{excused}"),
        excused=re.compile(excused),
        unexcused=re.compile(rf"(?<!\w)(?:{folded_phrases(lists.SUBLABELS['unexcused'])})(?!\w)"),
    )


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


def _all_excused(document: Document, absent: _Count, patterns: _Patterns) -> _Count | None:
    """ "Vắng 2 đồng chí, đều có lý do" ("2 absent, all excused"), "Vắng: 1 đồng chí (…, có lý do)": every
    absentee counted is excused (said of all, or of the only one, in the same sentence)."""
    start = absent.evidence.end
    sentence = fold(_SENTENCE_END.split(document.text[start : start + ALL_EXCUSED_REACH], maxsplit=1)[0])
    match = patterns.all_excused.search(sentence)
    if not match and absent.value == 1 and not patterns.unexcused.search(sentence):
        match = patterns.excused.search(sentence)
    if not match:
        return None
    begin, end = absent.evidence.start, start + match.end()
    span = Evidence(block=absent.evidence.block, start=begin, end=end, text=document.text[begin:end])
    return _Count(absent.value, None, span)


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
    if "absent" in found and not {"absent_excused", "absent_unexcused"} & found.keys():
        excused = _all_excused(document, found["absent"], patterns)
        if excused:
            found["absent_excused"] = excused
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
