"""Job functions: load by id → run the stages → save. The only place that does all three."""

from __future__ import annotations

import logging

from minutes.errors import MinutesError, TransientError
from models.documents import (
    get_job,
    mark_done,
    mark_failed,
    mark_progress,
    mark_running,
    original_bytes,
    replaced_by,
)
from models.meetings import save_meeting
from models.profiles import roster_of
from models.recompute import recompute_series
from models.tables import Body, Job
from worker.pipeline import process_bytes
from worker.runtime import Runtime, current_runtime

log = logging.getLogger(__name__)

INTERNAL_ERROR_MESSAGE = (
    "Something went wrong while reading this file. The file is kept safely; "
    "an administrator can see the details in the service's log."
)


def process_document(job_id: str) -> str:
    """RQ entry point (the queue passes only the id)."""
    return run_process_document(current_runtime(), job_id)


def run_process_document(runtime: Runtime, job_id: str) -> str:
    """Process one uploaded document; returns the job's final status. Only `TransientError` escapes."""
    db = runtime.db
    with db.session() as session:
        job = get_job(session, job_id)
        if job.status == "done":
            return "done"
        mark_running(job)
        document = job.document
        body = session.get(Body, document.body_id)
        data = original_bytes(session, document)
        filename, rule_pack = document.filename, body.rule_pack if body else None
        params = dict(body.params) if body else {}
        roster = roster_of(body) if body else []

    def progress(stage: str, percent: int) -> None:
        with db.session() as session:
            mark_progress(get_job(session, job_id), stage, percent)

    try:
        result = process_bytes(
            data,
            filename,
            max_bytes=runtime.settings.max_upload_bytes,
            rule_pack=rule_pack,
            params=params,
            roster=roster,
            progress=progress,
        )
        with db.session() as session:
            job = get_job(session, job_id)
            if replaced_by(session, job.document) is None:  # a superseded version no longer makes the meeting
                meeting = save_meeting(
                    session,
                    job.document,
                    result.extraction.to_json(),
                    text=result.document.text,
                    versions=result.versions,
                )
                recompute_series(session, meeting.body_id)  # the meeting's own flags came with it
            mark_done(job)
        return "done"
    except TransientError:
        _set_status(runtime, job_id, "queued")
        raise
    except MinutesError as exc:
        _fail(runtime, job_id, exc.code, exc.message)
    except Exception:
        log.exception("job %s failed", job_id)
        _fail(runtime, job_id, "internal_error", INTERNAL_ERROR_MESSAGE)
    return "failed"


def _fail(runtime: Runtime, job_id: str, code: str, message: str) -> None:
    with runtime.db.session() as session:
        mark_failed(get_job(session, job_id), code, message)


def _set_status(runtime: Runtime, job_id: str, status: str) -> None:
    with runtime.db.session() as session:
        job: Job = get_job(session, job_id)
        job.status = status
