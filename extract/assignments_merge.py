"""One assignment for a task written twice (offered in the discussion, given again in the conclusion)."""

from __future__ import annotations

from extract.contract import Assignment
from extract.roster import fold


def same_task(first: Assignment, second: Assignment) -> bool:
    """The same people and mostly the same words: a task offered in the discussion and given in the conclusion."""
    if not first.assignees or {fold(name) for name in first.assignees} != {fold(name) for name in second.assignees}:
        return False
    words, other = set(fold(first.task).split()), set(fold(second.task).split())
    return len(words & other) * 2 >= min(len(words), len(other))


def merged(found: list[Assignment]) -> list[Assignment]:
    """One assignment for a task written twice, the later wording kept (with the earlier deadline if it has none)."""
    kept: list[Assignment] = []
    for item in found:
        earlier = next((other for other in kept if same_task(other, item)), None)
        if earlier is None:
            kept.append(item)
            continue
        kept.remove(earlier)
        if item.due_text is None:
            item.due, item.due_text = earlier.due, earlier.due_text
        item.evidence = [*earlier.evidence, *item.evidence]
        kept.append(item)
    kept.sort(key=lambda item: item.evidence[-1].start)
    return kept
