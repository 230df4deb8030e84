"""English wording of the closing of minutes: plain data, read by `extract/closing.py`.

`SIGNING_TITLES` are the titles written over, under or beside a signature, by the part the signer plays
(matched without case, a line holding nothing else, or after a name: "Maria Lopez, Secretary"). `READ_BACK`
are *regex*: a sentence saying the minutes of this meeting were read back or adopted before the close;
`READ_BACK_EXCLUDE` (*regex*) marks a sentence about other minutes.
"""

from __future__ import annotations

SIGNING_TITLES: dict[str, tuple[str, ...]] = {
    "chair": (
        "chair",
        "chairperson",
        "chairman",
        "chairwoman",
        "chair of the board",
        "board chair",
        "committee chair",
        "presiding officer",
        "president",
        "mayor",
        "presiding",
    ),
    "recorder": (
        "secretary",
        "board secretary",
        "recording secretary",
        "clerk",
        "town clerk",
        "city clerk",
        "parish clerk",
        "clerk to the council",
        "clerk to the trustees",
        "clerk to the governors",
        "secretary to the board",
        "secretary to the trustees",
        "recorder",
        "respectfully submitted",
        "fraternally submitted",
        "sincerely submitted",
        "minutes taken by",
        "minutes recorded by",
        "minutes prepared by",
        "minutes by",
        "prepared by",
        "recorded by",
        "submitted by",
        "minutes submitted by",
        "hon. secretary",
        "hon secretary",
        "honorary secretary",
        "notes",
        "notes by",
    ),
    "other": ("approved", "signed", "witness", "attest", "attested"),
}

SURNAMES: tuple[str, ...] = ()

READ_BACK = (
    r"\b(?:these\s+)?minutes\s+(?:were|was)\s+read\s+(?:back|aloud|out)\b",
    r"\bminutes\s+(?:were|was)\s+read\s+(?:back\s+)?(?:to|before)\s+the\s+(?:meeting|board|members|committee)\b",
    r"\b(?:these|the present)\s+minutes\s+(?:were|was)\s+(?:read\s+and\s+)?(?:approved|adopted|agreed)\b",
    r"\bread\s+back\s+(?:and\s+(?:approved|adopted|agreed)\s+)?before\s+the\s+(?:meeting\s+)?(?:closed|close|end)\b",
)
READ_BACK_EXCLUDE = (r"\b(?:previous|prior|last|preceding)\b", r"\bminutes\s+of\s+(?!this\b|today)")
