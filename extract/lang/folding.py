"""Text typed without diacritics ("Chu tri: dong chi …", "Thoi gian: 14 gio 00"): a lexicon (Vietnamese) made to
read it too, once, when its language data is built (see `extract/lang/vi/__init__.py`).

- A literal phrase gains its folded twin ("chủ trì" and "chu tri"): the code matches phrases
  case-insensitively, so "CHU TRI" reads as well. Accented text still needs the accented phrase, so a folded
  word that is also a common name ("Trương" → "truong", the folded "Trưởng") is not mistaken in accented text.
- A regex fragment reads each accented letter as itself or its base letter ("giờ" → "gi[ờo]"), outside
  character classes, so a phrase typed partly without diacritics ("Thời gian", "Thoi gian", "Thời gian")
  matches as well.

Folding keeps case and length: one character for one character ("Đ" → "D", "ấ" → "a").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache


@cache
def _base(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    if ord(char) < 0x80 or not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def fold_keep_case(text: str) -> str:
    """`text` with each letter folded to its base letter, case and length kept: "Đồng Chí" → "Dong Chi"."""
    return "".join(_base(char) for char in text)


def with_folded(words: Iterable[str], keep: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The phrases and, after them, their folded twins (not those in `keep`: words too common once folded)."""
    original = tuple(words)
    twins = (fold_keep_case(word).lower() for word in original)
    extra = [twin for twin in twins if twin not in keep]
    return tuple(dict.fromkeys((*original, *extra)))


def loose(pattern: str) -> str:
    """A regex fragment whose accented letters (outside character classes) also match their base letters."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        base = _base(char)
        out.append(f"[{char}{base}]" if base != char and not in_class else char)
    return "".join(out)


def loose_all(patterns: Iterable[str]) -> tuple[str, ...]:
    return tuple(loose(pattern) for pattern in patterns)


def loose_map(patterns: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {key: loose_all(values) for key, values in patterns.items()}


def folded_map(labels: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {key: with_folded(values) for key, values in labels.items()}
