"""English minutes: the header date line (date, time, place), the chair and the recorder in their phrasings."""

from __future__ import annotations

import pytest

from extract import extract
from extract.contract import Extraction
from ingest.document import BlockKind, Document, DocumentBuilder

Item = str | tuple[BlockKind, str] | list[list[str]]

BODY = "The committee reviewed the budget and the treasurer answered questions."


def _document(*items: Item) -> Document:
    builder = DocumentBuilder("docx", "minutes.docx", "0" * 64)
    for item in items:
        if isinstance(item, list):
            builder.add_table(item)
        elif isinstance(item, tuple):
            builder.add(item[0], item[1])
        else:
            builder.add(BlockKind.PARAGRAPH, item)
    return builder.build()


def _extract(*items: Item) -> tuple[Document, Extraction]:
    document = _document(*items)
    return document, extract(document)


def _spans_are_text(document: Document, extraction: Extraction) -> None:
    for spans in extraction.meeting.evidence.values():
        for span in spans:
            assert span.text == document.text[span.start : span.end]


# the header date line ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "start", "place"),
    [
        (
            "Wednesday, February 12, 2025 — Council Chambers, Brookvale Town Hall",
            "2025-02-12",
            None,
            "Council Chambers, Brookvale Town Hall",
        ),
        (
            "Tuesday, June 3, 2025 – 5:30 p.m. – Fenwick Arts Center, Studio 4",
            "2025-06-03",
            "17:30",
            "Fenwick Arts Center, Studio 4",
        ),
        ("Saturday, October 5, 2024 at 10:00 a.m., Lakeview Clubhouse", "2024-10-05", "10:00", "Lakeview Clubhouse"),
        ("Monday, April 7, 2025 • 6:00 p.m. • Branch Library Room C", "2025-04-07", "18:00", "Branch Library Room C"),
        ("Thurs., Mar. 6th, 2025, 17:00–18:10 UTC, video call", "2025-03-06", "17:00", "video call"),
        (
            "Friday, May 9, 2025, 12:00 noon, Conference Center, Room 3B",
            "2025-05-09",
            "12:00",
            "Conference Center, Room 3B",
        ),
        (
            "Saturday 15 March 2025, 2:00 p.m., Westside Community Centre, Hall B",
            "2025-03-15",
            "14:00",
            "Westside Community Centre, Hall B",
        ),
    ],
)
def test_header_date_line(line: str, date: str, start: str | None, place: str) -> None:
    document, extraction = _extract((BlockKind.HEADING, "MINUTES OF THE BOARD OF DIRECTORS"), line, BODY)
    meeting = extraction.meeting
    assert (meeting.date, meeting.start_time, meeting.place) == (date, start, place)
    _spans_are_text(document, extraction)


def test_lowercase_date_line_joined_to_its_title() -> None:
    """A lowercase date line is read as the continuation of the title line above it."""
    _, extraction = _extract(
        "parkside tenants - monthly meeting\nwed nov 6 2024, 7 pm, lobby lounge",
        "Called to order 7:06 by dana whitlock (president)",
        BODY,
    )
    meeting = extraction.meeting
    assert (meeting.date, meeting.place, meeting.type) == ("2024-11-06", "lobby lounge", "regular")
    assert meeting.start_time == "19:06"  # "7:06" in a meeting the header sets at 7 pm
    assert extraction.chair is not None and extraction.chair.name == "dana whitlock"


def test_date_after_the_title_and_place_after_a_preposition() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Hilltop Allotment Committee"),
        "Minutes of the committee meeting, May 22nd, 2025, 6 pm, at the tool shed.",
        BODY,
    )
    meeting = extraction.meeting
    assert (meeting.date, meeting.start_time, meeting.place) == ("2025-05-22", "18:00", "the tool shed")


def test_date_line_wins_over_an_agenda_item_dated_earlier() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Eastgate Library Board of Trustees"),
        (BlockKind.HEADING, "Minutes of the Regular Meeting"),
        "April 8, 2025 — Eastgate Public Library, Study Room",
        (BlockKind.LIST_ITEM, "Approval of the minutes of March 11, 2025"),
        BODY,
    )
    assert extraction.meeting.date == "2025-04-08"
    assert extraction.meeting.place == "Eastgate Public Library, Study Room"


def test_place_on_the_line_below_the_date() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "CARVER COUNTY ARCHIVES"),
        "Board of Trustees - Regular Meeting Minutes\nWednesday, March 19, 2025\n"
        "Archive Building, Reading Room, 14 Main Street",
        BODY,
    )
    assert extraction.meeting.date == "2025-03-19"
    assert extraction.meeting.place == "Archive Building, Reading Room, 14 Main Street"


def test_place_keeps_a_closing_abbreviation_and_its_address() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Place: Depot Conference Room, 12 Rail St.",
        BODY,
    )
    assert extraction.meeting.place == "Depot Conference Room, 12 Rail St."
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "The commission met on Tuesday, May 6, 2025, in the Council Chambers, 12 High Road. The chair presided.",
        BODY,
    )
    assert extraction.meeting.place == "Council Chambers, 12 High Road"


def test_ordinary_meeting_is_regular() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "DENHOLM PARISH COUNCIL"),
        (BlockKind.HEADING, "Minutes of the Ordinary Meeting"),
        "held on Monday 12 May 2025 at 7.30pm in Denholm Village Hall",
        BODY,
    )
    assert extraction.meeting.type == "regular"


def test_opened_the_meeting_is_the_start() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Date: 28 January 2025 | Time: 4:00 PM",
        "The Chair opened the meeting at 4:07 PM.",
        BODY,
    )
    assert extraction.meeting.start_time == "16:07"


def test_a_written_am_time_is_not_moved_to_the_evening() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Saturday, October 5, 2024, 7 pm, Lakeview Clubhouse",
        "The meeting was called to order at 7:02 a.m.",
        BODY,
    )
    assert extraction.meeting.start_time == "07:02"


# chair ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mayor Tessa Brightwater called the regular session to order at 7:00 P.M.", "Tessa Brightwater"),
        ("President Owen Marsh called the special meeting to order at 5:01 p.m.", "Owen Marsh"),
        ("Nadia Orlov called the meeting to order at 6:30 p.m.", "Nadia Orlov"),
        ("mtg called to order 7:10pm by felix andrade.", "felix andrade"),
        ("Lena Fox chaired; Paul Stone took the minutes.", "Lena Fox"),
    ],
)
def test_chair_phrases(line: str, name: str) -> None:
    _, extraction = _extract((BlockKind.HEADING, "Minutes"), line, BODY)
    assert extraction.chair is not None and extraction.chair.name == name


@pytest.mark.parametrize(
    "present",
    [
        "Present: Inez Carrow (chair), Tomas Bell (secretary), Ruth Ames, Leo Park",
        "Attendees: Inez Carrow (Committee Chair), Ruth Ames, Leo Park",
        "Present: Cllr Inez Carrow (Chairman), Cllr Ruth Ames, Cllr Leo Park.",
    ],
)
def test_chair_marked_in_the_attendance_list(present: str) -> None:
    _, extraction = _extract((BlockKind.HEADING, "Minutes"), present, BODY)
    assert extraction.chair is not None and extraction.chair.name == "Inez Carrow"


def test_chair_marked_in_a_table() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        [["Name", "Role", "Attendance"], ["Inez Carrow", "Chair", "Present"], ["Ruth Ames", "Director", "Present"]],
        BODY,
    )
    assert extraction.chair is not None and extraction.chair.name == "Inez Carrow"


def test_an_explicit_chair_statement_wins_over_the_list_marker() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Present: Inez Carrow (chair), Ruth Ames, Leo Park",
        "Ruth Ames called the meeting to order at 7:00 p.m.",
        BODY,
    )
    assert extraction.chair is not None and extraction.chair.name == "Ruth Ames"


def test_no_chair_when_the_minutes_do_not_say() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Present: Ruth Ames (Vice Chair), Leo Park (Treasurer)",
        "The meeting was called to order at 7:00 p.m.",
        BODY,
    )
    assert extraction.chair is None


# recorder ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "name"),
    [
        (("Chair: Inez Carrow\nMinutes: Tomas Bell", BODY), "Tomas Bell"),
        (("Chair: Inez Carrow. Secretary: Tomas Bell.", BODY), "Tomas Bell"),
        ((BODY, "Recorded by Tomas Bell, Secretary"), "Tomas Bell"),
        ((BODY, "minutes by Tomas Bell, board secretary"), "Tomas Bell"),
        ((BODY, BODY, "meeting ended 8:32pm\nnotes: tomas bell"), "tomas bell"),
        (("Present: Inez Carrow (chair), Tomas Bell (secretary), Ruth Ames", BODY), "Tomas Bell"),
        (("Present: Inez Carrow, Ruth Ames, tomas bell (sec.)", BODY), "tomas bell"),
        ((BODY, "The meeting adjourned at 9:05 P.M.", "Tomas Bell, City Clerk"), "Tomas Bell"),
        ((BODY, "Respectfully submitted,\nTomas Bell, Administrative Assistant"), "Tomas Bell"),
    ],
)
def test_recorder_phrases(items: tuple[str, ...], name: str) -> None:
    _, extraction = _extract((BlockKind.HEADING, "Minutes"), *items)
    assert extraction.recorder is not None and extraction.recorder.name == name


def test_a_clerk_in_attendance_is_the_recorder() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "In attendance: Mr Tomas Bell (Clerk); 3 members of the public.",
        BODY,
    )
    assert extraction.recorder is not None and extraction.recorder.name == "Tomas Bell"  # the clerk keeps minutes


def test_the_signature_wins_over_the_secretary_in_the_list() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Present: Inez Carrow (President), Leo Park (Secretary), Ruth Ames",
        BODY,
        "Respectfully submitted,\nTomas Bell, Office Manager",
    )
    assert extraction.recorder is not None and extraction.recorder.name == "Tomas Bell"


def test_inline_location_label_after_date_and_time() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Date: 18 February 2025 Time: 18:30 Location: Pantry office, 9 Mill Lane",
        BODY,
    )
    assert extraction.meeting.place == "Pantry office, 9 Mill Lane"


def test_chair_named_by_role_and_surname_takes_the_full_name_written_elsewhere() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Council present: Mayor Helena Crane; Councilors Ivo Banks, Mara Lind.",
        "Mayor Crane called the work session to order at 6:00 p.m.",
        BODY,
    )
    assert extraction.chair is not None and extraction.chair.name == "Helena Crane"


def test_surname_without_a_full_name_is_not_guessed() -> None:
    _, extraction = _extract(
        (BlockKind.HEADING, "Minutes"),
        "Mayor Crane called the work session to order at 6:00 p.m.",
        BODY,
    )
    assert extraction.chair is None
