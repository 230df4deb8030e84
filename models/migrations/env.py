"""Alembic environment: the URL comes from the caller (`models.migrate.upgrade`), never from a file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from models.search_store import include_name
from models.tables import Base

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through models.migrate.upgrade()")
run(connection)
