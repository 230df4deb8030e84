"""Decisions, resolutions and motions, with their votes, read sentence by sentence.

A sentence with decision wording ("moved to approve …", "Resolved, That …", "Chi bộ thống nhất …") opens a
decision; the sentences after it that record its vote (mover, seconder, tally, result, roll call) are joined
to it. A vote with no decision wording before it ("Biểu quyết: tán thành 22/22") is a decision of its own,
worded by the sentence before it when the vote line holds nothing else. Nothing is guessed: a tally without a
result word leaves `result` null (unanimity — "nhất trí 100%", "carried unanimously" — reads as adopted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from extract.contract import Decision, Evidence, Votes
from extract.fragments import compile_all, phrases
from extract.lines import Line, LineKind, evidence
from extract.roster import Roster, fold
from extract.sentences import Sentence, document_sentences
from extract.vote_tables import vote_tables
from extract.votes import VoteFacts, read_votes, votes_data
from ingest.document import BlockKind, Document

MAX_GAP = 2  # sentences without a vote allowed between a decision and its vote
MAX_LIST = 12  # … or after a decision that introduces a list ("Chi bộ thống nhất:")
MAX_RESTATED = 8  # sentences within which a motion restated ("The motion to extend … failed") is the same
SAME_MOTION = 0.6  # share of words two wordings share when they are one motion written twice
MIN_TEXT = 3  # characters of a decision's wording
_ENUMERATOR = re.compile(r"^\W*?(?:\(?(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+)?")


@dataclass(frozen=True, slots=True)
class _Patterns:
    decisions: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    stops: tuple[re.Pattern[str], ...]
    trigger: re.Pattern[str]
    line_trigger: re.Pattern[str]  # any of the first looks, tried once on a whole lower-cased line
    leads: tuple[re.Pattern[str], ...]  # a vote sentence that begins so is worded by the sentence before
    restates: re.Pattern[str]  # a motion that refers to the decision just worded ("to adopt the resolution")


@dataclass(slots=True)
class _Open:
    """A decision being read: its wording, the vote facts gathered, its evidence."""

    text: str
    facts: VoteFacts
    spans: list[Evidence]
    last: int  # index of the last sentence joined
    worded: bool  # opened by decision wording (not by a bare vote)
    sentences: set[int] = field(default_factory=set)
    listing: bool = False  # its wording ends with a colon: a list follows, then the vote


@cache
def _patterns(code: str) -> _Patterns:
    data = votes_data(code)
    number = r"\d{1,3}"
    return _Patterns(
        decisions=compile_all(data.DECISION_PATTERNS, body=phrases(data.BODIES)),
        exclude=compile_all(data.DECISION_EXCLUDE),
        stops=compile_all(data.TEXT_STOPS, n=number),
        trigger=re.compile(data.DECISION_TRIGGER),
        line_trigger=re.compile(f"{data.DECISION_TRIGGER}|{data.VOTE_TRIGGER}|{data.MOVER_TRIGGER}"),
        leads=compile_all(data.RESULT_LEADS),
        restates=re.compile(data.RESTATES),
    )


def _wording(sentence: Sentence, code: str) -> tuple[str, bool] | None:
    """The decision's wording in a sentence, and whether a list follows it; or None."""
    patterns = _patterns(code)
    text = sentence.text
    if not patterns.trigger.search(text.lower()):
        return None
    for pattern in patterns.decisions:
        match = pattern.search(text)
        if match:
            return _trim(match["text"], code), text.rstrip().endswith(":")
    return None


def _trim(text: str, code: str) -> str:
    end = len(text)
    for stop in _patterns(code).stops:
        match = stop.search(text, MIN_TEXT)
        if match:
            end = min(end, match.start())
    return _clean(text[:end])


def _clean(text: str) -> str:
    return _ENUMERATOR.sub("", text, count=1).strip(" \t,;:.–—-")


def _merge(target: VoteFacts, facts: VoteFacts) -> None:
    for kind, value in facts.counts.items():
        if facts.row:  # one row of a roll-call table: a vote more
            target.counts[kind] = target.counts.get(kind, 0) + value
        elif target.roll_call and not facts.roll_call:  # the total written after the names
            target.counts[kind] = value
        else:
            target.counts.setdefault(kind, value)
    target.unanimous = target.unanimous or facts.unanimous
    target.result = target.result or facts.result
    target.mover = target.mover or facts.mover
    target.seconder = target.seconder or facts.seconder
    target.roll_call.extend(facts.roll_call)
    target.roll_open = facts.roll_open


def _votes(facts: VoteFacts) -> Votes | None:
    if not facts.any:
        return None
    result = facts.result or ("adopted" if facts.unanimous else None)
    return Votes.model_validate(
        {
            "for": facts.counts.get("for"),
            "against": facts.counts.get("against"),
            "abstain": facts.counts.get("abstain"),
            "result": result,
            "mover": facts.mover,
            "seconder": facts.seconder,
            "roll_call": facts.roll_call,
        }
    )


def _similar(first: str, second: str) -> bool:
    one, two = set(fold(first).split()), set(fold(second).split())
    return bool(one and two) and len(one & two) >= SAME_MOTION * min(len(one), len(two))


def _joins(current: _Open | None, sentence: Sentence, facts: VoteFacts, held: Sentence | None) -> bool:
    """Whether a vote sentence belongs to the decision being read (`held`: a mover sentence just before)."""
    if current is None:
        return False
    last = held.index if held is not None and held.index > current.last else current.last
    gap = sentence.index - last - 1
    if current.listing and not (current.facts.tally or current.facts.result):
        gap = 0 if gap <= MAX_LIST else gap  # the vote after the list a decision introduced
    if gap > MAX_GAP or (facts.label and gap):
        return False
    if (facts.roll_open and current.facts.roll_open) or (current.facts.roll_call and not facts.roll_call):
        return True  # the roll call goes on, or its total follows
    shared = current.facts.counts.keys() & facts.counts.keys()
    disagree = any(current.facts.counts[kind] != facts.counts[kind] for kind in shared)
    tallied = disagree or (current.facts.tally and facts.tally and not shared)
    decided = current.facts.result and facts.result and current.facts.result != facts.result
    return not (tallied or decided)


class _Reader:
    def __init__(self, document: Document, code: str) -> None:
        self.document = document
        self.code = code
        self.found: list[_Open] = []
        self.current: _Open | None = None
        self.previous: Sentence | None = None
        self.pending: tuple[Sentence, VoteFacts] | None = None  # a mover named before the motion's wording
        self.pending_spans: list[Evidence] = []

    def hold(self, sentence: Sentence, facts: VoteFacts) -> None:
        """A mover or seconder alone: it belongs to the next motion when one follows, else to this one."""
        if self.pending is None:
            self.pending = (sentence, facts)
            return
        _merge(self.pending[1], facts)
        self.pending = (sentence, self.pending[1])
        self.pending_spans.append(self.span(sentence))

    def flush(self) -> None:
        """No motion followed the mover held: give it to the decision being read when it has none."""
        if self.pending is None:
            return
        sentence, facts = self.pending
        current = self.current
        clash = current is None or (facts.mover and current.facts.mover) or (facts.seconder and current.facts.seconder)
        if current is not None and not clash:
            _merge(current.facts, facts)
            current.spans.extend([*self.pending_spans, self.span(sentence)])
        self.pending = None
        self.pending_spans = []

    def heading(self, sentence: Sentence) -> bool:
        return self.document.blocks[sentence.line.block].kind is BlockKind.HEADING

    def span(self, sentence: Sentence) -> Evidence:
        return evidence(self.document, sentence.line, sentence.start, sentence.end)

    def read(self, sentence: Sentence, quiet: bool) -> None:
        """Read one sentence; a `quiet` one (its line has none of the first-look words) holds no vote."""
        if self.heading(sentence):
            self.current = None
            return
        continued = self.current is not None and self.current.facts.roll_open
        facts = VoteFacts() if quiet else read_votes(sentence.text, self.code, continued)
        wording = None if quiet else _wording(sentence, self.code)
        if (facts.any or wording) and any(pattern.search(sentence.text) for pattern in _patterns(self.code).exclude):
            self.previous = sentence
            return
        if wording is not None:
            self.open(sentence, wording[0], facts, wording[1])
        elif facts.any and not facts.tally and not facts.result:
            self.hold(sentence, facts)
        elif facts.any and _joins(self.current, sentence, facts, self.pending[0] if self.pending else None):
            self.flush()
            self.join(sentence, facts)
        elif facts.tally or facts.result:
            self.open_vote(sentence, facts)
        else:
            self.flush()
            if self.current is not None:
                self.current.facts.roll_open = facts.roll_open  # "Roll call vote:": the names follow
                if facts.roll_open:
                    self.join(sentence, facts)
        self.previous = sentence

    def open(self, sentence: Sentence, text: str, facts: VoteFacts, listing: bool = False) -> None:
        current = self.current
        if current is not None and self.restates(current, sentence, text, facts):
            self.join(sentence, facts)
            return
        if len(text) < MIN_TEXT:
            return
        spans = [self.span(sentence)]
        if self.pending is not None and sentence.index - self.pending[0].index == 1:
            _merge(facts, self.pending[1])
            spans[:0] = [*self.pending_spans, self.span(self.pending[0])]
        self.pending, self.pending_spans = None, []
        self.current = _Open(text, facts, spans, sentence.index, True, {sentence.index}, listing)
        self.found.append(self.current)

    def restates(self, current: _Open, sentence: Sentence, text: str, facts: VoteFacts) -> bool:
        """The motion being read, written again ("The motion to extend at 4% failed 2-4")."""
        if facts.mover and current.facts.mover and fold(facts.mover) != fold(current.facts.mover):
            return False  # another mover: another motion ("MOTION: Pruitt … MOTION: Malhotra …")
        recent = sentence.index - current.last <= 1
        undecided = not (current.facts.result or current.facts.tally) and sentence.index - current.last <= MAX_RESTATED
        if current.worded and recent and undecided and _patterns(self.code).restates.search(text):
            return True  # "Resolved, That …" then "X moved to adopt the resolution"
        return current.worded and (recent or undecided) and _similar(current.text, text)

    def join(self, sentence: Sentence, facts: VoteFacts) -> None:
        assert self.current is not None
        _merge(self.current.facts, facts)
        self.current.spans.append(self.span(sentence))
        self.current.last = sentence.index
        self.current.sentences.add(sentence.index)

    def open_vote(self, sentence: Sentence, facts: VoteFacts) -> None:
        spans = [self.span(sentence)]
        text = _clean(sentence.text)
        before = self.previous
        if self.pending is not None and self.pending[0] is before:
            _merge(facts, self.pending[1])
            spans[:0] = [*self.pending_spans, self.span(self.pending[0])]
            before = None
        self.pending, self.pending_spans = None, []
        used = any(before is not None and before.index in item.sentences for item in self.found)
        adjacent = before is not None and sentence.index - before.index == 1 and not used
        leads = facts.label or any(pattern.search(sentence.text) for pattern in _patterns(self.code).leads)
        if leads and before is not None and adjacent and not self.heading(before):
            text = _clean(before.text)
            spans.insert(0, self.span(before))
        self.current = _Open(text, facts, spans, sentence.index, False, {sentence.index})
        self.found.append(self.current)


def _readable(line: Line) -> bool:
    return line.kind is not LineKind.CELL


def extract_decisions(
    document: Document, lines: Sequence[Line], code: str, people: Roster | None = None
) -> list[Decision]:
    """The decisions of the minutes in order, each with its vote when the minutes record one.

    `people`: the names the document gives in full (and the roster's); a mover or seconder written short
    ("Haddock", "M. Haddock") is given as the one of them it stands for.
    """
    people = people or Roster()
    reader = _Reader(document, code)
    trigger = _patterns(code).line_trigger
    quiet: dict[int, bool] = {}
    tables = list(vote_tables(document, code))
    tabled = {block.index for block, _ in tables}
    readable = [line for line in lines if _readable(line) and line.block not in tabled]
    for sentence in document_sentences(readable, code):
        line = sentence.line
        if line.start not in quiet:
            quiet[line.start] = trigger.search(line.text.lower()) is None
        rolling = reader.current is not None and reader.current.facts.roll_open
        reader.read(sentence, quiet[line.start] and not rolling)
    reader.flush()
    decisions = [Decision(text=item.text, votes=_votes(item.facts), evidence=item.spans) for item in reader.found]
    decisions += [decision for _, rows in tables for decision in rows]
    for decision in decisions:
        if decision.votes and decision.votes.mover:
            decision.votes.mover = people.in_full(decision.votes.mover)
        if decision.votes and decision.votes.seconder:
            decision.votes.seconder = people.in_full(decision.votes.seconder)
    return sorted(decisions, key=lambda decision: decision.evidence[0].start if decision.evidence else 0)
