"""The closing of the minutes: the places where they are signed, and whether they were read back.

**Signatures.** The signature block is the blocks ingest marks as such at the end of the document, or, when
none is marked, the last few blocks from the first one that opens with a signing title. Within it, each column
(a table's column, or the lines of text) is read downwards: a line made only of signing titles opens one
place per title ("THƯ KÝ CHỦ TRÌ": two places, side by side); a title line right under another one with as
many titles completes it ("T/M CHI BỘ" then "BÍ THƯ"); placeholders ("(Ký, ghi rõ họ tên)", "____") are
skipped; the next line holding names gives each open place its name. Names side by side on one line are told
apart by a wide gap or a "|", else by the names the minutes give elsewhere (chair, recorder, people
present), else where a family name of the language begins. A line "Maria Lopez, Secretary" is a place with its
name. A place whose name cannot be read keeps ``name`` null: the minutes leave it blank as far as the text
shows.

**Read back.** The first sentence, in the later part of the minutes (where the close is), whose wording says
the minutes of this meeting were read back or adopted ("Biên bản đã được đọc lại trước chi bộ và được nhất trí
thông qua"); a sentence about other minutes ("thông qua biên bản kỳ trước", "the minutes of the previous
meeting were read") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations, pairwise
from typing import TypeVar

from extract.contract import Evidence, ReadBack, Signature
from extract.fragments import compile_all, person_pattern, phrases
from extract.lang import domain_data, language_data
from extract.lang.folding import loose
from extract.lines import Line, LineKind, evidence
from extract.people import listed_name
from extract.roster import fold
from extract.sentences import document_sentences
from ingest.document import BlockKind, Document

TAIL_BLOCKS = 4  # with no marked signature block, the signature places stand within the last blocks,
LATE_SHARE = 0.6  # … in the last part of the text,
OPENING = 3  # … and never among the first blocks (the header's "Chủ trì: …", "Chair: …")
ABOVE_BLOCKS = 2  # unmarked blocks right above a marked signature block that may belong to it …
SHORT_BLOCK = 60  # … when they are this short and the first of them opens the signature
READ_BACK_SHARE = 0.4  # the read-back is said at the close: looked for in the text after this share of it
_TOKEN = re.compile(r"[^\s|]+")
_GAP = re.compile(r"\s*\|\s*|\s{2,}|\t|\s*\([^)]*\)\s*")  # "|", a wide gap, "(thay mặt)" between names
_TRIM = ".,:;()–—-"
_DASHED = re.compile(r"\s*[–—-]\s*")  # between two titles of one place
_UNKNOWN_TITLE = re.compile(r"[A-ZÀ-Ỹ][\w'’-]*(?:\s+(?:of|the|to|and|for|[A-ZÀ-Ỹ][\w'’-]*)){0,5}")


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of the closing's wording, folded, by role (``other`` → None)."""

    titles: tuple[tuple[tuple[str, ...], str | None], ...]  # longest first
    surnames: frozenset[str]
    skip: tuple[re.Pattern[str], ...]
    person: re.Pattern[str]
    honorific: re.Pattern[str]
    read_back: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    name_parts: tuple[int, int]


@cache
def _words(code: str) -> _Words:
    data = domain_data(code, "closing")
    titles = {
        tuple(_norm(word) for word in title.split()): (None if role == "other" else role)
        for role, phrases in data.SIGNING_TITLES.items()
        for title in phrases
    }
    flags = re.IGNORECASE
    return _Words(
        titles=tuple(sorted(titles.items(), key=lambda item: -len(item[0]))),
        surnames=frozenset(fold(name) for name in data.SURNAMES),
        skip=compile_all(language_data(code).signature_skip),
        person=re.compile(person_pattern(code)),
        honorific=re.compile(rf"(?<!\w)(?:{phrases(language_data(code).honorifics)})\.?\s+(?=\w)"),
        read_back=tuple(re.compile(loose(pattern), flags) for pattern in data.READ_BACK),
        exclude=tuple(re.compile(loose(pattern), flags) for pattern in data.READ_BACK_EXCLUDE),
        name_parts=language_data(code).name_parts,
    )


def _norm(word: str) -> str:
    return fold(word).strip(_TRIM)


@dataclass(slots=True)
class _Place:
    role: str | None
    title: str
    spans: list[Evidence]
    name: str | None = None
    named: bool = False  # a names line has been read for this place (its name may still be unreadable)
    extra: list[Evidence] = field(default_factory=list)

    def signature(self) -> Signature:
        return Signature(role=self.role, title=self.title, name=self.name, evidence=[*self.spans, *self.extra])  # type: ignore[arg-type]


_Token = tuple[int, int, str]  # start, end, the word as compared
_V = TypeVar("_V")


def _tokens(text: str, norm: Callable[[str], str]) -> list[_Token]:
    return [(m.start(), m.end(), norm(m.group())) for m in _TOKEN.finditer(text)]


def _phrase_at(
    tokens: Sequence[_Token], i: int, phrases: Sequence[tuple[tuple[str, ...], _V]]
) -> tuple[int, _V] | None:
    """The first of `phrases` (longest first) written at ``tokens[i:]``: how many tokens it takes, and its value."""
    for words, value in phrases:
        if tuple(token[2] for token in tokens[i : i + len(words)]) == words:
            return len(words), value
    return None


def _cover(tokens: Sequence[_Token], phrases: Sequence[tuple[tuple[str, ...], _V]]) -> list[tuple[int, int, _V]] | None:
    """The phrases that make up the whole of `tokens`, in order, as (start, end, value); None when a token is
    part of none of them."""
    found: list[tuple[int, int, _V]] = []
    i = 0
    while i < len(tokens):
        at = _phrase_at(tokens, i, phrases)
        if at is None:
            return None
        length, value = at
        found.append((tokens[i][0], tokens[i + length - 1][1], value))
        i += length
    return found


def _titles(text: str, code: str) -> list[tuple[int, int, str | None]] | None:
    """The signing titles that make up the whole of `text`, as (start, end, role); None when it is not such.

    Titles joined by a dash are one place ("T/M CHI BỘ – BÍ THƯ"); its role is the more telling of the two."""
    covered = _cover([token for token in _tokens(text, _norm) if token[2]], _words(code).titles)
    found: list[tuple[int, int, str | None]] = []
    for start, end, role in covered or ():
        if found and _DASHED.fullmatch(text, found[-1][1], start):
            first, _, before = found.pop()
            start, role = first, ("chair" if "chair" in (before, role) else before or role)
        found.append((start, end, role))
    return found or None


def _placeholder(text: str, code: str) -> bool:
    stripped = text.strip()
    return not stripped or any(pattern.search(stripped) for pattern in _words(code).skip)


def _person(text: str, code: str) -> tuple[int, int, str] | None:
    """The name a piece of text holds (honorific and role dropped): (start, end, name) in `text`."""
    stripped = text.strip(" ,;.")
    offset = text.find(stripped)
    match = _words(code).person.match(stripped)
    if not match:
        return None
    return offset + match.start("name"), offset + match.end("name"), match["name"]


def _plain_person(text: str, code: str) -> tuple[int, int, str] | None:
    """A name in any capitalisation before a comma ("bev thornton, secretary") or alone on the line."""
    head = text.split(",", 1)[0]
    name = listed_name(head, code)
    if name is None:
        return None
    start = text.find(name)
    return (start, start + len(name), name) if start >= 0 else None


def _name_and_title(text: str, code: str) -> tuple[tuple[int, int, str], str | None] | None:
    """A line holding a name, perhaps with a title after it ("Maria Lopez, Secretary"): the name and the
    role that title gives (None when it gives none)."""
    person = _person(text, code) or _plain_person(text, code)
    if person is None:
        return None
    rest = text[person[1] :].strip(" ,;.–-")
    if not rest:
        return person, None
    titles = _titles(rest, code)
    if titles is not None:
        return person, titles[0][2]
    if _UNKNOWN_TITLE.fullmatch(rest):  # ", Administrative Assistant", ", Clerk of the Vestry": a title we don't know
        return person, None
    return None


def _split_names(text: str, count: int, known: Sequence[str], code: str) -> list[tuple[int, int]] | None:
    """Where each of `count` names written side by side on one line stands in `text`."""
    for splitter in (_by_gap, _by_honorific, _by_known, _by_surname):
        spans = splitter(text, count, known, code)
        if spans is not None and len(spans) == count:
            return spans
    return None


def _by_gap(text: str, count: int, known: Sequence[str], code: str) -> list[tuple[int, int]] | None:
    spans, start = [], 0
    for match in _GAP.finditer(text.rstrip()):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text.rstrip())))
    spans = [(a, b) for a, b in spans if text[a:b].strip()]
    return spans if len(spans) == count else None


def _by_honorific(text: str, count: int, known: Sequence[str], code: str) -> list[tuple[int, int]] | None:
    """Names each opened by an honorific or a rank ("Trung úy Nhâm Thị Thanh Thúy Thiếu tá Lưu Quang Vinh")."""
    starts = [match.start() for match in _words(code).honorific.finditer(text)]
    if len(starts) != count or text[: starts[0]].strip():
        return None
    ends = [*starts[1:], len(text.rstrip())]
    return [(start, end) for start, end in zip(starts, ends, strict=True)]


def _by_known(text: str, count: int, known: Sequence[str], code: str) -> list[tuple[int, int]] | None:
    names = sorted({tuple(fold(name).split()) for name in known if name}, key=len, reverse=True)
    covered = _cover(_tokens(text, fold), [(words, None) for words in names])
    return None if covered is None else [(start, end) for start, end, _ in covered]


def _by_surname(text: str, count: int, known: Sequence[str], code: str) -> list[tuple[int, int]] | None:
    """Names split where a family name begins, each of a plausible length; one way only, or the evenest."""
    words = _words(code)
    tokens = _tokens(text, fold)
    least, most = words.name_parts
    starts = [i for i in range(1, len(tokens)) if tokens[i][2] in words.surnames]
    ways = []
    for cut in combinations(starts, count - 1):
        bounds = [0, *cut, len(tokens)]
        sizes = [b - a for a, b in pairwise(bounds)]
        if all(least <= size <= most for size in sizes):
            ways.append((max(sizes) - min(sizes), bounds))
    if not ways:
        return None
    ways.sort()
    if len(ways) > 1 and ways[0][0] == ways[1][0]:
        return None
    bounds = ways[0][1]
    return [(tokens[a][0], tokens[b - 1][1]) for a, b in pairwise(bounds)]


def _title_prefix(text: str, code: str) -> tuple[int, str | None] | None:
    """The longest signing title `text` starts with: (its end, its role)."""
    tokens = _tokens(text, _norm)
    at = _phrase_at(tokens, 0, _words(code).titles)
    return None if at is None else (tokens[at[0] - 1][1], at[1])


def _title_then_name(document: Document, line: Line, code: str) -> _Place | None:
    """A line with a signing title, then the name: "THƯ KÝ — Lâm Văn Được", "Minutes recorded by Patricia
    Olsen, Secretary", "notes: priya nair"."""
    prefix = _title_prefix(line.text, code)
    if prefix is None:
        return None
    end, role = prefix
    gap = re.match(r"[\s:—–-]*", line.text[end:])
    rest_start = end + (gap.end() if gap else 0)
    if rest_start == end and not line.text[end:].startswith(" "):
        return None
    found = _name_and_title(line.text[rest_start:], code)
    if found is None:
        return None
    (start, stop, name), title_role = found
    title = line.text[:end].strip()
    head = len(line.text) - len(line.text.lstrip())
    spans = [evidence(document, line, head, end), evidence(document, line, rest_start + start, rest_start + stop)]
    return _Place(role or title_role, title, spans[:1], name=name, named=True, extra=spans[1:])


def _opens_closing(text: str, code: str) -> bool:
    """A line that can start a signature block: titles, a title and a name, a name and a signing title."""
    if _titles(text, code) is not None:
        return True
    prefix = _title_prefix(text, code)
    if prefix is not None and _name_and_title(text[prefix[0] :].lstrip(" :—–-"), code) is not None:
        return True
    found = _name_and_title(text, code)
    return found is not None and found[1] is not None


def _closing_lines(document: Document, lines: Sequence[Line], code: str) -> list[Line]:
    marked = {block.index for block in document.blocks if block.kind is BlockKind.SIGNATURE}
    if marked:  # short blocks right above may open it ("Fraternally submitted," / "Terrence Oyelaran" / "Secretary")
        first = min(marked)
        above = [block for block in document.blocks[max(0, first - ABOVE_BLOCKS) : first] if block.index >= OPENING]
        for block in above:
            opening = [line for line in lines if line.block == block.index and line.kind is not LineKind.ROW]
            if len(block.text) <= SHORT_BLOCK and any(_opens_closing(line.text, code) for line in opening[:1]):
                marked |= set(range(block.index, first))
                break
    if not marked:
        late = int(len(document.text) * LATE_SHARE)
        tail = [block for block in document.blocks[-TAIL_BLOCKS:] if block.index >= OPENING and block.start >= late]
        for position, block in enumerate(tail):
            opening = [line for line in lines if line.block == block.index and line.kind is not LineKind.ROW]
            if any(_opens_closing(line.text, code) for line in opening[:3]):
                marked = {later.index for later in tail[position:]}
                break
    return [line for line in lines if line.block in marked and line.kind is not LineKind.ROW]


def _columns(closing: Iterable[Line]) -> list[list[Line]]:
    """The closing's lines in columns read downwards: a table's columns, or the text lines in order."""
    columns: dict[tuple[int, int | None], list[Line]] = {}
    for line in closing:
        key = (line.block, line.column) if line.kind is LineKind.CELL else (-1, None)
        columns.setdefault(key, []).append(line)
    return list(columns.values())


def _name_side_by_side(document: Document, line: Line, places: list[_Place], known: Sequence[str], code: str) -> None:
    """Give each of `places` (titles side by side) its name from one line holding their names side by side."""
    found = _split_names(line.text, len(places), known, code)
    spans: Sequence[tuple[int, int] | None] = found or [None] * len(places)
    for place, span in zip(places, spans, strict=True):
        place.named = True
        person = _person(line.text[span[0] : span[1]], code) if span else None
        if person and span:
            place.name = person[2]
            place.extra.append(evidence(document, line, span[0] + person[0], span[0] + person[1]))


def _read_column(document: Document, column: list[Line], known: Sequence[str], code: str) -> list[_Place]:
    places: list[_Place] = []
    waiting: list[_Place] = []  # places opened by the last title line, without their names yet
    just_named: _Place | None = None  # the place the line above named
    for line in column:
        titles = _titles(line.text, code)
        if titles is not None and just_named is not None and len(titles) == 1 and not waiting:
            start, end, role = titles[0]  # "Terrence Oyelaran" / "Recording Secretary": the title under the name
            just_named.role = just_named.role or role
            just_named.spans.append(evidence(document, line, start, end))
            just_named = None
            continue
        just_named = None
        if titles is not None:
            if waiting and len(titles) <= len(waiting) and not any(place.named for place in waiting):
                # "T/M CHI BỘ" / "BÍ THƯ": completes the places above it, counted from the right
                for place, (start, end, role) in zip(waiting[-len(titles) :], titles, strict=True):
                    place.role = place.role or role
                    place.title = f"{place.title} {line.text[start:end].strip()}"
                    place.spans.append(evidence(document, line, start, end))
                continue
            waiting = [
                _Place(role, line.text[start:end].strip(), [evidence(document, line, start, end)])
                for start, end, role in titles
            ]
            places.extend(waiting)
            continue
        if _placeholder(line.text, code):
            continue
        labelled = _title_then_name(document, line, code)
        if labelled is not None:
            places.append(labelled)
            waiting = []
            continue
        if len(waiting) > 1:
            _name_side_by_side(document, line, waiting, known, code)
            waiting = []
            continue
        found = _name_and_title(line.text, code)
        if found is None:
            continue
        (start, end, name), role = found
        span = evidence(document, line, start, end)
        if waiting:
            place = waiting[0]
            place.role = place.role or role
            place.name, place.named = name, True
            place.extra.append(span)
            waiting = []
            just_named = place
        elif role is not None:  # "Maria Lopez, Secretary" standing alone
            places.append(_Place(role, line.text[end:].strip(" ,;.–-"), [span], name=name, named=True))
    return places


def extract_signatures(
    document: Document, lines: Sequence[Line], code: str, known: Sequence[str] = ()
) -> list[Signature]:
    """The signature places of the closing block, in reading order; `known` are names the minutes give."""
    closing = _closing_lines(document, lines, code)
    places = [place for column in _columns(closing) for place in _read_column(document, column, known, code)]
    places.sort(key=lambda place: place.spans[0].start if place.spans else 0)
    return [place.signature() for place in places]


def extract_read_back(document: Document, lines: Sequence[Line], code: str) -> ReadBack | None:
    """The sentence saying the minutes were read back or adopted before the close, or None."""
    words = _words(code)
    late = int(len(document.text) * READ_BACK_SHARE)
    for sentence in document_sentences([line for line in lines if line.end >= late], code):
        if sentence.line.kind is LineKind.ROW:
            continue
        text = sentence.text
        if any(p.search(text) for p in words.read_back) and not any(p.search(text) for p in words.exclude):
            return ReadBack(text=text, evidence=[evidence(document, sentence.line, sentence.start, sentence.end)])
    return None
