"""`minutes bench search`, small: the report's shape, sane numbers, and both engines returning the same results
for every query of the mix."""

from __future__ import annotations

import pytest

from bench.search import TARGET_P95_MS, render, run
from bench.search_data import QUERY_KINDS


@pytest.mark.postgres
def test_search_benchmark_on_both_engines(postgres_url: str) -> None:
    report = run(300, postgres=postgres_url, per_kind=4)
    assert (report["meetings"], report["bodies"]) == (300, 4)
    assert 300 < report["words_per_meeting"] < 1000
    engines = report["engines"]
    assert set(engines) == {"sqlite", "postgresql"}
    for engine in engines.values():
        assert engine["meetings"] == 300 and engine["index_meetings_per_second"] > 0
        assert engine["target_p95_ms"] == TARGET_P95_MS and isinstance(engine["target_met"], bool)
        assert 0 < engine["index_one_meeting"]["p50_ms"] <= engine["index_one_meeting"]["max_ms"]
        queries = engine["queries"]
        assert set(queries) == {*QUERY_KINDS, "all"} and queries["all"]["queries"] == 4 * len(QUERY_KINDS)
        for kind in QUERY_KINDS:
            row = queries[kind]
            assert row["queries"] == 4
            assert 0 < row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] <= row["max_ms"] < 10_000
        assert queries["common"]["found"] == 1.0 and queries["common"]["mean_total"] > 50
        assert queries["word"]["found"] >= 0.75
    for kind in QUERY_KINDS:
        assert (
            engines["sqlite"]["queries"][kind]["results_digest"]
            == engines["postgresql"]["queries"][kind]["results_digest"]
        ), kind
    assert "index built at" in render(report)
