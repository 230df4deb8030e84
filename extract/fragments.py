"""Regular-expression fragments shared by the extractors, built from a language's data."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extract.lang import LanguageData, language_data
from extract.lang.folding import loose


def _letters(upper: bool) -> str:
    chars = [
        chr(code)
        for low, high in ((0x41, 0x24F), (0x1E00, 0x1EFF))
        for code in range(low, high + 1)
        if chr(code).isalpha() and (chr(code).isupper() if upper else chr(code).islower())
    ]
    return "".join(re.escape(char) for char in chars)


UPPER = f"[{_letters(upper=True)}]"
LOWER = f"[{_letters(upper=False)}]"
# a line may begin with a bullet or an enumerator ("-", "•", "1.", "a)", "II.") before its label
LEAD = r"(?:^|(?<=[;.|])\s*)\s*(?:[-–•+*]\s*|\(?(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s+)?"
# the bullet or number an item of a list starts with ("- ", "2. ", "b) ", "II. ", "1/ "), matched at its start
LEAD_MARK = re.compile(r"\s*(?:[-–•+*]\s*|\(?(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)/]\s+)?")


def phrases(words: Iterable[str]) -> str:
    """A case-insensitive alternation of literal phrases, longest first, spaces matching any whitespace."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    if not unique:
        return "(?!)"
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in unique)
    return "(?i:" + "|".join(escaped) + ")"


def _name(data: LanguageData) -> str:
    stop = rf"(?!{phrases((*data.name_stop_words, *data.roles))}(?!\w))"
    word = rf"{UPPER}{LOWER}+(?:[-'’]{UPPER}?{LOWER}+)*"
    if data.code == "en":
        word = rf"(?:Mc|Mac|O')?{word}"
    if data.name_upper:
        word = rf"(?:{word}|{UPPER}{{2,}}(?![{LOWER[1:-1]}]))"
    token = rf"{stop}{word}"
    first, most = data.name_parts
    if data.name_initials:  # "Eleanor M. Whitfield", "O. Bakare"
        initial = rf"{UPPER}\.(?=\s+{UPPER})"
        middle = rf"(?:\s+(?:{initial}|{token}))"
        return rf"(?:{token}|{initial}){middle}{{0,{most - 2}}}\s+{token}(?!\w)"
    particle = rf"(?:(?:{'|'.join(map(re.escape, data.name_particles))})\s)?" if data.name_particles else ""
    return rf"{token}(?:\s{particle}{token}){{{first - 1},{most - 1}}}(?!\w)"


@cache
def name_pattern(code: str) -> str:
    """A personal name: capitalised words ("Nguyễn Văn An", "Eleanor M. Whitfield") without stop words."""
    return _name(language_data(code))


@cache
def person_pattern(code: str) -> str:
    """An optional honorific and role, then a name (group `name`; the role is group `role_pre`)."""
    data = language_data(code)
    honorific = rf"(?:(?<!\w){phrases(data.honorifics)}\.?:?\s+)"  # "Đồng chí: Nhữ Thị Thủy" too
    role = rf"(?:(?P<role_pre>{phrases(data.roles)})\s+)"
    return rf"(?<!\w)(?=\w){honorific}?{role}?{honorific}?(?P<name>{name_pattern(code)})"


@cache
def number_pattern(code: str) -> str:
    """A count: digits, or a number word of the language."""
    words = language_data(code).number_words
    if not words:
        return r"\d{1,4}"
    return rf"(?:\d{{1,4}}|{phrases(words)}(?!\w))"


def to_number(text: str, code: str) -> int | None:
    if text.isdigit():
        return int(text)
    return language_data(code).number_words.get(text.lower())


def compile_loose(patterns: Iterable[str], **fill: str) -> tuple[re.Pattern[str], ...]:
    """`compile_all`, the templates' own letters also matching without their diacritics (see
    `extract.lang.folding.loose`; the fragments filled in are left exact)."""
    return compile_all((loose(pattern) for pattern in patterns), **fill)


def compile_all(patterns: Iterable[str], **fill: str) -> tuple[re.Pattern[str], ...]:
    """Compile regex templates, replacing each `{key}` placeholder by its fragment."""
    compiled = []
    for pattern in patterns:
        for key, value in fill.items():
            pattern = pattern.replace("{" + key + "}", value)
        compiled.append(re.compile(pattern))
    return tuple(compiled)
