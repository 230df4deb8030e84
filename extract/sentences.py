"""The sentences of a line: decisions and speaking turns are read one sentence at a time.

A full stop ends a sentence when the next word starts with a capital, a digit or a bullet, unless it closes an
honorific ("Mr.", "Đ/c.") or an initial ("M."). Offsets stay relative to the line, for `extract.lines.evidence`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from extract.lang import domain_data, language_data
from extract.lines import Line, LineKind

_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=\S)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ENUMERATOR = re.compile(r"\d{1,2}|[ivxl]{1,4}|[a-zđ]|(?:\d{1,2}\.)+\d{1,2}")
WRAPPED_WIDTH = 50  # a line cut by a hard wrap runs (nearly) the width of the page; a title is short
_LINE_ENDS = (".", "!", "?", ":", ";", "…", "|")
_OPENERS = '"“‘(-–•*+'


@dataclass(frozen=True, slots=True)
class Sentence:
    line: Line
    start: int  # offsets in line.text
    end: int
    index: int  # position in the whole document's sequence of sentences

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]


@cache
def _abbreviations(code: str) -> frozenset[str]:
    words = (*language_data(code).honorifics, *domain_data(code, "speakers").ABBREVIATIONS)
    return frozenset(word.casefold().rstrip(".") for word in words)


def _ends_here(text: str, match: re.Match[str], code: str) -> bool:
    following = text[match.end() : match.end() + 1]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    before = _WORD_BEFORE.search(text, 0, match.start())
    if before is None:
        return True
    word = before.group(1).strip('"“(').casefold().rstrip(".")
    if before.start() == len(text) - len(text.lstrip()) and _ENUMERATOR.fullmatch(word):
        return False  # "1. Đánh giá …", "II. Nội dung …": an enumerator, not a sentence
    return word not in _abbreviations(code) and not (len(word) == 1 and word.isalpha())


def split_line(line: Line, code: str, first_index: int = 0) -> list[Sentence]:
    """The sentences of one line, stripped of surrounding spaces."""
    sentences: list[Sentence] = []
    start = 0
    text = line.text
    for match in _END.finditer(text):
        if _ends_here(text, match, code):
            _add(sentences, line, start, match.end(), first_index)
            start = match.end()
    _add(sentences, line, start, len(text), first_index)
    return sentences


def _add(sentences: list[Sentence], line: Line, start: int, end: int, first_index: int) -> None:
    piece = line.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    begin = start + piece.index(stripped)
    sentences.append(Sentence(line, begin, begin + len(stripped), first_index + len(sentences)))


def rejoined(lines: list[Line]) -> list[Line]:
    """Lines of one block wrapped inside a sentence (a PDF's hard wraps: "…; Irene" / "Castellano seconded.")
    joined again, the line break read as a space (offsets unchanged)."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        wrapped = (
            last is not None
            and last.kind is LineKind.TEXT
            and line.kind is LineKind.TEXT
            and last.block == line.block
            and last.end + 1 == line.start
            and len(last.text) >= WRAPPED_WIDTH
            and not last.text.rstrip().endswith(_LINE_ENDS)
        )
        if wrapped and last is not None:
            joined[-1] = Line(last.block, last.start, f"{last.text} {line.text}")
        else:
            joined.append(line)
    return joined


def document_sentences(lines: list[Line], code: str) -> Iterator[Sentence]:
    """The sentences of the given lines (wrapped lines joined), in order, numbered across the lines."""
    index = 0
    for line in rejoined(lines):
        for sentence in split_line(line, code, index):
            index += 1
            yield sentence
