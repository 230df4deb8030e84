"""Vietnamese wording of meeting minutes (party cells first): plain data, read by
`extract/lang/vi/__init__.py`.

Phrases are matched case-insensitively; entries marked *regex* are regular-expression fragments.
"""

from __future__ import annotations

FUNCTION_WORDS = """
    và của các có được là những trong cho với này đã không một để theo tại về từ khi người cùng như nhưng
    hoặc thì mà cũng vào lúc hồi giờ phút ngày tháng năm đồng chí chi bộ đảng viên việc thực hiện nhiệm vụ
    đến trên dưới sau trước nên đề nghị ý kiến tiến hành sinh hoạt kết quả công tác
"""  # separated by spaces
# unaccented function words that are common English words as well: not counted for Vietnamese
FOLD_NOT_FUNCTION = frozenset({"do", "to", "an", "the", "than", "on", "in", "a", "khi", "sau"})

# ă đ ơ ư, ĩ ũ and the precomposed letters with tone marks (U+1EA0–U+1EF9) are rare outside Vietnamese.
MARKER_LETTERS = "ăđơưĩũĂĐƠƯĨŨ"
MARKER_RANGES = ((0x1EA0, 0x1EF9),)

# "Chị Lâm Thị Thảo", "Chủ trì: ông Dương Văn Cảnh": a person's honorific is not part of the name
HONORIFICS = (
    "đồng chí",
    "đ/c",
    "đc",
    "ông",
    "bà",
    "chị",
    "anh",
    "cô",
    "thầy",
    # ranks of the army and the police, written between "đồng chí" and the name ("Đ/c Thượng úy Trần Văn Hùng")
    *(f"{grade} {rank}" for rank in ("tướng", "tá", "úy", "uý") for grade in ("đại", "thượng", "trung", "thiếu")),
    # professional titles written before a name ("BS. Trịnh Quốc Việt", "ĐD. Kim Thị Ngọc Hân", "ThS. …")
    "bs",
    "bsckii",
    "bscki",
    "bs.ckii",
    "bs.cki",
    "ths.bs",
    "ts.bs",
    "đd",
    "ys",
    "ds",
    "ths",
    "ts",
    "pgs",
    "gs",
    "ks",
    "chuẩn úy",
    "chuẩn uý",
    "thượng sĩ",
    "trung sĩ",
    "hạ sĩ",
    "binh nhất",
    "binh nhì",
)
# Unaccented text ("Chu tri: dong chi Vu Dinh Khiem") is read with the lexicon's phrases folded too (see
# `extract/lang/folding.py`); these folded words of roles, stop words and honorifics are names as well ("Truong", "Ky").
FOLD_KEEP = frozenset({"truong", "ky"})

ROLES = (
    "Bí thư chi bộ",
    "Phó Bí thư chi bộ",
    "Phó Bí thư",
    "Bí thư",
    "Chi ủy viên",
    "Cấp ủy viên",
    "Đảng ủy viên",
    "Ủy viên",
    "Đảng viên",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Trưởng thôn",
    "Trưởng ban",
    "Trưởng",
    "Phó",
    "Giám đốc",
    "Hiệu trưởng",
    "Chủ nhiệm",
    "Tổ trưởng",
    "Thư ký",
)

NAME_STOP_WORDS = (
    "đồng chí",
    "chủ trì",
    "chủ tọa",
    "thư ký",
    "chi bộ",
    "đảng bộ",
    "hội nghị",
    "biên bản",
    "ký",
    "ghi",
    "đại biểu",
)

NAME_PARTICLES = ("thị", "văn", "A")  # inner words that are no capitalised syllable: "Lê thị Thu Trang", "Lý A Sáng"

COPULAS = ("là",)

LABEL_VERBS = ("cử", "bầu", "chỉ định", "phân công")
ROLE_LABELS = ("chức vụ", "chức danh")
CHAIR_LABELS = ("chủ trì", "chủ tọa", "chủ toạ", "người chủ trì", "chủ trì hội nghị")
RECORDER_LABELS = ("thư ký", "thư kí", "người ghi biên bản", "ghi biên bản", "thư ký hội nghị", "thư ký ghi biên bản")
ROLE_STOPS = (r"\s+(?i:làm|là|chủ trì|chủ tọa|chủ toạ|thư ký)(?!\w)",)  # regex
CHAIR_PATTERNS = (  # regex
    r"(?<!\w)(?i:do)\s+{person}(?:\s*[,–\-]\s*[^,.;]{1,60}?)?\s+"
    r"(?i:làm\s+)?(?i:chủ trì|chủ tọa|chủ toạ)(?!\w)",
    r"{person}\s+(?i:làm|là)\s+(?i:chủ trì|chủ tọa|chủ toạ)(?!\w)",
    # "Ông Dương Văn Cảnh – Trưởng thôn (chủ trì);" in a list of those present
    r"{person}(?:\s*[–\-]\s*[^();|]{1,60}?)?\s*\(\s*(?i:chủ trì|chủ tọa|chủ toạ)\s*\)",
    # "Đồng chí Nguyễn Văn An – Bí thư chi bộ chủ trì." as a sentence of its own (not "… chủ trì tổng vệ sinh")
    r"^\W*{person}(?:\s*(?:[,–\-]\s*[^,.;]{1,60}?|[–\-]\s*[^.;]{1,80}?))?\s+(?i:chủ trì|chủ tọa|chủ toạ|điều hành)"
    r"(?:\s+(?i:buổi sinh hoạt|cuộc họp|hội nghị|buổi họp))?\s*[.;]?\s*$",
    # "Đồng chí X, Bí thư chi bộ, chủ trì buổi sinh hoạt; …", "Đ/c X – Bí thư chi bộ, Quản đốc – điều hành buổi sinh
    # hoạt.": the meeting named after the verb, so not "… chủ trì tổng vệ sinh"
    r"^\W*{person}(?:\s*(?:,\s*[^;.]{1,80}?,|[–\-]\s*[^;.]{1,80}?\s[–\-]|[,–\-]\s*[^,;.]{1,60}?))?\s+"
    r"(?i:chủ trì|chủ tọa|chủ toạ|điều hành)\s+(?i:buổi sinh hoạt|cuộc họp|hội nghị|buổi họp|kỳ sinh hoạt)",
)
RECORDER_PATTERNS = (  # regex
    r"{person}\s+(?i:làm|là)\s+(?i:thư ký|thư kí)(?!\w)",
    r"{person}\s+(?i:được)\s+(?:(?i:chi bộ|hội nghị|chủ trì)\s+)?(?i:cử|phân công|chỉ định)\s+(?i:làm\s+)?"
    r"(?i:thư ký|thư kí|ghi biên bản)(?!\w)",
    # "Đồng chí X – Chi ủy viên ghi biên bản." as a sentence of its own
    r"^\W*{person}(?:\s*(?:[,–\-]\s*[^,.;]{1,60}?|[–\-]\s*[^.;]{1,80}?))?\s+(?i:ghi biên bản|làm thư ký)\s*[.;]?\s*$",
    r"{person}(?:\s*[–\-]\s*[^();|]{1,60}?)?\s*\(\s*(?i:thư ký|thư kí|ghi biên bản)\s*\)",
)
CHAIR_SIGNATURES = ("chủ trì", "chủ tọa", "chủ toạ", "người chủ trì", "chủ trì hội nghị")
RECORDER_SIGNATURES = (
    "thư ký",
    "thư kí",
    "thư ký hội nghị",
    "người ghi biên bản",
    "thư ký (ghi biên bản)",
    "thư ký ghi biên bản",
)
SIGNATURE_SKIP = (r"^\(.*\)$", r"^[\s_.…\-–]*$", r"^(?i:đã ký)\.?$")  # regex

TITLE_PATTERNS = (  # regex
    r"^(?i:biên bản)(?:\s|$)",
    # a heading naming the meeting without "Biên bản": "SINH HOẠT CHI BỘ THÁNG 5 NĂM 2025", "Họp chi bộ tháng 3"
    r"^(?i:sinh hoạt chi bộ|họp chi bộ|hội nghị chi bộ)(?:\s+\S+){0,4}\s+(?i:tháng|quý)\s+\d{1,2}\b[^.]{0,25}$",
)
TITLE_EXCLUDE = (r"^(?i:biên bản)\s+(?i:này|đã|được|kết thúc|lập)\b",)  # regex
TITLE_KEYWORDS = ("biên bản",)
# a header line naming the body (group `body`); the national header may stand beside it on the same line
_BESIDE = r"(?:\s+(?i:đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam))?"
BODY_HEADER_PATTERNS = (  # regex
    rf"^(?P<body>(?i:chi bộ)\s+\S.*?){_BESIDE}$",
    # the unit of a mass organisation or a village: "CHI HỘI PHỤ NỮ ẤP 4", "BAN QUẢN LÝ THÔN TÂN HÒA", "THÔN TÂN HÒA"
    rf"^(?P<body>(?i:chi hội|chi đoàn|ban quản lý|ban điều hành|thôn|ấp|xóm|bản|khu phố|tổ dân phố)\s+\S.*?){_BESIDE}$",
)

PLACE_LABELS = ("địa điểm", "nơi họp", "nơi sinh hoạt")
PLACE_PATTERNS = (r"(?<!\w)(?i:tại)\s+(?P<place>{not_date}[^\W\d_][^,.;|]*)",)  # regex

TYPE_PATTERNS = {  # regex
    "regular": (r"(?i:thường kỳ|thường kì|định kỳ|định kì)",),
    "thematic": (r"(?i:chuyên đề)",),
    "special": (r"(?i:bất thường|đột xuất)",),
}

DATE_CONTEXT = (  # regex
    r"(?i:thời gian)",
    r"(?i:hôm nay)",
    r"(?i:vào (?:hồi|lúc))",
    r"(?i:ngày họp|ngày sinh hoạt)",
    r"(?i:khai mạc|bắt đầu)",
)
CONTEXT_EXCLUDE = (r"(?i:lần sau|kỳ sau|tiếp theo|tháng tới|thời gian thực hiện|thời hạn|hoàn thành)",)  # regex
START_CONTEXT = (  # regex, in order of preference ("vào hồi" also opens the closing line: after the others)
    r"(?i:thời gian)",
    r"(?i:hôm nay)",
    r"(?i:khai mạc|bắt đầu)",
    r"(?i:vào (?:hồi|lúc))",
    r"(?i:ngày họp|ngày sinh hoạt)",
)
END_CONTEXT = (r"(?i:kết thúc|bế mạc)",)  # regex
RANGE_CONNECTORS = ("đến", "tới", "–", "-")

DATE_PATTERNS = (  # regex
    r"(?i:ngày)\s+{d}\s+(?i:tháng)\s+{m}\s+(?i:năm)\s+{y}",
    r"{d}\s*(?P<sep>[/.\-])\s*{m}\s*(?P=sep)\s*{y}",
    r"{y}-{m}-{d}",
)
TIME_PATTERNS = (  # regex
    r"{h}\s*(?i:giờ|h|g)\s*{min}(?:\s*(?i:phút|p)(?!\w))?(?:\s+{ampm})?",
    r"{h}\s*(?i:giờ|h|g)(?!\w)(?:\s+{ampm})?",
    r"{h}:{min}(?:\s+{ampm})?",
)
AM_WORDS = ("sáng",)
PM_WORDS = ("chiều", "tối")

COUNT_LABELS = {
    "total": ("tổng số đảng viên", "tổng số thành viên", "tổng số hội viên", "tổng số", "sĩ số"),
    "official": ("đảng viên chính thức", "chính thức"),
    "probationary": ("đảng viên dự bị", "dự bị"),
    "exempt": (
        "được miễn sinh hoạt",
        "miễn sinh hoạt",
        "miễn công tác và sinh hoạt",
        "miễn công tác và sinh hoạt đảng",
        "miễn sinh hoạt đảng",
        "miễn công tác, sinh hoạt",
    ),
    "present": ("có mặt", "dự họp", "dự sinh hoạt"),
    "absent": ("vắng mặt", "vắng"),
    "absent_excused": (
        "vắng mặt có lý do",
        "vắng có lý do",
        "có lý do",
        "có lí do",
        "vắng có phép",
        "có phép",
    ),
    "absent_unexcused": (
        "vắng mặt không có lý do",
        "vắng mặt không lý do",
        "vắng không có lý do",
        "vắng không lý do",
        "không có lý do",
        "không lý do",
        "không có lí do",
        "không lí do",
        "vắng không phép",
        "không phép",
    ),
}
COUNT_EXCLUDE = (  # regex
    r"^\W*(?i:đại biểu|khách mời|biểu quyết|kết quả biểu quyết)",
    r"(?<!\w)\d{1,3}\s+(?i:kỳ|kì|lần|buổi|tháng)\s+(?i:liên tiếp|liền)",  # "vắng … 3 kỳ liên tiếp": not a count
)
COUNT_UNITS = ("đồng chí", "đảng viên", "đ/c", "đc", "người", "thành viên", "hội viên")
COUNT_OF = ("trên",)
NEGATIONS = ("không", "phải")  # "Đảng viên phải có mặt 25 đồng chí; có mặt 23": who should have come
NONE_WORDS = ("không", "không có")
