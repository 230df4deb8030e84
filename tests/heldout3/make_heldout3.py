"""Write the third held-out set's .docx and .pdf documents (deterministic).

The .txt / .md documents and every <id>.expected.json are kept as typed; this script only writes the binary
formats.  Run from the repository root:
``.venv/bin/python -m tests.heldout3.make_heldout3``
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from docx import Document

from tests.support import held_out
from tests.support.held_out import para, table

HERE = Path(__file__).resolve().parent
save_docx = partial(held_out.save_docx, author="heldout3")
save_pdf = partial(held_out.save_pdf, number=3)


def bullets(doc, items: list[str], style: str = "List Bullet") -> None:
    for item in items:
        doc.add_paragraph(item, style=style)


# --------------------------------------------------------------------------------------------- vi


def vi_thon_dong_tam():
    """Village cell, regular monthly meeting: two-column header table, prose counts, prose assignments."""
    doc = Document()
    table(
        doc,
        [
            [
                "ĐẢNG BỘ XÃ QUẢNG THẠCH\nCHI BỘ THÔN ĐỒNG TÂM\n*",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐồng Tâm, ngày 05 tháng 9 năm 2025",
            ],
        ],
    )
    para(doc, "")
    para(doc, "BIÊN BẢN", bold=True, center=True, size=15)
    para(doc, "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 9 NĂM 2025", bold=True, center=True)
    para(
        doc,
        "Vào lúc 19 giờ 30 phút, thứ Sáu ngày 05/9/2025, tại Nhà văn hóa thôn Đồng Tâm, Chi bộ thôn Đồng Tâm "
        "tiến hành sinh hoạt thường kỳ tháng 9 năm 2025.",
    )
    para(doc, "I. THÀNH PHẦN DỰ HỌP", bold=True)
    para(doc, "Đồng chí Trịnh Văn Hưng – Bí thư chi bộ chủ trì.")
    para(doc, "Người ghi biên bản: đồng chí Cao Thị Lan – Phó Bí thư chi bộ.")
    para(
        doc,
        "Tổng số đảng viên trong chi bộ: 17 đồng chí (chính thức 15, dự bị 2). Có mặt: 15 đồng chí. Vắng mặt: "
        "02 đồng chí, trong đó:",
    )
    para(doc, "- Vắng có lý do 01 đồng chí: đ/c Mai Văn Sửu (ốm, đang điều trị tại Trạm y tế xã);")
    para(doc, "- Vắng không có lý do 01 đồng chí: đ/c Lò Văn Thắm.")
    para(
        doc,
        "Đại biểu dự: đồng chí Phan Thị Hoài – Đảng ủy viên, Phó Chủ tịch UBND xã, Đảng ủy viên phụ trách chi bộ.",
    )
    para(doc, "II. NỘI DUNG SINH HOẠT", bold=True)
    para(doc, "1. Kiểm điểm kết quả thực hiện nhiệm vụ tháng 8/2025", bold=True)
    para(
        doc,
        "Đồng chí Cao Thị Lan thay mặt chi ủy báo cáo kết quả thực hiện các nhiệm vụ chi bộ giao tại kỳ sinh "
        "hoạt tháng 8:",
    )
    para(
        doc,
        "- Sửa chữa cống thoát nước xóm Giữa (đ/c Đinh Văn Bảo phụ trách): đã hoàn thành ngày 25/8/2025, tổng "
        "kinh phí 18 triệu đồng do nhân dân đóng góp.",
    )
    para(
        doc,
        "- Vận động các hộ đăng ký tham gia mô hình trồng cam sành (đ/c Cao Thị Lan phụ trách): đang thực hiện, "
        "đến nay có 12/20 hộ đăng ký.",
    )
    para(
        doc,
        "- Tổ chức lớp tập huấn kỹ thuật chăn nuôi bò sinh sản (đ/c Hà Quang Vũ phụ trách): chưa thực hiện được "
        "do Trạm Khuyến nông huyện chưa bố trí được giảng viên.",
    )
    para(doc, "- Thu đảng phí tháng 8 (đ/c Vũ Thị Nhàn phụ trách): đã thu đủ 100%.")
    para(
        doc,
        "Tình hình an ninh trật tự trên địa bàn ổn định; diện tích lúa mùa sinh trưởng tốt, không có dịch bệnh "
        "trên đàn gia súc.",
    )
    para(doc, "2. Thông tin thời sự, quán triệt văn bản cấp trên", bold=True)
    para(
        doc,
        "Đồng chí Bí thư thông tin một số sự kiện thời sự nổi bật trong tháng; quán triệt Kế hoạch số 45-KH/ĐU "
        "của Đảng ủy xã về tổ chức các hoạt động chào mừng Ngày thành lập Mặt trận Tổ quốc Việt Nam (18/11) và "
        "Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
    )
    para(doc, "3. Phương hướng, nhiệm vụ tháng 10/2025", bold=True)
    para(
        doc,
        "- Chăm sóc, bảo vệ lúa mùa, chuẩn bị thu hoạch; - Tổ chức lớp tập huấn kỹ thuật chăn nuôi bò sinh sản; "
        "- Vận động nhân dân hiến đất mở rộng đường trục thôn đoạn từ cầu Đá đến nghĩa trang; - Thu đảng phí "
        "tháng 9 và tháng 10.",
    )
    para(doc, "III. THẢO LUẬN", bold=True)
    para(
        doc,
        "Đồng chí Đinh Văn Bảo phát biểu: đoạn đường trục thôn cần mở rộng dài khoảng 650 m, có 9 hộ liền kề; "
        "đề nghị chi bộ phân công đảng viên gặp từng hộ để vận động.",
    )
    para(
        doc,
        "Đồng chí Hà Quang Vũ phát biểu: đã làm việc lại với Trạm Khuyến nông, dự kiến mở lớp tập huấn vào "
        "tuần thứ hai của tháng 10; đề nghị Chi hội Nông dân thông báo cho hội viên đăng ký.",
    )
    para(
        doc,
        "Đồng chí Vũ Thị Nhàn phát biểu: đề nghị chi bộ nhắc nhở đảng viên nộp đảng phí đúng hạn, tránh dồn "
        "vào cuối quý.",
    )
    para(
        doc,
        "Đồng chí Phan Thị Hoài – Đảng ủy viên phụ trách chi bộ phát biểu chỉ đạo: ghi nhận kết quả chi bộ đạt "
        "được trong tháng 8; đề nghị chi bộ tập trung vận động hiến đất làm đường, làm tốt công tác tạo nguồn "
        "phát triển đảng viên trong đoàn viên thanh niên.",
    )
    para(
        doc,
        "Đồng chí Đinh Văn Bảo phát biểu bổ sung: đề nghị xã hỗ trợ xi măng theo cơ chế “Nhà nước và nhân dân "
        "cùng làm”.",
    )
    para(doc, "IV. KẾT LUẬN VÀ PHÂN CÔNG NHIỆM VỤ", bold=True)
    para(
        doc,
        "Đồng chí chủ trì kết luận, tiếp thu ý kiến của đồng chí Đảng ủy viên phụ trách và các đảng viên; chi bộ "
        "thống nhất phân công như sau:",
    )
    para(
        doc,
        "Giao đồng chí Hà Quang Vũ chủ trì, phối hợp với Chi hội Nông dân thôn tổ chức lớp tập huấn kỹ thuật "
        "chăn nuôi bò sinh sản, hoàn thành trước ngày 15/10/2025.",
    )
    para(
        doc,
        "Giao đồng chí Đinh Văn Bảo phụ trách vận động 9 hộ liền kề hiến đất mở rộng đường trục thôn, báo cáo "
        "kết quả tại kỳ sinh hoạt tháng 10.",
    )
    para(
        doc,
        "Giao đồng chí Cao Thị Lan tiếp tục vận động các hộ còn lại đăng ký mô hình trồng cam sành, hoàn thành "
        "trong tháng 10/2025.",
    )
    para(
        doc,
        "Giao đồng chí Vũ Thị Nhàn thu đảng phí tháng 9 của đảng viên, nộp về Đảng ủy xã trước ngày 30/9/2025.",
    )
    para(doc, "V. BIỂU QUYẾT", bold=True)
    para(
        doc,
        "Chi bộ biểu quyết thông qua nghị quyết sinh hoạt tháng 9/2025 với kết quả: tán thành 15/15 = 100%. "
        "Nghị quyết được thông qua.",
    )
    para(
        doc,
        "Buổi sinh hoạt kết thúc lúc 21 giờ 45 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
        "chí dự họp không có ý kiến bổ sung.",
    )
    table(
        doc,
        [["NGƯỜI GHI BIÊN BẢN", "T/M CHI BỘ\nBÍ THƯ"], ["(đã ký)\nCao Thị Lan", "(đã ký)\nTrịnh Văn Hưng"]],
    )
    return doc


def vi_bv_ha_lam():
    """Hospital department cell, thematic meeting: attendance table with present/absent columns, task table."""
    doc = Document()
    para(doc, "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA KHU VỰC HÀ LÂM", bold=True)
    para(doc, "CHI BỘ KHOA NỘI – HỒI SỨC CẤP CỨU", bold=True)
    para(doc, "*")
    para(doc, "Hà Lâm, ngày 12 tháng 3 năm 2026", italic=True)
    para(doc, "")
    para(doc, "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2026", bold=True, center=True, size=14)
    para(
        doc,
        "Chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nâng cao y đức, đổi mới "
        "thái độ phục vụ người bệnh”",
        center=True,
        italic=True,
    )
    para(
        doc,
        "Thời gian: 14 giờ 00 phút, thứ Năm, ngày 12/3/2026. Địa điểm: Phòng giao ban Khoa Nội – Hồi sức cấp cứu.",
    )
    para(doc, "Chủ tọa: đồng chí BS.CKII Lâm Quốc Thịnh – Bí thư chi bộ, Trưởng khoa.")
    para(doc, "Thư ký: đồng chí Hà Thị Thu Trang – Chi ủy viên, Điều dưỡng trưởng khoa.")
    para(
        doc,
        "Khách mời: đồng chí Bạch Thị Hương – Phó Bí thư Đảng ủy Bệnh viện, dự và chỉ đạo buổi sinh hoạt.",
    )
    para(
        doc,
        "Tổng số đảng viên: 12 (11 chính thức, 1 dự bị). Có mặt 10, vắng 2 (đều có lý do). Tình hình dự họp "
        "cụ thể như sau:",
    )
    table(
        doc,
        [
            ["TT", "Họ và tên", "Chức vụ", "Có mặt", "Vắng", "Ghi chú"],
            ["1", "Lâm Quốc Thịnh", "Bí thư chi bộ, Trưởng khoa", "x", "", ""],
            ["2", "Nguyễn Đức Hậu", "Phó Bí thư, Phó Trưởng khoa", "x", "", ""],
            ["3", "Hà Thị Thu Trang", "Chi ủy viên, Điều dưỡng trưởng", "x", "", ""],
            ["4", "Kha Thị Mỹ Linh", "Bác sĩ", "x", "", ""],
            ["5", "Trương Văn Khoa", "Bác sĩ", "", "x", "Trực cấp cứu"],
            ["6", "Phùng Thị Ngọc", "Điều dưỡng", "x", "", ""],
            ["7", "Dương Minh Sang", "Bác sĩ", "x", "", "Đến muộn 14h20 (hết ca trực)"],
            ["8", "Tô Thị Huyền", "Điều dưỡng", "x", "", ""],
            ["9", "Lều Văn Lực", "Kỹ thuật viên", "x", "", ""],
            ["10", "Quách Thị Hoa", "Điều dưỡng", "x", "", ""],
            ["11", "Hầu Thị Thanh Xuân", "Dược sĩ", "", "x", "Nghỉ thai sản"],
            ["12", "Lý Gia Bảo", "Bác sĩ, đảng viên dự bị", "x", "", ""],
        ],
    )
    para(doc, "")
    para(doc, "NỘI DUNG BUỔI SINH HOẠT", bold=True)
    para(
        doc,
        "Đồng chí chủ tọa nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề và giới thiệu đại biểu.",
    )
    para(doc, "1. Đánh giá việc thực hiện đăng ký làm theo gương Bác năm 2025", bold=True)
    para(
        doc,
        "Đồng chí Hà Thị Thu Trang báo cáo: 12/12 đảng viên đã thực hiện nội dung đăng ký năm 2025; khoa không "
        "có đơn thư phản ánh về thái độ phục vụ. Việc lắp đặt hộp thư góp ý tại hành lang khoa, do đồng chí Tô "
        "Thị Huyền phụ trách theo phân công kỳ trước, đã hoàn thành. Tỷ lệ người bệnh hài lòng qua khảo sát "
        "quý IV/2025 đạt 91,4%.",
    )
    para(
        doc,
        "2. Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nâng cao y đức, đổi "
        "mới thái độ phục vụ người bệnh",
        bold=True,
    )
    para(
        doc,
        "Đồng chí Nguyễn Đức Hậu, Phó Bí thư chi bộ, trình bày nội dung chuyên đề, gồm ba phần: những lời dạy "
        "của Chủ tịch Hồ Chí Minh đối với ngành y tế, “Lương y phải như từ mẫu”; thực trạng y đức và thái độ "
        "phục vụ tại khoa; các giải pháp trong năm 2026, trong đó chú trọng giao tiếp với người bệnh và người "
        "nhà người bệnh tại khu cấp cứu vào giờ cao điểm.",
    )
    para(doc, "3. Thảo luận", bold=True)
    para(
        doc,
        "Đồng chí Kha Thị Mỹ Linh phát biểu: áp lực quá tải giờ cao điểm khiến nhân viên đôi lúc trả lời cộc "
        "lốc; đề nghị có bộ quy tắc ứng xử cụ thể và tập huấn kỹ năng giao tiếp.",
    )
    para(
        doc,
        "Đồng chí Phùng Thị Ngọc nêu ý kiến: người nhà người bệnh thường không biết quy trình chuyển viện, cần "
        "bảng hướng dẫn rõ ràng và một người trực hướng dẫn.",
    )
    para(
        doc,
        "Đồng chí Dương Minh Sang phát biểu: khu cấp cứu từ 17 giờ đến 21 giờ đông nhất; đề nghị bố trí bàn "
        "hướng dẫn trong khung giờ này.",
    )
    para(
        doc,
        "Đồng chí Bạch Thị Hương phát biểu chỉ đạo: đánh giá cao chất lượng báo cáo chuyên đề; đề nghị mỗi đảng "
        "viên đăng ký việc làm cụ thể, có thể kiểm tra được.",
    )
    para(
        doc,
        "Đồng chí Kha Thị Mỹ Linh phát biểu bổ sung: đề nghị đưa tiêu chí thái độ phục vụ vào bình xét thi đua "
        "hằng tháng.",
    )
    para(doc, "4. Kết luận và phân công thực hiện", bold=True)
    para(doc, "Đồng chí chủ tọa kết luận, tiếp thu các ý kiến; chi bộ phân công:")
    table(
        doc,
        [
            ["TT", "Nội dung công việc", "Người phụ trách", "Thời hạn hoàn thành"],
            [
                "1",
                "Xây dựng bộ quy tắc ứng xử của nhân viên khoa với người bệnh và người nhà người bệnh",
                "Đ/c Hà Thị Thu Trang",
                "31/3/2026",
            ],
            [
                "2",
                "Tổ chức khảo sát sự hài lòng của người bệnh nội trú quý I/2026",
                "Đ/c Nguyễn Đức Hậu, đ/c Lý Gia Bảo",
                "Trước 15/4/2026",
            ],
            [
                "3",
                "Bố trí bàn hướng dẫn người bệnh tại khu cấp cứu từ 17 giờ đến 21 giờ",
                "Đ/c Dương Minh Sang",
                "Từ tháng 4/2026",
            ],
            [
                "4",
                "Đăng ký việc làm theo gương Bác năm 2026, nộp chi ủy",
                "Toàn thể đảng viên",
                "20/3/2026",
            ],
        ],
    )
    para(doc, "")
    para(doc, "5. Biểu quyết", bold=True)
    para(
        doc,
        "Chi bộ biểu quyết nghị quyết chuyên đề: 10/10 đảng viên có mặt tán thành (100%), không có ý kiến khác.",
    )
    para(doc, "Buổi sinh hoạt kết thúc lúc 16 giờ 15 phút cùng ngày.")
    para(doc, "THƯ KÝ                                                        CHỦ TỌA")
    para(doc, "Hà Thị Thu Trang                                             Lâm Quốc Thịnh")
    return doc


def vi_thcs_vinh_hoa():
    """School cell, regular meeting: numbered header, name list, late arrival, early departure, vote table."""
    doc = Document()
    para(doc, "ĐẢNG BỘ XÃ VĨNH HÒA", bold=True)
    para(doc, "CHI BỘ TRƯỜNG THCS VĨNH HÒA", bold=True)
    para(doc, "Số: 11-BB/CB")
    para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, center=True)
    para(doc, "Vĩnh Hòa, ngày 04 tháng 11 năm 2025", center=True, italic=True)
    para(doc, "")
    para(doc, "BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ THÁNG 11/2025", bold=True, center=True, size=14)
    para(doc, "Thời gian: bắt đầu 16h00, thứ Ba ngày 04/11/2025.")
    para(doc, "Địa điểm: Phòng họp Hội đồng, Trường THCS Vĩnh Hòa.")
    para(doc, "Chủ trì: đ/c Lã Thị Kim Dung, Bí thư chi bộ – Hiệu trưởng.")
    para(doc, "Thư ký: đ/c Khổng Minh Tuấn.")
    para(
        doc,
        "Đảng viên có mặt (9/10): Lã Thị Kim Dung, Khổng Minh Tuấn, Đoàn Thị Hạnh, Thân Văn Quyết, La Thị Mỹ, "
        "Ứng Văn Nghĩa, Triệu Thị Sen, Lục Văn Phong, Ngô Thị Bích Hà.",
    )
    para(doc, "Vắng (1): đ/c Văn Đình Khang – đi tập huấn tại Sở Giáo dục và Đào tạo (có lý do).")
    para(doc, "Đ/c Ứng Văn Nghĩa đến muộn (16h25) do dạy bù tiết 5 cho lớp 8A.")
    para(doc, "A. NỘI DUNG", bold=True)
    para(doc, "1. Đánh giá kết quả thực hiện nghị quyết tháng 10/2025", bold=True)
    para(
        doc,
        "Đ/c Bí thư báo cáo tóm tắt: nhà trường duy trì sĩ số 100%; tổ chức thành công hội thi an toàn giao "
        "thông; hoàn thành kiểm tra nội bộ đợt 1. Kết quả các việc chi bộ giao tháng trước:",
    )
    bullets(
        doc,
        [
            "Đ/c Thân Văn Quyết – lập kế hoạch bồi dưỡng học sinh giỏi khối 9: đã hoàn thành, đã lập danh sách "
            "đội tuyển 24 em.",
            "Đ/c Đoàn Thị Hạnh – kiểm tra hồ sơ chuyên môn tổ Khoa học tự nhiên: chưa xong, mới kiểm tra được 5/9 "
            "giáo viên.",
        ],
    )
    para(doc, "2. Công tác phát triển đảng viên", bold=True)
    para(
        doc,
        "Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng Hứa Thị Diễm, giáo viên Ngữ văn, đã học lớp bồi dưỡng "
        "nhận thức về Đảng và được đ/c Ngô Thị Bích Hà, đ/c Lục Văn Phong phân công giúp đỡ.",
    )
    para(
        doc,
        "Đồng chí Ngô Thị Bích Hà phát biểu: quần chúng Hứa Thị Diễm có lập trường tư tưởng vững vàng, nhiều "
        "năm đạt giáo viên dạy giỏi cấp huyện, được đồng nghiệp và phụ huynh tín nhiệm.",
    )
    para(
        doc,
        "Đồng chí Lục Văn Phong cho rằng quần chúng Diễm cần mạnh dạn hơn trong góp ý, phê bình tại các cuộc họp "
        "tổ chuyên môn.",
    )
    para(doc, "3. Nhiệm vụ tháng 11/2025", bold=True)
    para(
        doc,
        "Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; phát động phong trào thi đua “Dạy tốt – "
        "học tốt”; bồi dưỡng đội tuyển học sinh giỏi; hoàn thành kiểm tra hồ sơ chuyên môn.",
    )
    para(
        doc,
        "Đồng chí Ứng Văn Nghĩa phát biểu: đề nghị lồng ghép hội thi “Giờ học tốt” với chuyên đề chuyển đổi số "
        "trong dạy học, tránh tổ chức nhiều hội thi chồng chéo.",
    )
    para(
        doc,
        "Đồng chí Ngô Thị Bích Hà phát biểu thêm: tổ Xã hội đã đăng ký 6 tiết dạy tốt, đề nghị ban giám khảo "
        "dự giờ trong tuần 2 và tuần 3.",
    )
    para(doc, "Đ/c Triệu Thị Sen xin phép về trước lúc 17h30 để đón con.")
    para(doc, "B. BIỂU QUYẾT", bold=True)
    table(
        doc,
        [
            ["Nội dung biểu quyết", "Số đảng viên có mặt", "Tán thành", "Không tán thành"],
            ["Đề nghị kết nạp quần chúng Hứa Thị Diễm vào Đảng", "9", "9", "0"],
            ["Nghị quyết chi bộ tháng 11/2025", "8", "8", "0"],
        ],
    )
    para(doc, "Kết quả: cả hai nội dung được thông qua.")
    para(doc, "C. PHÂN CÔNG NHIỆM VỤ", bold=True)
    bullets(
        doc,
        [
            "Đ/c Khổng Minh Tuấn hoàn thiện hồ sơ đề nghị kết nạp quần chúng Hứa Thị Diễm, trình Đảng ủy xã trước "
            "ngày 20/11/2025.",
            "Đ/c Đoàn Thị Hạnh hoàn thành kiểm tra hồ sơ chuyên môn tổ Khoa học tự nhiên trước 15/11.",
            "Đ/c La Thị Mỹ phối hợp Công đoàn tổ chức hội thi “Giờ học tốt”, tổ chức xong trước ngày 18/11/2025.",
            "Đ/c Thân Văn Quyết tiếp tục bồi dưỡng đội tuyển học sinh giỏi khối 9, chuẩn bị thi cấp huyện.",
        ],
    )
    para(doc, "Cuộc họp kết thúc lúc 18 giờ 05 phút cùng ngày.")
    table(doc, [["THƯ KÝ", "BÍ THƯ CHI BỘ"], ["Khổng Minh Tuấn", "Lã Thị Kim Dung"]])
    return doc


def vi_cty_binh_minh_xanh():
    """Company cell, special meeting: header table with number, guests (higher level and a union chair)."""
    doc = Document()
    table(
        doc,
        [
            [
                "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH\nCHI BỘ CÔNG TY CỔ PHẦN VẬN TẢI BÌNH MINH XANH\nSố: 02-BB/CB",
                "ĐẢNG CỘNG SẢN VIỆT NAM\nNgày 16 tháng 01 năm 2026",
            ],
        ],
    )
    para(doc, "")
    para(doc, "BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG", bold=True, center=True, size=14)
    para(
        doc,
        "Hồi 08 giờ 00 phút, ngày 16/01/2026, tại phòng họp số 2, tầng 2 trụ sở Công ty, Chi bộ Công ty Cổ "
        "phần Vận tải Bình Minh Xanh họp bất thường để giải quyết hai nội dung: (1) xét đề nghị công nhận "
        "đảng viên chính thức đối với đồng chí Kim Văn Tới; (2) thống nhất phương án bố trí lại lao động sau khi "
        "Công ty thanh lý 06 xe khách cũ.",
    )
    para(doc, "Chủ tọa: Đ/c Quản Văn Định – Bí thư chi bộ, Tổng Giám đốc Công ty.")
    para(doc, "Thư ký: Đ/c Mẫn Thị Thu – Chi ủy viên, Trưởng phòng Tổ chức – Hành chính.")
    para(
        doc,
        "Đảng viên của chi bộ: 14 đồng chí (13 chính thức, 01 dự bị). Có mặt: 13/14 đồng chí. Vắng: 01 đồng chí "
        "(đ/c Lữ Văn Cảnh đang lái xe tuyến Hà Nội – Lào Cai, có báo cáo).",
    )
    para(
        doc,
        "Dự họp: Đ/c Nghiêm Thị Lụa – Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp tỉnh; ông Yên "
        "Văn Mạnh – Chủ tịch Công đoàn Công ty (quần chúng), đại diện tổ chức đoàn thể nơi đồng chí Kim Văn Tới "
        "sinh hoạt.",
    )
    para(doc, "Nội dung 1: Xét đề nghị công nhận đảng viên chính thức đối với đồng chí Kim Văn Tới", bold=True)
    para(
        doc,
        "Đồng chí Kim Văn Tới đọc bản tự kiểm điểm trong thời gian dự bị. Đồng chí Mẫn Thị Thu đọc bản nhận xét "
        "của đảng viên được phân công giúp đỡ (đ/c Lữ Văn Cảnh) và ý kiến nhận xét của Ban Chấp hành Công đoàn "
        "Công ty.",
    )
    para(doc, "Ý kiến thảo luận:")
    para(
        doc,
        "- Ông Yên Văn Mạnh – Chủ tịch Công đoàn Công ty: đồng chí Tới gương mẫu, nhiệt tình trong các phong "
        "trào, được công nhân lái xe tín nhiệm.",
    )
    para(
        doc,
        "- Đ/c Phí Thị Hằng: trong 12 tháng dự bị, đồng chí Tới hoàn thành tốt nhiệm vụ điều độ, không vi phạm "
        "quy định của Đảng.",
    )
    para(
        doc,
        "- Đ/c Sầm Văn Toản: đề nghị đồng chí Tới khắc phục hạn chế về tác phong, còn nóng vội khi xử lý phản "
        "ánh của hành khách.",
    )
    para(
        doc,
        "Biểu quyết bằng giơ tay: 11/12 đảng viên chính thức có mặt tán thành (đạt 91,7%); 01 đồng chí không tán "
        "thành. Số tán thành đạt trên hai phần ba tổng số đảng viên chính thức của chi bộ (11/13). Chi bộ thống "
        "nhất đề nghị Đảng ủy Khối xem xét, quyết định công nhận đảng viên chính thức cho đồng chí Kim Văn Tới.",
    )
    para(
        doc,
        "Nội dung 2: Thống nhất phương án bố trí lại lao động sau khi thanh lý 06 xe khách cũ",
        bold=True,
    )
    para(
        doc,
        "Đồng chí Tổng Giám đốc trình bày phương án: 11 lái xe và phụ xe của 06 xe thanh lý được ưu tiên chuyển "
        "sang đội xe buýt mở mới tuyến Trung tâm – Khu công nghiệp phía Bắc; người lao động không có nguyện vọng "
        "chuyển được giải quyết chế độ theo quy định.",
    )
    para(
        doc,
        "- Đ/c Sầm Văn Toản: đề nghị tổ chức đối thoại với người lao động trước khi quyết định, tránh tâm lý "
        "hoang mang dịp cuối năm.",
    )
    para(
        doc,
        "- Đ/c Đàm Thị Giang: đề nghị Công ty hỗ trợ chi phí đào tạo, đổi giấy phép lái xe hạng D cho lái xe "
        "chuyển sang xe buýt.",
    )
    para(
        doc,
        "Chủ trương được thông qua với 13/13 ý kiến đảng viên có mặt tán thành.",
    )
    para(doc, "Phân công thực hiện", bold=True)
    para(
        doc,
        "Giao đồng chí Mẫn Thị Thu hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đồng chí Kim Văn "
        "Tới, gửi Đảng ủy Khối trước ngày 23/01/2026.",
    )
    para(
        doc,
        "Giao đồng chí Sầm Văn Toản phối hợp Công đoàn Công ty tổ chức đối thoại và lập danh sách lao động có "
        "nguyện vọng chuyển sang đội xe buýt, xong trong tháng 01/2026.",
    )
    para(doc, "Cuộc họp kết thúc hồi 10 giờ 20 phút cùng ngày.")
    table(doc, [["THƯ KÝ", "CHỦ TỌA"], ["Mẫn Thị Thu", "Quản Văn Định"]])
    return doc


VI_DAI_DOI_2_PDF = [
    "ĐẢNG ỦY TIỂU ĐOÀN 4                                    ĐẢNG CỘNG SẢN VIỆT NAM",
    "CHI BỘ ĐẠI ĐỘI 2",
    "                                                          Ngày 26 tháng 6 năm 2025",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6 NĂM 2025",
    "",
    "Hôm nay, vào hồi 19h30 ngày 26/6/2025, tại hội trường Đại đội 2, Chi bộ Đại đội 2 tiến hành sinh hoạt "
    "thường kỳ tháng 6 năm 2025.",
    "Đồng chí Thượng úy Chu Đình Khiêm – Chính trị viên, Bí thư chi bộ chủ trì.",
    "Thư ký: Đồng chí Trung úy Bàng Văn Thịnh – Phó Đại đội trưởng, Chi ủy viên.",
    "Tổng số đảng viên: 11 đồng chí; có mặt: 10 đồng chí; vắng: 01 đồng chí (đ/c Trung sĩ Lò Văn Pấng – làm "
    "nhiệm vụ canh gác kho đạn, có lý do).",
    "Đồng chí Thiếu tá Ngân Văn Hòa – Phó Chính trị viên Tiểu đoàn, Đảng ủy viên Tiểu đoàn dự, chỉ đạo.",
    "",
    "I. ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 6",
    "Đồng chí Bí thư thông qua báo cáo: đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu; quân số khỏe "
    "đạt 98%; không có vụ việc vi phạm kỷ luật. Kết quả các nhiệm vụ chi bộ giao tháng 5:",
    "- Chỉ đạo bắn đạn thật bài 1 súng tiểu liên AK (đ/c Bàng Văn Thịnh): đã hoàn thành, 100% đạt yêu cầu, "
    "62% khá, giỏi.",
    "- Tăng gia sản xuất (đ/c Thiếu úy Mông Văn Chiêm phụ trách): đã trồng mới 300 m² rau xanh, hoàn thành chỉ tiêu.",
    "- Sửa chữa mái nhà kho quân trang (đ/c Trung sĩ Lý A Páo phụ trách): chưa làm xong, mới thay được 40% số "
    "tấm lợp do thiếu vật tư.",
    "",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7 NĂM 2025",
    "Tiếp tục huấn luyện theo kế hoạch, chú trọng huấn luyện ban đêm; sẵn sàng lực lượng phòng chống lụt bão, "
    "tìm kiếm cứu nạn; tổ chức các hoạt động tri ân nhân kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7).",
    "",
    "III. Ý KIẾN THẢO LUẬN",
    "- Đ/c Mông Văn Chiêm: vườn rau phía sau doanh trại bị ngập khi mưa lớn, đề nghị đào thêm rãnh thoát nước.",
    "- Đ/c Lý A Páo: vật tư tấm lợp đã được Ban Hậu cần tiểu đoàn duyệt, dự kiến nhận trong tuần đầu tháng 7; "
    "đề nghị chi bộ bố trí thêm 4 chiến sĩ hỗ trợ.",
    "- Đ/c Hồ Sỹ Nguyên: một số chiến sĩ mới còn lúng túng khi huấn luyện ban đêm, cần tăng thời gian ôn luyện "
    "theo tổ.",
    "- Đ/c Ngân Văn Hòa (Phó Chính trị viên Tiểu đoàn): biểu dương kết quả bắn đạn thật; yêu cầu chi bộ làm tốt "
    "công tác nắm bắt tư tưởng bộ đội mùa mưa bão, không để xảy ra mất an toàn.",
    "- Đ/c Mông Văn Chiêm: bổ sung, đề nghị đơn vị kết nghĩa với một gia đình chính sách ở xã đứng chân.",
    "",
    "IV. KẾT LUẬN",
    "Đồng chí Bí thư kết luận, chi bộ giao nhiệm vụ:",
    "+ Đ/c Bàng Văn Thịnh: xây dựng kế hoạch huấn luyện ban đêm tháng 7, hoàn thành trước 05/7/2025.",
    "+ Đ/c Lý A Páo: hoàn thành sửa chữa mái nhà kho quân trang trước mùa mưa bão, chậm nhất ngày 10/7.",
    "+ Đ/c Hồ Sỹ Nguyên: phối hợp Đoàn cơ sở tổ chức thăm, tặng quà gia đình chính sách ở xã đứng chân, xong "
    "trước ngày 25/7.",
    "",
    "V. BIỂU QUYẾT",
    "Chi bộ nhất trí 100% thông qua nghị quyết lãnh đạo nhiệm vụ tháng 7 năm 2025.",
    "Buổi sinh hoạt kết thúc vào hồi 21h15 cùng ngày.",
    "",
    "THƯ KÝ                                                            BÍ THƯ",
    "Bàng Văn Thịnh                                                Chu Đình Khiêm",
]

VI_HUU_TRI_NGOC_TRA_PDF = [
    "ĐẢNG BỘ PHƯỜNG NGỌC TRÀ",
    "CHI BỘ CÁN BỘ HƯU TRÍ KHU PHỐ NGỌC TRÀ 2",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2026 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ",
    "",
    "Hôm nay, Chủ nhật, ngày 05 tháng 4 năm 2026, từ 8 giờ, tại Nhà sinh hoạt cộng đồng khu phố Ngọc Trà 2, "
    "Chi bộ Cán bộ hưu trí khu phố Ngọc Trà 2 tổ chức sinh hoạt thường kỳ tháng 4 kết hợp sinh hoạt chuyên đề.",
    "",
    "Chủ trì: đồng chí Tăng Văn Lộc, Bí thư chi bộ.",
    "Thư ký: đồng chí Lê Thị Ngà, Chi ủy viên.",
    "Tổng số đảng viên: 34 đồng chí, trong đó 9 đồng chí được miễn sinh hoạt do tuổi cao, sức yếu; số đảng "
    "viên phải dự sinh hoạt: 25 đồng chí. Có mặt: 21 đồng chí. Vắng: 4 đồng chí (3 có lý do, 1 không lý do), "
    "gồm: đ/c Ninh Văn Lạc (ốm, nằm viện), đ/c Khúc Thị Mến (đi thăm con ở nước ngoài), đ/c Hàn Văn Thọ (ốm) "
    "và đ/c Giáp Văn Chinh (không có lý do).",
    "Dự buổi sinh hoạt có đồng chí Thái Văn Bình – Phó Bí thư Đảng ủy phường; đồng chí Lương Thị Diệu – Bí thư "
    "Chi bộ khu phố Ngọc Trà 1 đến dự, trao đổi kinh nghiệm.",
    "",
    "A. PHẦN SINH HOẠT THƯỜNG KỲ",
    "1. Tình hình thực hiện nhiệm vụ tháng 3/2026",
    "Đồng chí Bí thư báo cáo: chi bộ duy trì sinh hoạt đúng định kỳ; phối hợp tổ dân phố tổ chức ngày hội "
    "hiến máu tình nguyện. Việc thăm hỏi đảng viên ốm đau do đồng chí Lê Thị Ngà phụ trách đã hoàn thành, "
    "thăm 3 đồng chí. Việc vận động hội viên Hội Người cao tuổi tham gia tập dưỡng sinh do đồng chí Kiều Văn "
    "Nhạc phụ trách đang thực hiện, đã thành lập 1 câu lạc bộ với 26 hội viên.",
    "2. Thu, nộp đảng phí quý I/2026",
    "Đồng chí Đặng Thị Mận, chi ủy viên phụ trách tài chính, báo cáo: thu đảng phí quý I đạt 100%, tổng số "
    "4.080.000 đồng, đã nộp lên Đảng ủy phường.",
    "3. Nhiệm vụ tháng 4/2026",
    "Tổ chức các hoạt động kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước; rà soát đề nghị tặng "
    "Huy hiệu Đảng đợt 19/5; tiếp tục phát triển câu lạc bộ dưỡng sinh.",
    "",
    "B. PHẦN SINH HOẠT CHUYÊN ĐỀ",
    "Chuyên đề: “Phát huy vai trò đảng viên hưu trí tham gia bảo đảm an ninh trật tự ở khu dân cư”",
    "Đồng chí Kiều Văn Nhạc, nguyên Phó Trưởng Công an huyện, trình bày nội dung chuyên đề: tình hình trộm cắp "
    "vặt, lừa đảo qua điện thoại nhắm vào người cao tuổi trên địa bàn; kinh nghiệm của các tổ tự quản; đề xuất "
    "thành lập tổ tự quản về an ninh trật tự gồm đảng viên hưu trí.",
    "Đồng chí Vi Văn Hùng góp ý: cần phổ biến cụ thể các thủ đoạn lừa đảo mạo danh công an, ngân hàng để bà "
    "con cảnh giác.",
    "Đồng chí Đặng Thị Mận phát biểu: đề nghị mỗi đảng viên nắm chắc tình hình các hộ xung quanh nơi ở.",
    "Đồng chí Mạc Văn Tâm xin phép về trước lúc 9 giờ 40 do sức khỏe.",
    "Đồng chí Thái Văn Bình phát biểu: Đảng ủy phường ghi nhận đề xuất thành lập tổ tự quản, sẽ chỉ đạo Công an "
    "phường phối hợp, hỗ trợ tập huấn.",
    "Đồng chí Lương Thị Diệu chia sẻ kinh nghiệm: chi bộ khu phố Ngọc Trà 1 duy trì nhóm Zalo an ninh khu phố, "
    "tiếp nhận tin báo nhanh.",
    "Đồng chí Vi Văn Hùng nói thêm: đề nghị thành lập nhóm tương tự ở khu phố Ngọc Trà 2.",
    "",
    "C. KẾT LUẬN",
    "Đồng chí chủ trì kết luận và phân công:",
    "1. Đồng chí Kiều Văn Nhạc phối hợp Công an phường thành lập tổ tự quản về an ninh trật tự gồm đảng viên "
    "hưu trí, ra mắt trước ngày 30/4/2026.",
    "2. Đồng chí Lê Thị Ngà và đồng chí Đặng Thị Mận thăm hỏi đồng chí Ninh Văn Lạc đang nằm viện trong tuần này.",
    "3. Đồng chí Vi Văn Hùng rà soát danh sách đảng viên đủ điều kiện đề nghị tặng Huy hiệu Đảng đợt 19/5, nộp "
    "chi ủy trước ngày 20/4.",
    "Chi bộ biểu quyết thông qua nghị quyết tháng 4 và kết luận chuyên đề: 20/20 đồng chí có mặt tại thời điểm "
    "biểu quyết tán thành, đạt 100%.",
    "Buổi sinh hoạt kết thúc lúc 10 giờ 30 phút cùng ngày.",
    "",
    "THƯ KÝ                                                                    CHỦ TRÌ",
    "Lê Thị Ngà                                                              Tăng Văn Lộc",
]

VI_CONG_AN_DONG_LINH_PDF = [
    "ĐẢNG BỘ XÃ ĐÔNG LĨNH",
    "CHI BỘ CÔNG AN XÃ ĐÔNG LĨNH",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2025",
    "",
    "Thời gian: 14 giờ, ngày 03/10/2025",
    "Địa điểm: Phòng họp Công an xã Đông Lĩnh",
    "Chủ tọa: Đ/c Thiếu tá Vương Đức Mạnh – Bí thư chi bộ, Trưởng Công an xã",
    "Thư ký: Đ/c Đại úy Lò Thị Thanh Huyền",
    "Thành phần: có mặt 8/9 đảng viên: Vương Đức Mạnh, Lò Thị Thanh Huyền, Kim Quốc Bảo, Trần Hữu Lộc, Phạm "
    "Thị Yên, Đoàn Văn Khởi, Vi Thị Hằng, Nông Văn Tuyên. Vắng: đ/c Hà Văn Sĩ (đi học lớp trung cấp lý luận "
    "chính trị, có lý do).",
    "Đ/c Đoàn Văn Khởi đến lúc 14 giờ 25 phút do giải quyết vụ va chạm giao thông tại ngã ba chợ.",
    "Đại biểu: đồng chí Mai Xuân Thủy – Phó Bí thư Thường trực Đảng ủy xã.",
    "",
    "NỘI DUNG",
    "1. Quán triệt văn bản, nghị quyết của cấp trên",
    "Đ/c Bí thư quán triệt Chỉ thị của Ban Thường vụ Đảng ủy xã về tăng cường công tác bảo đảm an ninh trật tự "
    "các tháng cuối năm và văn bản của Công an tỉnh về cao điểm tấn công, trấn áp tội phạm.",
    "2. Đánh giá kết quả công tác tháng 9/2025",
    "Tình hình an ninh chính trị ổn định; xảy ra 2 vụ trộm cắp tài sản (đã điều tra làm rõ 1 vụ), 3 vụ va chạm "
    "giao thông nhẹ. Việc thực hiện nhiệm vụ chi bộ giao tháng 9:",
    "- Đ/c Kim Quốc Bảo: xác minh, giải quyết đơn tranh chấp đất giữa hai hộ ở thôn Trại – đã hòa giải thành.",
    "- Đ/c Phạm Thị Yên: cập nhật dữ liệu dân cư, hỗ trợ cấp định danh điện tử mức 2 – đạt 87%, chưa đạt chỉ "
    "tiêu 95%, đang tiếp tục thực hiện.",
    "3. Tình hình an ninh trật tự và nhiệm vụ tháng 10/2025",
    "Dự báo tình hình trộm cắp, lừa đảo qua mạng tiếp tục diễn biến phức tạp; tai nạn giao thông trên tuyến "
    "tỉnh lộ 295 có nguy cơ gia tăng vào các tối cuối tuần.",
    "",
    "Ý kiến thảo luận:",
    "- Đ/c Lộc: đề nghị tăng tuần tra vào ban đêm ở khu vực chợ và các trang trại, nơi vừa xảy ra trộm cắp.",
    "- Đ/c Yên: nhiều người cao tuổi chưa có điện thoại thông minh, đề nghị phối hợp Đoàn thanh niên hỗ trợ tại nhà.",
    "- Đ/c Thủy (Phó Bí thư Thường trực Đảng ủy xã): ghi nhận nỗ lực của Công an xã; yêu cầu chi bộ quan tâm "
    "tuyên truyền phòng chống lừa đảo qua mạng cho hội viên phụ nữ, người cao tuổi.",
    "- Đ/c Khởi: đề nghị được bổ sung thêm 02 đèn tín hiệu cảnh báo tại ngã ba chợ.",
    "- Đ/c Lộc: đề nghị lập danh sách đối tượng có biểu hiện nghi vấn để theo dõi, quản lý.",
    "",
    "KẾT LUẬN, PHÂN CÔNG",
    "Đ/c Yên tiếp tục phối hợp các thôn hỗ trợ cấp định danh điện tử mức 2, phấn đấu đạt 95% trước ngày 31/10.",
    "Giao đồng chí Khởi chủ trì tổ chức tuần tra kiểm soát an toàn giao thông tuyến tỉnh lộ 295 vào các tối "
    "thứ Sáu, thứ Bảy trong tháng 10.",
    "Đ/c Hằng xây dựng kế hoạch tuyên truyền phòng chống lừa đảo qua mạng cho Hội Phụ nữ xã, xong trước 15/10.",
    "",
    "Biểu quyết: 8/8 đảng viên có mặt nhất trí với nghị quyết tháng 10 (100%).",
    "Buổi sinh hoạt kết thúc lúc 16 giờ 40 phút cùng ngày.",
    "",
    "THƯ KÝ                                                                 CHỦ TỌA",
    "Lò Thị Thanh Huyền                                                Vương Đức Mạnh",
]


# --------------------------------------------------------------------------------------------- en


def en_cedar_hollow_library():
    """Library board, regular meeting: "(Chair)" in the present list, movers and seconders, action table."""
    doc = Document()
    para(doc, "CEDAR HOLLOW PUBLIC LIBRARY", bold=True, center=True, size=15)
    para(doc, "Board of Trustees — Regular Meeting", bold=True, center=True)
    para(doc, "Wednesday, March 18, 2026 · Community Room, Main Library, 214 Orchard Street", center=True)
    para(doc, "")
    para(
        doc,
        "Present: Margaret Oyelaran (Chair), Dennis Kowalczyk, Priya Raman, Howard Ellsworth, Leticia Barros, "
        "Samuel Whitcombe",
    )
    para(doc, "Absent: Joan Fairbairn (excused)")
    para(doc, "Also present: Ruth Adebayo, Library Director; Carl Jensen, Business Manager")
    para(doc, "1. Call to order", bold=True)
    para(doc, "The Chair called the meeting to order at 7:02 p.m.")
    para(doc, "2. Approval of minutes", bold=True)
    para(
        doc,
        "The minutes of the February 18, 2026 regular meeting were approved as presented. Moved by Dennis "
        "Kowalczyk, seconded by Howard Ellsworth. Carried unanimously.",
    )
    para(doc, "3. Public comment", bold=True)
    para(
        doc,
        "Alma Ruiz, a resident of Birch Lane, said that the Sunday closure is hard on working families and asked "
        "the board to restore Sunday afternoon hours at the Main Library.",
    )
    para(doc, "4. Director's report", bold=True)
    para(
        doc,
        "Ruth Adebayo reported that circulation rose 6% over February last year, the spring reading program has "
        "212 children registered, and the self-checkout kiosks at the Eastside branch are back in service.",
    )
    para(doc, "5. Action items from the February meeting", bold=True)
    bullets(
        doc,
        [
            "Howard Ellsworth — obtain a second quote for the HVAC controls: done (Northgate Mechanical).",
            "Samuel Whitcombe — draft the revised meeting-room policy: in progress.",
            "Ruth Adebayo — apply for the state family-literacy grant: done, submitted March 2.",
        ],
    )
    para(doc, "6. Financial report", bold=True)
    para(
        doc,
        "Carl Jensen presented the February financial report. Expenditures are at 64% of the annual budget with "
        "67% of the year elapsed. Dennis Kowalczyk asked why the utilities line was over budget. Carl Jensen said "
        "that the January cold snap and the failing HVAC controls account for most of the overrun.",
    )
    para(
        doc,
        "Motion to accept the February financial report. Moved by Samuel Whitcombe, seconded by Leticia Barros. "
        "Carried 6-0.",
    )
    para(doc, "7. HVAC controls replacement", bold=True)
    para(
        doc,
        "Howard Ellsworth said the two quotes differ by less than $3,000 and that Northgate Mechanical can "
        "install before the cooling season. Priya Raman said the warranty terms favour Northgate. Leticia "
        "Barros said she would like the work done outside opening hours. Howard Ellsworth said Northgate has "
        "agreed to work on Sundays while the library is closed.",
    )
    para(
        doc,
        "Motion to award the HVAC controls replacement contract to Northgate Mechanical for $48,600. Moved by "
        "Howard Ellsworth, seconded by Priya Raman. Carried 5-1 (Whitcombe opposed).",
    )
    para(doc, "8. Meeting-room policy", bold=True)
    para(doc, "Postponed to the April meeting, pending the revised draft.")
    para(doc, "Action items", bold=True)
    table(
        doc,
        [
            ["Owner", "Task", "Deadline"],
            ["Ruth Adebayo", "Notify Northgate Mechanical and schedule the HVAC installation", "March 31, 2026"],
            ["Samuel Whitcombe", "Circulate the revised meeting-room policy draft to the board", "April 3, 2026"],
            ["Dennis Kowalczyk", "Draft a letter to the city council on funding Sunday hours", "Next meeting"],
        ],
    )
    para(doc, "")
    para(doc, "9. Adjournment", bold=True)
    para(doc, "The meeting was adjourned at 8:41 p.m. Next meeting: Wednesday, April 15, 2026.")
    para(doc, "Minutes taken by Priya Raman, Board Secretary.")
    return doc


def en_ashcombe_parish():
    """Parish council with minute numbers (25/101 …) in a two-column table and a recorded vote."""
    doc = Document()
    para(doc, "ASHCOMBE PARISH COUNCIL", bold=True, center=True, size=15)
    para(
        doc,
        "Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 14th October 2025 at 7.30pm in "
        "the Village Hall, Church Lane, Ashcombe",
        center=True,
    )
    para(doc, "")
    para(
        doc,
        "Present: Cllrs Rosalind Pemberton, Gareth Lloyd, Anita Sharma, Michael Thwaite, Beverley Cope, Owen Pritchard",
    )
    para(doc, "In the chair: Cllr Rosalind Pemberton (Chairman)")
    para(doc, "Clerk: Mrs Diane Hollis (Clerk and RFO)")
    para(
        doc,
        "In attendance: PCSO Kieran Walsh (for item 25/104); County Cllr Jonathan Reeve; 3 members of the public",
    )
    para(doc, "")
    rows = [
        [
            "25/101",
            "Apologies for absence\nApologies were received and accepted from Cllr Peter Ashdown (work "
            "commitments) and Cllr Hannah Greig (illness). Cllr Liam Fenwick was absent without notice.",
        ],
        [
            "25/102",
            "Declarations of interest\nCllr Thwaite declared a pecuniary interest in item 25/107(a) (Thwaite "
            "Farm) and left the room for that item.",
        ],
        [
            "25/103",
            "Minutes\nThe minutes of the meeting held on 9th September 2025 were approved as a true record and "
            "signed by the Chairman. Proposed Cllr Lloyd, seconded Cllr Cope; all in favour.",
        ],
        [
            "25/104",
            "Police report\nPCSO Walsh reported two thefts from vehicles at the recreation ground car park and "
            "one report of anti-social behaviour in September. Cllr Sharma asked about speeding on Mill Road. "
            "PCSO Walsh said a Community Speedwatch session would be arranged with volunteers. The Clerk to "
            "ask Highways about a speed indicator device for Mill Road.",
        ],
        [
            "25/105",
            "Public participation\nA resident raised the poor state of footpath FP12 between Church Lane and "
            "Holt Farm after the summer. Cllr Thwaite to inspect footpath FP12 and report back at the next "
            "meeting.",
        ],
        [
            "25/106",
            "County Councillor's report on highways\nCounty Cllr Reeve reported that resurfacing of the B3127 "
            "through the village is programmed for spring 2026 and that the county budget consultation closes "
            "on 31st October.",
        ],
        [
            "25/107",
            "Planning\n(a) 25/01873/FUL Thwaite Farm, erection of an agricultural storage building. RESOLVED: no "
            "objection (for 5, against 0).\n(b) 25/01922/HH 4 Mill Road, single-storey rear extension. Noted; no "
            "comment.",
        ],
        [
            "25/108",
            "Finance\n(a) The schedule of payments for October totalling £3,482.16 was approved. Proposed Cllr "
            "Pritchard, seconded Cllr Sharma; carried unanimously.\n(b) Precept 2026/27: first discussion. The "
            "budget working group (Cllrs Lloyd, Pritchard and the Clerk) to prepare a draft budget by 11th "
            "November 2025.",
        ],
        [
            "25/109",
            "Play area\nThe monthly inspection found two swing seats and chains worn beyond repair. Cllr Cope said "
            "the quote should be compared with the county framework price. Cllr Thwaite said the swings had been "
            "out of use since August. RESOLVED to accept the quotation from Greenstep Play Ltd of £1,240 for "
            "replacement swing seats and chains. A recorded vote was requested by Cllr Cope: For: Cllrs "
            "Pemberton, Lloyd, Sharma, Thwaite; Against: Cllr Cope; Abstained: Cllr Pritchard. Carried 4-1-1. "
            "Clerk to place the order.",
        ],
        [
            "25/110",
            "Date of next meeting\nTuesday 11th November 2025 at 7.30pm in the Village Hall.",
        ],
    ]
    table(doc, rows)
    para(doc, "")
    para(doc, "The meeting closed at 9.12pm.")
    para(doc, "Signed ……………………… (Chairman)      Date ………………")
    return doc


def en_maple_grove_hoa():
    """HOA board: "presided", attendance table with a Present/Absent column, arrivals and departures."""
    doc = Document()
    para(doc, "MAPLE GROVE HOMEOWNERS ASSOCIATION", bold=True, size=14)
    para(doc, "Board of Directors — Regular Monthly Meeting", bold=True)
    para(doc, "Date: 1/22/2026        Location: Clubhouse, 40 Maple Grove Circle")
    para(doc, "")
    para(
        doc,
        "President Daniel Okafor presided. The meeting was called to order at 6:31 PM. Minutes taken by Sheila "
        "Brandt, Secretary.",
    )
    para(doc, "Board attendance", bold=True)
    table(
        doc,
        [
            ["Director", "Office", "Attendance"],
            ["Daniel Okafor", "President", "Present"],
            ["Karen Liu", "Vice President", "Present (arrived 6:48 PM)"],
            ["Sheila Brandt", "Secretary", "Present"],
            ["Victor Almeida", "Treasurer", "Present"],
            ["Brenda McAllister", "Director at Large", "Present (left 8:05 PM)"],
            ["Ian Forsythe", "Director at Large", "Present"],
            ["Tomás Herrera", "Director at Large", "Absent"],
        ],
    )
    para(doc, "")
    para(doc, "Quorum was established with six of seven directors present.")
    para(
        doc,
        "Also present: Gloria Pike, community manager, Summit Property Management; nine homeowners.",
    )
    para(doc, "1. Homeowners' forum", bold=True)
    para(
        doc,
        "Pamela Voss (Lot 27) said the streetlight at the Maple Grove Circle entrance had been out for three "
        "weeks. Gloria Pike said a repair order had been placed with the electrician on January 15.",
    )
    para(doc, "2. Approval of the December 11, 2025 minutes", bold=True)
    para(doc, "Ian Forsythe moved to approve the minutes as written; Victor Almeida seconded. Approved 5-0.")
    para(doc, "3. Treasurer's report", bold=True)
    para(
        doc,
        "Victor Almeida reported an operating balance of $61,240 and a reserve balance of $212,900 at December "
        "31. Four owners are more than 90 days delinquent; two have payment plans.",
    )
    para(doc, "4. Old business", bold=True)
    bullets(
        doc,
        [
            "Pool resurfacing bids (Brenda McAllister): done — three bids received.",
            "Update of the architectural guidelines (Ian Forsythe): not started.",
        ],
    )
    para(doc, "5. Pool resurfacing contract", bold=True)
    para(
        doc,
        "Brenda McAllister said BlueLine Pools offered the longest warranty at a mid-range price. Victor "
        "Almeida said the reserve study assumed $32,000 and the difference would reduce the reserve below the "
        "recommended level. Karen Liu said the pool surface failed inspection last summer and cannot wait "
        "another year.",
    )
    para(
        doc,
        "Brenda McAllister moved to award the pool resurfacing contract to BlueLine Pools for $38,750 from the "
        "reserve fund; seconded by Karen Liu. Vote: 4 in favour, 1 against (Almeida), 1 abstention (Forsythe). "
        "Motion carried.",
    )
    para(doc, "6. Special assessment for road resurfacing", bold=True)
    para(
        doc,
        "Victor Almeida said the private roads will need resurfacing within two years. Daniel Okafor said the "
        "board should first seek a loan quote before asking owners for a special assessment.",
    )
    para(
        doc,
        "Motion by Victor Almeida, seconded by Ian Forsythe, to levy a special assessment of $350 per lot for "
        "road resurfacing. Failed 2-4.",
    )
    para(doc, "7. Landscaping contract renewal", bold=True)
    para(
        doc,
        "Renewal of the GreenEdge Landscaping contract for 2026 at $2,150 per month was approved 3-0-2.",
    )
    para(doc, "Action items", bold=True)
    bullets(
        doc,
        [
            "Action: Gloria Pike to confirm the entrance streetlight repair by January 30.",
            "Action: Sheila Brandt to send the contract award notice to BlueLine Pools by February 2.",
            "Action: Ian Forsythe to present a draft of the updated architectural guidelines at the February meeting.",
        ],
    )
    para(doc, "Adjourned 8:37 PM.")
    return doc


def en_harbourside_food_bank():
    """Non-profit board: directors in prose, a vote table with movers, a task table."""
    doc = Document()
    para(doc, "Harbourside Community Food Bank", bold=True, size=15)
    para(doc, "Board of Directors", bold=True)
    para(doc, "Minutes of the meeting of July 17, 2025", italic=True)
    para(doc, "Warehouse office, 12 Wharf Road, and by video link")
    para(doc, "")
    para(doc, "Chair: Naomi Achterberg")
    para(doc, "Minutes: Felix Moreau (Secretary)")
    para(
        doc,
        "Directors present: Naomi Achterberg, Felix Moreau, Grace Mbeki, Rohan Desai, Lucy Tremaine, Brian "
        "O'Donnell, Hae-won Park.",
    )
    para(doc, "Apologies: Ahmed Farouk (family commitment), Colette Brennan.")
    para(doc, "Staff: Jasmine Cole (Operations Manager).")
    para(doc, "Rohan Desai joined by video at 6:20 p.m.")
    para(doc, "")
    para(doc, "The Chair opened the meeting at 6:04 p.m.")
    para(doc, "1. Minutes of June 19, 2025", bold=True)
    para(doc, "Approved without amendment (see vote table).")
    para(doc, "2. Operations report", bold=True)
    para(
        doc,
        "Jasmine Cole reported that 48,300 lb of food was distributed in June, 11% more than in May. The "
        "refrigerated van lease, an action from the June meeting assigned to Rohan Desai, has been signed. The "
        "volunteer handbook revision (Lucy Tremaine) is still in progress.",
    )
    para(doc, "3. Second-quarter financial statements", bold=True)
    para(
        doc,
        "Grace Mbeki presented the Q2 statements: revenue $184,200, expenses $171,650. Brian O'Donnell asked "
        "whether the county grant would be renewed. Grace Mbeki said the county has confirmed the grant through "
        "June 2026.",
    )
    para(doc, "4. Summer youth meals program", bold=True)
    para(
        doc,
        "Rohan Desai said school closures leave about 300 children without lunch in July and August. Hae-won "
        "Park said the program must not draw down the reserve below three months of expenses. Naomi "
        "Achterberg said the reserve would remain above four months after the allocation. Rohan Desai said "
        "two part-time coordinators would be needed.",
    )
    para(doc, "5. Board recruitment", bold=True)
    para(
        doc,
        "The nominating committee proposed Teresa Quon, a retired hospital dietitian, for election as a director.",
    )
    para(doc, "Votes", bold=True)
    table(
        doc,
        [
            ["Motion", "Moved", "Seconded", "For", "Against", "Abstain", "Result"],
            ["Approve the minutes of June 19, 2025", "L. Tremaine", "B. O'Donnell", "6", "0", "0", "Carried"],
            ["Accept the Q2 financial statements", "G. Mbeki", "H. Park", "7", "0", "0", "Carried"],
            [
                "Allocate $12,000 from the reserve to the summer youth meals program",
                "R. Desai",
                "F. Moreau",
                "5",
                "1",
                "1",
                "Carried",
            ],
            [
                "Elect Teresa Quon to the Board for a term ending June 2028",
                "N. Achterberg",
                "G. Mbeki",
                "7",
                "0",
                "0",
                "Carried",
            ],
        ],
    )
    para(doc, "")
    para(doc, "Tasks", bold=True)
    table(
        doc,
        [
            ["Owner", "Task", "Deadline"],
            ["Jasmine Cole", "Hire two part-time summer youth meal coordinators", "July 31, 2025"],
            ["Lucy Tremaine", "Finish the volunteer handbook revision and circulate it", "August 15, 2025"],
            ["Felix Moreau", "Send the welcome pack and board orientation materials to Teresa Quon", "July 25"],
            ["Grace Mbeki", "Draft the 2026 budget assumptions", "Before the September meeting"],
        ],
    )
    para(doc, "")
    para(doc, "The meeting closed at 7:55 p.m. Next meeting: September 18, 2025.")
    return doc


EN_ALDER_CREEK_PDF = [
    "# ALDER CREEK UNIFIED SCHOOL DISTRICT",
    "# Board of Education — Special Meeting Minutes",
    "",
    "Wednesday, December 3, 2025",
    "District Office Boardroom, 900 Linden Avenue",
    "",
    "CALL TO ORDER",
    "President Carolyn Mathers called the special meeting to order at 5:32 p.m.",
    "",
    "ROLL CALL",
    "Present: Carolyn Mathers (President), Jerome Tillman (Vice President), Anjali Kapoor (Clerk of the Board), "
    "Stefan Novak, Marisol Vega. Absent: none.",
    "Staff present: Dr. Raymond Osei, Superintendent; Linda Farrow, Chief Business Official.",
    "Recording secretary: Denise Harlow, Executive Assistant to the Superintendent.",
    "",
    "1. PUBLIC COMMENTS ON AGENDA ITEMS",
    "Tanya Brooks, a parent at Hillview Elementary, said the consolidation would double the walking distance for "
    "many Hillview families. Marcus Lee, a teacher at Brookside Elementary, said the combined school should keep "
    "class sizes under 26. Evelyn Shaw said the district had not published the transportation study.",
    "",
    "2. RESOLUTION 25-31: CONSOLIDATION OF HILLVIEW AND BROOKSIDE ELEMENTARY SCHOOLS",
    "Superintendent Osei presented the consolidation plan: Hillview students would move to the Brookside campus "
    "in August 2026, saving an estimated $1.1 million a year.",
    "Member Novak said the savings estimate does not include the cost of additional bus routes. Member Vega said "
    "she could not support closing a school before the transportation study is public. Vice President Tillman "
    "asked whether Hillview could be leased to the county preschool program. Superintendent Osei said the county "
    "had expressed interest in a lease. Member Novak said he would want the lease terms before any vote.",
    "Motion by Tillman, second by Kapoor, to adopt Resolution 25-31.",
    "Roll call vote: Ayes: Tillman, Kapoor, Mathers; Nays: Novak, Vega. Motion carried 3-2.",
    "",
    "3. EMERGENCY ROOF REPAIR, ALDER CREEK MIDDLE SCHOOL",
    "Linda Farrow reported that the November storms damaged the gymnasium roof and that Keystone Roofing can "
    "start on December 8.",
    "Motion by Vega, second by Novak, to approve an emergency contract with Keystone Roofing in an amount not to "
    "exceed $186,000.",
    "Roll call vote: Ayes: Novak, Vega, Tillman, Kapoor, Mathers. Nays: none. Motion carried 5-0.",
    "",
    "4. DIRECTION TO STAFF",
    "The Board directed the Superintendent to hold two community meetings on the consolidation before January 15, "
    "2026. Linda Farrow to report the final roof repair cost at the January 14 regular meeting.",
    "",
    "ADJOURNMENT",
    "The meeting was adjourned at 7:48 p.m.",
    "",
    "Minutes recorded by Denise Harlow.",
    "Approved by the Board on: ____________",
]

EN_CALDER_VALLEY_AGM_PDF = [
    "# ALLIED RAIL & BUS WORKERS' UNION",
    "# Calder Valley Branch",
    "",
    "Minutes of the Annual General Meeting held on Wednesday 12 November 2025 at the Railway Club, Station Road, "
    "Hebden Row. The meeting opened at 19:00.",
    "",
    "Chair: Bernadette Quinlan (Branch Chair)",
    "Minutes: Tariq Hussain (Branch Secretary)",
    "Attendance: 41 members signed the attendance register (quorum 25). Apologies were received from four "
    "members: Stella Whitley, Doug Ferris, Mohammed Aziz and Janet Peel.",
    "Also present: Gwen Pryce-Evans, Regional Organiser.",
    "",
    "1. Minutes of the 2024 AGM",
    "The minutes of the 2024 AGM were approved as a correct record. Proposed Alan Birch, seconded Fiona Marsh. "
    "Carried nem. con.",
    "",
    "2. Branch Secretary's report",
    "Tariq Hussain reported that branch membership rose from 212 to 236 during the year. The training course for "
    "workplace reps that he had been asked to organise at the 2024 AGM was delivered in May to nine reps. The "
    "rota dispute at Sowerby depot went to a joint panel in September and was settled.",
    "",
    "3. Treasurer's report and accounts",
    "Treasurer Pauline Osgood presented the accounts for the year to 30 September 2025, showing a balance of "
    "£18,402. Kevin Doyle asked why affiliation fees had risen. Pauline Osgood said the regional council fee was "
    "increased by 8% in January.",
    "Motion: that the accounts be adopted. Proposed Kevin Doyle, seconded Sunita Rao. Carried: 38 for, 0 against, "
    "3 abstentions.",
    "",
    "4. Election of officers",
    "The following were elected unopposed for 2026: Branch Chair, Bernadette Quinlan; Branch Secretary, Tariq "
    "Hussain; Treasurer, Pauline Osgood; Equality Officer, Sunita Rao.",
    "",
    "5. Motion to the Regional Conference: 32-hour week",
    '"This branch calls on the union to campaign for a 32-hour working week without loss of pay." Proposed '
    "Sunita Rao, seconded Alan Birch.",
    "Sunita Rao said that the four-day-week trials at two bus operators had cut sickness absence. Lee Cartwright "
    "spoke against, saying the branch should put pay first this year. Fiona Marsh spoke in favour. Lee Cartwright "
    "said he would support the motion if pay remained the first priority.",
    "Carried 29-11 with 1 abstention.",
    "",
    "6. Branch donations",
    "Motion: that £600 of branch funds be used to sponsor the Hebden Row Rovers junior football kits. Proposed "
    "Kevin Doyle, seconded Lee Cartwright. Lost 14-24, 3 abstentions.",
    "",
    "7. Any other business",
    "Members raised the state of the staff toilets at Sowerby depot. Tariq Hussain to write to Calder Buses "
    "management about the Sowerby depot toilets by 30 November. Lee Cartwright and Fiona Marsh to organise the "
    "branch Christmas social, with the venue booked by 5 December.",
    "",
    "The meeting closed at 21:05.",
]

EN_RIVERBEND_COUNCIL_PDF = [
    "# TOWN OF RIVERBEND",
    "# Town Council — Regular Meeting Minutes",
    "",
    "May 12, 2026 — Council Chambers, Riverbend Town Hall",
    "",
    "Present: Mayor Patricia Gallo; Councilmembers Dwight Summers, Alicia Fernandes, Raj Malhotra, Kelsey Brandon.",
    "Absent: Councilmember Victor Huang (excused).",
    "Staff present: Town Manager Glenn Hartley, Police Chief Sandra Okoye, Public Works Director Alan Petrie, "
    "Town Clerk Monica Reyes.",
    "Clerk: Monica Reyes",
    "",
    "Mayor Gallo presided and called the meeting to order at 7:00 p.m. Councilmember Brandon arrived at 7:14 "
    "p.m., during public comment.",
    "",
    "1. CONSENT AGENDA",
    "(a) Minutes of the April 28, 2026 regular meeting. (b) Warrant list of $412,880.55.",
    "Motion by Councilmember Fernandes, second by Councilmember Malhotra, to approve the consent agenda. Motion "
    "passed 3-0.",
    "",
    "2. PUBLIC COMMENT",
    "Harold Wexler, 18 Sycamore Lane, said cars routinely exceed 40 mph on River Road near the elementary school. "
    "Ines Carvalho said the Eastbank Park splash pad has been closed since last August.",
    "",
    "3. ORDINANCE 2026-07: SPEED HUMPS ON RIVER ROAD (SECOND READING)",
    "Chief Okoye said radar surveys in April measured an 85th-percentile speed of 38 mph in a 25 mph zone. "
    "Councilmember Malhotra said speed humps slow emergency vehicles and asked for radar signs instead. "
    "Councilmember Summers said the radar signs installed in 2024 had not changed driver behaviour. "
    "Councilmember Brandon said parents at the elementary school had asked for speed humps for years.",
    "Motion by Councilmember Summers, second by Councilmember Brandon, to adopt Ordinance 2026-07.",
    "Roll call: Ayes: Summers, Brandon, Fernandes. Nays: Malhotra. Motion passed 3-1.",
    "",
    "4. EASTBANK PARK SPLASH PAD REPAIR CONTRACT",
    "Director Petrie said the recirculation pump and controller must be replaced; AquaWorks submitted the lower "
    "of two bids. Motion by Councilmember Malhotra, second by Councilmember Fernandes, to award the repair "
    "contract to AquaWorks for $27,300. Motion passed 3-0-1 (Summers abstaining).",
    "",
    "5. FY2027 BUDGET WORKSHOP SCHEDULE",
    "Council agreed by consensus to hold the budget workshop on June 2. Town Manager Hartley to present the draft "
    "FY2027 budget at the June 9 meeting.",
    "",
    "DIRECTIONS",
    "Chief Okoye to install temporary speed signs on River Road by May 29. Clerk Reyes to publish the adopted "
    "ordinance within 10 days.",
    "",
    "ADJOURNMENT",
    "There being no further business, the meeting was adjourned at 9:26 p.m.",
    "",
    "Monica Reyes, Town Clerk",
]


def main() -> None:
    (HERE / "vi").mkdir(exist_ok=True)
    (HERE / "en").mkdir(exist_ok=True)
    save_docx(vi_thon_dong_tam(), HERE / "vi" / "cb-thon-dong-tam-2025-09.docx")
    save_docx(vi_bv_ha_lam(), HERE / "vi" / "cb-bv-ha-lam-khoa-noi-chuyen-de-2026-03.docx")
    save_docx(vi_thcs_vinh_hoa(), HERE / "vi" / "cb-thcs-vinh-hoa-2025-11.docx")
    save_docx(vi_cty_binh_minh_xanh(), HERE / "vi" / "cb-cty-van-tai-binh-minh-xanh-bat-thuong-2026-01.docx")
    save_pdf(VI_DAI_DOI_2_PDF, HERE / "vi" / "cb-dai-doi-2-tieu-doan-4-2025-06.pdf")
    save_pdf(VI_HUU_TRI_NGOC_TRA_PDF, HERE / "vi" / "cb-huu-tri-ngoc-tra-2-2026-04.pdf")
    save_pdf(VI_CONG_AN_DONG_LINH_PDF, HERE / "vi" / "cb-cong-an-xa-dong-linh-2025-10.pdf")
    save_docx(en_cedar_hollow_library(), HERE / "en" / "cedar-hollow-library-board-2026-03.docx")
    save_docx(en_ashcombe_parish(), HERE / "en" / "ashcombe-parish-council-2025-10.docx")
    save_docx(en_maple_grove_hoa(), HERE / "en" / "maple-grove-hoa-board-2026-01.docx")
    save_docx(en_harbourside_food_bank(), HERE / "en" / "harbourside-food-bank-board-2025-07.docx")
    save_pdf(EN_ALDER_CREEK_PDF, HERE / "en" / "alder-creek-school-board-special-2025-12.pdf")
    save_pdf(EN_CALDER_VALLEY_AGM_PDF, HERE / "en" / "calder-valley-union-branch-agm-2025-11.pdf")
    save_pdf(EN_RIVERBEND_COUNCIL_PDF, HERE / "en" / "riverbend-town-council-2026-05.pdf")


if __name__ == "__main__":
    main()
