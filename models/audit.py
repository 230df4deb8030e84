"""The audit log: who did what to which object, appended and never changed.

Every review action on a flag, every profile change, every correction and deletion of a meeting adds one
`AuditEntry`. Entries are only ever added: the session refuses to flush a change to or a deletion of one, and
the database's triggers (migration 0002) refuse UPDATE and DELETE from anywhere else.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload

from models.tables import AuditEntry, User


def record(
    session: Session,
    user: User | None,
    action: str,
    object_type: str,
    object_id: int | str,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry; ``user`` None means the service itself (a recomputation)."""
    entry = AuditEntry(
        user_id=user.id if user else None,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        details=details or {},
    )
    session.add(entry)
    return entry


def entries_for(session: Session, object_type: str, object_id: int | str) -> list[AuditEntry]:
    """The entries about one object, oldest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.object_type == object_type, AuditEntry.object_id == str(object_id))
        .options(selectinload(AuditEntry.user))
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(query))


@event.listens_for(Session, "before_flush")
def _refuse_rewriting_history(session: Session, _context: Any, _instances: Any) -> None:
    for entry in (*session.dirty, *session.deleted):
        if isinstance(entry, AuditEntry) and (entry in session.deleted or session.is_modified(entry)):
            raise RuntimeError("the audit log is append-only: its entries are never changed or removed")
