"""Tasks written as labelled fields: a row of a task table laid out as text.

- on one line: "Task: Renew the club insurance. Responsible: Hannah Cole. Due: 15/11/2025",
  "Book the hall — Owner: Victor Osei — Deadline: 31 October", "Nội dung: …; Người thực hiện: đ/c X; Thời hạn: 30/6";
- over several lines: an item ("- Update the safety handbook", "1. Rà soát hồ sơ đảng viên") and, on the lines
  right below it, its fields ("Owner: Priya Raman", "Deadline: before the next meeting").

The field names are the language's data (`FIELD_TASK`, `FIELD_OWNER`, `FIELD_DUE` in
`extract/lang/<code>/assignments.py`). An item is a task only when it names an owner; the lines it uses are
returned too, so that the readers of prose do not read "Owner" as a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from extract.contract import Assignment, Evidence
from extract.deadlines import Deadline, find_deadline
from extract.fragments import LEAD_MARK, phrases
from extract.lang import domain_data
from extract.lines import Line, LineKind, evidence
from ingest.document import Document

MAX_ITEM_WORDS = 16  # an unbulleted line longer than this is a paragraph, not an item the fields below belong to
SEPARATOR = re.compile(r"[\s.;,/|–—-]*$")  # what may stand between one field's value and the next field's name


@dataclass(frozen=True, slots=True)
class Field:
    kind: str  # "task", "owner" or "due"
    line: Line
    start: int  # the value, in line.text
    end: int

    @property
    def value(self) -> str:
        return self.line.text[self.start : self.end].strip(" .;,/|–—-")


@dataclass(slots=True)
class _Item:
    head: Line | None  # the item's own text, before any field name
    head_end: int = 0
    fields: list[Field] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    short: bool = True  # a list item or a short line, which fields on the lines below may belong to

    def first(self, kind: str) -> Field | None:
        return next((item for item in self.fields if item.kind == kind), None)


@cache
def _field_name(code: str) -> re.Pattern[str]:
    data = domain_data(code, "assignments")
    groups = (("task", data.FIELD_TASK), ("owner", data.FIELD_OWNER), ("due", data.FIELD_DUE))
    names = "|".join(f"(?P<{kind}>{phrases(words)})" for kind, words in groups)
    return re.compile(rf"(?<!\w)(?:{names})\s*[:：]\s*")


def _fields(line: Line, code: str) -> tuple[int, list[Field]]:
    """Where the line's own text ends and its fields: a field name stands at the start (after a bullet) or after
    a separator ("… . Responsible: …", "… — Owner: …")."""
    text = line.text
    lead = LEAD_MARK.match(text).end()  # type: ignore[union-attr]
    names = [
        match
        for match in _field_name(code).finditer(text, lead)
        if match.start() == lead or (text[match.start() - 1] in " \t" and _after_separator(text[lead : match.start()]))
    ]
    fields: list[Field] = []
    for index, match in enumerate(names):
        stop = names[index + 1].start() if index + 1 < len(names) else len(text)
        kind = next(kind for kind in ("task", "owner", "due") if match[kind])
        fields.append(Field(kind, line, match.end(), stop))
    return (names[0].start() if names else len(text)), fields


def _after_separator(before: str) -> bool:
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] in ".;,/|–—-:"


def _items(lines: Sequence[Line], code: str) -> list[_Item]:
    """Items with fields: a line with its own fields, or an item line followed by lines of fields only."""
    items: list[_Item] = []
    current: _Item | None = None
    for line in lines:
        if line.kind is not LineKind.TEXT:
            current = None
            continue
        head_end, fields = _fields(line, code)
        lead = LEAD_MARK.match(line.text).end()  # type: ignore[union-attr]
        own_text = line.text[lead:head_end].strip(" .;,|–—-:")
        bulleted = bool(line.text[:lead].strip())
        continues = current is not None and current.lines[-1].block + 1 >= line.block and current.short
        if fields and not own_text and not bulleted and fields[0].kind != "task" and continues and current:
            current.fields += fields  # a line of fields only: they belong to the item above
            current.lines.append(line)
            continue
        current = _Item(line, head_end, fields, [line], short=bulleted or len(own_text.split()) <= MAX_ITEM_WORDS)
        items.append(current)
    return [item for item in items if item.first("owner")]


def field_assignments(
    document: Document,
    lines: Sequence[Line],
    code: str,
    meeting_date: str | None,
    make: Callable[[str, str, Deadline | None, list[Evidence]], Assignment],
) -> tuple[list[Assignment], set[tuple[int, int]]]:
    """The tasks written as labelled fields, made with ``make(assignee, task, deadline, evidence)``, and the
    lines they use (as (block, start) pairs)."""
    found: list[Assignment] = []
    used: set[tuple[int, int]] = set()
    for item in _items(lines, code):
        owner = item.first("owner")
        task_field = item.first("task")
        head = item.head
        task = task_field.value if task_field else ""
        if not task and head is not None:
            lead = LEAD_MARK.match(head.text).end()  # type: ignore[union-attr]
            task = head.text[lead : item.head_end].strip(" .;,|–—-:")
        task = _without_reference(task, code)
        if owner is None or not owner.value or not task:
            continue
        due = item.first("due")
        deadline = _deadline(due, code, meeting_date) if due else None
        spans = [evidence(document, line, 0, len(line.text.rstrip())) for line in item.lines]
        found.append(make(owner.value, task, deadline, spans))
        used.update((line.block, line.start) for line in item.lines)
    return found, used


def _without_reference(task: str, code: str) -> str:
    """The task without the reference it is filed under ("ACTION 26/03 – Raise the work order")."""
    for pattern in domain_data(code, "assignments").TASK_LEADS:
        task = re.sub(pattern, "", task).strip(" .;,|–—-:")
    return task


def _deadline(due: Field, code: str, meeting_date: str | None) -> Deadline | None:
    value = due.value
    if not value:
        return None
    return find_deadline(value, code, meeting_date, lead_required=False) or Deadline(None, value, 0, len(value))
