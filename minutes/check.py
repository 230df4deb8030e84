"""`minutes check PATH... --profile PROFILE.yaml`: files of minutes read as one body's series, without a server.

Each file goes through the same stages as an upload (`worker.pipeline.process_bytes`), its meeting checked with
the profile's pack, parameters and roster; then the series checks run over all the meetings, keyed by file
name. The report has the shape DESIGN.md gives:
``{"meetings": [{"file", "date", "type", "flags"}], "series_flags": [...]}``, a flag being
``{"rule", "severity", "message", "date", "member", "evidence"}`` (series flags also name their ``meeting``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance import SeriesMeeting, builtin_pack, check_series, pack_for
from compliance.engine import unused_params
from compliance.profile import Profile
from extract.contract import FlagOut
from minutes.errors import IngestError, InvalidInput
from worker.pipeline import process_bytes

SUFFIXES = (".docx", ".pdf", ".txt", ".md")


@dataclass
class CheckReport:
    meetings: list[dict[str, Any]] = field(default_factory=list)
    series_flags: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "file: why", for the files that could not be read
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"meetings": self.meetings, "series_flags": self.series_flags}


def minutes_files(paths: Iterable[str]) -> Iterator[Path]:
    """The files named, and the minutes files (by suffix) inside the folders named, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(item for item in path.rglob("*") if item.is_file() and item.suffix.lower() in SUFFIXES)
        else:
            yield path


def flag_json(flag: FlagOut, meeting: str | None = None) -> dict[str, Any]:
    """A flag as the report shows it; a series flag also names the meeting (file) it is about, if any."""
    data: dict[str, Any] = {
        "rule": flag.rule,
        "severity": flag.severity,
        "message": flag.message,
        "date": flag.date,
        "member": flag.member,
        "evidence": [span.model_dump() for span in flag.evidence],
    }
    if meeting is not None:
        data["meeting"] = meeting
    return data


def check_files(paths: Sequence[str], profile: Profile, max_bytes: int) -> CheckReport:
    """Every readable file checked as a meeting of the profile's body, and the series checked as a whole."""
    report = CheckReport()
    language = profile.language or "vi"
    pack_name = pack_for(profile.rule_pack, language)
    if pack_name is None:
        raise InvalidInput(f"The profile names no rule pack and its language {language!r} has no default pack.")
    pack = builtin_pack(pack_name)
    unused = unused_params(pack, profile.params)
    if unused:
        report.warnings.append(f"the profile's keys {', '.join(unused)} change no rule of {pack.id}; ignored")
    series: list[SeriesMeeting] = []
    for path in minutes_files(paths):
        try:
            result = process_bytes(
                path.read_bytes(),
                path.name,
                max_bytes=max_bytes,
                rule_pack=pack.id,
                params=profile.params,
                roster=profile.roster,
            )
        except OSError as exc:
            report.refused.append(f"{path}: cannot be read ({exc.strerror}).")
            continue
        except IngestError as exc:
            report.refused.append(f"{path}: {exc.message} [{exc.code}]")
            continue
        extraction = result.extraction
        meeting = extraction.meeting
        flags = [flag_json(flag) for flag in extraction.flags]
        report.meetings.append({"file": str(path), "date": meeting.date, "type": meeting.type, "flags": flags})
        series.append(SeriesMeeting(key=str(path), extraction=extraction))
    series_flags = check_series(series, pack, profile.params, language=language, roster=profile.roster)
    report.series_flags = [flag_json(flag.to_contract(), flag.meeting) for flag in series_flags]
    return report


def render(report: CheckReport) -> str:
    """The report for people: each meeting with its flags, then the flags about the series."""
    lines: list[str] = []
    for meeting in report.meetings:
        lines.append(f"{meeting['file']}  {meeting['date'] or 'no date'}  {meeting['type'] or ''}".rstrip())
        lines += [f"  {flag['severity']:<7} {flag['rule']}: {flag['message']}" for flag in meeting["flags"]]
        if not meeting["flags"]:
            lines.append("  no flags")
    lines.append("Series:")
    for flag in report.series_flags:
        about = f" [{flag['meeting']}]" if flag.get("meeting") else ""
        lines.append(f"  {flag['severity']:<7} {flag['rule']}: {flag['message']}{about}")
    if not report.series_flags:
        lines.append("  no flags")
    return "\n".join(lines)
