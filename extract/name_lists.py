"""Lists of people written in a line: "đ/c Trần Văn Cường (ốm, có lý do), đ/c Vũ Văn Giang", "Anne Castillo,
Library Director, and Tom Baker".

A list is split at commas, semicolons and the language's joiners ("và", "and") outside parentheses; each
item is an optional count and honorific, a name, and what is written after it in parentheses or after a dash
(a role, a reason, a status). An item without a name that follows a person may continue that person's role
("Anne Castillo, Library Director"). Labels are matched on a folded copy of the text (lower case, no
diacritics, same length), so offsets agree with the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from extract.fragments import LOWER, UPPER, person_pattern, phrases
from extract.lang import domain_data, language_data

MAX_ROLE_WORDS = 8
MAX_TAIL_WORDS = 3  # words after a name (and its note) that an item may still carry ("… dự")
MAX_TITLE_WORDS = 4  # a title written before a name ("Senior Planner Ava Collins")
MAX_NOTES = 2


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for low, high in ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF)):
        for code in range(low, high + 1):
            base = unicodedata.normalize("NFD", chr(code))[0].lower()
            if len(base) == 1 and base != chr(code):
                table[code] = base
    table[ord("Đ")] = table[ord("đ")] = "d"
    return table


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Lower case without diacritics, "đ" as "d", of the same length as `text` (offsets agree)."""
    return text.translate(_fold_table())


def folded_phrases(words: tuple[str, ...] | list[str]) -> str:
    """`phrases` of the folded words (to match a folded text)."""
    return phrases(fold(word) for word in words)


@dataclass(frozen=True, slots=True)
class Item:
    """One person of a list: offsets are within the line's text."""

    name: str
    start: int  # where the item begins (after a bullet)
    end: int  # end of the name and its note
    role: str | None  # a role written before the name ("Councillor Tom Baker")
    note: str | None  # what stands in parentheses or after a dash


@dataclass(frozen=True, slots=True)
class Extra:
    """An item without a name (a role going on, a count, "none"), kept to continue the previous person."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    data: ModuleType
    person: re.Pattern[str]
    single: re.Pattern[str]
    honorific: re.Pattern[str]
    count: re.Pattern[str]
    item_lead: re.Pattern[str]  # words before the first name of a list item ("including")
    splitter: re.Pattern[str]
    sentence_end: re.Pattern[str]
    abbreviations: frozenset[str]
    role_word: re.Pattern[str]
    stops: frozenset[str]  # words never part of a name
    title: re.Pattern[str]  # capitalised words before a name ("City Manager", "CEO")
    loose: re.Pattern[str]  # two to four words of letters, when the name is not written in the usual way


@cache
def patterns(code: str) -> _Patterns:
    data = domain_data(code, "attendance")
    language = language_data(code)
    units = folded_phrases(language.count_units) if language.count_units else "(?!)"
    joiners = folded_phrases(data.LIST_JOINERS)
    honorifics = folded_phrases((*data.HONORIFICS, *language.honorifics))  # the list's own and the language's
    word = r"[^\W\d_][\w'’-]*"
    return _Patterns(
        data=data,
        person=re.compile(person_pattern(code)),
        single=re.compile(rf"{UPPER}{LOWER}+(?!\w)|{UPPER}{{2,}}(?!\w)"),
        honorific=re.compile(rf"(?:{honorifics})(?:\.|(?!\w))\s*"),
        item_lead=re.compile(rf"(?:{folded_phrases(data.ITEM_LEADS)})\s+" if data.ITEM_LEADS else "(?!)"),
        count=re.compile(rf"\(?\d{{1,4}}\s*(?:{units})?\)?\s*[:,]?\s*"),
        splitter=re.compile(rf"[,;]|\s(?:{joiners})\s|\n(?=\s*(?:[-–•+*·]|\d{{1,2}}[.)]\s|(?:{honorifics})(?!\w)))"),
        sentence_end=re.compile(r"\.(?=\s+\S)"),
        abbreviations=frozenset(fold(word) for word in data.ABBREVIATIONS),
        stops=frozenset(fold(word) for word in language.name_stop_words if " " not in word),
        # diacritics kept: "Trường" is not "trưởng"
        role_word=re.compile(
            rf"(?<!\w)(?:{phrases(data.ROLE_WORDS)})(?!\w)"
        ),  # diacritics kept: "Trường" is no "trưởng"
        title=re.compile(rf"{UPPER}[\w.&'’-]*(?:\s+(?:of\s+|the\s+)*{UPPER}[\w.&'’-]*)*"),
        loose=re.compile(rf"{word}(?:\s+{word}){{1,{language.name_parts[1] - 1}}}(?=\s*(?:[(–—:,;]|\s-|$))"),
    )


def sentence_end(text: str, start: int, end: int, code: str) -> int:
    """Where the first sentence of `text[start:end]` ends (a "." that is not after an initial or "Mr")."""
    p = patterns(code)
    for match in p.sentence_end.finditer(text, start, end):
        word = re.search(r"[^\W\d_]*$", text[start : match.start()])
        before = word.group() if word else ""
        if text[match.start() - 1 : match.start()].isdigit():
            continue  # "1. …", "7.45pm"
        if len(before) != 1 and fold(before) not in p.abbreviations:
            return match.start()
    return end


def split_items(text: str, start: int, end: int, code: str) -> Iterator[tuple[int, int]]:
    """Spans of the items of the list `text[start:end]`, split outside parentheses; a list of three items or more
    separated by semicolons, each with one comma at most (or of two items, each with one), keeps the commas
    inside its items ("Julia Marchetti, Rector (presiding); Pauline Achterberg, Senior Warden; Hilary Voss")."""
    depth, begin = 0, start
    splitter = patterns(code).splitter
    position = start
    folded = fold(text)
    semicolons = _semicolon_list(text, start, end)
    while position < end:
        char = text[position]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and not (semicolons and char == ","):
            match = splitter.match(folded, position, end)
            if match:
                yield begin, position
                begin = position = match.end()
                continue
        position += 1
    yield begin, end


def _semicolon_list(text: str, start: int, end: int) -> bool:
    commas, depth = [0], 0  # the commas of each piece between semicolons, outside brackets
    for char in text[start:end]:
        depth += (char == "(") - (char == ")") if char in "()" else 0
        if depth <= 0 and char == ";":
            commas.append(0)
        elif depth <= 0 and char == ",":
            commas[-1] += 1
    # "A, Rector; B, Warden; C" — or two items that both have their role after a comma ("A, Clerk; B, PCSO")
    return (len(commas) >= 3 and max(commas) <= 1) or (len(commas) == 2 and commas == [1, 1])


def _skip(text: str, position: int, end: int, code: str) -> tuple[int, int, bool]:
    """Past bullets and a count ("3 đồng chí:"), then past honorifics; and whether an honorific was read."""
    p = patterns(code)
    folded = fold(text)
    found = re.match(r"[\s\-–—•+*·]*(?:\(?\d{1,2}[.)]\s+|[a-zđ]\)\s+)?", text[position:end])
    position += found.end() if found else 0
    count = p.count.match(folded, position, end)
    if count and count.end() > position and text[position:end].strip()[:1] != "(":
        position = count.end()
    lead = p.item_lead.match(folded, position, end)  # "5 members, including Colin Dace and …"
    position = lead.end() if lead else position
    head, colon, _ = text[position:end].partition(":")
    if colon and len(head.split()) <= MAX_TITLE_WORDS + 1 and head == head.lower() and not set(head) & set("(\n"):
        position += len(head) + 1  # "gồm các đồng chí: …", "including: …"
        while position < end and text[position].isspace():
            position += 1
    begin, titled = position, False
    while match := p.honorific.match(folded, position, end):
        if match.end() == position:
            break
        position, titled = match.end(), True
    return begin, position, titled


def _name_at(segment: str, position: int, titled: bool, code: str) -> tuple[str, int, str | None] | None:
    """The name written at `position` (and a role written before it), or None."""
    p = patterns(code)
    match = p.person.match(segment, position)
    if match and not (match["role_pre"] is None and p.role_word.search(match["name"])):
        return match["name"], match.end("name"), match["role_pre"]
    later = p.person.search(segment, position + 1)
    while later and later["role_pre"] is None and p.role_word.search(later["name"]):
        later = p.person.search(segment, later.start() + 1)  # "District Engineer Paul Nguyen"
    title = segment[position : later.start()].strip() if later else ""
    if later and title and len(title.split()) <= MAX_TITLE_WORDS and p.title.fullmatch(title):
        role = " ".join(part for part in (title, later["role_pre"]) if part)
        return later["name"], later.end("name"), role  # "City Manager Alan Brewer", "District Engineer Paul Nguyen"
    loose = p.loose.match(segment, position)
    if loose and _loose_name(loose.group(), code):
        return loose.group(), loose.end(), None  # "bev Thornton", "LINDA CHO", "Nguyễn văn Hưởng"
    single = p.single.match(segment, position) if titled else None
    return (single.group(), single.end(), None) if single else None


def _loose_name(text: str, code: str) -> bool:
    """Words that may be a name written unusually ("bev Thornton"): ends capitalised, no role, no stop word."""
    words = text.split()
    stops = patterns(code).stops
    return (
        words[-1][0].isupper()
        and not patterns(code).role_word.search(text)
        and not any(fold(word) in stops for word in words)
    )


def parse_item(text: str, start: int, end: int, code: str) -> Item | Extra | None:
    """The person of the item `text[start:end]` (a name and its note), or the item as an `Extra`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in " .;," or (text[end - 1] == ")" and _unbalanced(text[start:end]))):
        end -= 1
    if start >= end:
        return None
    start, position, titled = _skip(text, start, end, code)
    segment = text[:end]
    found = _name_at(segment, position, titled, code)
    if found is None:
        return Extra(text[start:end], start, end)
    name, name_end, role = found
    note, note_end = _note(segment, name_end)
    tail = segment[note_end:].strip(" .,;")
    if len(tail.split()) > MAX_TAIL_WORDS:
        return None
    if tail and tail[0].islower() and note is None:  # "đ/c Nguyễn Văn Tám ốm": a note without a dash
        note, note_end = tail, end
    return Item(name=" ".join(name.split()), start=start, end=note_end, role=role, note=note)


def _unbalanced(text: str) -> bool:
    return text.count(")") > text.count("(")


def _note(text: str, position: int) -> tuple[str | None, int]:
    """What follows a name in parentheses or after a dash, colon or comma (both: "– ốm (có lý do)"), and its end
    (a comma stays inside an item only in a list separated by semicolons: "Grace Nakamura, Secretary; …")."""
    notes: list[str] = []
    while len(notes) < MAX_NOTES and (match := _note_pattern().match(text, position)):
        note = " ".join((match["paren"] if match["paren"] is not None else match["dash"] or "").split())
        if note:
            notes.append(note)
        position = match.end()
    return (", ".join(notes) or None), position


@cache
def _note_pattern() -> re.Pattern[str]:
    return re.compile(r"\s*(?:\((?P<paren>[^()]*)\)|(?:[–—:,]|\s-)\s*(?P<dash>[^()]+?)\s*(?=\(|$))")


def is_role(text: str, has_role: bool, code: str) -> bool:
    """An item without a name that continues the previous person's role ("Library Director")."""
    words = text.split()
    if not words or len(words) > MAX_ROLE_WORDS or any(char.isdigit() for char in text):
        return False
    if text[0].isupper():
        return True
    return bool(patterns(code).data.ROLE_CONTINUES_LOWER and has_role and text[0].isalpha())


@cache
def _reason_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = patterns(code).data
    return (
        re.compile(rf"(?<!\w)(?:{folded_phrases(data.UNEXCUSED_WORDS)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{folded_phrases(data.EXCUSED_WORDS)})(?!\w)"),
        re.compile(rf"^(?:{folded_phrases(data.REASON_PREFIXES)})(?!\w)\s*[:：]?\s*"),
    )


def reason_of(note: str | None, code: str) -> tuple[str | None, bool | None]:
    """An absentee's reason and whether the absence was excused, from a note "ốm, có lý do"."""
    if not note:
        return None, None
    unexcused, excused, prefix = _reason_patterns(code)
    flag: bool | None = None
    reasons: list[str] = []
    for piece in re.split(r"[,;]", note):
        part = piece.strip(" .-–—")
        for pattern, value in ((unexcused, False), (excused, True)):
            found = pattern.search(fold(part))
            if found:
                flag = value if flag is None or value is False else flag
                part = (part[: found.start()] + part[found.end() :]).strip(" -–:()")
                break
        cut = prefix.match(fold(part))
        part = part[cut.end() :].strip() if cut else part
        if part:
            reasons.append(part)
    reason = ", ".join(reasons) or None
    if flag is None and reason and patterns(code).data.REASON_MEANS_EXCUSED:
        flag = True
    return reason, flag


def strip_honorifics(name: str, code: str) -> str:
    """`name` without the honorifics written before it ("Cllr Nolan" → "Nolan")."""
    position, folded = 0, fold(name)
    while (match := patterns(code).honorific.match(folded, position)) and match.end() > position:
        position = match.end()
    return name[position:] if position < len(name) else name


def parts(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of `folded[start:end]` between semicolons."""
    cuts = [start + match.start() for match in re.finditer(";", folded[start:end])]
    bounds, ends = [start, *cuts], [*cuts, end]
    return [(begin + (1 if index else 0), stop) for index, (begin, stop) in enumerate(zip(bounds, ends, strict=True))]


def labelled(text: str, code: str) -> bool:
    """A line that starts with a label of its own ("Chủ trì: …", "Agenda:"), not a name."""
    head, colon, _ = text.partition(":")
    if not colon or len(head.split()) > 4:
        return False
    return not isinstance(parse_item(head, 0, len(head), code), Item)


def only_names(text: str, code: str) -> bool:
    """Every item of the line is a person (a line of a list of names, not a sentence)."""
    items = [parse_item(text, s, e, code) for s, e in split_items(text, 0, len(text), code)]
    return bool(items) and isinstance(items[0], Item) and all(item is None or isinstance(item, Item) for item in items)
