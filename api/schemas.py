"""Response bodies of the REST API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel


class ErrorOut(BaseModel):
    code: str
    message: str


class UploadedOut(BaseModel):
    document_id: int
    job_id: str
    filename: str
    duplicate: bool
    status: str


class UploadOut(BaseModel):
    documents: list[UploadedOut]


class JobOut(BaseModel):
    id: str
    status: str
    stage: str | None
    progress: int
    attempts: int
    document_id: int
    meeting_id: int | None
    error: ErrorOut | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None


class DocumentOut(BaseModel):
    id: int
    body_id: int
    filename: str
    format: str
    size: int
    sha256: str
    version: int
    created_at: dt.datetime


class FlagOut(BaseModel):
    id: int
    rule: str
    version: int
    severity: str
    message: str
    date: dt.date | None
    member: str | None
    status: str
    evidence: list[Any]


class MeetingOut(BaseModel):
    id: int
    document_id: int
    body_id: int
    body: str
    extraction: dict[str, Any]
    flags: list[FlagOut]
    versions: dict[str, Any]


class BodyIn(BaseModel):
    name: str
    parent_unit: int | None = None
    language: str | None = None
    rule_pack: str | None = None
    params: dict[str, Any] = {}
    roster: list[dict[str, Any]] = []


class BodyOut(BaseModel):
    id: int
    name: str
    unit_id: int
    language: str | None
    rule_pack: str | None
    members: int
