"""The chair and the recorder of a meeting: name (without honorifics) and role, with evidence.

Three ways of saying it, tried in this order: a label ("Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ",
"Recorder: Grace Nakamura"), a phrase of the language ("called to order … by Chair Eleanor Whitfield",
"Minutes recorded by …"), and a signature ("THƯ KÝ" with the name below it, "Respectfully submitted,").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from extract.contract import Evidence, Person
from extract.fragments import LEAD, LOWER, UPPER, compile_all, person_pattern, phrases
from extract.lang import language_data
from extract.lines import Line, LineKind, evidence
from ingest.document import Document

MAX_ROLE_WORDS = 8
MAX_LABEL_WORDS = 5  # words between a role's label and its colon ("Thư ký ghi biên bản sinh hoạt chi bộ: …")
MAX_TITLED_ROLE_WORDS = 4
SIGNATURE_REACH = 4  # lines below a signature title where the name may stand
MAX_WRAPPED_HEAD = 2  # words of a name before a line break that cut it ("Thư ký: Đ/c Hoàng Thị" / "Diệu Linh.")
_NAME_REST = re.compile(rf"\s*(?P<rest>{UPPER}{LOWER}+(?:\s{UPPER}{LOWER}+)*)\s*(?:[.,;(–-]|$)")
_TITLE_AFTER = re.compile(r",\s*(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\.?\s*")  # ", Office Manager"


@dataclass(frozen=True, slots=True)
class _Patterns:
    person: re.Pattern[str]
    role_start: re.Pattern[str]
    role_word: re.Pattern[str]
    role_stops: tuple[re.Pattern[str], ...]
    role_label: re.Pattern[str]
    honorific: re.Pattern[str]
    skip: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class _Role:
    """How one role (chair or recorder) is written in a language."""

    label: re.Pattern[str]
    phrases: tuple[re.Pattern[str], ...]
    signature: re.Pattern[str]
    listed: re.Pattern[str]  # a name with the role beside it in a list: "X (chair)", "X | Chair |"
    listed_aside: re.Pattern[str]  # the same with an office between: "X, Rector (presiding)" (tried after `listed`)
    closing: re.Pattern[str]  # the last line of the minutes, a name and the role: "Rachel Moore, City Clerk"


@cache
def _patterns(code: str) -> _Patterns:
    data = language_data(code)
    return _Patterns(
        person=re.compile(person_pattern(code)),
        role_start=re.compile(rf"{phrases(data.roles)}(?!\w)"),
        role_word=re.compile(rf"(?<!\w){phrases(data.roles)}(?!\w)"),
        role_stops=compile_all(data.role_stops),
        role_label=re.compile(rf"\s*{phrases(data.role_labels)}\s*:\s*"),
        honorific=re.compile(rf"(?:{phrases(data.honorifics)}\.?\s+)+"),
        skip=compile_all(data.signature_skip),
    )


Which = Literal["chair", "recorder"]


@cache
def _role(code: str, which: Which) -> _Role:
    data = language_data(code)
    labels, patterns, signatures, markers = (
        (data.chair_labels, data.chair_patterns, data.chair_signatures, data.chair_markers)
        if which == "chair"
        else (data.recorder_labels, data.recorder_patterns, data.recorder_signatures, data.recorder_markers)
    )
    marker, closing = (
        "(?i:" + "|".join(f"(?:{item})" for item in items) + ")" if items else "(?!)"
        for items in (markers, data.recorder_closing if which == "recorder" else ())
    )
    who = r"(?P<who>[^,:;()|\n]{3,60}?)"
    # a colon, a copula ("Thư ký là …"), or a comma right before an honorific ("Chủ trì cuộc họp, đồng chí …")
    separator = rf"\s*[:：|]\s*|\s*,\s*(?={phrases(data.honorifics)}\.?:?\s)"
    if data.copulas:
        separator += rf"|\s+{phrases(data.copulas)}\s+"
    label = re.compile(
        rf"{LEAD}(?:{phrases(data.label_verbs)}\s+)?(?P<label>{phrases(labels)})(?!\w)"
        rf"(?:\s+[^\s:：|,]+){{0,{MAX_LABEL_WORDS}}}?(?:{separator})"
    )
    return _Role(
        label=label,
        phrases=compile_all(patterns, person=person_pattern(code)),
        signature=re.compile(rf"\s*{phrases(signatures)}\s*[,:]?\s*"),
        listed=re.compile(
            rf"(?:^|[,:;|])\s*{who}\s*(?:\(\s*(?P<marker>{marker})\s*(?:,[^()]*)?\)|\|\s*(?P<cell>{marker})\s*(?:\||$))"
        ),
        listed_aside=re.compile(rf"(?:^|[:;])\s*{who}\s*,\s*[^,:;()|\n]{{2,40}}?\s*\(\s*(?P<marker>{marker})\s*\)"),
        closing=re.compile(rf"^\W*{who}\s*,\s*(?P<marker>{closing})\W*$"),
    )


def _role_after(text: str, end: int, code: str) -> tuple[str | None, int]:
    """A role written right after a name ("– Bí thư chi bộ", ", Secretary", "(Chair)"), and where it ends."""
    found = re.match(r"\s*(?P<sep>[–—-]|,|\()?\s*(?P<role>[^;,.()|\n]+)", text[end:])
    if not found:
        return None, end
    role = found["role"]
    labelled = _patterns(code).role_label.match(role)  # "- Chức vụ: Bí thư chi bộ"
    if labelled:
        role = role[labelled.end() :]
    for stop in _patterns(code).role_stops:
        cut = stop.search(role)
        if cut:
            role = role[: cut.start()]
    role = role.strip(" –—-")
    explicit = found["sep"] in ("–", "—", "-", "(")
    known = bool(_patterns(code).role_start.match(role)) or _titled_role(role, code)
    if not role or len(role.split()) > MAX_ROLE_WORDS or not (known or (explicit and role[0].isalpha())):
        return None, end
    role_end = end + found.start("role") + found["role"].index(role) + len(role)
    if found["sep"] == "(" and text[role_end : role_end + 1] == ")":
        role_end += 1
    return role, role_end


def _titled_role(role: str, code: str) -> bool:
    """A short capitalised title holding a known role ("City Clerk", "Board Secretary")."""
    words = role.split()
    return (
        len(words) <= MAX_TITLED_ROLE_WORDS
        and all(word[0].isupper() for word in words)
        and bool(_patterns(code).role_word.search(role))
    )


def _from_roster(text: str, start: int, roster: Sequence[str], code: str) -> tuple[str, int, int] | None:
    """A roster name written at `start` (after any honorific), whatever its capitalisation."""
    honorific = _patterns(code).honorific.match(text, start)
    begin = honorific.end() if honorific else start
    for name in sorted(roster, key=len, reverse=True):
        written = text[begin : begin + len(name)]
        if written.casefold() == name.casefold() and not text[begin + len(name) : begin + len(name) + 1].isalnum():
            return written, begin, begin + len(name)
    return None


def _person(
    document: Document, line: Line, name: str, name_end: int, role: str | None, code: str, anchor: int
) -> Person:
    """A person whose name ends at `name_end`; evidence runs from `anchor` to the end of the role."""
    after_role, end = _role_after(line.text, name_end, code)
    if role is None:
        role = after_role
    else:
        end = name_end
    return Person(name=name, role=role, evidence=[evidence(document, line, anchor, end)])


def _person_at(
    document: Document, line: Line, start: int, code: str, roster: Sequence[str], anchor: int
) -> Person | None:
    """The person written at `start` of the line (a name of the language's shape, or of the roster)."""
    match = _patterns(code).person.match(line.text, start)
    if match:
        return _person(document, line, match["name"], match.end("name"), match["role_pre"], code, anchor)
    known = _from_roster(line.text, start, roster, code)
    if known:
        return _person(document, line, known[0], known[2], None, code, anchor)
    return None


def _wrapped(document: Document, person: Person, line: Line, following: Line | None, code: str) -> Person:
    """A short name at the end of a line, its rest at the head of the next line of the block: joined again."""
    span = person.evidence[0]
    words = person.name.split()
    if following is None or following.block != line.block or span.end != line.start + len(line.text.rstrip()):
        return person
    rest = _NAME_REST.match(following.text)
    labelled = re.match(r"[^:：\n]{1,40}[:：]", following.text)  # "Secretary (minutes): Ben Whitlock" is a label
    if (
        not rest
        or labelled
        or _patterns(code).role_start.match(rest["rest"])
        or len(words) > MAX_WRAPPED_HEAD
        or len(words) + len(rest["rest"].split()) > language_data(code).name_parts[1]
    ):
        return person
    end = following.start + rest.end("rest")
    name = f"{person.name} {rest['rest']}"
    return Person(
        name=name,
        role=person.role,
        evidence=[Evidence(block=span.block, start=span.start, end=end, text=document.text[span.start : end])],
    )


def _by_label(
    document: Document, lines: Sequence[Line], role: _Role, code: str, roster: Sequence[str]
) -> Person | None:
    for index, line in enumerate(lines):
        for label in role.label.finditer(line.text):
            person = _person_at(document, line, label.end(), code, roster, label.start("label"))
            if person:
                following = lines[index + 1] if index + 1 < len(lines) else None
                return _wrapped(document, person, line, following, code)
    return None


def _full_name(lines: Sequence[Line], surname: str, code: str) -> str | None:
    """The one full name the minutes write for a surname ("Mayor Quinn" → "Deborah Quinn"), else None."""
    names = {
        match["name"]
        for line in lines
        for match in _patterns(code).person.finditer(line.text)
        if match["name"].split()[-1] == surname
    }
    return names.pop() if len(names) == 1 else None


def _by_phrase(document: Document, lines: Sequence[Line], role: _Role, code: str) -> Person | None:
    for line in lines:
        for pattern in role.phrases:
            match = pattern.search(line.text)
            if match and match.groupdict().get("surname"):
                name = _full_name(lines, match["surname"], code)
                if name:
                    span = evidence(document, line, match.start(), match.end())
                    return Person(name=name, role=match.groupdict().get("role_pre"), evidence=[span])
            elif match:
                role_pre = match.groupdict().get("role_pre")
                person = _person(document, line, match["name"], match.end("name"), role_pre, code, match.start())
                end = max(match.end(), person.evidence[0].end - line.start)
                person.evidence = [evidence(document, line, match.start(), end)]
                return person
    return None


def _below(lines: Sequence[Line], index: int) -> Iterator[Line]:
    """Lines under `lines[index]`: the next text lines, or for a table cell its column downwards."""
    title = lines[index]
    for line in lines[index + 1 :]:
        if title.kind is LineKind.CELL:
            if line.block != title.block:
                return
            if line.kind is LineKind.CELL and line.column == title.column:
                yield line
        elif line.kind is LineKind.TEXT:
            yield line


def _name_line(document: Document, line: Line, code: str) -> Person | None:
    """A line that holds only a name, perhaps followed by its role."""
    stripped = line.text.strip()
    offset = line.text.index(stripped)
    match = _patterns(code).person.match(line.text, offset)
    if not match:
        return None
    role, end = _role_after(line.text, match.end("name"), code)
    titled = _TITLE_AFTER.fullmatch(line.text, end)
    if role is None and titled:  # "Jolene Price, Administrative Assistant"
        role, end = titled["title"], titled.end("title")
    if line.text[end:].strip(" .,;"):
        return None
    return Person(name=match["name"], role=match["role_pre"] or role, evidence=[evidence(document, line, offset, end)])


def _by_signature(document: Document, lines: Sequence[Line], role: _Role, code: str) -> Person | None:
    skip = _patterns(code).skip
    for index, line in enumerate(lines):
        if line.kind is LineKind.ROW or not role.signature.fullmatch(line.text):
            continue
        below = [item for item in _below(lines, index) if not any(p.search(item.text.strip()) for p in skip)]
        for position, candidate in enumerate(below[:SIGNATURE_REACH]):
            person = _name_line(document, candidate, code)
            if person is None:
                continue
            title = evidence(document, line, 0, len(line.text))
            person.evidence = [title, *person.evidence]
            following = below[position + 1 : position + 2]
            if person.role is None and following and _patterns(code).role_start.fullmatch(following[0].text.strip()):
                person.role = following[0].text.strip()
                person.evidence.append(evidence(document, following[0], 0, len(following[0].text)))
            return person
    return None


def listed_name(who: str, code: str) -> str | None:
    """The name in a list item ("Cllr Janet Hargreaves", "bev Thornton"), whatever its capitalisation."""
    match = _patterns(code).person.fullmatch(who.strip())
    if match:
        return match["name"]
    honorific = _patterns(code).honorific.match(who.strip())
    words = who.strip()[honorific.end() if honorific else 0 :].split()
    stop = {word.casefold() for word in (*language_data(code).name_stop_words, *language_data(code).roles)}
    first, most = language_data(code).name_parts
    plain = all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", word) for word in words)
    if not first <= len(words) <= most or not plain or any(word.casefold() in stop for word in words):
        return None
    return " ".join(words)


def _by_marker(document: Document, lines: Sequence[Line], pattern: re.Pattern[str], code: str) -> Person | None:
    """A name with the role beside it: "Rosa Jimenez (chair)" in a list, "Olivia Grant | Chair |" in a table."""
    for line in lines:
        for match in pattern.finditer(line.text):
            name = listed_name(match["who"], code)
            if name:
                role = match["marker"] or match.groupdict().get("cell")
                return Person(
                    name=name, role=role, evidence=[evidence(document, line, match.start("who"), match.end())]
                )
    return None


def find_person(
    document: Document, lines: Sequence[Line], which: Which, code: str, roster: Sequence[str] = ()
) -> Person | None:
    """The chair (`which="chair"`) or the recorder (`which="recorder"`) of the meeting, or None."""
    role = _role(code, which)
    return (
        _by_label(document, lines, role, code, roster)
        or _by_phrase(document, lines, role, code)
        or _by_signature(document, lines, role, code)
        or _by_marker(document, [line for line in lines if line.kind is not LineKind.ROW][-1:], role.closing, code)
        or _by_marker(document, lines, role.listed, code)
        or _by_marker(document, lines, role.listed_aside, code)
    )
