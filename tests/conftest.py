"""Session-wide throwaway servers and per-test databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine, text

from minutes.settings import Settings
from models.db import normalize_url
from models.migrate import upgrade
from tests.support.servers import postgres_server, redis_server
from worker.runtime import Runtime

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def server_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="minutes-test-servers-") as folder:
        yield Path(folder)


@pytest.fixture(scope="session")
def redis_url(server_dir: Path) -> Iterator[str]:
    with redis_server(server_dir / "redis") as url:
        yield url


@pytest.fixture(scope="session")
def postgres_url(server_dir: Path) -> Iterator[str]:
    with postgres_server(server_dir / "postgres") as url:
        yield url


@pytest.fixture
def fresh_redis(redis_url: str) -> Iterator[str]:
    """The session's Redis, flushed before and after the test (as rq's own suite does)."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield redis_url
    client.flushdb()
    client.close()


def _new_postgres_database(server_url: str) -> str:
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalize_url(server_url + "/postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{server_url}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, migrated database of each kind: every test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'minutes.db'}"
    else:
        url = _new_postgres_database(request.getfixturevalue("postgres_url"))
    engine = create_engine(normalize_url(url))
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(environment="test", data_dir=tmp_path / "var", database_url=database_url, redis_url=None)


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    runtime = Runtime.build(settings)
    yield runtime
    runtime.db.dispose()
