"""GET /api/v1/meetings/{id}/quality: the score of a stored meeting, measured against the meeting before it."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from minutes.settings import Settings
from models.documents import Upload, mark_done, store_uploads
from models.meetings import save_meeting
from models.tables import Body
from tests.integration.helpers import ADMIN
from tests.integration.review_support import DISTRICT_REVIEWER, app_client
from worker.runtime import Runtime


def stored(runtime: Runtime, body_id: int, **fields: Any) -> int:
    data = f"minutes {uuid.uuid4()}".encode()
    extraction = {
        "schema": "minutes.extraction/1",
        "source": {"filename": "m.txt", "sha256": hashlib.sha256(data).hexdigest(), "format": "txt"},
        "language": "vi",
        **fields,
    }
    with runtime.db.session() as session:
        body = session.get(Body, body_id)
        assert body is not None
        [upload] = store_uploads(session, body, [Upload("m.txt", data, "txt")], None)
        mark_done(upload.job)
        return save_meeting(session, upload.document, extraction, text="", versions={}).id


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        yield client


def test_the_review_is_measured_against_the_tasks_of_the_meeting_before(client: TestClient, runtime: Runtime) -> None:
    cell = client.ids["cell"]  # type: ignore[attr-defined]
    tasks = [{"assignee": "An", "task": task} for task in ("Thu đảng phí", "Vệ sinh đường thôn")]
    stored(runtime, cell, meeting={"date": "2024-04-05", "type": "regular"}, assignments=tasks)
    june = stored(
        runtime,
        cell,
        meeting={"date": "2024-06-05", "type": "regular", "start_time": "19:30", "end_time": "21:00"},
        topics=[{"title": "Đánh giá kết quả thực hiện nhiệm vụ tháng 5", "labels": ["review"]}],
    )
    may = stored(
        runtime,
        cell,
        meeting={"date": "2024-05-05", "type": "regular"},
        topics=[{"title": "Kiểm điểm việc thực hiện nhiệm vụ tháng 4", "labels": ["review"]}],
        reports=[{"task": "Thu đảng phí", "status": "done"}],
    )
    response = client.get(f"/api/v1/meetings/{may}/quality", auth=ADMIN)
    assert response.status_code == 200, response.text
    parts = {part["name"]: part for part in response.json()["parts"]}
    # May reviews April, which assigned two tasks, with one report: 30 × (½ + ½ × ½) = 22.5
    assert parts["previous_results"]["points"] == 22.5
    assert parts["previous_results"]["explanation"]["en"] == "Reviewed; 1 reports on 2 tasks assigned."
    body = client.get(f"/api/v1/meetings/{june}/quality", auth=ADMIN).json()
    june_parts = {part["name"]: part for part in body["parts"]}
    assert june_parts["previous_results"]["points"] == 30.0  # May assigned nothing: a review earns it all
    assert june_parts["time"]["explanation"]["en"] == "The meeting lasted 90 minutes."
    assert body["band"] in ("good", "fair", "average", "weak")
    assert body["total"] == sum(part["points"] for part in body["parts"])


def test_outside_the_subtree_or_without_a_date(client: TestClient, runtime: Runtime) -> None:
    cell = client.ids["cell"]  # type: ignore[attr-defined]
    dated = stored(runtime, cell, meeting={"date": "2024-05-05", "type": "regular"})
    undated = stored(runtime, cell, meeting={"type": "regular"})
    assert client.get(f"/api/v1/meetings/{dated}/quality", auth=DISTRICT_REVIEWER).status_code == 404
    refused = client.get(f"/api/v1/meetings/{undated}/quality", auth=ADMIN)
    assert refused.status_code == 404
    assert "no date" in refused.text
