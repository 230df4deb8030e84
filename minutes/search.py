"""`minutes search QUERY`: the search of the API, on the configured database, printed for a person or as JSON.

Without ``--user`` it searches the whole archive (whoever runs the command can read the database anyway); with
``--user NAME`` it sees what that user would see through the API.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import html
import json
import re
import sys
from typing import TYPE_CHECKING, Any

from minutes.errors import InvalidInput, NotFound

if TYPE_CHECKING:  # the command line starts fast: the database modules load when a search runs
    from models.search import SearchPage

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"{option} needs a date written YYYY-MM-DD, not “{value}”.") from exc


def page_json(page: SearchPage) -> dict[str, Any]:
    out = dataclasses.asdict(page)
    for item in out["items"]:
        item["date"] = item["date"].isoformat() if item["date"] else None
    return out


def _plain(snippet: str, tty: bool) -> str:
    start, end = ("\033[1;4m", "\033[0m") if tty else ("[", "]")
    return html.unescape(_MARK.sub(lambda m: start + m.group(1) + end, snippet))


def render(page: SearchPage, query: str, tty: bool = False) -> str:
    how = "ranked by relevance" if page.sort == "relevance" else "newest first"
    shown = f"{page.offset + 1}–{page.offset + len(page.items)}" if page.items else "none"
    lines = [f"{page.total} meetings match “{query}” ({how}; showing {shown})"]
    for hit in page.items:
        score = f"  score {hit.score}" if hit.score is not None else ""
        when = hit.date.isoformat() if hit.date else "undated   "
        lines.append(f"\n{when}  {hit.body}  {hit.type or '-'}  meeting {hit.meeting_id}{score}")
        if hit.title:
            lines.append(f"  {hit.title}")
        if hit.snippet:
            lines.append(f"  {_plain(hit.snippet, tty)}")
    return "\n".join(lines)


def run(args: argparse.Namespace, runtime: Any) -> int:
    from sqlalchemy import select

    from models.org import find_body, find_unit
    from models.search import SearchQuery, search
    from models.tables import User

    with runtime.db.session() as session:
        user = None
        if args.user:
            user = session.scalars(select(User).where(User.username == args.user)).first()
            if user is None:
                raise NotFound(f"There is no user “{args.user}”.")
        query = SearchQuery(
            text=args.query,
            units=[find_unit(session, args.unit).id] if args.unit else (),
            bodies=[find_body(session, body).id for body in args.body or []],
            date_from=_date(args.date_from, "--from"),
            date_to=_date(args.date_to, "--to"),
            types=args.type or (),
            person=args.person,
            person_roles=args.role or (),
            labels=args.label or (),
            open_flags=True if args.open_flags else None,
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
        )
        page = search(session, query, user)
    if args.json:
        json.dump(page_json(page), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render(page, args.query, tty=sys.stdout.isatty()))
    return 0


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """The `search` subcommand's arguments (kept here, beside the command)."""
    search: argparse.ArgumentParser = sub.add_parser("search", help="full-text search over the stored meetings")
    search.add_argument("query", help='words, "phrases" and prefix* (diacritics optional); "" lists all')
    search.add_argument("--body", action="append", help="a body (id or name); repeat for several")
    search.add_argument("--unit", help="an organisation unit (id or name): its bodies and everything under it")
    search.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="meetings on or after this day")
    search.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="meetings on or before this day")
    search.add_argument("--type", action="append", help="meeting type: regular, thematic, special, …")
    search.add_argument("--person", help="a person's name, or adjacent words of it (“Văn An”)")
    search.add_argument(
        "--role", action="append", choices=["attended", "absent", "assigned", "spoke"], help="the person's part"
    )
    search.add_argument("--label", action="append", help="a topic label (review, plan, finance, …)")
    search.add_argument("--open-flags", action="store_true", help="only meetings with open flags")
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--user", help="search as this user, with their permissions")
    search.add_argument("--json", action="store_true", help="print the page as JSON (as the API answers)")
    return search
