"""Write the second held-out set's .docx and .pdf documents (deterministic).

The .txt / .md documents and every <id>.expected.json are kept as typed; this script only writes the binary
formats.  Run from the repository root:
``.venv/bin/python -m tests.heldout2.make_heldout2``
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from docx import Document

from tests.support import held_out
from tests.support.held_out import table

HERE = Path(__file__).resolve().parent
save_docx = partial(held_out.save_docx, author="heldout2")
save_pdf = partial(held_out.save_pdf, number=2)
para = partial(held_out.para, italic=False)  # this set writes italics off explicitly


# --------------------------------------------------------------------------------------------- vi


def vi_thon_an_phu():
    doc = Document()
    table(
        doc,
        [
            [
                "ĐẢNG BỘ XÃ TÂN PHONG\nCHI BỘ THÔN AN PHÚ\n*",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\nTân Phong, ngày 10 tháng 4 năm 2025",
            ],
        ],
    )
    para(doc, "")
    para(doc, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4/2025", bold=True, center=True, size=14)
    para(
        doc,
        "Hôm nay, vào hồi 14 giờ 00 phút, ngày 10/4/2025, tại Hội trường Nhà văn hóa thôn An Phú, Chi bộ thôn "
        "An Phú tiến hành sinh hoạt thường kỳ tháng 4 năm 2025.",
    )
    para(doc, "I. THÀNH PHẦN", bold=True)
    para(doc, "- Chủ trì: đồng chí Lương Văn Khải – Bí thư chi bộ.")
    para(doc, "- Thư ký: đồng chí Nông Thị Hảo – Chi ủy viên.")
    para(
        doc,
        "- Tổng số đảng viên: 18 đồng chí; có mặt 16; vắng 2 (1 có lý do, 1 không lý do). Đồng chí Đàm Văn Tư "
        "vắng vì đi công tác tại tỉnh, có báo cáo với chi ủy; đồng chí Hà Văn Lợi vắng không lý do.",
    )
    para(doc, "- Đồng chí Bế Thị Nguyệt – Đảng ủy viên, đại diện Đảng ủy xã dự.")
    para(doc, "II. NỘI DUNG SINH HOẠT", bold=True)
    para(doc, "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 3/2025", bold=True)
    para(
        doc,
        "Đồng chí Bí thư thông qua báo cáo kết quả lãnh đạo tháng 3. Chi bộ đã lãnh đạo nhân dân gieo cấy xong "
        "vụ lúa xuân, đạt 100% kế hoạch. Việc nạo vét kênh mương nội đồng do đồng chí Hoàng Văn Chiến phụ "
        "trách đã hoàn thành, khơi thông được 1,2 km kênh. Việc tiêm phòng lở mồm long móng cho đàn gia súc do "
        "đồng chí Lục Thị Mến phụ trách mới đạt 80%, chưa hoàn thành do thiếu vắc-xin. Thu đảng phí quý I đạt "
        "100%. Tình hình an ninh trật tự ổn định, không có vụ việc phức tạp.",
    )
    para(doc, "2. Phương hướng nhiệm vụ tháng 4/2025", bold=True)
    para(
        doc,
        "Tiếp tục chăm sóc lúa xuân, phòng trừ sâu bệnh; hoàn thành tiêm phòng gia súc; vận động nhân dân ra "
        "quân làm đường liên xóm theo phương châm “Nhà nước và nhân dân cùng làm”; thu đảng phí quý II; chuẩn "
        "bị tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.",
    )
    para(doc, "III. THẢO LUẬN", bold=True)
    para(
        doc,
        "Đồng chí Hoàng Văn Chiến phát biểu: tuyến đường liên xóm dài khoảng 800 m, các hộ đã đồng ý hiến đất, "
        "cần sớm thống nhất mức đóng góp.",
    )
    para(
        doc,
        "Đồng chí Lục Thị Mến phát biểu: trạm thú y xã hẹn cấp bổ sung vắc-xin trong tuần tới, bảo đảm tiêm "
        "xong đợt 1.",
    )
    para(
        doc,
        "Đồng chí Bế Thị Nguyệt phát biểu: ghi nhận kết quả của chi bộ; đề nghị chi bộ quan tâm công tác tạo "
        "nguồn phát triển đảng viên trong đoàn viên thanh niên.",
    )
    para(
        doc,
        "Đồng chí Hoàng Văn Chiến phát biểu bổ sung: đề nghị mỗi hộ đóng góp 300.000 đồng và ngày công lao động.",
    )
    para(doc, "IV. KẾT LUẬN VÀ PHÂN CÔNG", bold=True)
    para(doc, "Đồng chí chủ trì kết luận, thống nhất phân công như sau:")
    table(
        doc,
        [
            ["Nội dung", "Người thực hiện", "Thời hạn"],
            ["Hoàn thành tiêm phòng lở mồm long móng đợt 1 cho đàn gia súc", "Đ/c Lục Thị Mến", "20/4/2025"],
            ["Vận động nhân dân ra quân làm đường liên xóm", "Đ/c Hoàng Văn Chiến", "Trước 30/4/2025"],
            ["Thu đảng phí quý II năm 2025", "Đ/c Nông Thị Hảo", "Trong tháng 4"],
        ],
    )
    para(doc, "V. BIỂU QUYẾT", bold=True)
    para(doc, "Biểu quyết thông qua nghị quyết tháng 4/2025: 16/16 đồng chí tán thành, đạt 100%.")
    para(
        doc,
        "Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và nhất trí "
        "thông qua.",
    )
    table(doc, [["THƯ KÝ", "CHỦ TRÌ"], ["Nông Thị Hảo", "Lương Văn Khải"]])
    return doc


def vi_th_hoa_son():
    doc = Document()
    para(doc, "ĐẢNG BỘ XÃ HÒA SƠN", bold=True)
    para(doc, "CHI BỘ TRƯỜNG TIỂU HỌC HÒA SƠN", bold=True)
    para(doc, "Hòa Sơn, ngày 22 tháng 10 năm 2025", italic=True)
    doc.add_heading("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ THÁNG 10 NĂM 2025", level=1)
    para(doc, "Chuyên đề: “Nâng cao chất lượng giáo dục kỹ năng sống cho học sinh tiểu học”", bold=True, center=True)
    para(doc, "Thời gian: lúc 14h00 ngày 22/10/2025.")
    para(doc, "Địa điểm: Phòng họp Hội đồng sư phạm, Trường Tiểu học Hòa Sơn.")
    para(doc, "Chủ trì: Đ/c Trần Thị Thanh Loan – Bí thư chi bộ, Hiệu trưởng.")
    para(doc, "Thư ký: Đ/c Phí Văn Đạt.")
    para(doc, "Tổng số đảng viên: 11; có mặt: 10; vắng: 01 (có lý do). Danh sách cụ thể:")
    table(
        doc,
        [
            ["STT", "Họ và tên", "Chức vụ", "Tình hình dự họp"],
            ["1", "Trần Thị Thanh Loan", "Bí thư chi bộ, Hiệu trưởng", "Có mặt"],
            ["2", "Đinh Quang Vinh", "Phó Bí thư, Phó Hiệu trưởng", "Có mặt"],
            ["3", "Phí Văn Đạt", "Chi ủy viên, Tổng phụ trách Đội", "Có mặt"],
            ["4", "Nguyễn Thị Hồng Vân", "Giáo viên", "Có mặt"],
            ["5", "Lê Thị Kim Oanh", "Giáo viên", "Có mặt"],
            ["6", "Bạch Văn Cường", "Giáo viên", "Có mặt"],
            ["7", "Tôn Nữ Diệu Hiền", "Giáo viên", "Có mặt"],
            ["8", "Hồ Thị Yến", "Giáo viên", "Có mặt"],
            ["9", "Viên Đức Trung", "Kế toán", "Có mặt"],
            ["10", "Lại Thị Phương", "Giáo viên", "Có mặt"],
            ["11", "Mạc Thị Tuyết", "Giáo viên", "Vắng – ốm, nằm viện (có lý do)"],
        ],
    )
    para(doc, "NỘI DUNG", bold=True)
    para(doc, "1. Báo cáo chuyên đề", bold=True)
    para(
        doc,
        "Đồng chí Đinh Quang Vinh, Phó Bí thư chi bộ, trình bày báo cáo chuyên đề. Báo cáo nêu thực trạng: "
        "nhiều học sinh còn thiếu kỹ năng tự phục vụ, kỹ năng giao tiếp và kỹ năng phòng tránh tai nạn "
        "thương tích, đuối nước; việc lồng ghép giáo dục kỹ năng sống vào các môn học chưa đều; phối hợp với "
        "cha mẹ học sinh còn hạn chế. Báo cáo đề xuất năm nhóm giải pháp, trong đó có xây dựng câu lạc bộ kỹ "
        "năng sống và tổ chức tiết chào cờ theo chủ đề hằng tháng.",
    )
    para(doc, "2. Thảo luận", bold=True)
    para(
        doc,
        "Đồng chí Hồ Thị Yến phát biểu: đề nghị mỗi khối lớp chọn một kỹ năng trọng tâm trong học kỳ I, "
        "tránh dàn trải.",
    )
    para(
        doc,
        "Đồng chí Bạch Văn Cường phát biểu: cần phối hợp với Đoàn xã tổ chức dạy bơi an toàn cho học sinh khối "
        "4, 5 vào dịp hè.",
    )
    para(
        doc,
        "Đồng chí Lại Thị Phương phát biểu: không đồng tình với việc thu thêm kinh phí của phụ huynh để tổ "
        "chức câu lạc bộ.",
    )
    para(
        doc,
        "Đồng chí Hồ Thị Yến phát biểu: có thể dùng nguồn xã hội hóa đã có của nhà trường, không thu thêm.",
    )
    para(doc, "3. Kết luận", bold=True)
    para(
        doc,
        "Đồng chí Trần Thị Thanh Loan kết luận, tiếp thu các ý kiến và giao nhiệm vụ:",
    )
    para(
        doc,
        "– Đ/c Phí Văn Đạt: xây dựng kế hoạch hoạt động câu lạc bộ kỹ năng sống, hoàn thành trước ngày 15/11/2025.",
    )
    para(
        doc,
        "– Đ/c Bạch Văn Cường: liên hệ Đoàn xã xây dựng kế hoạch dạy bơi cho học sinh, báo cáo chi bộ trong tháng 12.",
    )
    para(
        doc,
        "– Đ/c Đinh Quang Vinh: chỉ đạo các tổ chuyên môn lồng ghép nội dung kỹ năng sống vào bài dạy.",
    )
    para(
        doc,
        "Chi bộ biểu quyết thông qua kết luận chuyên đề: 9/10 đồng chí tán thành; có 1 đồng chí không tán thành "
        "(đồng chí Lại Thị Phương, bảo lưu ý kiến về kinh phí).",
    )
    para(
        doc,
        "Sau phần biểu quyết, đồng chí Viên Đức Trung xin về sớm lúc 16h05 để nộp hồ sơ quyết toán tại Kho bạc.",
    )
    para(doc, "Buổi sinh hoạt kết thúc lúc 16h20 cùng ngày.")
    para(doc, "THƯ KÝ                                                    BÍ THƯ CHI BỘ")
    para(doc, "Phí Văn Đạt                                               Trần Thị Thanh Loan")
    return doc


def vi_cty_tan_long():
    doc = Document()
    para(doc, "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", bold=True)
    para(doc, "CHI BỘ CÔNG TY CỔ PHẦN CƠ KHÍ TÂN LONG", bold=True)
    para(doc, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, center=True)
    para(doc, "BIÊN BẢN", bold=True, center=True, size=15)
    para(
        doc,
        "Sinh hoạt chi bộ thường kỳ tháng 02/2026 kết hợp sinh hoạt chuyên đề",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Hôm nay, lúc 15 giờ 30 phút ngày 26 tháng 02 năm 2026, tại phòng họp tầng 3, nhà điều hành Công ty, "
        "Chi bộ Công ty Cổ phần Cơ khí Tân Long họp sinh hoạt thường kỳ tháng 02 kết hợp sinh hoạt chuyên đề.",
    )
    para(doc, "1. Thành phần", bold=True)
    para(doc, "Chủ trì: đ/c Kiều Minh Tâm, Bí thư chi bộ, Giám đốc Công ty.")
    para(doc, "Thư ký: đ/c Văn Thị Ngọc Ánh, Chi ủy viên.")
    para(doc, "Tổng số đảng viên: 9 (chính thức 8, dự bị 1).")
    para(
        doc,
        "Đảng viên có mặt (8): đ/c Kiều Minh Tâm, đ/c Văn Thị Ngọc Ánh, đ/c Lưu Quang Hiếu, đ/c Đỗ Thị Thu Hà, "
        "đ/c Ninh Văn Tráng, đ/c Giang Thị Mơ, đ/c Âu Đức Long, đ/c Thạch Văn Hòa.",
    )
    para(doc, "Vắng (1): đ/c Chung Văn Lực – nghỉ phép vì việc gia đình, có xin phép.")
    para(
        doc,
        "Đ/c Ninh Văn Tráng đến muộn lúc 15 giờ 50 phút do xử lý sự cố máy dập tại phân xưởng 2.",
    )
    para(
        doc,
        "Dự và chỉ đạo: đồng chí Tạ Thị Minh Nguyệt – Ủy viên Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh.",
    )
    para(doc, "2. Phần sinh hoạt thường kỳ", bold=True)
    para(doc, "a) Kết quả sản xuất, kinh doanh tháng 01 và tháng 02/2026", italic=True)
    para(
        doc,
        "Đ/c Bí thư báo cáo: doanh thu hai tháng đầu năm đạt 18,6 tỷ đồng, bằng 17% kế hoạch năm; bảo đảm việc "
        "làm cho 214 lao động. Việc chi trả thưởng Tết cho người lao động do đ/c Giang Thị Mơ phụ trách đã "
        "hoàn thành trước Tết. Việc hoàn thiện hồ sơ chứng nhận ISO 9001 do đ/c Lưu Quang Hiếu phụ trách đang "
        "thực hiện, dự kiến xong trong quý I.",
    )
    para(doc, "b) Nhiệm vụ tháng 3/2026", italic=True)
    para(
        doc,
        "Hoàn thành đơn hàng khung thép cho đối tác; tổ chức Tháng Thanh niên; chuẩn bị đại hội công đoàn cơ sở.",
    )
    para(doc, "3. Phần sinh hoạt chuyên đề", bold=True)
    para(doc, "Chuyên đề: “Nâng cao ý thức chấp hành an toàn lao động trong sản xuất”.", italic=True)
    para(
        doc,
        "Đ/c Âu Đức Long trình bày chuyên đề, nêu năm 2025 công ty xảy ra 3 vụ tai nạn lao động nhẹ, nguyên "
        "nhân chủ yếu do công nhân không sử dụng đủ bảo hộ lao động và vi phạm quy trình vận hành máy.",
    )
    para(doc, "Ý kiến thảo luận:")
    para(doc, "- Đ/c Thạch Văn Hòa: đề nghị lắp thêm camera giám sát khu vực máy dập, máy cắt.")
    para(doc, "- Đ/c Ninh Văn Tráng: tổ trưởng phải kiểm tra bảo hộ lao động đầu ca, ghi sổ hằng ngày.")
    para(
        doc,
        "- Đ/c Tạ Thị Minh Nguyệt: đề nghị chi bộ gắn trách nhiệm của đảng viên là cán bộ quản lý với kết quả "
        "an toàn lao động của đơn vị mình phụ trách.",
    )
    para(doc, "- Đ/c Thạch Văn Hòa: đề xuất tổ chức thi tìm hiểu về an toàn lao động cho công nhân trẻ.")
    para(doc, "4. Kết luận", bold=True)
    para(
        doc,
        "Đồng chí chủ trì kết luận. Giao đồng chí Ninh Văn Tráng phụ trách rà soát, bổ sung quy trình vận hành "
        "an toàn cho 12 loại máy, hoàn thành trước ngày 20/3/2026. Đồng chí Âu Đức Long chịu trách nhiệm tổ "
        "chức huấn luyện an toàn lao động định kỳ cho toàn bộ công nhân trong tháng 3/2026. Đồng chí Lưu Quang "
        "Hiếu tiếp tục hoàn thiện hồ sơ ISO 9001, hoàn thành trước ngày 31/3/2026.",
    )
    para(
        doc,
        "Chi bộ biểu quyết thông qua nghị quyết tháng 02/2026 và kết luận chuyên đề, nhất trí 100%.",
    )
    para(doc, "Buổi sinh hoạt kết thúc lúc 17 giờ 45 phút cùng ngày.")
    table(
        doc,
        [
            ["THƯ KÝ", "T/M CHI BỘ\nBÍ THƯ"],
            ["Văn Thị Ngọc Ánh", "Kiều Minh Tâm"],
        ],
    )
    return doc


VI_DAI_DOI_3_PDF = [
    "ĐẢNG BỘ TIỂU ĐOÀN 5",
    "CHI BỘ ĐẠI ĐỘI 3",
    "",
    "# ĐẢNG CỘNG SẢN VIỆT NAM",
    "",
    "# BIÊN BẢN",
    "# HỌP CHI BỘ BẤT THƯỜNG",
    "# (Xét đề nghị kết nạp đảng viên)",
    "",
    "Vào hồi 19 giờ 00 phút ngày 15 tháng 7 năm 2025, tại Hội trường Đại đội 3, Chi bộ Đại đội 3 họp bất "
    "thường để xét đề nghị kết nạp quần chúng Vũ Đình Khôi vào Đảng Cộng sản Việt Nam.",
    "",
    "I. THÀNH PHẦN",
    "Chủ trì: Đồng chí Thượng úy Lê Quang Huy – Bí thư chi bộ, Chính trị viên Đại đội.",
    "Thư ký: Đồng chí Trung úy Phan Văn Mạnh – Chi ủy viên.",
    "Tổng số đảng viên trong chi bộ: 12 đồng chí (chính thức: 11; dự bị: 1).",
    "Có mặt: 11 đồng chí. Vắng mặt: 01 đồng chí – Trung sĩ Đỗ Văn Tâm, đang làm nhiệm vụ canh gác kho "
    "K2 theo lệnh của Tiểu đoàn (có lý do).",
    "Dự và chỉ đạo: Đồng chí Thiếu tá Nguyễn Hữu Phước – Phó Bí thư Đảng ủy Tiểu đoàn 5.",
    "",
    "II. NỘI DUNG",
    "1. Đồng chí Bí thư chi bộ nêu mục đích, yêu cầu của cuộc họp và thông qua hồ sơ đề nghị kết nạp đảng "
    "của quần chúng Vũ Đình Khôi, sinh năm 2002, Tiểu đội trưởng Tiểu đội 4; đã học lớp bồi dưỡng nhận "
    "thức về Đảng, có giấy chứng nhận.",
    "2. Đồng chí Hoàng Minh Đức, đảng viên được phân công giúp đỡ, báo cáo quá trình rèn luyện của quần "
    "chúng: chấp hành nghiêm kỷ luật, hoàn thành tốt nhiệm vụ huấn luyện, hai năm liền đạt danh hiệu Chiến "
    "sĩ tiên tiến.",
    "3. Chi bộ thông qua nhận xét của Chi đoàn và ý kiến của nơi cư trú: đều đề nghị kết nạp.",
    "",
    "III. Ý KIẾN THẢO LUẬN",
    "Đồng chí Trần Văn Lâm phát biểu: quần chúng có tinh thần trách nhiệm cao, được đồng đội tín nhiệm.",
    "Đồng chí Phan Văn Mạnh phát biểu: đề nghị quần chúng tiếp tục rèn luyện tác phong, khắc phục tính "
    "nóng vội khi chỉ huy tiểu đội.",
    "Đồng chí Nguyễn Hữu Phước phát biểu: hồ sơ đủ điều kiện theo quy định; chi bộ cần tiếp tục bồi "
    "dưỡng nguồn kết nạp trong số chiến sĩ mới.",
    "Đồng chí Trần Văn Lâm phát biểu bổ sung: nhất trí với ý kiến của đồng chí Phó Bí thư Đảng ủy.",
    "",
    "IV. BIỂU QUYẾT",
    "Chi bộ tiến hành biểu quyết bằng phiếu kín. Số đảng viên chính thức có mặt: 10 đồng chí. Kết quả: "
    "10/10 đồng chí tán thành đề nghị kết nạp quần chúng Vũ Đình Khôi vào Đảng, đạt 100%; không tán thành: "
    "0.",
    "",
    "V. KẾT LUẬN",
    "Đồng chí chủ trì kết luận: Chi bộ ra nghị quyết đề nghị Đảng ủy Tiểu đoàn 5 xem xét, quyết định kết "
    "nạp quần chúng Vũ Đình Khôi vào Đảng. Giao đồng chí Phan Văn Mạnh hoàn chỉnh hồ sơ, nghị quyết, gửi "
    "Đảng ủy Tiểu đoàn trước ngày 25/7/2025. Giao đồng chí Hoàng Minh Đức tiếp tục theo dõi, giúp đỡ quần "
    "chúng trong thời gian chờ quyết định.",
    "",
    "Cuộc họp kết thúc vào hồi 20 giờ 45 phút cùng ngày. Biên bản đã được thông qua trước chi bộ.",
    "",
    "THƯ KÝ                                                        CHỦ TRÌ",
    "Phan Văn Mạnh                                              Lê Quang Huy",
]


VI_PHONG_TCKH_PDF = [
    "ĐẢNG BỘ CƠ QUAN CHÍNH QUYỀN HUYỆN ĐÔNG SƠN",
    "CHI BỘ PHÒNG TÀI CHÍNH – KẾ HOẠCH",
    "                                                        Đông Sơn, ngày 05 tháng 8 năm 2025",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 8 NĂM 2025",
    "",
    "Thời gian: lúc 7h30, ngày 05 tháng 8 năm 2025.",
    "Địa điểm: Phòng họp số 2, trụ sở UBND huyện Đông Sơn.",
    "Chủ trì: Đ/c Quách Thị Hạnh – Bí thư chi bộ, Trưởng phòng.",
    "Thư ký: đ/c Lê Minh Tuấn.",
    "Đảng viên: tổng số 8 đ/c; có mặt 7 đ/c; vắng 1 đ/c (có lý do): đ/c Kha Văn Dũng – ốm.",
    "Đ/c Mẫn Thị Bích xin phép về trước lúc 9h15 để dự họp tại Sở Tài chính.",
    "",
    "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 7/2025",
    "- Đ/c Nghiêm Văn Thái báo cáo: đã hoàn thành thẩm định dự toán sửa chữa 5 trường học trước năm học mới.",
    "- Đ/c Mẫn Thị Bích báo cáo: việc tổng hợp quyết toán ngân sách 6 tháng đầu năm đang thực hiện, dự "
    "kiến xong ngày 15/8.",
    "- Đ/c Lê Minh Tuấn báo cáo: chưa hoàn thành việc số hóa hồ sơ lưu trữ năm 2020–2022 do máy quét hỏng.",
    "",
    "II. QUÁN TRIỆT VĂN BẢN CẤP TRÊN",
    "Đ/c Bí thư quán triệt Kế hoạch của Huyện ủy về tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025–2030 "
    "và Công văn của Đảng ủy cơ quan về thu nộp đảng phí.",
    "",
    "III. NHIỆM VỤ TRỌNG TÂM THÁNG 8/2025",
    "Tham mưu phân bổ vốn đầu tư công đợt 2; hoàn thành quyết toán ngân sách 6 tháng; chuẩn bị văn kiện "
    "đại hội chi bộ.",
    "",
    "Ý kiến:",
    "- Đ/c Nghiêm Văn Thái: vốn đợt 2 nên ưu tiên các công trình chuyển tiếp, tránh dàn trải.",
    "- Đ/c Mẫn Thị Bích: đề nghị các xã nộp báo cáo quyết toán đúng hạn, phòng sẽ có văn bản đôn đốc.",
    "- Đ/c Hứa Văn Cảnh: đề nghị mượn tạm máy quét của Văn phòng HĐND–UBND để tiếp tục số hóa.",
    "- Đ/c Nghiêm Văn Thái: nhất trí với đề xuất của đ/c Cảnh.",
    "",
    "IV. PHÂN CÔNG",
    "1. Nội dung: Dự thảo phương án phân bổ vốn đầu tư công đợt 2 – Người thực hiện: đ/c Nghiêm Văn Thái "
    "– Thời hạn: 20/8/2025.",
    "2. Nội dung: Dự thảo báo cáo chính trị đại hội chi bộ – Người thực hiện: đ/c Quách Thị Hạnh, đ/c Lê "
    "Minh Tuấn – Thời hạn: cuối tháng 8/2025.",
    "3. Nội dung: Hoàn thành số hóa hồ sơ lưu trữ 2020–2022 – Người thực hiện: đ/c Hứa Văn Cảnh – Thời "
    "hạn: trước 30/9/2025.",
    "",
    "Biểu quyết nghị quyết tháng 8/2025: 6/6 đ/c có mặt tại thời điểm biểu quyết tán thành (100%).",
    "Cuộc họp kết thúc lúc 9h40 cùng ngày.",
    "",
    "THƯ KÝ                                                   BÍ THƯ",
    "Lê Minh Tuấn                                          Quách Thị Hạnh",
]


# --------------------------------------------------------------------------------------------- en


def en_millbrook_council():
    doc = Document()
    para(doc, "MILLBROOK TOWN COUNCIL", bold=True, center=True, size=15)
    para(
        doc,
        "Minutes of the Ordinary Meeting of the Council held on Monday 16 June 2025 in the Council Chamber, "
        "Millbrook Town Hall",
        center=True,
    )
    para(doc, "")
    para(doc, "Present:", bold=True)
    para(
        doc,
        "Cllr Angela Pritchard (Mayor, in the chair), Cllr Desmond Fairweather, Cllr Priya Anand, "
        "Cllr Gareth Llewellyn, Cllr Moira Stenhouse, Cllr Tobias Ekwueme",
    )
    para(doc, "Also present:", bold=True)
    para(
        doc,
        "Margaret Oyelaran (Town Clerk, minutes), Hugo Brandt (Assistant Clerk – Finance), "
        "PC Sarah Linwood (Neighbourhood Policing Team), two members of the public.",
    )
    para(doc, "")
    para(doc, "25/061  Apologies for absence", bold=True)
    para(
        doc,
        "Apologies were received and accepted from Cllr Rhiannon Hughes (work commitments). Cllr Victor Dane "
        "was absent; no apology was received.",
    )
    para(doc, "25/062  Opening", bold=True)
    para(doc, "The Mayor called the meeting to order at 7:02 p.m.")
    para(doc, "25/063  Minutes of the previous meeting", bold=True)
    para(
        doc,
        "RESOLVED that the minutes of the meeting held on 19 May 2025 be approved as a correct record and "
        "signed by the Mayor. Moved by Cllr Anand, seconded by Cllr Stenhouse. Carried 5-0.",
    )
    para(doc, "25/064  Police report", bold=True)
    para(
        doc,
        "PC Linwood reported 14 incidents in May, mostly anti-social behaviour around the skate park after dark. "
        "Cllr Ekwueme asked whether extra patrols could be arranged at weekends. PC Linwood said she would "
        "raise it with her sergeant.",
    )
    para(doc, "Cllr Desmond Fairweather arrived at 7:20 p.m.")
    para(doc, "25/065  Matters arising / previous actions", bold=True)
    para(
        doc,
        "The Clerk confirmed that the replacement bench for Church Green, actioned to Cllr Llewellyn in May, "
        "has been installed. The defibrillator cabinet at the Scout Hut, actioned to the Clerk, is still "
        "awaiting an electrician.",
    )
    para(doc, "25/066  Skate park lighting", bold=True)
    para(
        doc,
        "Cllr Stenhouse said the lighting quotes ranged from £8,400 to £11,900. Cllr Fairweather said he "
        "opposed lighting the park later into the evening because of noise for neighbours. Cllr Anand noted "
        "that the police report supported better lighting. Cllr Fairweather suggested a 9 p.m. timer as a "
        "compromise.",
    )
    para(
        doc,
        "It was proposed by Cllr Stenhouse and seconded by Cllr Ekwueme that the Council accept the quote "
        "from Brightway Electrical of £8,400 for LED lighting at the skate park, with lights on a 9 p.m. timer. "
        "A recorded vote was requested:",
    )
    para(doc, "Ayes: Pritchard, Anand, Llewellyn, Stenhouse, Ekwueme")
    para(doc, "Nays: Fairweather")
    para(doc, "The motion was carried 5-1.")
    para(doc, "25/067  Finance", bold=True)
    para(
        doc,
        "Hugo Brandt presented the schedule of payments for May totalling £23,615.40. Payments were approved "
        "on the proposal of Cllr Llewellyn, seconded by Cllr Anand. Carried unanimously.",
    )
    para(doc, "25/068  Actions", bold=True)
    table(
        doc,
        [
            ["Action", "Owner", "Due"],
            ["Place the order with Brightway Electrical", "Margaret Oyelaran", "30 June 2025"],
            ["Chase an electrician for the defibrillator cabinet", "Margaret Oyelaran", "Before next meeting"],
            ["Write to residents near the skate park about the lighting works", "Cllr Stenhouse", "11 July 2025"],
        ],
    )
    para(doc, "25/069  Close", bold=True)
    para(doc, "There being no further business, the Mayor closed the meeting, which adjourned at 9:04 PM.")
    para(doc, "")
    para(doc, "Signed ………………………… (Mayor)        Date …………………")
    return doc


def en_pinecrest_board():
    doc = Document()
    doc.add_heading("Pinecrest Unified School District", level=1)
    para(doc, "Board of Education — Regular Meeting Minutes", bold=True, size=13)
    para(doc, "Tuesday, November 18, 2025 · District Office Boardroom, 41 Larkspur Avenue")
    para(doc, "")
    para(doc, "1. Call to order", bold=True)
    para(
        doc,
        "Meeting commenced 6.30pm. Board President Dr. Renata Kowalski presiding. Clerk of the Board Jerome "
        "Whitlock took the minutes.",
    )
    para(
        doc,
        "Attendees: Renata Kowalski, Jerome Whitlock, Luis Hernandez, Amy Lin, Bartholomew Greer. "
        "Absent: Nadine Okafor-Reyes. Staff: Dr. Samuel Alvarez, Superintendent; Keiko Tanabe, Chief "
        "Business Officer; Olivia Mensah, student board representative.",
    )
    para(doc, "2. Approval of the agenda and of the minutes of October 21, 2025", bold=True)
    para(doc, "M/S Hernandez/Greer to approve the agenda and the October 21 minutes. Approved 5-0.")
    para(doc, "3. Public comment", bold=True)
    para(
        doc,
        "Parent Deborah Finch said the late bus from Westview Middle School leaves before clubs end. "
        "Teacher Marcus Odell asked the Board to keep the library open during lunch.",
    )
    para(doc, "4. Follow-up on previous action items", bold=True)
    para(
        doc,
        "Superintendent Alvarez reported that the bus route survey requested in September was completed and "
        "shared with trustees. Keiko Tanabe reported the cafeteria vendor audit is still in progress and "
        "will be finished in December.",
    )
    para(doc, "5. 2026–27 academic calendar", bold=True)
    para(
        doc,
        "Superintendent Alvarez presented two calendar options. Option B starts on August 19 and adds a full "
        "week at Thanksgiving. Amy Lin said families in her area strongly preferred Option B. Luis Hernandez "
        "noted that Option B shortens the first semester by three days. Olivia Mensah said students wanted "
        "finals before winter break. Amy Lin added that the survey response rate was 61%.",
    )
    para(
        doc,
        "M/S Lin/Hernandez to direct staff to develop Option B in detail for adoption. 4-0-1 (Greer abstained).",
    )
    para(doc, "6. Budget: first interim report", bold=True)
    para(
        doc,
        "Keiko Tanabe presented the first interim report, projecting a positive certification with a 3.4% "
        "reserve. Bartholomew Greer said he was concerned about declining enrolment in the elementary "
        "grades. Jerome Whitlock noted the state allocation had not yet been finalised.",
    )
    para(
        doc,
        "M/S Greer/Whitlock to approve a positive certification of the first interim report. Motion carried 5-0.",
    )
    para(doc, "7. Facilities: Westview roof replacement", bold=True)
    para(
        doc,
        "M/S Whitlock/Lin to award the Westview roof replacement to Cascade Roofing for $612,000. After "
        "discussion the motion failed 2-3 (Ayes: Whitlock, Lin; Noes: Kowalski, Hernandez, Greer). Staff "
        "will bring back a rebid.",
    )
    para(doc, "8. Action items", bold=True)
    para(
        doc,
        "Superintendent Alvarez will present the detailed Option B calendar by January 13. Keiko Tanabe will "
        "rebid the Westview roof replacement and report back by December 16. Jerome Whitlock to circulate "
        "the draft library-hours policy before the next meeting. Amy Lin will meet the transportation "
        "director about the late bus.",
    )
    para(doc, "9. Adjournment", bold=True)
    para(doc, "Meeting closed 8.52pm.")
    para(doc, "Minutes recorded by Jerome Whitlock, Clerk of the Board.")
    return doc


def en_lakeview_rowing():
    doc = Document()
    para(doc, "Lakeview Rowing Club", bold=True, size=16)
    para(doc, "Committee Meeting — Wednesday 21 January 2026", bold=True)
    para(doc, "Held at the boathouse clubroom, 7.30pm start.")
    para(doc, "")
    para(doc, "In the chair: Fiona Galbraith (Captain)")
    para(doc, "Notes: Callum Reid (Hon. Secretary)")
    para(doc, "Attending: Fiona Galbraith, Callum Reid, Ingrid Solberg, Tom Beck, Yusuf Demir, Hattie Marsh")
    para(doc, "Regrets: Alastair Dunn (travelling), Priti Shah")
    para(doc, "")
    para(doc, "1. Last meeting's actions", bold=True)
    bullets = [
        "Ingrid — get quotes for the new launch engine: done, three quotes received.",
        "Tom — repair the rack in bay 3: not done yet, waiting for the welder.",
        "Callum — update the safety plan: done and circulated.",
    ]
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, "2. Launch engine", bold=True)
    para(doc, "Ingrid: The Yamaha quote is the cheapest at £3,150 fitted, and they can do it before March.")
    para(doc, "Yusuf: Is that including the service plan?")
    para(doc, "Ingrid: No, the service plan is another £220 a year.")
    para(doc, "Hattie: We have £4,000 in the equipment fund, so it fits.")
    para(
        doc,
        "Motion: to buy the Yamaha engine at £3,150 from the equipment fund. Proposed Yusuf Demir, seconded "
        "Hattie Marsh. Motion carried unanimously.",
    )
    para(doc, "3. Spring regatta", bold=True)
    para(
        doc,
        "Tom: We need at least 30 volunteers for the regatta on 18 April. Fiona: Let's ask each squad to "
        "supply five. Tom: Agreed, I'll draft a rota.",
    )
    para(doc, "Tom Beck left the meeting at 8.15pm.")
    para(doc, "4. Junior squad", bold=True)
    para(
        doc,
        "Hattie reported 22 juniors registered for the winter term. Yusuf: The juniors need a second coach "
        "on Saturdays. Fiona: Hattie and I will speak to the county coaching officer.",
    )
    para(
        doc,
        "Proposal to raise junior membership fees from £90 to £110 a year. Proposed Fiona Galbraith, "
        "seconded Callum Reid. For 2, against 3. Not carried.",
    )
    para(doc, "Actions", bold=True)
    for b in [
        "ACTION: Ingrid Solberg to order the launch engine by 6 February.",
        "ACTION: Tom Beck to circulate the volunteer rota by the end of February.",
        "ACTION: Fiona Galbraith and Hattie Marsh to contact the county coaching officer.",
        "ACTION: Tom Beck to finish the bay 3 rack repair.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    para(doc, "Meeting closed at 9.05pm. Next meeting Wednesday 18 February.")
    return doc


EN_HILLSIDE_GARDEN_PDF = [
    "# Hillside Community Garden Association",
    "# Annual General Meeting",
    "",
    "Saturday, September 27, 2025, Hillside Community Hall, 12 Orchard Road",
    "",
    "Chair: Beatrice Okonjo, President",
    "Secretary: Dominic Fairclough",
    "",
    "The President called the meeting to order at 10:00 a.m. She welcomed members and guests, including "
    "Councillor Howard Pemberton, Ward 4, and Alma Reyes of the City Parks Department.",
    "",
    "Quorum. The association has 64 members. 23 members were present in person and quorum (15) was confirmed "
    "by the Secretary.",
    "Apologies: June Whitley, Omar Haddad, Lena Petrova.",
    "",
    "1. Minutes of the 2024 AGM",
    "The minutes of the 2024 Annual General Meeting were approved. Moved by Gordon Ashby, seconded by "
    "Shirin Kazemi. Carried.",
    "",
    "2. President's report",
    "Beatrice Okonjo reported a good season: all 48 plots were let, the new rainwater tanks were installed "
    "in May as agreed at the last AGM, and the children's plot produced 40 kg of vegetables for the food bank. "
    "The tool shed roof, which Gordon Ashby took on last year, has been repaired.",
    "",
    "3. Treasurer's report and dues",
    "Treasurer Shirin Kazemi presented the accounts: income $6,240, expenses $5,118, balance carried forward "
    "$3,907. She proposed raising the annual plot fee from $40 to $50 to cover rising water charges.",
    "Gordon Ashby said the increase was fair given the water bill.",
    "Member Rosa Delgado asked whether low-income members could pay in instalments.",
    "Shirin Kazemi said instalments could be offered on request.",
    "Moved by Shirin Kazemi, seconded by Gordon Ashby, to raise the annual plot fee to $50 from January 2026. "
    "Carried 19-3, 1 abstention.",
    "",
    "4. Constitutional amendment",
    "A proposal to extend officers' terms from one year to two years was put to the meeting (two-thirds "
    "majority required). Moved by Dominic Fairclough, seconded by Beatrice Okonjo. Ayes 14, Nays 9. The "
    "motion failed.",
    "",
    "5. Election of officers",
    "There being one nomination for each post, the following were elected by acclamation: President, Beatrice "
    "Okonjo; Treasurer, Shirin Kazemi; Secretary, Dominic Fairclough.",
    "",
    "6. Guest remarks",
    "Councillor Pemberton said the city was considering a small grant for accessible raised beds. Alma Reyes "
    "explained the application process and offered to help.",
    "",
    "Action items",
    "- Shirin Kazemi to send the 2026 fee invoices by December 1.",
    "- Dominic Fairclough to prepare the raised-bed grant application by October 31.",
    "- Gordon Ashby to organise the autumn clean-up day.",
    "",
    "The meeting adjourned at 11:40 a.m.",
    "",
    "Dominic Fairclough, Secretary",
]


EN_GRANITE_FALLS_PDF = [
    "GRANITE FALLS HISTORICAL SOCIETY",
    "Board of Directors — Minutes of the April Meeting",
    "Thursday, April 9, 2026 — Depot Museum, 3 Station Street",
    "",
    "Attendees: Harriet Vogel (President), Sebastian Garber (Vice President), Ruth Lindholm (Treasurer), "
    "Clarence Abbott (Secretary), Noor Siddiqui, Pete Kowalczyk",
    "Absent: Wendell Frost (excused)",
    "Guests: Dana Whitmore, curator; Ray Ostrowski, Granite Falls Gazette",
    "",
    "Meeting called to order 6:05 PM by President Harriet Vogel.",
    "",
    "MINUTES. March minutes accepted as distributed (Garber/Lindholm). Passed 5-0.",
    "Noor Siddiqui arrived 6:20 PM, after the minutes were accepted.",
    "",
    "TREASURER'S REPORT. Ruth Lindholm reported a balance of $18,422 in operating and $41,900 in the "
    "endowment. The spring appeal has raised $2,350 so far.",
    "",
    "OPEN ACTIONS FROM MARCH.",
    "Clarence Abbott — renew the museum's liability insurance — completed.",
    "Pete Kowalczyk — fix the leaking gutter over the archive room — completed.",
    "Dana Whitmore — inventory the donated Hartley photographs — ongoing, about half done.",
    "",
    "CURATOR'S REPORT. Dana Whitmore reported that school visits are booked for eight Tuesdays in May.",
    "",
    "OLD DEPOT PLATFORM RESTORATION.",
    "Sebastian Garber noted that the state heritage grant would cover 60% of the $48,000 estimate.",
    "Pete Kowalczyk said the society should not commit endowment money until the structural survey is done.",
    "Noor Siddiqui asked whether the platform could open for the July 4 festival.",
    "Sebastian Garber said July 4 was unrealistic; September was possible.",
    "Motion to apply for the state heritage grant for the platform restoration (Garber/Siddiqui). Passed 6-0.",
    "Motion to commission a structural survey not to exceed $3,500 (Kowalczyk/Abbott). Passed 5-1, Lindholm opposed.",
    "",
    "ACTION ITEMS",
    "Action | Owner | Due",
    "Submit heritage grant application | Sebastian Garber | May 1, 2026",
    "Obtain two quotes for the structural survey | Pete Kowalczyk | April 24, 2026",
    "Finish the Hartley photograph inventory | Dana Whitmore | June 30, 2026",
    "Draft a press release on the platform project | Clarence Abbott | next meeting",
    "",
    "Meeting adjourned 7:48 PM. Next meeting May 14, 2026.",
    "Respectfully submitted, Clarence Abbott, Secretary",
]


def main() -> None:
    (HERE / "vi").mkdir(exist_ok=True)
    (HERE / "en").mkdir(exist_ok=True)
    save_docx(vi_thon_an_phu(), HERE / "vi" / "cb-thon-an-phu-2025-04.docx")
    save_docx(vi_th_hoa_son(), HERE / "vi" / "cb-th-hoa-son-chuyen-de-2025-10.docx")
    save_docx(vi_cty_tan_long(), HERE / "vi" / "cb-cty-co-khi-tan-long-2026-02.docx")
    save_pdf(VI_DAI_DOI_3_PDF, HERE / "vi" / "cb-dai-doi-3-bat-thuong-2025-07.pdf")
    save_pdf(VI_PHONG_TCKH_PDF, HERE / "vi" / "cb-phong-tckh-dong-son-2025-08.pdf")
    save_docx(en_millbrook_council(), HERE / "en" / "millbrook-town-council-2025-06.docx")
    save_docx(en_pinecrest_board(), HERE / "en" / "pinecrest-school-board-2025-11.docx")
    save_docx(en_lakeview_rowing(), HERE / "en" / "lakeview-rowing-committee-2026-01.docx")
    save_pdf(EN_HILLSIDE_GARDEN_PDF, HERE / "en" / "hillside-garden-agm-2025-09.pdf")
    save_pdf(EN_GRANITE_FALLS_PDF, HERE / "en" / "granite-falls-historical-2026-04.pdf")


if __name__ == "__main__":
    main()
