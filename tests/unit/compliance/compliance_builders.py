"""Small builders of `Extraction`s and series for the compliance tests (contract JSON written by hand)."""

from __future__ import annotations

from typing import Any

from compliance import RosterMember, SeriesMeeting, builtin_pack, check_meeting, check_series
from compliance.engine import Flag
from extract.contract import Evidence, Extraction

VN = builtin_pack("vn-party-cell")
BOARD = builtin_pack("generic-board")


def span(block: int, text: str) -> Evidence:
    return Evidence(block=block, start=block * 100, end=block * 100 + len(text), text=text)


def ev(block: int, text: str) -> list[dict[str, Any]]:
    """An evidence list in contract JSON."""
    return [span(block, text).model_dump()]


def meeting(
    date: str | None = None,
    type: str | None = "regular",
    start: str | None = "08:00",
    end: str | None = "10:00",
    **fields: Any,
) -> Extraction:
    """Minutes of one meeting: the date, type and times given, chair and recorder named, plus ``fields``."""
    data: dict[str, Any] = {
        "source": {"filename": f"{date}.docx", "sha256": "0" * 64, "format": "docx"},
        "meeting": {
            "type": type,
            "date": date,
            "start_time": start,
            "end_time": end,
            "evidence": {"date": ev(1, f"ngày {date}")} if date else {},
        },
        "chair": {"name": "Nguyễn Văn An"},
        "recorder": {"name": "Lê Thị Bình"},
    }
    extra_meeting = fields.pop("meeting", None)
    if extra_meeting:
        data["meeting"].update(extra_meeting)
    data.update(fields)
    return Extraction.model_validate(data)


def absent(name: str, excused: bool | None = False, reason: str | None = None, block: int = 5) -> dict[str, Any]:
    return {"name": name, "excused": excused, "reason": reason, "evidence": ev(block, f"Vắng: {name}")}


def away(*names: str, excused: bool | None = False) -> dict[str, Any]:
    """``attendance`` with these members listed absent."""
    return {"absent": [absent(name, excused) for name in names]}


def series(*extractions: Extraction) -> list[SeriesMeeting]:
    """Each extraction keyed by its date."""
    return [SeriesMeeting(str(extraction.meeting.date), extraction) for extraction in extractions]


def roster(*members: dict[str, Any]) -> tuple[RosterMember, ...]:
    return tuple(RosterMember.model_validate(member) for member in members)


def meeting_flags(
    extraction: Extraction,
    rule: str,
    pack: str = "vn-party-cell",
    params: dict[str, Any] | None = None,
    language: str = "en",
    members: tuple[RosterMember, ...] = (),
) -> list[Flag]:
    flags = check_meeting(extraction, builtin_pack(pack), params, language, members)
    return [flag for flag in flags if flag.rule == rule]


def series_flags(
    meetings: list[SeriesMeeting],
    rule: str,
    pack: str = "vn-party-cell",
    params: dict[str, Any] | None = None,
    language: str = "en",
    members: tuple[RosterMember, ...] = (),
) -> list[Flag]:
    flags = check_series(meetings, builtin_pack(pack), params, language, members)
    return [flag for flag in flags if flag.rule == rule]
