"""The search normaliser: one notion of a word for both engines, at index time and at query time."""

from __future__ import annotations

import unicodedata

import pytest

from models.search_text import Term, fold, folded_form, pairs, parse_query, prefix_form, tokens, words


def folded(text: str) -> list[str]:
    return [f for _, f in words(text)]


def exact(text: str) -> list[str]:
    return [e for e, _ in words(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("biên bản chi bộ", ["bien", "ban", "chi", "bo"]),
        ("Đảng", ["dang"]),
        ("ĐẢNG ỦY", ["dang", "uy"]),
        ("đồng chí Đỗ Đức", ["dong", "chi", "do", "duc"]),
        ("Nghị quyết số 05-NQ/ĐU", ["nghi", "quyet", "so", "05", "nq", "du"]),
        ("Bien ban chi bo", ["bien", "ban", "chi", "bo"]),
    ],
)
def test_vietnamese_folds_diacritics_and_d(text: str, expected: list[str]) -> None:
    assert folded(text) == expected


def test_exact_form_keeps_diacritics_and_lowercases() -> None:
    assert exact("Biên Bản CHI BỘ Đảng") == ["biên", "bản", "chi", "bộ", "đảng"]


def test_decomposed_input_reads_as_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Biên bản Đảng ủy")
    assert decomposed != "Biên bản Đảng ủy"
    assert exact(decomposed) == ["biên", "bản", "đảng", "ủy"]
    assert folded(decomposed) == ["bien", "ban", "dang", "uy"]


def test_english_words_are_stemmed_vietnamese_syllables_are_not() -> None:
    assert folded("Budgets budget budgeted") == ["budget", "budget", "budget"]
    assert folded("meetings meeting") == ["meet", "meet"]
    assert folded("thường kỳ những người thông qua") == ["thuong", "ky", "nhung", "nguoi", "thong", "qua"]
    assert exact("Budgets") == ["budgets"]


def test_numbers_and_punctuation_split_words() -> None:
    assert folded("17/19 đồng chí, ngày 2024-05-05; e-mail") == [
        "17", "19", "dong", "chi", "ngay", "2024", "05", "05", "e", "mail",
    ]  # fmt: skip
    assert folded("snake_case") == ["snake", "case"]


def test_fold_of_letters_unicode_does_not_decompose() -> None:
    assert fold("Đà Nẵng") == "da nang"
    assert fold("Œuvre straße") == "oeuvre strasse"


def test_tokens_point_into_the_text() -> None:
    text = "Đồng chí Nguyễn Văn An, Bí thư."
    found = tokens(text)
    assert [text[t.start : t.end] for t in found] == ["Đồng", "chí", "Nguyễn", "Văn", "An", "Bí", "thư"]
    assert [t.folded for t in found][:3] == ["dong", "chi", "nguyen"]


def test_pairs_of_adjacent_words() -> None:
    assert list(pairs(["bien", "ban", "chi", "bo"])) == ["bien_ban", "ban_chi", "chi_bo"]
    assert list(pairs(["one"])) == []


def test_query_words_phrases_and_prefixes() -> None:
    clauses = parse_query('bien ban "chi bộ" nghi quy* budg*')
    assert [[t.folded for t in c.terms] for c in clauses] == [
        ["bien"],
        ["ban"],
        ["chi", "bo"],
        ["nghi"],
        ["quy"],
        ["budg"],
    ]
    assert [c.is_phrase for c in clauses] == [False, False, True, False, False, False]
    assert clauses[2].terms == (Term("chi", "chi"), Term("bộ", "bo"))
    assert [c.terms[-1].prefix for c in clauses] == [False, False, False, False, True, True]


def test_query_prefix_inside_a_phrase_and_unclosed_quote() -> None:
    [phrase] = parse_query('"nghị quy*"')
    assert phrase.terms == (Term("nghị", "nghi"), Term("quy", "quy", prefix=True))
    [open_quote] = parse_query('"chi bộ')
    assert [t.folded for t in open_quote.terms] == ["chi", "bo"]


def test_query_chunk_of_several_words_is_a_phrase() -> None:
    [clause] = parse_query("e-mail")
    assert clause.is_phrase and [t.folded for t in clause.terms] == ["e", "mail"]


def test_query_ignores_punctuation_repeats_and_empty_parts() -> None:
    assert parse_query("  ,;  ") == []
    assert parse_query('""') == []
    assert len(parse_query("đảng Đảng dang")) == 2  # the exact forms differ: "đảng" and "dang"


def test_short_prefix_is_a_whole_word() -> None:
    [clause] = parse_query("a*")
    assert clause.terms == (Term("a", "a"),)


def test_prefix_is_cut_to_what_it_shares_with_its_stem() -> None:
    assert prefix_form("meeting") == "meet"
    assert prefix_form("budg") == "budg"
    assert prefix_form("quy") == "quy"
    assert folded_form("meetings").startswith(prefix_form("meeting"))
