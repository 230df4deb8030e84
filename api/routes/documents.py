"""Uploads: each original is stored durably with its job, then the queue is told; answers 202 at once."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from api.auth import CurrentUser, DbSession, require_unit
from api.schemas import DocumentOut, UploadedOut, UploadOut
from minutes.errors import FileTooLarge, InvalidInput
from models.documents import Upload, get_document, original_bytes, store_uploads
from models.org import find_body
from worker.intake import checked_upload, submit_new

router = APIRouter(prefix="/api/v1/documents", tags=["documents"])

UPLOAD_ROLES = ("secretary", "admin")
MAX_FILES = 50
_CHUNK = 1 << 20


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise FileTooLarge(
                f"“{upload.filename}” is larger than the limit of {limit / 1048576:g} MB. "
                "Split it or ask an administrator to raise the limit."
            )
        chunks.append(chunk)
    return b"".join(chunks)


async def _validated(files: list[UploadFile], limit: int) -> list[Upload]:
    """Every file is checked before anything is stored: one bad file refuses the whole request."""
    uploads = []
    for upload in files:
        filename = (upload.filename or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
        data = await _read_limited(upload, limit)
        uploads.append(checked_upload(filename, data, max_bytes=limit, content_type=upload.content_type))
    return uploads


@router.post("", status_code=202, response_model=UploadOut)
async def upload_documents(
    request: Request,
    body: Annotated[str, Form(description="The body (id or name) whose minutes these are")],
    files: Annotated[list[UploadFile], File(description="One or several minutes files")],
    user: CurrentUser,
    session: DbSession,
    replaces: Annotated[
        int | None, Form(description="A document (its latest version) that this one file corrects")
    ] = None,
) -> UploadOut:
    if len(files) > MAX_FILES:
        raise InvalidInput(f"Upload at most {MAX_FILES} files at a time.")
    target = find_body(session, body)
    require_unit(session, user, target.unit_id, hidden=f"There is no body “{body}”.", roles=UPLOAD_ROLES)
    earlier = None
    if replaces is not None:
        earlier = get_document(session, replaces)
        require_unit(session, user, earlier.body.unit_id, hidden=f"There is no document {replaces}.")
    uploads = await _validated(files, request.app.state.settings.max_upload_bytes)
    stored = store_uploads(session, target, uploads, user, replaces=earlier)
    session.commit()
    submit_new(request.app.state.queue, stored)
    return UploadOut(
        documents=[
            UploadedOut(
                document_id=item.document.id,
                job_id=item.job.id,
                filename=item.document.filename,
                duplicate=item.duplicate,
                status=item.job.status,
            )
            for item in stored
        ]
    )


@router.get("/{document_id}", response_model=DocumentOut)
def read_document(document_id: int, user: CurrentUser, session: DbSession) -> DocumentOut:
    document = get_document(session, document_id)
    require_unit(session, user, document.body.unit_id, hidden=f"There is no document {document_id}.")
    return DocumentOut.model_validate(document, from_attributes=True)


@router.get("/{document_id}/original")
def download_original(document_id: int, user: CurrentUser, session: DbSession) -> Response:
    document = get_document(session, document_id)
    require_unit(session, user, document.body.unit_id, hidden=f"There is no document {document_id}.")
    data = original_bytes(session, document)
    return Response(
        data,
        media_type=document.content_type or "application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(document.filename, safe='')}",
            "X-Content-SHA256": document.sha256,
        },
    )
