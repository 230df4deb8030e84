"""Job status: queued / running (with progress) / done / failed (with a code and a readable message)."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import ErrorOut, JobOut
from models.documents import get_job
from models.meetings import meeting_for_document

router = APIRouter(prefix="/api/v1/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobOut)
def read_job(job_id: str, user: CurrentUser, session: DbSession) -> JobOut:
    job = get_job(session, job_id)
    require_unit(session, user, job.document.body.unit_id, hidden=f"There is no job {job_id}.")
    meeting = meeting_for_document(session, job.document_id) if job.status == "done" else None
    error = ErrorOut(code=job.error_code, message=job.error_message or "") if job.error_code else None
    return JobOut(
        id=job.id,
        status=job.status,
        stage=job.stage,
        progress=job.progress,
        attempts=job.attempts,
        document_id=job.document_id,
        meeting_id=meeting.id if meeting else None,
        error=error,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )
