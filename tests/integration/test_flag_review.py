"""Reviewers act on flags through the API: listing with filters, the four actions, permissions, the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from minutes.settings import Settings
from models.tables import AuditEntry
from tests.integration.helpers import ADMIN
from tests.integration.review_support import (
    ARCHIVIST,
    CELL_SECRETARY,
    DISTRICT_REVIEWER,
    ROOT_REVIEWER,
    app_client,
    contract_flag,
    store_meeting,
)
from worker.runtime import Runtime


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        ids = client.ids  # type: ignore[attr-defined]
        may, may_id = store_meeting(
            runtime,
            ids["cell"],
            "2024-05-05",
            [
                contract_flag("duration.minimum", "Only 45 minutes.", "2024-05-05"),
                contract_flag("roles.chair_recorder", "No recorder.", "2024-05-05", severity="error"),
            ],
        )
        june, _ = store_meeting(
            runtime, ids["cell"], "2024-06-05", [contract_flag("duration.minimum", "Only 50 minutes.", "2024-06-05")]
        )
        other, _ = store_meeting(
            runtime, ids["other"], "2024-06-10", [contract_flag("roles.chair_recorder", "No chair.", "2024-06-10")]
        )
        ids.update(may=may, june=june, other_meeting=other, may_document=may_id)
        yield client


def _flags(client: TestClient, auth: tuple[str, str] = ADMIN, **params: Any) -> Any:
    response = client.get("/api/v1/flags", params=params, auth=auth)
    assert response.status_code == 200, response.text
    return response.json()


def _review(client: TestClient, flag_id: int, action: str, reason: str | None = None, auth: Any = ROOT_REVIEWER) -> Any:
    return client.post(f"/api/v1/flags/{flag_id}/review", json={"action": action, "reason": reason}, auth=auth)


def _audit_count(runtime: Runtime) -> int:
    with runtime.db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_listing_filters_combine_and_pages(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    everything = _flags(client)
    assert everything["total"] == 4 and len(everything["items"]) == 4
    assert [item["date"] for item in everything["items"]] == ["2024-06-10", "2024-06-05", "2024-05-05", "2024-05-05"]

    cell = _flags(client, body=ids["cell"])
    assert cell["total"] == 3
    assert _flags(client, body=ids["cell"], rule="duration.minimum")["total"] == 2
    may_duration = _flags(client, body=ids["cell"], rule="duration.minimum", to="2024-05-31")
    assert [item["message"] for item in may_duration["items"]] == ["Only 45 minutes."]
    assert _flags(client, severity="error")["total"] == 1
    assert _flags(client, severity=["error", "warning"], **{"from": "2024-06-01"})["total"] == 2
    assert _flags(client, meeting=ids["may"], status="open")["total"] == 2
    assert _flags(client, meeting=ids["may"], status="acknowledged")["total"] == 0
    assert _flags(client, unit=ids["district"])["total"] == 1
    assert _flags(client, scope="series")["total"] == 0

    first = _flags(client, limit=3, offset=0)
    second = _flags(client, limit=3, offset=3)
    assert (first["total"], len(first["items"]), len(second["items"])) == (4, 3, 1)
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})

    bad = client.get("/api/v1/flags", params={"status": "closed"}, auth=ADMIN)
    assert bad.status_code == 422


def test_each_review_action_is_audited(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    flag = _flags(client, meeting=ids["may"], rule="duration.minimum")["items"][0]
    steps = [
        ("acknowledge", None, "acknowledged"),
        ("reopen", "looked again", "open"),
        ("dismiss", "The meeting was cut short by a storm warning.", "dismissed"),
        ("reopen", None, "open"),
        ("resolve", "Minutes amended.", "resolved"),
    ]
    for action, reason, status in steps:
        response = _review(client, flag["id"], action, reason)
        assert response.status_code == 200, response.text
        body = response.json()
        assert (body["status"], body["reviewed_by"], body["reason"]) == (status, ROOT_REVIEWER[0], reason)
        assert body["reviewed_at"] is not None

    history = client.get(f"/api/v1/flags/{flag['id']}/history", auth=CELL_SECRETARY).json()
    assert [entry["action"] for entry in history] == [f"flag.{action}" for action, _, _ in steps]
    assert [(e["details"]["from"], e["details"]["to"]) for e in history] == [
        ("open", "acknowledged"),
        ("acknowledged", "open"),
        ("open", "dismissed"),
        ("dismissed", "open"),
        ("open", "resolved"),
    ]
    assert history[2]["details"]["reason"] == "The meeting was cut short by a storm warning."
    assert {entry["user"] for entry in history} == {ROOT_REVIEWER[0]}
    assert client.get(f"/api/v1/flags/{flag['id']}", auth=ARCHIVIST).json()["status"] == "resolved"

    # an action that does not apply to the flag's status is refused, and not audited
    before = _audit_count(runtime)
    refused = _review(client, flag["id"], "acknowledge")
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid_transition"
    assert _audit_count(runtime) == before


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_dismiss_needs_a_reason(client: TestClient, runtime: Runtime, reason: str | None) -> None:
    flag = _flags(client)["items"][0]
    before = _audit_count(runtime)
    response = _review(client, flag["id"], "dismiss", reason)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "reason_required" and "reason" in error["message"]
    assert client.get(f"/api/v1/flags/{flag['id']}", auth=ADMIN).json()["status"] == "open"
    assert _audit_count(runtime) == before
    assert _review(client, flag["id"], "close").status_code == 422


def test_who_may_read_and_act(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    cell_flag = _flags(client, body=ids["cell"])["items"][0]["id"]
    other_flag = _flags(client, body=ids["other"])["items"][0]["id"]

    # a reviewer outside the body's subtree does not see the flag at all
    assert _flags(client, auth=DISTRICT_REVIEWER)["total"] == 1
    for path in (f"/api/v1/flags/{cell_flag}", f"/api/v1/flags/{cell_flag}/history"):
        assert client.get(path, auth=DISTRICT_REVIEWER).status_code == 404
    assert _review(client, cell_flag, "acknowledge", auth=DISTRICT_REVIEWER).status_code == 404
    assert _review(client, other_flag, "acknowledge", auth=DISTRICT_REVIEWER).status_code == 200
    assert client.get("/api/v1/flags", params={"unit": ids["cell_unit"]}, auth=DISTRICT_REVIEWER).status_code == 404

    # the secretary reads their own body's flags only, and may not act on them
    assert {item["body_id"] for item in _flags(client, auth=CELL_SECRETARY)["items"]} == {ids["cell"]}
    assert client.get(f"/api/v1/flags/{cell_flag}", auth=CELL_SECRETARY).status_code == 200
    refused = _review(client, cell_flag, "acknowledge", auth=CELL_SECRETARY)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "permission_denied"
    assert client.get(f"/api/v1/flags/{other_flag}", auth=CELL_SECRETARY).status_code == 404

    # an archivist reads every flag of the subtree, and may not act
    assert _flags(client, auth=ARCHIVIST)["total"] == 4
    assert _review(client, cell_flag, "acknowledge", auth=ARCHIVIST).status_code == 403
    # an admin may act
    assert _review(client, cell_flag, "acknowledge", auth=ADMIN).json()["reviewed_by"] == ADMIN[0]
    assert client.get("/api/v1/flags/999999", auth=ADMIN).status_code == 404
    assert client.get("/api/v1/flags").status_code == 401


def test_meeting_shows_its_flags_with_review_state(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    flag = _flags(client, meeting=ids["may"], severity="error")["items"][0]
    _review(client, flag["id"], "acknowledge")
    meeting = client.get(f"/api/v1/meetings/{ids['may']}", auth=CELL_SECRETARY).json()
    states = {item["rule"]: item["status"] for item in meeting["flags"]}
    assert states == {"duration.minimum": "open", "roles.chair_recorder": "acknowledged"}
    assert meeting["series_flags"] == []


def test_the_audit_log_only_grows(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    seen: list[tuple[int, str, str, dict[str, Any]]] = []

    def snapshot() -> list[tuple[int, str, str, dict[str, Any]]]:
        with runtime.db.session() as session:
            entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            return [(e.id, e.action, e.object_id, e.details) for e in entries]

    flag = _flags(client, meeting=ids["may"])["items"][0]["id"]
    for action, reason in [("acknowledge", None), ("dismiss", "duplicate"), ("reopen", None)]:
        assert _review(client, flag, action, reason).status_code == 200
        now = snapshot()
        assert len(now) == len(seen) + 1 and now[: len(seen)] == seen
        seen = now
    assert client.delete(f"/api/v1/meetings/{ids['june']}", auth=CELL_SECRETARY).status_code == 204
    now = snapshot()
    assert len(now) > len(seen) and now[: len(seen)] == seen
    assert now[-1][1] == "meeting.delete"

    # and nothing can change or remove an entry: not the ORM, not plain SQL
    with pytest.raises(RuntimeError, match="append-only"), runtime.db.session() as session:
        entry = session.scalars(select(AuditEntry)).first()
        assert entry is not None
        entry.action = "flag.forged"
        session.flush()
    for statement in (update(AuditEntry).values(action="flag.forged"), text("DELETE FROM audit_log")):
        with pytest.raises(DBAPIError, match="append-only"), runtime.db.session() as session:
            session.execute(statement)
    assert snapshot() == now
