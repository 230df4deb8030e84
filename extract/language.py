"""Which language a document is written in, from its function words and letters.

Each language scores the share of the document's words that are among its common function words; Vietnamese
also scores the share of words holding letters that are rare outside it (ă đ ơ ư and the tone-marked vowels).
Supported languages come from the registry; a few others are scored only to name them in a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lang import LANGUAGES, language_data
from extract.lang.others import FUNCTION_WORDS as OTHER_FUNCTION_WORDS

MAX_WORDS = 5000  # enough words to decide; later words do not change the answer
MIN_SUPPORTED_SCORE = 0.08  # below this, even the best supported language is only a guess
MIN_GUESS_SCORE = 0.04  # below this, no language is named

_WORD = re.compile(r"[^\W\d_]+")
_OTHERS = {code: frozenset(words.split()) for code, words in OTHER_FUNCTION_WORDS.items()}


@dataclass(frozen=True, slots=True)
class Detection:
    code: str | None  # best guess, or None when nothing is recognisable
    supported: bool
    scores: dict[str, float]


def _scores(words: list[str]) -> dict[str, float]:
    total = len(words)
    scores: dict[str, float] = {}
    for code in LANGUAGES:
        data = language_data(code)
        score = sum(map(data.function_words.__contains__, words)) / total
        if data.marker_letters:
            score += sum(not data.marker_letters.isdisjoint(word) for word in words) / total
        scores[code] = score
    for code, function_words in _OTHERS.items():
        scores[code] = sum(map(function_words.__contains__, words)) / total
    return scores


def detect_language(text: str) -> Detection:
    """The language of `text`; `supported` only when it is one the extractor has data for."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    if not words:
        return Detection(None, False, {})
    scores = _scores(words)
    best = max(scores, key=lambda code: (scores[code], code in LANGUAGES))
    if scores[best] < MIN_GUESS_SCORE:
        return Detection(None, False, scores)
    supported = best in LANGUAGES and scores[best] >= MIN_SUPPORTED_SCORE
    return Detection(best, supported, scores)
