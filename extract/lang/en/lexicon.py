"""English wording of meeting minutes (boards, councils, committees): plain data, read by
`extract/lang/en/__init__.py`.

Phrases are matched case-insensitively; entries marked *regex* are regular-expression fragments.
"""

from __future__ import annotations

FUNCTION_WORDS = """
    the of and to a in that is was were for on at by with as be it this from or an are which have has had
    not but will would there their been all any its so who also than then these those shall should may
"""  # separated by spaces

HONORIFICS = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "the rev", "revd", "hon", "cllr",
    "canon", "father", "fr", "pastor", "rabbi", "imam", "brother", "sister", "county cllr", "district cllr",
    "councillor", "councilor", "pcso", "pc", "sgt", "insp", "officer", "professor", "councillors", "councilors",
)  # fmt: skip

ROLES = (
    "Sergeant-at-Arms",
    "Chief Steward",
    "District Governor",
    "International Representative",
    "Recording Secretary",
    "Executive Director",
    "Board President",
    "Board Chair",
    "Vice Chairperson",
    "Vice Chair",
    "Vice-Chair",
    "Co-Chair",
    "Vice President",
    "Deputy Mayor",
    "Council Member",
    "Councilmember",
    "Board Member",
    "Chairperson",
    "Chairwoman",
    "Chairman",
    "Chair",
    "President",
    "Secretary",
    "Treasurer",
    "Clerk",
    "Mayor",
    "Councillor",
    "Councilor",
    "Alderman",
    "Commissioner",
    "Trustee",
    "Director",
    "Superintendent",
    "Librarian",
    "Senior Warden",
    "Junior Warden",
    "Rector",
    "Vicar",
    "Manager",
    "Member",
)

NAME_STOP_WORDS = (
    "the",
    "a",
    "an",
    "and",
    "of",
    "at",
    "on",
    "in",
    "by",
    "minutes",
    "meeting",
    "board",
    "committee",
    "council",
    "present",
    "absent",
    "none",
    "recorder",
    "presiding",
    "respectfully",
    "called",
    "motion",
    "moved",
    "proposed",
    "seconded",
    "second",
    "carried",
    "approved",
)

COPULAS = ("is", "was", "were")

ROLE_LABELS = ("position", "title", "role")
CHAIR_LABELS = (
    "chair",
    "chairperson",
    "chairman",
    "chairwoman",
    "presiding",
    "presiding officer",
    "presided by",
    "in the chair",
    "chaired by",
    "facilitator",
    "facilitated by",
    "convenor",
    "convener",
)
RECORDER_LABELS = (
    "recorder",
    "recording",
    "notes",
    "minute-taker",
    "secretary",
    "recording secretary",
    "minutes secretary",
    "minute taker",
    "minutes taker",
    "note taker",
    "minutes taken by",
    "minutes recorded by",
    "minutes prepared by",
    "clerk",
    "clerk to the council",
    "parish clerk",
    "town clerk",
)
ROLE_STOPS = (r"\s+(?i:called|presided|presiding|chaired|recorded|took|at|on)(?!\w)",)  # regex
CHAIR_PATTERNS = (  # regex
    r"(?i:call(?:ed)?\b[^.]{0,60}?\bto\s+order)\b.{0,60}?\b(?i:by)\s+{person}",
    r"{person}\s*(?:,\s*[^,]{1,40},\s*)?(?i:called\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+to\s+order)",
    r"(?i:presided\s+(?:over\s+)?by|chaired\s+by)\s+{person}",
    r"{person}\s*(?:,\s*[^,]{1,40},\s*)?(?i:presided|chaired(?!\s+by)|opened\s+the\s+(?:meeting|session))",
    r"(?i:with)\s+{person}\s+(?i:presiding|in\s+the\s+chair)",
    r"{person}\s*(?:,\s*[^,]{1,40},\s*)?(?i:took\s+the\s+chair)",
    r"(?<!\w)(?P<role_pre>(?:" + "|".join(ROLES) + r"))\s+(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+"
    r"(?i:called\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+to\s+order)",  # "Mayor Quinn called …"
    r"(?i:call(?:ed)?\b[^.]{0,60}?\bto\s+order)\b.{0,60}?\b(?i:by)\s+(?P<name>(?!(?:the|a|an|our|its|his|her|their|general|unanimous)\s)[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})(?=\s*(?:\(|[.,;]|$))",
    r"{person}\s*(?:,\s*[^,]{1,40},\s*)?(?i:presiding)\s*[.;]",  # "President Loretta Dunbar presiding."
)
RECORDER_PATTERNS = (  # regex
    r"(?i:minutes\s+(?:were\s+)?(?:recorded|taken|prepared|submitted)\s+by)\s+{person}",
    r"(?i:respectfully\s+submitted),?\s+(?i:by\s+)?{person}",
    r"^\W*(?i:(?:minutes\s+)?recorded\s+by|minutes\s+by|(?:minutes|notes)\s*:)\s*{person}",
    r"(?:^\W*|(?<=[\d.!?)])\s+|(?<=[ap]m)\s+)(?i:minutes|notes)\s*:\s*(?P<name>(?!(?:the|a|an|our|its|his|her|their|general|unanimous)\s)[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})\s*$",
    r"{person}\s*(?:,\s*[^,]{1,40},\s*)?(?i:recorded|took)\s+(?i:the\s+)?(?i:minutes)",
    r"(?<=[.;])\s+(?i:minutes|notes)\s*:\s*{person}\s*(?:[.;]|$)",  # "Facilitator: X. Minutes: Y."
)
CHAIR_SIGNATURES = ("chair", "chairperson", "presiding officer")
RECORDER_SIGNATURES = ("respectfully submitted", "recording secretary", "recorder", "minutes recorded by")
CHAIR_MARKERS = (  # regex: in a list of those present
    r"(?:(?:committee|board|meeting)\s+)?(?:chair|chairperson|chairman|chairwoman|presiding)",
    r"in\s+the\s+chair",
)  # regex
RECORDER_MARKERS = (  # regex: in a list of those present
    r"(?:(?:board|recording)\s+)?secretary",
    r"sec\.?|recorder|minute[s]?[\s-]+taker|note[s]?\s+taker|notes|minutes",
    r"clerk(?:\s+to\s+the\s+\w+)?",
)
RECORDER_CLOSING = (  # regex: the role after the name on the last line of the minutes
    *RECORDER_MARKERS,
    r"(?:(?:city|town|village|county|district|parish|borough|board|deputy|assistant)\s+)?clerk",
)
SIGNATURE_SKIP = (r"^\(.*\)$", r"^[\s_.…\-–]*$", r"^/s/\s*$", r"^(?i:signed|approved)\s*:?$")  # regex

TITLE_PATTERNS = (r"^(?i:minutes)\b", r"\b(?i:minutes)\s*(?:[-–—:,(].*)?$")  # regex
TITLE_EXCLUDE = (  # regex
    r"^(?i:approval|approve|approved|adoption|adopt|review|reading|correction|corrections|the|these|motion)\b",
    r"^(?i:minutes|notes)\s*:\s*(?-i:[A-Z][a-z]+\s+[A-Z])",  # "Minutes: Ewan Strachan": who took them
)
TITLE_ENDS = (  # regex: "… Meeting held on Monday 9th February 2026 at 7.30pm in …", "… minutes - Thurs., Feb. 6th …"
    r"\s+(?i:held|convened)\s+(?i:on|at|in)\b",
    r"\s+[-–—]\s+(?=(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,])",
)
TITLE_KEYWORDS = ("minutes",)
BODY_NOUNS = (
    "board",
    "council",
    "committee",
    "commission",
    "trustees",
    "association",
    "society",
    "authority",
    "assembly",
    "corporation",
    "foundation",
    "club",
    "directors",
    "chapter",
    "senate",
    "cabinet",
    "panel",
    "union",
    "district",
    "league",
    "pta",
    "bank",
    "trust",
)
BODY_HEADER_PATTERNS = (  # regex: a short capitalised header line naming a body, and nothing else
    r"^(?!.*\b(?i:minutes|meeting|agenda|session)\b)(?=.*\b(?i:"
    + "|".join((*BODY_NOUNS, "library"))  # a header line "X PUBLIC LIBRARY" names the institution
    + r")\b)[A-Z][\w'’&.\-]*(?:\s+(?:of|the|and|for|&|[–—-]|[A-Z][\w'’&.\-]*))*$",
)
BODY_PATTERNS = (  # regex
    r"\b(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w'’&.\-]*"
    r"(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w'’&.\-]*)*)",
)

PLACE_LABELS = ("location", "place", "venue", "meeting place", "meeting location")
PLACE_PATTERNS = (  # regex
    r"\b(?:at|in)\s+(?:the\s+)?(?P<place>{not_date}[A-Z][\w'’&\-]*(?:\s+(?:of|the|and|&|[A-Z0-9][\w'’&\-]*))*"
    r"(?:,\s+[A-Z0-9][\w'’&\-]*(?:\s+(?:of|the|and|&|[A-Z0-9][\w'’&\-]*))*)*)",
)

TYPE_PATTERNS = {  # regex
    "regular": (r"\b(?i:regular|ordinary|monthly)\b(?:\s+[\w-]+){0,2}?\s+(?i:meeting|session)\b",),
    "special": (r"\b(?i:special|emergency|extraordinary)\b(?:\s+[\w-]+){0,2}?\s+(?i:meeting|session)\b",),
    "other": (
        r"\b(?i:annual(?:\s+general)?|work|study)\s+(?i:meeting|session)\b",
        r"\b(?i:workshop|retreat)\b",
    ),
}

DATE_CONTEXT = (  # regex
    r"\b(?i:date)\s*:",
    r"\b(?i:held)\b",
    r"\b(?i:call(?:ed)?\b[^.]{0,60}?\bto\s+order)",
    r"\b(?i:met|convened)\b",
)
CONTEXT_EXCLUDE = (r"\b(?i:next|previous|last|upcoming|will\s+be\s+held)\b",)  # regex
START_CONTEXT = (  # regex, in order of preference
    r"\b(?i:call(?:ed)?\b[^.]{0,60}?\bto\s+order)",
    r"\b(?i:convened|began|commenced|started)\b",
    r"\b(?i:opened\s+the\s+(?:meeting|session))\b",
    r"\b(?i:(?:meeting|session)\s+(?:was\s+)?opened)\b",
    r"\b(?i:opened|start(?:ed|s|ing)?(?:\s+time)?)\s*(?::|\bat\b)",
    r"\b(?i:time)\s*:",
    r"\b(?i:held|met)\b",
)
END_CONTEXT = (  # regex
    r"\b(?i:adjourn(?:ed|ment)?)\b",
    r"\b(?i:meeting|session)\s+(?i:was\s+)?(?i:ended|closed|concluded)\b",
    r"\b(?i:closed|finished|ended|concluded|end(?:ed)?\s+time|finish(?:ed)?\s+time)\s*(?::|\bat\b)",
)
RANGE_CONNECTORS = ("to", "until", "till", "–", "-")

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),  # "tues oct 8", "Thurs., Feb. 6th"
)
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

DATE_PATTERNS = (  # regex
    r"{month}\.?\s+{d},?\s+{y}",
    r"{d}\s+(?:(?i:of)\s+)?{month}\.?,?\s+{y}",
    r"{y}-{m}-{d}",
    r"{m}(?P<sep>[/\-]){d}(?P=sep){y}",
)
TIME_PATTERNS = (  # regex
    r"{h}[:.]{min}\s*{ampm}",
    r"{h}\s*{ampm}",
    r"{h}:{min}",
)
AM_WORDS = ("a.m.", "a.m", "am")
PM_WORDS = ("p.m.", "p.m", "pm")

COUNT_LABELS = {
    "total": ("total membership", "total members", "total number of members", "membership"),
    "present": ("members present", "members in attendance", "in attendance", "present", "attendance"),
    "absent": ("members absent", "absent"),
    "absent_excused": ("excused absences", "absent with notice", "absent (excused)", "excused", "apologies"),
    "absent_unexcused": ("unexcused absences", "absent without notice", "absent (unexcused)", "unexcused"),
}
COUNT_EXCLUDE = (r"^\W*(?i:guests?|visitors|also\s+present|staff\s+present|others\s+present|public)",)  # regex
COUNT_UNITS = (
    "board members",
    "voting members",
    "members",
    "trustees",
    "directors",
    "councillors",
    "councilors",
    "commissioners",
    "persons",
    "people",
)
COUNT_OF = ("of", "out of", "of the", "out of the")
NEGATIONS = ("not",)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
NONE_WORDS = ("none", "nil", "no one")
