"""The extraction contract (`minutes process FILE --json`), schema `minutes.extraction/1`.

Field names are a public interface: change them only with a version bump of `SCHEMA`. Unknown values are
`None` or empty lists, never invented. Every item a person could question carries `evidence`: spans in the
normalized full text of the `Document` it came from. Scalars of `meeting` and the declared attendance counts
keep their evidence in a field-name → spans map beside them (`meeting.evidence`, `attendance.declared_evidence`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "minutes.extraction/1"

MeetingType = Literal["regular", "thematic", "regular+thematic", "special", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    block: int
    start: int
    end: int
    text: str


class Source(_Model):
    filename: str
    sha256: str
    format: str
    pages: int | None = None
    ocr: bool = False


class Meeting(_Model):
    title: str | None = None
    body: str | None = None
    type: MeetingType | None = None
    date: str | None = None  # YYYY-MM-DD
    start_time: str | None = None  # HH:MM, 24 h
    end_time: str | None = None
    place: str | None = None
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)


class _Named(_Model):
    """A person as written, and the roster member the mention was linked to (when a roster was given).

    `member` is the roster name when the link is certain; an ambiguous mention ("đồng chí An" with two Ans on
    the roster) leaves `member` null and lists the possible members in `candidates`.
    """

    name: str
    member: str | None = None
    candidates: list[str] = Field(default_factory=list)


class Person(_Named):
    role: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Guest(Person):
    higher_level: bool = False  # a delegate of the higher-level committee ("Đảng ủy viên phụ trách chi bộ")


class Absentee(_Named):
    reason: str | None = None
    excused: bool | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Movement(_Named):
    """A late arrival or an early departure, with the time when the minutes give it."""

    time: str | None = None  # HH:MM
    evidence: list[Evidence] = Field(default_factory=list)


class DeclaredCounts(_Model):
    total: int | None = None
    official: int | None = None
    probationary: int | None = None
    exempt: int | None = None
    present: int | None = None
    absent: int | None = None
    absent_excused: int | None = None
    absent_unexcused: int | None = None


class Attendance(_Model):
    declared: DeclaredCounts = Field(default_factory=DeclaredCounts)
    declared_evidence: dict[str, list[Evidence]] = Field(default_factory=dict)
    present: list[Person] = Field(default_factory=list)
    absent: list[Absentee] = Field(default_factory=list)
    guests: list[Guest] = Field(default_factory=list)
    late: list[Movement] = Field(default_factory=list)
    left_early: list[Movement] = Field(default_factory=list)


class Topic(_Model):
    title: str
    labels: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Assignment(_Model):
    assignee: str | None = None  # as written: a person, several, or a group ("Chi ủy", "the Treasurer")
    assignees: list[str] = Field(default_factory=list)  # the people named, without honorifics
    members: list[str] = Field(default_factory=list)  # roster members linked, when a roster was given
    task: str
    due: str | None = None  # YYYY-MM-DD, resolved against the meeting date when the text allows
    due_text: str | None = None  # the deadline as written ("trước ngày 15/6", "before the next meeting")
    evidence: list[Evidence] = Field(default_factory=list)


class Report(_Model):
    """What the minutes say about an earlier assignment (the review of last month's tasks)."""

    assignee: str | None = None
    task: str
    status: Literal["done", "in_progress", "not_done"] | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class RollCallVote(_Model):
    name: str
    vote: Literal["for", "against", "abstain", "absent"]


class Votes(_Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    for_: int | None = Field(default=None, alias="for")
    against: int | None = None
    abstain: int | None = None
    result: Literal["adopted", "failed"] | None = None
    mover: str | None = None
    seconder: str | None = None
    roll_call: list[RollCallVote] = Field(default_factory=list)


class Decision(_Model):
    text: str
    votes: Votes | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Speaker(_Named):
    turns: int
    evidence: list[Evidence] = Field(default_factory=list)


class Signature(_Model):
    """A signing place in the closing signature block: the part the signer plays (``chair``, ``recorder`` or
    null for another signer), the title written there ("THƯ KÝ", "T/M CHI BỘ BÍ THƯ", "Respectfully
    submitted"), and the name written under it, or null when the place is left blank."""

    role: Literal["chair", "recorder"] | None = None
    title: str
    name: str | None = None
    member: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class ReadBack(_Model):
    """The sentence saying the minutes of this meeting were read back or adopted before the meeting closed."""

    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class FlagOut(_Model):
    rule: str
    version: int
    severity: Literal["error", "warning", "info"]
    message: str
    date: str | None = None
    member: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Extraction(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    source: Source
    language: str | None = None
    language_supported: bool = True
    notes: list[str] = Field(default_factory=list)  # plain statements for people, e.g. "language not supported"
    meeting: Meeting = Field(default_factory=Meeting)
    chair: Person | None = None
    recorder: Person | None = None
    attendance: Attendance = Field(default_factory=Attendance)
    topics: list[Topic] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    reports: list[Report] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    read_back: ReadBack | None = None
    signatures: list[Signature] = Field(default_factory=list)
    flags: list[FlagOut] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, object]:
        """The contract object, with the public field names (`schema`, `for`)."""
        return self.model_dump(mode="json", by_alias=True)
