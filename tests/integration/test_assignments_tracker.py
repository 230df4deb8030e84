"""The assignment tracker through the API, on SQLite and PostgreSQL: statuses as of an injected day (done by a
later report, overdue past the due date), filters, paging, order, permissions.

The archive and its assignments are in `people_support` (expected values counted by hand from its minutes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.routes.assignments import current_day
from minutes.settings import Settings
from models.assignments import body_assignments
from models.tables import Body
from tests.integration.helpers import ADMIN
from tests.integration.people_support import build_archive
from tests.integration.review_support import CELL_SECRETARY, DISTRICT_REVIEWER, app_client
from worker.runtime import Runtime

TODAY = dt.date(2024, 7, 20)


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        client.app.dependency_overrides[current_day] = lambda: TODAY  # type: ignore[attr-defined]
        build_archive(client, runtime)
        yield client


def _tracker(client: TestClient, auth: tuple[str, str] = ADMIN, **params: Any) -> Any:
    response = client.get("/api/v1/assignments", params=params, auth=auth)
    assert response.status_code == 200, response.text
    return response.json()


def _rows(page: Any) -> list[tuple[str | None, str | None, str]]:
    return [(item["assignee"], item["due"], item["status"]) for item in page["items"]]


def test_open_and_overdue_across_bodies_by_due_date(client: TestClient) -> None:
    page = _tracker(client)
    assert page["total"] == 6
    assert _rows(page) == [
        ("Eleanor Whitfield", "2024-03-22", "overdue"),
        ("Anne Castillo", "2024-04-05", "overdue"),
        ("Helen Brooks", "2024-04-09", "overdue"),
        ("Phạm Văn Dũng", "2024-06-01", "overdue"),
        ("Vũ Văn Giang", "2024-06-30", "overdue"),
        ("Nguyễn Văn An", "2024-07-31", "open"),
    ]
    first = page["items"][0]
    assert (first["body"], first["deadline"], first["deadline_basis"]) == (
        "Riverside Library Board",
        "2024-03-22",
        "due",
    )
    assert [m["name"] for m in first["members"]] == ["Eleanor Whitfield"]
    assert page["items"][1]["members"] == []  # the library director is not on the board's roster

    done = _tracker(client, status="done")
    assert _rows(done) == [("Lê Thị Bình", "2024-05-31", "done"), ("Ngô Thị Hoa", "2024-06-15", "done")]
    fees, review = done["items"]
    assert (fees["done_on"], fees["done_meeting_id"]) == ("2024-06-05", client.ids["june"])  # type: ignore[attr-defined]
    assert [(r["date"], r["status"]) for r in review["reports"]] == [("2024-06-05", "not_done"), ("2024-07-05", "done")]
    assert _tracker(client, status=["open", "overdue", "done"])["total"] == 8


def test_statuses_follow_the_day_they_are_judged(client: TestClient, runtime: Runtime) -> None:
    """On June 20 Hoa's review is overdue (due June 15, reported not done on June 5) and the July report is
    not yet read; Giang's road is open until June 30. On May 31 nothing is overdue but the fees are not done."""
    ids = client.ids  # type: ignore[attr-defined]
    with runtime.db.session() as session:
        cell = session.get_one(Body, ids["cell"])
        june = {v.assignee: v.status for v in body_assignments(session, cell, dt.date(2024, 6, 20))}
        may = {v.assignee: v.status for v in body_assignments(session, cell, dt.date(2024, 5, 31))}
        august = {v.assignee: v.status for v in body_assignments(session, cell, dt.date(2024, 8, 1))}
    assert june == {
        "Lê Thị Bình": "done",
        "Phạm Văn Dũng": "overdue",
        "Ngô Thị Hoa": "overdue",
        "Vũ Văn Giang": "open",
        "Nguyễn Văn An": "open",
    }
    assert set(may.values()) == {"open"}  # due May 31 is not overdue on May 31
    assert august["Nguyễn Văn An"] == "overdue" and august["Ngô Thị Hoa"] == "done"

    client.app.dependency_overrides[current_day] = lambda: dt.date(2024, 6, 20)  # type: ignore[attr-defined]
    assert _rows(_tracker(client, body=ids["cell"], assignee="Hoa")) == [("Ngô Thị Hoa", "2024-06-15", "overdue")]


def test_filters_combine_and_page(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    members = ids["members"]
    assert _rows(_tracker(client, body=ids["cell"])) == [
        ("Phạm Văn Dũng", "2024-06-01", "overdue"),
        ("Vũ Văn Giang", "2024-06-30", "overdue"),
        ("Nguyễn Văn An", "2024-07-31", "open"),
    ]
    assert _tracker(client, unit=ids["cell_unit"])["total"] == 3
    assert _tracker(client, unit=ids["district"])["total"] == 0
    assert _tracker(client, status="open")["total"] == 1
    assert [row[0] for row in _rows(_tracker(client, status="overdue", body=ids["board"]))] == [
        "Eleanor Whitfield",
        "Anne Castillo",
        "Helen Brooks",
    ]
    # assignee: part of a name as written (diacritics optional), or a member's id
    assert _rows(_tracker(client, assignee="Binh", status="done")) == [("Lê Thị Bình", "2024-05-31", "done")]
    assert _rows(_tracker(client, assignee=str(members["Ngô Thị Hoa"]), status=["done", "open"])) == [
        ("Ngô Thị Hoa", "2024-06-15", "done")
    ]
    assert _tracker(client, assignee="Castillo")["total"] == 1
    # due dates: strictly before, strictly after
    assert [row[1] for row in _rows(_tracker(client, due_before="2024-06-01"))] == [
        "2024-03-22",
        "2024-04-05",
        "2024-04-09",
    ]
    assert [row[1] for row in _rows(_tracker(client, due_after="2024-06-01"))] == ["2024-06-30", "2024-07-31"]
    both = _tracker(client, due_after="2024-04-01", due_before="2024-06-30", status=["overdue", "done"])
    assert [row[1] for row in _rows(both)] == ["2024-04-05", "2024-04-09", "2024-05-31", "2024-06-01", "2024-06-15"]
    # pages
    page = _tracker(client, limit=2, offset=2)
    assert (page["total"], page["limit"], page["offset"]) == (6, 2, 2)
    assert [row[0] for row in _rows(page)] == ["Helen Brooks", "Phạm Văn Dũng"]
    assert client.get("/api/v1/assignments", params={"status": "late"}, auth=ADMIN).status_code == 422


def test_who_may_read_assignments(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    cell_item = _tracker(client, body=ids["cell"])["items"][0]
    assert client.get(f"/api/v1/assignments/{cell_item['id']}", auth=ADMIN).json() == cell_item

    # a reviewer of another district sees none of it, and nothing of it exists for them
    assert _tracker(client, auth=DISTRICT_REVIEWER)["total"] == 0
    assert client.get(f"/api/v1/assignments/{cell_item['id']}", auth=DISTRICT_REVIEWER).status_code == 404
    for params in (
        {"body": ids["cell"]},
        {"unit": ids["cell_unit"]},
        {"assignee": str(ids["members"]["Vũ Văn Giang"])},
    ):
        assert client.get("/api/v1/assignments", params=params, auth=DISTRICT_REVIEWER).status_code == 404
    # the cell's secretary: their body's assignments only
    assert {item["body"] for item in _tracker(client, auth=CELL_SECRETARY)["items"]} == {"Chi bộ Thôn 3"}
    assert client.get("/api/v1/assignments", params={"body": ids["board"]}, auth=CELL_SECRETARY).status_code == 404
    assert client.get("/api/v1/assignments/999999", auth=ADMIN).status_code == 404
    assert client.get("/api/v1/assignments").status_code == 401
