"""Text normalisation for search: the one place that decides what a "word" is, for both engines and both ends.

Pure functions, no I/O. The same code turns a meeting into index terms and a query into query terms, so SQLite
FTS5 and PostgreSQL full text match exactly the same documents: both engines only ever see the terms made here
(FTS5 with ``unicode61 remove_diacritics 0 tokenchars '_'``, PostgreSQL tsvectors written as literals), never
their own tokenisers' or dictionaries' idea of a word.

A word is a run of letters and digits (``[^\\W_]+`` over NFC text; so "17/19", "2024-05-05" and "e-mail" are
several words). Each word has two forms:

- **exact**: lowercase (``casefold``), NFC, diacritics kept ("Đảng" → "đảng"); used to rank documents that carry
  the query's own diacritics above those that only match once folded;
- **folded**: the exact form without diacritics, "đ" → "d" (a letter of its own, which Unicode decomposition
  does not touch), then English Snowball stemming ("budgets" → "budget", "meeting" → "meet"). Vietnamese
  syllables pass through the English stemmer unchanged: checked on every syllable of the Vietnamese corpus and
  language data (505 distinct folded syllables, none changed), since they never end in the suffixes it strips.

A query is a list of clauses that must all match: a word, a "quoted phrase", or a prefix (``nghi quy*``,
``budg*``). An unquoted chunk that holds several words ("2024-05", "e-mail") is a phrase. A prefix is matched
against folded, stemmed words: it is cut to what it shares with its own stem, so "meeting*" finds "meetings"
(stem "meet") too. Prefixes shorter than `MIN_PREFIX` letters are taken as whole words.

Phrases are matched through word pairs: every two adjacent words of a field are also indexed as one term
("chi_bo"), and a phrase matches when all its adjacent pairs occur. That is exact for two words and very nearly
so for longer phrases (a document holding "a b" and "b c" apart but never "a b c" matches too), and it needs
neither positions nor a recheck of the stored vector, which on PostgreSQL made common phrases cost seconds at
100,000 meetings. Pairs never span two fields or two people's names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import snowballstemmer

__all__ = [
    "MIN_PREFIX",
    "Clause",
    "Term",
    "Token",
    "exact_form",
    "fold",
    "folded_form",
    "forms",
    "pairs",
    "parse_query",
    "prefix_form",
    "tokens",
    "words",
]

MIN_PREFIX = 2
MAX_WORD = 60  # longer runs (hashes, glued strings) are not words anyone searches for
_WORD = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r'"([^"]*)"?|(\S+)')
_LETTERS = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"}
_STEMMER = snowballstemmer.stemmer("english")
_FORMS: dict[str, tuple[str, str]] = {}
_FORMS_LIMIT = 500_000


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text: where it stands in the NFC text, and its two forms."""

    start: int
    end: int
    exact: str
    folded: str


@dataclass(frozen=True, slots=True)
class Term:
    """A word of a query: its exact form, its folded form, and whether it is a prefix."""

    exact: str
    folded: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    """One word, prefix or phrase of a query; every clause must match."""

    terms: tuple[Term, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def exact_form(word: str) -> str:
    """Lowercase, NFC, diacritics kept."""
    return nfc(word.casefold())


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lowercase without diacritics; đ → d."""
    lowered = word.casefold()
    if lowered.isascii():
        return lowered
    base = "".join(ch for ch in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(ch))
    return "".join(_LETTERS.get(ch, ch) for ch in base)


@functools.lru_cache(maxsize=200_000)
def folded_form(word: str) -> str:
    """Folded, then stemmed when it is a word of letters (numbers and codes stay as they are)."""
    folded = fold(word)
    if folded.isalpha() and folded.isascii():
        return str(_STEMMER.stemWord(folded))
    return folded


def prefix_form(word: str) -> str:
    """A prefix as it is matched against folded, stemmed words: cut to what it shares with its stem."""
    folded = fold(word)
    stem = folded_form(word)
    common = 0
    while common < min(len(folded), len(stem)) and folded[common] == stem[common]:
        common += 1
    return folded[: max(common, MIN_PREFIX)] if common < len(folded) else folded


def forms(word: str) -> tuple[str, str]:
    """A word's exact and folded forms (remembered: a language has far fewer words than a text has)."""
    try:
        return _FORMS[word]
    except KeyError:
        exact = exact_form(word)
        found = _FORMS[word] = (exact, folded_form(exact))
        if len(_FORMS) > _FORMS_LIMIT:
            _FORMS.clear()
        return found


def words(text: str) -> list[tuple[str, str]]:
    """The words of `text`, each as its (exact, folded) forms, in order."""
    return [forms(word) for word in _WORD.findall(nfc(text)) if len(word) <= MAX_WORD]


def tokens(text: str) -> list[Token]:
    """The words of `text` with their places in ``nfc(text)`` (the same as in `text` when it is NFC)."""
    out = []
    for match in _WORD.finditer(nfc(text)):
        word = match.group()
        if len(word) <= MAX_WORD:
            out.append(Token(match.start(), match.end(), *forms(word)))
    return out


def pairs(words: Iterable[str]) -> Iterator[str]:
    """Adjacent pairs of folded words, as one term each ("chi", "bo" → "chi_bo")."""
    previous: str | None = None
    for word in words:
        if previous is not None:
            yield f"{previous}_{word}"
        previous = word


def _terms(chunk: str, *, allow_prefix: bool) -> list[Term]:
    prefix = allow_prefix and chunk.endswith("*")
    words = [word for word in _WORD.findall(nfc(chunk)) if len(word) <= MAX_WORD]
    terms = [Term(exact_form(word), folded_form(word)) for word in words]
    if prefix and terms and len(fold(words[-1])) >= MIN_PREFIX:
        terms[-1] = Term(exact_form(words[-1]), prefix_form(words[-1]), prefix=True)
    return terms


def parse_query(text: str) -> list[Clause]:
    """The clauses of a query: "quoted phrases", words, prefixes (a trailing ``*``); punctuation is ignored.

    An unclosed quote runs to the end. A clause repeated is kept once.
    """
    clauses: list[Clause] = []
    for match in _QUERY_PART.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        terms = _terms(chunk.strip(), allow_prefix=True)
        if not terms:
            continue
        clause = Clause(tuple(terms))
        if clause not in clauses:
            clauses.append(clause)
    return clauses
