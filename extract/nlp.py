"""The spaCy pipeline of each language: `nlp(code)`, built once from the language's data.

- **Tokenizer.** English uses spaCy's own. Vietnamese does not use pyvi's word segmentation, which cuts names
  ("Nguyễn | Văn An", see FACTS.md): a Vietnamese token is a syllable, with punctuation split off by spaCy's
  base prefix, suffix and infix rules, and the honorifics written with a slash ("Đ/c") kept whole.
- **`minutes_norm`** sets each token's NORM to its lower-case form, in English also singular ("roads" →
  "road"), so one keyword serves both numbers.
- Phrases and the NORM / LOWER values of token patterns gain their twins without diacritics ("đảng phí" and
  "dang phi") when they are loaded, so minutes typed without diacritics match too. The text itself is not
  folded: a folded Vietnamese syllable stands for many words ("dien" is "điện", "diễn" and "diện"), so accented
  text matches accented words only.
- **`span_ruler`** ("cues") holds the token patterns of `extract/lang/<code>/patterns.jsonl`: one JSON object a
  line, ``{"label": …, "pattern": …, "id": …}`` as spaCy's `SpanRuler` takes them, validated when loaded. A
  label ``topic:<id>`` marks words that say what a topic is about (taxonomy label ``<id>``).

Stages call `nlp(code)` and read `doc.spans["cues"]`; phrase lists that a caller may change (the topic taxonomy)
are matched with a `PhraseMatcher` on NORM built from the same vocabulary (`phrase_matcher`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

import spacy
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extract.lang import language_data
from extract.lang.folding import fold_keep_case
from minutes.errors import InvalidInput

CUES = "cues"  # the span group the span ruler writes
PATTERNS_FILE = "patterns.jsonl"
SHORTEST_PLURAL = 3  # "bus", "gas", "his" are not plurals


class CuePattern(BaseModel):
    """One line of `patterns.jsonl`: a token pattern (a list of token specs) or a phrase (a string)."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(pattern=r"^[a-z][a-z_]*(?::[a-z][a-z0-9_]*)?$")
    pattern: str | list[dict[str, Any]] = Field(min_length=1)
    id: str | None = None


def singular(word: str) -> str:
    """An English plural read as its singular ("roads" → "road", "policies" → "policy", "minutes" → "minute"),
    so one keyword or pattern matches both; words that only look plural ("business", "bus", "analysis") stay."""
    if len(word) <= SHORTEST_PLURAL or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


class Norms:
    """The `minutes_norm` component: NORM = lower case (and `singular` where the language says so)."""

    def __init__(self, singulars: bool) -> None:
        self.singulars = singulars

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.norm_ = singular(token.lower_) if self.singulars else token.lower_
        return doc


@Language.factory("minutes_norm", default_config={"singulars": False})
def make_norms(nlp: Language, name: str, singulars: bool) -> Norms:
    return Norms(singulars)


def _twins(value: Any) -> Any:
    """A NORM / LOWER value of a token pattern with the twins of its words without diacritics."""
    if isinstance(value, str):
        folded = fold_keep_case(value)
        return value if folded == value else {"IN": [value, folded]}
    if isinstance(value, dict):
        return {
            operator: list(dict.fromkeys([*words, *(fold_keep_case(word) for word in words)]))
            if operator in ("IN", "NOT_IN") and isinstance(words, list)
            else words
            for operator, words in value.items()
        }
    return value


def _with_twins(pattern: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
    if isinstance(pattern, str):
        return pattern
    return [
        {key: _twins(value) if key in ("NORM", "LOWER") else value for key, value in token.items()} for token in pattern
    ]


def load_patterns(lines: Iterable[str], source: str) -> list[dict[str, Any]]:
    """The patterns of a JSONL text, validated; `InvalidInput` naming the line of a malformed one."""
    patterns: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cue = CuePattern.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InvalidInput(f"{source}, line {number}: not a valid pattern ({exc})") from exc
        pattern = cue.model_dump(exclude_none=True)
        pattern["pattern"] = _with_twins(cue.pattern)
        patterns.append(pattern)
        if isinstance(cue.pattern, str) and fold_keep_case(cue.pattern) != cue.pattern:
            patterns.append({**pattern, "pattern": fold_keep_case(cue.pattern)})
    return patterns


def _tokenizer(nlp: Language, code: str) -> Tokenizer:
    """Syllables with punctuation split off; an honorific written with a slash ("Đ/c", "đ/c") stays one token."""
    defaults = nlp.Defaults
    prefixes = compile_prefix_regex(defaults.prefixes or ())
    suffixes = compile_suffix_regex(defaults.suffixes or ())
    infixes = compile_infix_regex(defaults.infixes or ())
    whole = {
        variant: [{"ORTH": variant}]
        for word in language_data(code).honorifics
        if "/" in word and " " not in word
        for variant in {word, word.lower(), word.capitalize(), word.upper()}
    }
    return Tokenizer(
        nlp.vocab,
        rules=whole,
        prefix_search=prefixes.search,
        suffix_search=suffixes.search,
        infix_finditer=infixes.finditer,
    )


@cache
def nlp(code: str) -> Language:
    """The pipeline of a supported language (`UnknownLanguage` for any other), built once per process."""
    language_data(code)  # refuses an unknown code
    if code == "vi":
        pipeline = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        pipeline.tokenizer = _tokenizer(pipeline, code)
    else:
        pipeline = spacy.blank(code)
    pipeline.add_pipe("minutes_norm", config={"singulars": code == "en"})
    ruler = pipeline.add_pipe(
        "span_ruler", name=CUES, config={"spans_key": CUES, "phrase_matcher_attr": "NORM", "validate": True}
    )
    assert isinstance(ruler, SpanRuler)
    source = resources.files("extract.lang").joinpath(code, PATTERNS_FILE)
    if source.is_file():
        lines = source.read_text(encoding="utf-8").splitlines()
        ruler.add_patterns(load_patterns(lines, f"extract/lang/{code}/{PATTERNS_FILE}"))
    return pipeline


def phrase_matcher(code: str, phrases: Sequence[tuple[str, Sequence[str]]]) -> PhraseMatcher:
    """A matcher on NORM of (key, phrases) pairs, each phrase with its twin without diacritics, tokenized like
    the documents: case is ignored, and text typed without diacritics matches."""
    pipeline = nlp(code)
    matcher = PhraseMatcher(pipeline.vocab, attr="NORM")
    norms = pipeline.get_pipe("minutes_norm")
    for key, words in phrases:
        variants = dict.fromkeys(variant for word in words if word.strip() for variant in (word, fold_keep_case(word)))
        docs = [norms(pipeline.make_doc(variant)) for variant in variants]
        if docs:
            matcher.add(key, docs)
    return matcher
