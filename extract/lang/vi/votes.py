"""Vietnamese wording of decisions and votes: plain data, read by `extract/decisions.py`.

Entries are regular-expression fragments. `{n}` stands for a counted number (captured), `{total}` for a
number that is not kept ("18/18": 18 for, of 18), `{zero}` for a zero written as a word (captured), `{unit}` for
an optional unit ("đồng chí"), `{body}` for the subject that decides ("Chi bộ", "Hội nghị"), `{yes}`, `{no}`,
`{other}` for the words of each way of voting. Negative wordings are matched first and hidden before the
positive ones, so "không tán thành 1" never counts as "tán thành".
"""

from __future__ import annotations

UNITS = (
    "đồng chí",
    "đảng viên",
    "đ/c",
    "đc",
    "dc",
    "dong chi",
    "người",
    "thành viên",
    "phiếu",
    "ý kiến",
    "đại biểu",
    "hộ",
    "hộ gia đình",
    "cử tri",
)
BODIES = (
    "chi bộ",
    "chi ủy",
    "chi uỷ",
    "đảng ủy",
    "đảng uỷ",
    "ban chấp hành",
    "ban thường vụ",
    "hội nghị",
    "cuộc họp",
    "hội đồng",
    "tập thể",
    "đại hội",
    "chi bo",
    "hoi nghi",
)
# the words of a vote, with their forms typed without diacritics ({yes}, {no}, {other} in the patterns)
YES_WORDS = ("tán thành", "nhất trí", "đồng ý", "đồng tình", "tan thanh", "nhat tri", "dong y")
NO_WORDS = ("không tán thành", "không nhất trí", "không đồng ý", "phản đối", "khong tan thanh", "khong dong y")
OTHER_WORDS = (
    "ý kiến khác",
    "không biểu quyết",
    "không tham gia biểu quyết",
    "phiếu trắng",
    "bỏ phiếu trắng",
    "không có ý kiến",
    "chưa có ý kiến",
    "chưa biểu quyết",
    "y kien khac",
)
# the header cells of a vote table besides the vote words ("Nội dung | Tán thành | Không tán thành | …")
TABLE_MOVER = ("người đề xuất", "đề xuất")
TABLE_SECONDER: tuple[str, ...] = ()
TABLE_RESULT = ("kết quả", "ket qua")
ZERO_WORDS = ("không", "khong")  # "không tán thành: không" — a count written as a word, after a colon

# cheap first looks, regex over the lower-cased sentence (no (?i:), which is slow): a sentence without
# these holds no decision / no vote / no mover
DECISION_TRIGGER = (
    r"(?:thống nhất|nhất trí|quyết định|biểu quyết|thông qua|tán thành|nghị quyết|quyết nghị|bieu quyet|"
    r"thong nhat|nhat tri)"
)
VOTE_TRIGGER = (
    r"(?:tán thành|nhất trí|đồng ý|đồng tình|thống nhất|phản đối|ý kiến khác|biểu quyết|phiếu|thông qua|"
    r"bác|quá bán|100\s*%|tan thanh|nhat tri|dong y|bieu quyet|thong qua)"
)
MOVER_TRIGGER = r"(?!)"

# a decision: group `text` holds its wording (a whole sentence here); a decision followed by nothing
# ("Chi bộ nhất trí thông qua.") is a result, not a decision of its own
DECISION_PATTERNS = (
    r"(?P<text>(?<!\w)(?:{body})(?:\s+\S+){0,3}?\s+(?i:đã\s+|đều\s+|cùng\s+)?"
    r"(?i:thống nhất|nhất trí|quyết định|biểu quyết|thông qua|tán thành)(?:\s+(?i:thông qua))?+(?!\w)"
    r"(?!\s*[\d,.;(]|\s*$|\s+(?i:với|100))(?:\s*:|\s+\S+).*)",
    r"(?P<text>(?<!\w)(?i:biểu quyết thông qua|thống nhất thông qua|nhất trí thông qua|ra nghị quyết)(?!\w)"
    r"(?!\s*[\d,.;:(]|\s*$).*)",
    r"^\W*(?i:nghị quyết|quyết định|quyết nghị)\s*:\s*(?P<text>\S.*)",
)
# sentences that look like decisions but are not (the minutes read back at the end and adopted)
DECISION_EXCLUDE = (
    r"(?i:biên bản)(?:\s+\S+){0,6}?\s+(?i:đọc lại|thông qua|nhất trí)",
    r"(?i:chương trình|nội dung)\s+(?i:sinh hoạt|hội nghị|cuộc họp)(?:\s+\S+){0,3}?\s+(?i:thông qua|nhất trí)",
)
# the end of a decision's wording: where the vote begins
TEXT_STOPS = (
    r"[,;.(]?\s*(?i:kết quả biểu quyết|biểu quyết\s*:|với\s+(?:{n}|100\s*%)|tỷ lệ)",
    r"[,;.(:]?\s*(?<![\d/])\d{1,3}\s*/\s*\d{1,3}(?![\d/])",
    r"\s*:\s*(?:{yes}|{no}|\d)",
)
# a line that records only a vote: its decision is the sentence before it
VOTE_LABELS = (r"^\W*(?i:kết quả biểu quyết|biểu quyết|kết quả|bieu quyet)",)
RESULT_LEADS: tuple[str, ...] = ()
# a motion that refers to the decision just worded ("Resolved, That …" / "X moved to adopt Resolution No. 4")
RESTATES = r"(?!)"

FOR_PATTERNS = (
    r"(?<!\w)(?:{yes})\s*(?i:là|với)?\s*:?\s*{n}(?:\s*/\s*{total})?(?!\s*%)(?!\d)",
    r"(?<![\d/]){n}\s*/\s*{total}\s*(?:{unit})?\s*(?i:có mặt\s+)?(?i:biểu quyết\s+)?(?:{yes})",
    r"(?<![\d/]){n}\s*(?:{unit})\s*(?i:có mặt\s+)?(?i:biểu quyết\s+)?(?:{yes})",
    r"(?<!\w)(?:{yes})[^.;()]{0,20}?\(\s*{n}\s*/\s*{total}(?!\d)",
)
AGAINST_PATTERNS = (
    r"(?:{no})\s*:?\s*{n}(?:\s*/\s*{total})?(?!\s*%)(?!\d)",
    r"(?:{no})\s*:\s*{zero}",
    r"(?<![\d/]){n}\s*(?:/\s*{total}\s*)?(?:{unit})?\s*(?:{no})",
)
ABSTAIN_PATTERNS = (
    r"(?:{other})\s*:?\s*{n}(?:\s*/\s*{total})?(?!\s*%)(?!\d)",
    r"(?:{other})\s*:\s*{zero}",
    r"(?<![\d/]){n}\s*(?:{unit})?\s*(?:{other})",
)
# "for-against-abstain" written as one score ("carried 6-1"); groups `f`, `a`, optional `b`
SCORE_PATTERNS: tuple[str, ...] = ()

# unanimity reads as adopted: "nhất trí 100%", "100% nhất trí", "nhất trí 18/18" (a count of "tán thành",
# even of all, is a tally only)
UNANIMOUS_PATTERNS = (
    r"(?i:nhất trí|thống nhất|nhat tri)[^.;]{0,25}?100\s*%",
    r"100\s*%\s*(?:\S+\s+){0,5}?(?i:nhất trí|thống nhất|nhat tri)",
    r"(?i:nhất trí|nhat tri)\s*:?\s*(\d{1,3})\s*/\s*\1(?!\d)",
    r"(?<![\d/])(\d{1,3})\s*/\s*\1(?!\d)\s*(?:\S+\s+){0,3}?(?i:nhất trí|nhat tri)",
    r"(?i:toàn thể|tuyệt đối)\s+(?:\S+\s+){0,4}?(?i:nhất trí)",
)
ADOPTED_PATTERNS = (
    r"(?i:được|biểu quyết(?:\s+(?:bằng\s+hình\s+thức\s+)?giơ\s+tay)?|nhất trí|thống nhất|đồng ý|tán thành)\s+"
    r"(?i:thông qua)(?!\w)",
    r"(?i:đã\s+)?(?i:thông qua)\s+(?i:với)\s+(?:\d|100)",
)
FAILED_PATTERNS = (
    r"(?i:không|chưa)\s+(?i:được\s+)?(?i:thông qua)(?!\w)",
    r"(?i:bị\s+bác|không\s+đạt\s+quá\s+bán)",
)

# mover and seconder: groups `mover`, `seconder` stand for {mover} / {seconder}
MOVER_PATTERNS: tuple[str, ...] = ()

# a roll call: labels before a list of names
ROLL_CALL_CONTEXT: tuple[str, ...] = ()
ROLL_CALL_LABELS: dict[str, tuple[str, ...]] = {}
# forms of address written before a name, besides the lexicon's honorifics ("Chị Lê Thị Kiều", "Dong chi …")
TITLES = ("chị", "anh", "cô", "chú", "bác", "dong chi", "d/c")
NOT_NAMES: tuple[str, ...] = ()
