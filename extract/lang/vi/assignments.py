"""Vietnamese wording of tasks, deadlines and reports on earlier tasks: plain data, read by
`extract/assignments.py`, `extract/reports.py` and `extract/deadlines.py` through `domain_data("vi", "assignments")`.

Phrases are matched case-insensitively; entries marked *regex* are templates whose `{placeholders}` the code fills:
`{assignee}` (people or a group), `{people}`, `{d}` `{m}` `{y}` (day, month, year numbers), `{month}` (a month
name), `{n}` (a count), `{q}` (a quarter).
"""

from __future__ import annotations

# who: people and groups ------------------------------------------------------------------------------------
PEOPLE_JOINERS = ("và", "cùng", "cùng với", "với")
SINGLE_NAME_NEEDS_TITLE = True  # "đ/c Hùng": a lone given name only after an honorific or a role
NOT_NAMES: tuple[str, ...] = ()
GROUPS = (  # regex: a group or an office that can be given a task
    r"(?i:ban chi ủy|ban chi uỷ|chi ủy|chi uỷ|cấp ủy|cấp uỷ|đảng ủy|đảng uỷ|ban thường vụ|ubnd)(?:\s+(?i:xã|thôn))?",
    r"(?i:chi hội|hội|chi đoàn|đoàn|ban công tác|ban|tổ)\s+(?i:phụ nữ|nông dân|cựu chiến binh|thanh niên|"
    r"người cao tuổi|mặt trận|khuyến học|an ninh|hòa giải|hoà giải|tự quản|văn hóa|văn hoá|dân vận)"
    r"(?:\s+(?i:thôn|xã|khu phố|ấp|bản|tổ dân phố))?(?:\s+[A-ZĐ0-9][^\s,.;:]*)?",
    r"(?i:mặt trận tổ quốc|mặt trận|ban công tác mặt trận|chi đoàn|chi hội|đoàn thanh niên)(?:\s+(?i:thôn|xã|ấp))?",
    r"(?i:các đoàn thể|các tổ chức đoàn thể|các chi hội|các tổ chức|các đồng chí chi ủy viên|các đảng viên|"
    r"toàn thể đảng viên|toàn chi bộ|chi bộ|mỗi đảng viên|từng đảng viên|mỗi hội viên|các hội viên)",
    r"(?i:ban chấp hành|ban chỉ huy|ban quản lý|ban điều hành)(?:\s+(?i:chi hội|hội|chi đoàn|đoàn|công đoàn|quân sự))?"
    r"(?:\s+(?i:thôn|xã|ấp|khu phố))?",
    r"(?:(?i:đồng chí|đ/c)\s+)?(?i:bí thư chi bộ|phó bí thư chi bộ|bí thư|phó bí thư|trưởng thôn)",
)

# assignments ----------------------------------------------------------------------------------------------
ASSIGNMENT_PATTERNS = (  # regex: the task is the text after the match, up to the end of the clause
    # "Giao đồng chí X chủ trì, phối hợp với đồng chí Y hoàn thiện …": both are given the task
    r"(?<!\w)(?i:giao\s+(?:nhiệm\s+vụ\s+)?(?:cho\s+)?|phân\s+công\s+(?:cho\s+)?)"
    r"(?P<assignee>{assignee}(?:\s+(?i:chủ\s+trì)\s*,?\s*(?i:phối\s+hợp\s+với)\s+{people}(?=\s+{lower}))?)"
    r"(?!\w)\s*(?:[,:–]\s*)?",
    r"^(?P<assignee>{assignee})\s*(?:[,–]\s*)?(?:(?i:được giao|được phân công|chịu trách nhiệm|có trách nhiệm)"
    r"(?:\s+(?i:chính))?\s*:?\s*|(?=(?:chủ trì|phụ trách|chỉ đạo|theo dõi|đôn đốc)\s))",
    # a member takes a task on: "Đồng chí X (lần 2): nhận vận động …", "Ông X: xin nhận làm …"
    r"^(?P<assignee>{people})(?:\s*\([^)]{0,40}\))?(?:\s+(?i:phát biểu)(?:\s+(?i:thêm|lại|lần\s+\d+))?)?\s*[:：]?\s*"
    r"(?i:xin\s+)?(?i:nhận|đăng ký|tình nguyện)(?!\s*(?i:được|xét|thức|thấy|định|lời))\s+",
)
# what a subject does that is no task: speaking, reporting, voting, attending ("Đồng chí X cho rằng …")
NOT_TASK_VERBS = (
    "đã", "đang", "chưa", "phát biểu", "báo cáo", "cho biết", "cho rằng", "đề nghị", "nêu", "trình bày", "thông qua",
    "nhất trí", "tán thành", "được bầu", "dự", "có", "là", "gồm", "vắng", "tiến hành", "tổ chức sinh hoạt",
    "kết thúc", "khai mạc", "thông báo", "thông tin", "quán triệt", "phổ biến", "truyền đạt", "lãnh đạo",
    "giới thiệu", "điều hành", "cảm ơn", "biểu dương", "biểu quyết", "thống nhất", "bổ sung", "góp ý", "kết luận",
    "tóm tắt", "ghi", "đọc", "chất vấn", "giải trình", "thay mặt", "nhận xét", "đánh giá", "ý kiến",
)  # fmt: skip
DEADLINE_PATTERNS = (  # regex: a subject and what it will do, a task only when a deadline follows
    r"^(?P<assignee>(?>{assignee}))\s+(?!(?i:" + "|".join(NOT_TASK_VERBS) + r")(?!\w))(?={lower})",
)
ITEM_ORDINALS = (r"(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?i:là)",)  # regex: "Một là, đồng chí X …"
COMMITMENT_WORDS: tuple[str, ...] = ()  # a commitment holds one of these
COMMITMENT_PATTERNS: tuple[str, ...] = ()  # regex: what one of the people will do, a task without a deadline
TRIGGER_WORDS = (  # a clause holds one of these words when an ASSIGNMENT_PATTERNS entry can match it
    "giao",
    "phân công",
    "trách nhiệm",
    "được giao",
    "chủ trì",
    "phụ trách",
    "chỉ đạo",
    "lãnh đạo",
    "theo dõi",
    "đôn đốc",
    "nhận",
    "đăng ký",
    "tình nguyện",
)
TRAILING_PATTERNS = (  # regex: the task first, its owner after it ("Trồng hoa – chị X phụ trách, trước 15/9")
    r"^(?P<task>[^–—:]{3,}?)\s+[–—-]\s+(?P<assignee>{assignee})\s+(?:phụ trách|chủ trì|thực hiện|chịu trách nhiệm)"
    r"(?!\s*\w)",
)
SECTION_TRAILING = (  # regex: the same in a part about tasks, where the owner needs no verb
    r"^(?P<task>[^–—:]{3,}?)\s+[–—-]\s+(?P<assignee>{assignee})(?:\s+(?:phụ trách|chủ trì|thực hiện))?"
    r"(?=\s*(?:[,;.]|$))",
)
EXTRA_HONORIFICS = ("dong chi", "d/c", "chị", "anh", "cô", "chú", "bác")  # besides the lexicon's honorifics
SECTION_PATTERNS = (  # regex: only in a part of the minutes about tasks ("Phân công nhiệm vụ:")
    r"^(?P<assignee>{people})\s*[:：–]\s*",
    # "1. Đ/c Lã Văn Phong xây dựng phương án …": an item opening with a comrade and what they are to do
    r"^(?=(?i:đồng chí|đ/c|dong chi|d/c)\s)(?P<assignee>{people})\s+"
    r"(?!(?i:là|làm|la|lam|phát biểu|phat bieu|báo cáo|bao cao|kết luận|ket luan|nêu|neu|trình bày|trinh bay)\b)"
    r"(?=[a-zà-ỹđ])",  # the task begins in small letters, right after the whole name
)
SECTIONS = (  # regex: a title or label opening a part about new tasks
    r"(?i:phân công(?: nhiệm vụ)?|giao nhiệm vụ|nhiệm vụ (?:tháng|quý|năm) (?:tới|sau|\d|[IVX])|"
    r"phương hướng(?:,)? nhiệm vụ|"
    r"nhiệm vụ trọng tâm|kế hoạch (?:tháng|quý) (?:tới|sau|\d|[IVX]))",
    r"(?i:phan cong(?: nhiem vu)?|giao nhiem vu|nhiem vu (?:thang|quy|nam) (?:toi|sau|\d|[IVX])|"
    r"phuong huong(?:,)? nhiem vu)",  # written without diacritics
    # "Ban chỉ huy đại đội giao:", "Chi ủy phân công:": who gives the tasks, then a colon that ends the line
    r"[^:：]{0,60}?\s(?<!(?i:được|duoc) )(?<!(?i:đã|da) )(?i:giao|phân công|phan cong)\s*[:：]\s*$",
    # "Chi bộ thống nhất phân công:": a label that ends the line
    r"[^:：]{0,60}?\s(?i:thống nhất|nhất trí|quyết định|thong nhat|nhat tri)\s+(?i:phân công|giao nhiệm vụ|phan cong)"
    r"[^:：]{0,40}[:：]\s*$",
    # "Đồng chí X kết luận, chi bộ thống nhất:": the conclusions, where the tasks are given
    r"[^:：]{0,80}?(?i:chi bộ|chi hội|hội nghị|cuộc họp|chi bo)\s+(?i:thống nhất|nhất trí|thong nhat|nhat tri)"
    r"(?:\s+(?i:như sau|nhu sau))?\s*[:：]\s*$",
)
SECTION_OWNER_AFTER_COLON = (  # regex: in a part about tasks, "Thu đảng phí quý I: đ/c X, trước ngày 15/3"
    r"^(?P<task>[^:：]{3,}?)\s*[:：]\s*(?:(?i:giao|giao cho)\s+)?(?P<assignee>{strict})"
    r"(?:\s+(?i:chủ trì|phụ trách|thực hiện|chịu trách nhiệm)(?:\s+[^,;.:：]*)?)?(?=\s*(?:[,;.]|$))",
)
NOT_TASKS = (  # regex, searched in a task: what is not a task (running the rest of the meeting, a list's lead)
    r"^(?i:phân công|phan cong|giao|giao nhiệm vụ)\W*$",  # the label of the list itself ("Chi ủy phân công:")
    r"^(?i:điều hành|điều khiển|chủ trì|dieu hanh|dieu khien|chu tri)\s+(?i:tiếp|tiep|phần còn lại|phan con lai|"
    r"cuộc họp|cuoc hop|buổi|buoi|hội nghị|hoi nghi)(?!\w)",
    r"(?i:như sau|nhu sau)\s*[:：]?$",
)
BODIES = r"(?!)"  # the meeting body itself (a chi bộ's tasks are its members' and written as such)
TASK_LEADS = (r"^(?i:việc|nhiệm vụ|viec|nhiem vu)\s+(?:(?i:số|so)\s+)?\d[\w/.-]*\s*[:.–—-]\s*",)  # "Việc 3: …"
TASK_TAILS = (  # regex: words left at the end of a task once its deadline is cut off
    r"(?:[,;:(\s]+(?i:và|để))?[,;:(\s]+(?i:hoàn thành|xong|thực hiện|thời hạn(?: hoàn thành)?|hạn)?"
    r"[,;:(\s]*$",
)

# tables ---------------------------------------------------------------------------------------------------
TABLE_TASK = ("nội dung công việc", "nội dung", "công việc", "nhiệm vụ", "việc")
TABLE_OWNER = (
    "người thực hiện",
    "người phụ trách",
    "người chịu trách nhiệm",
    "phụ trách",
    "thực hiện",
    "đơn vị thực hiện",
    "chủ trì",
)
TABLE_DUE = ("thời hạn hoàn thành", "thời hạn", "thời gian hoàn thành", "thời gian", "hạn")
TABLE_STATUS = ("kết quả thực hiện", "kết quả", "tình hình thực hiện", "tiến độ", "tình trạng")

# tasks written as labelled fields ("Người thực hiện: …", "Thời hạn: …"; see extract/assignments_fields.py) ----
# Not "chủ trì" or "thời gian": at the head of the minutes they name the chair and the meeting's time.
FIELD_TASK = ("nội dung công việc", "nội dung", "công việc", "nhiệm vụ", "việc")
FIELD_OWNER = (
    "người thực hiện", "người phụ trách", "người chịu trách nhiệm", "phụ trách", "đơn vị thực hiện",
    "giao cho", "chịu trách nhiệm", "cán bộ phụ trách", "đảng viên phụ trách",
)  # fmt: skip
FIELD_DUE = ("thời hạn hoàn thành", "thời hạn", "thời gian hoàn thành", "hạn hoàn thành", "hạn chót", "hạn")

# deadlines ------------------------------------------------------------------------------------------------
DUE_LEADS = (
    "thoi han hoan thanh",
    "thoi han",
    "han chot",
    "cham nhat",
    "xong truoc",
    "truoc",
    "trong vong",
    "den",
    "thời hạn hoàn thành",
    "thời hạn",
    "hạn chót",
    "hạn",
    "chậm nhất",
    "xong trước",
    "trước",
    "trong vòng",
    "trong",
    "đến",
    "tại",
)
DUE_THROUGH = ("và", "đến", "tới", "va", "den")  # join a deadline to a later one: the later is the due date
DUE_WORDS = (
    "truoc",
    "thang",
    "han",
    "den",
    "trước",
    "trong",
    "hạn",
    "chậm nhất",
    "đến",
    "cuối",
    "tháng",
    "quý",
    "năm",
    "kỳ",
    "kì",
    "thường xuyên",
)  # a deadline holds one
DEADLINES = {  # kind → regex; "date", "month", "quarter", "year" need a lead word in running text
    "date": (
        r"(?:(?:\d{1,2}\s*(?i:giờ|gio|h)(?:\s*\d{1,2}(?:\s*(?i:phút|phut))?)?\s+)?(?i:ngày|ngay)\s+)?"
        r"{d}\s*[/.\-]\s*{m}(?:\s*[/.\-]\s*{y})?",
        r"(?i:(?:ngày|ngay)\s+){d}\s+(?i:tháng|thang)\s+{m}(?:\s+(?i:năm|nam)\s+{y})?",
    ),
    "month": (r"(?i:(?:(?:cuối|cuoi)\s+)?(?:tháng|thang))\s+{m}(?:\s*(?:/|(?i:năm|nam))\s*{y})?",),
    "quarter": (r"(?i:(?:(?:cuối|cuoi)\s+)?(?:quý|quy))\s+{q}(?:\s*(?:/|(?i:năm|nam))\s*{y})?",),
    "year": (r"(?i:(?:(?:cuối|cuoi)\s+)?(?:năm|nam))\s+{y}",),
    "month_end": (r"(?i:cuối tháng(?: này)?|tháng này|cuoi thang(?: nay)?|thang nay)(?!\s*\d)",),
    "next_month_end": (r"(?i:tháng (?:tới|sau)|thang (?:toi|sau))",),
    "year_end": (r"(?i:cuối năm(?: nay)?|năm nay|cuoi nam(?: nay)?|nam nay)(?!\s*\d)",),
    "quarter_end": (r"(?i:cuối quý(?: này)?|quý này|cuoi quy(?: nay)?|quy nay)(?!\s*(?:\d|[IVXivx]+\b))",),
    "weekday": (r"{weekday}(?:\s+(?i:tuần\s+(?:này|tới|sau)|tuan\s+(?:nay|toi|sau)))?",),
    "relative": (r"{n}\s+(?P<unit>(?i:ngày|tuần|tháng))(?!\s*\d)",),
    "open": (
        r"(?i:(?:kỳ|kì|buổi)\s+(?:họp|sinh hoạt)(?:\s+chi bộ)?\s+(?:tới|sau|tiếp theo|tháng\s+\d{1,2}(?:/\d{4})?)|"
        r"thường xuyên|lâu dài|liên tục|hằng tháng|hàng tháng)",
    ),
}
UNITS = {"ngày": 1, "tuần": 7, "tháng": 30}
WEEKDAYS = {
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5, "chủ nhật": 6,
    "thu hai": 0, "thu ba": 1, "thu tu": 2, "thu nam": 3, "thu sau": 4, "thu bay": 5, "chu nhat": 6,
}  # fmt: skip
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "mười": 10, "mười lăm": 15}

# reports on earlier tasks -----------------------------------------------------------------------------------
REVIEW_SECTIONS = (  # regex: a title or label opening the review of last month's tasks
    r"(?i:(?:chi bộ|chi ủy|hội nghị)\s+(?=đánh giá|kiểm điểm))?"
    r"(?i:kết quả thực hiện (?:các\s+)?(?:nhiệm vụ|nghị quyết|công việc|việc)|"
    r"(?:kết quả\s+)?(?:các\s+)?(?:việc|nhiệm vụ|công việc)\s+(?:đã\s+|được\s+)?(?:chi bộ\s+|chi ủy\s+)?giao|"
    r"đánh giá (?:kết quả|việc thực hiện|các việc|các nhiệm vụ)|"
    r"kiểm điểm (?:việc|kết quả) thực hiện|tình hình thực hiện (?:nhiệm vụ|nghị quyết))",
)
STATUS_WORDS = (
    "hoàn thành",
    "xong",
    "đang",
    "chưa",
    "tiếp tục",
    "mới thu",
    "mới đạt",
    "mới thực",
    "đã thu",
    "đã thực hiện",
)  # every STATUS entry holds one of these
STATUS = {  # status → regex, tried at each position (so "chưa hoàn thành" before "hoàn thành")
    "not_done": (r"(?i:chưa\s+(?:hoàn\s+thành|thực\s+hiện|xong|triển\s+khai|đạt|làm|thu\s+được))",),
    "in_progress": (
        r"(?i:đang\s+(?:triển\s+khai|thực\s+hiện|tiến\s+hành|hoàn\s+thiện|làm|tiếp\s+tục|tổng\s+hợp)|"
        r"tiếp\s+tục\s+thực\s+hiện)",
    ),
    "done": (
        r"(?<!\w)(?<!cần\s)(?<!phải\s)(?<!sẽ\s)(?i:đã\s+)?(?i:hoàn\s+thành|thực\s+hiện\s+xong|làm\s+xong|xong)"
        r"(?!\s+(?i:trước|trong|chậm|vào|đúng|theo|xong|trước))",
        r"(?i:đã\s+(?:thu\s+(?:đủ|xong)|thực\s+hiện\s+(?=\d)))",
    ),
}
STRONG_STATUS = (
    r"(?i:đã\s+hoàn\s+thành|đã\s+thực\s+hiện\s+xong|đã\s+xong|chưa\s+hoàn\s+thành|chưa\s+triển\s+khai|"
    r"chưa\s+thực\s+hiện|đang\s+triển\s+khai|đang\s+thực\s+hiện|đang\s+tiến\s+hành|đang\s+hoàn\s+thiện)",
)
REPORT_JOINERS = (r"^(?i:và|còn|nhưng|riêng|tuy nhiên),?\s+",)  # regex: cut from the start of a task
REPORTER_VERBS = (  # regex: after a person, what makes them the reporter rather than the one who did the task
    r"^(?i:báo cáo|cho biết|thông qua báo cáo|trình bày|thông báo|nêu)(?:\s+(?i:rằng|là))?\s*[:,]?\s*",
)
REPORT_PREFIXES = (r"^(?i:về việc|việc)\s+",)  # regex: words cut from the start of a reported task
REPORT_TAILS = (r"[\s:,;–\-]*(?:(?<!\w)(?i:đã|đều|cơ bản|về cơ bản)\s*)*[\s:,;–\-]*$",)  # regex: cut from its end
