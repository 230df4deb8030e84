"""Response bodies of the REST API."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field


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
    body_id: int
    meeting_id: int | None
    scope: str  # "meeting" (a meeting's own check) or "series" (over the body's meetings)
    rule: str
    version: int
    severity: str
    message: str
    date: dt.date | None
    period: str | None  # a series finding about a month, quarter, year ("2024-05"); `date` is its first day
    member: str | None
    status: str
    evidence: list[Any]
    reviewed_by: str | None
    reviewed_at: dt.datetime | None
    reason: str | None


class FlagPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[FlagOut]


class ReviewIn(BaseModel):
    action: Literal["acknowledge", "dismiss", "resolve", "reopen"]
    reason: str | None = Field(default=None, max_length=4000)


class AuditOut(BaseModel):
    id: int
    at: dt.datetime
    user: str | None  # null: the service itself (a recomputation)
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]


class ProfileWarning(BaseModel):
    key: str
    message: str


class ProfileSaved(BaseModel):
    profile: dict[str, Any]
    warnings: list[ProfileWarning]
    changed: list[str]


class MeetingOut(BaseModel):
    id: int
    document_id: int
    body_id: int
    body: str
    extraction: dict[str, Any]
    flags: list[FlagOut]
    series_flags: list[FlagOut]  # flags of the body's series checks about this meeting
    versions: dict[str, Any]


class QualityPartOut(BaseModel):
    name: str  # time, attendance, preparation, organisation, chairing, principles, previous_results, closing
    points: float
    weight: int
    explanation: dict[str, str]  # {"vi": …, "en": …}: what the minutes say or do not say


class QualityOut(BaseModel):
    meeting_id: int
    total: float
    band: str  # good, fair, average, weak (Tốt, Khá, Trung bình, Kém)
    parts: list[QualityPartOut]


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
