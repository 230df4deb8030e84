"""Every endpoint checks who calls and whether the object lies in their organisation subtree."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from minutes.settings import Settings
from models.org import create_user, find_unit
from tests.integration.helpers import ADMIN, seed, upload, wait_for_job
from worker.runtime import Runtime

CELL_SECRETARY = ("cell-secretary", "secret-password-1")
BOARD_ARCHIVIST = ("board-archivist", "secret-password-2")


@pytest.fixture
def client(settings: Settings, runtime: Runtime):  # type: ignore[no-untyped-def]
    ids = seed(runtime)
    with runtime.db.session() as session:
        create_user(session, *CELL_SECRETARY, "secretary", find_unit(session, ids["cell_unit"]))
        create_user(session, *BOARD_ARCHIVIST, "archivist", find_unit(session, "Riverside Library Board"))
    with TestClient(create_app(settings, runtime)) as client:
        client.ids = ids  # type: ignore[attr-defined]
        yield client


def test_no_credentials_or_wrong_password(client: TestClient) -> None:
    assert client.get("/api/v1/jobs/x").status_code == 401
    response = client.get("/api/v1/bodies", auth=("admin", "wrong"))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_required"
    assert response.headers["www-authenticate"].startswith("Basic")


def test_secretary_sees_own_body_only(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    own = upload(client, ids["cell"], "vi-regular.docx", auth=CELL_SECRETARY)
    assert own.status_code == 202, own.text
    other = upload(client, ids["board"], "en-board.docx", auth=ADMIN).json()["documents"][0]
    assert upload(client, ids["board"], "en-board.md", auth=CELL_SECRETARY).status_code == 404

    own_job = wait_for_job(client, own.json()["documents"][0]["job_id"], auth=CELL_SECRETARY)
    other_job = wait_for_job(client, other["job_id"])
    assert client.get(f"/api/v1/meetings/{own_job['meeting_id']}", auth=CELL_SECRETARY).status_code == 200
    for path in (
        f"/api/v1/meetings/{other_job['meeting_id']}",
        f"/api/v1/jobs/{other['job_id']}",
        f"/api/v1/documents/{other['document_id']}",
        f"/api/v1/documents/{other['document_id']}/original",
    ):
        response = client.get(path, auth=CELL_SECRETARY)
        assert response.status_code == 404, path
    names = [body["name"] for body in client.get("/api/v1/bodies", auth=CELL_SECRETARY).json()]
    assert names == ["Chi bộ Thôn 3"]


def test_archivist_may_read_but_not_upload(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    response = upload(client, ids["board"], "en-board.docx", auth=BOARD_ARCHIVIST)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    item = upload(client, ids["board"], "en-board.docx").json()["documents"][0]
    job = wait_for_job(client, item["job_id"], auth=BOARD_ARCHIVIST)
    assert client.get(f"/api/v1/meetings/{job['meeting_id']}", auth=BOARD_ARCHIVIST).status_code == 200


def test_only_admins_create_bodies(client: TestClient) -> None:
    new = {"name": "Chi bộ Thôn 4", "language": "vi", "rule_pack": "vn-party-cell"}
    assert client.post("/api/v1/bodies", json=new, auth=CELL_SECRETARY).status_code in (403, 404)
    response = client.post("/api/v1/bodies", json=new, auth=ADMIN)
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Chi bộ Thôn 4"
    unknown = client.post("/api/v1/bodies", json={"name": "X", "rule_pack": "no-such-pack"}, auth=ADMIN)
    assert unknown.status_code == 422
