"""SQLAlchemy 2 tables: organisation, people, documents and jobs, meetings and their parts, flags, audit.

Organisation units form a tree; `path` ("/1/4/9/") makes subtree queries a prefix match. A body is a unit
that meets. Original files are kept for ever in `blobs`, content-addressed by SHA-256; a `document` is one
upload of a blob to a body (a corrected file is a new version pointing at the one it replaces). A meeting is
what was extracted from a document's current version.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class OrgUnit(Base):
    __tablename__ = "org_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"))
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(50))
    path: Mapped[str] = mapped_column(String(500), index=True, default="/")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_org_units_parent_name"),)


class Body(Base):
    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), unique=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    language: Mapped[str | None] = mapped_column(String(10))
    rule_pack: Mapped[str | None] = mapped_column(String(100))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    unit: Mapped[OrgUnit] = relationship()
    members: Mapped[list[Member]] = relationship(back_populates="body", cascade="all, delete-orphan")


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(30), default="official")
    from_date: Mapped[dt.date | None] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)

    body: Mapped[Body] = relationship(back_populates="members")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    unit: Mapped[OrgUnit] = relationship()


class Blob(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(500))
    content_type: Mapped[str | None] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    body: Mapped[Body] = relationship()
    blob: Mapped[Blob] = relationship(lazy="raise")

    __table_args__ = (UniqueConstraint("body_id", "sha256", name="uq_documents_body_sha256"),)


class Job(Base):
    """The durable record of one unit of work; the queue only carries its id."""

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(50), default="process_document")
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    stage: Mapped[str | None] = mapped_column(String(50))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(100))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    document: Mapped[Document] = relationship()


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str | None] = mapped_column(String(30))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    extraction: Mapped[dict[str, Any]] = mapped_column(default=dict)
    versions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship()
    body: Mapped[Body] = relationship()
    attendees: Mapped[list[Attendee]] = relationship(cascade="all, delete-orphan", order_by="Attendee.id")
    topics: Mapped[list[Topic]] = relationship(cascade="all, delete-orphan", order_by="Topic.position")
    assignments: Mapped[list[Assignment]] = relationship(cascade="all, delete-orphan", order_by="Assignment.position")
    decisions: Mapped[list[Decision]] = relationship(cascade="all, delete-orphan", order_by="Decision.position")
    speakers: Mapped[list[Speaker]] = relationship(cascade="all, delete-orphan", order_by="Speaker.id")
    flags: Mapped[list[Flag]] = relationship(
        primaryjoin="and_(Meeting.id == foreign(Flag.meeting_id), Flag.scope == 'meeting')",
        cascade="all, delete-orphan",
        order_by="Flag.id",
    )


class Attendee(Base):
    __tablename__ = "attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    name: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))  # present, absent, guest, chair, recorder
    role: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str | None] = mapped_column(Text)
    excused: Mapped[bool | None] = mapped_column(Boolean)


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    labels: Mapped[list[Any]] = mapped_column(default=list)


class Assignment(Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    position: Mapped[int] = mapped_column(Integer)
    assignee: Mapped[str | None] = mapped_column(String(300))
    task: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    name: Mapped[str] = mapped_column(String(300))
    turns: Mapped[int] = mapped_column(Integer)


class Flag(Base):
    """A failed requirement; `key` names one finding across recomputations so its review state persists.

    ``scope`` is ``meeting`` (a meeting's own check; ``meeting_id`` set) or ``series`` (a check over the body's
    meetings; ``meeting_id`` set when the finding is about one meeting, null for a body-level finding). ``date``
    is the day the finding is about; a series finding about a period ("2024-05", "2024-Q2") keeps it in
    ``period`` and its first day in ``date``. Ids are never reused (SQLite AUTOINCREMENT), so the audit log's
    references to a flag stay unambiguous after flags are removed.
    """

    __tablename__ = "flags"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012  (SQLAlchemy's own declarative form)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(10), default="meeting", server_default="meeting")
    key: Mapped[str] = mapped_column(String(300))
    rule: Mapped[str] = mapped_column(String(100))
    rule_version: Mapped[int] = mapped_column(Integer)
    severity: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    period: Mapped[str | None] = mapped_column(String(30))
    member: Mapped[str | None] = mapped_column(String(300))
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)  # given with the latest review action; required to dismiss
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    body: Mapped[Body] = relationship()
    reviewer: Mapped[User | None] = relationship()


class AuditEntry(Base):
    """Append-only record of review actions, profile changes and corrections (database triggers refuse
    UPDATE and DELETE; see migration 0002)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(100))
    object_type: Mapped[str] = mapped_column(String(50))
    object_id: Mapped[str] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    user: Mapped[User | None] = relationship()


Index("ix_audit_log_object", AuditEntry.object_type, AuditEntry.object_id)
Index("ix_flags_key", Flag.body_id, Flag.key)
