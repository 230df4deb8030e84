"""`LanguageData`: the shape every `extract/lang/<code>/` folder fills with plain data.

Fields hold literal phrases (matched case-insensitively, escaped by the code that compiles them) unless their
comment says *regex*: those are regular-expression fragments, some with ``{placeholders}`` the extractors fill
in (``{person}``, ``{d}``, ``{m}``, ``{month}``, ``{y}``, ``{h}``, ``{min}``, ``{ampm}``, ``{not_date}``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True, eq=False)
class LanguageData:
    code: str
    name: str
    # language detection
    function_words: frozenset[str]
    marker_letters: frozenset[str] = frozenset()
    # people
    honorifics: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    name_parts: tuple[int, int] = (2, 4)
    name_initials: bool = False  # "Eleanor M. Whitfield"
    name_upper: bool = False  # names written in capitals ("NGUYỄN VĂN AN")
    name_stop_words: tuple[str, ...] = ()  # capitalised words or phrases that are never part of a name
    name_particles: tuple[str, ...] = ()  # inner words of a name sometimes typed in lower case ("Lê thị Thu Trang")
    copulas: tuple[str, ...] = ()  # "Thư ký là đồng chí …": words that join a label to its value
    role_stops: tuple[str, ...] = ()  # regex: where a role written after a name ends ("… chủ trì")
    role_labels: tuple[str, ...] = ()  # "Chức vụ: …" before a role written after a name
    label_verbs: tuple[str, ...] = ()  # a verb before a role's label: "Cử thư ký …: Đ/c X"
    chair_labels: tuple[str, ...] = ()
    recorder_labels: tuple[str, ...] = ()
    chair_patterns: tuple[str, ...] = ()  # regex with {person}
    recorder_patterns: tuple[str, ...] = ()  # regex with {person}
    chair_signatures: tuple[str, ...] = ()  # a line holding only this title; the name stands below
    recorder_signatures: tuple[str, ...] = ()
    signature_skip: tuple[str, ...] = ()  # regex: lines between a signature title and the name
    chair_markers: tuple[str, ...] = ()  # regex: a role beside a name in a list ("Rosa Jimenez (chair)")
    recorder_markers: tuple[str, ...] = ()  # regex: "Tyler Brooks (secretary)"
    recorder_closing: tuple[str, ...] = ()  # regex: the role on the last line of the minutes ("…, City Clerk")
    # meeting
    title_patterns: tuple[str, ...] = ()  # regex over one stripped line
    title_exclude: tuple[str, ...] = ()  # regex
    title_keywords: tuple[str, ...] = ()  # a line holding only this continues on the next line
    title_ends: tuple[str, ...] = ()  # regex: where a title line goes on with when and where ("… held on …")
    body_header_patterns: tuple[str, ...] = ()  # regex over one header line: the body is group `body` or the line
    body_patterns: tuple[str, ...] = ()  # regex with (?P<body>…) over title and opening lines
    body_nouns: tuple[str, ...] = ()  # a body named by body_patterns must contain one of these
    place_labels: tuple[str, ...] = ()
    place_patterns: tuple[str, ...] = ()  # regex with (?P<place>…) and {not_date}, in opening lines
    type_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # meeting type → regex
    date_context: tuple[str, ...] = ()  # regex: a line stating when the meeting took place
    context_exclude: tuple[str, ...] = ()  # regex: lines about another meeting ("the next meeting …")
    start_context: tuple[str, ...] = ()  # regex, in order of preference
    end_context: tuple[str, ...] = ()  # regex
    range_connectors: tuple[str, ...] = ()  # "từ 8 giờ đến 10 giờ 30"
    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    date_patterns: tuple[str, ...] = ()  # regex with {d} {m} {month} {y}
    numeric_date_order: Literal["dmy", "mdy"] = "dmy"
    time_patterns: tuple[str, ...] = ()  # regex with {h} {min} {ampm}
    am_words: tuple[str, ...] = ()
    pm_words: tuple[str, ...] = ()
    # attendance
    count_labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # DeclaredCounts field → labels
    count_exclude: tuple[str, ...] = ()  # regex: lines whose counts are not members ("Đại biểu …", "Guests")
    count_units: tuple[str, ...] = ()  # "đồng chí", "members"
    count_of: tuple[str, ...] = ()  # "7 of 9": words between a count and its total ("/" always works)
    negations: tuple[str, ...] = ()  # a label right after one of these is not that label ("không có mặt")
    number_words: Mapping[str, int] = field(default_factory=dict)
    none_words: tuple[str, ...] = ()  # "Absent: none" → 0
