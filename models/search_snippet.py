"""Highlighted snippets: a short passage of the meeting's own text (diacritics as written) around the words a query
matched, each match wrapped in ``<mark>``…``</mark>``. Pure functions, no I/O.

Matching follows the index: a word matches when its folded form equals the query word's (a prefix: starts with
it), a phrase when consecutive words match its words in order. To stay fast on long minutes the text is not
split into words: a copy folded character by character (same length, so places carry over) is searched with a
regular expression for each clause's first word, and only those candidates are checked with the normaliser.
The passage is the stretch of about `WIDTH` characters that holds the most different clauses (then the most
matches, then the earliest), cut at word boundaries. The text is HTML-escaped, so the snippet can go into a page
as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from models.search_text import Clause, Term, fold, forms, nfc

WIDTH = 220  # characters of text around the matches
LEAD = 60  # characters shown before the first match of the passage
MAX_HITS = 40  # of each clause: the passage is chosen among the first ones
MARK, UNMARK = "<mark>", "</mark>"
_WORD = re.compile(r"[^\W_]+")
_RANGES = ((0x41, 0x5A), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF))
_FOLD_TABLE = {
    code: folded for low, high in _RANGES for code in range(low, high + 1) if len(folded := fold(chr(code))) == 1
}

Hit = tuple[int, int, int]  # start, end (characters of the NFC text), clause number


def _stem_base(term: Term) -> str:
    """What every word whose folded form matches the term starts with (Snowball turns a final y into i)."""
    base = term.folded.rstrip("i") if not term.prefix else term.folded
    return base or term.folded


def _matches(word: str, term: Term) -> bool:
    folded = forms(word)[1]
    return folded.startswith(term.folded) if term.prefix else folded == term.folded


def _starts(folded: str, base: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word of `folded` that begins with `base` (a plain search, faster than a pattern)."""
    start = folded.find(base)
    while start >= 0:
        if start == 0 or not folded[start - 1].isalnum():
            end = _WORD.match(folded, start)
            yield start, end.end() if end else start + len(base)
        start = folded.find(base, start + 1)


def _clause_hits(text: str, folded: str, clause: Clause, number: int) -> list[Hit]:
    first = clause.terms[0]
    hits = []
    for start, end in _starts(folded, _stem_base(first)):
        if len(clause.terms) == 1:
            if _matches(text[start:end], first):
                hits.append((start, end, number))
        else:
            hits.extend(_phrase_at(text, start, clause, number))
        if len(hits) >= MAX_HITS:
            break
    return hits


def _phrase_at(text: str, start: int, clause: Clause, number: int) -> list[Hit]:
    words = [match for _, match in zip(clause.terms, _WORD.finditer(text, start), strict=False)]
    if len(words) == len(clause.terms) and all(
        _matches(match.group(), term) for match, term in zip(words, clause.terms, strict=True)
    ):
        return [(start, words[-1].end(), number)]  # words in a row: adjacent, as the index's pairs see them
    return []


def find_hits(text: str, clauses: Sequence[Clause]) -> list[Hit]:
    """Every match of every clause in `text` (NFC), in text order."""
    folded = text.translate(_FOLD_TABLE)
    hits = [hit for number, clause in enumerate(clauses) for hit in _clause_hits(text, folded, clause, number)]
    return sorted(hits)


def _passage(hits: Sequence[Hit]) -> int:
    best, best_score = 0, (-1, -1, 0)
    for anchor, _, _ in hits:
        start = max(0, anchor - LEAD)
        inside = [hit for hit in hits if hit[0] >= start and hit[1] <= start + WIDTH]
        score = (len({hit[2] for hit in inside}), len(inside), -start)
        if score > best_score:
            best, best_score = start, score
    return best


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the passage's ends to word boundaries, never cutting a word in two."""
    if start > 0:
        word = _WORD.search(text, start)
        if word and word.start() == start and text[start - 1].isalnum():
            word = _WORD.search(text, word.end())  # `start` fell inside a word: begin at the next one
        start = word.start() if word else start
    if end < len(text) and text[end].isalnum():
        while end > start and text[end - 1].isalnum():
            end -= 1
    return start, end


def _render(text: str, start: int, end: int, hits: Sequence[Hit]) -> str:
    out = ["…" if start > 0 else ""]
    position = start
    for first, last, _ in hits:
        if first < position or last > end:
            continue
        out.append(html.escape(text[position:first]))
        out.append(MARK + html.escape(text[first:last]) + UNMARK)
        position = last
    out.append(html.escape(text[position:end]).rstrip())
    out.append("…" if end < len(text) else "")
    return "".join(out).strip()


def snippet(text: str | None, clauses: Sequence[Clause]) -> str | None:
    """The passage of `text` around its matches, or None when nothing in it matches."""
    if not text or not clauses:
        return None
    text = " ".join(nfc(text).split())
    hits = find_hits(text, clauses)
    if not hits:
        return None
    start = _passage(hits)
    last_hit = max((hit[1] for hit in hits if hit[0] >= start and hit[1] <= start + WIDTH), default=start)
    start, end = _cut(text, start, max(start + WIDTH, last_hit))
    return _render(text, start, min(len(text), end), hits)


def opening(text: str | None) -> str:
    """The first words of `text`, for a meeting that matched on something the text does not show."""
    if not text:
        return ""
    text = " ".join(nfc(text).split())
    _, end = _cut(text, 0, min(len(text), WIDTH))
    return html.escape(text[:end]).rstrip() + ("…" if end < len(text) else "")


def best_snippet(fields: Sequence[str | None], clauses: Sequence[Clause]) -> str:
    """The snippet of the first field that has a match (the text first, then the title and the rest), else the
    opening of the first field."""
    for field in fields:
        found = snippet(field, clauses)
        if found is not None:
            return found
    return opening(next((field for field in fields if field), None))
