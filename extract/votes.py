"""The vote written in one sentence: counts, score, unanimity, result, mover, seconder and roll call.

Language data comes from `extract/lang/<code>/votes.py`. Negative wordings ("không tán thành 1", "2 against")
are matched first and blanked out before the positive ones, so a count is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Literal

from extract.contract import RollCallVote
from extract.fragments import compile_all, phrases, to_number
from extract.lang import domain_data, language_data
from extract.mentions import full_mention, mention_pattern, strip_title

VoteKind = Literal["for", "against", "abstain", "absent"]
_VOTE_KINDS: dict[str, VoteKind] = {"for": "for", "against": "against", "abstain": "abstain", "absent": "absent"}
COUNTED = ("abstain", "against", "for")  # the order in which counts are read (negatives first)
MOVER_REACH = 60  # characters before the first "moved" / "seconded" where a mover's name may start
LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bvà\b)\s*")


@dataclass(frozen=True, slots=True)
class VotePatterns:
    counts: dict[str, tuple[re.Pattern[str], ...]]
    scores: tuple[re.Pattern[str], ...]
    unanimous: tuple[re.Pattern[str], ...]
    adopted: tuple[re.Pattern[str], ...]
    failed: tuple[re.Pattern[str], ...]
    movers: tuple[re.Pattern[str], ...]
    roll_context: tuple[re.Pattern[str], ...]
    roll_label: re.Pattern[str] | None
    roll_kinds: dict[str, str]
    vote_labels: tuple[re.Pattern[str], ...]
    not_names: tuple[str, ...]
    vote_trigger: re.Pattern[str]
    mover_trigger: re.Pattern[str]
    number: re.Pattern[str]
    zero: frozenset[str]


@dataclass(slots=True)
class VoteFacts:
    """What one sentence says about a vote."""

    counts: dict[str, int] = field(default_factory=dict)
    unanimous: bool = False
    result: str | None = None
    mover: str | None = None
    seconder: str | None = None
    roll_call: list[RollCallVote] = field(default_factory=list)
    roll_open: bool = False  # the sentence holds a roll call that the next sentence may continue
    row: bool = False  # one row of a roll-call table ("Marsh | Aye"): its count adds to the others
    label: bool = False  # the sentence begins with a vote label ("Biểu quyết:", "Vote:")

    @property
    def tally(self) -> bool:
        return bool(self.counts or self.roll_call or self.unanimous)

    @property
    def any(self) -> bool:
        return self.tally or bool(self.result or self.mover or self.seconder)


def votes_data(code: str) -> ModuleType:
    return domain_data(code, "votes")


@cache
def vote_patterns(code: str) -> VotePatterns:
    data = votes_data(code)
    words = sorted(language_data(code).number_words, key=len, reverse=True)
    number = r"(?:\d{1,3}" + "".join(f"|{re.escape(word)}" for word in words) + r")(?!\w)"
    fill = {
        "yes": phrases(data.YES_WORDS),
        "no": phrases(data.NO_WORDS),
        "other": phrases(data.OTHER_WORDS),
        "zero": rf"(?P<n>{phrases(data.ZERO_WORDS)})(?!\w)",
        "n": rf"(?P<n>{number})",
        "total": r"\d{1,3}",
        "unit": phrases(data.UNITS),
        "f": r"(?P<f>\d{1,3})",
        "a": r"(?P<a>\d{1,3})",
        "b": r"(?P<b>\d{1,3})",
    }
    person = {"mover": "", "seconder": ""}
    not_names = tuple(data.NOT_NAMES)
    for group in person:
        person[group] = mention_pattern(code, group, not_names, titles=tuple(data.TITLES))
    kinds = {label.casefold(): kind for kind, labels in data.ROLL_CALL_LABELS.items() for label in labels}
    label = None
    if kinds:
        label = re.compile(rf"(?<!\w)(?P<label>{phrases(kinds)})\s*[:\-–]\s*")
    return VotePatterns(
        counts={kind: compile_all(getattr(data, f"{kind.upper()}_PATTERNS"), **fill) for kind in COUNTED},
        scores=compile_all(data.SCORE_PATTERNS, **fill),
        unanimous=compile_all(data.UNANIMOUS_PATTERNS),
        adopted=compile_all(data.ADOPTED_PATTERNS, body=phrases(data.BODIES)),
        failed=compile_all(data.FAILED_PATTERNS),
        movers=compile_all(data.MOVER_PATTERNS, **person),
        zero=frozenset(word.casefold() for word in data.ZERO_WORDS),
        roll_context=compile_all(data.ROLL_CALL_CONTEXT),
        roll_label=label,
        roll_kinds=kinds,
        vote_labels=compile_all(data.VOTE_LABELS),
        not_names=not_names,
        vote_trigger=re.compile(data.VOTE_TRIGGER),
        mover_trigger=re.compile(data.MOVER_TRIGGER),
        number=re.compile(number),
    )


def _blank(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _read_counts(text: str, patterns: VotePatterns, code: str, facts: VoteFacts) -> None:
    """Counts and scores of the lower-cased `text` into `facts` (each part of the text read once)."""
    for pattern in patterns.scores:
        for match in pattern.finditer(text):
            facts.counts.setdefault("for", int(match["f"]))
            facts.counts.setdefault("against", int(match["a"]))
            if match["b"] is not None:
                facts.counts.setdefault("abstain", int(match["b"]))
            text = _blank(text, match)
    for kind in COUNTED:
        for pattern in patterns.counts[kind]:
            for match in pattern.finditer(text):
                value = 0 if match["n"] in patterns.zero else to_number(match["n"], code)
                if value is not None:
                    facts.counts.setdefault(kind, value)
                text = _blank(text, match)


def _read_result(text: str, patterns: VotePatterns, facts: VoteFacts) -> None:
    for pattern in patterns.failed:
        match = pattern.search(text)
        if match:
            facts.result = "failed"
            text = _blank(text, match)
    if facts.result is None and any(pattern.search(text) for pattern in patterns.adopted):
        facts.result = "adopted"
    dissent = facts.counts.get("against", 0) + facts.counts.get("abstain", 0)
    facts.unanimous = not dissent and any(pattern.search(text) for pattern in patterns.unanimous)


def _read_movers(text: str, start: int, patterns: VotePatterns, code: str, facts: VoteFacts) -> None:
    for pattern in patterns.movers:
        match = pattern.search(text, start)
        if not match:
            continue
        groups = match.groupdict()
        if facts.mover is None and groups.get("mover"):
            facts.mover = groups["mover"]
        if facts.seconder is None and groups.get("seconder"):
            facts.seconder = groups["seconder"]


def _names(text: str, code: str, not_names: tuple[str, ...]) -> list[str] | None:
    """The names of a roll-call list; [] for "none"; None when the list is not names (a count)."""
    items = [item.strip(" .") for item in LIST_SPLIT.split(text.strip(" .;")) if item.strip(" .")]
    if not items or all(item.casefold() in language_data(code).none_words for item in items):
        return []
    person = full_mention(code, not_names)
    names = [strip_title(item, code) for item in items if person.fullmatch(item)]
    return names or None


def _read_roll_call(text: str, patterns: VotePatterns, code: str, facts: VoteFacts, continued: bool) -> None:
    if patterns.roll_label is None:
        return
    labels = list(patterns.roll_label.finditer(text))
    context = any(pattern.search(text) for pattern in patterns.roll_context)
    facts.roll_open = context and not labels  # "Roll call vote:" — the names follow
    kinds = {patterns.roll_kinds[label["label"].casefold()] for label in labels}
    if not labels or not (continued or context or len(kinds - {"absent"}) >= 2):
        return
    lists: dict[str, list[str]] = {}
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        names = _names(text[label.end() : end], code, patterns.not_names)
        if names is not None:
            lists.setdefault(patterns.roll_kinds[label["label"].casefold()], []).extend(names)
    if not lists:
        return
    facts.roll_open = True
    for kind in ("for", "against", "abstain", "absent"):
        facts.roll_call.extend(RollCallVote(name=name, vote=kind) for name in lists.get(kind, []))
    for kind in COUNTED:
        if kind in lists:
            facts.counts.setdefault(kind, len(lists[kind]))


def _read_roll_row(text: str, patterns: VotePatterns, code: str, facts: VoteFacts) -> bool:
    """A table row of a roll call: "Marsh | Aye"."""
    cells = [cell.strip(" .") for cell in text.split("|")]
    if len(cells) != 2 or patterns.roll_label is None:  # a name and a vote
        return False
    name, vote = cells
    kind = patterns.roll_kinds.get(vote.casefold())
    if kind is None or not full_mention(code, patterns.not_names).fullmatch(name):
        return False
    facts.roll_call.append(RollCallVote(name=strip_title(name, code), vote=_VOTE_KINDS[kind]))
    facts.roll_open = facts.row = True
    if kind in COUNTED:
        facts.counts[kind] = 1
    return True


def read_votes(text: str, code: str, continued_roll_call: bool = False) -> VoteFacts:
    """What `text` (one sentence) says about a vote."""
    patterns = vote_patterns(code)
    facts = VoteFacts()
    lowered = text.lower()
    mover = patterns.mover_trigger.search(lowered)
    if mover:
        _read_movers(text, max(0, mover.start() - MOVER_REACH), patterns, code, facts)
    if continued_roll_call and _read_roll_row(text, patterns, code, facts):
        return facts
    if not (continued_roll_call or patterns.vote_trigger.search(lowered)):
        return facts
    facts.label = any(pattern.search(text) for pattern in patterns.vote_labels)
    _read_roll_call(text, patterns, code, facts, continued_roll_call)
    if patterns.number.search(lowered):
        _read_counts(lowered, patterns, code, facts)
    _read_result(text, patterns, facts)
    return facts
