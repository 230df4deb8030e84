"""`make bench-search`: `minutes bench search` on SQLite and on a throwaway PostgreSQL server started here
(from the installed binaries, as the tests start theirs), stopped afterwards. Arguments go to the benchmark:
``--meetings N`` (default 10000), ``--queries Q`` (default 100), ``--json``."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.search import render, run
from tests.support.servers import postgres_server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="minutes-bench-search-") as folder,
        postgres_server(Path(folder) / "postgres") as url,
    ):
        report = run(args.meetings, postgres=url, per_kind=args.queries)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
