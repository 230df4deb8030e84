"""The people who speak in the discussion, with their number of turns.

A turn is a sentence where a named person speaks: "Đồng chí X phát biểu …", "- Đ/c X: …", "Ý kiến đồng chí
X: …", "X said / asked / noted …", a dialogue line "X: …". Mentions of one person that follow one another in
the same line are one turn. Names are written without honorifics and linked to the roster; a short mention
("Bell", "M. Bell") is given as the one longer name it abbreviates among the speakers, or else among the
document's people (chair, recorder, attendance lists) and the roster ("Marcus Bell").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import ModuleType

from extract.contract import Evidence, Speaker
from extract.fragments import LEAD, compile_all, phrases
from extract.lang import domain_data, language_data
from extract.lines import Line, LineKind, evidence
from extract.mentions import mention_pattern
from extract.roster import Link, Roster, fold
from extract.sentences import Sentence, document_sentences
from ingest.document import BlockKind, Document

VERB_REACH = 150  # characters before the first speech verb where the speaker's name may start
AFTER_COLON = 8  # characters after a speaker's label where the words spoken must begin
LOOK_BEHIND = 30  # characters before a mention searched for words that make it no speaker


_COLON = re.compile(r"[:：]")


@dataclass(frozen=True, slots=True)
class _Patterns:
    turns: tuple[tuple[re.Pattern[str], bool], ...]  # a pattern, and whether it holds a speech verb
    exclude_before: tuple[re.Pattern[str], ...]
    line_exclude: tuple[re.Pattern[str], ...]
    not_speakers: frozenset[str]
    titled: bool
    verb: re.Pattern[str]  # over the lower-cased sentence: a first look, cheaper than the turn patterns
    reports: tuple[re.Pattern[str], ...]  # after a "X:" label: the status of a task, not words spoken


@dataclass(slots=True)
class _Turns:
    name: str
    turns: int = 0
    spans: list[Evidence] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    return fold(name)


@lru_cache(maxsize=4096)
def _link(roster: Roster, name: str) -> Link:
    return roster.link(name)


def _data(code: str) -> ModuleType:
    return domain_data(code, "speakers")


@cache
def _patterns(code: str) -> _Patterns:
    data = _data(code)
    roles = phrases(language_data(code).roles)
    role_after = (
        rf"(?:\s*\([^()]{{1,60}}\)|\s*[,–—-]\s*{roles}(?:\s+[^\s,.;:()–—]+){{0,6}}?|\s*,\s*[^,.;:()]{{1,40}}(?=,))"
        r"{0,2}\s*[,–—-]?"
    )
    votes = domain_data(code, "votes")
    not_names = tuple(votes.NOT_NAMES)
    fill = {
        "lead": rf"^{LEAD}",
        "person": mention_pattern(code, "name", not_names, titled=data.TITLED, titles=votes.TITLES),
        "role": role_after,
        "verb": phrases(data.SPEECH_VERBS),
        "adverb": phrases(data.ADVERBS),
    }
    return _Patterns(
        turns=tuple(
            (pattern, "{verb}" in template)
            for template, pattern in zip(data.TURN_PATTERNS, compile_all(data.TURN_PATTERNS, **fill), strict=True)
        ),
        exclude_before=compile_all(data.EXCLUDE_BEFORE),
        line_exclude=compile_all(data.LINE_EXCLUDE),
        not_speakers=frozenset(fold(name) for name in data.NOT_SPEAKERS),
        titled=data.TITLED,
        reports=compile_all(data.REPORT_STATUS),
        verb=re.compile(
            r"\b(?:" + "|".join(re.escape(verb.lower()) for verb in sorted(data.SPEECH_VERBS, key=len)[::-1]) + ")"
        ),
    )


@dataclass(frozen=True, slots=True)
class _Mention:
    name: str
    strong: bool  # titled, a full name, or a roster member; a bare one-word name is weak
    sentence: Sentence


def _accepted(match: re.Match[str], sentence: Sentence, code: str, known: Roster) -> bool | None:
    """None when the mention is no speaker; else whether it is strong (see `_Mention`)."""
    patterns = _patterns(code)
    name = match["name"]
    if _fold(name) in patterns.not_speakers:
        return None
    before = sentence.text[max(0, match.start() - LOOK_BEHIND) : match.start()]
    if any(pattern.search(before) for pattern in patterns.exclude_before):
        return None
    if patterns.titled or match.start("name") > match.start() or " " in name:
        return True
    link = _link(known, name)
    return link.member is not None or bool(link.candidates)


def _mentions(sentence: Sentence, code: str, known: Roster) -> list[_Mention]:
    """The speakers of a sentence, in order."""
    patterns = _patterns(code)
    text = sentence.text
    verbs = list(patterns.verb.finditer(text.lower()))
    colon = _COLON.search(text)
    if not (verbs or colon) or any(pattern.search(text) for pattern in patterns.line_exclude):
        return []
    found: dict[str, tuple[int, _Mention]] = {}
    if colon and any(item.search(sentence.line.text.lower()) for item in patterns.reports):
        colon = None  # "Đồng chí X: thu đảng phí – đã hoàn thành": a task reported on, not a turn
    for pattern, at_verb in patterns.turns:
        if at_verb and verbs:
            start, end = max(0, verbs[0].start() - VERB_REACH), verbs[-1].end()
        elif colon and not at_verb:
            start, end = 0, colon.end() + AFTER_COLON  # a speaker's label stands before the first colon
        else:
            continue
        for match in pattern.finditer(text, start, end):
            strong = _accepted(match, sentence, code, known)
            if strong is not None:
                name = match["name"]
                found.setdefault(_fold(name), (match.start(), _Mention(name, strong, sentence)))
    return [mention for _start, mention in sorted(found.values(), key=lambda item: item[0])]


def _readable(document: Document, line: Line) -> bool:
    kind = document.blocks[line.block].kind
    return line.kind is not LineKind.ROW and kind not in (BlockKind.HEADING, BlockKind.SIGNATURE)


def _keys(mentions: list[_Mention], known: Roster) -> list[tuple[str, str, _Mention]]:
    """Each mention with its person's key and name; weak mentions that fit no longer name are dropped."""
    full = Roster.of([item.name for item in mentions if item.strong and len(item.name.split()) > 1])
    keyed = []
    for mention in mentions:
        link = _link(known, mention.name)
        name = link.member or (None if link.candidates else full.link(mention.name).member)
        if name and _fold(name) == _fold(mention.name):
            name = mention.name  # written in full already (perhaps in capitals): kept as written
        if name:
            keyed.append((_fold(name), name, mention))
        elif mention.strong or link.candidates:  # several people it may be: left as written
            keyed.append((_fold(mention.name), mention.name, mention))
    return keyed


def _count(document: Document, keyed: list[tuple[str, str, _Mention]]) -> list[_Turns]:
    """Turns per person: mentions of one person following one another in one line are one turn."""
    people: dict[str, _Turns] = {}
    previous: tuple[str, int] | None = None  # (key, line start) of the last mention
    for key, name, mention in keyed:
        sentence = mention.sentence
        person = people.get(key)
        if person is None:
            person = people[key] = _Turns(name)
        if previous != (key, sentence.line.start):
            person.turns += 1
            person.spans.append(evidence(document, sentence.line, sentence.start, sentence.end))
        previous = (key, sentence.line.start)
    return list(people.values())


def extract_speakers(
    document: Document,
    lines: Sequence[Line],
    code: str,
    roster: Roster | None = None,
    people: Roster | None = None,
    listed: Sequence[Evidence] = (),
) -> list[Speaker]:
    """The people who speak, in order of their first turn, with the number of their turns.

    `people`: the names the document gives in full (and the roster's), which short mentions may stand for.
    `listed`: where the attendance lists were read; a line there is no turn ("Đ/c X: ốm, có báo cáo").
    """
    roster = roster or Roster()
    known = Roster.of([*roster.names, *(people.names if people else ())])
    taken = {span.start for span in listed}
    readable = [
        line
        for line in lines
        if _readable(document, line) and not any(line.start <= start < line.end for start in taken)
    ]
    mentions = [item for sentence in document_sentences(readable, code) for item in _mentions(sentence, code, known)]
    speakers = []
    for person in _count(document, _keys(mentions, known)):
        link = _link(roster, person.name)
        speakers.append(
            Speaker(
                name=person.name,
                member=link.member,
                candidates=list(link.candidates),
                turns=person.turns,
                evidence=sorted(person.spans, key=lambda span: span.start),
            )
        )
    return speakers
