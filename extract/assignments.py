"""Tasks given at the meeting: who, what, by when, with evidence.

Prose ("Giao đồng chí X chủ trì …, thời hạn trước ngày 15/6", "Staff was directed to …", "Action: Grace Nakamura
to circulate the draft by April 5"), bullets in a part about tasks ("Phân công nhiệm vụ:" then "- Đ/c X: theo
dõi …") and task tables (STT | Nội dung | Người thực hiện | Thời hạn; Action | Owner | Due). The wording is the
language's data (`extract/lang/<code>/assignments.py`); the deadline is read by `extract.deadlines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.assignments_fields import field_assignments
from extract.assignments_merge import merged
from extract.assignments_tables import cell_text, row_line, task_tables
from extract.contract import Assignment, Evidence
from extract.deadlines import Deadline, find_deadline
from extract.fragments import LEAD_MARK, LOWER, UPPER, compile_loose, name_pattern, phrases
from extract.lang import domain_data, language_data
from extract.lang.folding import loose
from extract.lines import Line, LineKind, evidence
from extract.mentions import INITIALS
from extract.roster import Roster
from ingest.document import BlockKind, Document

MAX_HEADING = 100  # characters: a longer line is text, not a title or a label
UPPER_SHARE = 0.8
MAX_LABEL_WORDS = 10  # a line ending with ":" of at most these words is a label; its words may name the part
MAX_TITLE_WORDS = 8  # an enumerated line of more words is an item rather than a part's title
MAX_DEADLINE = 50  # characters: a longer clause is more than a deadline ("thời hạn 30/11/2025")
ABBREVIATION_REACH = 6  # characters before a full stop where "Mr." or "Đ/c." is looked for
_ENUMERATED = re.compile(r"\s*\(?(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)/]\s")
_LABEL = re.compile(r"[^:：]{1,60}[:：]\s*|[^:：–—]{1,60}?\s[-–—]\s+")  # "Phân công: …", "4) Clean-up - …"
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
_ABBREVIATION = re.compile(r"(?i:(?<!\w)(?:mr|mrs|ms|dr|prof|rev|hon|st|no|vs|jr|sr)\.|(?<!\w)[A-Z]\.)$")


@dataclass(frozen=True, slots=True)
class Who:
    """Patterns for the people and groups that tasks are given to, in one language."""

    people: str  # a regex fragment: one or more people ("đồng chí A và đồng chí B", "Bell and Raman")
    assignee: str  # a group or people
    strict: str  # a group or people named in full or with a title (never a lone capitalised word)
    known: str  # a lone capitalised word (group `known`): an owner only when it names one of the document's people
    person: re.Pattern[str]  # one person, the name in group `name`
    group: re.Pattern[str]
    honorific: re.Pattern[str]  # an honorific at the start, before an office ("Đồng chí Bí thư chi bộ")


@cache
def who(code: str) -> Who:
    data = domain_data(code, "assignments")
    language = language_data(code)
    honorific = rf"(?<!\w){phrases((*language.honorifics, *data.EXTRA_HONORIFICS))}\.?\s+"
    role = rf"{phrases(language.roles)}\s+"
    excluded = rf"(?!{phrases(data.NOT_NAMES)}(?!\w))" if data.NOT_NAMES else ""
    word = rf"{excluded}{UPPER}{LOWER}+(?:[-'’]{UPPER}?{LOWER}+)*(?!\w)"
    full = rf"(?:{honorific})?(?:{role})?(?:{honorific})?{name_pattern(code)}"
    titled = rf"(?:{honorific}(?:{role})?|{role})(?!{role}){word}"  # "Đồng chí Bí thư chi bộ" names no "Bí"
    lone = not data.SINGLE_NAME_NEEDS_TITLE  # a name of one word, or initials, may stand alone ("Bell", "KT")
    single = rf"(?:{word}|{INITIALS})" if lone else word
    one = rf"(?:{full}|{titled}|{word}|{INITIALS})" if lone else rf"(?:{full}|{titled})"
    joiners = loose(phrases(data.PEOPLE_JOINERS))  # "và", also typed "va"
    joiner = rf"(?:\s*,\s*(?:{joiners}\s+)?|\s+{joiners}\s+)"
    people = rf"{one}(?:{joiner}{one})*"
    office = rf"(?:{UPPER}{LOWER}+\s+)?{role}{word}"  # "City Manager Brewer": a role in two words, a surname
    strict = rf"(?:{full}|{titled}|{office})(?:{joiner}(?:{full}|{titled}|{office}))*"
    group = "|".join(f"(?:{loose(pattern)})" for pattern in data.GROUPS)  # "Toan the dang vien" too
    named = (
        rf"(?:{honorific})?(?:{role})?(?:{honorific})?(?!{honorific})(?P<name>{name_pattern(code)})"
        rf"|(?:{honorific}(?:{role})?|(?:{UPPER}{LOWER}+\s+)?{role})(?P<given>{word})"
    )
    if lone:
        named += rf"|(?<!\w)(?P<single>{word}|{INITIALS})"
    return Who(
        people=people,
        # an office followed by a full name gives the name ("Bí thư chi bộ Tôn Nữ Thanh Hương")
        assignee=rf"(?:{group})(?!\w)(?!\s+{name_pattern(code)})|{people}",
        strict=rf"(?:{group})(?!\w)|{strict}",
        known=rf"(?P<known>{single}(?:{joiner}{single})*)",
        person=re.compile(named),
        group=re.compile(rf"(?:{group})"),
        honorific=re.compile(rf"^{honorific}(?={role})"),
    )


def names_in(text: str, code: str) -> list[str]:
    """The names of the people written in `text`, without honorifics, roles or what is said of them in brackets
    ("Martin Crewe (Estates)") unless a bracket names someone in full ("Tổ bộ môn Hàn (tổ trưởng: ThS. X)");
    [] for a group."""
    heads = [name for inner in re.findall(r"\(([^()]*)\)", text) for name in _full_names(inner, code)]
    text = re.sub(r"\s*\([^()]*\)", "", text).strip()
    if who(code).group.fullmatch(text):
        return []
    office = who(code).group.match(text)  # "City Attorney Holt": the office, then the name
    if office and text[office.end() :].startswith(" ") and text[office.end() :].strip()[:1].isupper():
        text = text[office.end() :]
    names = [match["name"] or match["given"] or match["single"] for match in who(code).person.finditer(text)]
    return [*names, *(head for head in heads if head not in names)]  # "Tổ bộ môn Hàn (tổ trưởng: ThS. X)"


def _full_names(text: str, code: str) -> list[str]:
    """The names written in full in `text` (two words or more), what a bracket after a group may name."""
    return [match["name"] for match in who(code).person.finditer(text) if match["name"] and " " in match["name"]]


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences and ";"-separated clauses of a line (not cut after "Mr." or "Đ/c.")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in _CLAUSE_END.finditer(text):
        if _ABBREVIATION.search(text[max(start, cut.start() - ABBREVIATION_REACH) : cut.start()]):
            continue
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(text)))
    return tuple((begin, end) for begin, end in spans if text[begin:end].strip())


# parts of the minutes ---------------------------------------------------------------------------------------


def _heading_like(document: Document, line: Line, current: str | None = None) -> bool:
    text = line.text.strip()
    if len(text) > MAX_HEADING:
        return False
    if current == "tasks" and text.endswith((".", ";")) and document.blocks[line.block].kind is not BlockKind.HEADING:
        return False  # "c) Đ/c X lập danh sách … trước ngày 29/10.": an item of the list of tasks, not a new part
    enumerated = _ENUMERATED.match(text)
    rest = text[enumerated.end() :].split() if enumerated else []
    if current == "tasks" and len(rest) > MAX_TITLE_WORDS and document.blocks[line.block].kind is not BlockKind.HEADING:
        return False  # "1. Đ/c Lã Văn Phong xây dựng phương án …" wrapped before its full stop: an item too
    if document.blocks[line.block].kind is BlockKind.HEADING or _ENUMERATED.match(text) or text.endswith((":", "：")):
        return True
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= UPPER_SHARE * len(letters)


@cache
def _section_patterns(code: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    data = domain_data(code, "assignments")
    return {"review": compile_loose(data.REVIEW_SECTIONS), "tasks": compile_loose(data.SECTIONS)}


def section_after(document: Document, line: Line, current: str | None, code: str) -> str | None:
    """The part of the minutes ("tasks", "review" or None) that `line` opens, or `current` when it opens none."""
    opened = None
    lead = LEAD_MARK.match(line.text).end()  # type: ignore[union-attr]
    for index, (begin, end) in enumerate(clauses(line.text[lead:])):
        text = line.text[lead + begin : lead + end]
        if index and ":" not in text:  # "Đ/c X báo cáo. Kết quả thực hiện các việc đã giao:" opens a part too
            continue
        opening = text[LEAD_MARK.match(text).end() :]  # type: ignore[union-attr]
        label = opening.rstrip().endswith((":", "：")) and len(opening.split()) <= MAX_LABEL_WORDS
        for kind, patterns in _section_patterns(code).items():
            # at the start, or anywhere in a short label: "Chi bộ thống nhất phân công:", "Agreed actions:"
            if any(pattern.match(opening) or (label and pattern.search(opening)) for pattern in patterns):
                opened = kind
                break
    return opened or (None if _heading_like(document, line, current) else current)


def sectioned(document: Document, lines: Sequence[Line], code: str) -> Iterator[tuple[Line, str | None]]:
    """The text lines (not table rows or cells) with the part of the minutes each stands in."""
    current: str | None = None
    for line in lines:
        if line.kind is not LineKind.TEXT:
            continue
        current = section_after(document, line, current, code)
        yield line, current


# prose and bullets ----------------------------------------------------------------------------------------


def any_of(words: Sequence[str]) -> re.Pattern[str]:
    """Literal words (in lower case) anywhere in a lower-cased text: a quick test before costlier patterns."""
    return re.compile("|".join(loose(re.escape(word.lower())) for word in words))


@dataclass(frozen=True, slots=True)
class _Patterns:
    anywhere: tuple[re.Pattern[str], ...]
    at_start: tuple[re.Pattern[str], ...]
    in_section: tuple[re.Pattern[str], ...]
    with_deadline: tuple[re.Pattern[str], ...]
    commitments: tuple[re.Pattern[str], ...]  # a task without a deadline when its subject is one of the people
    commitment_words: re.Pattern[str]  # any of the words a commitment holds ("will"), a quick first look
    trailing: tuple[re.Pattern[str], ...]
    section_trailing: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    not_tasks: tuple[re.Pattern[str], ...]  # searched in a task: what is no task ("điều hành tiếp", "as follows")
    bodies: re.Pattern[str]  # the meeting body itself: what it agrees or is asked is a resolution, not a task
    sections: tuple[re.Pattern[str], ...]
    colon_owner: tuple[re.Pattern[str], ...]
    trigger_words: re.Pattern[str]  # any of the words, in lower case (a quick look before the patterns)
    due_words: re.Pattern[str]  # the same for the words a deadline holds
    ordinal: re.Pattern[str]  # an ordinal word opening an item ("Một là, ", "Secondly, ")
    and_then: re.Pattern[str]  # what goes on with the task after its deadline: " and circulate them …"


@cache
def _patterns(code: str) -> _Patterns:
    data = domain_data(code, "assignments")
    fill = {
        "assignee": who(code).assignee,
        "people": who(code).people,
        "strict": who(code).strict,
        "known": who(code).known,
        "lower": LOWER,
    }
    anchored = [template[1:] for template in data.ASSIGNMENT_PATTERNS if template.startswith("^")]
    return _Patterns(
        anywhere=compile_loose((t for t in data.ASSIGNMENT_PATTERNS if not t.startswith("^")), **fill),
        at_start=compile_loose(anchored, **fill),
        in_section=compile_loose((t.removeprefix("^") for t in data.SECTION_PATTERNS), **fill),
        with_deadline=compile_loose((t.removeprefix("^") for t in data.DEADLINE_PATTERNS), **fill),
        commitments=compile_loose((t.removeprefix("^") for t in data.COMMITMENT_PATTERNS), **fill),
        commitment_words=re.compile(
            rf"(?<!\w)(?:{'|'.join(data.COMMITMENT_WORDS)})(?!\w)" if data.COMMITMENT_WORDS else "(?!)"
        ),
        trailing=compile_loose((t.removeprefix("^") for t in data.TRAILING_PATTERNS), **fill),
        section_trailing=compile_loose((t.removeprefix("^") for t in data.SECTION_TRAILING), **fill),
        tails=compile_loose(data.TASK_TAILS),
        not_tasks=compile_loose(data.NOT_TASKS),
        bodies=re.compile(data.BODIES),
        sections=compile_loose(data.SECTIONS),
        colon_owner=compile_loose((t.removeprefix("^") for t in data.SECTION_OWNER_AFTER_COLON), **fill),
        trigger_words=any_of(data.TRIGGER_WORDS),
        due_words=any_of(data.DUE_WORDS),
        and_then=re.compile(rf"\s*,?\s+({loose(phrases(data.PEOPLE_JOINERS[:1]))}\s+{LOWER}.*)"),
        ordinal=re.compile(rf"(?:{'|'.join(data.ITEM_ORDINALS)})\s*,\s*" if data.ITEM_ORDINALS else "(?!)"),
    )


def _starts(text: str, patterns: _Patterns) -> list[int]:
    """Where a clause's subject may stand: after a bullet, a number or an ordinal ("Một là, …", "Secondly, …"),
    and after a label ("Phân công: …")."""
    first = LEAD_MARK.match(text).end()  # type: ignore[union-attr]
    ordinal = patterns.ordinal.match(text, first)
    first = ordinal.end() if ordinal else first
    label = _LABEL.match(text, first)
    return [first, label.end()] if label else [first]


_LONE = re.compile(rf"{UPPER}{LOWER}+(?:[-'’]{UPPER}?{LOWER}+)*|{INITIALS}")  # the words of a `known` owner


def _known(match: re.Match[str], people: Roster) -> bool:
    """Whether a match may stand: one whose owner is a lone word (group `known`) must name a person of the
    document ("Bakare to price the repairs" with Olumide Bakare present; not "Residents to …")."""
    known = match.groupdict().get("known")
    if known is None:
        return True
    words = _LONE.findall(known)  # "Wendy and Trevor": every one of them
    links = [people.link(word) for word in words]
    return bool(links) and all(link.member is not None or link.candidates for link in links)


def _triggers(text: str, patterns: _Patterns, in_section: bool, people: Roster | None = None) -> list[re.Match[str]]:
    """Where tasks are given in a clause: each match names the assignee, and the task follows it."""
    if not in_section and not patterns.trigger_words.search(text.lower()):  # the words any trigger needs
        return []
    people = people or Roster()
    found = [match for pattern in patterns.anywhere for match in pattern.finditer(text) if _known(match, people)]
    anchored = [*patterns.at_start, *(patterns.in_section if in_section else ())]
    for start in _starts(text, patterns):
        matched = (pattern.match(text, start) for pattern in anchored)
        found += [match for match in matched if match is not None and _known(match, people)]
    found.sort(key=lambda match: (match.start(), -match.end()))
    kept: list[re.Match[str]] = []
    for match in found:
        quoted = text[: match.start()].rstrip().endswith("(")  # "việc X (giao đồng chí Y)": an earlier task
        if not quoted and (not kept or match.start() >= kept[-1].end()):
            kept.append(match)
    return kept


def _with_deadline(text: str, patterns: _Patterns, context: _Context, in_section: bool) -> re.Match[str] | None:
    """A subject and what it will do ("Các đảng viên viết bản thu hoạch …"): a task when a deadline follows, or
    anywhere in a part about tasks ("Phân công: đ/c A chủ trì …; đ/c B chuẩn bị …")."""
    lowered = text.lower()
    for start in _starts(text, patterns) if patterns.commitment_words.search(lowered) else ():
        for pattern in patterns.commitments:  # "Helen Achebe will contact the golf club": one of the people
            match = pattern.match(text, start)
            if match and _all_people(match["assignee"], context):
                return match
    if not in_section and not patterns.due_words.search(lowered):
        return None
    for start in _starts(text, patterns):
        for pattern in patterns.with_deadline:
            match = pattern.match(text, start)
            if match and not _known(match, context.people):
                continue
            if match and (
                in_section
                or _ahead(find_deadline(text[match.end() :], context.code, context.meeting_date), context.meeting_date)
            ):
                return match
    return None


def _ahead(deadline: Deadline | None, meeting_date: str | None = None) -> bool:
    """A deadline to come: one that is not resolved to a day before the meeting ("trong tháng 4" said in May
    tells what was done then, not what is to be done)."""
    return deadline is not None and (deadline.due is None or meeting_date is None or deadline.due >= meeting_date)


def _all_people(assignee: str, context: _Context) -> bool:
    """Whether every name in `assignee` is one of the people of the document (or of the roster), or the assignee
    is a group or an office other than the body itself ("the Clerk", "The Finance Committee")."""
    names = names_in(assignee, context.code)
    if not names:
        return not _patterns(context.code).bodies.fullmatch(assignee.strip(" ,"))
    return all(context.people.link(name).member for name in names)


def gives_task(text: str, code: str) -> bool:
    """Whether a clause gives a task (outside a part about tasks)."""
    return bool(_triggers(text, _patterns(code), in_section=False))


def _not_a_task(assignee: str, task: str, patterns: _Patterns, in_section: bool) -> bool:
    """Chairing the rest of the meeting, a list's introduction ("follow up as follows:"), or what the body
    itself agrees or is asked outside a list of tasks ("The committee agreed to thank the school")."""
    if any(pattern.search(task) for pattern in patterns.not_tasks):
        return True
    return not in_section and bool(patterns.bodies.fullmatch(assignee.strip(" ,")))


def _task(text: str, deadline: Deadline | None, patterns: _Patterns) -> str:
    """The task: the text before its deadline (or after it, when nothing stands before), tidied."""
    before = text[: deadline.start] if deadline else text
    for tail in patterns.tails:
        before = tail.sub("", before)
    task = before.strip(" ,;:.–-")
    if not task and deadline:
        task = text[deadline.end :].strip(" ,;:.–-")
    elif deadline and (more := patterns.and_then.match(text, deadline.end)):
        task = f"{task} {text[more.start(1) :].strip(' ,;:.–-')}"  # "finish X by 1 September and circulate them"
    return task


@dataclass(frozen=True, slots=True)
class _Context:
    document: Document
    code: str
    meeting_date: str | None
    roster: Roster
    people: Roster  # the names given in full in the document and the roster's: what a short mention stands for


def _assignment(
    context: _Context,
    assignee: str,
    task: str,
    deadline: Deadline | None,
    spans: list[Evidence],
    plain: str | None = None,
) -> Assignment:
    names = [plain] if plain else names_in(assignee, context.code)  # `plain`: a name written in lower case
    if not names:  # an office: without the honorific before it ("Đồng chí Bí thư chi bộ" → "Bí thư chi bộ")
        assignee = who(context.code).honorific.sub("", assignee, count=1) or assignee
    names = list(dict.fromkeys(context.people.in_full(name) for name in names))
    members = [link.member for name in names if (link := context.roster.link(name)).member]
    return Assignment(
        assignee=assignee,
        assignees=names,
        members=list(dict.fromkeys(members)),
        task=task,
        due=deadline.due if deadline else None,
        due_text=deadline.text if deadline else None,
        evidence=spans,
    )


def _owner_after(
    context: _Context, line: Line, begin: int, end: int, candidates: Sequence[re.Pattern[str]]
) -> Assignment | None:
    """A task written before its owner: "Trồng hoa – chị X phụ trách, trước ngày 15/9", "Posters – Dmitri Volkov"."""
    patterns = _patterns(context.code)
    text = line.text[begin:end]
    if not any(dash in text for dash in "–—-(:："):
        return None
    for start in _starts(text, patterns)[:1]:
        for pattern in candidates:
            match = pattern.match(text, start)
            if not match:
                continue
            rest = text[match.end() :]
            deadline = find_deadline(rest, context.code, context.meeting_date, lead_required=False)
            stop = match.end() + len(rest.rstrip(" ,;.")) if deadline else match.end()
            span = evidence(context.document, line, begin + match.start(), begin + stop)
            task = match["task"].strip(" ,;:.–-*")
            if not task or task.isupper() or any(label.fullmatch(task) for label in patterns.sections):
                continue  # "THƯ KÝ — Lâm Văn Được" signs the minutes; "Phân công: đ/c X …" labels a part
            return _assignment(context, match["assignee"].strip(" ,*"), task, deadline, [span])
    return None


def _in_clause(context: _Context, line: Line, begin: int, end: int, in_section: bool) -> list[Assignment]:
    patterns = _patterns(context.code)
    text = line.text[begin:end]
    if in_section and (first := _owner_after(context, line, begin, end, patterns.colon_owner)):
        return [first]  # "Thu đảng phí: đ/c X, trước ngày 15/3": the task before the colon, its owner after
    matches = _triggers(text, patterns, in_section, context.people)
    candidates = [*patterns.trailing, *(patterns.section_trailing if in_section else ())]
    if not matches and (owner_after := _owner_after(context, line, begin, end, candidates)):
        return [owner_after]
    if not matches and (subject := _with_deadline(text, patterns, context, in_section)):
        matches = [subject]
    found: list[Assignment] = []
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        rest = text[match.end() : stop]
        deadline = find_deadline(rest, context.code, context.meeting_date)
        task = _task(rest, deadline, patterns)
        if not task or _not_a_task(match["assignee"], task, patterns, in_section):
            continue
        last = match.end() + len(rest.rstrip(" ,;."))
        span = evidence(context.document, line, begin + match.start(), begin + last)
        plain = match.groupdict().get("plain")
        found.append(_assignment(context, match["assignee"].strip(" ,"), task, deadline, [span], plain))
    return found


# tables ---------------------------------------------------------------------------------------------------


def _from_tables(context: _Context) -> list[Assignment]:
    found: list[Assignment] = []
    for block, columns, first in task_tables(context.document, context.code):
        if "status" in columns:
            continue  # a table of results: reports, not new tasks
        for row in range(first, len(block.rows)):
            task, owner = cell_text(block, row, columns["task"]), cell_text(block, row, columns["owner"])
            if not task or not owner:
                continue
            due = cell_text(block, row, columns.get("due"))
            deadline = find_deadline(due, context.code, context.meeting_date, lead_required=False) if due else None
            if deadline is None and due:
                deadline = Deadline(None, due, 0, len(due))
            line = row_line(context.document, block, row)
            span = evidence(context.document, line, 0, len(line.text))
            found.append(_assignment(context, owner, task, deadline, [span]))
    return found


def extract_assignments(
    document: Document,
    lines: Sequence[Line],
    code: str,
    meeting_date: str | None,
    roster: Sequence[str] | None = None,
    people: Roster | None = None,
) -> list[Assignment]:
    """The tasks given in the minutes, in reading order (prose and bullets first, then task tables).

    `people`: the names the document gives in full (and the roster's); an assignee written short ("Đ/c Lộc",
    "Haddock") is given as the one of them it stands for.
    """
    members = Roster.of(roster)
    context = _Context(document, code, meeting_date, members, people or members)

    def make(assignee: str, task: str, deadline: Deadline | None, spans: list[Evidence]) -> Assignment:
        return _assignment(context, assignee, task, deadline, spans)

    found, used = field_assignments(document, lines, code, meeting_date, make)
    for line, section in sectioned(document, lines, code):
        if (line.block, line.start) in used:
            continue
        for begin, end in _task_clauses(line.text, context):
            found += _in_clause(context, line, begin, end, section == "tasks")
    found += _from_tables(context)
    found.sort(key=lambda item: item.evidence[0].start)
    return merged(found)


def _task_clauses(text: str, context: _Context) -> list[tuple[int, int]]:
    """The clauses of a line, a clause that is only a deadline joined to the one before it ("…; thời hạn 30/11")."""
    spans: list[tuple[int, int]] = []
    due_words = _patterns(context.code).due_words
    for begin, end in clauses(text):
        part = text[begin:end]
        short = spans and end - begin <= MAX_DEADLINE and due_words.search(part.lower())
        deadline = find_deadline(part, context.code, context.meeting_date) if short else None
        if deadline and not part[: deadline.start].strip(" -–") and not part[deadline.end :].strip(" .;,"):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((begin, end))
    return spans
