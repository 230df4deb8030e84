"""flag review state, series flags, append-only audit log

Flags gain their scope (meeting or series), a period, and who reviewed them, when and why; their ids are never
reused on SQLite (AUTOINCREMENT, which needs the table rebuilt there) so audit entries keep pointing at one flag.
The audit log gets an index for a flag's history and triggers that refuse UPDATE and DELETE on both databases.
A later migration that rebuilds `audit_log` on SQLite (batch mode) must create the triggers again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 03:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = "the audit log is append-only: its entries are never changed or removed"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
    for verb in ("UPDATE", "DELETE")
]
POSTGRES_TRIGGERS = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
]


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_object", ["object_type", "object_id"], unique=False)

    sqlite = _sqlite()
    with op.batch_alter_table(
        "flags",
        schema=None,
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=10), server_default="meeting", nullable=False))
        batch_op.add_column(sa.Column("period", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("reviewed_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_flags_date"), ["date"], unique=False)
        batch_op.create_foreign_key("fk_flags_reviewed_by_users", "users", ["reviewed_by"], ["id"])

    for statement in SQLITE_TRIGGERS if sqlite else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if _sqlite():
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")

    with op.batch_alter_table("flags", schema=None) as batch_op:
        batch_op.drop_constraint("fk_flags_reviewed_by_users", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_flags_date"))
        batch_op.drop_column("reason")
        batch_op.drop_column("reviewed_at")
        batch_op.drop_column("reviewed_by")
        batch_op.drop_column("period")
        batch_op.drop_column("scope")

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_object")
