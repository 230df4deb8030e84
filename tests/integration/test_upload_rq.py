"""Upload through the API, processed by real `minutes worker` processes on a real Redis with PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from minutes.settings import Settings
from models.documents import Upload, get_job, store_uploads
from models.tables import Body, utcnow
from tests.integration.helpers import ADMIN, FIXTURES, seed, upload, wait_for_job
from tests.support.servers import free_port
from worker.runtime import Runtime

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


@pytest.fixture(params=["postgres", "sqlite"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:  # overrides the conftest one
    from models.db import make_engine
    from models.migrate import upgrade
    from tests.conftest import _new_postgres_database

    if request.param == "postgres":
        url = _new_postgres_database(request.getfixturevalue("postgres_url"))
    else:
        url = f"sqlite:///{tmp_path / 'minutes.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def rq_settings(settings: Settings, fresh_redis: str) -> Settings:
    return settings.model_copy(update={"redis_url": fresh_redis})


def _worker_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINUTES_")}
    env.update(
        MINUTES_DATABASE_URL=settings.resolved_database_url,
        MINUTES_REDIS_URL=settings.redis_url or "",
        MINUTES_ENVIRONMENT="test",
        MINUTES_DATA_DIR=str(settings.data_dir),
    )
    return env


def run_burst_worker(settings: Settings) -> subprocess.CompletedProcess[str]:
    """One `minutes worker --burst` process: works until the queue is empty, then exits."""
    return subprocess.run(
        [sys.executable, "-m", "minutes", "worker", "--burst"],
        env=_worker_env(settings),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def worker_process(rq_settings: Settings) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "minutes", "worker"],
        env=_worker_env(rq_settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield process
    process.terminate()
    process.wait(timeout=30)


def test_worker_process_handles_docx_and_pdf(
    rq_settings: Settings, runtime: Runtime, worker_process: subprocess.Popen[str]
) -> None:
    ids = seed(runtime)
    with TestClient(create_app(rq_settings, runtime)) as client:
        cell = upload(client, ids["cell"], "vi-regular.docx").json()["documents"][0]
        board = upload(client, ids["board"], "en-board.pdf").json()["documents"][0]
        cell_job = wait_for_job(client, cell["job_id"])
        board_job = wait_for_job(client, board["job_id"])
        assert cell_job["status"] == "done", cell_job
        assert board_job["status"] == "done", board_job
        cell_meeting = client.get(f"/api/v1/meetings/{cell_job['meeting_id']}", auth=ADMIN).json()
        board_meeting = client.get(f"/api/v1/meetings/{board_job['meeting_id']}", auth=ADMIN).json()
    assert cell_meeting["extraction"]["meeting"]["date"] == "2024-05-05"
    assert cell_meeting["extraction"]["chair"]["name"] == "Nguyễn Văn An"
    assert board_meeting["extraction"]["meeting"]["date"] == "2024-03-12"
    assert board_meeting["extraction"]["source"]["format"] == "pdf"


def test_upload_survives_an_unreachable_queue(settings: Settings, fresh_redis: str, runtime: Runtime) -> None:
    """Redis down at upload time: the upload is kept as a queued job; a worker started later does it."""
    ids = seed(runtime)
    dead = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    with TestClient(create_app(dead, runtime)) as client:
        response = upload(client, ids["cell"], "vi-regular.docx")
        assert response.status_code == 202, response.text
        job_id = response.json()["documents"][0]["job_id"]
    with runtime.db.session() as session:
        assert get_job(session, job_id).status == "queued"

    finished = run_burst_worker(settings.model_copy(update={"redis_url": fresh_redis}))
    assert finished.returncode == 0, finished.stderr
    with runtime.db.session() as session:
        assert get_job(session, job_id).status == "done"


def test_job_of_a_dead_worker_is_done_again(rq_settings: Settings, runtime: Runtime) -> None:
    """A job left `running` by a worker that died (no heartbeat for longer than the timeout) is redone."""
    ids = seed(runtime)
    with TestClient(create_app(rq_settings, runtime)) as client:
        job_id = upload(client, ids["cell"], "vi-regular.docx").json()["documents"][0]["job_id"]
    with runtime.db.session() as session:  # what a worker killed mid-job leaves behind
        job = get_job(session, job_id)
        job.status, job.attempts, job.stage = "running", 1, "extract"
        job.started_at = job.heartbeat_at = utcnow() - dt.timedelta(hours=2)
    finished = run_burst_worker(rq_settings)
    assert finished.returncode == 0, finished.stderr
    with runtime.db.session() as session:
        job = get_job(session, job_id)
        assert (job.status, job.attempts) == ("done", 2)


def test_failed_job_reports_code_and_message(rq_settings: Settings, runtime: Runtime) -> None:
    """Bytes that the worker cannot read (stored before a check existed, say) fail the job readably."""
    ids = seed(runtime)
    damaged = (FIXTURES / "corrupt.docx").read_bytes()
    with runtime.db.session() as session:
        body = session.get(Body, ids["cell"])
        [stored] = store_uploads(session, body, [Upload("old-upload.docx", damaged, "docx")], None)
        job_id = stored.job.id
    assert run_burst_worker(rq_settings).returncode == 0
    with TestClient(create_app(rq_settings, runtime)) as client:
        job = wait_for_job(client, job_id, timeout=5)
        original = client.get(f"/api/v1/documents/{job['document_id']}/original", auth=ADMIN)
    assert job["status"] == "failed"
    assert job["error"]["code"] == "corrupt_file"
    assert "damaged" in job["error"]["message"]
    assert original.content == damaged, "a failed job keeps the upload"
