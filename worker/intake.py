"""Taking files into the archive, the one way both the upload route and `minutes add` do it.

A file is checked first (`ingest.probe_document`: empty, too large, unsupported, damaged, password-protected
files are refused with the ingest error, its message naming the file); the caller stores the checked uploads
with `models.documents.store_uploads` and commits; then `submit_new` tells the queue about the new jobs
(a duplicate — the same bytes already uploaded to the body — keeps its first job and is not run again).
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest import probe_document
from minutes.errors import IngestError
from models.documents import Stored, Upload
from worker.queue import JobQueue, submit_safely


def checked_upload(filename: str, data: bytes, *, max_bytes: int, content_type: str | None = None) -> Upload:
    """An `Upload` of ``data`` once its format is known; an `IngestError` naming ``filename`` otherwise."""
    try:
        fmt = probe_document(data, filename, max_bytes=max_bytes)
    except IngestError as exc:
        raise type(exc)(f"“{filename}”: {exc.message}", code=exc.code) from exc
    return Upload(filename, data, fmt, content_type)


def submit_new(queue: JobQueue, stored: Iterable[Stored]) -> None:
    """Tell the queue about each new job (after the commit); duplicates keep their first job."""
    for item in stored:
        if not item.duplicate:
            submit_safely(queue, item.job.id)
