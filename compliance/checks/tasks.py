"""Checks on tasks: each has an owner (and a deadline), and the next meeting reviews what was assigned."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from compliance.checks.cadence import REGULAR
from compliance.checks.evidence import blank
from compliance.context import MeetingContext, SeriesContext
from compliance.registry import Finding, NoParams, check
from extract.contract import Assignment, Extraction

REVIEW_LABEL = "review"  # the taxonomy's label for a review of earlier tasks (extract/taxonomy.yaml)


def owned(assignment: Assignment) -> bool:
    return bool(assignment.assignees) or not blank(assignment.assignee)


def dated(assignment: Assignment) -> bool:
    return assignment.due is not None or not blank(assignment.due_text)


def reviews_tasks(extraction: Extraction) -> bool:
    """True when the minutes report on earlier tasks, or have an agenda item reviewing them."""
    return bool(extraction.reports) or any(REVIEW_LABEL in topic.labels for topic in extraction.topics)


class TaskOwner(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    require_due: bool = Field(strict=True)


@check("tasks.assigned_owner.v1", variants={"owner", "due"}, provides={"task"}, params=TaskOwner)
def assigned_owner(context: MeetingContext, params: TaskOwner) -> Iterator[Finding]:
    """A task without a named owner, or (when ``require_due``) without a deadline; with the task's evidence."""
    for assignment in context.extraction.assignments:
        evidence = tuple(assignment.evidence)
        if not owned(assignment):
            yield Finding(variant="owner", fields={"task": assignment.task}, evidence=evidence)
        if params.require_due and not dated(assignment):
            yield Finding(variant="due", fields={"task": assignment.task}, evidence=evidence)


@check("actions.owner.v1", provides={"task"})
def action_owner(context: MeetingContext, params: NoParams) -> Iterator[Finding]:
    """An action item without an owner; with the item's evidence."""
    for assignment in context.extraction.assignments:
        if not owned(assignment):
            yield Finding(fields={"task": assignment.task}, evidence=tuple(assignment.evidence))


@check("tasks.previous_reviewed.v1", scope="series", provides={"previous_date", "tasks"})
def previous_reviewed(context: SeriesContext, params: NoParams) -> Iterator[Finding]:
    """A regular meeting after a regular meeting that assigned tasks, with neither reports on earlier tasks nor
    an agenda item reviewing them. Dated on, and pointing at, the meeting that should have reviewed them."""
    regular = [(day, meeting) for day, meeting in context.dated() if meeting.extraction.meeting.type in REGULAR]
    for (previous_day, previous), (day, meeting) in itertools.pairwise(regular):
        assigned = previous.extraction.assignments
        if assigned and not reviews_tasks(meeting.extraction):
            yield Finding(
                fields={"previous_date": previous_day.isoformat(), "tasks": len(assigned)},
                date=day.isoformat(),
                meeting=meeting.key,
            )
