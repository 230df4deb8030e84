"""Line-level cues shared by the parsers of unstructured text (plain text, Markdown, PDF).

A list item starts with a bullet glyph or an enumerator ("1.", "2)", "a)", "b."). Bullet glyphs are dropped
from the block text (Word drops them too: its numbering is not part of the text); enumerators are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "-", "–", "•", "+", "*" and common bullet glyphs, including Symbol/Wingdings private-use code points that
# Word writes into PDFs.
BULLETS = "-–—•+*·▪▫◦●○■□►▶➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
_LIST_ITEM = re.compile(
    rf"^(?P<indent>[ \t]*)(?:(?P<bullet>[{re.escape(BULLETS)}])|(?P<enum>\d{{1,3}}[.)]|[a-zđ][.)]))"
    r"[ \t]+(?P<text>\S.*)$"
)
_MARKDOWN_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<bullet>[-*+])|(?P<enum>\d{1,9}[.)]))[ \t]+(?P<text>\S.*)$")
_HEADING_MAX_CHARS = 100
_TAB_WIDTH = 4


@dataclass(frozen=True, slots=True)
class ListItem:
    indent: int  # columns of leading whitespace, tabs counted as four
    text: str  # without the bullet glyph, with the enumerator


def list_item(line: str, *, markdown: bool = False) -> ListItem | None:
    """The list item `line` starts, or None."""
    match = (_MARKDOWN_ITEM if markdown else _LIST_ITEM).match(line)
    if match is None:
        return None
    indent = len(match["indent"].expandtabs(_TAB_WIDTH))
    text = match["text"] if match["bullet"] else f"{match['enum']} {match['text']}"
    return ListItem(indent, text.rstrip())


def is_caps_heading(line: str) -> bool:
    """A short line whose letters are all upper case (at least three letters), not a list item."""
    line = line.strip()
    if not line or len(line) > _HEADING_MAX_CHARS or line[0] in BULLETS:
        return False
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


class ListLevels:
    """Turns the indentation of successive list items into nesting levels (1 = top level)."""

    def __init__(self) -> None:
        self._indents: list[int] = []

    def level(self, indent: int) -> int:
        while self._indents and self._indents[-1] > indent:
            self._indents.pop()
        if not self._indents or self._indents[-1] < indent:
            self._indents.append(indent)
        return len(self._indents)

    def reset(self) -> None:
        self._indents.clear()


def typed_cells(line: str) -> list[str] | None:
    """The cells of a table row typed as text ("Hyun-woo Park | Head of Pharmacy | Present"), or None when the
    line holds no " | " between cells."""
    if " | " not in line:
        return None
    return [cell.strip() for cell in line.strip().strip("|").split("|")]
