"""The `minutes` command as a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.integration.helpers import FIXTURES


def minutes(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINUTES_")}
    return subprocess.run(
        [sys.executable, "-m", "minutes", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_process_prints_one_contract_object_per_file(tmp_path: Path) -> None:
    result = minutes(
        "process", str(FIXTURES / "vi-regular.docx"), str(FIXTURES / "en-board.md"), "--json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    objects = json.loads(result.stdout)
    assert [o["source"]["filename"] for o in objects] == ["vi-regular.docx", "en-board.md"]
    assert [o["language"] for o in objects] == ["vi", "en"]
    assert objects[0]["meeting"]["date"] == "2024-05-05"
    assert objects[1]["meeting"]["date"] == "2024-03-12"
    assert not (tmp_path / "var").exists(), "process must not create a database"


def test_process_refuses_bad_input_with_exit_2(tmp_path: Path) -> None:
    result = minutes(
        "process", str(FIXTURES / "encrypted.pdf"), str(FIXTURES / "vi-regular.txt"), "--json", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "encrypted.pdf" in result.stderr and "password" in result.stderr.lower()
    assert [o["source"]["filename"] for o in json.loads(result.stdout)] == ["vi-regular.txt"]
    missing = minutes("process", str(tmp_path / "nope.docx"), cwd=tmp_path)
    assert missing.returncode == 2 and "cannot be read" in missing.stderr


def test_db_upgrade_and_user_create(tmp_path: Path) -> None:
    assert minutes("db", "upgrade", cwd=tmp_path).returncode == 0
    assert (tmp_path / "var" / "minutes.db").exists()
    created = minutes(
        "user",
        "create",
        "lan",
        "--role",
        "reviewer",
        "--password-stdin",
        cwd=tmp_path,
        stdin="long-enough-pw\n",
    )
    assert created.returncode == 0, created.stderr
    again = minutes(
        "user",
        "create",
        "lan",
        "--role",
        "reviewer",
        "--password-stdin",
        cwd=tmp_path,
        stdin="long-enough-pw\n",
    )
    assert again.returncode == 2 and "already exists" in again.stderr
    body = minutes("body", "create", "Chi bộ Thôn 3", "--language", "vi", "--rule-pack", "vn-party-cell", cwd=tmp_path)
    assert body.returncode == 0, body.stderr


PROFILE = """body: Chi bộ Thôn 3
language: vi
rule_pack: vn-party-cell
meeting_day: 5
weekend_shift: {saturday: -1, sunday: 1}
notes: a key no rule reads
roster:
  - {name: Nguyễn Văn An, role: Bí thư}
  - {name: Lê Thị Bình, role: Chi ủy viên}
"""


def test_check_reads_files_as_one_series_with_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "profile.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "thang-5.docx").write_bytes((FIXTURES / "vi-regular.docx").read_bytes())
    result = minutes(
        "check", str(folder), str(FIXTURES / "empty.txt"), "--profile", str(profile), "--json", cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr  # one file refused
    assert "empty.txt" in result.stderr and "notes" in result.stderr  # the refusal, the unused key
    report = json.loads(result.stdout)
    assert set(report) == {"meetings", "series_flags"}
    [meeting] = report["meetings"]
    assert (meeting["file"].endswith("thang-5.docx"), meeting["date"], meeting["type"]) == (
        True,
        "2024-05-05",
        "regular",
    )
    fixed_day = [flag for flag in meeting["flags"] if flag["rule"] == "cadence.fixed_day"]
    # 5 May 2024 is a Sunday: the fixed day 5 moves to Monday 6 May, so the meeting was not on it
    assert len(fixed_day) == 1 and "2024-05-06" in fixed_day[0]["message"]
    assert set(fixed_day[0]) >= {"rule", "severity", "message", "date", "member", "evidence"}
    assert isinstance(report["series_flags"], list)


def test_check_without_a_readable_profile_says_so(tmp_path: Path) -> None:
    result = minutes("check", str(FIXTURES / "vi-regular.docx"), "--profile", "missing.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "missing.yaml" in result.stderr
