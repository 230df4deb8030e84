"""`extract(document)`: the stages of extraction composed, per detected language.

Pure and deterministic: the only input besides the arguments is the package's own language data, loaded once.
This round reads the meeting (title, body, type, date, times, place), the chair, the recorder and the
declared attendance counts; the lists (names present and absent, guests, topics, assignments, decisions,
speakers) stay empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.attendance import extract_declared
from extract.contract import Extraction, Source
from extract.language import detect_language
from extract.lines import document_lines, opening_limit
from extract.meeting import extract_meeting
from extract.people import find_person
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
    return Extraction(
        source=_source(document),
        language=code,
        meeting=extract_meeting(document, lines, code, limit),
        chair=find_person(document, lines, "chair", code, names),
        recorder=find_person(document, lines, "recorder", code, names),
        attendance=extract_declared(document, lines, code, limit),
    )
