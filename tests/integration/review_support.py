"""Shared steps of the flag, profile and recomputation tests: an organisation with every role, and meetings
stored with given flags (without running the pipeline, so the flags are exactly the ones a test names)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient

from api.app import create_app
from minutes.settings import Settings
from models.documents import Upload, mark_done, store_uploads
from models.meetings import save_meeting
from models.org import create_body, create_unit, create_user, find_unit
from models.tables import Body
from tests.integration.helpers import seed
from worker.runtime import Runtime

ROOT_REVIEWER = ("root-reviewer", "reviewer-password-1")
DISTRICT_REVIEWER = ("district-reviewer", "reviewer-password-2")
CELL_SECRETARY = ("cell-secretary", "secretary-password")
ARCHIVIST = ("archivist", "archivist-password")


def seed_roles(runtime: Runtime) -> dict[str, int]:
    """`helpers.seed` (root with an admin, the cell and the board) plus a district with its own body, and a
    reviewer at the root, a reviewer of the district, the cell's secretary and an archivist at the root."""
    ids = seed(runtime)
    with runtime.db.session() as session:
        root = find_unit(session, ids["root"])
        district = create_unit(session, "Huyện Đông", root, kind="district")
        other = create_body(session, "Chi bộ Thôn 7", district, language="vi", rule_pack="vn-party-cell")
        create_user(session, *ROOT_REVIEWER, "reviewer", root)
        create_user(session, *DISTRICT_REVIEWER, "reviewer", district)
        create_user(session, *CELL_SECRETARY, "secretary", find_unit(session, ids["cell_unit"]))
        create_user(session, *ARCHIVIST, "archivist", root)
        ids.update(district=district.id, other=other.id)
    return ids


def contract_flag(rule: str, message: str, date: str | None = None, severity: str = "warning") -> dict[str, Any]:
    return {"rule": rule, "version": 1, "severity": severity, "message": message, "date": date, "member": None}


def store_meeting(runtime: Runtime, body_id: int, date: str, flags: Sequence[dict[str, Any]]) -> tuple[int, int]:
    """A meeting of ``body_id`` on ``date`` carrying ``flags`` (contract objects); its job is done, so no queue
    runs the pipeline over it. Returns the meeting's and the document's ids."""
    data = f"minutes {uuid.uuid4()}".encode()
    extraction = {
        "schema": "minutes.extraction/1",
        "source": {"filename": f"{date}.txt", "sha256": hashlib.sha256(data).hexdigest(), "format": "txt"},
        "language": "vi",
        "meeting": {"date": date, "type": "regular"},
        "flags": list(flags),
    }
    with runtime.db.session() as session:
        body = session.get(Body, body_id)
        assert body is not None
        [stored] = store_uploads(session, body, [Upload(f"{date}.txt", data, "txt")], None)
        mark_done(stored.job)
        meeting = save_meeting(session, stored.document, extraction, text="", versions={})
        return meeting.id, stored.document.id


@contextmanager
def app_client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    """`seed_roles`, then a client of the app; the ids are on ``client.ids``."""
    ids = seed_roles(runtime)
    with TestClient(create_app(settings, runtime)) as client:
        client.ids = ids  # type: ignore[attr-defined]
        yield client
