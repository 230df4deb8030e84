"""Linking names as written to the members of a body's roster.

A mention matches a member when their folded forms agree (case, diacritics and "đ" ignored, honorifics
removed by the caller): the whole name, or — when the mention is shorter — its tail (a Vietnamese given name
"An", "Văn An") or, for names in Latin order, its head or tail ("Eleanor", "Whitfield"). A mention that fits
one member is linked; one that fits several is left unlinked with the members as candidates; one that fits
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
        return cls(tuple(dict.fromkeys(name.strip() for name in names or () if name.strip())))

    def link(self, mention: str) -> Link:
        words = tuple(fold(mention).split())
        if not words or not self.names:
            return Link(None)
        exact = [name for name, parts in self._folded if parts == words]
        if exact:
            return Link(exact[0]) if len(exact) == 1 else Link(None, tuple(exact))
        partial = [
            name
            for name, parts in self._folded
            if len(words) < len(parts) and (parts[-len(words) :] == words or parts[: len(words)] == words)
        ]
        if len(partial) == 1:
            return Link(partial[0])
        return Link(None, tuple(partial))
