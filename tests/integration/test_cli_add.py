"""`minutes add` as a person runs it, on SQLite and PostgreSQL, with in-process jobs: a folder of minutes with
a bad file, a profile that creates the body, then the same folder again (all duplicates); and with RQ workers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from models.tables import Attendee, Body, Document, Job, Meeting, Member
from tests.integration.helpers import FIXTURES
from tests.integration.people_support import CELL_ROSTER, JULY, JUNE
from worker.runtime import Runtime

BODY = "Chi bộ Thôn 3"


def _env(cwd: Path, database_url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINUTES_")}
    env.update(MINUTES_DATABASE_URL=database_url, MINUTES_DATA_DIR=str(cwd / "var"), **(extra or {}))
    return env


def minutes_add(
    *args: str, cwd: Path, database_url: str, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes", "add", *args],
        cwd=cwd,
        env=_env(cwd, database_url, extra),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _profile(path: Path, roster: list[dict[str, Any]]) -> Path:
    data = {"body": BODY, "language": "vi", "rule_pack": "vn-party-cell", "meeting_day": 5, "roster": roster}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _back_catalogue(root: Path) -> Path:
    """minutes/2024/thang-5.txt, minutes/2024/06/thang-6.txt, a damaged Word file, a photo and a lock file."""
    folder = root / "minutes"
    (folder / "2024" / "06").mkdir(parents=True)
    shutil.copy(FIXTURES / "vi-regular.txt", folder / "2024" / "thang-5.txt")
    (folder / "2024" / "06" / "thang-6.txt").write_text(JUNE, encoding="utf-8")
    shutil.copy(FIXTURES / "corrupt.docx", folder / "2024" / "thang-4.docx")
    shutil.copy(FIXTURES / "photo.png", folder / "anh-hop.png")
    (folder / "2024" / "~$thang-5.docx").write_bytes(b"\x00lock")
    return folder


def test_add_a_folder_then_again(tmp_path: Path, database_url: str, runtime: Runtime) -> None:
    folder = _back_catalogue(tmp_path)
    july = tmp_path / "thang-7.txt"
    july.write_text(JULY, encoding="utf-8")
    profile = _profile(tmp_path / "profile.yaml", CELL_ROSTER)

    first = minutes_add(str(folder), str(july), "--profile", str(profile), cwd=tmp_path, database_url=database_url)
    assert first.returncode == 1, first.stderr  # one file refused
    out = first.stdout
    assert f"created the body “{BODY}”" in out
    assert "3 added, 0 already in the archive, 1 refused, 0 failed." in out
    refused = out.split("Refused:")[1].splitlines()[1]
    assert "thang-4.docx" in refused and "[corrupt_file]" in refused and "damaged" in refused
    assert "anh-hop.png" in out.split("Not minutes files, left out:")[1]
    assert "~$" not in out
    # not a terminal: plain progress lines on stderr, one per file and one per finished job
    progress = [line for line in first.stderr.splitlines() if line.startswith("minutes add: ")]
    assert sum("adding" in line for line in progress) == 4
    assert sum(line.startswith("minutes add: processing") and ": done " in line for line in progress) == 3

    with runtime.db.session() as session:
        body = session.scalars(select(Body).where(Body.name == BODY)).one()
        assert (body.language, body.rule_pack, body.params) == ("vi", "vn-party-cell", {"meeting_day": 5})
        assert [member.name for member in sorted(body.members, key=lambda m: m.id)] == [e["name"] for e in CELL_ROSTER]
        dates = session.scalars(select(Meeting.date).where(Meeting.body_id == body.id).order_by(Meeting.date)).all()
        assert [day.isoformat() for day in dates if day] == ["2024-05-05", "2024-06-05", "2024-07-05"]
        assert set(session.scalars(select(Job.status))) == {"done"}
        cuong = session.scalars(select(Member.id).where(Member.name == "Trần Văn Cường")).one()
        absent = session.scalars(select(Attendee.member_id).where(Attendee.status == "absent")).all()
        assert cuong in absent  # linked to the roster the profile set
        members_before = {m.name: m.id for m in body.members}

    # the same folder again, the bad file taken out: every file is already there
    (folder / "2024" / "thang-4.docx").unlink()
    again = minutes_add(str(folder), str(july), "--body", BODY, cwd=tmp_path, database_url=database_url)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 added, 3 already in the archive, 0 refused, 0 failed." in again.stdout

    # with the profile changed (a role): the body is updated, its members keep their ids, nothing is added
    roster = [dict(entry) for entry in CELL_ROSTER]
    roster[2]["role"] = "Chi ủy viên"
    changed = _profile(tmp_path / "profile.yaml", roster)
    third = minutes_add(str(folder), "--profile", str(changed), cwd=tmp_path, database_url=database_url)
    assert third.returncode == 0, third.stdout + third.stderr
    assert f"updated the body “{BODY}” from the profile: roster" in third.stdout
    assert "0 added, 2 already in the archive" in third.stdout
    with runtime.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 3
        assert {m.name: m.id for m in session.scalars(select(Member))} == members_before
        role = session.scalars(select(Member.role).where(Member.name == "Phạm Văn Dũng")).one()
        assert role == "Chi ủy viên"


def test_add_needs_a_known_body(tmp_path: Path, database_url: str) -> None:
    result = minutes_add(
        str(FIXTURES / "vi-regular.txt"), "--body", "Chi bộ 99", cwd=tmp_path, database_url=database_url
    )
    assert result.returncode == 2 and "There is no body" in result.stderr
    profile = _profile(tmp_path / "profile.yaml", CELL_ROSTER)
    missing = minutes_add(
        str(tmp_path / "nope.docx"), "--profile", str(profile), cwd=tmp_path, database_url=database_url
    )
    assert missing.returncode == 1
    assert "0 added, 0 already in the archive, 1 refused, 0 failed." in missing.stdout
    assert "nope.docx: cannot be read" in missing.stdout
    both = minutes_add("x.txt", cwd=tmp_path, database_url=database_url)
    assert both.returncode == 2 and "--body" in both.stderr


@pytest.mark.redis
def test_add_leaves_jobs_to_rq_workers(tmp_path: Path, database_url: str, fresh_redis: str, runtime: Runtime) -> None:
    """With MINUTES_REDIS_URL the files are stored and queued; `minutes worker --burst` then processes them."""
    folder = _back_catalogue(tmp_path)
    (folder / "2024" / "thang-4.docx").unlink()
    profile = _profile(tmp_path / "profile.yaml", CELL_ROSTER)
    redis = {"MINUTES_REDIS_URL": fresh_redis}
    added = minutes_add(str(folder), "--profile", str(profile), cwd=tmp_path, database_url=database_url, extra=redis)
    assert added.returncode == 0, added.stdout + added.stderr
    assert "2 added, 0 already in the archive, 0 refused, 0 failed." in added.stdout
    assert "2 not processed yet: queued for the workers" in added.stdout
    with runtime.db.session() as session:
        assert set(session.scalars(select(Job.status))) == {"queued"}

    worker = subprocess.run(
        [sys.executable, "-m", "minutes", "worker", "--burst"],
        cwd=tmp_path,
        env=_env(tmp_path, database_url, redis),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert worker.returncode == 0, worker.stderr
    with runtime.db.session() as session:
        assert set(session.scalars(select(Job.status))) == {"done"}
        assert session.scalar(select(func.count()).select_from(Meeting)) == 2
