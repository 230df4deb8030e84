"""English wording of speaking turns: plain data, read by `extract/speakers.py`.

Entries are regular-expression fragments: `{person}` is a person (an optional honorific or title, then a name,
group `name`), `{role}` an optional role written after the name (", Treasurer,"), `{verb}` one of
`SPEECH_VERBS`, `{lead}` a bullet or enumerator at the start of a line.
"""

from __future__ import annotations

SPEECH_VERBS = (
    "said",
    "asked",
    "noted",
    "stated",
    "commented",
    "explained",
    "added",
    "suggested",
    "replied",
    "responded",
    "remarked",
    "mentioned",
    "indicated",
    "observed",
    "inquired",
    "enquired",
    "emphasized",
    "emphasised",
    "pointed out",
    "expressed",
    "questioned",
    "answered",
    "spoke",
    "recommended",
    "proposed",
    "clarified",
    "argued",
    "shared",
    "raised",
    "advised",
    "acknowledged",
    "cautioned",
    "highlighted",
    "thanked",
    "reminded",
    "concluded",
    "voiced",
    "expressed concern",
)
ADVERBS = ("also", "then", "further", "briefly", "again", "later")
# a one-word name needs an honorific or a title before it ("Trustee Bell said"); full names do not
TITLED = False

TURN_PATTERNS = (
    r"{lead}{person}{role}\s*:\s*\S",
    r"{person}{role}\s+(?:{adverb}\s+)?{verb}\b",
)
EXCLUDE_BEFORE = (r"(?i:asked|requested|directed|invited|assigned|told|to|thank|thanked|by)\s*$",)
LINE_EXCLUDE = (
    r"^\W*(?i:present|absent|regrets|also\s+present|guests?|staff(?:\s+present)?|attendees|attendance|"
    r"members\s+(?:present|absent)|action(?:\s+items?)?|assigned|respectfully|submitted|signed|approved|"
    r"roll\s+call|ayes?|nays?|motion|moved|seconded?|m/s|vote)\b",
)
# dialogue labels that look like names but are sections of the minutes
NOT_SPEAKERS = (
    "old business",
    "new business",
    "public comment",
    "public comments",
    "action items",
    "next meeting",
    "roll call",
    "call to order",
    "consent agenda",
    "financial report",
    "unfinished business",
    "committee reports",
    "executive session",
    "closed session",
)
# abbreviations whose full stop does not end a sentence ("Resolution No. 2025-03")
ABBREVIATIONS = (
    *("no", "nos", "vs", "st", "approx", "inc", "ltd", "co", "cllr", "res", "ord", "art", "sec"),
    *("e.g", "i.e", "etc", "jr", "sr", "p.m", "a.m"),
)
# after a "X:" label, the status of a task reported on (the review of last month's tasks), not a turn;
# regex over the lower-cased line
REPORT_STATUS = (
    r"[–—-]\s*(?:done|completed?|in progress|not started|outstanding|ongoing|pending)\b",
    r"^[^:]*:\s*(?:done|completed?|in progress|not started|outstanding|ongoing|pending)\b",
)
