"""Shared steps of the integration tests: users, bodies, uploads, waiting for jobs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from models.org import create_body, create_user, ensure_root_unit
from worker.runtime import Runtime

FIXTURES = Path(__file__).parent.parent / "fixtures"
ADMIN = ("admin", "admin-password")


def seed(runtime: Runtime) -> dict[str, int]:
    """A root unit with an admin, a Vietnamese cell and an English board under it."""
    with runtime.db.session() as session:
        root = ensure_root_unit(session)
        create_user(session, *ADMIN, "admin", root)
        cell = create_body(session, "Chi bộ Thôn 3", root, language="vi", rule_pack="vn-party-cell")
        board = create_body(session, "Riverside Library Board", root, language="en", rule_pack="generic-board")
        return {"root": root.id, "cell": cell.id, "board": board.id, "cell_unit": cell.unit_id}


def upload(client: TestClient, body: int | str, *names: str, auth: tuple[str, str] = ADMIN) -> Any:
    files = [("files", (name, (FIXTURES / name).read_bytes())) for name in names]
    return client.post("/api/v1/documents", data={"body": str(body)}, files=files, auth=auth)


def wait_for_job(client: TestClient, job_id: str, timeout: float = 60, auth: tuple[str, str] = ADMIN) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        response = client.get(f"/api/v1/jobs/{job_id}", auth=auth)
        assert response.status_code == 200, response.text
        job = response.json()
        if job["status"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.1)
