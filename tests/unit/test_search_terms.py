"""What the search index holds for a meeting, what a query asks of it, and the snippets shown (pure parts)."""

from __future__ import annotations

import datetime as dt

from models.search import newest_keys
from models.search_snippet import best_snippet, snippet
from models.search_store import Window
from models.search_terms import (
    Lexeme,
    MeetingSource,
    adjacency_expr,
    day_bounds,
    index_terms,
    meeting_of,
    months_between,
    person_expr,
    person_terms,
    sort_key,
    text_expr,
)
from models.search_text import parse_query

SOURCE = MeetingSource(
    meeting_id=42,
    body_id=3,
    body_name="Chi bộ Thôn 3",
    unit_ids=[1, 5, 9],
    date=dt.date(2024, 5, 5),
    type="regular+thematic",
    title="Biên bản chi bộ",
    place="Nhà văn hóa",
    text="Quán triệt nghị quyết của Đảng ủy.",
    topics=[("Xây dựng Đảng", ["party_building"])],
    decisions=["Thông qua nghị quyết"],
    tasks=["Vận động đóng quỹ"],
    names=["Nguyễn Văn An", "Trần Văn Cường"],
    people={"attended": ["Nguyễn Văn An"], "absent": ["Trần Văn Cường"], "spoke": ["Nguyễn Văn An"]},
)


def test_index_terms_cover_every_kind_of_term() -> None:
    terms = set(index_terms(SOURCE))
    assert {"quan", "triet", "nghi", "quyet", "dang", "uy"} <= terms  # folded words of the text
    assert {"~nghi_quyet", "~quyet_cua", "~dang_uy"} <= terms  # pairs for phrases
    assert {"=nghị", "=quyết", "=đảng", "=biên"} <= terms  # exact forms
    assert {"^bien", "^~bien_ban", "^~chi_bo"} <= terms and "^nghi" not in terms  # the title
    assert {"+bien", "+chi", "+thon", "+nha", "+xay", "+thong", "+quy", "+nguyen", "+~van_an"} <= terms  # heads
    assert "+quan" not in terms  # the text is not a head
    assert {"#u1", "#u5", "#u9", "#b3", "#t_regular_thematic", "#l_party_building", "#m202405"} <= terms
    assert {"@a_nguyen_van_an", "@a_van_an", "@a_an", "@x_tran_van_cuong", "@s_nguyen"} <= terms
    assert "@x_nguyen_van_an" not in terms and "@g_an" not in terms


def test_pairs_never_span_two_fields() -> None:
    terms = set(index_terms(SOURCE))
    assert "~bo_quan" not in terms  # title "… chi bộ" then text "Quán triệt …"
    assert "~an_tran" not in terms  # two people's names


def test_person_terms_are_runs_of_a_name() -> None:
    assert person_terms("absent", "Lê Thị Bình") == {
        "@x_le", "@x_thi", "@x_binh", "@x_le_thi", "@x_thi_binh", "@x_le_thi_binh",
    }  # fmt: skip
    assert person_expr("Thị  BÌNH", ["attended", "spoke"]) == [[Lexeme("@a_thi_binh"), Lexeme("@s_thi_binh")]]


def test_query_expressions() -> None:
    clauses = parse_query('biên bản "chi bộ" quy*')
    assert text_expr(clauses) == [[Lexeme("bien")], [Lexeme("ban")], [Lexeme("~chi_bo")], [Lexeme("quy", True)]]
    assert text_expr(clauses, exact=True) == [
        [Lexeme("=biên")], [Lexeme("=bản")], [Lexeme("=chi")], [Lexeme("=bộ")], [Lexeme("=quy", True)],
    ]  # fmt: skip
    assert text_expr(clauses, "^")[2] == [Lexeme("^~chi_bo")]
    assert adjacency_expr(clauses) == [[Lexeme("~bien_ban")]]
    assert adjacency_expr(parse_query("dang")) is None


def test_sort_keys_order_by_date_then_id_and_bound_dates() -> None:
    older, newer = sort_key(dt.date(2024, 5, 5), 900), sort_key(dt.date(2024, 5, 6), 1)
    assert older < newer and sort_key(None, 5) < older
    assert meeting_of(older) == 900
    low, high = day_bounds(dt.date(2024, 5, 5), dt.date(2024, 5, 5))
    assert low is not None and high is not None
    assert low <= older <= high and not low <= newer <= high
    low, _ = day_bounds(None, dt.date(2024, 5, 5))
    assert low is not None and low > sort_key(None, 5)  # undated meetings are outside every date range
    assert months_between(older, sort_key(dt.date(2024, 7, 1), 1), 36) == ["#m202405", "#m202406", "#m202407"]
    assert months_between(older, sort_key(dt.date(2030, 1, 1), 1), 36) is None


def test_snippet_highlights_the_original_text() -> None:
    text = "Hôm nay, Chi bộ họp. Biên bản chi bộ ghi rõ: quán triệt nghị quyết của Đảng ủy xã <số 5> & kế hoạch."
    assert snippet(text, parse_query("bien ban chi bo")) == (
        "Hôm nay, <mark>Chi</mark> <mark>bộ</mark> họp. <mark>Biên</mark> <mark>bản</mark> <mark>chi</mark> "
        "<mark>bộ</mark> ghi rõ: quán triệt nghị quyết của Đảng ủy xã &lt;số 5&gt; &amp; kế hoạch."
    )
    assert "<mark>nghị quyết</mark>" in (snippet(text, parse_query('"nghi quyet"')) or "")
    assert "<mark>Đảng</mark>" in (snippet(text, parse_query("dang")) or "")
    assert snippet(text, parse_query('"quyet nghi"')) is None


def test_snippet_passage_and_fallbacks() -> None:
    long = " ".join(["lời mở đầu"] * 40) + " nội dung chính: ngân sách năm nay " + " ".join(["kết thúc"] * 40)
    found = snippet(long, parse_query("ngan sach"))
    assert found is not None and found.startswith("…") and found.endswith("…")
    assert "<mark>ngân</mark> <mark>sách</mark>" in found and len(found) < 400
    assert best_snippet(["nothing here", "Budget meeting"], parse_query("budgets")) == "<mark>Budget</mark> meeting"
    assert best_snippet(["first words", None], parse_query("absent")) == "first words"


class FakeStore:
    """Keys of matching meetings in memory, answering as `models.search_store.Store` does."""

    def __init__(self, keys: list[int], indexed: list[int]) -> None:
        self.matching, self.indexed, self.windows = sorted(keys, reverse=True), indexed, []

    def bounds(self) -> tuple[int, int]:
        return min(self.indexed), max(self.indexed)

    def keys(self, expr: object, window: Window, *, limit: int | None = None, offset: int = 0) -> list[int]:
        self.windows.append((window.low, window.high))
        inside = [k for k in self.matching if (window.low or 0) <= k <= (window.high or k)]
        return inside[offset : offset + limit if limit is not None else None]


def _month_keys(months: range, per_month: int) -> list[int]:
    return [
        sort_key(dt.date(2020 + m // 12, m % 12 + 1, 1 + day), m * 100 + day)
        for m in months
        for day in range(per_month)
    ]


def test_newest_looks_at_recent_months_first_and_falls_back() -> None:
    everything = _month_keys(range(24), 10)  # two years, ten meetings a month
    store = FakeStore(everything, everything)
    assert newest_keys(store, [], Window(), 240, 5, 0, store.bounds()) == sorted(everything, reverse=True)[:5]
    assert len(store.windows) == 1 and store.windows[0][0] is not None  # only recent months were read
    assert newest_keys(store, [], Window(), 240, 5, 30, store.bounds()) == sorted(everything, reverse=True)[30:35]
    old = _month_keys(range(12), 10)  # the matches are all in the first year: recent months hold none
    store = FakeStore(old, everything)
    assert newest_keys(store, [], Window(), 120, 5, 0, store.bounds()) == sorted(old, reverse=True)[:5]
    assert len(store.windows) == 2 and store.windows[1] == (None, None)
    store = FakeStore(everything, everything)
    assert newest_keys(store, [], Window(), 12, 5, 0, store.bounds()) == sorted(everything, reverse=True)[:5]
    assert store.windows == [(None, None)]  # few matches: no narrowing
