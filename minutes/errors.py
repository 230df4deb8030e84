"""One root error with a stable code and a message a secretary can read; families below it.

The HTTP status is a class attribute so one handler renders every error for the API and the web pages.
Only `TransientError` is retried by the job queue; every other error fails the job with its code stored.
"""

from __future__ import annotations

from typing import ClassVar


class MinutesError(Exception):
    """Base of every error the service reports to a person."""

    code: ClassVar[str] = "error"
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code  # type: ignore[misc]

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class IngestError(MinutesError):
    """The uploaded file cannot be read as minutes."""

    code = "ingest_failed"
    http_status = 422


class UnsupportedFormat(IngestError):
    code = "unsupported_format"
    http_status = 415


class CorruptFile(IngestError):
    code = "corrupt_file"
    http_status = 422


class EncryptedFile(IngestError):
    code = "encrypted_file"
    http_status = 422


class EmptyFile(IngestError):
    code = "empty_file"
    http_status = 422


class FileTooLarge(IngestError):
    code = "file_too_large"
    http_status = 413


class InvalidInput(MinutesError):
    """A request or a data file (rule pack, profile) is malformed."""

    code = "invalid_input"
    http_status = 422


class UnknownLanguage(MinutesError):
    code = "unknown_language"
    http_status = 422


class NotFound(MinutesError):
    code = "not_found"
    http_status = 404


class AuthenticationRequired(MinutesError):
    code = "authentication_required"
    http_status = 401


class PermissionDenied(MinutesError):
    code = "permission_denied"
    http_status = 403


class TransientError(MinutesError):
    """Something a retry can fix (a database or queue briefly unreachable)."""

    code = "transient"
    http_status = 503
