"""Grouping the text lines of a PDF page into heading, list-item and paragraph blocks.

A simple heuristic:

- a short line in capitals, or a short line in bold or in a larger font that does not end with ". , ; :",
  is a heading on its own;
- a line starting with a bullet or an enumerator starts a list item (level from its indentation); the
  next lines continue it unless a rule below starts a new block or they start left of the item;
- any other line continues the current block, except that it starts a new paragraph when the space above it
  is clearly larger than the usual line pitch (1.3 × the smallest recurring top-to-top distance in the
  document), when the line above ends a sentence (". ! ? : ; …") and stops well short of the right margin,
  or when it is indented like the first line of a paragraph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.document import BlockKind
from ingest.draft import Draft
from ingest.lines import is_caps_heading, list_item

_PITCH_FACTOR = 1.3
_MIN_STEP = 0.8  # of the median line height: lines closer than this are not two lines of a paragraph
_RECUR = 1.0  # points: distances this close count as the same
_HEADING_MAX = 100
_HEADING_SIZE = 1.15
_NOT_HEADING_END = (".", ",", ";", ":")
_SHORT_LINE = 0.85
_FIRST_LINE_INDENT = 8.0
_LEVEL_STEP = 18.0
_SLACK = 2.0
_SENTENCE_END = (".", "!", "?", ":", ";", "…")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text on a page, in points from the top left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # mean font size of its characters
    bold: bool  # every character is set in a bold font


@dataclass(frozen=True, slots=True)
class Metrics:
    """What the lines of a whole document have in common."""

    pitch: float  # usual top-to-top distance of two lines of one paragraph (0 when unknown)
    size: float  # usual font size

    @classmethod
    def measure(cls, pages: Iterable[list[Line]]) -> Metrics:
        pages = list(pages)
        lines = [line for page in pages for line in page]
        height = _median([line.bottom - line.top for line in lines])
        steps = sorted(
            b.top - a.top for page in pages for a, b in itertools.pairwise(page) if b.top - a.top >= _MIN_STEP * height
        )
        pitch = next((a for a, b in itertools.pairwise(steps) if b - a <= _RECUR), steps[0] if steps else 0.0)
        return cls(pitch, _median([line.size for line in lines for _ in line.text]))


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


@dataclass
class Grouper:
    """Groups the lines of one page, fed in reading order, into drafts; tables are put in between."""

    page: int
    lines: list[Line]
    metrics: Metrics
    drafts: list[Draft] = field(default_factory=list)
    current: Draft | None = None
    first: Line | None = None
    previous: Line | None = None

    def __post_init__(self) -> None:
        self.left = min((line.x0 for line in self.lines), default=0.0)
        self.right = max((line.x1 for line in self.lines), default=0.0)
        items = [line.x0 for line in self.lines if list_item(line.text) is not None]
        self.list_left = min(items, default=self.left)

    def add(self, line: Line) -> None:
        if self.is_heading(line):
            self.close()
            self.drafts.append(Draft(BlockKind.HEADING, line.text, page=self.page))
            return
        item = list_item(line.text)
        if item is not None:
            level = 1 + max(0, round((line.x0 - self.list_left) / _LEVEL_STEP))
            self.start(Draft(BlockKind.LIST_ITEM, item.text, page=self.page, level=level), line)
        elif self.current is None or self.breaks(line):
            self.start(Draft(BlockKind.PARAGRAPH, line.text, page=self.page), line)
        else:
            self.current.text += "\n" + line.text
            self.previous = line

    def add_table(self, table: Draft) -> None:
        self.close()
        self.drafts.append(table)

    def is_heading(self, line: Line) -> bool:
        if is_caps_heading(line.text):
            return True
        if len(line.text) > _HEADING_MAX or line.text.endswith(_NOT_HEADING_END) or list_item(line.text):
            return False
        return line.bold or line.size >= _HEADING_SIZE * self.metrics.size

    def start(self, draft: Draft, line: Line) -> None:
        self.close()
        self.current, self.first, self.previous = draft, line, line

    def close(self) -> None:
        if self.current is not None:
            self.drafts.append(self.current)
        self.current = self.first = self.previous = None

    def breaks(self, line: Line) -> bool:
        """Whether `line` starts a new paragraph instead of continuing the current block."""
        previous, first = self.previous, self.first
        if previous is None or first is None or self.current is None:
            return True
        pitch = self.metrics.pitch
        if pitch and line.top - previous.top > _PITCH_FACTOR * pitch:
            return True
        width = self.right - self.left
        if previous.text.endswith(_SENTENCE_END) and previous.x1 < self.left + _SHORT_LINE * width:
            return True
        if self.current.kind is BlockKind.LIST_ITEM:
            return line.x0 < first.x0 - _SLACK
        return line.x0 > previous.x0 + _FIRST_LINE_INDENT
