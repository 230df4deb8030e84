"""Vietnamese wording of attendance lists (who was present, absent, invited, late, left early): plain data,
loaded with `domain_data("vi", "attendance")`.

Phrases are matched case-insensitively and without diacritics ("Vắng mặt" also reads "VANG MAT", "vang mat");
entries marked *regex* are regular-expression fragments.
"""

from __future__ import annotations

# A label, at the start of a line or after ";", "." or "|", then at most a few words and ":" (or a joiner).
LABELS: dict[str, tuple[str, ...]] = {
    "present": (
        "có mặt",
        "dự sinh hoạt",
        "đảng viên có mặt",
        "danh sách có mặt",
        "thành phần tham dự",
        "thành phần dự họp",
        "thành phần tham gia",
        "đảng viên dự họp",
        "đảng viên tham dự",
        "dự họp",
        "tham dự",
    ),
    "absent": ("vắng mặt", "vắng", "đảng viên vắng mặt", "đảng viên vắng"),
    "excused": (
        "vắng có lý do",
        "vắng có lí do",
        "vắng mặt có lý do",
        "vắng mặt có lí do",
        "vắng có phép",
        "vắng mặt có phép",
    ),
    "unexcused": (
        "vắng không lý do",
        "vắng không có lý do",
        "vắng không lí do",
        "vắng mặt không lý do",
        "vắng mặt không có lý do",
        "vắng không phép",
        "vắng mặt không phép",
    ),
    "guest": (
        "khách mời",
        "đại biểu",
        "đại biểu dự",
        "đại biểu tham dự",
        "đại biểu dự họp",
        "đại biểu mời",
        "thành phần mời",
    ),
    "higher": (
        "đại biểu cấp trên",
        "đại biểu cấp ủy cấp trên",
        "cấp ủy cấp trên",
        "đại biểu đảng ủy",
        "đại biểu cấp trên tham dự",
        "đại biểu cấp trên dự họp",
    ),
    "roll": ("điểm danh",),
}
LABELS["attendance"] = ()  # "In attendance:" after a list of members names guests (English minutes)
LABELS["guest"] += ("mời dự", "khách mời dự", "đại biểu khách mời", "thành phần khách mời")
# inside an absent list, after "," or "(": "Vắng mặt 3 đồng chí, có lý do: …; không lý do: …"
SUBLABELS: dict[str, tuple[str, ...]] = {
    "excused": ("có lý do", "có lí do", "có phép"),
    "unexcused": ("không lý do", "không có lý do", "không lí do", "không phép"),
}
JOINERS = ("gồm có", "gồm", "là")  # "Có mặt gồm các đồng chí …": a label's value after these, without ":"
# phrases that open a list of guests in prose: "Có sự tham dự của đồng chí …"
GUEST_INTROS = (
    "có sự tham dự của",
    "với sự tham dự của",
    "đến dự và chỉ đạo có",
    "dự và chỉ đạo có",
    "dự có",
    "dự họp có",
    "dự sinh hoạt có",
    "tham dự có",
    "đến dự có",
    "về dự có",
    "dự hội nghị có",
    "dự buổi họp có",
    "dự buổi sinh hoạt có",
    "dự cuộc họp có",
)
# regex on folded text: a line opening a list of guests written under it ("Tham dự buổi sinh hoạt về phía Đảng ủy
# xã có các đồng chí:")
GUEST_HEADS = (r"^\W*(?:tham du|du|ve du|den du|toi du)\b.{0,90}?\bco\s+(?:cac\s+)?(?:dong chi|dai bieu)\s*:?\s*$",)
# a line "Đồng chí X – Đảng ủy viên, phụ trách chi bộ dự." names a guest
GUEST_VERBS = ("dự", "tới dự", "đến dự", "về dự", "dự họp", "dự sinh hoạt", "dự và chỉ đạo", "tham dự")
# roles only the cell's own members hold: someone listed present with one of them is a member, whatever else
MEMBER_ROLES = ("bí thư chi bộ", "phó bí thư chi bộ", "chi ủy viên", "chi uỷ viên", "đảng viên", "bí thư", "phó bí thư")
ITEM_LEADS = ("trong đó có", "trong đó")  # words before a list item's name
ABSENT_TAIL = r"(?!)"  # Vietnamese minutes list absentees under "Vắng" labels
HIGHER_LEVEL = (
    "đảng ủy viên",
    "đảng uỷ viên",
    "bí thư đảng ủy",
    "phó bí thư đảng ủy",
    "thường trực đảng ủy",
    "ban thường vụ",
    "cấp ủy cấp trên",
    "phụ trách chi bộ",
    "huyện ủy",
    "thành ủy",
    "tỉnh ủy",
    "đảng ủy xã",
    "đảng ủy phường",
)
HONORIFICS = ("các đồng chí", "đồng chí", "các đ/c", "đ/c", "đc", "ông", "bà", "anh", "chị")
ABBREVIATIONS = ("đ/c", "tp", "tx")  # words before "." that do not end a sentence
LIST_JOINERS = ("và",)  # a list's last two names: "đồng chí A và đồng chí B"
ROLE_CONTINUES_LOWER = True  # "– Đảng ủy viên, phụ trách chi bộ": a role may go on after a comma in lower case
EXCUSED_WORDS = (
    "có lý do",
    "có lí do",
    "có phép",
    "có báo cáo",
    "đã báo cáo",
    "xin phép",
    "có đơn",
    "có báo trước",
    "đã báo",
)
UNEXCUSED_WORDS = (
    "không lý do",
    "không có lý do",
    "không lí do",
    "không phép",
    "không báo cáo",
    "không báo",
    "tự ý",
    "chưa rõ lý do",
    "không rõ lý do",
)
# a reason stated is a reason given: "vắng có lý do" is, word for word, "absent with a reason"
REASON_MEANS_EXCUSED = True
ALL_WORDS = ("đều", "tất cả", "cả")  # "vắng 2 đồng chí, đều có lý do": the excuse holds for every absentee
# a guest whose role is at the level of the commune or above (for a cell, village or branch)
HIGHER_LEVEL_PATTERNS = (  # regex, on folded text (no diacritics)
    r"\b(?:ubnd|uy ban nhan dan|hdnd|dang uy|hoi [a-z ]{2,25}?)\s+(?:xa|phuong|thi tran|huyen|quan|tinh)\b",
)
REASON_PREFIXES = ("lý do", "lí do", "vì", "do")
STATUS_PRESENT = ("có mặt", "có", "x", "✓", "✔", "√", "+", "dự")
ABSENT_LEADS = ("vắng mặt", "vắng", "vang mat", "vang")  # a note beginning with the status: "Vắng có lý do (…)"
STATUS_ABSENT = ("vắng", "vắng mặt", "không", "-", "v", "✗", "✘")
ABSENT_TABLE_HEADERS = ("lý do vắng", "lý do vắng mặt", "lí do vắng")  # a table of absentees and reasons
# table headers
NAME_HEADERS = ("họ và tên", "họ tên", "tên đảng viên", "đảng viên", "tên")
STATUS_HEADERS = ("có mặt/vắng", "có mặt / vắng", "có mặt/vắng mặt", "tình trạng", "điểm danh", "tham dự")
PRESENT_HEADERS = ("có mặt",)
ABSENT_HEADERS = ("vắng", "vắng mặt", "vắng có lý do")
EXCUSED_HEADERS = ("vắng có lý do",)  # an absent column saying excused
REASON_HEADERS = ("lý do", "lí do", "lý do vắng", "ghi chú")
ROLE_HEADERS = ("chức vụ", "chức danh")
# late arrivals and early departures: *regex* written right after a person ("… đến muộn (8 giờ 20)")
LATE_PATTERNS = (
    r"(?i:(?:đến|vào)\s+(?:họp\s+)?lúc|đến\s+muộn|đến\s+trễ|đến\s+chậm|vào\s+muộn|có\s+mặt\s+muộn|đến\s+họp\s+muộn|"
    r"có\s+mặt\s+lúc)",
)
LEFT_PATTERNS = (
    r"(?i:(?:xin\s+(?:phép\s+)?)?(?:ra\s+)?về\s+(?:sớm|trước|lúc)|(?:xin\s+(?:phép\s+)?)?rời\s+(?:cuộc\s+họp|hội\s+nghị)|"
    r"xin\s+(?:phép\s+)?về(?=\s+(?:để|vì|do)\b))",
)
# the same in the note column of an attendance table, where no person stands before it ("Đến 08 giờ 25")
NOTE_LATE_PATTERNS = (r"(?i:đến|vào\s+họp|muộn|trễ|có\s+mặt\s+lúc)",)
NOTE_LEFT_PATTERNS = (r"(?i:về|rời)",)
# words that may stand between a label and its ":" ("Có mặt 22 đồng chí, gồm các đồng chí:")
FILLER_WORDS = (
    "chính thức",
    "dự bị",
    *("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"),  # a count in words
    "gồm",
    "gồm có",
    "các",
    "đồng chí",
    "đ/c",
    "đảng viên",
    "người",
    "thành viên",
    "trong đó",
    "cụ thể",
    "danh sách",
    "như sau",
    "tại buổi họp",
    "tại buổi sinh hoạt",
    "buổi họp",
    "buổi sinh hoạt",
    "hội nghị",
    "họp",
    "sinh hoạt",
    "mặt",
    "lý do",
    "trên",
    "tổng số",
    "đều",
)
# a capitalised phrase holding one of these words is a role, not a name
ROLE_WORDS = ("bí thư", "chủ tịch", "trưởng", "phó", "ủy viên", "uỷ viên", "cán bộ", "công an", "hội", "ban", "xã")
# words of LATE_PATTERNS / LEFT_PATTERNS, without diacritics: a line holding none of them is not read for them
MOVEMENT_WORDS = ("muon", "tre", "cham", "som", "truoc", "roi", "tro", "quay", "lai", "luc", "xin")
# a person who leaves and comes back has not left early: *regex*, written right after the person
RETURN_PATTERNS = (r"(?i:(?:đã\s+)?(?:trở\s+lại|quay\s+lại|vào\s+lại)(?:\s+(?:cuộc\s+họp|hội\s+nghị))?)",)
# who a "có mặt" / "vắng" label speaks of, written before it ("Hội viên có mặt:", "Số đảng viên có mặt:")
LABEL_SUBJECTS = ("số đảng viên", "đảng viên", "hội viên", "thành viên", "số hội viên", "số thành viên")
# phrases that open a list of excused absentees in prose: "… xin vắng có lý do: …"
EXCUSED_INTROS = ("xin phép vắng", "báo vắng có lý do")
EXCUSE_HEADERS = ("có / không lý do", "có/không lý do", "có lý do/không lý do", "có phép/không phép", "loại vắng")
