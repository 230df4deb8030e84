"""English wording of motions, resolutions and votes: plain data, read by `extract/decisions.py`.

Entries are regular-expression fragments. `{n}` stands for a counted number (captured), `{total}` for a
number that is not kept, `{unit}` for an optional unit, `{body}` for the subject that decides ("the Board");
`{mover}` / `{seconder}` for a person. Negative wordings are matched first and hidden before the positive ones.
"""

from __future__ import annotations

UNITS = ("members", "votes", "trustees", "directors", "councillors", "councilors", "commissioners")
BODIES = (
    "minutes",
    "board",
    "council",
    "committee",
    "commission",
    "trustees",
    "directors",
    "members",
    "membership",
    "assembly",
    "meeting",
    "association",
    "accounts",
    "budget",
    "report",
    "agenda",
    "recommendation",
)
# the words of a vote ({yes}, {no}, {other} in the patterns); a zero written as a word ({zero})
YES_WORDS = ("in favour", "in favor", "aye", "ayes", "yea", "yeas", "yes", "for")
NO_WORDS = ("against", "opposed", "nay", "nays", "noes", "no")
OTHER_WORDS = ("abstain", "abstained", "abstaining", "abstention", "abstentions")
ZERO_WORDS = ("none", "nil", "zero")
# the header cells of a vote table besides the vote words ("Motion | Proposed | Seconded | For | Against | Result")
TABLE_MOVER = ("moved", "moved by", "mover", "proposed", "proposed by", "proposer")
TABLE_SECONDER = ("seconded", "seconded by", "seconder", "second")
TABLE_RESULT = ("result", "outcome", "decision")

# cheap first looks, regex over the lower-cased sentence (no (?i:), which is slow): a sentence without
# these holds no decision / no vote / no mover
DECISION_TRIGGER = (
    r"\b(?:approv|adopt|accept|ratif|mov|motion|resolv|voted|vote\s|agreed|decided|decision|resolution|second|"
    r"m\s*/\s*s)|^\W*that\s"
)
VOTE_TRIGGER = (
    r"\b(?:carri|pass|fail|approv|adopt|accept|ratif|resolv|defeat|lost\b|reject|unanim|objection|dissent|consent|favou?r|against|"
    r"oppos|abstain|abstention|ayes?\b|yeas?\b|yes\b|nays?\b|noes\b|no\s*:|\d\s+no\b|vot|tally|roll|"
    r"ordered|for\s*:|\d\s+for\b)|^\W*\d{1,3}\s*[-–—]\s*\d"
)
MOVER_TRIGGER = r"\b(?:mov|second|2nd|motion|propos|m\s*/\s*s\b)"

# a decision: group `text` holds its wording
DECISION_PATTERNS = (
    r"(?P<text>(?:^\W*(?i:now,?\s+therefore,?\s+)?|(?<!\w))(?i:be\s+it\s+(?:further\s+)?)?(?<!\w)"
    r"(?:(?-i:RESOLVED|Resolved)|(?<=it\s)(?i:resolved))\s*[,:]?\s*(?i:that)\b.*)",
    r"(?<!\w)(?-i:RESOLVED|Resolved)\s*[,:]?\s+(?P<text>(?i:to)\s+\S.*)",
    r"^\W*(?-i:RESOLVED)\s*:\s*(?P<text>\S.*)",
    r"\b(?i:moved|made\s+(?:a|the)\s+motion|motion\s+(?:was\s+(?:made|offered)\s+)?|motioned|"
    r"offered\s+(?:a|the)\s+motion|voted|agreed|decided|resolved|vote)\s*,?\s*"
    r"(?i:(?:unanimously|formally|also|further|instead)\s+)?(?P<text>(?i:to|that)\s+\S.*)",
    r"\b(?i:seconded|second\s+by|m\s*/\s*s\b|(?:moved|motion|made)\s+by|motion\s*\()[^;]{0,60}?[,)\s]\s*"
    r"(?P<text>(?i:to|that)\s+\S.*)",
    r"^\W*(?i:motion|resolution|decision|resolved)\s*(?:\d+(?:[-.]\d+)*\s*)?[:–—-]\s*"
    r"(?P<text>(?i:to|that)\s+\S.*|(?-i:[a-z])\S*\s.*)",
    r"^\W*(?i:decision|resolution)\s*(?:\d+(?:[-.]\d+)*\s*)?[:–—-]\s*(?P<text>\S.*)",
    # a resolution written on a line of its own, under "Proposed: X  Seconded: Y": "That the quote … be accepted."
    r"^\W*(?P<text>(?-i:That)\s+(?!(?i:said|is|was|being)\b)[^,]\S*\s.*)",
    r"^\W*(?P<text>[^.;:]{0,60}?(?<!\w)(?i:{body})\b[^.;:]{0,60}?\s(?i:(?:was|were|is|are)\s+)?"
    r"(?i:(?:unanimously|formally)\s+)?(?i:approved|adopted|accepted|ratified)\b.*)",
)
DECISION_EXCLUDE = (r"(?i:moved\s+(?:to|into)\s+(?:closed|executive)\s+session)",)
# the end of a decision's wording: where the mover, seconder or the vote begins
TEXT_STOPS = (
    r"[,;.(]?\s*(?i:seconded|second(?:ed)?\s+by|with\s+a\s+second|moved\s+by|m/s\b|motion\s+by|proposed)\b",
    r"[;,]\s*(?:(?i:{title})\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+(?i:seconded)",
    r"[,;.]\s*(?i:the\s+)?(?i:motion|resolution|vote|roll\s+call)\b",
    r"[,;.(]\s*(?i:carried|passed|failed|adopted|approved|defeated)\s*(?:unanimously|\d|[.;,)]|$)",
    r"\s+(?i:carried|passed|failed|defeated)\b",
    r"[,;.(]?\s*(?i:by\s+a\s+vote\s+of|ayes?\s*[:\d]|(?<![\d/.-]){n}\s*[-–—]\s*{n}(?![\d/-]))",
    r"[,;(]\s*{n}\s+(?i:in\s+favou?r|for|ayes?|yes|to\s+{n})\b",
)
# a line that records only a vote: its decision is the sentence before it
VOTE_LABELS = (r"^\W*(?i:vote|votes|roll\s+call(?:\s+vote)?|result)\b",)
# a vote that begins with its result ("Approved as circulated."): also worded by the sentence before
RESULT_LEADS = (r"^\W*(?i:carried|approved|adopted|passed|failed|defeated|agreed)\b",)
# a motion that refers to the decision just worded ("Resolved, That …" / "X moved to adopt Resolution No. 4")
RESTATES = r"^(?i:to\s+(?:adopt|approve|pass))\s+(?i:the\s+)?(?i:resolution)\b"

FOR_PATTERNS = (
    r"(?<![\d/.-]){n}\s+(?:{unit}\s+)?(?i:in\s+favou?r|ayes?|yeas?|yes|affirmative)\b",
    r"(?<![\d/.-]){n}\s+(?i:for)(?=\s*[,;)]|\s+and\s)",
    r"\b(?i:ayes?|yeas?|yes|in\s+favou?r|for|votes?\s+for)\s*[:=–—-]\s*{n}(?![\d/-])",
    r"\b(?i:ayes?|yeas?|in\s+favou?r)\s+{n}(?![\d/-])",
    r"(?:^|(?<=[:;,]))\W*(?i:for|yes)\s+{n}(?=\s*[,;])",  # "For 2, Against 5, Abstain 1", "Yes 15, No 9"
)
AGAINST_PATTERNS = (
    r"(?<![\d/.-]){n}\s+(?:{unit}\s+)?(?i:against|opposed|nays?|noes|in\s+opposition)\b",
    r"(?<![\d/.-]){n}\s+(?i:no)(?=\s*[,;.)]|\s*$|\s+and\s)",
    r"\b(?i:nays?|noes|no|against|opposed|votes?\s+against)\s*[:=–—-]\s*{n}(?![\d/-])",
    r"\b(?i:nays?|noes|against|opposed)\s+{n}(?![\d/-])",
    r"(?:^|(?<=[:;,]))\s*(?i:no)\s+{n}(?=\s*[,;.)]|\s*$)",  # "Yes 15, No 9, Abstain 2"
)
ABSTAIN_PATTERNS = (
    r"(?<![\d/.-]){n}\s+(?:{unit}\s+)?(?i:abstentions?|abstain(?:ed|ing|s)?)\b",
    r"\b(?i:abstentions?|abstain(?:ed|ing|s)?)\s*[:=–—-]?\s*{n}(?![\d/-])",
)
# "for-against-abstain" written as one score ("carried 6-1", "3-0-2"); groups `f`, `a`, optional `b`
SCORE_PATTERNS = (
    r"\b(?i:carried|carries|passed|passes|failed|fails|approved|adopted|defeated|lost|vote[sd]?|tally|"
    r"roll\s+call|motion)\b[^\d.;]{0,30}?(?<![\d/.-]){f}\s*[-–—]\s*{a}(?:\s*[-–—]\s*{b})?(?!\s*[-–—/.]?\s*\d)",
    r"(?<![\d/.-]){f}\s*[-–—]\s*{a}(?:\s*[-–—]\s*{b})?(?!\s*[-–—/.]?\s*\d)\s*(?i:vote|decision|roll)",
    r"^\W*{f}\s*[-–—]\s*{a}(?:\s*[-–—]\s*{b})?(?!\s*[-–—/.]?\s*\d)(?!\s*(?i:p\.?m|a\.?m)\b)",
    r"\b(?i:by\s+a\s+(?:vote|margin)\s+of|by\s+a)\s+{f}\s*(?i:to|[-–—])\s*{a}(?:\s*(?i:to|[-–—])\s*{b})?(?!\d)",
)

UNANIMOUS_PATTERNS = (
    r"\b(?i:unanimous(?:ly)?)\b",
    r"\b(?i:without\s+(?:objection|dissent)|by\s+(?:general|unanimous)\s+consent)\b",
    r"\b(?i:all\s+(?:members\s+)?(?:present\s+)?(?:voted\s+)?(?:in\s+favou?r|aye|yes))\b",
)
ADOPTED_PATTERNS = (
    r"\b(?i:motion|resolution|amendment|it|vote|item|ordinance|recommendation)\b[^.;]{0,60}?\b"
    r"(?i:(?:was|is)\s+)?(?i:carried|carries|passed|passes|approved|adopted)\b",
    r"^\W*(?i:carried|passed|approved|adopted|motion\s+carried)\b",
    r"\b(?i:carried|passed|approved|adopted)\s*(?:unanimously|\(?\s*\d|[,:]\s*\d)",
    r"\b(?i:unanimously)\s+(?i:carried|passed|approved|adopted)\b",
    r"\b(?i:so\s+ordered|resolved\s+accordingly)\b",
    r"(?<![Ii][Tt]\s)(?<!(?i:further)\s)(?-i:RESOLVED)(?:\s*:|\s+(?i:to|that)\b)",
    r"^\W*(?-i:Resolved)\s*,\s*(?i:that)\b",  # "Resolved, That the project is accepted …"
    r"(?<!\w)(?i:{body})\b[^.;:]{0,60}?\s(?i:(?:was|were|is|are)\s+)?(?i:(?:unanimously|formally)\s+)?"
    r"(?i:approved|adopted|accepted|ratified)\b",
)
FAILED_PATTERNS = (
    r"\b(?i:motion|resolution|amendment|it|vote|item|ordinance|recommendation)\b[^.;]{0,60}?\b"
    r"(?i:(?:was|is)\s+)?(?i:failed|fails|defeated|lost|rejected|not\s+carried|did\s+not\s+(?:pass|carry))\b",
    r"^\W*(?i:failed|defeated|lost|motion\s+failed)\b",
    r"\b(?i:failed|defeated)\s*(?:\(?\s*\d|[,:]\s*\d)",
)

# mover and seconder: `{mover}` and `{seconder}` are people
MOVER_PATTERNS = (
    r"\b(?i:moved|motion|made|proposed)\s+(?i:by)\s+{mover}",
    r"\b(?i:on\s+(?:a\s+|the\s+)?motion\s+(?:of|by|from))\s+{mover}",
    r"{mover}\s*(?:,\s*[^,]{1,30},\s*)?(?i:moved|proposed|motioned|made\s+(?:a|the)\s+motion|offered\s+(?:a|the)\s+motion)\b",
    r"\b(?i:m\s*/\s*s)\s*[:\-–]?\s*{mover}\s*/\s*{seconder}",
    r"\b(?i:motion|moved|mover)\s*[:\-–]\s*{mover}\s*[,;/.]?\s*(?i:second(?:ed)?|seconder)\s*[:\-–]\s*{seconder}",
    r"\b(?i:motion|moved|mover)\s*[:\-–]\s*{mover}\s*,?\s*(?i:second(?:ed)?\s+by|seconded\s+by)\s+{seconder}",
    r"\b(?i:moved|mover|proposed|proposer)\s*:\s*{mover}",
    r"\b(?-i:Moved|moved|Proposed|proposed)\s+{mover}",
    r"\b(?i:motion)\s*\(\s*{mover}\s*\)",
    r"\(\s*{mover}\s*/\s*{seconder}\s*\)",  # "Motion (KV/RH) to …", "(Reed/Chen)"
    r"\b(?i:second(?:ed)?|seconder)\s*:\s*{seconder}",
    r"\b(?i:second(?:ed)?\s+by|with\s+a\s+second\s+(?:from|by)|second\s+from)\s+{seconder}",
    r"\b(?-i:seconded|Seconded|2nd)\s+{seconder}",
    r"{seconder}\s*(?:,\s*[^,]{1,30},\s*)?(?i:seconded)\b",
)

# a roll call: labels before a list of names
ROLL_CALL_CONTEXT = (r"\b(?i:roll[\s-]+call|recorded\s+vote|voting\s+(?:aye|yes|nay|no))\b",)
ROLL_CALL_LABELS = {
    "for": ("ayes", "aye", "yeas", "yea", "yes", "voting aye", "voting yes", "in favour", "in favor", "for"),
    "against": ("nays", "nay", "noes", "no", "voting nay", "voting no", "against", "opposed"),
    "abstain": ("abstain", "abstained", "abstaining", "abstention", "abstentions"),
    "absent": ("absent", "not voting", "absent and not voting"),
}
# titles written before a name, besides the lexicon's honorifics and roles ("Cllr Okoro", "Chief Ortiz")
TITLES = ("cllr", "councillor", "chief", "owner", "resident", "member", "officer", "sergeant", "captain", "deputy")
# capitalised words that are never a mover's or speaker's name
NOT_NAMES = (
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "there",
    "then",
    "to",
    "all",
    "none",
    "motion",
    "second",
    "seconded",
    "moved",
    "after",
    "upon",
    "following",
    "staff",
    "everyone",
    "discussion",
    "approved",
    "carried",
    "opening",
    "result",
)
