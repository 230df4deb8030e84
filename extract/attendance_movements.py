"""Late arrivals and early departures: "Đồng chí X đến muộn (8 giờ 20)", "đ/c X xin về sớm lúc 9 giờ 45",
"X arrived at 7:15 p.m.", "X left the meeting at 8:30 p.m.", "X joined the meeting during item 4".

The verb is found on folded text; the person is the name written right before it (with an aside between:
"X (Treasurer) arrived", "X, Treasurer, arrived"), the time the first one written after it in the same sentence.
Someone who leaves and is later said to come back ("Cllr Finch returned to the meeting") has not left early.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.contract import Movement
from extract.dates import find_times
from extract.fragments import LOWER, UPPER, person_pattern, phrases
from extract.lang import language_data
from extract.lines import Line, LineKind, evidence
from extract.name_lists import fold, patterns, sentence_end, strip_honorifics
from ingest.document import Document

WHO_REACH = 120  # characters before a verb where the person stands
TIME_REACH = 60  # characters after a verb where its time may stand


@dataclass(frozen=True, slots=True)
class _Patterns:
    verbs: tuple[tuple[str, re.Pattern[str]], ...]  # ("late" | "left" | "back", the verb on folded text)
    notes: tuple[tuple[str, re.Pattern[str]], ...]  # ("late" | "left", a word of a table's note, on folded text)
    person: re.Pattern[str]  # the person right before a verb, on the original text
    words: frozenset[str]  # a line holding none of these is skipped


@cache
def _patterns(code: str) -> _Patterns:
    data = patterns(code).data
    titles = phrases((*data.HONORIFICS, *language_data(code).roles))
    single = rf"(?<!\w)(?i:{titles})\.?\s+(?P<single>{UPPER}{LOWER}+)(?!\w)"  # "Commissioner Tran"
    who = rf"(?:{person_pattern(code)}|{single})"
    aside = r"(?:\s*\([^()]{0,60}\)|\s*,[^,.;]{1,60},|\s*[–—-]\s*[^,.;–—]{1,60}?)?"
    kinds = (("late", data.LATE_PATTERNS), ("left", data.LEFT_PATTERNS), ("back", data.RETURN_PATTERNS))
    notes = (("late", data.NOTE_LATE_PATTERNS), ("left", data.NOTE_LEFT_PATTERNS))
    return _Patterns(
        verbs=tuple((kind, re.compile(rf"(?<!\w)(?:{fold(verb)})(?!\w)")) for kind, verbs in kinds for verb in verbs),
        notes=tuple((kind, re.compile(rf"(?<!\w)(?:{fold(word)})(?!\w)")) for kind, words in notes for word in words),
        person=re.compile(rf"{who}{aside}\s+$"),
        words=frozenset(fold(word) for word in data.MOVEMENT_WORDS),
    )


@dataclass(frozen=True, slots=True)
class Movements:
    late: list[Movement]
    left_early: list[Movement]


def _in_line(document: Document, line: Line, text: str, code: str) -> list[tuple[str, Movement]]:
    p = _patterns(code)
    folded = fold(text)
    found: list[tuple[str, Movement]] = []
    for kind, verb in p.verbs:
        for match in verb.finditer(folded):
            who = p.person.search(text, max(0, match.start() - WHO_REACH), match.start())
            if not who:
                continue
            reach = sentence_end(text, match.end(), min(len(text), match.end() + TIME_REACH), code)
            times = find_times(text[match.end() : reach], code)
            end = match.end() + times[0].end if times else match.end()
            name = strip_honorifics(" ".join((who["name"] or who["single"]).split()), code)
            span = evidence(document, line, who.start(), end)
            found.append((kind, Movement(name=name, time=times[0].value if times else None, evidence=[span])))
    return found


def note_movement(note: str, code: str) -> tuple[str, str | None] | None:
    """What the note of someone present in an attendance table says of their coming or going: ("late" | "left",
    the time or None), from "Present (joined 14:20)", "arrived 6:20 p.m.", "Xin về sớm lúc 15 giờ 50 (con ốm)"."""
    folded = fold(note)
    found = [
        (match.start(), kind, match.end()) for kind, word in _patterns(code).notes if (match := word.search(folded))
    ]
    if not found:
        return None
    _start, kind, end = min(found)
    times = find_times(note[end:], code)
    return kind, times[0].value if times else None


def extract_movements(document: Document, lines: Sequence[Line], code: str) -> Movements:
    """People who arrived late or left early, in reading order."""
    p = _patterns(code)
    found: list[tuple[str, Movement]] = []
    for line in lines:
        if line.kind is not LineKind.TEXT:
            continue
        text = document.text[line.start : line.end]
        if p.words.isdisjoint(re.findall(r"\w+", fold(text))):
            continue
        found.extend(_in_line(document, line, text, code))
    back = [(fold(move.name), move.evidence[0].start) for kind, move in found if kind == "back"]
    left = [
        move
        for kind, move in found
        if kind == "left" and not any(name == fold(move.name) and at > move.evidence[0].start for name, at in back)
    ]
    return Movements(late=[move for kind, move in found if kind == "late"], left_early=left)
