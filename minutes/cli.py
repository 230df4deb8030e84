"""The `minutes` command: parses arguments and calls into the packages; nothing else lives here."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from minutes.errors import IngestError, MinutesError
from minutes.search import add_parser as add_search_parser
from minutes.settings import Settings

if TYPE_CHECKING:
    from compliance.profile import Profile


def _runtime(settings: Settings):  # type: ignore[no-untyped-def]
    from models.migrate import upgrade
    from worker.runtime import Runtime

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    runtime = Runtime.build(settings)
    upgrade(runtime.db.engine)
    return runtime


def _bootstrap_admin(runtime) -> None:  # type: ignore[no-untyped-def]
    """On the very first start, create the root unit and an admin, and print the admin's password once."""
    from sqlalchemy import select

    from models.org import create_user, ensure_root_unit
    from models.tables import User

    with runtime.db.session() as session:
        if session.scalars(select(User).limit(1)).first() is not None:
            return
        password = secrets.token_urlsafe(12)
        create_user(session, "admin", password, "admin", ensure_root_unit(session))
    print("First start: created the user “admin” with the password below (shown only this once).")
    print(f"    user: admin    password: {password}")
    print("Create more users with: .venv/bin/minutes user create NAME --role ROLE --unit UNIT")


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from api.app import create_app

    runtime = _runtime(settings)
    _bootstrap_admin(runtime)
    host, port = args.host or settings.host, args.port or settings.port
    jobs = "RQ workers on " + settings.redis_url if settings.redis_url else "in-process"
    print(f"Minutes service on http://{host}:{port}  (database: {runtime.db.engine.url!r}, jobs: {jobs})")
    uvicorn.run(create_app(settings, runtime), host=host, port=port, log_level="info")
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from rq import Worker

    from worker.queue import RQJobQueue, recover_stalled

    if not settings.redis_url:
        print("minutes worker needs MINUTES_REDIS_URL (e.g. redis://localhost:6379/0).", file=sys.stderr)
        return 2
    runtime = _runtime(settings)
    queue = RQJobQueue(settings.redis_url, settings.queue_name, settings.job_timeout_seconds)
    recover_stalled(runtime, queue)
    runtime.db.dispose()  # work-horses are forked: each opens its own connections
    worker = Worker([queue.queue], connection=queue.redis)
    worker.work(burst=args.burst, logging_level="INFO")
    return 0


def _read_profile(path: str) -> Profile:
    from compliance.profile import load_profile

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise MinutesError(f"{path}: the profile cannot be read ({exc.strerror}).") from exc
    return load_profile(text, path)


def _process_file(name: str, settings: Settings, profile: Profile | None) -> dict[str, Any] | None:
    """The contract object for one file, or None after telling why the file was refused."""
    from worker.pipeline import process_bytes

    try:
        data = Path(name).read_bytes()
        result = process_bytes(
            data,
            Path(name).name,
            max_bytes=settings.max_upload_bytes,
            rule_pack=profile.rule_pack if profile else None,
            params=profile.params if profile else None,
            roster=profile.roster if profile else (),
        )
    except OSError as exc:
        print(f"{name}: cannot be read ({exc.strerror}).", file=sys.stderr)
        return None
    except IngestError as exc:
        print(f"{name}: {exc.message} [{exc.code}]", file=sys.stderr)
        return None
    return result.extraction.to_json()


def cmd_process(args: argparse.Namespace, settings: Settings) -> int:
    """One contract object per file: a JSON array with --json, else one JSON object per line."""
    profile = _read_profile(args.profile) if args.profile else None
    results = [_process_file(name, settings, profile) for name in args.files]
    found = [result for result in results if result is not None]
    if args.json:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in found:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 2 if len(found) < len(results) else 0


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    runtime = _runtime(settings)
    print(f"Database is up to date: {runtime.db.engine.url!r}")
    return 0


def cmd_user_create(args: argparse.Namespace, settings: Settings) -> int:
    from models.org import create_user, ensure_root_unit, find_unit

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.name}: ")
    runtime = _runtime(settings)
    with runtime.db.session() as session:
        unit = find_unit(session, args.unit) if args.unit else ensure_root_unit(session)
        create_user(session, args.name, password, args.role, unit)
        print(f"Created user “{args.name}” ({args.role}) in “{unit.name}”.")
    return 0


def cmd_body_create(args: argparse.Namespace, settings: Settings) -> int:
    from compliance import builtin_pack
    from models.org import create_body, ensure_root_unit, find_unit

    if args.rule_pack:
        builtin_pack(args.rule_pack)
    runtime = _runtime(settings)
    with runtime.db.session() as session:
        parent = find_unit(session, args.parent) if args.parent else ensure_root_unit(session)
        body = create_body(session, args.name, parent, language=args.language, rule_pack=args.rule_pack)
        print(f"Created body “{body.name}” (id {body.id}) under “{parent.name}”.")
    return 0


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from minutes.corpus import evaluate

    card = evaluate(Path(args.corpus))
    if args.json:
        json.dump(card.as_dict(), sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    print(f"{card.documents} documents\n")
    print(f"{'field':<36} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'recall':>6} {'F1':>6}")
    for name, counts in sorted(card.fields.items()):
        print(
            f"{name:<36} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5} "
            f"{_fmt(counts.precision):>6} {_fmt(counts.recall):>6} {_fmt(counts.f1):>6}"
        )
    print("\nTargets:")
    for row in card.targets():
        print(f"  {'met ' if row['met'] else 'MISS'} {row['target']:<42} F1 {_fmt(row['f1'])} (goal {row['goal']})")
    if card.mismatches:
        print(f"\n{len(card.mismatches)} mismatches:")
        for m in card.mismatches:
            print(f"  {m.document}  {m.field}: expected {m.expected!r}, got {m.got!r}")
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """The files (or folders) as one body's series: each meeting's flags, then the series' flags."""
    from minutes.check import check_files, render

    report = check_files(args.paths, _read_profile(args.profile), settings.max_upload_bytes)
    for message in [*report.warnings, *report.refused]:
        print(f"minutes check: {message}", file=sys.stderr)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(report))
    return 2 if report.refused else 0


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    """Files and folders of minutes into a body's archive, processed like uploads; exit 1 if any was refused."""
    from minutes.add import add_paths, render

    profile = _read_profile(args.profile) if args.profile else None
    report = add_paths(_runtime(settings), args.paths, body=args.body, profile=profile, wait=args.wait)
    print(render(report))
    return report.exit_code


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from minutes import search

    return search.run(args, _runtime(settings))


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.what == "search":
        from bench import search

        return search.main(args, settings)
    if args.what != "pipeline":
        print(f"minutes bench {args.what} is not written yet; available: pipeline, search.", file=sys.stderr)
        return 2
    from bench import pipeline

    folders = [Path(p) for p in args.paths] or [Path("tests/corpus"), Path("tests/fixtures")]
    report = pipeline.run([f for f in folders if f.is_dir()], min_seconds=args.seconds)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(pipeline.render(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutes", description="Meeting minutes: extract, check, search.")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the API and web pages")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run an RQ worker (needs MINUTES_REDIS_URL)")
    worker.add_argument("--burst", action="store_true", help="stop when the queue is empty")
    worker.set_defaults(func=cmd_worker)

    process = sub.add_parser("process", help="ingest, extract and check files locally, no server")
    process.add_argument("files", nargs="+", metavar="FILE")
    process.add_argument("--json", action="store_true", help="print one JSON array")
    process.add_argument("--profile", help="a body profile (YAML)")
    process.set_defaults(func=cmd_process)

    check = sub.add_parser("check", help="check files of minutes as one body's series, no server")
    check.add_argument("paths", nargs="+", metavar="PATH", help="minutes files or folders")
    check.add_argument("--profile", required=True, help="the body's profile (YAML)")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=cmd_check)

    add = sub.add_parser("add", help="add minutes files or folders to a body's archive, processed like uploads")
    add.add_argument("paths", nargs="+", metavar="PATH", help="minutes files or folders (walked recursively)")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--body", help="the body (id or name)")
    target.add_argument("--profile", help="a body profile (YAML): creates or updates the body first")
    add.add_argument("--wait", action="store_true", help="with RQ workers, wait until they processed the files")
    add.set_defaults(func=cmd_add)

    add_search_parser(sub).set_defaults(func=cmd_search)

    evaluation = sub.add_parser("eval", help="precision, recall and F1 per field on a labelled corpus")
    evaluation.add_argument("corpus", metavar="CORPUS_DIR")
    evaluation.add_argument("--json", action="store_true")
    evaluation.set_defaults(func=cmd_eval)

    bench = sub.add_parser("bench", help="benchmarks that print numbers")
    bench.add_argument("what", choices=["pipeline", "search", "queue"])
    bench.add_argument(
        "paths", nargs="*", metavar="FOLDER", help="documents to time (default: the corpus and fixtures)"
    )
    bench.add_argument("--seconds", type=float, default=10.0, help="time to spend measuring (default 10)")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--meetings", type=int, default=10_000, help="search: synthetic meetings (default 10000)")
    bench.add_argument("--queries", type=int, default=100, help="search: queries of each kind (default 100)")
    bench.add_argument("--postgres", metavar="URL", help="search: also on this PostgreSQL server (a scratch database)")
    bench.set_defaults(func=cmd_bench)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="create or migrate the schema").set_defaults(func=cmd_db_upgrade)

    user = sub.add_parser("user", help="manage users")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    create = user_sub.add_parser("create", help="create a user")
    create.add_argument("name")
    create.add_argument("--role", required=True, choices=["secretary", "reviewer", "archivist", "admin"])
    create.add_argument("--unit", help="organisation unit id or name (default: the root)")
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    create.set_defaults(func=cmd_user_create)

    body = sub.add_parser("body", help="manage bodies (units that meet)")
    body_sub = body.add_subparsers(dest="body_command", required=True)
    body_create = body_sub.add_parser("create", help="create a body")
    body_create.add_argument("name")
    body_create.add_argument("--parent", help="parent unit id or name (default: the root)")
    body_create.add_argument("--language", choices=["vi", "en"])
    body_create.add_argument("--rule-pack", help="vn-party-cell or generic-board")
    body_create.set_defaults(func=cmd_body_create)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"minutes: the settings are not valid:\n{exc}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args, settings))
    except MinutesError as exc:
        print(f"minutes: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
