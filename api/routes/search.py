"""Full-text search over the meetings the caller may see: `GET /api/v1/search`.

Everyone searches the meetings of the bodies in their unit's subtree (a secretary: their own body's); a unit
outside it does not exist for them (404), a body outside it simply matches nothing. What a query matches and how
results are ranked is written in `models.search`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.auth import CurrentUser, DbSession, require_unit
from models.org import find_unit
from models.search import MAX_LIMIT, SearchHit, SearchQuery, search

router = APIRouter(prefix="/api/v1/search", tags=["search"])

Role = Literal["attended", "absent", "assigned", "spoke"]


class SearchHitOut(BaseModel):
    meeting_id: int
    body_id: int
    body: str
    date: dt.date | None
    type: str | None
    title: str | None
    score: int | None  # relevance 0–15 (8 exact diacritics, 4 words adjacent, 2 in the title, 1 in the heads)
    snippet: str  # HTML-escaped text of the minutes, matches in <mark>…</mark>


class SearchPageOut(BaseModel):
    total: int
    limit: int
    offset: int
    sort: Literal["relevance", "date"]
    ranked: int  # how many of the newest matches were ranked by relevance
    items: list[SearchHitOut]


def hit_out(hit: SearchHit) -> SearchHitOut:
    return SearchHitOut(**hit.__dict__)


@router.get("", response_model=SearchPageOut)
def search_meetings(
    user: CurrentUser,
    session: DbSession,
    q: Annotated[str, Query(description='words, "phrases", prefix*; diacritics optional')] = "",
    unit: Annotated[int | None, Query(description="only bodies in this unit's subtree")] = None,
    body: Annotated[list[int] | None, Query()] = None,
    date_from: Annotated[dt.date | None, Query(alias="from")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to")] = None,
    type: Annotated[list[str] | None, Query(description="meeting type: regular, thematic, special, …")] = None,
    person: Annotated[str | None, Query(description="a name, or adjacent words of one")] = None,
    role: Annotated[list[Role] | None, Query(description="the person's part; default any")] = None,
    label: Annotated[list[str] | None, Query(description="topic label")] = None,
    open_flags: Annotated[bool | None, Query(description="true: with open flags; false: without")] = None,
    sort: Literal["relevance", "date"] = "relevance",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> SearchPageOut:
    units: list[int] = []
    if unit is not None:
        target = find_unit(session, unit)
        require_unit(session, user, target.id, hidden="There is no such organisation unit.")
        units.append(target.id)
    query = SearchQuery(
        text=q,
        units=units,
        bodies=body or (),
        date_from=date_from,
        date_to=date_to,
        types=type or (),
        person=person,
        person_roles=role or (),
        labels=label or (),
        open_flags=open_flags,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    page = search(session, query, user)
    return SearchPageOut(
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        sort=page.sort,
        ranked=page.ranked,
        items=[hit_out(hit) for hit in page.items],
    )
