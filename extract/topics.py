"""What the meeting discussed: agenda items and section titles, each with labels from a taxonomy.

Titles are the headings, numbered items and labelled items ("Item 4: …") of the content part of the minutes
(from "NỘI DUNG SINH HOẠT" / "Agenda" on, when the minutes have such a part), the items of an agenda written on
one line ("Agenda: 1. … 2. …"), and short bullets under "Old Business" / "New Business". A numbered paragraph
gives its first sentence. Labels come from the taxonomy in `extract/taxonomy.yaml` (or one the caller passes):
a label applies when one of its keywords for the document's language is written in the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.contract import Topic
from extract.fragments import compile_all, phrases
from extract.lang import domain_data, language_data
from extract.lines import Line, LineKind, evidence
from extract.nlp import CUES, nlp, phrase_matcher
from extract.roster import fold
from ingest.document import BlockKind, Document
from minutes.errors import InvalidInput

MAX_TITLE = 150  # characters
MAX_TITLE_WORDS = 25
MAX_BULLET_WORDS = 10
HEADER_BLOCKS = 8  # the document's title stands within the first blocks
MAX_CONTENT_TITLE = 60  # characters: "NỘI DUNG SINH HOẠT", "Agenda:"
UPPER_SHARE = 0.8
_ENUMERATOR = re.compile(r"\s*\(?(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-Z])(?:[.)]|/)\s+")
_BULLET = re.compile(r"\s*[-–•+*]\s*")
_INLINE_ITEM = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[IVX]{1,4})[.)]\s+")
_SENTENCE_END = re.compile(r"(?<!\bNo)(?<!\bno)(?<!\bMr)(?<!\bDr)(?<!\bSt)[.:!?](?:\s|$)|\s[–—-]\s")
_WORD = re.compile(r"[^\W\d_]{3,}")
_REFERENCE = re.compile(r"(?:[A-Z]{1,5}/)?\d{1,4}/\d{1,4}\s+")  # "25/31 Apologies", "FGP/25/02 …"
LEADING = "^"  # a keyword that counts only at the start of a title
TOPIC_CUE = "topic:"  # the label prefix of topic cues in a language's patterns.jsonl
MAX_DASHED_REST = 6  # words after a spaced dash that still belong to the title ("Resolution 3 — Repair Contract")


# the taxonomy ---------------------------------------------------------------------------------------------


class TaxonomyLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    names: dict[str, str]
    keywords: dict[str, list[str]] = Field(default_factory=dict)


class Taxonomy(BaseModel):
    """Topic labels, with their names per UI language and keywords per document language."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    labels: list[TaxonomyLabel]
    _matchers: dict[str, PhraseMatcher] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _unique_ids(self) -> Taxonomy:
        ids = [label.id for label in self.labels]
        duplicates = sorted({label for label in ids if ids.count(label) > 1})
        if duplicates:
            raise ValueError(f"label ids must be unique: {', '.join(duplicates)}")
        return self

    def matcher(self, code: str) -> PhraseMatcher:
        """The keywords of a document language on spaCy's `PhraseMatcher` (case and diacritics ignored), built
        once. A keyword written "^…" counts only at the start of a title: its match key ends with "^"."""
        if code not in self._matchers:
            phrases: list[tuple[str, list[str]]] = []
            for label in self.labels:
                words = label.keywords.get(code, [])
                phrases.append((label.id, [word for word in words if not word.startswith("^")]))
                phrases.append((f"{label.id}{LEADING}", [word[1:] for word in words if word.startswith("^")]))
            self._matchers[code] = phrase_matcher(code, phrases)
        return self._matchers[code]

    def labels_of(self, title: str, code: str) -> list[str]:
        """The labels of a title, in the taxonomy's order: its keywords, and the language's topic cues
        (`extract/lang/<code>/patterns.jsonl`, labels "topic:<id>") for the labels this taxonomy has."""
        doc = nlp(code)(title)
        found: set[str] = set()
        for match_id, start, _end in self.matcher(code)(doc):
            key = doc.vocab.strings[match_id]
            if not key.endswith(LEADING):
                found.add(key)
            elif start == _first_word(doc):
                found.add(key[: -len(LEADING)])
        found.update(
            span.label_.removeprefix(TOPIC_CUE) for span in doc.spans[CUES] if span.label_.startswith(TOPIC_CUE)
        )
        return [label.id for label in self.labels if label.id in found]


def _first_word(doc: Doc) -> int:
    return next((token.i for token in doc if not token.is_punct and not token.is_space), 0)


def load_taxonomy(text: str) -> Taxonomy:
    """A taxonomy from YAML text; `InvalidInput` with a readable message when it is malformed."""
    try:
        return Taxonomy.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise InvalidInput(f"The topic taxonomy is not valid: {exc}") from exc


@cache
def builtin_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the package (`extract/taxonomy.yaml`), loaded once."""
    return load_taxonomy(resources.files("extract").joinpath("taxonomy.yaml").read_text(encoding="utf-8"))


# titles ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Patterns:
    content: tuple[re.Pattern[str], ...]
    agenda: tuple[re.Pattern[str], ...]
    item: tuple[re.Pattern[str], ...]
    whole: tuple[re.Pattern[str], ...]
    tasks: tuple[re.Pattern[str], ...]
    subitems: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    exclude_titles: tuple[re.Pattern[str], ...]
    subtitle: re.Pattern[str]
    title_keyword: re.Pattern[str]
    end: tuple[re.Pattern[str], ...]
    title: tuple[re.Pattern[str], ...]
    title_exclude: tuple[re.Pattern[str], ...]
    person: re.Pattern[str]


@cache
def _patterns(code: str) -> _Patterns:
    data = domain_data(code, "topics")
    language = language_data(code)
    return _Patterns(
        content=compile_all(data.CONTENT_START),
        agenda=compile_all(data.AGENDA_LABELS),
        item=compile_all(data.ITEM_LABELS),
        whole=compile_all(data.TOPIC_LINES),
        tasks=compile_all(domain_data(code, "assignments").SECTIONS),
        subitems=compile_all(data.SUBITEM_SECTIONS),
        exclude=compile_all(data.EXCLUDE),
        exclude_titles=compile_all(data.EXCLUDE_TITLES),
        subtitle=re.compile(rf"{phrases(data.SUBTITLE_LABELS)}\s*$"),
        title_keyword=re.compile(rf"(?<!\w){phrases(language.title_keywords)}(?!\w)"),
        end=compile_all(data.END),
        title=compile_all(language.title_patterns),
        title_exclude=compile_all(language.title_exclude),
        person=re.compile(rf"(?:{phrases(language.honorifics)})\.?\s"),
    )


@dataclass(frozen=True, slots=True)
class _Title:
    line: Line
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.line.text[self.start : self.end]


def _upper(text: str) -> bool:
    if len(text) > MAX_TITLE:
        return False
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= UPPER_SHARE * len(letters)


def _trimmed(line: Line, start: int, end: int) -> _Title:
    """The span without surrounding spaces and punctuation."""
    text = line.text[start:end]
    stripped = text.strip(" \t.,;:–-*#")
    begin = start + text.index(stripped) if stripped else start
    return _Title(line, begin, begin + len(stripped))


def _first_sentence(line: Line, start: int, patterns: _Patterns) -> _Title:
    """From `start` to the end of the sentence. A colon ends it unless a subtitle label stands before it
    ("Chuyên đề: Học tập …"); a spaced dash ends it when a sentence follows ("Police update - Dana said …")."""
    position = start
    while end := _SENTENCE_END.search(line.text, position):
        mark = end.group().strip()
        if mark == ":" and patterns.subtitle.search(line.text, start, end.start()):
            position = end.end()
            continue
        if mark in "–—-" and len(line.text[end.end() :].split()) <= MAX_DASHED_REST:
            position = end.end()
            continue
        return _trimmed(line, start, end.start())
    return _trimmed(line, start, len(line.text))


def _is_title(title: _Title, patterns: _Patterns) -> bool:
    text = title.text
    reference = _REFERENCE.match(text)
    bare = text[reference.end() :] if reference else text
    return (
        not any(pattern.fullmatch(bare) for pattern in patterns.exclude_titles)
        and not any(pattern.match(bare) for pattern in patterns.exclude)
        and bool(text)
        and len(text) <= MAX_TITLE
        and len(text.split()) <= MAX_TITLE_WORDS
        and text[0].isalnum()
        and not patterns.person.match(text)  # a speaker's turn or a list of people
    )


def _agenda_items(line: Line, start: int) -> list[_Title]:
    """Items of an agenda written on one line: "Agenda: 1. Budget 2. Library hours"."""
    marks = list(_INLINE_ITEM.finditer(line.text, start))
    if len(marks) < 2:  # a list has two items at least
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(line.text)]
    return [_trimmed(line, mark.end(), end) for mark, end in zip(marks, ends, strict=True)]


def _titles_in(document: Document, line: Line, patterns: _Patterns, in_subitems: bool) -> list[_Title]:
    """The titles a line gives: agenda items, a labelled or numbered item, a heading, or a short bullet."""
    for pattern in patterns.agenda:
        label = pattern.match(line.text)
        if label and (items := _agenda_items(line, label.end())):
            return items
    for pattern in patterns.whole:
        if pattern.match(line.text):
            return [_first_sentence(line, 0, patterns)]
    for pattern in patterns.item:
        label = pattern.match(line.text)
        if label:
            return [_first_sentence(line, label.end(), patterns)]
    number = _ENUMERATOR.match(line.text)
    if number:
        return [_first_sentence(line, number.end(), patterns)]
    if _heading(document, line):
        title = _trimmed(line, 0, len(line.text))
        first = title.text[:1]
        worded = first.isupper() or (first.isdigit() and bool(_WORD.search(title.text)))
        return [title] if worded else []  # not the wrapped end of a longer heading ("thôn", "2024")
    bullet = _BULLET.match(line.text)
    if in_subitems and bullet and len(line.text.split()) <= MAX_BULLET_WORDS:
        return [_trimmed(line, bullet.end(), len(line.text))]
    return []


def _opening(text: str) -> str:
    """The text after a leading number or bullet."""
    lead = _ENUMERATOR.match(text) or _BULLET.match(text)
    return text[lead.end() :] if lead else text


def _heading(document: Document, line: Line) -> bool:
    kind = document.blocks[line.block].kind
    return kind is BlockKind.HEADING or bool(_ENUMERATOR.match(line.text)) or _upper(line.text)


def _content(document: Document, lines: Sequence[Line], patterns: _Patterns) -> list[Line]:
    """The lines of the content part: from its opening title (when there is one) to the closing lines."""
    text_lines = [line for line in lines if line.kind is LineKind.TEXT]
    start = 0
    for index, line in enumerate(text_lines):  # after the document's title, when there is one
        if line.block >= HEADER_BLOCKS:
            break
        numbered = _ENUMERATOR.match(line.text) or _REFERENCE.match(line.text)
        plain = not numbered and not any(p.search(line.text) for p in patterns.title_exclude)
        titled = _heading(document, line) or any(p.search(line.text) for p in patterns.title)
        if plain and titled and patterns.title_keyword.search(line.text):
            start = index + 1
            break
    for index, line in enumerate(text_lines):
        heading = _heading(document, line) or line.text.rstrip().endswith(":")
        if (
            heading
            and len(line.text) <= MAX_CONTENT_TITLE
            and any(p.match(_opening(line.text)) for p in patterns.content)
        ):
            start = index
            break
    content: list[Line] = []
    for line in text_lines[start:]:
        if any(pattern.match(line.text.strip()) for pattern in patterns.end):
            break
        content.append(line)
    return content


def _style(text: str) -> str | None:
    """How a line is numbered: "roman", "digit", "letter", or None."""
    number = _ENUMERATOR.match(text)
    if not number:
        return None
    mark = number.group().strip(" ()./")
    if mark.isdigit() or "." in mark:
        return "digit"
    return "roman" if set(mark) <= set("IVX") else "letter"


@dataclass(frozen=True, slots=True)
class _Part:
    """Where a line stands: under "Old/New Business" (bullets are topics), under a part about tasks (numbered
    items are tasks, until an item numbered like the part's own title), and whether the line opened the part."""

    subitems: bool = False
    tasks: bool = False
    opened: bool = False
    style: str | None = None  # how the title of the part is numbered

    def after(self, document: Document, line: Line, patterns: _Patterns) -> _Part:
        opening = _opening(line.text)
        style = _style(line.text)
        if any(pattern.match(opening) for pattern in patterns.subitems):
            return _Part(subitems=True, opened=True, style=style)
        if any(pattern.match(opening) for pattern in patterns.tasks) and len(line.text) <= MAX_CONTENT_TITLE:
            return _Part(tasks=True, opened=True, style=style)
        kind = document.blocks[line.block].kind
        if kind is BlockKind.HEADING or (_upper(line.text) and not style) or (style and style == self.style):
            return _Part()
        return _Part(self.subitems, self.tasks, style=self.style)


def extract_topics(
    document: Document, lines: Sequence[Line], code: str, taxonomy: Taxonomy | None = None
) -> list[Topic]:
    """The topics of the meeting in reading order, each with its labels and evidence."""
    patterns = _patterns(code)
    chosen = taxonomy or builtin_taxonomy()
    topics: dict[str, Topic] = {}
    part = _Part()
    for line in _content(document, lines, patterns):
        if document.blocks[line.block].kind is BlockKind.SIGNATURE:
            continue
        part = part.after(document, line, patterns)
        if part.tasks and not part.opened:
            continue  # the numbered items of a part about tasks are tasks, not topics
        for title in _titles_in(document, line, patterns, part.subitems and not part.opened):
            if not _is_title(title, patterns):
                continue
            span = evidence(document, title.line, title.start, title.end)
            key = fold(title.text)
            if key in topics:
                topics[key].evidence.append(span)
            else:
                topics[key] = Topic(title=title.text, labels=chosen.labels_of(title.text, code), evidence=[span])
    return list(topics.values())
