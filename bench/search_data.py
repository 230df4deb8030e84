"""Realistic synthetic meetings for `minutes bench search`: Vietnamese party cells and English boards.

Deterministic for a seed. Bodies sit in an organisation tree (province → districts → communes → bodies), each
with a roster; a body meets monthly (some thematic, a few special meetings) and its minutes read like the corpus:
a header, attendance with named absentees and reasons, topics with a few paragraphs each, speakers, tasks with
deadlines, decisions with tallies. About 70% of bodies are Vietnamese. Words follow a long tail: a common core
(chi bộ, đảng viên, meeting, budget) and rarer names of villages, crops, projects, vendors and streets.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


VI_SURNAMES = _split("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lâm Trương Mai")
VI_MIDDLE = _split("Văn Thị Hữu Đức Minh Quang Ngọc Thanh Công Xuân Thu Kim Bảo Đình Quốc")
VI_GIVEN = _split(
    "An Bình Cường Dũng Đạt Giang Hà Hải Hạnh Hoa Hùng Hương Khánh Lan Linh Long Mai Minh Nam Nga Phong "
    "Phúc Quân Sơn Tâm Thảo Thắng Thủy Trang Trung Tuấn Vân Việt Yến Đông Hiếu Lộc Nhung Oanh Tùng Uyên "
    "Vinh"
)
EN_FIRST = _split(
    "Eleanor Grace James Robert Maria Daniel Susan Thomas Linda Michael Patricia David Karen Joseph Nancy "
    "Charles Lisa Steven Betty Kevin Helen Brian Sandra George Donna Edward Carol Ronald Ruth Anthony"
)
EN_LAST = _split(
    "Whitfield Nakamura Okafor Smith Johnson Williams Brown Garcia Miller Davis Rodriguez Martinez Wilson "
    "Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young"
)
VILLAGES = _split(
    (
        "Tân Phú;Hòa Bình;An Lạc;Phú Mỹ;Đông Hòa;Tây Sơn;Bình Minh;Thạnh Lợi;Long Hưng;Mỹ Thuận;Vĩnh Phước;"
        "Đồng Tiến;Quang Phú;Hưng Thịnh;Phước Lộc;Tân Hiệp;Thuận An;Cát Tiên;Hòa Phong;Đức Thắng;Yên Thế;"
        "Kim Sơn"
    ),
    ";",
)
CROPS = _split("lúa;ngô;sắn;cà phê;hồ tiêu;điều;thanh long;sầu riêng;bưởi;chè;mía;rau màu;cây ăn quả", ";")
VI_WORKS = _split(
    (
        "đường bê tông liên thôn;kênh mương nội đồng;nhà văn hóa;cầu dân sinh;đèn đường;trường mẫu giáo;"
        "trạm y tế;sân thể thao;bãi tập kết rác;hệ thống nước sạch;chợ nông thôn;nghĩa trang liệt sĩ"
    ),
    ";",
)
EN_TOPICS = _split(
    (
        "Treasurer's report;Library renovation budget;Capital improvement plan;Public comment;"
        "Approval of minutes;Director's report;Personnel committee;Parking and traffic;Community garden;"
        "Annual audit;Grant applications;Building maintenance;Youth programs;Fundraising gala;"
        "Strategic plan update;Insurance renewal"
    ),
    ";",
)
EN_VENDORS = _split("Harbor Roofing;Maple Electric;Northside Paving;Brightline IT;Cedar Landscaping;Summit Audit", ";")
EN_STREETS = _split("Elm Street;Oak Avenue;Main Street;River Road;Hillcrest Drive;Maple Lane;Station Road", ";")

VI_TOPICS = [
    ("Đánh giá kết quả thực hiện nhiệm vụ tháng trước", ["review"]),
    ("Phương hướng, nhiệm vụ tháng tới", ["plan"]),
    ("Quán triệt nghị quyết của cấp ủy cấp trên", ["party_building"]),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ["ho_chi_minh_study"]),
    ("Phát triển kinh tế, chuyển đổi cơ cấu cây trồng", ["socio_economic"]),
    ("Công tác an ninh trật tự, quốc phòng địa phương", ["security_defence"]),
    ("Vệ sinh môi trường, thu gom rác thải", ["environment"]),
    ("Xây dựng kết cấu hạ tầng nông thôn mới", ["infrastructure"]),
    ("Thu nộp đảng phí và các khoản đóng góp", ["finance"]),
    ("Công tác phát triển đảng viên", ["membership"]),
    ("Kiểm điểm, phê bình và tự phê bình", ["criticism"]),
]
EN_LABELS = {
    "Treasurer's report": ["finance"],
    "Library renovation budget": ["finance", "infrastructure"],
    "Capital improvement plan": ["plan", "infrastructure"],
    "Public comment": ["public_comment"],
    "Approval of minutes": ["minutes_approval"],
    "Director's report": ["review"],
    "Personnel committee": ["personnel"],
    "Annual audit": ["finance"],
    "Strategic plan update": ["plan"],
}
VI_SENTENCES = [
    "Chi bộ đã lãnh đạo hoàn thành tốt các chỉ tiêu về phát triển kinh tế trên địa bàn thôn {village}.",
    "Diện tích {crop} vụ này đạt {n} héc-ta, năng suất bình quân {m} tạ mỗi héc-ta, tăng so với cùng kỳ.",
    "Công trình {work} thôn {village} đã hoàn thành {p} phần trăm khối lượng, dự kiến bàn giao trong quý tới.",
    "Nhân dân đóng góp {n} triệu đồng và {m} ngày công để xây dựng {work}.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.",
    "Còn {n} hộ chưa nộp đủ các khoản đóng góp, chi bộ giao các đoàn thể vận động.",
    "Đảng viên gương mẫu thực hiện chủ trương của Đảng, chính sách pháp luật của Nhà nước.",
    "Chi bộ thu đảng phí tháng này được {n} nghìn đồng, nộp lên Đảng ủy xã đúng thời hạn.",
    "Mô hình trồng {crop} theo hướng hữu cơ tại thôn {village} mang lại thu nhập khá cho {n} hộ.",
    "Công tác vệ sinh môi trường có chuyển biến, các hộ đã phân loại rác tại nguồn.",
    "Đề nghị Ủy ban nhân dân xã hỗ trợ kinh phí sửa chữa {work} bị xuống cấp.",
    "Ban công tác Mặt trận phối hợp tổ chức ngày hội đại đoàn kết toàn dân tộc tại thôn {village}.",
    "Chi đoàn thanh niên ra quân làm sạch đường làng, phát quang bụi rậm được {n} ki-lô-mét.",
    "Hội Nông dân phối hợp mở lớp tập huấn kỹ thuật chăm sóc {crop} cho {n} hội viên.",
    "Tỷ lệ hộ tham gia bảo hiểm y tế đạt {p} phần trăm, còn thấp so với chỉ tiêu được giao.",
    "Một số đảng viên còn chậm nộp đảng phí, chưa tham gia đầy đủ sinh hoạt chi bộ.",
    "Chi bộ cần tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ của đảng viên.",
    "Đợt mưa lớn vừa qua làm hư hỏng {n} mét {work}, cần khắc phục sớm trước mùa mưa bão.",
    "Thôn đã rà soát, lập danh sách {n} hộ nghèo, cận nghèo đề nghị xã hỗ trợ.",
    "Quán triệt Nghị quyết số {n}-NQ/ĐU của Đảng ủy xã về phát triển kinh tế năm {year}.",
    "Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Giá {crop} trên thị trường giảm mạnh, nhiều hộ gặp khó khăn trong tiêu thụ sản phẩm.",
    "Đề nghị cấp trên quan tâm đầu tư {work} để phục vụ sản xuất và đời sống của nhân dân.",
    "Tổ hòa giải thôn đã giải quyết thành công {n} vụ tranh chấp đất đai, mâu thuẫn trong nhân dân.",
]
EN_SENTENCES = [
    "The treasurer reported a balance of ${n},{m}00 in the operating account and ${m},{n}00 in reserves.",
    "{vendor} submitted a bid of ${n},{m}00 for the repairs at {street}, the lowest of three bids received.",
    "Members discussed the budget for the coming fiscal year and asked staff to prepare two options.",
    "Attendance at youth programs rose by {p} percent compared with the same quarter last year.",
    "The committee reviewed the draft policy on facility rentals and proposed several amendments.",
    "Residents of {street} raised concerns about parking, speeding and the condition of the sidewalks.",
    "Staff will apply for a state grant of ${n},000 to fund the accessibility improvements.",
    "The annual audit by {vendor} found no material weaknesses in the financial statements.",
    "The board thanked the volunteers who organised the book sale, which raised ${n}{m}0.",
    "Insurance premiums are expected to increase by {p} percent at the renewal in {year}.",
    "The director noted that circulation of digital materials continues to grow each month.",
    "Discussion followed on whether to extend opening hours on Saturdays during the summer.",
    "The roof at {street} leaks in heavy rain and the contractor has been asked to inspect it again.",
    "A motion to defer the decision on the parking lot until the next meeting was withdrawn.",
    "The personnel committee recommended filling the vacant assistant position by {year}.",
    "Members agreed that the fundraising gala should be held in the autumn at the community hall.",
]
VI_TASKS = [
    "vận động các hộ nộp các khoản đóng góp xây dựng {work}",
    "hoàn thiện hồ sơ đề nghị kết nạp đảng viên mới",
    "phối hợp tổ chức tập huấn kỹ thuật trồng {crop}",
    "kiểm tra, đôn đốc việc thu gom rác thải tại thôn {village}",
    "báo cáo tình hình sản xuất vụ {crop} với Đảng ủy xã",
    "rà soát danh sách hộ nghèo, cận nghèo năm {year}",
]
EN_TASKS = [
    "obtain two more quotes for the repairs at {street}",
    "prepare the draft budget for the next fiscal year",
    "contact {vendor} about the delayed invoice",
    "circulate the revised facility rental policy to members",
    "report on the grant application at the next meeting",
]
VI_DECISIONS = [
    "Chi bộ nhất trí thông qua phương hướng nhiệm vụ tháng tới",
    "Chi bộ thống nhất đề nghị kết nạp quần chúng ưu tú vào Đảng",
    "Chi bộ nhất trí huy động nhân dân đóng góp xây dựng {work}",
    "Chi bộ thống nhất xếp loại đảng viên hoàn thành tốt nhiệm vụ",
]
EN_DECISIONS = [
    "The minutes of the previous meeting were approved as circulated",
    "The board approved the bid from {vendor} for the work at {street}",
    "The budget for the next fiscal year was adopted",
    "The revised facility rental policy was adopted",
]
ABSENT_REASONS = ["ốm", "đi công tác", "đi làm ăn xa", "việc gia đình", "đi học", "không có lý do"]
MEETING_TYPES_VI = ["regular"] * 8 + ["regular+thematic", "thematic", "special"]
MEETING_TYPES_EN = ["regular"] * 9 + ["special", "other"]


@dataclass
class SyntheticBody:
    name: str
    language: str
    district: int  # index of its district
    commune: int  # index of its commune (global)
    roster: list[str] = field(default_factory=list)


@dataclass
class SyntheticMeeting:
    body: int  # index into the bodies list
    extraction: dict[str, Any]
    text: str
    open_flags: int


@dataclass
class SyntheticArchive:
    districts: list[str]
    communes: list[tuple[str, int]]  # name, district index
    bodies: list[SyntheticBody]
    meetings: list[SyntheticMeeting]


def _vi_name(rng: random.Random) -> str:
    return f"{rng.choice(VI_SURNAMES)} {rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}"


def _en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def _fill(template: str, rng: random.Random, year: int) -> str:
    return template.format(
        village=rng.choice(VILLAGES),
        crop=rng.choice(CROPS),
        work=rng.choice(VI_WORKS),
        vendor=rng.choice(EN_VENDORS),
        street=rng.choice(EN_STREETS),
        n=rng.randint(2, 98),
        m=rng.randint(10, 99),
        p=rng.randint(40, 99),
        year=year,
    )


def _bodies(count: int, rng: random.Random) -> tuple[list[str], list[tuple[str, int]], list[SyntheticBody]]:
    districts = [f"Huyện {name}" for name in rng.sample(VILLAGES, min(8, max(1, count // 50 + 1)))]
    communes = [(f"Xã {VILLAGES[i % len(VILLAGES)]} {i + 1}", i % len(districts)) for i in range(max(1, count // 5))]
    bodies = []
    for i in range(count):
        commune = i % len(communes)
        language = "en" if i % 10 in (3, 6, 9) else "vi"  # 30%, and one of any four
        if language == "vi":
            name = f"Chi bộ thôn {rng.choice(VILLAGES)} {i + 1}"
            roster = [_vi_name(rng) for _ in range(rng.randint(10, 30))]
        else:
            kind = rng.choice(["Library Board", "Parish Council", "Residents Association", "Arts Council"])
            name = f"{rng.choice(EN_STREETS).split()[0]} {kind} {i + 1}"
            roster = [_en_name(rng) for _ in range(rng.randint(7, 15))]
        bodies.append(SyntheticBody(name, language, communes[commune][1], commune, sorted(set(roster))))
    return districts, communes, bodies


def _vi_meeting(body: SyntheticBody, date: dt.date, rng: random.Random) -> tuple[dict[str, Any], str]:
    kind = rng.choice(MEETING_TYPES_VI)
    people = body.roster
    chair, recorder = people[0], people[1]
    absent = rng.sample(people[2:], k=min(len(people) - 2, rng.choice([0, 0, 1, 1, 2, 3])))
    present = [p for p in people if p not in absent]
    place = f"Nhà văn hóa thôn {rng.choice(VILLAGES)}"
    title = (
        f"Biên bản sinh hoạt chi bộ {'thường kỳ' if kind == 'regular' else 'chuyên đề'} tháng {date.month}/{date.year}"
    )
    topics = rng.sample(VI_TOPICS, k=rng.randint(2, 4))
    lines = [
        f"ĐẢNG CỘNG SẢN VIỆT NAM\n{body.name.upper()}\n{title.upper()}",
        f"Hôm nay, vào hồi {rng.randint(7, 19)} giờ ngày {date.day} tháng {date.month} năm {date.year}, tại {place}, "
        f"{body.name} tiến hành sinh hoạt.",
        f"Chủ trì: Đồng chí {chair} – Bí thư chi bộ. Thư ký: Đồng chí {recorder}.",
        f"Đảng viên có mặt {len(present)}/{len(people)} đồng chí; vắng {len(absent)} đồng chí"
        + "".join(f", đồng chí {name} ({rng.choice(ABSENT_REASONS)})" for name in absent)
        + ".",
    ]
    speakers = rng.sample(present, k=min(len(present), rng.randint(2, 5)))
    for i, (topic, _) in enumerate(topics, 1):
        lines.append(f"{i}. {topic}")
        lines.extend(_fill(rng.choice(VI_SENTENCES), rng, date.year) for _ in range(rng.randint(3, 7)))
        speaker = rng.choice(speakers)
        lines.append(f"Đồng chí {speaker} phát biểu: {_fill(rng.choice(VI_SENTENCES), rng, date.year)}")
    assignments = []
    for _ in range(rng.randint(1, 3)):
        who, task = rng.choice(present), _fill(rng.choice(VI_TASKS), rng, date.year)
        due = date + dt.timedelta(days=rng.randint(7, 40))
        assignments.append({"assignee": who, "task": task, "due": due.isoformat()})
        lines.append(f"Giao đồng chí {who} {task}, hoàn thành trước ngày {due.day}/{due.month}/{due.year}.")
    decisions = []
    for _ in range(rng.randint(1, 2)):
        text = _fill(rng.choice(VI_DECISIONS), rng, date.year)
        decisions.append({"text": text, "votes": {"for": len(present), "against": 0, "abstain": 0}})
        lines.append(f"{text}. Biểu quyết: tán thành {len(present)}/{len(present)}.")
    lines.append(f"Buổi sinh hoạt kết thúc lúc {rng.randint(9, 21)} giờ cùng ngày.\nTHƯ KÝ {recorder}  CHỦ TRÌ {chair}")
    extraction = _contract("vi", title, body.name, kind, date, place, chair, recorder, present, absent)
    extraction["topics"] = [{"title": t, "labels": labels} for t, labels in topics]
    extraction["assignments"] = assignments
    extraction["decisions"] = decisions
    extraction["speakers"] = [{"name": name, "turns": rng.randint(1, 3)} for name in speakers]
    return extraction, "\n".join(lines)


def _en_meeting(body: SyntheticBody, date: dt.date, rng: random.Random) -> tuple[dict[str, Any], str]:
    kind = rng.choice(MEETING_TYPES_EN)
    people = body.roster
    chair, recorder = people[0], people[1]
    absent = rng.sample(people[2:], k=min(len(people) - 2, rng.choice([0, 1, 1, 2])))
    present = [p for p in people if p not in absent]
    place = f"Community Room, {rng.randint(10, 900)} {rng.choice(EN_STREETS)}"
    title = f"Minutes of the {'Special' if kind == 'special' else 'Regular'} Meeting of the {body.name}"
    topics = rng.sample(EN_TOPICS, k=rng.randint(2, 5))
    lines = [
        title,
        f"{date:%B} {date.day}, {date.year} at {place}",
        f"Chair {chair} called the meeting to order at {rng.randint(5, 8)}:{rng.choice(['00', '15', '30'])} pm.",
        f"Present: {', '.join(present)}. Absent: {', '.join(absent) or 'none'}. Recording secretary: {recorder}.",
    ]
    speakers = rng.sample(present, k=min(len(present), rng.randint(2, 5)))
    for i, topic in enumerate(topics, 1):
        lines.append(f"{i}. {topic}")
        lines.extend(_fill(rng.choice(EN_SENTENCES), rng, date.year) for _ in range(rng.randint(3, 7)))
        lines.append(f"{rng.choice(speakers)} said that {_fill(rng.choice(EN_SENTENCES), rng, date.year).lower()}")
    assignments = []
    for _ in range(rng.randint(1, 3)):
        who, task = rng.choice(present), _fill(rng.choice(EN_TASKS), rng, date.year)
        due = date + dt.timedelta(days=rng.randint(7, 40))
        assignments.append({"assignee": who, "task": task, "due": due.isoformat()})
        lines.append(f"Action: {who} to {task} by {due:%B} {due.day}.")
    decisions = []
    for _ in range(rng.randint(1, 3)):
        text = _fill(rng.choice(EN_DECISIONS), rng, date.year)
        votes = {"for": len(present) - 1, "against": 1, "abstain": 0}
        decisions.append({"text": text, "votes": votes})
        lines.append(f"{text} ({votes['for']}-{votes['against']}).")
    lines.append(
        f"The meeting adjourned at {rng.randint(7, 10)}:{rng.choice(['05', '40'])} pm. Recorded by {recorder}."
    )
    extraction = _contract("en", title, body.name, kind, date, place, chair, recorder, present, absent)
    extraction["topics"] = [{"title": t, "labels": EN_LABELS.get(t, [])} for t in topics]
    extraction["assignments"] = assignments
    extraction["decisions"] = decisions
    extraction["speakers"] = [{"name": name, "turns": rng.randint(1, 4)} for name in speakers]
    return extraction, "\n".join(lines)


def _contract(
    language: str,
    title: str,
    body: str,
    kind: str,
    date: dt.date,
    place: str,
    chair: str,
    recorder: str,
    present: list[str],
    absent: list[str],
) -> dict[str, Any]:
    return {
        "schema": "minutes.extraction/1",
        "language": language,
        "meeting": {"title": title, "body": body, "type": kind, "date": date.isoformat(), "place": place},
        "chair": {"name": chair, "role": None},
        "recorder": {"name": recorder, "role": None},
        "attendance": {
            "present": [{"name": name, "role": None} for name in present if name not in (chair, recorder)],
            "absent": [{"name": name, "reason": None, "excused": None} for name in absent],
            "guests": [],
        },
        "flags": [],
    }


def build_archive(meetings: int, *, seed: int = 7) -> SyntheticArchive:
    """`meetings` meetings over about one body per 100 meetings, monthly from 2015 on."""
    rng = random.Random(seed)
    body_count = max(4, meetings // 100)
    districts, communes, bodies = _bodies(body_count, rng)
    out: list[SyntheticMeeting] = []
    for i in range(meetings):
        index = i % body_count
        body = bodies[index]
        month = i // body_count
        date = dt.date(2015 + month // 12, month % 12 + 1, rng.randint(1, 28))
        maker = _vi_meeting if body.language == "vi" else _en_meeting
        extraction, text = maker(body, date, rng)
        out.append(SyntheticMeeting(index, extraction, text, open_flags=rng.choice([0, 0, 0, 1, 2])))
    return SyntheticArchive(districts, communes, bodies, out)


def _phrase_source(rng: random.Random, language: str) -> list[str]:
    sentence = rng.choice(VI_SENTENCES if language == "vi" else EN_SENTENCES)
    return [w.strip(".,:;$") for w in _fill(sentence, rng, 2020).split() if w.strip(".,:;$")]


def _words_of(rng: random.Random, language: str, count: int) -> list[str]:
    words = _phrase_source(rng, language)
    start = rng.randrange(0, max(1, len(words) - count))
    return words[start : start + count]


def query_mix(archive: SyntheticArchive, per_kind: int, *, seed: int = 11) -> dict[str, list[dict[str, Any]]]:
    """Queries of each kind, as keyword arguments of `models.search.SearchQuery` (bodies by index, people by name):

    - ``word``: one word of the minutes' vocabulary, common or rare, Vietnamese or English;
    - ``common``: a word in most meetings ("chi bộ", "đảng", "meeting"), the worst case of ranking;
    - ``phrase``: two to four adjacent words, quoted;
    - ``folded``: Vietnamese words typed without diacritics ("bien ban chi bo");
    - ``prefix``: a word's beginning (``budg*``, ``nghi quy*``);
    - ``filtered``: a word with a body, a date range, a meeting type, a topic label or open flags;
    - ``person``: a person (whole name or given name) in a role, sometimes with a word.
    """
    rng = random.Random(seed)
    common = ["chi bộ", "đảng viên", "đồng chí", "Đảng", "meeting", "the board", "thôn", "budget"]
    out: dict[str, list[dict[str, Any]]] = {kind: [] for kind in QUERY_KINDS}
    first = min(m.extraction["meeting"]["date"] for m in archive.meetings)
    last = max(m.extraction["meeting"]["date"] for m in archive.meetings)
    years = range(int(first[:4]), int(last[:4]) + 1)
    for _ in range(per_kind):
        language = "vi" if rng.random() < 0.7 else "en"
        out["word"].append({"text": rng.choice(_words_of(rng, language, 1) or ["chi"])})
        out["common"].append({"text": rng.choice(common)})
        out["phrase"].append({"text": '"' + " ".join(_words_of(rng, language, rng.randint(2, 4))) + '"'})
        folded = " ".join(_words_of(rng, "vi", rng.randint(2, 4)))
        out["folded"].append({"text": _strip_marks(folded)})
        word = rng.choice([w for w in _words_of(rng, language, 3) if len(w) > 3] or ["budget"])
        out["prefix"].append({"text": word[: max(3, len(word) - 2)] + "*"})
        out["filtered"].append(_filtered(rng, archive, language, years))
        body = rng.choice(archive.bodies)
        name = rng.choice(body.roster)
        person = name if rng.random() < 0.5 else " ".join(name.split()[-2:])
        roles = rng.choice([[], ["attended"], ["absent"], ["assigned"], ["spoke"]])
        text = rng.choice(["", "", _words_of(rng, body.language, 1)[0] if body.language else ""])
        out["person"].append({"text": text, "person": person, "person_roles": roles})
    return out


QUERY_KINDS = ("word", "common", "phrase", "folded", "prefix", "filtered", "person")


def _filtered(rng: random.Random, archive: SyntheticArchive, language: str, years: range) -> dict[str, Any]:
    query: dict[str, Any] = {"text": " ".join(_words_of(rng, language, rng.randint(1, 2)))}
    choice = rng.randrange(5)
    if choice == 0:
        query["bodies"] = [rng.randrange(len(archive.bodies))]
    elif choice == 1:
        year = rng.choice(years)
        query["date_from"], query["date_to"] = dt.date(year, 1, 1), dt.date(year, 6, 30)
    elif choice == 2:
        query["types"] = [rng.choice(["thematic", "special", "regular"])]
    elif choice == 3:
        query["labels"] = [rng.choice(["finance", "plan", "review", "membership", "environment"])]
    else:
        query["open_flags"] = True
    return query


def _strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
