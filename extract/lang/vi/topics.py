"""Vietnamese wording of agenda items and section titles: plain data, read by `extract/topics.py` through
`domain_data("vi", "topics")`. Entries are regular expressions, matched case-insensitively where marked (?i:).
"""

from __future__ import annotations

CONTENT_START = (r"^(?i:nội dung(?: sinh hoạt| cuộc họp| hội nghị| buổi sinh hoạt)?|diễn biến|chương trình)\b",)
AGENDA_LABELS = (r"^(?i:chương trình(?: sinh hoạt| làm việc)?|nội dung(?: sinh hoạt)?)\s*[:：]\s*",)
ITEM_LABELS = (r"^(?i:mục|vấn đề|nội dung)\s+\d{1,2}\s*[:.–-]\s*",)
SUBITEM_SECTIONS: tuple[str, ...] = ()  # titles whose bullets are topics (none: bullets here are speeches)
EXCLUDE = (  # lines that are parts of any minutes, not topics (also written without diacritics)
    r"^(?i:biên bản|thời gian|địa điểm|thành phần|chủ trì|chủ tọa|chủ toạ|thư ký|thư kí|có mặt|vắng|đại biểu|"
    r"khách mời|kết thúc|bế mạc|khai mạc|tuyên bố lý do|biểu quyết\s*:|t/m|đảng bộ|đảng cộng sản|chi bộ|số:|"
    r"nơi nhận|tổng số|\(ký|tình hình đảng viên dự|phần\s+(?:[IVX]+|\d+)\b|"
    r"bien ban|thoi gian|dia diem|thanh phan|chu tri|thu ky|thu ki|co mat|vang mat|dang bo|chi bo|ket thuc|"
    r"noi dung|y kien|thao luan|dang cong san)",
)
EXCLUDE_TITLES = (  # whole titles that are parts of any minutes, not topics
    r"(?i:nội dung(?: sinh hoạt| cuộc họp| hội nghị| buổi sinh hoạt| chính)?|chương trình(?: sinh hoạt)?|"
    r"diễn biến(?: (?:cuộc họp|hội nghị|buổi sinh hoạt))?|phân công(?: nhiệm vụ)?|giao nhiệm vụ|kiểm diện|"
    r"ý kiến(?: thảo luận| phát biểu| tham gia| đóng góp)?|thảo luận|kết luận(?: của (?:đồng chí )?chủ trì)?|"
    r"(?:phần )?sinh hoạt (?:thường kỳ|thường kì|định kỳ|chuyên đề))",
)
TOPIC_LINES = (r"^(?i:chuyên đề|chủ đề)\s*[:：]\s*(?=\S)",)  # a line that is a topic as a whole
SUBTITLE_LABELS = ("chuyên đề", "sinh hoạt chuyên đề", "nội dung chuyên đề", "chủ đề")  # keep what follows the colon
END = (r"^(?i:buổi sinh hoạt kết thúc|cuộc họp kết thúc|hội nghị kết thúc|biên bản (?:đã|được)|t/m chi bộ)",)
