"""`extract(document)`: the stages of extraction composed, per detected language.

Pure and deterministic: the only input besides the arguments is the package's own language data, loaded once.
It reads the meeting (title, body, type, date, times, place), the chair and the recorder, attendance (declared
counts, people present and absent, guests, late arrivals and early departures), topics with taxonomy labels,
assignments with deadlines, reports on earlier assignments, decisions with their votes, and speakers.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.assignments import extract_assignments
from extract.attendance import extract_declared
from extract.attendance_lists import extract_attendance_lists
from extract.attendance_merge import link_person, listed_evidence, named_in_full, unique, with_lists
from extract.closing import extract_read_back, extract_signatures
from extract.contract import Assignment, Decision, Evidence, Extraction, Person, ReadBack, Report, Signature, Source
from extract.decisions import extract_decisions
from extract.language import detect_language
from extract.lines import document_lines, opening_limit
from extract.meeting import extract_meeting
from extract.mentions import strip_title
from extract.people import find_person
from extract.reports import extract_reports
from extract.roster import Roster
from extract.speakers import extract_speakers
from extract.topics import extract_topics
from ingest.document import Document


def _source(document: Document) -> Source:
    return Source(
        filename=document.filename,
        sha256=document.sha256,
        format=document.format,
        pages=document.pages,
        ocr=document.ocr,
    )


def _unsupported(document: Document, code: str | None) -> Extraction:
    if code:
        note = f"The language of this document ({code}) is not supported yet, so nothing was extracted."
    else:
        note = "The language of this document could not be recognised, so nothing was extracted."
    return Extraction(source=_source(document), language=code, language_supported=False, notes=[note])


def extract(document: Document, roster: Sequence[str] | None = None) -> Extraction:
    """The extraction contract for `document`; `roster` (member names) helps recognise names."""
    detection = detect_language(document.text)
    if not detection.supported or detection.code is None:
        return _unsupported(document, detection.code)
    code = detection.code
    lines = document_lines(document)
    limit = opening_limit(document)
    names = tuple(roster or ())
    members = Roster.of(names)
    meeting = extract_meeting(document, lines, code, limit)
    chair = link_person(find_person(document, lines, "chair", code, names), members)
    recorder = link_person(find_person(document, lines, "recorder", code, names), members)
    attendance = with_lists(
        extract_declared(document, lines, code, limit),
        extract_attendance_lists(document, lines, code, members),
    )
    known = [*(person.name for person in (chair, recorder) if person), *(p.name for p in attendance.present), *names]
    people = Roster.of([*names, *named_in_full(chair, recorder, attendance)])
    for movement in (*attendance.late, *attendance.left_early):
        movement.name = people.in_full(strip_title(movement.name, code))
    attendance.late, attendance.left_early = unique(attendance.late), unique(attendance.left_early)
    reports = extract_reports(document, lines, code)
    assignments = _not_done(
        _in_full(extract_assignments(document, lines, code, meeting.date, names, people), people), reports
    )
    speakers = extract_speakers(document, lines, code, members, people, listed_evidence(attendance))
    speaking = Roster.of([*people.names, *(item.name for item in speakers if len(item.name.split()) > 1)])
    read_back = extract_read_back(document, lines, code)
    decisions = extract_decisions(document, lines, code, speaking)  # "Sister Maria Kowalczyk: …" names "Kowalczyk"
    signatures = _linked(extract_signatures(document, lines, code, known), members)
    chair = chair or _signed(signatures, "chair")  # named nowhere else: the one who signs as chair
    recorder = recorder or _signed(signatures, "recorder")
    return Extraction(
        source=_source(document),
        language=code,
        meeting=meeting,
        topics=extract_topics(document, lines, code),
        assignments=assignments,
        reports=reports,
        decisions=_not_tasks(decisions, assignments, read_back),
        speakers=speakers,
        chair=chair,
        recorder=recorder,
        attendance=attendance,
        read_back=read_back,
        signatures=signatures,
    )


def _not_done(assignments: list[Assignment], reports: list[Report]) -> list[Assignment]:
    """The assignments without those that are a report on an earlier task, its status written after it
    ("Đ/c X: hoàn thiện chương trình … – đã hoàn thành"): the same words were read as a report."""
    done = [span for report in reports if report.status for span in report.evidence]
    return [item for item in assignments if not _overlap(item.evidence, done)]


def _in_full(assignments: list[Assignment], people: Roster) -> list[Assignment]:
    """Assignees written by a given name or a surname ("Đ/c Tiến") given as the one person of that name the
    document writes in full, among its people or the other assignees ("Lò Văn Tiến")."""
    named = [name for item in assignments for name in item.assignees if len(name.split()) > 1]
    everyone = Roster.of([*people.names, *named])
    for item in assignments:
        item.assignees = list(dict.fromkeys(everyone.in_full(name) for name in item.assignees))
    return assignments


def _not_tasks(decisions: list[Decision], assignments: list[Assignment], read_back: ReadBack | None) -> list[Decision]:
    """The decisions without those that only give a task, with no vote ("It was agreed that X would …", "X agreed
    to …"): those are the assignments read from the same words; nor the sentence adopting these minutes at the
    close (that is `read_back`)."""
    tasks = [span for item in assignments for span in item.evidence]
    closing = read_back.evidence if read_back else []
    return [
        decision
        for decision in decisions
        if not (decision.votes is None and _overlap(decision.evidence, tasks))
        and not _overlap(decision.evidence, closing)
    ]


def _overlap(spans: Sequence[Evidence], others: Sequence[Evidence]) -> bool:
    """Whether any of `spans` shares text with any of `others` (the same words read as two facts)."""
    return any(span.start < other.end and other.start < span.end for span in spans for other in others)


def _signed(signatures: list[Signature], role: str) -> Person | None:
    """The person who signs in the place of `role` ("THƯ KÝ" above "Trung úy Nhâm Thị Thanh Thúy"), if named."""
    for signature in signatures:
        if signature.role == role and signature.name:
            return Person(name=signature.name, member=signature.member, evidence=signature.evidence)
    return None


def _linked(signatures: list[Signature], members: Roster) -> list[Signature]:
    for signature in signatures:
        if signature.name:
            signature.member = members.link(signature.name).member
    return signatures
