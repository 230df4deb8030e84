"""Vietnamese wording of speaking turns: plain data, read by `extract/speakers.py`.

Entries are regular-expression fragments: `{person}` is a person (honorific and name, group `name`),
`{role}` an optional role written after the name ("(Chi ủy viên)", "– Phó Bí thư chi bộ"), `{verb}` one of
`SPEECH_VERBS`, `{lead}` a bullet or enumerator at the start of a line.
"""

from __future__ import annotations

SPEECH_VERBS = (
    "phát biểu",
    "nêu",
    "đề nghị",
    "đề xuất",
    "cho rằng",
    "cho biết",
    "góp ý",
    "tham gia ý kiến",
    "tham gia",
    "đóng góp ý kiến",
    "trao đổi",
    "kiến nghị",
    "giải trình",
    "bổ sung",
    "nhấn mạnh",
    "kết luận",
    "thảo luận",
    "phân tích",
    "giải thích",
    "trả lời",
    "chia sẻ",
    "đồng tình",
    "nhất trí với",
    "tán thành với",
    "lưu ý",
    "nói",
    "hỏi",
    "ý kiến",
    "nhắc",
    "nhắc nhở",
    "nhận xét",
    "hướng dẫn",
    "đánh giá",
    "tự kiểm điểm",
    "ghi nhận",
    "biểu dương",
    "phat bieu",
    "de nghi",
    "neu",
    "ket luan",
    "gop y",
)
ADVERBS = ("cũng", "đã", "thì", "tiếp tục", "còn")
# a name needs an honorific before it (Vietnamese labels look like names: "Địa điểm", "Nội dung")
TITLED = True

TURN_PATTERNS = (
    r"{lead}{person}{role}\s*:\s*\S",
    r"(?<!\w)(?i:ý kiến|ý kiến của|phát biểu của|ý kiến phát biểu của)\s+{person}{role}\s*:",
    r"{person}{role}\s+(?:{adverb}\s+)?{verb}(?!\w)",
)
# a mention right after these words is not a speaker ("giao đồng chí X báo cáo …": an assignment)
EXCLUDE_BEFORE = (
    r"(?i:giao|giao cho|phân công|cử|yêu cầu|đề nghị|mời|nhờ|chỉ đạo|để|cho|tặng|khen|phê bình|kỷ luật|"
    r"kết nạp|chuyển|xét|công nhận)\s*$",
)
# lines that are never discussion (attendance, signatures, assignments)
LINE_EXCLUDE = (
    r"^\W*(?i:có mặt|vắng mặt|vắng|chủ trì|chủ tọa|chủ toạ|thư ký|đại biểu|khách mời|thành phần|"
    r"phân công|giao nhiệm vụ|người thực hiện)\b",
)
NOT_SPEAKERS: tuple[str, ...] = ()
# abbreviations whose full stop does not end a sentence ("Resolution No. 2025-03")
ABBREVIATIONS = ("tp", "tt", "tx", "ths", "ts", "pgs", "gs", "q", "p", "kt")
# after a "X:" label, the status of a task reported on (the review of last month's tasks), not a turn;
# regex over the lower-cased line
REPORT_STATUS = (
    r"(?:đã hoàn thành|chưa hoàn thành|đang thực hiện|chưa thực hiện|mới đạt|mới được|đang triển khai|"
    r"đang tiếp tục|chưa làm được|chưa làm|chưa xong|đã xong)",
    r"[–—-]\s*(?:hoàn thành|xong)\b",
    r"(?:hoàn thành)\s*\.?\s*$",
)
