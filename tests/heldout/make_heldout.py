"""Write the held-out .docx and .pdf documents (deterministic).

The .txt / .md documents and every <id>.expected.json are committed as typed; this script only writes the
binary formats.  Run from the repository root:
``.venv/bin/python -m tests.heldout.make_heldout``
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from docx import Document

from tests.support import held_out
from tests.support.held_out import para, table

HERE = Path(__file__).resolve().parent
save_docx = partial(held_out.save_docx, author="heldout")
save_pdf = partial(held_out.save_pdf, number=1)


# --------------------------------------------------------------------------------------------- vi


def vi_khu_pho_4():
    doc = Document()
    para(doc, "ĐẢNG BỘ PHƯỜNG AN LẠC", bold=True)
    para(doc, "CHI BỘ KHU PHỐ 4", bold=True)
    para(doc, "Số: 03-BB/CB")
    para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, center=True)
    para(doc, "An Lạc, ngày 05 tháng 3 năm 2025", center=True)
    doc.add_heading("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2025", level=1)
    para(doc, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", bold=True)
    para(doc, "Thời gian: Vào lúc 19 giờ 30 phút, ngày 05/3/2025.")
    para(doc, "Địa điểm: Nhà văn hóa Khu phố 4, phường An Lạc.")
    para(doc, "Tổng số đảng viên của chi bộ: 18 đồng chí (chính thức 16, dự bị 2); miễn sinh hoạt: 0.")
    para(doc, "Có mặt: 16 đồng chí.")
    para(
        doc,
        "Vắng mặt: 2 đồng chí (có lý do: 1; không có lý do: 1), gồm: đồng chí Bùi Thị Thanh Hương "
        "(ốm, có đơn xin phép) và đồng chí Dương Văn Toàn (không có lý do).",
    )
    para(doc, "Đại biểu tham dự: đồng chí Hồ Quang Vĩnh, Đảng ủy viên phường, phụ trách chi bộ.")
    para(doc, "Chủ trì: Đồng chí Ngô Văn Thắng – Bí thư chi bộ.")
    para(doc, "Thư ký: Đồng chí Chu Thị Mai Phương.")
    para(doc, "II. NỘI DUNG SINH HOẠT", bold=True)
    para(doc, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 02/2025", bold=True)
    para(
        doc,
        "Đồng chí Bí thư thông qua báo cáo. Việc tổng vệ sinh môi trường khu phố sau Tết do đồng chí "
        "Lã Văn Hùng phụ trách đã hoàn thành. Thu đảng phí đạt 100%.",
    )
    para(doc, "2. Phương hướng nhiệm vụ tháng 3/2025", bold=True)
    para(
        doc,
        "Triển khai phong trào ra quân xây dựng đô thị văn minh; vận động nhân dân tham gia hiến đất "
        "mở rộng hẻm 12; rà soát hộ nghèo, cận nghèo.",
    )
    para(doc, "3. Ý kiến thảo luận", bold=True)
    para(doc, "– Đồng chí Lã Văn Hùng: đề nghị chia khu phố thành 4 cụm để vận động hiến đất.")
    para(doc, "– Đồng chí Tống Thị Ngọc Lan: cần công khai danh sách hộ cận nghèo tại bảng tin khu phố.")
    para(doc, "– Đồng chí Hồ Quang Vĩnh: đánh giá cao chi bộ, lưu ý công tác phát triển đảng viên mới.")
    para(doc, "– Đồng chí Lã Văn Hùng: xin nhận phụ trách cụm 1 và cụm 2.")
    para(doc, "– Đồng chí Khổng Minh Trí: đồng ý, đề nghị bổ sung kinh phí cho đội dân phòng.")
    para(doc, "Đồng chí chủ trì kết luận và phân công nhiệm vụ như sau:")
    table(
        doc,
        [
            ["STT", "Nội dung công việc", "Người phụ trách", "Thời hạn"],
            ["1", "Vận động nhân dân hiến đất mở rộng hẻm 12", "Đ/c Lã Văn Hùng", "31/3/2025"],
            ["2", "Rà soát, lập danh sách hộ nghèo, cận nghèo", "Đ/c Tống Thị Ngọc Lan", "Trước ngày 20/3/2025"],
            ["3", "Lập dự trù kinh phí hoạt động đội dân phòng", "Đ/c Khổng Minh Trí", "Trong tháng 3/2025"],
        ],
    )
    para(
        doc,
        "Biểu quyết thông qua nghị quyết tháng 3/2025: tán thành 16/16 đồng chí (đạt 100%), "
        "không tán thành 0, ý kiến khác 0.",
    )
    para(
        doc,
        "Buổi sinh hoạt kết thúc vào hồi 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ "
        "và nhất trí thông qua.",
    )
    table(
        doc,
        [
            ["THƯ KÝ", "T/M CHI BỘ – BÍ THƯ"],
            ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"],
            ["Chu Thị Mai Phương", "Ngô Văn Thắng"],
        ],
    )
    return doc


def vi_thcs_nguyen_du():
    doc = Document()
    para(doc, "ĐẢNG BỘ XÃ HÒA BÌNH – CHI BỘ TRƯỜNG THCS NGUYỄN DU", bold=True)
    para(doc, "Hòa Bình, ngày 05 tháng 9 năm 2025")
    para(
        doc,
        "BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 9 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ III",
        bold=True,
        center=True,
        size=13,
    )
    para(doc, "Chuyên đề: Nâng cao chất lượng chuyển đổi số trong dạy và học năm học 2025–2026", center=True)
    para(doc, "Người chủ trì: Đoàn Minh Quân, Bí thư chi bộ, Hiệu trưởng.")
    para(doc, "Ghi biên bản: Lê Hoài Thương.")
    para(doc, "Hôm nay, vào hồi 14 giờ 00, tại phòng Hội đồng nhà trường, chi bộ tiến hành sinh hoạt.")
    para(
        doc,
        "Thành phần: chi bộ có 13 đảng viên (12 chính thức, 1 dự bị). Có mặt 12 đồng chí. "
        "Đảng viên vắng: 01 đồng chí – Vũ Thị Hạnh, nghỉ chế độ thai sản (có lý do).",
    )
    para(
        doc,
        "Đồng chí Nguyễn Văn Sơn đến muộn lúc 14 giờ 20 do dự họp tại Phòng Giáo dục; đồng chí "
        "Phạm Thị Lệ xin về sớm lúc 16 giờ 15 (sau phần biểu quyết) để đón con.",
    )
    para(doc, "PHẦN I – SINH HOẠT THƯỜNG KỲ", bold=True)
    para(
        doc,
        "Đồng chí Phó Bí thư Hoàng Thị Thu Trang báo cáo kết quả tháng 8: hoàn thành tuyển sinh lớp 6 "
        "(đồng chí Nguyễn Văn Sơn phụ trách, đã xong); sửa chữa 4 phòng học đã hoàn thành.",
    )
    para(doc, "Nhiệm vụ tháng 9: tổ chức khai giảng, ổn định nề nếp, kiện toàn các tổ chuyên môn.")
    para(doc, "PHẦN II – SINH HOẠT CHUYÊN ĐỀ", bold=True)
    para(doc, "Đồng chí Trịnh Quốc Bảo trình bày chuyên đề về chuyển đổi số.")
    para(doc, "Thảo luận:")
    para(doc, "Đồng chí Phạm Thị Lệ phát biểu: giáo viên lớn tuổi cần được tập huấn riêng về học liệu số.")
    para(doc, "Đồng chí Nguyễn Văn Sơn phát biểu: đường truyền Internet khu B còn yếu, đề nghị nâng cấp.")
    para(doc, "Đồng chí Trịnh Quốc Bảo phát biểu giải trình về kinh phí nâng cấp mạng.")
    para(doc, "Đồng chí Phạm Thị Lệ phát biểu bổ sung: nên thành lập nhóm giáo viên nòng cốt.")
    para(doc, "Kết luận: Đồng chí Đoàn Minh Quân kết luận, giao:")
    para(
        doc,
        "- Đồng chí Trịnh Quốc Bảo xây dựng kế hoạch chuyển đổi số của nhà trường, trình chi bộ trước ngày 30/9/2025;",
    )
    para(doc, "- Đồng chí Phạm Thị Lệ tổ chức tập huấn học liệu số cho giáo viên trong tháng 10/2025;")
    para(doc, "- Đồng chí Hoàng Thị Thu Trang chỉ đạo ổn định nề nếp học sinh, hạn 15/9/2025.")
    para(
        doc,
        "Nghị quyết tháng 9 và kết luận chuyên đề được biểu quyết thông qua: tán thành 11/11 đảng viên chính thức "
        "có mặt (đạt 100%).",
    )
    para(doc, "Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày.")
    para(doc, "Biên bản đã được đọc lại và nhất trí thông qua.")
    para(doc, "NGƯỜI GHI BIÊN BẢN                    CHỦ TRÌ")
    para(doc, "Lê Hoài Thương                           Đoàn Minh Quân")
    return doc


VI_DONG_XUAN_PDF = [
    "ĐẢNG BỘ XÃ QUẢNG PHÚ",
    "CHI BỘ THÔN ĐỒNG XUÂN",
    "",
    "# BIÊN BẢN",
    "# SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2025",
    "",
    "Hôm nay, vào hồi 08 giờ 00 phút ngày 05 tháng 11 năm 2025, tại Nhà văn hóa thôn Đồng Xuân, Chi bộ thôn "
    "Đồng Xuân tổ chức sinh hoạt thường kỳ tháng 11.",
    "",
    "Chủ tọa: đồng chí Đinh Văn Khoa – Bí thư chi bộ, Trưởng thôn.",
    "Thư ký: đồng chí Hứa Thị Thùy Linh.",
    "",
    "Tổng số đảng viên của chi bộ: 21 đồng chí (chính thức 19, dự bị 0, miễn sinh hoạt 2).",
    "Có mặt: 17 đồng chí. Vắng mặt: 2 đồng chí (có lý do: 2; không có lý do: 0):",
    "   - đồng chí Lò Văn Pháo: đi làm ăn xa;",
    "   - đồng chí Tăng Thị Nga: chăm mẹ ốm.",
    "Đại biểu cấp ủy cấp trên: đồng chí Mông Đức Thiện, Đảng ủy viên xã.",
    "Khách mời: ông Vi Văn Tài, Trưởng ban công tác Mặt trận thôn.",
    "",
    "NỘI DUNG",
    "1. Kiểm điểm việc thực hiện nghị quyết tháng 10/2025: đồng chí Giáp Văn Lực đã hoàn thành việc vận động "
    "các hộ đóng góp làm đường bê tông nội đồng; việc thu hoạch lúa mùa đạt 98% diện tích.",
    "2. Nhiệm vụ tháng 11: hoàn thành đường bê tông nội đồng tuyến số 2; chuẩn bị Ngày hội Đại đoàn kết toàn "
    "dân tộc 18/11; phòng chống cháy rừng mùa khô.",
    "",
    "Ý kiến tham gia:",
    "- Đ/c Giáp Văn Lực: còn 6 hộ chưa đóng góp, đề nghị chi bộ giao đảng viên gặp trực tiếp.",
    "- Đ/c Vi Văn Tài: Ban công tác Mặt trận sẽ lo phần văn nghệ của Ngày hội.",
    "- Đ/c Mông Đức Thiện: nhấn mạnh công tác phòng chống cháy rừng, phân công trực 24/24.",
    "- Đ/c Ma Thị Duyên: đề nghị trích quỹ thôn mua bình chữa cháy.",
    "- Đ/c Giáp Văn Lực: thống nhất và nhận trực tiếp vận động 6 hộ còn lại.",
    "",
    "Đồng chí chủ tọa kết luận, phân công:",
    "- Giao đồng chí Giáp Văn Lực vận động 6 hộ còn lại đóng góp, thời hạn trước ngày 15/11/2025.",
    "- Giao đồng chí Ma Thị Duyên lập danh sách tổ trực phòng chống cháy rừng, trước ngày 10/11/2025.",
    "",
    "Biểu quyết thông qua nghị quyết tháng 11/2025: 17/17 đồng chí có mặt tán thành, không tán thành 0, ý kiến khác 0.",
    "Chi bộ biểu quyết thông qua đề nghị trích quỹ thôn mua 5 bình chữa cháy: 15 tán thành, 2 không tán thành.",
    "",
    "Buổi sinh hoạt kết thúc vào hồi 10 giờ 00 phút cùng ngày. Biên bản được đọc lại, chi bộ nhất trí thông qua.",
    "",
    "THƯ KÝ                                                        CHỦ TỌA",
    "Hứa Thị Thùy Linh                                           Đinh Văn Khoa",
]


# --------------------------------------------------------------------------------------------- en


def en_riverside_library():
    doc = Document()
    doc.add_heading("Riverside Public Library — Board of Trustees", level=1)
    para(doc, "Minutes of the Regular Meeting, Tuesday, April 8, 2025", bold=True)
    para(doc, "Location: Community Room, Riverside Public Library, 200 Elm Street")
    para(
        doc,
        "The meeting was called to order at 7:00 p.m. by Eleanor Whitfield, Chair. "
        "Grace Nakamura, Secretary, recorded the minutes.",
    )
    para(doc, "Attendance", bold=True)
    table(
        doc,
        [
            ["Trustee", "Office", "Attendance"],
            ["Eleanor Whitfield", "Chair", "Present"],
            ["Grace Nakamura", "Secretary", "Present"],
            ["Robert Kaminski", "Treasurer", "Present"],
            ["Sunita Varma", "Trustee", "Present"],
            ["Harold Jensen", "Trustee", "Present (arrived 7:20 p.m.)"],
            ["Fiona McAllister", "Trustee", "Absent (excused — family matter)"],
            ["Daniel Osei", "Trustee", "Absent"],
        ],
    )
    para(doc, "Also present: Laura Pinkerton, Library Director; Michael Tran, Friends of the Library liaison.")
    para(doc, "Approval of minutes", bold=True)
    para(doc, "The minutes of the March 11, 2025 meeting were approved as read.")
    para(doc, "Director's report", bold=True)
    para(
        doc,
        "Laura Pinkerton reported that circulation rose 6% over the quarter and that the teen room "
        "reopened on March 28.",
    )
    para(doc, "Budget for fiscal year 2025–26", bold=True)
    para(doc, "Robert Kaminski presented the draft budget of $1,240,000.")
    para(doc, "Sunita Varma asked whether the e-book line could be increased by $15,000.")
    para(doc, "Robert Kaminski said this could be covered from the materials contingency.")
    para(doc, "Harold Jensen said he supported the increase.")
    para(
        doc,
        "It was moved by Sunita Varma and seconded by Harold Jensen to adopt the fiscal year 2025–26 "
        "budget as amended with a $15,000 increase to e-books. The motion carried, 5 in favour, 0 against.",
    )
    para(doc, "Building", bold=True)
    para(
        doc,
        "Laura Pinkerton presented quotes for replacing the HVAC system. Grace Nakamura asked for a third "
        "quote before any decision.",
    )
    para(doc, "Action items", bold=True)
    table(
        doc,
        [
            ["Action", "Responsible", "Due"],
            ["Obtain a third HVAC quote", "Laura Pinkerton", "May 2, 2025"],
            ["Send the adopted budget to the City Finance Office", "Robert Kaminski", "April 15, 2025"],
        ],
    )
    para(doc, "The meeting adjourned at 8:25 p.m.")
    para(doc, "Respectfully submitted,")
    para(doc, "Grace Nakamura, Secretary")
    return doc


def en_oakridge_hoa():
    doc = Document()
    para(doc, "OAKRIDGE MEADOWS HOMEOWNERS ASSOCIATION", bold=True, center=True)
    para(doc, "Board of Directors – Monthly Meeting", center=True)
    para(doc, "Date: October 14, 2025", center=True)
    para(doc, "Venue: Oakridge Meadows Clubhouse", center=True)
    para(doc, "")
    para(doc, "Meeting opened at 18:30. Presiding: Victoria Hensley (President). Minute-taker: Andre Dubois.")
    para(
        doc,
        "Board present: Victoria Hensley, Andre Dubois, Kevin O'Rourke, Simone Achterberg. "
        "Not present: Bradley Coates (no notice given). Four of five directors present; quorum confirmed.",
    )
    para(doc, "Guests: Patricia Lowe, property manager, Summit Community Management; about a dozen homeowners.")
    para(
        doc, "Old business. The pool resurfacing, handled by Kevin O'Rourke, is complete and came in $900 under budget."
    )
    para(
        doc,
        "Open forum. Homeowner Gloria Ramirez raised speeding on Birch Lane. Homeowner Ted Nakashima "
        "asked about the status of the gate repair.",
    )
    para(
        doc,
        "Landscaping contract. Patricia Lowe summarized three bids. Simone Achterberg favoured GreenLeaf "
        "for its price. Kevin O'Rourke raised concerns about GreenLeaf's references. Simone Achterberg "
        "noted that GreenLeaf serves two neighbouring associations without complaint.",
    )
    para(
        doc,
        "Motion by Simone Achterberg / Second by Andre Dubois: award the 2026 landscaping contract to "
        "GreenLeaf Grounds at $54,000 per year. Vote: 3 yes, 1 no. Motion carried.",
    )
    para(
        doc,
        "Traffic calming. Motion by Kevin O'Rourke / Second by Victoria Hensley: install two speed humps "
        "on Birch Lane. Vote: 2 yes, 2 no. Motion failed.",
    )
    para(doc, "Tasks:")
    para(doc, "• Patricia Lowe – send the signed contract to GreenLeaf Grounds – by October 24, 2025.")
    para(doc, "• Kevin O'Rourke – get a radar speed survey of Birch Lane – before the next meeting.")
    para(doc, "• Andre Dubois – post the approved minutes on the community website.")
    para(doc, "Closed at 20:05.")
    para(doc, "Andre Dubois, Secretary")
    return doc


EN_WESTBROOK_PDF = [
    "# Town of Westbrook",
    "# Parks and Recreation Advisory Committee",
    "# Minutes — Thursday, 19 February 2026",
    "",
    "Place: Westbrook Recreation Center, Room B",
    "",
    "CALL TO ORDER: The chair, Dr. Helen Marchetti, called the meeting to order at 4:00 p.m.",
    "",
    "PRESENT: Helen Marchetti (Chair), Isaac Ferraro, Yolanda Greene, Benedikt Sauer, Aisha Conteh, "
    "Raymond Liu (Secretary)",
    "ABSENT: Kathleen Doyle (excused), Marco Bianchi (excused)",
    "STAFF: Denise Whitcombe, Recreation Superintendent",
    "Members: 8. Present: 6.",
    "",
    "Late arrival: Aisha Conteh joined at 4:25 p.m.",
    "Left early: Benedikt Sauer left at 5:10 p.m.",
    "",
    "1. MINUTES — The minutes of January 15, 2026 were approved as corrected (spelling of a name).",
    "",
    "2. SUMMER CAMP FEES — Denise Whitcombe proposed raising the weekly camp fee from $165 to $180 and "
    "adding a sliding scale for low-income families.",
    "Isaac Ferraro: the sliding scale should be advertised in Spanish as well.",
    "Yolanda Greene: worried the increase would push families away.",
    "Denise Whitcombe: enrolment has exceeded capacity for three summers.",
    "Yolanda Greene: accepted the increase if the sliding scale comes with it.",
    "Moved by Isaac Ferraro, seconded by Yolanda Greene, to recommend to the Town Council the fee increase "
    "with a sliding scale. Carried 5–0–1 (Benedikt Sauer abstained).",
    "",
    "3. DOG PARK — Benedikt Sauer reported on the survey: 312 responses, 71% in favour of a fenced dog "
    "park at Millbrook Field.",
    "",
    "ACTIONS",
    "Denise Whitcombe — draft the sliding-scale eligibility rules — due March 6, 2026",
    "Aisha Conteh — prepare a Spanish-language flyer for camp registration — due March 13, 2026",
    "Raymond Liu — forward the recommendation to the Town Clerk — this week",
    "",
    "ADJOURNMENT: 5:30 p.m.",
    "",
    "Raymond Liu, Secretary",
]


def main() -> None:
    save_docx(vi_khu_pho_4(), HERE / "vi" / "cb-khu-pho-4-an-lac-2025-03.docx")
    save_docx(vi_thcs_nguyen_du(), HERE / "vi" / "cb-thcs-nguyen-du-2025-09.docx")
    save_pdf(VI_DONG_XUAN_PDF, HERE / "vi" / "cb-thon-dong-xuan-2025-11.pdf")
    save_docx(en_riverside_library(), HERE / "en" / "riverside-library-board-2025-04.docx")
    save_docx(en_oakridge_hoa(), HERE / "en" / "oakridge-hoa-board-2025-10.docx")
    save_pdf(EN_WESTBROOK_PDF, HERE / "en" / "westbrook-parks-committee-2026-02.pdf")


if __name__ == "__main__":
    main()
