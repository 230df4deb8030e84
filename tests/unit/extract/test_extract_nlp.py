"""The spaCy pipeline of each language: tokens, norms, the cue patterns of `extract/lang/<code>/patterns.jsonl`."""

from __future__ import annotations

from importlib import resources

import pytest

from extract.lang import LANGUAGES
from extract.nlp import CUES, load_patterns, nlp, phrase_matcher, singular
from minutes.errors import InvalidInput, UnknownLanguage


def test_a_vietnamese_name_stays_three_syllables_and_punctuation_is_split() -> None:
    doc = nlp("vi")("Đ/c Nguyễn Văn An, Bí thư (chủ trì): tán thành 18/18, đạt 100%.")
    assert [token.text for token in doc] == [
        "Đ/c", "Nguyễn", "Văn", "An", ",", "Bí", "thư", "(", "chủ", "trì", ")", ":",
        "tán", "thành", "18/18", ",", "đạt", "100", "%", ".",
    ]  # fmt: skip


def test_english_norms_are_lower_case_and_singular() -> None:
    doc = nlp("en")("Repairs to the Roads and Policies; business as usual")
    assert [token.norm_ for token in doc] == [
        "repair", "to", "the", "road", "and", "policy", ";", "business", "as", "usual",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "expected"),
    [("minutes", "minute"), ("policies", "policy"), ("bus", "bus"), ("business", "business"),
     ("analysis", "analysis"), ("status", "status"), ("treasurer's", "treasurer's"), ("road", "road")],
)  # fmt: skip
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_a_phrase_matches_text_typed_without_diacritics_but_folded_text_does_not_match_other_words() -> None:
    matcher = phrase_matcher("vi", [("power", ["điện"])])
    pipeline = nlp("vi")
    assert matcher(pipeline("Sửa chữa đường điện thôn 3"))
    assert matcher(pipeline("Sua chua duong dien thon 3"))
    assert not matcher(pipeline("Đại diện Đảng ủy xã phát biểu"))  # "diện" is not "điện"


def test_cue_patterns_mark_spans_with_their_labels() -> None:
    doc = nlp("en")("Roof replacement — $71,200 from reserves")
    assert ("topic:finance", "$71,200") in {(span.label_, span.text) for span in doc.spans[CUES]}
    doc = nlp("vi")("Hỗ trợ 15 triệu đồng làm đường")
    assert {span.label_ for span in doc.spans[CUES]} >= {"topic:finance", "topic:infrastructure"}
    unaccented = nlp("vi")("Ho tro 15 trieu dong lam duong")
    assert {span.label_ for span in unaccented.spans[CUES]} >= {"topic:finance", "topic:infrastructure"}


def test_a_count_of_comrades_is_not_money() -> None:
    doc = nlp("vi")("Có mặt 18 đồng chí")
    assert "topic:finance" not in {span.label_ for span in doc.spans[CUES]}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_valid_patterns(code: str) -> None:
    text = resources.files("extract.lang").joinpath(code, "patterns.jsonl").read_text(encoding="utf-8")
    patterns = load_patterns(text.splitlines(), code)
    assert patterns
    assert all(pattern["label"].startswith("topic:") for pattern in patterns)
    assert len(nlp(code).get_pipe(CUES).patterns) == len(patterns)  # type: ignore[attr-defined]


def test_a_malformed_pattern_is_refused_with_its_line() -> None:
    lines = ['{"label": "topic:finance", "pattern": [{"LOWER": "fee"}]}', '{"label": "Topic", "pattern": []}']
    with pytest.raises(InvalidInput, match="line 2"):
        load_patterns(lines, "patterns.jsonl")
    with pytest.raises(InvalidInput, match="line 1"):
        load_patterns(["{not json"], "patterns.jsonl")


def test_an_unknown_language_has_no_pipeline() -> None:
    with pytest.raises(UnknownLanguage):
        nlp("fr")
