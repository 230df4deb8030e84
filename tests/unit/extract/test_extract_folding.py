"""Loose patterns: Vietnamese wording also found in minutes typed without diacritics."""

from __future__ import annotations

import re

import pytest

from extract.lang.folding import loose


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"(?i:đã\s+hoàn\s+thành)", "da hoan thanh", "da hoan thanh"),
        (r"(?i:đã\s+hoàn\s+thành)", "Đã hoàn thành", "Đã hoàn thành"),
        (r"(?i:đã\s+hoàn\s+thành)", "Đa hoan thanh", "Đa hoan thanh"),  # some letters typed, some not
        (r"[a-zà-ỹđ]+ờ", "bờ", "bờ"),  # a character class is left as it is
        (r"\đ", "d", None),
    ],
)
def test_loose_patterns_match_text_typed_without_diacritics(pattern: str, text: str, found: str | None) -> None:
    match = re.search(loose(pattern), text)
    assert (match.group() if match else None) == found
