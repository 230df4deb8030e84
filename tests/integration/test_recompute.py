"""Correcting or deleting a meeting checks it (and its body's series) again; review state survives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from compliance import Flag
from minutes.settings import Settings
from models.flags import NO_LONGER_RAISED, store_series_flags
from models.tables import AuditEntry, Body, Document
from models.tables import Flag as FlagRow
from tests.integration.helpers import ADMIN, wait_for_job
from tests.integration.review_support import ARCHIVIST, CELL_SECRETARY, ROOT_REVIEWER, app_client, store_meeting
from worker.runtime import Runtime

# 45 minutes (too short), no recorder, 10 present + 3 absent ≠ 12 members
ORIGINAL = """CHI BỘ THÔN 3
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024
Thời gian: Vào lúc 19 giờ 30 phút, ngày 05 tháng 6 năm 2024.
Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.
Tổng số đảng viên: 12 đồng chí. Có mặt: 10 đồng chí. Vắng mặt: 3 đồng chí.
Buổi sinh hoạt kết thúc vào lúc 20 giờ 15 phút cùng ngày.
"""
# the corrected minutes: still 45 minutes; the recorder named; the counts add up
CORRECTED = ORIGINAL.replace("Vắng mặt: 3", "Vắng mặt: 2").replace(
    "Bí thư chi bộ.\n", "Bí thư chi bộ.\nThư ký: Đồng chí Lê Thị Bình.\n"
)


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        yield client


def _upload(client: TestClient, text: str, replaces: int | None = None, auth: Any = ADMIN) -> Any:
    data = {"body": "Chi bộ Thôn 3"} | ({"replaces": str(replaces)} if replaces else {})
    files = [("files", ("thang-6.txt", text.encode()))]
    return client.post("/api/v1/documents", data=data, files=files, auth=auth)


def _by_rule(client: TestClient, meeting_id: int) -> dict[str, dict[str, Any]]:
    meeting = client.get(f"/api/v1/meetings/{meeting_id}", auth=ADMIN).json()
    return {flag["rule"]: flag for flag in meeting["flags"]}


def _review(client: TestClient, flag_id: int, action: str) -> None:
    response = client.post(f"/api/v1/flags/{flag_id}/review", json={"action": action}, auth=ROOT_REVIEWER)
    assert response.status_code == 200, response.text


def test_a_corrected_upload_keeps_the_review_state_of_persisting_flags(client: TestClient, runtime: Runtime) -> None:
    first = _upload(client, ORIGINAL).json()["documents"][0]
    job = wait_for_job(client, first["job_id"])
    assert job["status"] == "done", job
    meeting_id = job["meeting_id"]
    flags = _by_rule(client, meeting_id)
    duration, recorder = flags["duration.minimum"], flags["roles.chair_recorder"]
    counts = flags["attendance.counts_consistent"]
    _review(client, duration["id"], "acknowledge")
    _review(client, counts["id"], "acknowledge")  # reviewed, then fixed by the correction

    response = _upload(client, CORRECTED, replaces=first["document_id"], auth=CELL_SECRETARY)
    assert response.status_code == 202, response.text
    second = response.json()["documents"][0]
    corrected = wait_for_job(client, second["job_id"])
    assert corrected["status"] == "done", corrected
    assert corrected["meeting_id"] == meeting_id  # the corrected version took over the meeting

    after = _by_rule(client, meeting_id)
    assert (after["duration.minimum"]["id"], after["duration.minimum"]["status"]) == (duration["id"], "acknowledged")
    assert after["duration.minimum"]["reviewed_by"] == ROOT_REVIEWER[0]
    assert "roles.chair_recorder" not in after  # open and never reviewed: gone
    assert client.get(f"/api/v1/flags/{recorder['id']}", auth=ADMIN).status_code == 404
    settled = after["attendance.counts_consistent"]
    assert (settled["id"], settled["status"], settled["reason"]) == (counts["id"], "resolved", NO_LONGER_RAISED)
    history = client.get(f"/api/v1/flags/{counts['id']}/history", auth=ADMIN).json()
    assert [(entry["action"], entry["user"]) for entry in history] == [
        ("flag.acknowledge", ROOT_REVIEWER[0]),
        ("flag.recompute", None),
    ]

    meeting = client.get(f"/api/v1/meetings/{meeting_id}", auth=ADMIN).json()
    assert meeting["document_id"] == second["document_id"]
    assert meeting["extraction"]["recorder"]["name"] == "Lê Thị Bình"
    document = client.get(f"/api/v1/documents/{second['document_id']}", auth=ADMIN).json()
    assert document["version"] == 2
    with runtime.db.session() as session:
        new = session.get(Document, second["document_id"])
        assert new is not None and new.replaces_id == first["document_id"]
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.correct")).all()
        assert entry.details["replaces"] == first["document_id"]
    # the old version cannot be corrected again, only the latest one
    stale = _upload(client, CORRECTED + "\n", replaces=first["document_id"])
    assert stale.status_code == 422 and "latest version" in stale.json()["error"]["message"]


def test_deleting_a_meeting_recomputes_the_series_and_keeps_the_original(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    may, _ = store_meeting(runtime, ids["cell"], "2024-05-05", [])
    june, june_document = store_meeting(runtime, ids["cell"], "2024-06-05", [])
    about_june = Flag(
        rule="tasks.previous_reviewed",
        version=1,
        severity="warning",
        message="May's tasks not reviewed.",
        date="2024-06-05",
        meeting=str(june),
    )
    with runtime.db.session() as session:
        body = session.get(Body, ids["cell"])
        assert body is not None
        store_series_flags(session, body, [about_june])
    with runtime.db.session() as session:
        [reviewed] = session.scalars(select(FlagRow).where(FlagRow.meeting_id == june)).all()
    _review(client, reviewed.id, "acknowledge")

    for auth in (ARCHIVIST, ROOT_REVIEWER):
        assert client.delete(f"/api/v1/meetings/{june}", auth=auth).status_code == 403
    assert client.delete(f"/api/v1/meetings/{june}", auth=CELL_SECRETARY).status_code == 204
    assert client.get(f"/api/v1/meetings/{june}", auth=ADMIN).status_code == 404
    assert client.delete(f"/api/v1/meetings/{june}", auth=ADMIN).status_code == 404
    assert client.get(f"/api/v1/meetings/{may}", auth=ADMIN).status_code == 200
    original = client.get(f"/api/v1/documents/{june_document}/original", auth=ADMIN)
    assert original.status_code == 200 and original.content.startswith(b"minutes ")

    # the series finding about the deleted meeting is no longer raised: kept, resolved, unlinked, audited
    flag = client.get(f"/api/v1/flags/{reviewed.id}", auth=ADMIN).json()
    assert (flag["status"], flag["reason"], flag["meeting_id"]) == ("resolved", NO_LONGER_RAISED, None)
    with runtime.db.session() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "meeting.delete")).all()
        assert (entry.object_id, entry.details["document_id"]) == (str(june), june_document)
        assert entry.user_id is not None
