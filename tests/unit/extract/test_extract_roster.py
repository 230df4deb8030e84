"""Roster linking: case- and diacritic-insensitive, short mentions resolved only when unambiguous."""

from __future__ import annotations

import pytest

from extract.roster import Link, Roster, fold

ROSTER = Roster.of(["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn An", "Phạm Đức Dũng", "Eleanor Whitfield"])


@pytest.mark.parametrize(
    ("mention", "link"),
    [
        ("Nguyễn Văn An", Link("Nguyễn Văn An")),
        ("NGUYỄN VĂN AN", Link("Nguyễn Văn An")),
        ("nguyen van an", Link("Nguyễn Văn An")),
        ("Pham Duc Dung", Link("Phạm Đức Dũng")),
        ("Bình", Link("Lê Thị Bình")),
        ("Thị Bình", Link("Lê Thị Bình")),
        ("Dũng", Link("Phạm Đức Dũng")),
        ("An", Link(None, ("Nguyễn Văn An", "Trần Văn An"))),
        ("Văn An", Link(None, ("Nguyễn Văn An", "Trần Văn An"))),
        ("Whitfield", Link("Eleanor Whitfield")),
        ("Eleanor", Link("Eleanor Whitfield")),
        ("Hoàng Văn Cường", Link(None)),
        ("", Link(None)),
    ],
)
def test_link(mention: str, link: Link) -> None:
    assert ROSTER.link(mention) == link


def test_no_roster_links_nothing() -> None:
    assert Roster.of(None).link("Nguyễn Văn An") == Link(None)


def test_fold() -> None:
    assert fold("Đỗ  Thị Ánh") == "do thi anh"


def test_a_mention_ending_with_a_whole_name_fits_it() -> None:
    people = Roster.of(["Pauline Reyes", "Sanjay Mehra"])
    assert people.link("District Governor Pauline Reyes") == Link("Pauline Reyes")
    assert people.link("Governor Reyes") == Link(None)  # two words, and only one of them the member's


def test_initials_fit_the_one_member_whose_words_begin_with_them() -> None:
    people = Roster.of(["Jonah Pereira", "Kim Tran", "Paul R. Whitby", "Kevin Trent"])
    assert people.link("JP") == Link("Jonah Pereira")
    assert people.link("PRW") == Link("Paul R. Whitby")
    assert people.link("PW") == Link("Paul R. Whitby")  # first and last
    assert people.link("KT") == Link(None, ("Kim Tran", "Kevin Trent"))
    assert people.link("ZZ") == Link(None)
