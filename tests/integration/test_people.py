"""People's history through the API, on SQLite and PostgreSQL: links to the roster in storage, attendance per
year with the rate's arithmetic, absences, assignments, turns at speaking, the list of people, permissions.

The archive and what its minutes say are in `people_support`; every expected value below is counted by hand
from those minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.routes.assignments import current_day
from minutes.settings import Settings
from models.tables import Attendee, Speaker
from tests.integration.helpers import ADMIN
from tests.integration.people_support import (
    BOARD,
    CELL,
    CELL_ROSTER,
    build_archive,
    member_ids,
    put_roster,
)
from tests.integration.review_support import ARCHIVIST, CELL_SECRETARY, DISTRICT_REVIEWER, app_client
from worker.runtime import Runtime

TODAY = dt.date(2024, 7, 20)


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        client.app.dependency_overrides[current_day] = lambda: TODAY  # type: ignore[attr-defined]
        build_archive(client, runtime)
        yield client


def _person(client: TestClient, member_id: int, auth: tuple[str, str] = ADMIN) -> Any:
    response = client.get(f"/api/v1/people/{member_id}", auth=auth)
    assert response.status_code == 200, response.text
    return response.json()


def _counts(row: dict[str, Any]) -> tuple[int, ...]:
    keys = ("meetings", "present", "present_inferred", "absent", "absent_excused", "absent_unexcused")
    return (*(row[key] for key in keys), row["not_mentioned"])


def test_people_are_linked_to_the_roster_in_storage(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    members = ids["members"]
    with runtime.db.session() as session:
        absent = session.execute(
            select(Attendee.name, Attendee.member_id).where(
                Attendee.meeting_id == ids["may"], Attendee.status == "absent"
            )
        ).all()
        speakers = session.execute(select(Speaker.name, Speaker.member_id).where(Speaker.meeting_id == ids["june"]))
        guests = session.scalars(select(Attendee.member_id).where(Attendee.status == "guest")).all()
        board_present = session.execute(
            select(Attendee.name, Attendee.member_id).where(
                Attendee.meeting_id == ids["board_meeting"], Attendee.status == "present"
            )
        ).all()
    assert sorted(absent) == sorted(
        [(name, members[name]) for name in ("Trần Văn Cường", "Hoàng Thị Dung", "Vũ Văn Giang")]
    )
    assert list(speakers) == [("Vũ Văn Giang", members["Vũ Văn Giang"])]
    assert set(guests) == {None}  # the higher-level delegate and the library director are not members
    # the board's meeting was stored before its roster existed: setting the roster linked it
    linked = {name: member_id for name, member_id in board_present}
    assert linked["Helen Brooks"] == members["Helen Brooks"] and linked["Priya Raman"] is None


def test_history_counts_each_year_and_explains_the_rate(client: TestClient) -> None:
    members = client.ids["members"]  # type: ignore[attr-defined]
    cuong = _person(client, members["Trần Văn Cường"])
    assert (cuong["name"], cuong["body"]) == ("Trần Văn Cường", "Chi bộ Thôn 3")
    assert "present / (present + absent)" in cuong["rate_basis"]
    # May absent (ill, excused); June present by the complete list of absentees; July not mentioned
    assert _counts(cuong["attendance"]) == (3, 1, 1, 1, 1, 0, 1)
    assert cuong["attendance"]["rate"] == 0.5
    assert [row["year"] for row in cuong["years"]] == [2024]
    assert [(m["date"], m["standing"]) for m in cuong["meetings"]] == [
        ("2024-05-05", "absent"),
        ("2024-06-05", "present_inferred"),
        ("2024-07-05", "not_mentioned"),
    ]
    assert cuong["absences"] == [
        {"meeting_id": client.ids["may"], "date": "2024-05-05", "reason": "ốm", "excused": True}  # type: ignore[attr-defined]
    ]

    giang = _person(client, members["Vũ Văn Giang"])
    # May absent without excuse; June spoke (so present); July not mentioned: 1 / (1 + 1)
    assert _counts(giang["attendance"]) == (3, 1, 0, 1, 0, 1, 1)
    assert giang["attendance"]["rate"] == 0.5
    assert giang["absences"][0]["excused"] is False and giang["absences"][0]["reason"] is None
    assert giang["spoke"] == [{"meeting_id": client.ids["june"], "date": "2024-06-05", "turns": 1}]  # type: ignore[attr-defined]
    assert [(a["task"], a["status"], a["due"]) for a in giang["assignments"]] == [
        ("Sửa chữa đường làng", "overdue", "2024-06-30")
    ]

    an = _person(client, members["Nguyễn Văn An"])  # chair of all three
    assert _counts(an["attendance"]) == (3, 3, 0, 0, 0, 0, 0) and an["attendance"]["rate"] == 1.0
    assert [(a["status"], a["due"]) for a in an["assignments"]] == [("open", "2024-07-31")]

    hoa = _person(client, members["Ngô Thị Hoa"])  # spoke in May, inferred in June, not mentioned in July
    assert _counts(hoa["attendance"]) == (3, 2, 1, 0, 0, 0, 1) and hoa["attendance"]["rate"] == 1.0
    [task] = hoa["assignments"]
    assert (task["status"], task["done_on"], task["done_meeting_id"]) == ("done", "2024-07-05", client.ids["july"])  # type: ignore[attr-defined]
    assert [(r["date"], r["status"]) for r in task["reports"]] == [("2024-06-05", "not_done"), ("2024-07-05", "done")]

    hung = _person(client, members["Đinh Văn Hùng"])  # joined on June 1: May does not count
    assert hung["from"] == "2024-06-01"
    assert _counts(hung["attendance"]) == (2, 1, 1, 0, 0, 0, 1) and hung["attendance"]["rate"] == 1.0

    reed = _person(client, members["Thomas Reed"])  # the board: absent (excused), never present
    assert _counts(reed["attendance"]) == (1, 0, 0, 1, 1, 0, 0) and reed["attendance"]["rate"] == 0.0
    brooks = _person(client, members["Helen Brooks"])
    assert [(a["task"], a["status"]) for a in brooks["assignments"]] == [
        ("Draft a revised meeting room policy", "overdue")
    ]
    bell = _person(client, members["Marcus Bell"])
    assert bell["attendance"]["rate"] == 1.0 and bell["assignments"] == [] and bell["spoke"] == []


def test_the_list_of_people_with_their_rates(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    cell = client.get("/api/v1/people", params={"body": ids["cell"]}, auth=ADMIN).json()
    assert cell["total"] == 8 and "present / (present + absent)" in cell["rate_basis"]
    assert [item["name"] for item in cell["items"]] == [entry["name"] for entry in CELL_ROSTER]
    rates = {item["name"]: item["attendance"]["rate"] for item in cell["items"]}
    assert rates == {
        "Nguyễn Văn An": 1.0,
        "Lê Thị Bình": 1.0,
        "Phạm Văn Dũng": 0.5,  # spoke in May, absent (excused) in June
        "Ngô Thị Hoa": 1.0,
        "Trần Văn Cường": 0.5,
        "Hoàng Thị Dung": 0.5,
        "Vũ Văn Giang": 0.5,
        "Đinh Văn Hùng": 1.0,
    }
    tasks = {item["name"]: item["assignments"] for item in cell["items"]}
    assert tasks["Lê Thị Bình"] == {"open": 0, "overdue": 0, "done": 1}
    assert tasks["Phạm Văn Dũng"] == {"open": 0, "overdue": 1, "done": 0}
    assert tasks["Nguyễn Văn An"] == {"open": 1, "overdue": 0, "done": 0}

    everyone = client.get("/api/v1/people", auth=ADMIN).json()
    assert everyone["total"] == 8 + 5  # the cell's and the board's rosters (the district's body has none)
    page = client.get("/api/v1/people", params={"limit": 5, "offset": 10}, auth=ADMIN).json()
    assert len(page["items"]) == 3
    earlier = client.get("/api/v1/people", params={"body": ids["cell"], "year": 2023}, auth=ADMIN).json()
    assert {(item["attendance"]["meetings"], item["attendance"]["rate"]) for item in earlier["items"]} == {(0, None)}


def test_who_may_read_people(client: TestClient) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    cuong = ids["members"]["Trần Văn Cường"]
    # a reviewer of another district: the member, the body and the unit do not exist for them
    assert client.get(f"/api/v1/people/{cuong}", auth=DISTRICT_REVIEWER).status_code == 404
    assert client.get("/api/v1/people", params={"body": ids["cell"]}, auth=DISTRICT_REVIEWER).status_code == 404
    assert client.get("/api/v1/people", params={"unit": ids["cell_unit"]}, auth=DISTRICT_REVIEWER).status_code == 404
    assert client.get("/api/v1/people", auth=DISTRICT_REVIEWER).json()["total"] == 0
    # the cell's secretary reads their own body's people only
    assert _person(client, cuong, auth=CELL_SECRETARY)["attendance"]["rate"] == 0.5
    assert {item["body"] for item in client.get("/api/v1/people", auth=CELL_SECRETARY).json()["items"]} == {
        "Chi bộ Thôn 3"
    }
    brooks = ids["members"]["Helen Brooks"]
    assert client.get(f"/api/v1/people/{brooks}", auth=CELL_SECRETARY).status_code == 404
    # an archivist at the root reads everyone
    assert _person(client, brooks, auth=ARCHIVIST)["body"] == "Riverside Library Board"
    assert client.get("/api/v1/people/999999", auth=ADMIN).status_code == 404
    assert client.get(f"/api/v1/people/{cuong}").status_code == 401


def test_a_roster_edit_keeps_ids_and_links(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    before = member_ids(runtime)
    # a role changed and a member added at the end: every id stays, the history with it
    edited = [dict(entry) for entry in CELL_ROSTER]
    edited[2]["role"] = "Chi ủy viên"
    put_roster(client, ids["cell"], CELL, [*edited, {"name": "Mai Văn Lộc"}])
    after = member_ids(runtime)
    assert all(after[name] == before[name] for name in before)
    assert _person(client, after["Phạm Văn Dũng"])["role"] == "Chi ủy viên"
    assert _person(client, after["Trần Văn Cường"])["attendance"]["rate"] == 0.5
    # reordered: the rows are new, the links are set again from the stored minutes
    put_roster(client, ids["cell"], CELL, [edited[4], *edited[:4], *edited[5:]])
    moved = member_ids(runtime)["Trần Văn Cường"]
    assert moved != before["Trần Văn Cường"]
    assert client.get(f"/api/v1/people/{before['Trần Văn Cường']}", auth=ADMIN).status_code == 404
    history = _person(client, moved)
    assert history["attendance"]["rate"] == 0.5 and history["absences"][0]["reason"] == "ốm"
    # the board's roster emptied: nobody of its minutes is linked any more
    put_roster(client, ids["board"], BOARD, [])
    assert client.get("/api/v1/people", params={"body": ids["board"]}, auth=ADMIN).json()["total"] == 0
