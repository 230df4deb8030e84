"""Full-text search, one suite run on SQLite FTS5 and on PostgreSQL: Vietnamese folding, ranking of exact over
folded matches, phrases, prefixes, stemming, every filter, sorting, paging, snippets, permissions, and the index
following saves and deletes. Expected meetings are read off `search_support.MEETINGS` by hand."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import models.search
from minutes.cli import main
from minutes.settings import Settings
from models.flags import from_contract, store_meeting_flags
from models.meetings import delete_meeting, save_meeting
from models.review import review_flag
from models.search import SearchPage, SearchQuery, search
from models.tables import Document, Flag, Meeting, User
from tests.integration.helpers import ADMIN
from tests.integration.review_support import ARCHIVIST, CELL_SECRETARY, DISTRICT_REVIEWER, ROOT_REVIEWER, app_client
from tests.integration.search_support import MEETINGS, store_all
from worker.runtime import Runtime


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    with app_client(settings, runtime) as client:
        store_all(runtime, client.ids)  # type: ignore[attr-defined]
        yield client


@pytest.fixture
def ids(client: TestClient) -> dict[str, int]:
    return client.ids  # type: ignore[attr-defined,no-any-return]


def run(runtime: Runtime, user: str | None = "admin", **query: Any) -> SearchPage:
    with runtime.db.session() as session:
        caller = session.scalars(select(User).where(User.username == user)).one() if user else None
        return search(session, SearchQuery(**query), caller)


def names(runtime: Runtime, ids: dict[str, int], user: str | None = "admin", **query: Any) -> list[str]:
    """The meetings found, by name, in the order given; checks that `total` counts them all."""
    by_id = {ids[name]: name for name in MEETINGS}
    page = run(runtime, user, **{"limit": 100, **query})
    assert page.total == len(page.items)
    return [by_id[hit.meeting_id] for hit in page.items]


def test_vietnamese_is_found_without_diacritics(runtime: Runtime, ids: dict[str, int]) -> None:
    assert set(names(runtime, ids, text="bien ban chi bo")) == {"may", "june", "storm", "december"}
    assert set(names(runtime, ids, text="dang")) == {"may", "june", "storm", "december"}  # Đảng, dang viên
    assert names(runtime, ids, text="phong chong bao lut") == ["storm"]
    assert names(runtime, ids, text="PHÒNG CHỐNG") == ["storm"]


def test_exact_diacritics_rank_above_folded_matches(runtime: Runtime, ids: dict[str, int]) -> None:
    # "june" is typed without diacritics: it holds "dang" and "bien ban … chi bo" exactly as typed here
    assert names(runtime, ids, text="dang") == ["june", "storm", "may", "december"]
    assert names(runtime, ids, text="Đảng") == ["storm", "may", "december", "june"]
    assert names(runtime, ids, text="bien ban chi bo") == ["june", "storm", "may", "december"]
    assert names(runtime, ids, text="biên bản chi bộ") == ["storm", "may", "december", "june"]
    scores = [hit.score for hit in run(runtime, text="Đảng").items]
    assert scores == [8, 8, 8, 0]


def test_phrases_and_words(runtime: Runtime, ids: dict[str, int]) -> None:
    # "may": "quán triệt nghị quyết"; "december": "quyết toán … kiến nghị" (both words, apart)
    assert names(runtime, ids, text="nghi quyet") == ["may", "december"]  # adjacent words rank first
    assert names(runtime, ids, text="quyet nghi") == ["may", "december"]
    assert names(runtime, ids, text='"nghi quyet"') == ["may"]
    assert names(runtime, ids, text='"quyet nghi"') == []
    assert names(runtime, ids, text='"Eleanor Whitfield moved"') == ["library"]


def test_prefixes(runtime: Runtime, ids: dict[str, int]) -> None:
    assert names(runtime, ids, text="nghi quy*") == ["may", "december"]
    assert names(runtime, ids, text='"nghị quy*"') == ["may"]
    assert names(runtime, ids, text="budg*") == ["library", "budget"]
    assert names(runtime, ids, text="treasur*") == ["library", "budget"]  # a topic title, and the text


def test_english_stemming(runtime: Runtime, ids: dict[str, int]) -> None:
    assert names(runtime, ids, text="budgets") == ["library", "budget"]  # "library" holds "budgets" itself
    assert names(runtime, ids, text="budget") == ["library", "budget"]
    assert names(runtime, ids, text="discussing roofs") == ["library"]


def test_each_filter_alone(runtime: Runtime, ids: dict[str, int]) -> None:
    assert names(runtime, ids, bodies=[ids["cell"]]) == ["june", "may", "december"]
    assert names(runtime, ids, units=[ids["district"]]) == ["storm"]
    june = {"date_from": dt.date(2024, 6, 1), "date_to": dt.date(2024, 6, 30)}
    assert names(runtime, ids, **june) == ["library", "june"]
    assert names(runtime, ids, date_to=dt.date(2023, 12, 5)) == ["december", "budget"]
    assert names(runtime, ids, types=["thematic"]) == ["june"]
    assert names(runtime, ids, types=["special", "thematic"]) == ["storm", "june"]
    assert names(runtime, ids, labels=["finance"]) == ["library", "budget"]
    assert names(runtime, ids, labels=["party_building"]) == ["may"]
    assert names(runtime, ids, open_flags=True) == ["storm"]
    assert names(runtime, ids, open_flags=False) == ["library", "june", "may", "december", "budget"]


def test_person_filter_by_name_and_role(runtime: Runtime, ids: dict[str, int]) -> None:
    an = "Nguyễn Văn An"  # chairs "may" and "december"; a guest who speaks at "storm"
    assert names(runtime, ids, person=an) == ["storm", "may", "december"]
    assert names(runtime, ids, person=an, person_roles=["attended"]) == ["may", "december"]
    assert names(runtime, ids, person="nguyen van an", person_roles=["spoke"]) == ["storm", "may"]
    assert names(runtime, ids, person="VĂN AN") == ["storm", "may", "december"]
    assert names(runtime, ids, person="Trần Văn Cường", person_roles=["absent"]) == ["may"]
    assert names(runtime, ids, person="Trần Văn Cường", person_roles=["attended"]) == []
    assert names(runtime, ids, person="Phạm Văn Dũng", person_roles=["assigned"]) == ["may"]
    assert names(runtime, ids, person="pham van dung") == ["june", "may"]  # chair of one, assigned in the other
    assert names(runtime, ids, person="Grace Nakamura", person_roles=["absent", "assigned"]) == ["library"]
    assert names(runtime, ids, person="Văn Bình") == []  # words of two different names
    assert names(runtime, ids, person="  ") == names(runtime, ids)  # no name: no filter


def test_filters_combine(runtime: Runtime, ids: dict[str, int]) -> None:
    cell_2024 = {"bodies": [ids["cell"]], "date_from": dt.date(2024, 1, 1)}
    assert names(runtime, ids, text="chi bo", **cell_2024) == ["june", "may"]
    assert names(runtime, ids, text="chi bo", types=["regular"], **cell_2024) == ["may"]
    assert names(runtime, ids, text="dang", person="Nguyễn Văn An", person_roles=["spoke"]) == ["storm", "may"]
    spoke_in_district = {"units": [ids["district"]], "person": "van an", "person_roles": ["spoke"]}
    assert names(runtime, ids, text="bao lut", open_flags=True, **spoke_in_district) == ["storm"]
    assert names(runtime, ids, text="bao lut", open_flags=False, **spoke_in_district) == []
    assert names(runtime, ids, text="budget", labels=["finance"], date_from=dt.date(2024, 1, 1)) == ["library"]


def test_sort_by_date_and_pages(runtime: Runtime, ids: dict[str, int]) -> None:
    assert names(runtime, ids, text="chi bo", sort="date") == ["storm", "june", "may", "december"]
    everything = ["storm", "library", "june", "may", "december", "budget"]
    assert names(runtime, ids) == everything  # no words: newest first
    first, second = run(runtime, limit=4, offset=0), run(runtime, limit=4, offset=4)
    assert (first.total, second.total, len(first.items), len(second.items)) == (6, 6, 4, 2)
    by_id = {ids[name]: name for name in MEETINGS}
    assert [by_id[hit.meeting_id] for hit in [*first.items, *second.items]] == everything
    assert run(runtime, limit=4, offset=8).items == []


def test_ranking_window_then_newest_first(runtime: Runtime, ids: dict[str, int], monkeypatch: Any) -> None:
    monkeypatch.setattr(models.search, "RANK_WINDOW", 2)
    # "dang" matches storm, june, may, december (newest first); the two newest are ranked: june (exact) first
    assert names(runtime, ids, text="dang") == ["june", "storm", "may", "december"]
    assert run(runtime, text="dang").ranked == 2
    pages = [run(runtime, text="dang", limit=1, offset=offset).items for offset in range(5)]
    assert [hit.meeting_id for page in pages for hit in page] == [ids[n] for n in ("june", "storm", "may", "december")]


def test_snippets_highlight_the_original_text(runtime: Runtime, ids: dict[str, int]) -> None:
    [may] = [hit for hit in run(runtime, text="bien ban").items if hit.meeting_id == ids["may"]]
    assert may.snippet.startswith("<mark>Biên</mark> <mark>bản</mark> sinh hoạt chi bộ thường kỳ tháng 5.")
    assert (may.title, may.body, may.date, may.type) == (
        "Biên bản sinh hoạt chi bộ thường kỳ tháng 5/2024", "Chi bộ Thôn 3", dt.date(2024, 5, 5), "regular",
    )  # fmt: skip
    [budget] = run(runtime, text="parking").items
    assert (
        budget.snippet == "The treasurer presented the budget. Members asked about <mark>parking</mark> &amp; lighting."
    )
    [library] = run(runtime, text="Whitfield", types=["regular"], bodies=[ids["board"]], sort="date").items[:1]
    assert "<mark>Whitfield</mark>" in library.snippet
    [storm] = run(runtime, text="Thôn 7").items  # not in the text: where it is, the body's name
    assert (storm.snippet, storm.score) == ("Chi bộ <mark>Thôn</mark> <mark>7</mark>", 8 + 4 + 1)
    [june] = run(runtime, text="van dung", person="Pham Van Dung", sort="date", types=["thematic"]).items
    assert june.snippet.startswith("Bien ban sinh hoat chi bo chuyen de thang 6. Dong chi Pham <mark>Van</mark>")


def test_permissions(runtime: Runtime, ids: dict[str, int]) -> None:
    everything = {"storm", "library", "june", "may", "december", "budget"}
    assert set(names(runtime, ids, ROOT_REVIEWER[0])) == everything
    assert set(names(runtime, ids, ARCHIVIST[0])) == everything
    assert set(names(runtime, ids, None)) == everything  # the command line, without a user
    assert names(runtime, ids, DISTRICT_REVIEWER[0]) == ["storm"]
    assert names(runtime, ids, DISTRICT_REVIEWER[0], text="bien ban chi bo") == ["storm"]
    assert names(runtime, ids, DISTRICT_REVIEWER[0], bodies=[ids["cell"]]) == []
    assert names(runtime, ids, DISTRICT_REVIEWER[0], person="Nguyễn Văn An", person_roles=["attended"]) == []
    assert names(runtime, ids, CELL_SECRETARY[0]) == ["june", "may", "december"]
    assert names(runtime, ids, CELL_SECRETARY[0], units=[ids["root"]]) == ["june", "may", "december"]
    assert names(runtime, ids, CELL_SECRETARY[0], text="budget") == []


def test_open_flags_filter_follows_reviews_and_recomputations(runtime: Runtime, ids: dict[str, int]) -> None:
    with runtime.db.session() as session:
        flag = session.scalars(select(Flag).where(Flag.meeting_id == ids["storm"])).one()
        admin = session.scalars(select(User).where(User.username == ADMIN[0])).one()
        review_flag(session, flag, admin, "acknowledge", None)
    assert names(runtime, ids, open_flags=True) == []
    with runtime.db.session() as session:
        review_flag(session, session.get_one(Flag, flag.id), admin, "reopen", None)
    assert names(runtime, ids, open_flags=True) == ["storm"]
    finding = {"rule": "duration.minimum", "version": 1, "severity": "warning", "message": "45 minutes."}
    with runtime.db.session() as session:  # a recomputation raises a finding about "may", retires storm's
        store_meeting_flags(session, session.get_one(Meeting, ids["may"]), from_contract([finding], ids["may"]))
        store_meeting_flags(session, session.get_one(Meeting, ids["storm"]), [])
    assert names(runtime, ids, open_flags=True) == ["may"]
    assert names(runtime, ids, open_flags=False, text="chi bo") == ["june", "storm", "december"]
    with runtime.db.session() as session:  # changes rolled back leave the index as it was
        store_meeting_flags(session, session.get_one(Meeting, ids["june"]), from_contract([finding], ids["june"]))
        session.rollback()
    assert names(runtime, ids, open_flags=True) == ["may"]


def test_delete_removes_from_the_index(runtime: Runtime, ids: dict[str, int]) -> None:
    with runtime.db.session() as session:
        meeting = session.get(Meeting, ids["may"])
        assert meeting is not None
        delete_meeting(session, meeting, None)
    assert names(runtime, ids, text="nghi quyet") == ["december"]
    assert names(runtime, ids, person="Trần Văn Cường") == []
    assert run(runtime).total == 5


def test_saving_again_replaces_what_was_indexed(runtime: Runtime, ids: dict[str, int]) -> None:
    _, extraction, _ = MEETINGS["june"]
    corrected = {**extraction, "meeting": {"title": "Hop chi bo thang 8", "type": "regular", "date": "2024-08-01"}}
    with runtime.db.session() as session:
        document = session.get(Document, ids["june_document"])
        assert document is not None
        save_meeting(session, document, corrected, text="Hop chi bo ve phong chong dich benh.", versions={})
    assert names(runtime, ids, text="dang") == ["storm", "may", "december"]
    assert names(runtime, ids, text="dich benh") == ["june"]
    assert names(runtime, ids, date_from=dt.date(2024, 8, 1)) == ["june"]
    assert names(runtime, ids, types=["thematic"]) == []
    assert names(runtime, ids) == ["june", "storm", "library", "may", "december", "budget"]


def test_search_api(client: TestClient, ids: dict[str, int]) -> None:
    response = client.get("/api/v1/search", params={"q": "bien ban chi bo"}, auth=ADMIN)
    assert response.status_code == 200, response.text
    page = response.json()
    assert (page["total"], page["sort"], page["ranked"]) == (4, "relevance", 4)
    assert [item["meeting_id"] for item in page["items"]] == [ids[n] for n in ("june", "storm", "may", "december")]
    assert page["items"][0]["body"] == "Chi bộ Thôn 3" and page["items"][0]["score"] == 9
    params: dict[str, Any] = {"q": "dang", "person": "Nguyễn Văn An", "role": ["spoke"], "from": "2024-07-01"}
    filtered = client.get("/api/v1/search", params=params, auth=ADMIN).json()
    assert [item["meeting_id"] for item in filtered["items"]] == [ids["storm"]]
    mine = client.get("/api/v1/search", params={"sort": "date"}, auth=CELL_SECRETARY).json()
    assert [item["meeting_id"] for item in mine["items"]] == [ids["june"], ids["may"], ids["december"]]
    hidden = client.get("/api/v1/search", params={"unit": ids["cell_unit"]}, auth=DISTRICT_REVIEWER)
    assert hidden.status_code == 404
    assert client.get("/api/v1/search", params={"limit": 0}, auth=ADMIN).status_code == 422
    assert client.get("/api/v1/search", params={"q": "x"}).status_code == 401


def test_search_command(ids: dict[str, int], database_url: str, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setenv("MINUTES_DATABASE_URL", database_url)
    monkeypatch.setenv("MINUTES_DATA_DIR", str(tmp_path / "var"))
    assert main(["search", "bien ban chi bo", "--body", "Chi bộ Thôn 3", "--from", "2024-01-01", "--json"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert [item["meeting_id"] for item in page["items"]] == [ids["june"], ids["may"]]
    assert page["items"][1]["date"] == "2024-05-05"
    assert main(["search", "dang", "--person", "Văn An", "--type", "special", "--user", DISTRICT_REVIEWER[0]]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 meetings match “dang”") and "Chi bộ Thôn 7" in out and "[Đảng]" in out
    assert main(["search", "x", "--from", "May 5"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_renaming_a_body_reindexes_its_meetings(client: TestClient, runtime: Runtime, ids: dict[str, int]) -> None:
    profile = client.get(f"/api/v1/bodies/{ids['board']}/profile", auth=ADMIN).json()
    response = client.put(
        f"/api/v1/bodies/{ids['board']}/profile", json={**profile, "body": "Hillcrest Trustees"}, auth=ADMIN
    )
    assert response.status_code == 200, response.text
    assert names(runtime, ids, text="hillcrest trustees") == ["library", "budget"]
    assert names(runtime, ids, text="riverside") == ["library"]  # its title and place still say so
