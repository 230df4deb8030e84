"""Linking names as written to the members of a body's roster.

A mention matches a member when their folded forms agree (case, diacritics and "đ" ignored, honorifics
removed by the caller): the whole name, or — when the mention is shorter — its tail (a Vietnamese given name
"An", "Văn An") or, for names in Latin order, its head or tail ("Eleanor", "Whitfield"). A single letter (with or
without its dot) stands for any word it begins: "O. Bakare", "Peter H." fit "Olumide Bakare", "Peter Hale". A
mention ending with a whole name of two words or more fits it ("District Governor Pauline Reyes"); initials in
capitals fit the member whose words begin with them ("JP", "PRW": Jonah Pereira, Paul R. Whitby). A mention that
fits one member is linked; one that fits several is left unlinked with the members as candidates; one that fits
none is left as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field


def fold(text: str) -> str:
    """Lower case without diacritics, "đ" read as "d", spaces collapsed: "Nguyễn Văn  Ân" → "nguyen van an"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def fold_words(text: str) -> str:
    """`fold`, punctuation read as spaces ("/" kept): how table header cells are compared ("Có mặt/Vắng")."""
    return " ".join(re.sub(r"[^\w/ ]", " ", fold(text)).split())


@dataclass(frozen=True, slots=True)
class Link:
    member: str | None
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Roster:
    """The member names of a body (possibly none: then nothing is linked)."""

    names: tuple[str, ...] = ()
    _folded: tuple[tuple[str, tuple[str, ...]], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_folded", tuple((name, tuple(fold(name).split())) for name in self.names))

    @classmethod
    def of(cls, names: Sequence[str] | None) -> Roster:
        """The names once each (two spellings that fold alike are one person: the first is kept)."""
        unique: dict[str, str] = {}
        for name in names or ():
            if name.strip():
                unique.setdefault(fold(name), " ".join(name.split()))
        return cls(tuple(unique.values()))

    def in_full(self, mention: str) -> str:
        """The one name `mention` stands for ("Haddock", "M. Haddock" → "Moira Haddock"), else `mention` (also
        when it is that name written in full: "MOIRA HADDOCK" stays as written)."""
        member = self.link(mention).member
        return member if member and fold(member) != fold(mention) else mention

    def link(self, mention: str) -> Link:
        if _INITIALS.fullmatch(mention.strip()):
            return self._by_initials(mention.replace(".", "").strip().lower())
        words = tuple(word.rstrip(".") for word in fold(mention).split())
        if not any(len(word) > 1 for word in words) or not self.names:
            return Link(None)
        for fits in (_same, _abbreviates, _titled):
            found = [name for name, parts in self._folded if fits(words, parts)]
            if len(found) == 1:
                return Link(found[0])
            if found:
                return Link(None, tuple(found))
        return Link(None)

    def _by_initials(self, letters: str) -> Link:
        """ "JP", "K.T.": the one member whose words begin with these letters (all of them, or the first and last)."""
        found = [
            name
            for name, parts in self._folded
            if len(parts) > 1 and letters in {"".join(part[0] for part in parts), parts[0][0] + parts[-1][0]}
        ]
        return Link(found[0]) if len(found) == 1 else Link(None, tuple(found))


_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")  # "JP", "PRW", "J.P."


def _word_fits(word: str, part: str) -> bool:
    return word == part or (len(word) == 1 and part.startswith(word))


def _same(words: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Word for word the same name (initials allowed)."""
    return len(words) == len(parts) and all(map(_word_fits, words, parts))


def _titled(words: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """The whole name after words that are no part of it ("District Governor Pauline Reyes")."""
    return len(parts) > 1 and len(words) > len(parts) and words[-len(parts) :] == parts


def _abbreviates(words: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """The head or the tail of a longer name (initials allowed)."""
    n = len(words)
    return n < len(parts) and (_same(words, parts[-n:]) or _same(words, parts[:n]))
