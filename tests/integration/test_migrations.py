"""The migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.db import make_engine
from models.migrate import upgrade
from models.tables import Base


def test_migrations_match_the_models(database_url: str) -> None:
    engine = make_engine(database_url)  # the fixture has already migrated it to head
    upgrade(engine)  # and upgrading again changes nothing
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
