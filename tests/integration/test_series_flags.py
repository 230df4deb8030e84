"""Series flags are stored for a body by key, so a finding that persists keeps its review state.

`check_series` is written by another issue; these tests hand `store_series_flags` the `compliance.Flag` values
the engine would return and check what storage does with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from compliance import Flag
from extract.contract import Evidence
from minutes.settings import Settings
from models.flags import NO_LONGER_RAISED, RAISED_AGAIN, store_series_flags
from models.tables import AuditEntry, Body
from models.tables import Flag as FlagRow
from tests.integration.helpers import ADMIN
from tests.integration.review_support import ROOT_REVIEWER, app_client, store_meeting
from worker.runtime import Runtime


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        ids = client.ids  # type: ignore[attr-defined]
        ids["may"], _ = store_meeting(runtime, ids["cell"], "2024-05-05", [])
        ids["june"], _ = store_meeting(runtime, ids["cell"], "2024-06-05", [])
        yield client


def absent(meeting: int | None, member: str = "Trần Văn Cường", times: int = 3) -> Flag:
    return Flag(
        rule="attendance.unexcused_3_months",
        version=1,
        severity="warning",
        message=f"{member} was absent without excuse {times} times in a row.",
        date="2024-06-05",
        member=member,
        evidence=(Evidence(block=3, start=10, end=24, text=member),),
        meeting=str(meeting) if meeting is not None else None,
    )


CADENCE = Flag(rule="cadence.monthly", version=1, severity="error", message="No meeting in 2024-07.", date="2024-07")
QUARTER = Flag(rule="cadence.thematic_quarterly", version=2, severity="warning", message="No thematic.", date="2024-Q3")


def _store(runtime: Runtime, body_id: int, flags: Sequence[Flag]) -> None:
    with runtime.db.session() as session:
        body = session.get(Body, body_id)
        assert body is not None
        store_series_flags(session, body, flags)


def _stored(runtime: Runtime, body_id: int) -> dict[str, FlagRow]:
    with runtime.db.session() as session:
        rows = session.scalars(select(FlagRow).where(FlagRow.body_id == body_id, FlagRow.scope == "series"))
        return {f"{row.rule}|{row.member or ''}|{row.meeting_id}": row for row in rows}


def _review(client: TestClient, flag_id: int, action: str, reason: str | None = None) -> None:
    response = client.post(f"/api/v1/flags/{flag_id}/review", json={"action": action, "reason": reason}, auth=ADMIN)
    assert response.status_code == 200, response.text


def test_series_flags_are_stored_with_their_meeting_date_and_period(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    _store(runtime, ids["cell"], [absent(ids["june"]), CADENCE, QUARTER, absent(999)])
    stored = _stored(runtime, ids["cell"])
    row = stored[f"attendance.unexcused_3_months|Trần Văn Cường|{ids['june']}"]
    assert (row.status, row.severity, row.date, row.period) == ("open", "warning", dt.date(2024, 6, 5), None)
    assert row.evidence == [{"block": 3, "start": 10, "end": 24, "text": "Trần Văn Cường"}]
    cadence = stored["cadence.monthly||None"]
    assert (cadence.meeting_id, cadence.date, cadence.period) == (None, dt.date(2024, 7, 1), "2024-07")
    quarter = stored["cadence.thematic_quarterly||None"]
    assert (quarter.rule_version, quarter.date, quarter.period) == (2, dt.date(2024, 7, 1), "2024-Q3")
    # a key that names no meeting of the body makes a body-level flag
    assert "attendance.unexcused_3_months|Trần Văn Cường|None" in stored

    # through the API: listed with the series scope, by period start, and on the meeting they are about
    page = client.get("/api/v1/flags", params={"scope": "series", "from": "2024-07-01"}, auth=ROOT_REVIEWER).json()
    assert sorted(item["period"] for item in page["items"]) == ["2024-07", "2024-Q3"]
    meeting = client.get(f"/api/v1/meetings/{ids['june']}", auth=ADMIN).json()
    assert [flag["member"] for flag in meeting["series_flags"]] == ["Trần Văn Cường"]
    assert meeting["flags"] == []


def test_recomputation_keeps_review_state_and_settles_the_rest(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    _store(runtime, ids["cell"], [absent(ids["june"]), absent(ids["june"], "Lê Văn Tâm"), CADENCE, QUARTER])
    before = _stored(runtime, ids["cell"])
    kept = before[f"attendance.unexcused_3_months|Trần Văn Cường|{ids['june']}"]
    acknowledged_gone = before[f"attendance.unexcused_3_months|Lê Văn Tâm|{ids['june']}"]
    _review(client, kept.id, "acknowledge")
    _review(client, acknowledged_gone.id, "acknowledge")
    _review(client, before["cadence.thematic_quarterly||None"].id, "dismiss", "thematic held with the regular one")

    # the next run: Cường's finding persists (its message changed), Tâm's and the cadence finding are gone,
    # the dismissed quarterly finding is gone too, and a new one appears
    _store(runtime, ids["cell"], [absent(ids["june"], times=4), absent(ids["may"], "Phạm Văn Dũng")])
    after = _stored(runtime, ids["cell"])

    same = after[f"attendance.unexcused_3_months|Trần Văn Cường|{ids['june']}"]
    assert (same.id, same.status, same.reviewed_by is not None) == (kept.id, "acknowledged", True)
    assert "4 times" in same.message
    assert "cadence.monthly||None" not in after  # open and never reviewed: removed
    gone = after[f"attendance.unexcused_3_months|Lê Văn Tâm|{ids['june']}"]
    assert (gone.id, gone.status, gone.reason) == (acknowledged_gone.id, "resolved", NO_LONGER_RAISED)
    assert gone.reviewed_by is None
    dismissed = after["cadence.thematic_quarterly||None"]
    assert (dismissed.status, dismissed.reason) == ("resolved", NO_LONGER_RAISED)
    assert after[f"attendance.unexcused_3_months|Phạm Văn Dũng|{ids['may']}"].status == "open"

    history = client.get(f"/api/v1/flags/{gone.id}/history", auth=ADMIN).json()
    assert [(e["action"], e["user"], e["details"]["from"], e["details"]["to"]) for e in history] == [
        ("flag.acknowledge", ADMIN[0], "open", "acknowledged"),
        ("flag.recompute", None, "acknowledged", "resolved"),
    ]

    # raised again: the service's own resolution is undone; a person's resolution would stay
    _store(runtime, ids["cell"], [absent(ids["june"], "Lê Văn Tâm")])
    again = _stored(runtime, ids["cell"])[f"attendance.unexcused_3_months|Lê Văn Tâm|{ids['june']}"]
    assert (again.id, again.status, again.reason) == (gone.id, "open", RAISED_AGAIN)
    with runtime.db.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.object_id == str(gone.id))).all()
        assert [entry.action for entry in entries][-1] == "flag.recompute"
    # Cường's acknowledged finding was not raised in that run: resolved, kept
    assert _stored(runtime, ids["cell"])[f"attendance.unexcused_3_months|Trần Văn Cường|{ids['june']}"].status == (
        "resolved"
    )


def test_two_findings_with_one_key_are_both_kept(client: TestClient, runtime: Runtime) -> None:
    ids = client.ids  # type: ignore[attr-defined]
    twin = Flag(rule="cadence.monthly", version=1, severity="error", message="Held on the wrong day.", date="2024-07")
    _store(runtime, ids["cell"], [CADENCE, twin])
    _store(runtime, ids["cell"], [CADENCE, twin])
    with runtime.db.session() as session:
        rows = session.scalars(select(FlagRow).where(FlagRow.body_id == ids["cell"]).order_by(FlagRow.id)).all()
        assert [row.message for row in rows] == [CADENCE.message, twin.message]
        assert rows[1].key == rows[0].key + "#2"
