"""The attendance lists: who was present, absent (with reason, excused or not), a guest, late, or left early.

Written after a label ("Có mặt: đồng chí A, đồng chí B", "Vắng có lý do: …; vắng không lý do: …",
"Members present:", "Regrets:", "Also present:", "Roll call: A – present, B – absent"), on the label's line or
on the lines below it (a bulleted or numbered list, a table); in prose ("Có sự tham dự của đồng chí X – Đảng ủy
viên", "Đồng chí X – Đảng ủy viên, phụ trách chi bộ dự"); in an attendance table (see `attendance_tables`);
and movements ("đồng chí X đến muộn (8 giờ 20)", "X left the meeting at 8:30 p.m."). Labels are read on
folded text (no case, no diacritics). Nothing is inferred: a list not written stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from extract.attendance_merge import AttendanceLists, link_people, unique
from extract.attendance_movements import extract_movements, note_movement
from extract.attendance_tables import Row, table_rows
from extract.contract import Absentee, Evidence, Guest, Movement, Person
from extract.fragments import phrases
from extract.lang import language_data
from extract.lines import Line, LineKind, evidence
from extract.name_lists import (
    Extra,
    Item,
    fold,
    folded_phrases,
    is_role,
    labelled,
    only_names,
    parse_item,
    parts,
    patterns,
    reason_of,
    sentence_end,
    split_items,
)
from extract.roster import Roster
from ingest.document import BlockKind, Document

LEAD = (  # where a label may begin: the line's start, after a stop, or after a dash when a colon closes the label
    # ("ROLL CALL – Directors present:", not "Tom Baker – absent, …")
    r"(?:^|(?<=[;.|:,\n])|(?<=\s[–—])(?=\s*[^:：\n]{1,60}[:：]))"
    r"\s*(?:[-–•+*·]\s*|\(?(?:[ivx]{1,4}|[a-z])[.)]\s+|\d{1,3}(?:[./]\d{1,3})*[.)]?\s+)?"
)
MAX_LIST_LINES = 80
EXCUSED_BY_KIND: dict[str, bool | None] = {"absent": None, "excused": True, "unexcused": False}


@dataclass(frozen=True, slots=True)
class _Patterns:
    data: ModuleType
    label: re.Pattern[str]  # on folded text
    kinds: dict[str, str]  # folded label → kind
    sublabel: re.Pattern[str]
    subkinds: dict[str, str]
    intros: tuple[tuple[str, re.Pattern[str]], ...]  # phrases opening a list in prose, by kind
    guest_heads: tuple[re.Pattern[str], ...]  # a line opening a list of guests written under it
    guest_line: re.Pattern[str]
    guest_tail: re.Pattern[str]  # "… dự", "… được mời dự" after a guest's role
    paren_list: re.Pattern[str]  # "2 đồng chí, đều có lý do (đồng chí …": the list opens in parentheses
    excuse: re.Pattern[str]  # an excuse in a label or said of all ("đều có lý do")
    higher: re.Pattern[str]
    absent_tail: re.Pattern[str]  # on folded text: what ends a sentence saying its people were absent
    member_role: re.Pattern[str]  # a role that only the body's own members hold ("Bí thư chi bộ", "Chi ủy viên")
    roll_lead: re.Pattern[str]  # a status said of a group in a roll call ("present: A, B")
    roll_tail: re.Pattern[str]  # … or after it ("A, B, D present")
    label_starts: dict[str, frozenset[str]]  # the first words of every label: a line without them is skipped


def _kinds(labels: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(fold(label).split()): kind for kind, words in labels.items() for label in words}


def _starts(phrases_: Sequence[str]) -> dict[str, frozenset[str]]:
    """First word → the second words of the phrases ("" when a phrase is one word)."""
    starts: dict[str, set[str]] = {}
    for phrase in phrases_:
        words = [*re.findall(r"\w+", fold(phrase)), ""]
        starts.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(seconds) for first, seconds in starts.items()}


def _mentions(words: Sequence[str], starts: dict[str, frozenset[str]]) -> bool:
    """Whether one of the phrases of `starts` may stand in the words (its first one or two words do)."""
    if starts.keys().isdisjoint(words):
        return False
    for index, word in enumerate(words):
        seconds = starts.get(word)
        if seconds is not None and ("" in seconds or (index + 1 < len(words) and words[index + 1] in seconds)):
            return True
    return False


_BULLET = re.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)])\s*\S")


@cache
def _patterns(code: str) -> _Patterns:
    data = patterns(code).data
    kinds, subkinds = _kinds(data.LABELS), _kinds(data.SUBLABELS)
    excuses = [*data.EXCUSED_WORDS, *data.UNEXCUSED_WORDS, *(w for ws in data.SUBLABELS.values() for w in ws)]
    numbers = list(language_data(code).number_words)  # "Vắng hai đồng chí, đều có lý do: …"
    fillers = folded_phrases([*data.FILLER_WORDS, *excuses, *data.ALL_WORDS, *numbers])
    filler = rf"(?:\s*(?:[\d()/,]+|(?:{fillers})(?!\w)))*"
    honorific = folded_phrases(data.HONORIFICS)
    opens = rf"\s*\((?=\s*(?:{honorific})(?!\w))"
    separator = rf"(?:\s*[:：|]|\s+(?:{folded_phrases(data.JOINERS)})(?!\w)|{opens}|\s*$)"
    subject = rf"(?:(?:{folded_phrases(data.LABEL_SUBJECTS)})\s+)?"
    label = rf"{LEAD}{subject}(?P<label>{folded_phrases(list(kinds))})(?!\w)(?P<filler>{filler}){separator}"
    sublabel = rf"(?:^|(?<=[,(;]))\s*(?P<label>{folded_phrases(list(subkinds))})(?!\w)\s*[:：]"
    intros = (("guest", data.GUEST_INTROS), ("excused", data.EXCUSED_INTROS))
    verbs = folded_phrases(data.GUEST_VERBS)
    guest_line = rf"^(?i:{LEAD})(?P<list>{phrases(data.HONORIFICS)}\s.*?)\s+{phrases(data.GUEST_VERBS)}\s*[.;]?\s*$"
    units = folded_phrases(language_data(code).count_units)
    statuses = folded_phrases([word for word in (*data.STATUS_PRESENT, *data.STATUS_ABSENT) if len(word) > 2])
    higher = [rf"(?<!\w)(?:{folded_phrases(data.HIGHER_LEVEL)})(?!\w)", *data.HIGHER_LEVEL_PATTERNS]
    return _Patterns(
        data=data,
        label=re.compile(label),
        kinds=kinds,
        sublabel=re.compile(sublabel),
        subkinds=subkinds,
        intros=tuple((kind, re.compile(rf"(?<!\w){folded_phrases(words)}(?!\w)\s*:?")) for kind, words in intros),
        guest_line=re.compile(guest_line),
        guest_heads=tuple(re.compile(pattern) for pattern in data.GUEST_HEADS),
        guest_tail=re.compile(rf"\s+(?:(?:được\s+|duoc\s+)?(?:{verbs}))\s*$"),
        paren_list=re.compile(rf"\s*\d{{1,4}}\s*(?:{units})?[^():;]{{0,40}}?{opens}"),
        excuse=re.compile(
            rf"(?<!\w)(?:{folded_phrases(data.ALL_WORDS)})?\s*(?P<words>{folded_phrases(excuses)})(?!\w)"
        ),
        higher=re.compile("|".join(f"(?:{pattern})" for pattern in higher)),
        absent_tail=re.compile(data.ABSENT_TAIL),
        member_role=re.compile(
            rf"(?<!\w)(?:{folded_phrases(data.MEMBER_ROLES)})(?!\w)" if data.MEMBER_ROLES else "(?!)"
        ),
        roll_lead=re.compile(rf"\s*(?P<status>{statuses})\s*:"),
        roll_tail=re.compile(rf"(?<![\s–—:-])\s+(?P<status>{statuses})\s*\.?\s*$"),
        label_starts=_starts([*kinds, *data.GUEST_INTROS, *data.EXCUSED_INTROS, *data.GUEST_VERBS]),
    )


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str  # present, absent, excused, unexcused, guest, higher, roll
    line: Line
    item: Item
    extra: tuple[str, int]  # a role or reason going on after the item, and where it ends


class _Reader:
    """Reads the lists of one document; `found` collects the people in reading order."""

    def __init__(self, document: Document, lines: Sequence[Line], code: str) -> None:
        self.document, self.lines, self.code = document, lines, code
        self.p = _patterns(code)
        self.found: list[_Found] = []
        self.table_kinds: dict[int, str] = {}  # table block → the kind of the label just above it
        self._tabled: list[int] | None = None  # the blocks of attendance tables (read when first wanted)

    def members_listed_before(self, line: Line) -> bool:
        """Whether members were listed before `line`: in a list read so far, or in an attendance table above."""
        if any(found.kind in ("present", "roll") for found in self.found):
            return True
        if self._tabled is None:
            self._tabled = sorted({row.evidence[0].block for row in table_rows(self.document, self.code, {})})
        return any(block < line.block for block in self._tabled)

    def raw(self, line: Line) -> str:
        """The line's text as in the document (line breaks kept, same offsets)."""
        return self.document.text[line.start : line.end]

    def segment(self, kind: str, line: Line, start: int, end: int) -> int:
        """Read the list in `line[start:end]`; the number of people found."""
        text = self.raw(line)
        end = sentence_end(text, start, end, self.code)
        if kind in EXCUSED_BY_KIND:
            return self._absent_segment(self._excuse(kind, fold(text)[start:end]), line, text, start, end)
        if kind == "roll":
            return self._roll(line, text, start, end)
        return self._items(kind, line, text, start, end)

    def _roll(self, line: Line, text: str, start: int, end: int) -> int:
        """A roll call: "A, B, C present; D absent", or each name with its status ("A – present")."""
        count = 0
        folded = fold(text)
        for part_start, part_end in parts(folded, start, end):
            lead = self.p.roll_lead.match(folded, part_start, part_end)
            tail = None if lead else self.p.roll_tail.search(folded, part_start, part_end)
            group = lead or tail
            if group is None:
                count += self._items("roll", line, text, part_start, part_end)
                continue
            kind = "present" if _status(group["status"], self.code) == "present" else "absent"
            span = (group.end(), part_end) if lead else (part_start, group.start())
            count += self.segment(kind, line, *span)
        return count

    def _excuse(self, kind: str, folded: str) -> str:
        """An absent list's kind after the excuse said of all of it ("vắng 2 đồng chí, đều có lý do")."""
        found = self.p.excuse.search(folded)
        if kind != "absent" or not found or "(" in folded[: found.start()]:
            return kind
        _, flag = reason_of(found["words"], self.code)
        return kind if flag is None else ("excused" if flag else "unexcused")

    def _absent_segment(self, kind: str, line: Line, text: str, start: int, end: int) -> int:
        folded = fold(text)
        count, position = 0, start
        for match in self.p.sublabel.finditer(folded, start, end):
            count += self._items(kind, line, text, position, match.start())
            kind, position = self.p.subkinds[" ".join(match["label"].split())], match.end()
        return count + self._items(kind, line, text, position, end)

    def _items(self, kind: str, line: Line, text: str, start: int, end: int) -> int:
        opens = self.p.paren_list.match(fold(text), start, end)
        start = opens.end() if opens else start
        count = 0
        last: Item | None = None
        extra, extra_end = "", 0
        for item_start, item_end in split_items(text, start, end, self.code):
            item = parse_item(text, item_start, item_end, self.code)
            if isinstance(item, Extra) and last and self._continues(kind, last, extra, item.text):
                extra, extra_end = (f"{extra}, {item.text}" if extra else item.text), item.end
                continue
            if last:
                self.found.append(_Found(kind, line, last, (extra, extra_end)))
                count += 1
            last, extra, extra_end = (item, "", item.end) if isinstance(item, Item) else (None, "", 0)
        if last:
            self.found.append(_Found(kind, line, last, (extra, extra_end)))
            count += 1
        return count

    def _continues(self, kind: str, last: Item, extra: str, text: str) -> bool:
        if kind in ("present", "guest", "higher"):
            return is_role(text, bool(last.note or last.role or extra), self.code)
        if kind in EXCUSED_BY_KIND:
            return bool(text[:1].isalpha()) and len(text.split()) <= 6 and not any(c.isdigit() for c in text)
        return False

    def labels(self, index: int, line: Line) -> None:
        folded = fold(self.raw(line))
        matches = list(self.p.label.finditer(folded))
        for position, match in enumerate(matches):
            kind = self._excuse(self.p.kinds[" ".join(match["label"].split())], match["filler"])
            if kind == "attendance":  # "In attendance:" lists members, or guests when members were listed before
                kind = "guest" if self.members_listed_before(line) else "present"
            end = matches[position + 1].start() if position + 1 < len(matches) else len(folded)
            count = self.segment(kind, line, match.end(), end)
            at_end = end == len(folded) and not folded[match.end() :].rstrip().endswith(".")
            opened = folded.rstrip().endswith((":", "|")) or (match.start() == 0 and not match["filler"].strip())
            if count == 0 and at_end and opened:
                self.below(index, kind, "open")
            elif count and at_end and line.kind is LineKind.TEXT:
                self.below(index, kind, "strict")
            elif count == 0 and end == len(folded) and kind in EXCUSED_BY_KIND:
                self.below(index, kind, "sublabels")  # "Vắng mặt: 2 đồng chí." then "Có lý do: đ/c …"

    def below(self, index: int, kind: str, mode: str) -> None:
        """The list written on the lines under a label (bullets, numbers, one name a line, or a table); in mode
        ``bullets`` only lines that start with a bullet or a number."""
        strict = mode == "strict"
        for line in self.lines[index + 1 : index + 1 + MAX_LIST_LINES]:
            if line.kind is LineKind.CELL:
                continue
            if line.kind is LineKind.ROW:
                if mode == "open":
                    self.table_kinds.setdefault(line.block, kind)
                return
            text = self.raw(line)
            folded = fold(text)
            if mode == "bullets" and not _BULLET.match(text):
                return
            sublabel = kind in EXCUSED_BY_KIND and self.p.sublabel.match(folded)
            if not sublabel and (mode == "sublabels" or self._ends_list(line, text, folded)):
                return
            before = len(self.found)
            if not self.segment(kind, line, 0, len(text)) or (strict and not only_names(text, self.code)):
                del self.found[before:]
                return

    def _ends_list(self, line: Line, text: str, folded: str) -> bool:
        """A line that is not part of the list above it: a heading, a label, a sentence about a guest."""
        return (
            self.document.blocks[line.block].kind is BlockKind.HEADING
            or bool(self.p.label.match(folded) or self.p.guest_line.match(text))
            or labelled(text, self.code)
        )

    def prose(self, index: int, line: Line) -> None:
        text = self.raw(line)
        folded = fold(text)
        if any(head.match(folded) for head in self.p.guest_heads):  # "Tham dự … có các đồng chí:" + a list
            self.below(index, "guest", "bullets")
            return
        for kind, intro in self.p.intros:
            for match in intro.finditer(folded):
                self.segment(kind, line, match.end(), len(folded))
        for sentence in re.finditer(r"[^.;]+", folded):  # "Cllr Barry Nuttall was absent (without apology)."
            tail = self.p.absent_tail.search(folded, sentence.start(), sentence.end())
            if tail:
                kind = "unexcused" if tail["unexcused"] else "excused" if tail["excused"] else "absent"
                self.segment(kind, line, sentence.start(), tail.start())
        guest = self.p.guest_line.match(text)
        if guest and not self.p.label.match(folded):
            before = len(self.found)
            self.segment("guest", line, guest.start("list"), guest.end("list"))
            if any(not (found.item.note or found.extra[0]) for found in self.found[before:]):
                del self.found[before:]  # a guest written this way has a role; otherwise it is not this form


def _role(found: _Found) -> str | None:
    role = found.item.note if found.item.note and not any(c.isdigit() for c in found.item.note) else None
    role = role or found.item.role
    extra = found.extra[0]
    if extra:
        role = f"{role}, {extra}" if role else extra
    return role


def _evidence(document: Document, found: _Found) -> list[Evidence]:
    return [evidence(document, found.line, found.item.start, max(found.item.end, found.extra[1]))]


def _status(note: str | None, code: str) -> str | None:
    if not note:
        return None
    data = _patterns(code).data
    first = fold(note).split(",")[0].split("(")[0].strip(" .")
    words = fold(note).split()
    if first in {fold(word) for word in data.STATUS_PRESENT}:
        return "present"
    absent = {fold(word) for word in data.STATUS_ABSENT}
    if first in absent or (words and words[0] in absent):
        return "absent"
    return None


def _delegate(role: str | None, code: str) -> bool:
    """A role held at the level above the body, and none of the body's own: a delegate listed among those
    present ("Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng"), not a member."""
    if not role:
        return False
    folded = fold(role)
    patterns = _patterns(code)
    return bool(patterns.higher.search(folded)) and not patterns.member_role.search(folded)


def _build(lists: AttendanceLists, document: Document, found: _Found, code: str) -> None:
    kind, item = found.kind, found.item
    spans = _evidence(document, found)
    if kind == "roll":
        status = _status(item.note, code)
        if status == "absent" or (item.note and reason_of(item.note, code)[1] is not None):
            kind = "absent"  # "C (absent)", "D (apologies)"
        else:  # "A – present", "B (chair)", "E": a member with no status is present
            role = None if status == "present" else (item.note or item.role)
            lists.present.append(Person(name=item.name, role=role or item.role, evidence=spans))
            return
    if kind in EXCUSED_BY_KIND:
        note = ", ".join(part for part in (item.note, found.extra[0]) if part) or None
        reason, excused = reason_of(note, code)
        if found.kind == "roll" and reason and _status(reason, code) == "absent":
            reason = None
        excused = EXCUSED_BY_KIND[kind] if excused is None else excused
        lists.absent.append(Absentee(name=item.name, reason=reason, excused=excused, evidence=spans))
    elif kind == "present" and _delegate(_role(found), code):  # "Dự họp: đồng chí X – Ủy viên BTV Đảng ủy xã"
        lists.guests.append(Guest(name=item.name, role=_role(found), higher_level=True, evidence=spans))
    elif kind == "present":
        lists.present.append(Person(name=item.name, role=_role(found), evidence=spans))
    elif kind in ("guest", "higher"):
        role = _guest_role(_role(found), code)
        higher = kind == "higher" or bool(role and _patterns(code).higher.search(fold(role)))
        lists.guests.append(Guest(name=item.name, role=role, higher_level=higher, evidence=spans))


def _guest_role(role: str | None, code: str) -> str | None:
    """A guest's role without the verb that may close it ("… phụ trách chi bộ dự")."""
    if not role:
        return None
    tail = _patterns(code).guest_tail.search(fold(role))
    return (role[: tail.start()] if tail else role).strip() or None


def _add_row(lists: AttendanceLists, row: Row, code: str) -> None:
    if row.kind == "present":
        lists.present.append(Person(name=row.name, role=row.role, evidence=row.evidence))
        movement = note_movement(row.remark, code) if row.remark else None
        if movement:
            kind, time = movement
            moved = Movement(name=row.name, time=time, evidence=row.remark_evidence or row.evidence)
            (lists.late if kind == "late" else lists.left_early).append(moved)
    elif row.kind == "absent":
        reason, excused = reason_of(row.note, code)
        lists.absent.append(Absentee(name=row.name, reason=reason, excused=excused, evidence=row.evidence))


def _wrapped(document: Document, line: Line, following: Line, label: re.Pattern[str]) -> bool:
    """`following` goes on with the list of `line` (a PDF line break inside a list of names)."""
    text, after = line.text.rstrip(), following.text.lstrip()
    return (
        following.kind is LineKind.TEXT
        and following.block == line.block
        and following.start == line.end + 1
        and document.text[line.end : line.end + 1] == "\n"
        and ("," in text or ";" in text)
        and not text.endswith((".", ":", ";"))
        and not re.match(r"[-–—•+*·]|\d{1,2}[.)]\s", after)
        and not label.match(fold(after))
    )


def _unwrap(document: Document, lines: Sequence[Line], label: re.Pattern[str]) -> list[Line]:
    """The lines, a list of names wrapped over several lines read as one line (its breaks kept)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and previous.kind is LineKind.TEXT and _wrapped(document, previous, line, label):
            out[-1] = Line(previous.block, previous.start, document.text[previous.start : line.end])
        else:
            out.append(line)
    return out


def extract_attendance_lists(
    document: Document, lines: Sequence[Line], code: str, roster: Roster | None = None
) -> AttendanceLists:
    """The people the minutes list as present, absent, guests, late and leaving early, with evidence."""
    reader = _Reader(document, _unwrap(document, lines, _patterns(code).label), code)
    for index, line in enumerate(reader.lines):
        if line.kind is LineKind.CELL:
            continue
        if _mentions(re.findall(r"\w+", fold(reader.raw(line))), reader.p.label_starts):
            reader.labels(index, line)
            if line.kind is LineKind.TEXT:
                reader.prose(index, line)
    lists = AttendanceLists()
    for found in reader.found:
        _build(lists, document, found, code)
    for row in table_rows(document, code, reader.table_kinds):
        _add_row(lists, row, code)
    movements = extract_movements(document, reader.lines, code)
    lists.present, lists.absent, lists.guests = unique(lists.present), unique(lists.absent), unique(lists.guests)
    lists.late = unique([*lists.late, *movements.late])
    lists.left_early = unique([*lists.left_early, *movements.left_early])
    everyone: list[Person | Absentee | Guest | Movement] = [*lists.present, *lists.absent, *lists.guests]
    link_people([*everyone, *lists.late, *lists.left_early], roster or Roster())
    return lists
