"""The benchmark and the evaluation run end to end (short versions; `make bench` and `make eval` run them whole)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _minutes(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minutes", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_bench_pipeline_prints_rates_per_language_and_format() -> None:
    result = _minutes("bench", "pipeline", "tests/fixtures", "--seconds", "0.5", "--json")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)["groups"]
    assert {"vi/docx", "en/docx", "vi/pdf", "en/pdf", "vi/txt", "en/md"} <= set(groups)
    for group in groups.values():
        assert group["runs"] >= 1 and group["documents_per_second"] > 0 and group["words_per_second"] > 0
    assert groups["en/pdf"]["pages_per_second"] > 0
