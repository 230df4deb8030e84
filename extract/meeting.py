"""What the minutes say about the meeting itself: title, body, type, date, start and end time, place.

Each value comes with its evidence. Dates and times are read only where the text says they are the
meeting's ("Thời gian: …", "Hôm nay, vào hồi …", "called to order at …", "adjourned at …"); the date at the
head of a document ("Thôn 3, ngày 05 tháng 5 năm 2024", a date line under the title) is a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.contract import Evidence, Meeting, MeetingType
from extract.date_line import DateLine, evening, is_date_line, read_date_line, trim_place
from extract.dates import Found, find_dates, find_times
from extract.fragments import LEAD, compile_all, phrases
from extract.lang import language_data
from extract.lines import Line, LineKind, evidence
from ingest.document import BlockKind, Document

HEADER_BLOCKS = 8  # the header (body, document date, title) stands within the first blocks
MAX_HEADER_LINE = 80  # characters: a header line naming the body is short
MAX_TITLE_LINE = 160
MAX_TITLE_LINES = 3
UPPER_SHARE = 0.8  # share of capital letters that makes a line a heading
_ENUMERATED = re.compile(r"\W*(?:[IVX]{1,4}|\d{1,2}|[a-z])[.)]\s")  # "3. Approval of Minutes", "II. NỘI DUNG"
_NEXT_LABEL = re.compile(r"\.\s+(?=[^\s.:]+(?:\s+[^\s.:]+){0,3}\s*:)")  # "Địa điểm: … . Thời gian: …"
_REMARK = re.compile(r"\s+\(")  # "Nhà văn hóa thôn 10 (tầng 2, …)": a remark in parentheses after a place
EXCLUDE_REACH = 40  # characters before a context word where "next meeting" and the like are looked for
MAX_RANGE_GAP = 40  # characters between the two times of a range ("8 giờ 00 phút ngày 05/5/2024 đến 10 giờ")


@dataclass(frozen=True, slots=True)
class _Patterns:
    title: tuple[re.Pattern[str], ...]
    title_exclude: tuple[re.Pattern[str], ...]
    title_keyword: re.Pattern[str]
    title_ends: tuple[re.Pattern[str], ...]
    body_header: tuple[re.Pattern[str], ...]
    body: tuple[re.Pattern[str], ...]
    body_noun: re.Pattern[str]
    place_label: re.Pattern[str]
    place: tuple[re.Pattern[str], ...]
    types: dict[str, tuple[re.Pattern[str], ...]]
    date_context: tuple[re.Pattern[str], ...]
    start_context: tuple[re.Pattern[str], ...]
    end_context: tuple[re.Pattern[str], ...]
    context_exclude: tuple[re.Pattern[str], ...]
    range_connector: re.Pattern[str]


@cache
def _patterns(code: str) -> _Patterns:
    data = language_data(code)
    not_date = rf"(?!{phrases((*data.months, *data.weekdays))}(?!\w))" if data.months else ""
    separator = rf"\s*[:：|]\s*|\s+{phrases(data.copulas)}\s+" if data.copulas else r"\s*[:：|]\s*"
    return _Patterns(
        title=compile_all(data.title_patterns),
        title_exclude=compile_all(data.title_exclude),
        title_keyword=re.compile(rf"\s*{phrases(data.title_keywords)}\s*"),
        title_ends=compile_all(data.title_ends),
        body_header=compile_all(data.body_header_patterns),
        body=compile_all(data.body_patterns),
        body_noun=re.compile(rf"(?<!\w){phrases(data.body_nouns)}(?!\w)" if data.body_nouns else ""),
        place_label=re.compile(
            rf"(?:{LEAD}|(?<=\s)(?={phrases(data.place_labels)}\s*[:：]))"  # "Date: … Time: 18:30 Location: …"
            rf"(?P<label>{phrases(data.place_labels)})(?!\w)(?:\s+[^\s:：|]+){{0,2}}?(?:{separator})"
            r"(?P<place>[^;|]*[^\W_][^;|]*)"
        ),
        place=compile_all(data.place_patterns, not_date=not_date),
        types={kind: compile_all(patterns) for kind, patterns in data.type_patterns.items()},
        date_context=compile_all(data.date_context),
        start_context=compile_all(data.start_context),
        end_context=compile_all(data.end_context),
        context_exclude=compile_all(data.context_exclude),
        range_connector=re.compile(rf"(?:^|\s){phrases(data.range_connectors)}\s*$"),
    )


def _mostly_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= UPPER_SHARE * len(letters)


def _title_case(text: str) -> bool:
    """Every word capitalised but short joining words ("Riverside Library Board of Trustees")."""
    words = [word for word in text.split() if len(word) > 3]
    return bool(words) and all(word[0].isupper() or word[0].isdigit() for word in words)


@dataclass(frozen=True, slots=True)
class _Context:
    """Lines of the document the meeting's own facts are read from."""

    document: Document
    code: str
    lines: Sequence[Line]  # every line except table rows (their cells are lines)
    opening: Sequence[Line]  # the lines before the opening limit
    labelled: Sequence[Line]  # the same with table rows, where a label and its value sit in two cells
    dated: Sequence[Line]  # the opening lines that say when the meeting took place
    header: Sequence[Line]  # the lines of the first blocks, where the title, the body and the document date stand

    def evidence(self, line: Line, start: int, end: int) -> Evidence:
        return evidence(self.document, line, start, end)


# title --------------------------------------------------------------------------------------------------


def _is_title(line: Line, patterns: _Patterns) -> bool:
    """A header line opening with the title keyword: not an enumerated item, not a sentence."""
    text = line.text.strip()
    return (
        not _ENUMERATED.match(text)
        and len(text) <= MAX_TITLE_LINE
        and not text.endswith((".", ":"))
        and any(pattern.search(text) for pattern in patterns.title)
        and not any(pattern.search(text) for pattern in patterns.title_exclude)
    )


def _continues_title(line: Line, context: _Context, keyword_only: bool) -> bool:
    text = line.text.strip()
    block = context.document.blocks[line.block]
    if ":" in text or text.endswith(".") or len(text) > MAX_TITLE_LINE or _ENUMERATED.match(text):
        return False
    dates = find_dates(text, context.code)
    if dates and sum(found.end - found.start for found in dates) * 2 > len(text):
        return False
    # a year wrapped alone onto the next line ("… THÁNG 4 NĂM" / "2024") goes on with the title
    return _mostly_upper(text) or text.isdigit() or (keyword_only and block.kind is BlockKind.HEADING)


def _title_end(text: str, patterns: _Patterns) -> int:
    """Where the title ends in its line: before what it says of when and where ("… held on 9 February …")."""
    cuts = [match.start() for pattern in patterns.title_ends if (match := pattern.search(text))]
    return min(cuts, default=len(text.rstrip()))


def _title(context: _Context, patterns: _Patterns) -> list[Line]:
    """The lines of the title (one, or a keyword such as "BIÊN BẢN" and the lines it heads)."""
    lines = context.header
    for index, line in enumerate(lines):
        if not _is_title(line, patterns):
            continue
        keyword_only = bool(patterns.title_keyword.fullmatch(line.text))
        if not (keyword_only or _mostly_upper(line.text)):
            return [line]
        title = [line]
        for following in lines[index + 1 : index + MAX_TITLE_LINES]:
            if not _continues_title(following, context, keyword_only):
                break
            title.append(following)
        if keyword_only and len(title) > 1:
            return title[1:]  # "BIÊN BẢN" above "SINH HOẠT CHI BỘ THƯỜNG KỲ …": the keyword names the kind of paper
        return title
    return []


# body, type, place ---------------------------------------------------------------------------------------


def _is_header_line(line: Line, context: _Context) -> bool:
    """A short line set apart as a header: a heading, a table cell or capitals, not a sentence."""
    text = line.text.strip().rstrip("*. ")
    set_apart = (
        line.kind is LineKind.CELL
        or context.document.blocks[line.block].kind is BlockKind.HEADING
        or _mostly_upper(text)
        or _title_case(text)
    )
    return set_apart and len(text) <= MAX_HEADER_LINE and not re.search(r"[,;:.!?]", text)


def _body(context: _Context, patterns: _Patterns, title: Sequence[Line]) -> tuple[str, Evidence] | None:
    for line in context.header:
        text = line.text.strip()
        match = next((m for p in patterns.body_header if (m := p.fullmatch(text))), None)
        if match and _is_header_line(line, context):
            value = (match["body"] if "body" in match.re.groupindex else text).strip(" .,;:*–-")
            start = line.text.index(value)
            return value, context.evidence(line, start, start + len(value))
    for line in [*title, *context.dated]:
        for pattern in patterns.body:
            for match in pattern.finditer(line.text):
                value = match["body"].strip(" .,;:")
                if patterns.body_noun.search(value):
                    start = match.start("body")
                    return value, context.evidence(line, start, start + len(value))
    return None


def _meeting_type(
    context: _Context, patterns: _Patterns, title: Sequence[Line]
) -> tuple[MeetingType | None, list[Evidence]]:
    """The meeting type stated in the title, else in the opening lines up to the date line."""
    scopes: list[Sequence[Line]] = [title]
    last_block = context.dated[0].block if context.dated else HEADER_BLOCKS - 1
    scopes.append([line for line in context.header if line.block <= last_block])
    scopes.append([line for line in context.dated if line.block < HEADER_BLOCKS])  # "Hôm nay … sinh hoạt thường kỳ"
    for scope in scopes:
        kinds: dict[str, Evidence] = {}
        for line in scope:
            for kind, kind_patterns in patterns.types.items():
                match = next((m for p in kind_patterns if (m := p.search(line.text))), None)
                if match and kind not in kinds:
                    kinds[kind] = context.evidence(line, match.start(), match.end())
        if kinds:
            return _combine(set(kinds)), list(kinds.values())
    return None, []


def _combine(kinds: set[str]) -> MeetingType:
    """One type for the kinds a text names: special wins; regular and thematic together are both."""
    if "special" in kinds:
        return "special"
    if {"regular", "thematic"} <= kinds:
        return "regular+thematic"
    if "regular" in kinds:
        return "regular"
    if "thematic" in kinds:
        return "thematic"
    return "other"


def _place(context: _Context, patterns: _Patterns) -> tuple[str, Evidence] | None:
    for line in context.labelled:
        match = patterns.place_label.search(line.text)
        if match:
            written = _NEXT_LABEL.split(match["place"], maxsplit=1)[0]
            written = _REMARK.split(written, maxsplit=1)[0] or written
            value = trim_place(written)
            end = match.start("place") + written.index(value) + len(value)
            return value, context.evidence(line, match.start("label"), end)
    for line in context.dated:
        for pattern in patterns.place:
            match = pattern.search(line.text)
            if match:
                value = match["place"].strip().rstrip(".,")
                end = match.start("place") + len(value)
                return value, context.evidence(line, match.start(), end)
    return None


# date and times -----------------------------------------------------------------------------------------


def _excluded(text: str, start: int, end: int, patterns: _Patterns) -> bool:
    window = text[max(0, start - EXCLUDE_REACH) : end]
    return any(pattern.search(window) for pattern in patterns.context_exclude)


def _near(line: Line, contexts: Sequence[re.Pattern[str]], found: Sequence[Found], patterns: _Patterns) -> Found | None:
    """The value nearest after a context word in the line (else the nearest before it)."""
    for context_pattern in contexts:
        for match in context_pattern.finditer(line.text):
            after = [item for item in found if item.start >= match.start()]
            before = [item for item in found if item.end <= match.start()]
            chosen = after[0] if after else (before[-1] if before else None)
            if chosen and not _excluded(line.text, min(match.start(), chosen.start), chosen.end, patterns):
                return chosen
    return None


def _date(context: _Context, patterns: _Patterns, date_line: DateLine | None) -> tuple[str, Evidence] | None:
    for line in context.dated:
        found = _near(line, patterns.date_context, find_dates(line.text, context.code), patterns)
        if found:
            return found.value, context.evidence(line, found.start, found.end)
    if date_line:
        found = date_line.date
        return found.value, context.evidence(date_line.line, found.start, found.end)
    return None


def _date_line(context: _Context, patterns: _Patterns, title: Sequence[Line]) -> DateLine | None:
    """The header line holding the meeting's date ("Tuesday, March 12, 2024 – 7 p.m. – City Hall")."""
    lines = [*title, *context.header]
    for index, line in enumerate(lines):
        dates = find_dates(line.text, context.code)
        if dates and (
            line in title or is_date_line(line.text, dates[0], context.code, patterns.title, patterns.context_exclude)
        ):
            following = lines[index + 1] if index + 1 < len(lines) else None
            return read_date_line(line, dates[0], following, context.code)
    return None


def _is_range(between: str, patterns: _Patterns) -> bool:
    """Text between two times that makes them a range: "đến", "to", "–", perhaps after the date."""
    return len(between) <= MAX_RANGE_GAP and bool(patterns.range_connector.search(between))


def _start_time(context: _Context, patterns: _Patterns) -> tuple[Line, Found, Found | None] | None:
    """The start time, and an end time written as its range ("từ 8 giờ đến 10 giờ 30")."""
    for context_pattern in patterns.start_context:
        for line in context.opening:
            if not context_pattern.search(line.text):
                continue
            times = find_times(line.text, context.code)
            found = _near(line, (context_pattern,), times, patterns)
            if found and _closing_before(line.text, found.start, patterns):
                continue  # "… kết thúc vào hồi 10 giờ 30": the end, not the start
            if found:
                following = [item for item in times if item.start >= found.end]
                until = None
                if following and _is_range(line.text[found.end : following[0].start], patterns):
                    until = following[0]
                return line, found, until
    return None


def _closing_before(text: str, position: int, patterns: _Patterns) -> bool:
    """Whether a closing phrase ("kết thúc", "adjourned") stands in the clause before `position`."""
    clause = re.split(r"[.;,]\s", text[:position])[-1]
    return any(pattern.search(clause) for pattern in patterns.end_context)


def _end_time(context: _Context, patterns: _Patterns) -> tuple[Line, Found] | None:
    """The last time written after a closing phrase ("kết thúc vào hồi …", "adjourned at …")."""
    last: tuple[Line, Found] | None = None
    for line in context.lines:
        if not any(pattern.search(line.text) for pattern in patterns.end_context):
            continue
        times = find_times(line.text, context.code)
        for pattern in patterns.end_context:
            for match in pattern.finditer(line.text):
                after = [item for item in times if item.start >= match.end()]
                if after and not _excluded(line.text, match.start(), after[0].end, patterns):
                    last = (line, after[0])
    return last


# composition --------------------------------------------------------------------------------------------


def extract_meeting(document: Document, lines: Sequence[Line], code: str, limit: int) -> Meeting:
    """The meeting's title, body, type, date, times and place, each with evidence (None when not stated)."""
    patterns = _patterns(code)
    own = [line for line in lines if line.kind is not LineKind.ROW]
    context = _Context(
        document=document,
        code=code,
        lines=own,
        opening=[line for line in own if line.start < limit],
        labelled=[line for line in lines if line.start < limit],
        dated=[line for line in own if line.start < limit and any(p.search(line.text) for p in patterns.date_context)],
        header=[line for line in own if line.block < HEADER_BLOCKS],
    )
    meeting = Meeting()
    title = _title(context, patterns)
    if title:
        ends = [_title_end(line.text, patterns) for line in title]
        meeting.title = " ".join(line.text[:end].strip() for line, end in zip(title, ends, strict=True))
        meeting.evidence["title"] = [context.evidence(line, 0, end) for line, end in zip(title, ends, strict=True)]
    date_line = _date_line(context, patterns, title)
    for name, found in (
        ("body", _body(context, patterns, title)),
        ("place", _place(context, patterns) or _written_place(context, date_line)),
        ("date", _date(context, patterns, date_line)),
    ):
        if found:
            setattr(meeting, name, found[0])
            meeting.evidence[name] = [found[1]]
    meeting.type, kind_evidence = _meeting_type(context, patterns, title)
    if meeting.type:
        meeting.evidence["type"] = kind_evidence
    _set_times(meeting, context, patterns, date_line)
    return meeting


def _written_place(context: _Context, date_line: DateLine | None) -> tuple[str, Evidence] | None:
    """The place written after the date (and time) of the header date line."""
    if date_line is None or date_line.place is None:
        return None
    line, start, end = date_line.place
    return line.text[start:end], context.evidence(line, start, end)


def _set_times(meeting: Meeting, context: _Context, patterns: _Patterns, date_line: DateLine | None) -> None:
    start = _start_time(context, patterns)
    end = _end_time(context, patterns)
    header_time = date_line.time if date_line else None
    if start is None and date_line and header_time:
        start = (date_line.line, header_time, None)
    if start:
        line, found, until = start
        found = evening(found, line.text[found.start : found.end], header_time)
        meeting.start_time = found.value
        meeting.evidence["start_time"] = [context.evidence(line, found.start, found.end)]
        if until and not end:
            end = (line, until)
    if end:
        line, found = end
        meeting.end_time = found.value
        meeting.evidence["end_time"] = [context.evidence(line, found.start, found.end)]
