"""A person mentioned in running text: an optional honorific and role, then a name (perhaps one word).

`extract.fragments.name_pattern` wants a full name ("Marcus Bell", "Nguyễn Văn An"); minutes often write
only a surname or a given name ("Trustee Bell", "Đ/c Hùng", "M/S Bell/Raman") or initials ("M/S JP/KT"). A
one-word name is taken when it is not a stop word, a role or one of the caller's `not_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extract.fragments import LOWER, UPPER, name_pattern, phrases
from extract.lang import language_data

INITIALS = r"[A-Z]{2,3}(?![\w/]?[a-z])(?!\w)"  # "JP", "PRW": a person's initials (the roster link says whose)


@cache
def word_pattern(code: str, not_names: tuple[str, ...] = ()) -> str:
    """One capitalised word that may be a name."""
    data = language_data(code)
    stop = rf"(?!{phrases((*data.name_stop_words, *data.roles, *not_names))}(?!\w))"
    word = rf"{UPPER}{LOWER}+(?:[-'’]{UPPER}?{LOWER}+)*"
    if data.code == "en":
        word = rf"(?:Mc|Mac|O['’])?{word}"
    return rf"(?={UPPER}){stop}{word}(?!\w)"


@cache
def honorific_pattern(code: str) -> str:
    return rf"(?:(?<!\w){phrases(language_data(code).honorifics)}\.?\s+)"


@cache
def mention_pattern(
    code: str, group: str, not_names: tuple[str, ...] = (), titled: bool = False, titles: tuple[str, ...] = ()
) -> str:
    """A person in group `group`; with `titled`, an honorific or a role must stand before the name.

    `titles` are more words that may stand before a name like a role ("Cllr", "Chief").
    """
    data = language_data(code)
    role = rf"(?:{phrases((*data.roles, *titles))}\.?\s+)"
    title = rf"(?:{honorific_pattern(code)}{role}?|{role}{honorific_pattern(code)}?)"
    name = rf"(?P<{group}>(?={UPPER})(?:{name_pattern(code)}|{word_pattern(code, (*not_names, *titles))}|{INITIALS}))"
    first = _first_letters(code, titles)
    if titled:
        return rf"(?<!\w)(?={first}){title}{name}"
    return rf"(?<!\w)(?={first})(?:{title}|(?!{phrases(not_names)}(?!\w))){name}"


def _first_letters(code: str, titles: tuple[str, ...]) -> str:
    """The letters a mention can begin with: a capital, or the first letter of an honorific (a fast first look:
    most words of running text cannot start a mention)."""
    data = language_data(code)
    initials = {word[0] for word in (*data.honorifics, *titles) if word}
    initials |= {letter.upper() for letter in initials} | {letter.lower() for letter in initials}
    return f"(?:{UPPER}|[{''.join(sorted(re.escape(letter) for letter in initials))}])"


def strip_title(text: str, code: str) -> str:
    """A mention without its honorifics and leading role ("Trustee Bell" → "Bell")."""
    data = language_data(code)
    lead = _lead(code)
    previous = None
    while previous != text:
        previous = text
        text = lead.sub("", text.strip(), count=1)
    return text.strip(" .,;:") if data.roles or data.honorifics else text


@cache
def _lead(code: str) -> re.Pattern[str]:
    data = language_data(code)
    return re.compile(rf"^(?:{phrases(data.honorifics)}\.?\s+|{phrases(data.roles)}\s+)")


def full_mention(code: str, not_names: Iterable[str] = ()) -> re.Pattern[str]:
    """A whole string that is one person (used to read lists of names)."""
    return _full(code, tuple(not_names))


@cache
def _full(code: str, not_names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s*{mention_pattern(code, 'name', not_names)}\s*")
