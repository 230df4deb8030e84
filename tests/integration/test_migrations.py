"""The migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.db import make_engine
from models.migrate import upgrade
from models.search_store import include_name
from models.tables import Base


def test_migrations_match_the_models(database_url: str) -> None:
    engine = make_engine(database_url)  # the fixture has already migrated it to head
    upgrade(engine)  # and upgrading again changes nothing
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
