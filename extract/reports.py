"""What the minutes say about earlier tasks (the review of last month's assignments): task, who, status.

In the part of the minutes that reviews earlier tasks ("Kết quả thực hiện nhiệm vụ tháng trước:", "Update on
action items:") every clause with a status word is a report ("việc thu đảng phí: đã hoàn thành", "website
redesign – done"); elsewhere only an explicit statement is ("đ/c X đã hoàn thành việc …", "X reported that the
audit is complete"). Tables with a status column ("Kết quả", "Status") give one report a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from extract.assignments import any_of, clauses, gives_task, names_in, sectioned, who
from extract.assignments_tables import cell_text, row_line, task_tables
from extract.contract import Report
from extract.fragments import LEAD_MARK, compile_loose
from extract.lang import domain_data
from extract.lines import Line, evidence
from ingest.document import Document

Status = Literal["done", "in_progress", "not_done"]
MAX_FILLER_WORDS = 3  # words besides the assignee that still leave the task to be read after the status
STATUSES: tuple[Status, ...] = ("not_done", "in_progress", "done")  # tried in this order at one position


@dataclass(frozen=True, slots=True)
class _Patterns:
    status: tuple[tuple[Status, re.Pattern[str]], ...]
    status_words: re.Pattern[str]  # any of the words a status holds, in lower case
    strong: tuple[re.Pattern[str], ...]
    sections: tuple[re.Pattern[str], ...]
    prefixes: tuple[re.Pattern[str], ...]
    joiners: tuple[re.Pattern[str], ...]
    reporter: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    assignee: re.Pattern[str]


@cache
def _patterns(code: str) -> _Patterns:
    data = domain_data(code, "assignments")
    return _Patterns(
        status=tuple((status, pattern) for status in STATUSES for pattern in compile_loose(data.STATUS[status])),
        status_words=any_of(data.STATUS_WORDS),
        strong=compile_loose(data.STRONG_STATUS),
        sections=compile_loose(data.REVIEW_SECTIONS),
        prefixes=compile_loose(data.REPORT_PREFIXES),
        joiners=compile_loose(data.REPORT_JOINERS),
        reporter=compile_loose(data.REPORTER_VERBS),
        tails=compile_loose(data.REPORT_TAILS),
        assignee=re.compile(rf"(?:{who(code).strict})(?!\w)"),
    )


def _statuses(text: str, patterns: _Patterns) -> list[tuple[Status, re.Match[str]]]:
    """Every status written in `text`, in order (at one position "not done" before "done")."""
    if not patterns.status_words.search(text.lower()):
        return []
    found = sorted(
        ((status, match) for status, pattern in patterns.status for match in pattern.finditer(text)),
        key=lambda item: (item[1].start(), STATUSES.index(item[0])),
    )
    kept: list[tuple[Status, re.Match[str]]] = []
    for status, match in found:
        if not kept or match.start() >= kept[-1][1].end():
            kept.append((status, match))
    return kept


_MARKUP = " ,;:.–—-*_"


def _without_assignee(text: str, head: re.Match[str]) -> str:
    """The task around an assignee written inside it: before a trailing "(đ/c X)" or "— **X** —", or nothing
    when only a few words are left besides the assignee ("Trong tháng, đồng chí X đã hoàn thành …")."""
    if head.start() == 0:
        return text[head.end() :]
    opening = text.rfind("(", 0, head.start())
    closing = text.find(")", head.end())
    inside = opening != -1 and ")" not in text[opening : head.start()] and closing != -1
    after = text[closing + 1 :].lstrip()
    if (
        inside
        and len(text[head.end() : closing].split()) <= MAX_FILLER_WORDS
        and (not after.strip(_MARKUP) or after.startswith((":", "：", "–", "—")))  # "Task (đ/c X): mới được 12/20"
    ):
        return text[:opening]
    wrapped = text[: head.start()].rstrip().endswith(("—", "–", "-", "*", "_"))  # "Bins ordered — **X** — done"
    if wrapped and not text[head.end() :].strip(_MARKUP):
        return text[: head.start()]
    if len((text[: head.start()] + text[head.end() :]).split()) <= MAX_FILLER_WORDS:
        return ""
    return text


def _clean(text: str, patterns: _Patterns, code: str) -> tuple[str | None, str]:
    """The assignee written in a reported task (if any), and the task."""
    text = text[LEAD_MARK.match(text).end() :].strip(_MARKUP)  # type: ignore[union-attr]
    for prefix in patterns.joiners:
        text = prefix.sub("", text, count=1)
    assignee = None
    heads = list(patterns.assignee.finditer(text))
    # the owner written in brackets after the task ("Thu đảng phí quý III (đ/c X): …") before any other name
    head = next((m for m in heads if text[: m.start()].rstrip().endswith("(")), heads[0] if heads else None)
    if head:
        names = names_in(head.group(), code)
        assignee = names[0] if len(names) == 1 else head.group().strip()
        text = _without_assignee(text, head).strip()
        said = next((match for pattern in patterns.reporter if (match := pattern.match(text))), None)
        if head.start() == 0 and said:  # "X reported that the audit is complete": X reports, not the task's owner
            assignee, text = None, text[said.end() :]
    for prefix in patterns.prefixes:
        text = prefix.sub("", text, count=1)
    for tail in patterns.tails:
        text = tail.sub("", text)
    return assignee, _balanced(text.strip(_MARKUP))


def _balanced(text: str) -> str:
    """The text without a bracket left open or closed at either end."""
    if text.endswith(")") and text.count("(") < text.count(")"):
        text = text[:-1]
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:]
    return text.strip(_MARKUP)


def _reports_in(document: Document, line: Line, begin: int, end: int, in_review: bool, code: str) -> list[Report]:
    """The reports of one clause: each status with the task written before it (or after it)."""
    patterns = _patterns(code)
    text = line.text[begin:end]
    statuses = _statuses(text, patterns)
    if not statuses or (not in_review and not any(p.search(text) for p in patterns.strong)):
        return []
    if gives_task(text, code):
        return []
    found: list[Report] = []
    previous = 0
    for index, (status, match) in enumerate(statuses):
        following = statuses[index + 1][1].start() if index + 1 < len(statuses) else len(text)
        before = text[previous : match.start()]
        label = next((m for p in patterns.sections if (m := p.search(before))), None)
        if label and ":" in before[label.end() :]:
            before = before[before.index(":", label.end()) + 1 :]
        assignee, task = _clean(before, patterns, code)
        last = match.end()
        if not task and not (label and not before.strip()):
            after, task = _clean(text[match.end() : following], patterns, code)
            assignee, last = assignee or after, following
        if task:
            first = previous + len(text[previous:]) - len(text[previous:].lstrip(_MARKUP))
            span = evidence(document, line, begin + first, begin + len(text[:last].rstrip(" .;,")))
            found.append(Report(assignee=assignee, task=task, status=status, evidence=[span]))
        previous = last
    return found


def _from_tables(document: Document, code: str) -> list[Report]:
    found: list[Report] = []
    for block, columns, first in task_tables(document, code):
        if "status" not in columns:
            continue
        for row in range(first, len(block.rows)):
            task = cell_text(block, row, columns["task"])
            if not task:
                continue
            owner = cell_text(block, row, columns["owner"])
            names = names_in(owner, code)
            result = next(iter(_statuses(cell_text(block, row, columns["status"]), _patterns(code))), None)
            line = row_line(document, block, row)
            found.append(
                Report(
                    assignee=(names[0] if len(names) == 1 else owner) or None,
                    task=task,
                    status=result[0] if result else None,
                    evidence=[evidence(document, line, 0, len(line.text))],
                )
            )
    return found


def extract_reports(document: Document, lines: Sequence[Line], code: str) -> list[Report]:
    """The reports on earlier tasks, in reading order."""
    found: list[Report] = []
    patterns = _patterns(code)
    for line, section in sectioned(document, lines, code):
        spans = clauses(line.text)
        if section == "review" and len(spans) > 1 and len(_statuses(line.text, patterns)) == 1:
            spans = ((spans[0][0], spans[-1][1]),)  # "Bids (X) – two of three received; still in progress."
        for begin, end in spans:
            found += _reports_in(document, line, begin, end, section == "review", code)
    found += _from_tables(document, code)
    found.sort(key=lambda item: item.evidence[0].start)
    return found
