"""Uploads and jobs: original bytes and their job are stored in one transaction before any work starts."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from minutes.errors import InvalidInput, NotFound
from models.audit import record
from models.tables import Blob, Body, Document, Job, Meeting, User, utcnow


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes
    format: str
    content_type: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Stored:
    document: Document
    job: Job
    duplicate: bool


def store_uploads(
    session: Session, body: Body, uploads: Sequence[Upload], user: User | None, *, replaces: Document | None = None
) -> list[Stored]:
    """Store each upload's bytes, document row and queued job; the same bytes for the same body are kept once.

    With ``replaces`` the one upload is a corrected version of that document (its latest version, of this body):
    it gets the next version number, and when processed it takes over that document's meeting.
    The caller commits; nothing is enqueued here (the queue is told after the commit).
    """
    if replaces is not None:
        _check_replaceable(session, body, uploads, replaces)
    stored: list[Stored] = []
    for upload in uploads:
        sha256 = upload.sha256
        existing = session.scalars(
            select(Document).where(Document.body_id == body.id, Document.sha256 == sha256)
        ).first()
        if existing is not None:
            stored.append(_again(session, existing, user))
            continue
        if session.get(Blob, sha256) is None:
            session.add(Blob(sha256=sha256, size=len(upload.data), data=upload.data))
        document = Document(
            body_id=body.id,
            sha256=sha256,
            filename=upload.filename,
            content_type=upload.content_type,
            format=upload.format,
            size=len(upload.data),
            uploaded_by=user.id if user else None,
        )
        if replaces is not None:
            document.version, document.replaces_id = replaces.version + 1, replaces.id
        session.add(document)
        session.flush()
        if replaces is not None:
            details = {"replaces": replaces.id, "version": document.version, "filename": document.filename}
            record(session, user, "document.correct", "document", document.id, details)
        job = Job(id=str(uuid.uuid4()), document_id=document.id, status="queued")
        session.add(job)
        session.flush()
        stored.append(Stored(document, job, duplicate=False))
    return stored


def _again(session: Session, document: Document, user: User | None) -> Stored:
    """The same bytes uploaded again: the first upload and its job, unless its meeting was deleted since (the
    latest version, processed, no meeting): then it is processed again, with a new job, and the audit log says so.
    """
    job = latest_job(session, document.id)
    settled = job.status in ("done", "failed")
    if not settled or replaced_by(session, document) is not None or _has_meeting(session, document):
        return Stored(document, job, duplicate=True)
    again = Job(id=str(uuid.uuid4()), document_id=document.id, status="queued")
    session.add(again)
    session.flush()
    record(session, user, "document.reprocess", "document", document.id, {"reason": "uploaded again", "job": again.id})
    return Stored(document, again, duplicate=False)


def _has_meeting(session: Session, document: Document) -> bool:
    return session.scalars(select(Meeting.id).where(Meeting.document_id == document.id)).first() is not None


def _check_replaceable(session: Session, body: Body, uploads: Sequence[Upload], replaces: Document) -> None:
    if replaces.body_id != body.id:
        raise InvalidInput(f"Document {replaces.id} belongs to another body; a correction must be for the same body.")
    if len(uploads) != 1:
        raise InvalidInput("Upload exactly one file as the corrected version of a document.")
    newer = replaced_by(session, replaces)
    if newer is not None:
        raise InvalidInput(
            f"Document {replaces.id} was already replaced by version {newer.version} (document {newer.id}); "
            "correct the latest version instead."
        )


def replaced_by(session: Session, document: Document) -> Document | None:
    """The corrected version that replaces ``document``, if one was uploaded."""
    return session.scalars(select(Document).where(Document.replaces_id == document.id)).first()


def latest_job(session: Session, document_id: int) -> Job:
    job = session.scalars(
        select(Job).where(Job.document_id == document_id).order_by(Job.created_at.desc(), Job.id)
    ).first()
    if job is None:
        raise NotFound(f"Document {document_id} has no processing job.")
    return job


def get_job(session: Session, job_id: str) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"There is no job {job_id}.")
    return job


def get_document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"There is no document {document_id}.")
    return document


def original_bytes(session: Session, document: Document) -> bytes:
    blob = session.get(Blob, document.sha256)
    if blob is None:  # the foreign key makes this impossible; say so plainly if it ever happens
        raise NotFound(f"The original file of document {document.id} is missing.")
    return blob.data


def mark_running(job: Job) -> None:
    now = utcnow()
    job.status = "running"
    job.attempts += 1
    job.started_at = now
    job.heartbeat_at = now
    job.progress = 0
    job.error_code = job.error_message = None


def mark_progress(job: Job, stage: str, progress: int) -> None:
    job.stage = stage
    job.progress = progress
    job.heartbeat_at = utcnow()


def mark_done(job: Job) -> None:
    job.status = "done"
    job.stage = None
    job.progress = 100
    job.finished_at = utcnow()


def mark_failed(job: Job, code: str, message: str) -> None:
    job.status = "failed"
    job.error_code = code
    job.error_message = message
    job.finished_at = utcnow()


def stalled_jobs(session: Session, *, heartbeat_before: dt.datetime) -> list[Job]:
    """Jobs that may have no worker: every queued one, and running ones silent since `heartbeat_before`."""
    return list(
        session.scalars(
            select(Job)
            .where(
                or_(
                    Job.status == "queued",
                    (Job.status == "running") & or_(Job.heartbeat_at.is_(None), Job.heartbeat_at <= heartbeat_before),
                )
            )
            .order_by(Job.created_at)
        )
    )
