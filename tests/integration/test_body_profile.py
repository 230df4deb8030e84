"""A body's profile through the API: JSON and YAML, validation, warnings, permissions, audit, recomputation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select

from compliance.profile import load_profile, profile_from
from minutes.settings import Settings
from models.tables import AuditEntry, Member
from tests.integration.helpers import ADMIN, wait_for_job
from tests.integration.review_support import ARCHIVIST, CELL_SECRETARY, DISTRICT_REVIEWER, app_client
from worker.runtime import Runtime

ROSTER = [
    {"name": "Nguyễn Văn An", "role": "Bí thư", "status": "official"},
    {"name": "Lê Thị Bình", "role": "Chi ủy viên"},
    {"name": "Trần Văn Cường", "status": "probationary", "from": "2024-03-01"},
]
PROFILE = {
    "language": "vi",
    "rule_pack": "vn-party-cell",
    "params": {"meeting_day": 5, "weekend_shift": {"saturday": -1, "sunday": 1}},
    "notes": "họp tại nhà văn hóa",  # a key no rule reads: kept, with a warning
    "roster": ROSTER,
}
DESIGN_YAML = """\
body: Chi bộ Thôn 3
language: vi
rule_pack: vn-party-cell
meeting_day: 5
weekend_shift: {saturday: -1, sunday: 1}
year: 2024
roster:
  - {name: Nguyễn Văn An, role: Bí thư, status: official}
  - {name: Lê Thị Bình, role: Chi ủy viên, status: official}
"""
SHORT_MEETING = """CHI BỘ THÔN 3
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024
Thời gian: Vào lúc 19 giờ 30 phút, ngày 05 tháng 6 năm 2024.
Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.
Tổng số đảng viên: 12 đồng chí. Có mặt: 10 đồng chí. Vắng mặt: 2 đồng chí.
Buổi sinh hoạt kết thúc vào lúc 20 giờ 15 phút cùng ngày.
"""


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        yield client


def _url(client: TestClient, body: str = "cell") -> str:
    return f"/api/v1/bodies/{client.ids[body]}/profile"  # type: ignore[attr-defined]


def _put(client: TestClient, data: dict[str, Any], auth: tuple[str, str] = ADMIN, body: str = "cell") -> Any:
    return client.put(_url(client, body), json=data, auth=auth)


def _audit(runtime: Runtime, action: str = "body.profile") -> list[AuditEntry]:
    with runtime.db.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_json_round_trip_with_warnings_and_audit(client: TestClient, runtime: Runtime) -> None:
    empty = client.get(_url(client), auth=ADMIN).json()
    assert empty == {
        "body": "Chi bộ Thôn 3",
        "language": "vi",
        "rule_pack": "vn-party-cell",
        "params": {},
        "roster": [],
    }

    response = _put(client, PROFILE)
    assert response.status_code == 200, response.text
    saved = response.json()
    assert saved["changed"] == ["params", "roster"]
    assert [warning["key"] for warning in saved["warnings"]] == ["notes"]
    assert "vn-party-cell" in saved["warnings"][0]["message"]

    profile = client.get(_url(client), auth=CELL_SECRETARY).json()
    assert profile == saved["profile"]
    assert profile["params"] == {**PROFILE["params"], "notes": "họp tại nhà văn hóa"}
    assert profile["roster"][1] == {
        "name": "Lê Thị Bình",
        "role": "Chi ủy viên",
        "status": "official",
        "from": None,
        "to": None,
    }
    assert profile["roster"][2]["status"] == "probationary" and profile["roster"][2]["from"] == "2024-03-01"

    # what GET answers, PUT takes back unchanged: nothing is written, nothing audited
    again = _put(client, profile).json()
    assert again["changed"] == [] and again["profile"] == profile
    [entry] = _audit(runtime)
    assert entry.object_id == str(client.ids["cell"])  # type: ignore[attr-defined]
    assert entry.user_id is not None and entry.at is not None
    assert entry.details["changed"] == ["params", "roster"]
    assert entry.details["before"]["roster"] == [] and len(entry.details["after"]["roster"]) == 3
    assert entry.details["warnings"] == ["notes"]
    with runtime.db.session() as session:
        rows = session.scalars(select(Member).where(Member.body_id == client.ids["cell"]).order_by(Member.id)).all()  # type: ignore[attr-defined]
        assert [(row.name, row.status) for row in rows] == [
            ("Nguyễn Văn An", "official"),
            ("Lê Thị Bình", "official"),
            ("Trần Văn Cường", "probationary"),
        ]
    assert client.get("/api/v1/bodies", auth=ADMIN).json()[0]["members"] == 3


def test_yaml_round_trip_and_roster_replacement(client: TestClient, runtime: Runtime) -> None:
    assert _put(client, PROFILE).status_code == 200
    as_json = client.get(_url(client), auth=ADMIN).json()
    for response in (
        client.get(_url(client), params={"format": "yaml"}, auth=ADMIN),
        client.get(_url(client), headers={"Accept": "application/x-yaml"}, auth=ADMIN),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-yaml")
        assert load_profile(response.text) == profile_from(as_json)
    text = client.get(_url(client), params={"format": "yaml"}, auth=ADMIN).text
    assert yaml.safe_load(text)["notes"] == "họp tại nhà văn hóa"  # parameters stand at the top level in YAML

    headers = {"Content-Type": "application/x-yaml"}
    unchanged = client.put(_url(client), content=text.encode(), headers=headers, auth=ADMIN).json()
    assert unchanged["changed"] == []

    replaced = client.put(_url(client), content=DESIGN_YAML.encode(), headers=headers, auth=ADMIN)
    assert replaced.status_code == 200, replaced.text
    saved = replaced.json()
    assert saved["changed"] == ["params", "roster"]
    assert [warning["key"] for warning in saved["warnings"]] == ["year"]
    assert [member["name"] for member in saved["profile"]["roster"]] == ["Nguyễn Văn An", "Lê Thị Bình"]
    with runtime.db.session() as session:
        names = session.scalars(select(Member.name).where(Member.body_id == client.ids["cell"])).all()  # type: ignore[attr-defined]
        assert sorted(names) == ["Lê Thị Bình", "Nguyễn Văn An"]
    assert len(_audit(runtime)) == 2


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"roster": [{"name": "Trần Văn Cường", "status": "honorary"}]}, "roster.0.status"),
        ({"roster": [{"role": "Bí thư"}]}, "roster.0.name"),
        ({"rule_pack": "no-such-pack"}, "unknown rule pack 'no-such-pack'"),
        ({"params": {"roles.chair_recorder.anything": 1}}, "roles.chair_recorder"),
    ],
)
def test_bad_profiles_are_refused_and_change_nothing(
    client: TestClient, runtime: Runtime, change: dict[str, Any], needle: str
) -> None:
    response = _put(client, {**PROFILE, **change})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_input" and needle in error["message"]
    assert client.get(_url(client), auth=ADMIN).json()["roster"] == []
    assert _audit(runtime) == []


def test_malformed_bodies_are_refused(client: TestClient) -> None:
    url = _url(client)
    for content, kind in [(b"{not json", "application/json"), (b"- a\n- list", "application/x-yaml"), (b"a: [", "")]:
        response = client.put(url, content=content, headers={"Content-Type": kind}, auth=ADMIN)
        assert response.status_code == 422, content
        assert response.json()["error"]["message"].startswith("profile:")


def test_only_admins_write_and_the_subtree_reads(client: TestClient) -> None:
    assert client.get(_url(client), auth=CELL_SECRETARY).status_code == 200
    assert client.get(_url(client), auth=ARCHIVIST).status_code == 200
    assert client.get(_url(client), auth=DISTRICT_REVIEWER).status_code == 404
    assert client.get(_url(client, "other"), auth=DISTRICT_REVIEWER).status_code == 200
    assert client.get("/api/v1/bodies/999/profile", auth=ADMIN).status_code == 404
    for auth in (CELL_SECRETARY, ARCHIVIST):
        response = _put(client, PROFILE, auth=auth)
        assert response.status_code == 403 and response.json()["error"]["code"] == "permission_denied"
    assert _put(client, PROFILE, auth=DISTRICT_REVIEWER).status_code == 404
    assert _put(client, {**PROFILE, "body": "Chi bộ Thôn 7"}).status_code == 422  # another body's name
    renamed = _put(client, {**PROFILE, "body": "Chi bộ Thôn 3A"}).json()
    assert renamed["profile"]["body"] == "Chi bộ Thôn 3A" and renamed["changed"][0] == "body"


def test_a_profile_change_checks_the_meetings_again(client: TestClient) -> None:
    """45 minutes is short for a regular meeting by default; a body allowed 30 minutes has no such flag."""
    files = [("files", ("thang-6.txt", SHORT_MEETING.encode()))]
    item = client.post("/api/v1/documents", data={"body": "Chi bộ Thôn 3"}, files=files, auth=ADMIN).json()
    job = wait_for_job(client, item["documents"][0]["job_id"])
    assert job["status"] == "done", job
    meeting_url = f"/api/v1/meetings/{job['meeting_id']}"

    def duration_flags() -> list[dict[str, Any]]:
        meeting = client.get(meeting_url, auth=ADMIN).json()
        contract = sorted(flag["rule"] for flag in meeting["extraction"]["flags"])
        assert contract == sorted(flag["rule"] for flag in meeting["flags"])  # the stored extraction follows them
        return [flag for flag in meeting["flags"] if flag["rule"] == "duration.minimum"]

    assert len(duration_flags()) == 1
    relaxed = {**PROFILE, "params": {**PROFILE["params"], "duration.minimum.regular": 30}}
    assert _put(client, relaxed).status_code == 200
    assert duration_flags() == []
    assert _put(client, PROFILE).status_code == 200
    [flag] = duration_flags()
    assert flag["status"] == "open"
