"""Six meetings written by hand for the search tests, stored through `save_meeting` (so through the indexing
hook), in the organisation of `review_support.seed_roles`:

    root ─┬─ Chi bộ Thôn 3 (cell):            may 2024-05-05 regular, june 2024-06-05 thematic (typed without
          │                                   diacritics), december 2023-12-05 regular
          ├─ Riverside Library Board (board): library 2024-06-11 regular, budget 2023-05-09 regular
          └─ Huyện Đông (district) ─ Chi bộ Thôn 7 (other): storm 2024-07-05 special, one open flag
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from models.documents import Upload, mark_done, store_uploads
from models.meetings import save_meeting
from models.tables import Body
from worker.runtime import Runtime


def person(name: str) -> dict[str, Any]:
    return {"name": name, "role": None}


MEETINGS: dict[str, tuple[str, dict[str, Any], str]] = {
    "may": (
        "cell",
        {
            "language": "vi",
            "meeting": {
                "title": "Biên bản sinh hoạt chi bộ thường kỳ tháng 5/2024",
                "type": "regular",
                "date": "2024-05-05",
                "place": "Nhà văn hóa thôn 3",
            },
            "chair": person("Nguyễn Văn An"),
            "recorder": person("Lê Thị Bình"),
            "attendance": {"present": [], "absent": [{"name": "Trần Văn Cường", "reason": "ốm", "excused": True}]},
            "topics": [{"title": "Quán triệt nghị quyết", "labels": ["party_building"]}],
            "assignments": [
                {"assignee": "Phạm Văn Dũng", "task": "vận động các hộ đóng quỹ khuyến học", "due": "2024-06-01"}
            ],
            "decisions": [{"text": "Chi bộ nhất trí thông qua nghị quyết tháng 5", "votes": None}],
            "speakers": [{"name": "Nguyễn Văn An", "turns": 2}],
        },
        "Biên bản sinh hoạt chi bộ thường kỳ tháng 5. Đồng chí Nguyễn Văn An chủ trì. Chi bộ quán triệt nghị "
        "quyết của Đảng ủy xã về phát triển kinh tế. Đồng chí Trần Văn Cường vắng mặt vì ốm.",
    ),
    "june": (
        "cell",
        {
            "language": "vi",
            "meeting": {"title": "Bien ban sinh hoat chuyen de thang 6", "type": "thematic", "date": "2024-06-05"},
            "chair": person("Pham Van Dung"),
            "speakers": [{"name": "Pham Van Dung", "turns": 1}],
        },
        "Bien ban sinh hoat chi bo chuyen de thang 6. Dong chi Pham Van Dung bao cao ve cong tac phat trien "
        "dang vien moi.",
    ),
    "library": (
        "board",
        {
            "language": "en",
            "meeting": {
                "title": "Minutes of the Regular Meeting of the Riverside Library Board",
                "type": "regular",
                "date": "2024-06-11",
                "place": "Riverside Library, Community Room",
            },
            "chair": person("Eleanor Whitfield"),
            "recorder": person("James Okafor"),
            "attendance": {"present": [], "absent": [{"name": "Grace Nakamura", "reason": None, "excused": None}]},
            "topics": [{"title": "Treasurer's report", "labels": ["finance"]}],
            "assignments": [
                {"assignee": "Grace Nakamura", "task": "obtain quotes for the roof repairs", "due": "2024-07-01"}
            ],
            "decisions": [{"text": "The budget for the roof was adopted", "votes": None}],
            "speakers": [{"name": "Eleanor Whitfield", "turns": 3}],
        },
        "The board discussed the budgets for the new roof. Eleanor Whitfield moved to approve the budget. "
        "Grace Nakamura was absent.",
    ),
    "storm": (
        "other",
        {
            "language": "vi",
            "meeting": {"title": "Biên bản họp chi bộ bất thường", "type": "special", "date": "2024-07-05"},
            "chair": person("Hoàng Thị Mai"),
            "attendance": {"present": [], "absent": [], "guests": [person("Nguyễn Văn An")]},
            "speakers": [{"name": "Nguyễn Văn An", "turns": 1}],
            "flags": [
                {
                    "rule": "roles.chair_recorder",
                    "version": 1,
                    "severity": "error",
                    "message": "No recorder.",
                    "date": "2024-07-05",
                    "member": None,
                }
            ],
        },
        "Biên bản họp chi bộ bất thường về phòng chống bão lụt. Đồng chí Nguyễn Văn An, Đảng ủy viên, phát biểu "
        "chỉ đạo.",
    ),
    "december": (
        "cell",
        {
            "language": "vi",
            "meeting": {"title": "Biên bản sinh hoạt chi bộ tháng 12/2023", "type": "regular", "date": "2023-12-05"},
            "chair": person("Nguyễn Văn An"),
            "recorder": person("Lê Thị Bình"),
            "topics": [{"title": "Đánh giá kết quả năm 2023", "labels": ["review"]}],
        },
        "Chi bộ thảo luận quyết toán ngân sách và kiến nghị của nhân dân. Công tác xây dựng Đảng được đánh giá tốt.",
    ),
    "budget": (
        "board",
        {
            "language": "en",
            "meeting": {"title": "Minutes of the May meeting", "type": "regular", "date": "2023-05-09"},
            "chair": person("Eleanor Whitfield"),
            "topics": [{"title": "Budget", "labels": ["finance"]}],
        },
        "The treasurer presented the budget. Members asked about parking & lighting.",
    ),
}


def store(runtime: Runtime, body_id: int, extraction: dict[str, Any], text: str) -> tuple[int, int]:
    """A meeting saved as a job would save it; returns the meeting's and the document's ids."""
    data = f"minutes {uuid.uuid4()}".encode()
    contract = {"schema": "minutes.extraction/1", "flags": [], **extraction}
    contract["source"] = {"filename": "m.txt", "sha256": hashlib.sha256(data).hexdigest(), "format": "txt"}
    with runtime.db.session() as session:
        body = session.get(Body, body_id)
        assert body is not None
        [stored] = store_uploads(session, body, [Upload("m.txt", data, "txt")], None)
        mark_done(stored.job)
        meeting = save_meeting(session, stored.document, contract, text=text, versions={})
        return meeting.id, stored.document.id


def store_all(runtime: Runtime, ids: dict[str, int]) -> dict[str, int]:
    """Every meeting of `MEETINGS`; adds each meeting's id (by its name) and document id (``<name>_document``)."""
    for name, (body, extraction, text) in MEETINGS.items():
        ids[name], ids[f"{name}_document"] = store(runtime, ids[body], extraction, text)
    return ids
