"""`minutes add PATH... (--body BODY | --profile PROFILE.yaml)`: a back catalogue of minutes into the archive.

Each file goes in exactly as an upload does (`worker.intake`): checked, stored with its job in one commit —
the same bytes already in the body's archive are a duplicate, kept once — and its job handed to the queue the
settings name. With in-process jobs (no ``MINUTES_REDIS_URL``) the command runs them and waits for the last;
with RQ it leaves them to ``minutes worker`` unless told to ``--wait``. Unlike an upload request, one bad file
does not stop the others: it is refused with its reason and the rest go in.

Folders are walked recursively for the formats ingest reads (by extension; hidden files and Office lock files
"~$…" left out, other files listed as skipped); a file named on the command line is always tried. A profile
creates the body (under the root unit) or updates it — language, rule pack, parameters, roster — first, as
``PUT /api/v1/bodies/{id}/profile`` does.

Exit status: 0 when every file was added or was already there, 1 when a file was refused or a job failed.
"""

from __future__ import annotations

import mimetypes
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO

from sqlalchemy import select

from compliance.profile import Profile
from ingest import SUPPORTED_EXTENSIONS
from minutes.errors import IngestError
from minutes.progress import Progress
from models.documents import latest_job, store_uploads
from models.org import create_body, ensure_root_unit, find_body
from models.profiles import apply_profile
from models.recompute import recompute_body
from models.tables import Body, Job
from worker.intake import checked_upload, submit_new
from worker.queue import InProcessJobQueue, JobQueue, make_queue, submit_safely
from worker.runtime import Runtime

POLL_SECONDS = 0.2
FINAL = ("done", "failed")


@dataclass
class Outcome:
    path: Path
    kind: Literal["added", "duplicate", "refused"]
    detail: str = ""  # why a file was refused
    job_id: str | None = None
    job_status: str | None = None  # queued, running, done, failed
    error: str | None = None  # a failed job's message and code


@dataclass
class AddReport:
    body: str
    body_id: int
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in folders that are not minutes files
    notes: list[str] = field(default_factory=list)
    waited: bool = True

    def of(self, kind: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.kind == kind]

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.job_status == "failed" and outcome.error]

    @property
    def exit_code(self) -> int:
        return 1 if self.of("refused") or self.failed else 0


def minutes_files(paths: Iterable[str]) -> tuple[list[Path], list[Path]]:
    """The files to add — each named file, and the minutes files inside each named folder (recursively, in
    name order) — once each; and the other files found in those folders."""
    found: dict[Path, Path] = {}
    skipped: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            found.setdefault(path.absolute(), path)
            continue
        for item in sorted(p for p in path.rglob("*") if p.is_file()):
            hidden = any(part.startswith(".") for part in item.relative_to(path).parts) or item.name.startswith("~$")
            if hidden:
                continue
            if item.suffix.lower() in SUPPORTED_EXTENSIONS:
                found.setdefault(item.absolute(), item)
            else:
                skipped.append(item)
    return list(found.values()), [item for item in skipped if item.absolute() not in found]


def prepare_body(runtime: Runtime, body: str | None, profile: Profile | None) -> tuple[int, str, list[str]]:
    """The body to add to — named, or created or updated from ``profile`` — its id, name and notes to show."""
    notes: list[str] = []
    with runtime.db.session() as session:
        if profile is None:
            found = find_body(session, body or "")
            return found.id, found.name, notes
        target = session.scalars(select(Body).where(Body.name == profile.body)).first()
        created = target is None
        if target is None:
            target = create_body(session, profile.body, ensure_root_unit(session))
        changed, warnings = apply_profile(session, target, profile, None)
        notes += [warning["message"] for warning in warnings]
        if created:
            notes.append(f"created the body “{target.name}” (id {target.id}) from the profile")
        elif changed:
            recompute_body(session, target.id)
            notes.append(f"updated the body “{target.name}” from the profile: {', '.join(changed)}")
        return target.id, target.name, notes


def _store(runtime: Runtime, queue: JobQueue, body_id: int, path: Path) -> Outcome:
    """One file checked, stored and queued (its own transaction), or refused."""
    max_bytes = runtime.settings.max_upload_bytes
    try:
        upload = checked_upload(
            path.name, path.read_bytes(), max_bytes=max_bytes, content_type=mimetypes.guess_type(path.name)[0]
        )
    except OSError as exc:
        return Outcome(path, "refused", f"cannot be read ({exc.strerror})")
    except IngestError as exc:
        reason = exc.__cause__ if isinstance(exc.__cause__, IngestError) else exc  # without the file's name again
        return Outcome(path, "refused", f"{reason.message} [{reason.code}]")
    with runtime.db.session() as session:
        body = session.get_one(Body, body_id)
        [stored] = store_uploads(session, body, [upload], None)
        job_id, status = stored.job.id, stored.job.status
        if stored.duplicate:
            status = latest_job(session, stored.document.id).status
    if not stored.duplicate:
        submit_new(queue, [stored])
        return Outcome(path, "added", job_id=job_id, job_status=status)
    if status == "queued":  # an earlier run stopped before processing it: run it now
        submit_safely(queue, job_id)
    return Outcome(path, "duplicate", job_id=job_id, job_status=status)


def add_files(
    runtime: Runtime, body_id: int, files: Sequence[Path], *, wait: bool = False, stream: TextIO | None = None
) -> list[Outcome]:
    """Add ``files`` to the body, then (in-process jobs, or ``wait``) follow their jobs to the end."""
    queue = make_queue(runtime)
    inprocess = isinstance(queue, InProcessJobQueue)
    outcomes: list[Outcome] = []
    progress = Progress(len(files), "adding", stream=stream, prefix="minutes add: ")
    try:
        for path in files:
            outcome = _store(runtime, queue, body_id, path)
            outcomes.append(outcome)
            progress.step(f"{outcome.kind} {path}")
    finally:
        progress.close()
    if inprocess or wait:
        _follow(runtime, queue, [o for o in outcomes if o.job_id and o.job_status == "queued"], stream, inprocess)
    else:
        queue.close()
    return outcomes


def _follow(runtime: Runtime, queue: JobQueue, pending: list[Outcome], stream: TextIO | None, inprocess: bool) -> None:
    """Poll the jobs until each is done or failed; in-process, until the pool has run everything it was given
    (a job it could not finish stays queued for the service's next start); with RQ, until no job moved for
    the job timeout."""
    progress = Progress(len(pending), "processing", stream=stream, prefix="minutes add: ")
    closer = threading.Thread(target=queue.close, name="minutes-add-close") if inprocess else None
    if closer is not None:
        closer.start()
    waiting = {outcome.job_id: outcome for outcome in pending if outcome.job_id}
    quiet_since, timeout = time.monotonic(), runtime.settings.job_timeout_seconds
    try:
        while waiting:
            drained = closer is not None and not closer.is_alive()
            with runtime.db.session() as session:
                rows = session.execute(
                    select(Job.id, Job.status, Job.error_code, Job.error_message).where(Job.id.in_(list(waiting)))
                ).all()
            for job_id, status, code, message in rows:
                outcome = waiting[job_id]
                outcome.job_status = status
                if status in FINAL:
                    outcome.error = f"{message} [{code}]" if status == "failed" else None
                    del waiting[job_id]
                    quiet_since = time.monotonic()
                    progress.step(f"{status} {outcome.path}")
            if drained or (closer is None and time.monotonic() - quiet_since > timeout):
                break
            time.sleep(POLL_SECONDS)
    finally:
        progress.close()
        if closer is not None:
            closer.join()
        else:
            queue.close()


def render(report: AddReport) -> str:
    """The summary for people: counts, then each refused file and each failed job with its reason."""
    added, duplicates, refused = report.of("added"), report.of("duplicate"), report.of("refused")
    failed = report.failed
    lines = [*report.notes]
    lines.append(
        f"{report.body} (body {report.body_id}): {len(added)} added, {len(duplicates)} already in the archive, "
        f"{len(refused)} refused, {len(failed)} failed."
    )
    unfinished = [o for o in report.outcomes if o.job_id and o.job_status not in FINAL and o.kind != "refused"]
    if unfinished:
        where = "for the workers (minutes worker)" if not report.waited else "to be run when the service next starts"
        lines.append(f"{len(unfinished)} not processed yet: queued {where}.")
    if refused:
        lines += ["Refused:", *(f"  {o.path}: {o.detail}" for o in refused)]
    if failed:
        lines += ["Failed:", *(f"  {o.path}: {o.error}" for o in failed)]
    failed_before = [o for o in duplicates if o.job_status == "failed"]
    if failed_before:
        lines += ["Already in the archive, but processing them failed before:", *(f"  {o.path}" for o in failed_before)]
    if report.skipped:
        lines += ["Not minutes files, left out:", *(f"  {path}" for path in report.skipped)]
    return "\n".join(lines)


def add_paths(
    runtime: Runtime,
    paths: Sequence[str],
    *,
    body: str | None = None,
    profile: Profile | None = None,
    wait: bool = False,
    stream: TextIO | None = None,
) -> AddReport:
    """Everything ``minutes add`` does: the body ready, the files found, added and (as the queue allows)
    processed."""
    body_id, name, notes = prepare_body(runtime, body, profile)
    files, skipped = minutes_files(paths)
    outcomes = add_files(runtime, body_id, files, wait=wait, stream=stream)
    waited = wait or not runtime.settings.redis_url
    return AddReport(name, body_id, outcomes, skipped, notes, waited)
