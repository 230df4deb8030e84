"""Write the `y-*` documents of tests/corpus/{vi,en}/ that are .docx or typed PDF, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_y`. The writers are the ones of `tests/support/held_out.py`
(fixed .docx zip entries and core properties, fixed PDF identifier and creation date), so a second run writes
byte-identical files. The `y-*` .txt / .md documents are kept as typed beside them; this script does not write them.

These documents were written for the corpus to give variety in how secretaries write the hardest fields
(assignments, reports on earlier tasks, votes, speakers, attendance, signatures). Every body, person and place in
them is invented. Each document has a hand-written `<id>.expected.json` beside it; this script never touches those.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import held_out

HERE = Path(__file__).resolve().parent
AUTHOR = "corpus-y"
PDF_BASE = 0x5900_0000  # PDF identifiers of this set: PDF_BASE + n

# A .docx document is a list of (kind, payload): see `tests.support.held_out.write_docx`.


# ------------------------------------------------------------------------------------------------ vi .docx

VI_DOCX: dict[str, list[tuple[str, object]]] = {}

VI_DOCX["y-cb-thon-xuanlai-2025-05"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ XÃ TÂN XUÂN", "CHI BỘ THÔN XUÂN LAI", "*"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Lai, ngày 10 tháng 5 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5 NĂM 2025"),
    (
        "p",
        "Vào hồi 19 giờ 30 phút, Thứ Bảy, ngày 10 tháng 5 năm 2025, tại Nhà văn hóa thôn Xuân Lai, Chi bộ thôn "
        "Xuân Lai tiến hành sinh hoạt thường kỳ tháng 5 năm 2025.",
    ),
    ("h", "I. THÀNH PHẦN DỰ HỌP"),
    ("p", "- Đồng chí Hoàng Văn Quý – Đảng ủy viên, phụ trách chi bộ."),
    (
        "p",
        "- Tổng số đảng viên trong chi bộ: 18 đồng chí (17 chính thức, 01 dự bị). Có mặt 16 đồng chí; vắng 02 đồng "
        "chí (01 có lý do, 01 không lý do): đồng chí Lê Văn Hòa (đi làm ăn xa tại Bình Dương, có báo cáo), đồng chí "
        "Ngô Văn Tâm (không lý do).",
    ),
    ("p", "- Đ/c Phan Thị Huệ đến muộn lúc 19h50 do trông cháu ốm."),
    ("p", "- Chủ trì: đồng chí Trịnh Văn Lợi – Bí thư chi bộ."),
    ("p", "- Thư ký: đồng chí Đặng Thị Thu Hà – Chi ủy viên."),
    ("h", "II. NỘI DUNG"),
    ("h", "1. Thông tin thời sự, phổ biến văn bản cấp trên"),
    (
        "p",
        "Đồng chí Bí thư chi bộ thông tin tình hình thời sự trong nước, của tỉnh và của xã trong tháng 4/2025; quán "
        "triệt Kế hoạch số 41-KH/ĐU của Đảng ủy xã về tổ chức các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ "
        "Chí Minh (19/5/1890 – 19/5/2025) và Hướng dẫn của Ban Tổ chức Đảng ủy về thu, nộp đảng phí.",
    ),
    ("h", "2. Đánh giá kết quả thực hiện nhiệm vụ tháng 4/2025"),
    (
        "p",
        "Đồng chí Lưu Văn Thành – Phó Bí thư chi bộ, Trưởng thôn báo cáo kết quả thực hiện Nghị quyết tháng 4 như sau:",
    ),
    (
        "b",
        "Đ/c Lưu Văn Thành đã hoàn thành việc vận động 100% hộ gia đình ký cam kết không đốt rơm rạ sau thu hoạch "
        "vụ chiêm xuân.",
    ),
    ("b", "Đ/c Cao Văn Bình đã hoàn thành nạo vét 1,2 km kênh tưới nội đồng xứ Đồng Mả, xong trước ngày 25/4."),
    (
        "b",
        "Việc lắp đặt 12 bóng đèn chiếu sáng trên đường trục thôn do đ/c Nguyễn Văn Khải phụ trách đang triển khai, "
        "đã lắp được 7/12 bóng.",
    ),
    (
        "b",
        "Việc thu đảng phí quý II do đ/c Đặng Thị Thu Hà phụ trách chưa thực hiện vì chờ hướng dẫn mức thu mới của "
        "Đảng ủy xã.",
    ),
    (
        "p",
        "Đánh giá chung: chi bộ đã lãnh đạo hoàn thành cơ bản các nhiệm vụ tháng 4; tiến độ lắp đèn đường còn chậm, "
        "một số đảng viên chưa gương mẫu tham gia vệ sinh đường làng.",
    ),
    ("h", "3. Phương hướng, nhiệm vụ tháng 5/2025"),
    ("p", "Chi bộ thống nhất các nhiệm vụ trọng tâm và phân công thực hiện như sau:"),
    (
        "table",
        [
            ["STT", "Nội dung công việc", "Người thực hiện", "Thời hạn"],
            [
                "1",
                "Chỉ đạo thu hoạch lúa vụ chiêm xuân, hỗ trợ các hộ neo đơn thuê máy gặt",
                "Đ/c Lưu Văn Thành",
                "Trước ngày 31/5/2025",
            ],
            [
                "2",
                "Hoàn thành lắp đặt 5 bóng đèn chiếu sáng còn lại trên đường trục thôn",
                "Đ/c Nguyễn Văn Khải, đ/c Cao Văn Bình",
                "Trước ngày 20/5",
            ],
            ["3", "Thu đảng phí quý II/2025, nộp về Đảng ủy xã", "Đ/c Đặng Thị Thu Hà", "Trong tháng 6/2025"],
            [
                "4",
                "Tổ chức cho thiếu nhi dâng hương tại Nhà văn hóa thôn nhân dịp 19/5",
                "Chi đoàn thôn",
                "Ngày 19/5/2025",
            ],
            [
                "5",
                "Rà soát, lập danh sách thanh niên trong độ tuổi sẵn sàng nhập ngũ năm 2026",
                "Đ/c Vũ Đình Cường (Thôn đội trưởng)",
                "Trong tháng 6",
            ],
            ["6", "Giữ vững an ninh trật tự, vệ sinh môi trường khu dân cư", "Toàn thể đảng viên", "Thường xuyên"],
        ],
    ),
    ("h", "4. Thảo luận"),
    (
        "p",
        "Đồng chí Vũ Đình Cường phát biểu: đề nghị chi bộ chỉ đạo tổ an ninh tự quản tăng cường tuần tra ban đêm "
        "trong mùa thu hoạch, vì thời gian qua có hiện tượng mất trộm máy bơm ngoài đồng.",
    ),
    (
        "p",
        "Đồng chí Phan Thị Huệ phát biểu: Chi hội Phụ nữ sẽ vận động hội viên dọn vệ sinh đường làng vào sáng Chủ "
        "nhật hằng tuần; đề nghị thôn bố trí thêm thùng rác tại khu vực chợ.",
    ),
    (
        "p",
        "Đồng chí Hoàng Văn Quý – Đảng ủy viên phát biểu ghi nhận kết quả của chi bộ, lưu ý việc thu đảng phí phải "
        "theo đúng hướng dẫn mới và đề nghị chi bộ đẩy nhanh việc lắp đèn đường trước mùa mưa.",
    ),
    (
        "p",
        "Đồng chí Vũ Đình Cường phát biểu bổ sung: đề nghị đưa việc sửa chữa cống tiêu Đồng Mả vào kế hoạch tháng "
        "6 để kịp phòng chống úng ngập.",
    ),
    ("h", "5. Kết luận"),
    (
        "p",
        "Đồng chí chủ trì tiếp thu các ý kiến, kết luận: giao đồng chí Vũ Đình Cường phối hợp với Công an xã xây "
        "dựng lịch tuần tra ban đêm của tổ an ninh tự quản, hoàn thành trước ngày 15/5/2025; việc sửa chữa cống "
        "tiêu Đồng Mả đưa vào nghị quyết tháng 6.",
    ),
    ("h", "6. Biểu quyết"),
    (
        "p",
        "Chi bộ biểu quyết thông qua Nghị quyết tháng 5/2025 bằng hình thức giơ tay: tán thành 16/16 đồng chí (100%).",
    ),
    (
        "p",
        "Biên bản đã được đọc lại cho chi bộ nghe và được nhất trí thông qua. Buổi sinh hoạt kết thúc lúc 21 giờ "
        "45 phút cùng ngày.",
    ),
    ("sig", [["THƯ KÝ", "", "", "", "Đặng Thị Thu Hà"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Trịnh Văn Lợi"]]),
]

VI_DOCX["y-cb-khoangoai-linhson-2025-10-thuongky-chuyende"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "KHU VỰC LINH SƠN", "CHI BỘ KHOA NGOẠI TỔNG HỢP", "*"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Linh Sơn, ngày 14 tháng 10 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV NĂM 2025"),
    ("p", "Thời gian: bắt đầu lúc 16 giờ 30 phút, thứ Ba, ngày 14/10/2025."),
    ("p", "Địa điểm: Phòng giao ban Khoa Ngoại tổng hợp."),
    ("p", "Chủ trì: BS.CKII Đoàn Minh Trí – Bí thư chi bộ, Trưởng khoa."),
    ("p", "Thư ký: ĐD. Lý Thị Kiều Oanh – Chi ủy viên, Điều dưỡng trưởng khoa."),
    ("p", "Đại biểu cấp trên: đồng chí Tạ Quang Vinh – Phó Bí thư Đảng ủy, Giám đốc Bệnh viện."),
    ("p", "Tổng số đảng viên: 12; có mặt 11; vắng 01 (có lý do). Danh sách dự họp:"),
    (
        "table",
        [
            ["STT", "Họ và tên", "Chức danh", "Có mặt", "Vắng", "Ghi chú"],
            ["1", "Đoàn Minh Trí", "Bí thư, Trưởng khoa", "x", "", ""],
            ["2", "Lý Thị Kiều Oanh", "Chi ủy viên, Điều dưỡng trưởng", "x", "", ""],
            ["3", "Nguyễn Hữu Phước", "Chi ủy viên, Phó Trưởng khoa", "x", "", "Đến muộn"],
            ["4", "Trần Thị Mỹ Lệ", "Bác sĩ", "x", "", ""],
            ["5", "Hồ Văn Tiến", "Bác sĩ", "", "x", "Nghỉ ốm, có đơn"],
            ["6", "Quách Thị Ngân", "Điều dưỡng", "x", "", ""],
            ["7", "Dương Văn Sang", "Bác sĩ", "x", "", ""],
            ["8", "Phạm Ngọc Bích", "Điều dưỡng", "x", "", ""],
            ["9", "Lâm Quốc Bảo", "Bác sĩ", "x", "", ""],
            ["10", "Võ Thị Thanh Thảo", "Điều dưỡng", "x", "", "Về sớm"],
            ["11", "Khưu Văn Lực", "Kỹ thuật viên", "x", "", ""],
            ["12", "Mẫn Thị Hồng", "Điều dưỡng", "x", "", ""],
        ],
    ),
    (
        "p",
        "Đ/c Nguyễn Hữu Phước đến muộn lúc 16 giờ 55 phút do tham gia phẫu thuật cấp cứu. Đ/c Võ Thị Thanh Thảo xin "
        "phép về lúc 17h40 để nhận ca trực đêm.",
    ),
    ("h", "PHẦN I. SINH HOẠT THƯỜNG KỲ"),
    ("h", "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2025"),
    (
        "p",
        "Đ/c Lý Thị Kiều Oanh báo cáo: trong tháng 9, khoa tiếp nhận 412 lượt người bệnh nội trú, thực hiện 286 ca "
        "phẫu thuật, không để xảy ra sai sót chuyên môn. Kết quả các việc chi bộ giao tháng trước: triển khai bảng "
        "kiểm an toàn phẫu thuật tại 100% ca mổ phiên (đ/c Nguyễn Hữu Phước) – đã hoàn thành; khảo sát sự hài lòng "
        "của người bệnh nội trú (đ/c Quách Thị Ngân) – đã hoàn thành, tỷ lệ hài lòng đạt 94,2%; cập nhật hồ sơ bệnh "
        "án điện tử (đ/c Lâm Quốc Bảo) – đang thực hiện, đạt khoảng 80%; sửa chữa hệ thống chuông gọi điều dưỡng "
        "tại buồng bệnh (đ/c Khưu Văn Lực) – chưa thực hiện do chưa được bố trí kinh phí.",
    ),
    ("h", "2. Nhiệm vụ tháng 10/2025"),
    (
        "p",
        "Giao đồng chí Nguyễn Hữu Phước chủ trì, phối hợp với đồng chí Lâm Quốc Bảo hoàn thiện quy trình chuyển hồ "
        "sơ bệnh án điện tử cho người bệnh ra viện, hoàn thành trước ngày 31/10/2025.",
    ),
    (
        "p",
        "Đồng chí Khưu Văn Lực chịu trách nhiệm làm tờ trình đề nghị Phòng Hành chính quản trị sửa chữa hệ thống "
        "chuông gọi điều dưỡng, trình Ban Giám đốc trước ngày 20/10.",
    ),
    (
        "p",
        "Đồng chí Quách Thị Ngân và đồng chí Phạm Ngọc Bích tổ chức tập huấn kỹ năng giao tiếp cho điều dưỡng mới "
        "tuyển dụng trong tháng 11/2025.",
    ),
    (
        "h",
        "PHẦN II. SINH HOẠT CHUYÊN ĐỀ: HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH VỀ Y ĐỨC, "
        "THÁI ĐỘ PHỤC VỤ NGƯỜI BỆNH",
    ),
    (
        "p",
        "Đ/c Trần Thị Mỹ Lệ trình bày chuyên đề, nêu lời dạy của Bác “Lương y phải như từ mẫu”, liên hệ thực tế tại "
        "khoa: còn tình trạng giải thích cho người nhà người bệnh chưa đầy đủ, thời gian chờ làm thủ tục ra viện kéo "
        "dài vào buổi sáng.",
    ),
    ("p", "Thảo luận:"),
    (
        "p",
        "Ý kiến của đ/c Dương Văn Sang: đề nghị bố trí một điều dưỡng hành chính chuyên trách hướng dẫn thủ tục ra "
        "viện từ 7 giờ sáng để giảm thời gian chờ.",
    ),
    (
        "p",
        "Ý kiến của đ/c Mẫn Thị Hồng: đề xuất đưa cam kết “Không nhận phong bì, quà biếu của người bệnh” vào tiêu chí "
        "đánh giá, xếp loại đảng viên cuối năm.",
    ),
    (
        "p",
        "Ý kiến của đ/c Tạ Quang Vinh: đánh giá cao cách làm của khoa; Đảng ủy sẽ chỉ đạo nhân rộng mô hình “Ra viện "
        "không chờ đợi” nếu khoa thực hiện hiệu quả.",
    ),
    (
        "p",
        "Ý kiến của đ/c Sang (bổ sung): nên công khai số điện thoại đường dây nóng của khoa tại từng buồng bệnh.",
    ),
    (
        "p",
        "Về đề xuất của đ/c Hồng, chi bộ biểu quyết giơ tay: tán thành 10, không tán thành 1. Đề xuất được thông qua.",
    ),
    (
        "p",
        "Giao Ban chi ủy tổng hợp bản đăng ký làm theo của từng đảng viên, hoàn thành trước ngày 25/10/2025.",
    ),
    ("h", "PHẦN III. BIỂU QUYẾT"),
    (
        "p",
        "Chi bộ biểu quyết Nghị quyết tháng 10 kết hợp chuyên đề quý IV: 10/10 đồng chí có mặt tán thành (100%). "
        "Nghị quyết được thông qua.",
    ),
    ("p", "Biên bản được thông qua trước chi bộ. Buổi sinh hoạt kết thúc lúc 18 giờ 20 phút cùng ngày."),
    ("sig", [["CHỦ TRÌ", "", "", "", "Đoàn Minh Trí"], ["THƯ KÝ", "", "", "", "Lý Thị Kiều Oanh"]]),
]

VI_DOCX["y-cb-htx-phuocthanh-2025-08-chuyende"] = [
    ("center", "ĐẢNG BỘ XÃ PHƯỚC THẠNH"),
    ("center", "CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ PHƯỚC THẠNH"),
    ("center", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("center", "Phước Thạnh, ngày 22 tháng 8 năm 2025"),
    ("title", "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2025"),
    ("center", "Chuyên đề: “Ứng dụng chuyển đổi số trong sản xuất và tiêu thụ nông sản của hợp tác xã”"),
    (
        "p",
        "Hôm nay, lúc 8 giờ 00 phút, thứ Sáu ngày 22/8/2025, tại Văn phòng Hợp tác xã, Chi bộ Hợp tác xã nông nghiệp "
        "dịch vụ Phước Thạnh tổ chức sinh hoạt chuyên đề quý III năm 2025.",
    ),
    ("p", "Chủ tọa: Đ/c Trương Công Danh – Bí thư chi bộ, Giám đốc HTX."),
    ("p", "Người ghi biên bản: Đ/c Hứa Thị Mộng Tuyền – Chi ủy viên, Kế toán trưởng HTX."),
    (
        "p",
        "Dự họp có: đồng chí Nguyễn Thị Lành – Phó Bí thư Thường trực Đảng ủy xã; ông Kiều Văn Sơn – Phó Giám đốc "
        "Công ty TNHH Nông sản Sạch Miền Đông (đơn vị liên kết tiêu thụ), dự phần thảo luận.",
    ),
    (
        "p",
        "Đảng viên có mặt (9/10 đồng chí): Trương Công Danh, Hứa Thị Mộng Tuyền, Lê Hoàng Phúc, Đinh Văn Rạng, "
        "Nguyễn Thị Kim Thoa, Phạm Văn Út, Trần Minh Nhựt, La Thị Bé Ba, Huỳnh Tấn Lộc.",
    ),
    ("p", "Vắng: đ/c Tô Văn Chiến (đang điều trị tại Bệnh viện tỉnh, có báo cáo)."),
    ("h", "1. Trình bày chuyên đề: Ứng dụng chuyển đổi số trong sản xuất và tiêu thụ nông sản của hợp tác xã"),
    (
        "p",
        "Đ/c Lê Hoàng Phúc – Phó Giám đốc HTX trình bày chuyên đề. Hiện HTX có 126 xã viên, 65 hộ đã dùng sổ nhật ký "
        "canh tác điện tử; 18 ha bưởi da xanh đã có mã QR truy xuất nguồn gốc; doanh thu bán hàng trực tuyến 6 tháng "
        "đầu năm đạt 1,4 tỷ đồng. Hạn chế: nhiều xã viên lớn tuổi chưa sử dụng điện thoại thông minh, chưa có mã vùng "
        "trồng cho diện tích còn lại, chưa có cán bộ chuyên trách thương mại điện tử.",
    ),
    ("h", "2. Thảo luận"),
    (
        "p",
        "Đ/c Đinh Văn Rạng (Chi ủy viên) đề nghị HTX hỗ trợ xã viên lớn tuổi cài đặt ứng dụng nhật ký canh tác, tổ "
        "chức hướng dẫn cầm tay chỉ việc tại từng tổ sản xuất.",
    ),
    (
        "p",
        "Đ/c Nguyễn Thị Kim Thoa cho rằng cần đưa thêm 2 sản phẩm OCOP (bưởi da xanh sấy dẻo, mật ong hoa cà phê) lên "
        "sàn thương mại điện tử của tỉnh trước mùa Tết.",
    ),
    (
        "p",
        "Ông Kiều Văn Sơn cho biết công ty sẵn sàng bao tiêu 300 tấn bưởi niên vụ 2025–2026 nếu HTX được cấp mã vùng "
        "trồng cho toàn bộ diện tích liên kết.",
    ),
    (
        "p",
        "Đ/c Phạm Văn Út phát biểu: chi phí làm mã vùng trồng khá cao, đề nghị HTX đề xuất xã hỗ trợ kinh phí từ "
        "chương trình nông thôn mới.",
    ),
    ("p", "Đ/c Rạng đề nghị thêm: cần quy định rõ trách nhiệm của tổ trưởng tổ sản xuất trong việc cập nhật nhật ký."),
    (
        "p",
        "Đồng chí Nguyễn Thị Lành phát biểu chỉ đạo: Đảng ủy xã ghi nhận cách làm của HTX; đề nghị chi bộ xây dựng lộ "
        "trình cụ thể, gắn chuyển đổi số với liên kết chuỗi giá trị; xã sẽ xem xét hỗ trợ một phần kinh phí.",
    ),
    ("h", "3. Kết luận và phân công"),
    (
        "p",
        "Chi bộ giao cho đ/c Lê Hoàng Phúc xây dựng kế hoạch chuyển đổi số của HTX giai đoạn 2025–2027, trình Hội đồng "
        "quản trị trong tháng 9.",
    ),
    (
        "p",
        "Đ/c Trần Minh Nhựt phụ trách hướng dẫn xã viên cài đặt, sử dụng ứng dụng nhật ký canh tác điện tử, mỗi tuần "
        "một buổi tại văn phòng HTX, bắt đầu từ tháng 9.",
    ),
    (
        "p",
        "Đ/c Hứa Thị Mộng Tuyền và đ/c La Thị Bé Ba hoàn thiện hồ sơ đăng ký mã vùng trồng bưởi cho 42 ha, nộp Chi cục "
        "Trồng trọt và Bảo vệ thực vật trước 30/9/2025.",
    ),
    (
        "p",
        "Ban chi ủy chịu trách nhiệm đôn đốc, kiểm tra việc thực hiện và báo cáo kết quả tại kỳ sinh hoạt tháng 10.",
    ),
    ("h", "4. Biểu quyết"),
    ("p", "Chuyên đề và các giải pháp nêu trên được hội nghị biểu quyết thông qua, nhất trí 100%."),
    ("p", "Buổi sinh hoạt kết thúc lúc 10 giờ 40 phút cùng ngày."),
    (
        "sig",
        [["NGƯỜI GHI BIÊN BẢN", "", "", "", "Hứa Thị Mộng Tuyền"], ["CHỦ TỌA", "", "", "", "Trương Công Danh"]],
    ),
]

VI_DOCX["y-cb-vanphong-ankhe-2026-01-batthuong"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ PHƯỜNG AN KHÊ", "CHI BỘ VĂN PHÒNG HĐND VÀ UBND PHƯỜNG", "*", "Số 02-BB/CB"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "An Khê, ngày 09 tháng 01 năm 2026"],
        ),
    ),
    ("title", "BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG"),
    (
        "center",
        "(V/v xét đề nghị công nhận đảng viên chính thức và cho ý kiến phương án bố trí lại Bộ phận một cửa)",
    ),
    ("p", "Thời gian: từ 14h00 đến 15h35, ngày 09/01/2026 (thứ Sáu)."),
    ("p", "Địa điểm: Phòng họp số 2, trụ sở UBND phường An Khê."),
    ("p", "Chủ trì: đồng chí Mạc Thị Thanh Xuân – Bí thư chi bộ, Chánh Văn phòng HĐND và UBND phường."),
    ("p", "Người ghi biên bản: đồng chí Âu Dương Khánh – đảng viên."),
    (
        "p",
        "Dự họp: đồng chí Vương Đình Tuấn – Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường.",
    ),
    (
        "p",
        "Tổng số đảng viên: 16 (15 chính thức, 01 dự bị). Có mặt: 15 (14 chính thức, 01 dự bị). Vắng: 01 đồng chí "
        "chính thức (đ/c Cù Văn Hậu – đi học lớp Trung cấp lý luận chính trị, có lý do).",
    ),
    ("h", "1. Xét đề nghị công nhận đảng viên chính thức đối với đồng chí Yên Thị Ngọc Diệp"),
    (
        "p",
        "Đ/c Yên Thị Ngọc Diệp (kết nạp ngày 26/12/2024) đọc bản tự kiểm điểm trong thời gian dự bị. Đ/c Bí thư chi "
        "bộ thông qua bản nhận xét của đảng viên được phân công giúp đỡ và ý kiến nhận xét của Chi đoàn, Công đoàn cơ "
        "sở cơ quan.",
    ),
    ("p", "Ý kiến thảo luận:"),
    (
        "p",
        "- Đ/c Lục Minh Khôi: đ/c Diệp chấp hành tốt chủ trương, quy định của Đảng, hoàn thành xuất sắc nhiệm vụ văn "
        "thư – lưu trữ; đề nghị chi bộ xét công nhận đảng viên chính thức.",
    ),
    (
        "p",
        "- Đ/c Hầu Văn Phong: nhất trí; góp ý đ/c Diệp cần mạnh dạn hơn trong phát biểu ý kiến tại sinh hoạt chi bộ.",
    ),
    (
        "p",
        "Kết quả biểu quyết (14 đảng viên chính thức có mặt): 14/14 đồng chí tán thành (100%). Nghị quyết đề nghị "
        "Đảng ủy phường công nhận đồng chí Yên Thị Ngọc Diệp là đảng viên chính thức được thông qua.",
    ),
    ("h", "2. Cho ý kiến phương án bố trí lại Bộ phận tiếp nhận và trả kết quả (một cửa)"),
    (
        "p",
        "Đ/c Hầu Văn Phong – Phó Chánh Văn phòng trình bày phương án: gộp 3 quầy lĩnh vực đất đai thành 2 quầy, bổ "
        "sung 1 quầy hỗ trợ dịch vụ công trực tuyến, lắp máy lấy số thứ tự tự động.",
    ),
    ("p", "Ý kiến thảo luận:"),
    (
        "p",
        "- Đ/c Tiêu Thị Loan: người dân cao tuổi sẽ khó dùng máy lấy số tự động; đề nghị bố trí một công chức trực "
        "hướng dẫn vào giờ cao điểm.",
    ),
    ("p", "- Đ/c Khôi: đề nghị chuyển quầy tư pháp – hộ tịch lên gần cửa ra vào vì lượng hồ sơ lớn nhất."),
    (
        "p",
        "- Đ/c Vương Đình Tuấn: phương án phù hợp chủ trương chuyển đổi số; lưu ý niêm yết công khai thủ tục và "
        "thời gian giải quyết tại từng quầy.",
    ),
    (
        "p",
        "Biểu quyết phương án: 13 đồng chí tán thành, 01 đồng chí không tán thành, 01 đồng chí không biểu quyết. "
        "Phương án được thông qua, có tiếp thu ý kiến của đ/c Loan và đ/c Khôi.",
    ),
    ("h", "3. Phân công thực hiện"),
    (
        "p",
        "- Giao đồng chí Lục Minh Khôi hoàn thiện hồ sơ đề nghị công nhận đảng viên chính thức cho đ/c Yên Thị Ngọc "
        "Diệp, gửi Ban Xây dựng Đảng Đảng ủy phường trước ngày 16/01/2026.",
    ),
    (
        "p",
        "- Đ/c Hầu Văn Phong chịu trách nhiệm bố trí lại Bộ phận một cửa theo phương án đã thông qua, hoàn thành "
        "trong tháng 01/2026.",
    ),
    (
        "p",
        "- Đ/c Tiêu Thị Loan và đ/c Âu Dương Khánh soạn tài liệu hướng dẫn người dân sử dụng máy lấy số và dịch vụ "
        "công trực tuyến, trong thời hạn 10 ngày.",
    ),
    (
        "p",
        "Cuộc họp kết thúc lúc 15 giờ 35 phút cùng ngày. Biên bản đã được đọc lại, các đồng chí dự họp nhất trí với "
        "nội dung biên bản.",
    ),
    (
        "sig",
        [["NGƯỜI GHI BIÊN BẢN", "", "", "", "Âu Dương Khánh"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Mạc Thị Thanh Xuân"]],
    ),
]


# ------------------------------------------------------------------------------------------------ en .docx

EN_DOCX: dict[str, list[tuple[str, object]]] = {}

EN_DOCX["y-oakridge-water-board-2025-09"] = [
    ("center", "OAKRIDGE WATER DISTRICT"),
    ("title", "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS"),
    ("center", "Tuesday, September 16, 2025"),
    ("center", "District Office Board Room, 410 Quarry Road, Oakridge"),
    ("h", "1. CALL TO ORDER"),
    ("p", "President Lorraine Vasquez called the meeting to order at 6:32 p.m. and led the Pledge of Allegiance."),
    ("h", "2. ROLL CALL"),
    (
        "p",
        "Directors present: Lorraine Vasquez (President), Dennis Okafor (Vice President), Margaret Thornbury, Raymond "
        "Pell. Director absent: Hugh Castellano (excused).",
    ),
    (
        "p",
        "Staff present: Gina Alvarado, General Manager; Tom Whitcomb, District Engineer; Rachel Kim, Board Secretary.",
    ),
    ("h", "3. PUBLIC COMMENT"),
    (
        "p",
        "Walt Hadley, a resident of Birch Hollow Lane, asked when the water main replacement on his street would "
        "begin and whether driveways would be blocked. General Manager Alvarado said construction is expected to "
        "start in November and that residents would receive notice at least ten days in advance.",
    ),
    ("h", "4. CONSENT CALENDAR"),
    (
        "p",
        "a. Minutes of the August 19, 2025 regular meeting. b. Warrant list for August 2025 in the amount of "
        "$412,886.20.",
    ),
    (
        "p",
        "Moved by Director Thornbury, seconded by Director Okafor, to approve the Consent Calendar as presented. "
        "Motion carried 3-0.",
    ),
    ("p", "Director Pell arrived at 6:48 p.m."),
    ("h", "5. GENERAL MANAGER'S REPORT"),
    (
        "p",
        "Ms. Alvarado reported that the leak-detection survey of the east pressure zone, assigned at the July "
        "meeting, has been completed; 14 service-line leaks were found and repaired. Mr. Whitcomb reported that the "
        "SCADA radio upgrade is ongoing, with six of eleven sites converted. Well No. 3 produced 212 acre-feet in "
        "August.",
    ),
    ("h", "6. RESOLUTION NO. 2025-14 – WATER SHORTAGE CONTINGENCY PLAN UPDATE"),
    (
        "p",
        "Director Pell asked whether Stage 2 restrictions would apply to agricultural customers. Mr. Whitcomb said "
        "agricultural accounts would be limited to 85 percent of their three-year average use. Director Okafor noted "
        "that the update was required by the state before December 31. Pell suggested holding a public workshop "
        "before the plan takes effect.",
    ),
    (
        "p",
        "Moved by Director Okafor, seconded by Director Pell, to adopt Resolution No. 2025-14. The motion carried on "
        "the following roll call vote: Ayes: Okafor, Pell, Thornbury, Vasquez. Noes: None. Absent: Castellano.",
    ),
    ("h", "7. AWARD OF CONTRACT – BIRCH HOLLOW LANE WATER MAIN REPLACEMENT"),
    (
        "p",
        "Director Thornbury asked why the low bid was 18 percent below the engineer's estimate. Whitcomb replied that "
        "the contractor already has crews in the area and that references were checked.",
    ),
    (
        "p",
        "Moved by Director Pell, seconded by Director Thornbury, to award the contract to Sierra Pipeline, Inc. in "
        "the amount of $1,284,600. Ayes: Pell, Thornbury, Vasquez. Nays: Okafor. Absent: Castellano. Motion "
        "carried 3-1.",
    ),
    ("h", "8. RATE STUDY"),
    (
        "p",
        "It was agreed that Director Okafor and Director Thornbury would serve as an ad hoc committee with staff to "
        "review the consultant's draft rate study and report back by the next meeting.",
    ),
    ("h", "9. ACTION ITEMS"),
    (
        "table",
        [
            ["Action", "Owner", "Due"],
            ["Schedule a public workshop on the Water Shortage Contingency Plan", "G. Alvarado", "October 31, 2025"],
            ["Issue the notice to proceed to Sierra Pipeline, Inc.", "T. Whitcomb", "Within two weeks"],
            ["Send door-hanger notices to Birch Hollow Lane residents", "Board Secretary", "Before construction"],
        ],
    ),
    ("h", "10. ADJOURNMENT"),
    ("p", "There being no further business, President Vasquez adjourned the meeting at 8:10 p.m."),
    (
        "sig",
        [
            ["Respectfully submitted,", "", "____________________", "Rachel Kim", "Board Secretary"],
            ["Approved:", "", "____________________", "Lorraine Vasquez", "President"],
        ],
    ),
]

EN_DOCX["y-harrowgate-parish-council-2026-02"] = [
    ("title", "HARROWGATE PARISH COUNCIL"),
    (
        "center",
        "Minutes of the Parish Council Meeting held on Monday 9th February 2026 at 7.30pm in the Village Hall, "
        "Church Street, Harrowgate",
    ),
    (
        "p",
        "Present: Cllr Anita Patel (Chairman), Cllr Graham Hughes (Vice-Chairman), Cllr Susan Leckie, Cllr Owen "
        "Bradshaw, Cllr Fiona McRae, Cllr Derek Stott, Cllr Yasmin Farouk, Cllr Peter Lomax.",
    ),
    (
        "p",
        "In attendance: Mrs Hilary Dunn (Clerk and RFO); County Cllr Martin Keane; PCSO Lee Carver; four members of "
        "the public.",
    ),
    ("h", "26/13 Apologies for absence"),
    (
        "p",
        "Apologies were received and accepted from Cllr Rosalind Pye (family commitment) and Cllr Colin Ashworth "
        "(unwell). Cllr Barry Nuttall was absent.",
    ),
    ("h", "26/14 Declarations of interest"),
    (
        "p",
        "Cllr Bradshaw declared a pecuniary interest in item 26/20 as an allotment tenant and took no part in that "
        "item.",
    ),
    ("h", "26/15 Minutes"),
    (
        "p",
        "RESOLVED that the minutes of the meeting held on 12th January 2026 be approved as a correct record and "
        "signed by the Chairman. Moved by Cllr Hughes, seconded by Cllr Leckie; carried unanimously.",
    ),
    ("h", "26/16 Matters arising"),
    (
        "p",
        "Cllr Hughes reported that the replacement noticeboard outside the shop (minute 25/188) had been installed – "
        "completed. The review of the dog-bin emptying contract is ongoing (Clerk). Cllr Stott's action on the "
        "footpath 12 stile repair was carried forward.",
    ),
    ("h", "26/17 Public participation"),
    (
        "p",
        "Mr Alan Greaves of Mill Close raised concerns about heavy goods vehicles using Church Street as a cut-"
        "through to the industrial estate, particularly at school times.",
    ),
    ("p", "Cllr Peter Lomax arrived at 7.52pm."),
    ("h", "26/18 Police report"),
    (
        "p",
        "PCSO Carver reported three incidents in January: a shed break-in on Back Lane, a theft of diesel from a "
        "farm tank and one report of anti-social behaviour at the recreation ground. A speed-watch session is "
        "planned for March.",
    ),
    ("h", "26/19 Highways – Church Street HGVs"),
    (
        "p",
        "Cllr Patel asked whether the County Council had any plans for a weight restriction. County Cllr Keane said "
        "that Church Street was on the list for a review of 7.5-tonne limits but that a letter of support from the "
        "Parish Council would help. Cllr Farouk suggested that the letter should include the resident's photographs "
        "and the school's concerns. Cllr Leckie said the industrial estate tenants should also be asked to use the "
        "bypass.",
    ),
    (
        "p",
        "It was proposed by Cllr Farouk and seconded by Cllr Bradshaw that the Council write to the County Council "
        "requesting a 7.5-tonne weight restriction on Church Street. Carried 7-1. (Action: Clerk)",
    ),
    ("h", "26/20 Allotment lease"),
    ("p", "Cllr Bradshaw left the room for this item."),
    (
        "p",
        "Moved by Cllr Patel, seconded by Cllr Hughes, that the allotment lease with the Diocese be renewed for ten "
        "years at £1,150 per annum. 5 in favour, 1 against, 1 abstention. Carried.",
    ),
    ("p", "Cllr Bradshaw returned to the meeting."),
    ("h", "26/21 Finance"),
    ("p", "Cllr Derek Stott left the meeting at 8.45pm during item 26/21."),
    (
        "p",
        "a) RESOLVED to approve the payments list for February totalling £3,842.17. Proposed Cllr McRae, seconded "
        "Cllr Lomax; carried 7-0.",
    ),
    ("p", "b) Cllr Leckie undertook to check the bank reconciliation for quarter 3 before the next meeting."),
    ("h", "26/22 Play area inspection"),
    (
        "p",
        "The Clerk reported that the annual inspection had identified two medium-risk items: worn swing seats and a "
        "loose fence panel by the gate. Cllr Hughes agreed to obtain quotes for replacing the swing seats by 28 "
        "February. Cllr Lomax will contact the Village Hall committee about sharing the cost of the fence repair.",
    ),
    ("h", "26/23 Date of next meeting"),
    ("p", "Monday 9th March 2026 at 7.30pm in the Village Hall."),
    ("p", "The meeting closed at 9.14pm."),
    ("p", ""),
    ("p", "Signed ........................................ Chairman        Date ......................"),
]

EN_DOCX["y-st-columba-church-council-2025-11"] = [
    ("title", "ST COLUMBA'S UNITED REFORMED CHURCH, KELLINGTON"),
    ("center", "Church Council"),
    (
        "p",
        "Minutes of the Church Council meeting held in the Upper Room on Tuesday 18 November 2025, beginning at "
        "7.15pm with prayer.",
    ),
    ("p", "In the chair: Rev. Dr Morag Linton (Minister)"),
    ("p", "Minutes: Ewan Strachan (Church Secretary)"),
    (
        "p",
        "Elders present: Ailsa Ferguson, Bryony Hale, Kwame Asante, Lorna MacPhail, Neil Drummond, Ruth Okonkwo "
        "(Treasurer), Ewan Strachan.",
    ),
    ("p", "Apologies: Hamish Reid (in hospital), Joyce Whitlock."),
    ("p", "Also present: Daniel Yeo (Children and Families Worker) for the children and families item."),
    ("h", "Previous minutes"),
    ("p", "The minutes of the meeting of 21 October were approved and signed."),
    ("h", "Matters arising"),
    (
        "p",
        "Bryony Hale reported that the hearing loop in the sanctuary had been repaired and tested – completed. The "
        "review of the safeguarding policy (Lorna MacPhail) is ongoing; a draft will come to the January meeting. "
        "Kwame Asante has not yet submitted the request to Synod for a property grant, as the quotes were only "
        "received last week.",
    ),
    ("h", "Children and families work"),
    (
        "p",
        "Daniel Yeo presented his termly report. Messy Church now averages 38 people a month and the Tuesday toddler "
        "group has a waiting list. Ailsa Ferguson asked whether the four new volunteers had been through safer "
        "recruitment checks. Mr Yeo replied that all four had current DBS certificates and had completed the "
        "Synod's safeguarding course.",
    ),
    ("p", "Proposed: Neil Drummond      Seconded: Ruth Okonkwo"),
    (
        "p",
        "That the Council fund a second paid leader for the Tuesday toddler group at £18 per session until August "
        "2026. Agreed, with one abstention.",
    ),
    ("h", "Building: boiler replacement"),
    (
        "p",
        "Neil Drummond reported on three quotes to replace the hall boiler, which failed twice in October. Kwame "
        "Asante asked whether an air-source heat pump had been considered. Neil said the hall's poor insulation made "
        "a heat pump unsuitable without further work. Lorna MacPhail suggested applying to the Synod's green fund "
        "for an insulation survey so that the option could be revisited in future.",
    ),
    ("p", "Proposed: Kwame Asante      Seconded: Bryony Hale"),
    ("p", "That the quote from Glenview Heating (£14,260 plus VAT) be accepted. For 6, against 1, abstentions 0."),
    (
        "p",
        "It was agreed that Neil Drummond would instruct Glenview Heating and confirm an installation date by 5 "
        "December. Lorna MacPhail agreed to apply to the Synod green fund within two weeks.",
    ),
    ("h", "Finance"),
    (
        "p",
        "Ruth Okonkwo presented the accounts to 31 October: income £41,870 against expenditure of £44,315; giving "
        "is 6% below budget. A draft budget for 2026 was circulated.",
    ),
    ("p", "Proposed: Ruth Okonkwo      Seconded: Ailsa Ferguson"),
    ("p", "That the draft 2026 budget be presented to the Church Meeting in February. Agreed unanimously."),
    ("h", "Christmas services"),
    (
        "p",
        "Carol service Sunday 14 December at 6pm; Christmas Eve communion Wednesday 24 December at 11pm; Christmas "
        "Day family service at 10.30am. Bryony Hale and Ewan Strachan will organise the rota of welcomers and "
        "readers for all Christmas services by the end of the month.",
    ),
    ("h", "Any other business"),
    (
        "p",
        "Lorna MacPhail asked that the Council's thanks be recorded to the flower team for the Remembrance Sunday "
        "displays.",
    ),
    ("p", "Next meeting: Tuesday 20 January 2026 at 7.15pm."),
    (
        "p",
        "Before the meeting closed with the grace at 9.05pm, these minutes were read back and approved by the Council.",
    ),
    (
        "sig",
        [
            ["____________________", "Morag Linton", "Chair"],
            ["____________________", "Ewan Strachan", "Church Secretary"],
        ],
    ),
]

EN_DOCX["y-birchwood-elementary-pta-2025-10"] = [
    ("title", "Birchwood Elementary PTA"),
    ("center", "General Membership Meeting – Minutes"),
    ("center", "Tuesday, October 21, 2025 | School Library"),
    ("p", "Presiding: Jenna Morales, President"),
    ("p", "Recording Secretary: Tamika Brooks"),
    ("p", "Call to order: 7:04 p.m."),
    (
        "p",
        "Attendance: 23 members signed in. Board members present: Jenna Morales (President), Alicia Chen (VP "
        "Fundraising), Marcus Reed (Treasurer), Tamika Brooks (Recording Secretary), Priya Natarajan (VP Programs). "
        "Absent: Sean Gallagher (VP Membership) – excused. Also present: Principal Dr. Karen Whitfield; Mr. Luis "
        "Ortega, 4th-grade teacher representative.",
    ),
    ("h", "Approval of Minutes"),
    (
        "p",
        "Motion to approve the September 16 minutes as distributed (Reed/Chen). Approved without objection.",
    ),
    ("h", "Follow-up from September"),
    (
        "b",
        "Spirit-wear order (Alicia): delivered to classrooms on October 3 – done.",
    ),
    ("b", "Crosswalk volunteer sign-up (Sean): still in progress, 9 of 15 morning slots filled."),
    (
        "b",
        "Grant application to the Birchwood Community Foundation (Jenna): not submitted – the October 1 deadline was "
        "missed; will apply in the spring cycle.",
    ),
    ("h", "Treasurer's Report"),
    (
        "p",
        "Marcus Reed reported a checking balance of $18,342.57 and savings of $6,010.12. The annual financial review "
        "was completed with no exceptions. The report was filed for audit.",
    ),
    ("h", "Principal's Report"),
    (
        "p",
        "Dr. Whitfield reported that enrollment stands at 512 and that the new reading intervention program has "
        "started in grades 1–3. A parent, Rebecca Liu, asked whether the school would add a second recess for the "
        "upper grades. Dr. Whitfield said the district is reviewing the bell schedule for next year.",
    ),
    ("h", "Fall Festival (Friday, October 31)"),
    (
        "p",
        "Priya said that 12 volunteers have signed up so far and at least 20 are needed. Mr. Ortega suggested asking "
        "the middle school's Junior Honor Society students to run two of the game booths.",
    ),
    ("p", "Tasks assigned:"),
    ("b", "Alicia Chen – confirm the bounce-house rental and insurance certificate by October 24."),
    ("b", "Priya Natarajan and Luis Ortega – recruit 20 volunteers for the game booths by October 28."),
    ("b", "Marcus Reed – prepare four cash boxes with $300 in change each by October 30."),
    ("b", "Room parents – send sign-up reminders home in the Friday folders."),
    ("h", "Spring Fundraiser"),
    (
        "p",
        "Alicia moved to contract with Readathon Co. for a spring read-a-thon, with the company keeping 20% of "
        "proceeds; Marcus seconded. Discussion: member Harold Benson said a 20% cut was too high for a school "
        "fundraiser. Tamika Brooks noted that last year's direct-donation drive raised only $2,100. Vote: 14 in "
        "favor, 6 opposed, 3 abstaining. Motion passed.",
    ),
    ("h", "Budget Amendment"),
    (
        "p",
        "Motion (Natarajan/Reed) to move $1,500 from the hospitality line to teacher classroom grants. Carried "
        "unanimously.",
    ),
    ("h", "Announcements"),
    (
        "p",
        "Jenna will contact the district facilities office about the library's heating noise during evening "
        "meetings. Marcus agreed to file the IRS Form 990-N before November 15.",
    ),
    ("p", "Meeting adjourned at 8:27 p.m. Next meeting: Tuesday, November 18, 2025, 7:00 p.m., School Library."),
    ("p", ""),
    ("p", "Respectfully submitted,"),
    ("p", "Tamika Brooks, Recording Secretary"),
]


# ------------------------------------------------------------------------------------------------ typed PDF
# Lines starting with '# ' are centred headings, '' is a blank line.

PDF: dict[tuple[str, str], list[str]] = {}

PDF[("vi", "y-cb-thpt-tranphu-2025-11")] = [
    "ĐẢNG BỘ PHƯỜNG HÒA MINH",
    "CHI BỘ TRƯỜNG THPT TRẦN PHÚ",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11/2025",
    "# Thứ Bảy, ngày 15 tháng 11 năm 2025",
    "",
    "Thời gian bắt đầu: 14 giờ 00. Địa điểm: Phòng Hội đồng nhà trường.",
    "Chủ trì: đ/c Quan Thị Minh Nguyệt – Bí thư chi bộ, Hiệu trưởng.",
    "Thư ký: đ/c Ninh Văn Hùng – Chi ủy viên, Tổ trưởng Tổ Toán – Tin.",
    "Đảng viên: 21; có mặt: 19; vắng: 2 (có lý do: 2), cụ thể:",
    "- đ/c Lạc Thị Phương Thảo – dẫn đội tuyển học sinh giỏi dự thi cấp tỉnh;",
    "- đ/c Bế Văn Toản – ốm.",
    "Đ/c Mông Đức Anh (Phó Hiệu trưởng) đến muộn lúc 14h20 do họp tại Sở Giáo dục và Đào tạo.",
    "",
    "I. THÔNG TIN THỜI SỰ",
    "Đ/c Bí thư thông tin tình hình thời sự nổi bật trong tháng; phổ biến Hướng dẫn của Đảng ủy phường về kiểm "
    "điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025.",
    "",
    "II. KIỂM ĐIỂM VIỆC THỰC HIỆN NHIỆM VỤ THÁNG 10/2025",
    "- Đ/c Mông Đức Anh đã hoàn thành kế hoạch tổ chức kiểm tra giữa học kỳ I theo hình thức trắc nghiệm trên máy "
    "tính.",
    "- Việc sửa chữa hệ thống chiếu sáng 6 phòng học khu B (đ/c Ông Văn Trọng, Kế toán) đang triển khai, dự kiến "
    "xong cuối tháng 11.",
    "- Việc thành lập Câu lạc bộ STEM (đ/c Giáp Thị Hoa) chưa thực hiện do chưa bố trí được giáo viên hướng dẫn.",
    "",
    "III. NHIỆM VỤ THÁNG 11/2025",
    "1. Tổ chức chuỗi hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11. Đ/c Lò Thị Nga (Bí thư Đoàn trường) phụ "
    "trách, hoàn thành trước ngày 20/11.",
    "2. Đ/c Mông Đức Anh chịu trách nhiệm xây dựng và duyệt đề kiểm tra cuối học kỳ I các môn, xong trước ngày "
    "10/12/2025.",
    "3. Giao Tổ Toán – Tin phối hợp với đ/c Giáp Thị Hoa xây dựng kế hoạch thành lập Câu lạc bộ STEM, trình chi bộ "
    "trong tháng 12.",
    "4. Đảng viên là giáo viên chủ nhiệm tăng cường phối hợp với cha mẹ học sinh phòng, chống bạo lực học đường "
    "(thường xuyên).",
    "",
    "IV. THẢO LUẬN",
    "- Đ/c Đinh Quang Hưng: đề nghị nhà trường mời báo cáo viên Công an phường nói chuyện chuyên đề về an toàn "
    "giao thông và phòng chống ma túy cho học sinh khối 10.",
    "- Đ/c Mai Thị Kim Chi: lớp 11A4 có 3 học sinh nghỉ học nhiều ngày, đề nghị chi bộ chỉ đạo Đoàn trường phối "
    "hợp với giáo viên chủ nhiệm đến thăm gia đình.",
    "- Đ/c Hưng: bổ sung, nên đưa tiêu chí “không có học sinh vi phạm an toàn giao thông” vào thi đua của lớp.",
    "- Đ/c Mông Đức Anh: đồng ý với ý kiến của đ/c Chi; ban giám hiệu sẽ cử cán bộ đi cùng.",
    "",
    "V. BIỂU QUYẾT",
    "Chi bộ biểu quyết giơ tay thông qua Nghị quyết tháng 11/2025: 19/19 đồng chí có mặt tán thành, đạt 100%.",
    "",
    "Sinh hoạt chi bộ kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản được đọc lại trước chi bộ, không có ý kiến "
    "bổ sung.",
    "",
    "THƯ KÝ                                                                    CHỦ TRÌ",
    "(đã ký)                                                                     (đã ký)",
    "Ninh Văn Hùng                                                 Quan Thị Minh Nguyệt",
]

PDF[("vi", "y-cb-cty-vantai-sonhai-2026-03")] = [
    "ĐẢNG BỘ PHƯỜNG CẨM THÀNH – CHI BỘ CÔNG TY CP VẬN TẢI SƠN HẢI",
    "",
    "# BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026",
    "",
    "Hôm nay, thứ Năm ngày 12/3/2026, hồi 14 giờ, tại Phòng họp tầng 2 Công ty, Chi bộ Công ty CP Vận tải Sơn Hải "
    "họp thường kỳ tháng 3/2026.",
    "Chủ tọa: Đ/c Từ Quang Hải, Bí thư chi bộ, Giám đốc Công ty.",
    "Thư ký cuộc họp: Đ/c Khổng Thị Ngọc Mai, đảng viên, nhân viên Phòng Tổ chức – Hành chính.",
    "Đảng viên dự họp: Từ Quang Hải, Phùng Văn Định, Hà Minh Tuấn, Khổng Thị Ngọc Mai, Lê Thị Sáu, Nghiêm Xuân "
    "Trường, Vi Đức Thắng, Kiều Thị Oanh, Doãn Văn Lực, Thái Bá Hiển.",
    "Vắng mặt: Đ/c Trịnh Công Bằng (lái xe tuyến Bắc – Nam, có báo cáo); Đ/c Nông Văn Khiêm (không có lý do).",
    "Đ/c Vi Đức Thắng đến muộn lúc 14 giờ 25 phút; đ/c Doãn Văn Lực xin về trước lúc 15 giờ 30 phút để điều xe "
    "cứu hộ trên Quốc lộ 18.",
    "",
    "1. Báo cáo kết quả sản xuất kinh doanh và việc thực hiện nghị quyết tháng 2/2026",
    "Chi bộ nghe đ/c Phùng Văn Định, Phó Bí thư, Phó Giám đốc báo cáo: doanh thu tháng 2 đạt 8,6 tỷ đồng, bằng 94% "
    "kế hoạch; phục vụ an toàn vận chuyển hành khách dịp Tết Bính Ngọ. Các việc chi bộ giao tháng trước:",
    "- Đ/c Hà Minh Tuấn đã hoàn thành kiểm định 12 xe khách trước Tết.",
    "- Đ/c Lê Thị Sáu đang triển khai phần mềm quản lý vé điện tử, đã chạy thử trên 3 tuyến.",
    "- Việc ký hợp đồng bảo dưỡng với garage Minh Phát (đ/c Nghiêm Xuân Trường) chưa thực hiện do hai bên chưa "
    "thống nhất đơn giá.",
    "",
    "2. Thảo luận",
    "Đồng chí Nghiêm Xuân Trường phát biểu: garage Minh Phát đã giảm đơn giá 5%, đề nghị chi bộ cho phép ký hợp đồng "
    "ngay trong tháng 3 để kịp bảo dưỡng sau Tết.",
    "Đồng chí Kiều Thị Oanh phát biểu: quần chúng Lý Văn Phát (lái xe) có thành tích tốt, đủ điều kiện bồi dưỡng "
    "nhận thức về Đảng; đề nghị chi bộ phân công đảng viên giúp đỡ.",
    "Đồng chí Thái Bá Hiển phát biểu: mức tiêu hao nhiên liệu trên tuyến Sơn Hải – Hà Nội tăng bất thường, cần rà "
    "soát lại định mức.",
    "Đồng chí Trường phát biểu thêm: đề nghị khen thưởng tổ cứu hộ đã xử lý nhanh sự cố xe tại đèo Mười Sáu.",
    "",
    "3. Nhiệm vụ tháng 3/2026",
    "STT | Nội dung | Người phụ trách | Thời hạn",
    "1 | Ký hợp đồng bảo dưỡng định kỳ với garage Minh Phát | Đ/c Nghiêm Xuân Trường | 20/3/2026",
    "2 | Đưa phần mềm vé điện tử vào vận hành trên toàn bộ 9 tuyến | Đ/c Lê Thị Sáu, đ/c Hà Minh Tuấn | 31/3/2026",
    "3 | Tập huấn an toàn giao thông cho 46 lái xe | Công đoàn Công ty | Trong tháng 3",
    "4 | Bồi dưỡng, giúp đỡ quần chúng Lý Văn Phát, hoàn thiện hồ sơ giới thiệu đi học lớp nhận thức về Đảng | Đ/c "
    "Kiều Thị Oanh | Trước 30/4/2026",
    "Đồng chí Thái Bá Hiển chịu trách nhiệm rà soát định mức nhiên liệu của các xe tuyến Sơn Hải – Hà Nội, báo cáo "
    "Ban Giám đốc trong vòng hai tuần.",
    "",
    "4. Biểu quyết",
    "Chi bộ nhất trí 100% thông qua Nghị quyết tháng 3/2026.",
    "",
    "Cuộc họp kết thúc lúc 16 giờ 05 phút cùng ngày. Biên bản gồm 02 trang, lập thành 02 bản.",
    "",
    "CHỦ TỌA                                                                         THƯ KÝ",
    "Từ Quang Hải                                                         Khổng Thị Ngọc Mai",
]

PDF[("vi", "y-cb-daidoi9-tieudoan3-2025-12")] = [
    "ĐẢNG BỘ TIỂU ĐOÀN 3",
    "CHI BỘ ĐẠI ĐỘI 9",
    "",
    "# BIÊN BẢN",
    "# Sinh hoạt chi bộ thường kỳ tháng 12 năm 2025",
    "",
    "Thời gian: 19h00 ngày 20/12/2025 (thứ Bảy). Địa điểm: Hội trường Đại đội 9.",
    "Đồng chí Thượng úy Lương Văn Khởi – Chính trị viên, Bí thư chi bộ chủ trì.",
    "Đồng chí Thiếu úy Đào Văn Quyết – Chi ủy viên ghi biên bản.",
    "Dự sinh hoạt: đồng chí Thiếu tá Nông Quốc Việt – Phó Chính ủy Tiểu đoàn, Phó Bí thư Đảng ủy Tiểu đoàn.",
    "Tổng số đảng viên của chi bộ 9 đồng chí; có mặt 8 đồng chí; vắng 1 đồng chí (đ/c Trung sĩ Lầu A Chứ – đi học "
    "lớp tiểu đội trưởng tại Trung đoàn, có lý do).",
    "",
    "I. ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 11/2025",
    "Đồng chí Trung úy Hoàng Đức Thịnh – Phó Bí thư chi bộ, Đại đội trưởng báo cáo: đơn vị duy trì nghiêm chế độ "
    "trực sẵn sàng chiến đấu, không có quân nhân vi phạm kỷ luật; kiểm tra bắn súng AK bài 1 đạt 100%, khá giỏi "
    "64%. Các nhiệm vụ chi bộ giao tháng 11:",
    "- Tăng gia sản xuất (đ/c Thượng sĩ Bùi Văn Sỹ phụ trách): đã hoàn thành, thu hoạch 420 kg rau xanh, cải thiện "
    "bữa ăn cho bộ đội.",
    "- Sửa chữa mái nhà ăn đại đội (đ/c Hoàng Đức Thịnh): đang triển khai, đã thay xong 2/3 diện tích mái.",
    "- Củng cố phòng Hồ Chí Minh của đại đội (đ/c Đào Văn Quyết): chưa thực hiện, chờ cấp phát vật tư.",
    "",
    "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12/2025",
    "Chi bộ giao:",
    "- Đ/c Hoàng Đức Thịnh: chỉ đạo hoàn thành kiểm tra kết thúc năm huấn luyện 2025, xong trước 27/12/2025.",
    "- Đ/c Đào Văn Quyết và đ/c Bùi Văn Sỹ: hoàn thành củng cố phòng Hồ Chí Minh, trang trí khánh tiết chào mừng "
    "kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12, trước ngày 21/12/2025.",
    "- Chi ủy: hoàn thành kiểm điểm, đánh giá, xếp loại đảng viên năm 2025, báo cáo Đảng ủy Tiểu đoàn trước ngày "
    "31/12.",
    "- Đ/c Thượng sĩ Chu Minh Tâm: phụ trách công tác hậu cần, chuẩn bị Tết Dương lịch cho bộ đội, hoàn thành trong "
    "tháng 12.",
    "",
    "III. THẢO LUẬN",
    "Đồng chí Thượng sĩ Bùi Văn Sỹ phát biểu: vườn rau đang vào vụ đông, đề nghị bố trí thêm 2 chiến sĩ mỗi buổi "
    "chiều để kịp trồng su hào, bắp cải phục vụ Tết.",
    "Đồng chí Trung sĩ Vàng Văn Pao phát biểu: một số chiến sĩ mới còn nhớ nhà, đề nghị tổ chức giao lưu văn nghệ "
    "dịp 22/12.",
    "Đồng chí Thiếu tá Nông Quốc Việt phát biểu: biểu dương kết quả huấn luyện của đại đội; nhắc chi bộ chú ý quản "
    "lý tư tưởng bộ đội dịp cuối năm và duy trì nghiêm kỷ luật an toàn giao thông khi quân nhân ra ngoài doanh "
    "trại.",
    "Đồng chí Sỹ phát biểu lại: xin nhận nhiệm vụ dàn dựng tiết mục văn nghệ của đại đội cho buổi giao lưu.",
    "",
    "IV. BIỂU QUYẾT",
    "Chi bộ biểu quyết thông qua Nghị quyết tháng 12/2025: tán thành 8/8 = 100%.",
    "",
    "Sinh hoạt kết thúc lúc 21h10 cùng ngày. Biên bản đã được thông qua trước chi bộ, các đồng chí dự họp nhất trí.",
    "",
    "NGƯỜI GHI BIÊN BẢN                                                    T/M CHI BỘ",
    "                                                                                        BÍ THƯ",
    "",
    "Thiếu úy Đào Văn Quyết                                    Thượng úy Lương Văn Khởi",
]

PDF[("en", "y-riverbend-food-coop-board-2026-01")] = [
    "# Riverbend Community Food Co-op",
    "# Board of Directors – Regular Meeting Minutes",
    "January 27, 2026 · Co-op Community Room, 88 Mill Street",
    "",
    "Directors present: Jonah Pereira (JP, President), Kim Tran (KT, Vice-President), Hollis Abernathy (HA, "
    "Treasurer), Maya Goldfarb (MG, Secretary), Ravi Shankar (RS), Ines Duarte (ID), Carl Wendt (CW).",
    "Directors absent: Bethany Cole (BC) – excused.",
    "Staff: Lucy Okoye (LO, General Manager), Sam Whitaker (Finance Manager).",
    "Guests: three member-owners.",
    "Facilitator: Jonah Pereira. Minutes: Maya Goldfarb.",
    "",
    "Called to order 6:02 pm.",
    "",
    "1. Consent agenda",
    "December 16 minutes and the GM's monthly report. M/S JP/KT to approve the consent agenda. 6-0-0.",
    "RS arrived at 6:20 pm.",
    "",
    "2. Matters arising from the December action list",
    "HA – sales-tax filing review with the accountant: completed.",
    "CW – solar panel rebate application: ongoing, waiting on the utility's inspection.",
    "MG – member survey on store hours: carried forward to February.",
    "",
    "3. Finance report",
    "HA presented the Q4 results: sales of $1.42M, up 4.1% on Q4 2024; labor at 19.8% of sales. RS asked why the "
    "margin on bulk foods had dropped. Sam Whitaker said that supplier prices for nuts and dried fruit rose 12% in "
    "November and shelf prices were held until January. ID noted that shrink in produce was also above target.",
    "",
    "4. Patronage dividend for FY2025",
    "Motion: to declare a patronage dividend of $48,000, with 40% paid to member-owners in cash and 60% retained as "
    "equity. M/S HA/ID. Discussion: CW spoke against, preferring to retain the full amount for the refrigeration "
    "upgrade. KT said the dividend is the most visible member benefit and should not be skipped two years running. "
    "Vote 5-1-1. Motion carried.",
    "",
    "5. Refrigeration upgrade",
    "LO presented two bids for replacing the walk-in cooler and the dairy case ($182,000 and $204,500). CW asked "
    "whether the utility's efficiency rebate would apply to both. LO said only the walk-in qualifies. It was agreed "
    "that LO would bring a financing proposal to the February 24 meeting.",
    "",
    "6. Board elections",
    "Three seats are up in April. ID left at 7:55 pm during item 6. The board discussed recruiting candidates from "
    "the member-owner volunteer list.",
    "",
    "Action items",
    "- JP: send a thank-you letter to outgoing director Bethany Cole – by Jan 31",
    "- MG: publish the call for board nominations in the February newsletter – by Feb 6",
    "- KT and RS: draft the 2026 election timeline – by Feb 10",
    "- Finance Committee: review the reserve policy – next meeting",
    "",
    "Adjourned 8:14 pm. Next meeting: Tuesday, February 24, 2026, 6:00 pm.",
    "",
    "Submitted by:",
    "Maya Goldfarb, Secretary",
]

PDF[("en", "y-uhw-local-2291-membership-2025-07")] = [
    "# MINUTES OF THE REGULAR MEMBERSHIP MEETING",
    "# UNITED HOSPITAL WORKERS, LOCAL 2291",
    "",
    "Date: Thursday, July 24, 2025        Place: Union Hall, 1420 Kessler Avenue",
    "",
    "The meeting was called to order at 7:03 pm by President Denise Harwell. Recording Secretary Anthony Bui took the "
    "minutes.",
    "",
    "ROLL CALL OF OFFICERS: President Denise Harwell – present; Vice-President Marco Ruiz – present; "
    "Secretary-Treasurer Gloria Fenton – present; Recording Secretary Anthony Bui – present; Trustee Keisha Lomax – "
    "excused (on vacation); Trustee Paul Nguyen – present; Sergeant-at-Arms Terrell Banks – present.",
    "A quorum was declared: 26 members were present, including the officers listed above.",
    "Also present: Rosa Delgado, International Representative.",
    "",
    "1. READING OF THE MINUTES",
    "The minutes of the June 26 meeting were read by the Recording Secretary. Motion to accept by Brother Hector "
    "Salinas, seconded by Sister Janet O'Rourke. Carried.",
    "",
    "2. TREASURER'S REPORT",
    "Secretary-Treasurer Fenton reported a general-fund balance of $213,450 and a strike-fund balance of $1,086,200 "
    "as of June 30. Motion to accept the report by Trustee Nguyen, seconded by Brother Banks. Carried unanimously.",
    "",
    "3. UNFINISHED BUSINESS",
    "The grievance over mandatory overtime at St. Vincent East, assigned to Chief Steward Lena Park in May, is "
    "ongoing; the arbitration hearing is set for September 9. The staff parking-fee complaint handled by "
    "Vice-President Ruiz was resolved with a refund to 41 members – completed.",
    "",
    "4. CONTRACT CAMPAIGN",
    "Rosa Delgado reported on the bargaining timeline with Kessler Health System; the current agreement expires on "
    "September 30. Questions from the floor:",
    "Sister Maria Kowalczyk: Will the strike fund cover health insurance if we go out?",
    "Delgado: The International covers COBRA premiums from the second week of a strike.",
    "Brother Dwayne Foster: What is management's wage offer right now?",
    "Harwell: Two and a half percent a year for three years. The bargaining committee rejected it.",
    "Kowalczyk: Then we need a strike authorization vote before the September session.",
    "Motion by Brother Foster, seconded by Sister Kowalczyk, to authorize the bargaining committee to hold a strike "
    "authorization vote at the August 28 membership meeting. Ayes 24, nays 1, abstentions 1. Motion carried.",
    "The Recording Secretary will mail notice of the strike authorization vote to all members within ten days. "
    "Chief Steward Lena Park undertook to circulate the overtime grievance timeline to all stewards by August 1.",
    "",
    "5. DONATIONS",
    "Motion to donate $500 to the Kessler Avenue Food Pantry. M/S O'Rourke/Salinas. Carried unanimously. It was "
    "agreed that Gloria Fenton would issue the check by the end of the month.",
    "",
    "6. NEW BUSINESS",
    "Vice-President Ruiz left at 8:45 pm during item 6 (called in to work). Members discussed a summer picnic; the "
    "Executive Board will set a date.",
    "",
    "7. GOOD AND WELFARE",
    "Sister Janet O'Rourke asked members to sign the get-well card for Brother Luis Ortiz, who is recovering from "
    "surgery.",
    "",
    "There being no further business, the meeting adjourned at 9:06 pm.",
    "",
    "Fraternally submitted,",
    "",
    "Anthony Bui",
    "Recording Secretary",
]

PDF[("en", "y-lakeview-library-friends-special-2025-08")] = [
    "# FRIENDS OF THE LAKEVIEW PUBLIC LIBRARY, INC.",
    "# Minutes of a Special Meeting of the Board of Directors",
    "Wednesday, August 13, 2025 – Lakeview Public Library, Meeting Room B",
    "",
    "Board members present: Eleanor Sutcliffe (President), Franklin Oduya (Treasurer), Grace Kimura (Secretary), "
    "Howard Pinsky, Irene Calloway.",
    "Absent: Julian Marsh; Beatrice Lund (with notice).",
    "In attendance: Library Director Nadia Farouk; Branch Manager Colin Ames.",
    "",
    "Eleanor Sutcliffe presided and called the meeting to order at 4:05 p.m. The meeting was called by the President "
    "under Article V, Section 3 of the bylaws to consider the lease offer for the Book Barn and the fall book sale "
    "budget.",
    "",
    "1. Book Barn lease",
    "Ms. Farouk presented the landlord's offer: a three-year lease of the Book Barn storefront at $1,450 per month, "
    "up from $1,200, with the current lease expiring on September 30. The shop is staffed entirely by volunteers "
    "and is open four days a week. Howard Pinsky asked whether the Friends could afford the increase if book-sale "
    "income fell. "
    "Franklin Oduya said the shop cleared $31,000 last year and the increase would cost $3,000 a year. Irene "
    "Calloway raised the leaking roof over the back room, which the landlord has not fixed. Pinsky suggested making "
    "the lease conditional on a roof inspection.",
    "On a motion by Franklin Oduya, seconded by Irene Calloway, to accept the three-year lease for the Book Barn at "
    "$1,450 per month, contingent on a satisfactory roof inspection. Motion approved 3-0-2.",
    "It was agreed that Eleanor Sutcliffe would sign the lease once the inspection report is received. Colin Ames "
    "will arrange the roof inspection within two weeks.",
    "",
    "2. Fall book sale budget",
    "Treasurer Oduya presented a proposed budget of $2,800 for the October book sale, including tent rental "
    "($950), radio and newspaper advertising ($600), cashier supplies and volunteer refreshments; last year's "
    "sale netted $7,420 on a budget of $2,100. Grace Kimura asked whether the tent was needed if the sale moved "
    "indoors. Mr. Ames replied that "
    "the community room is booked that weekend. Ms. Farouk noted that the Library's own budget cannot cover "
    "advertising this year.",
    "Moved by Grace Kimura, seconded by Howard Pinsky, to approve a fall book sale budget of $2,800. Motion failed "
    "2-3.",
    "Moved by Irene Calloway, seconded by Franklin Oduya, to approve a fall book sale budget of $2,200, without the "
    "radio advertising. Carried 5-0.",
    "ACTION: Franklin Oduya to transfer $2,200 from reserves to the operating account by August 20.",
    "",
    "The meeting adjourned at 5:12 p.m.",
    "",
    "Minutes recorded by Grace Kimura, Secretary",
]


def main() -> None:
    held_out.write_set(HERE, AUTHOR, PDF_BASE, {"vi": VI_DOCX, "en": EN_DOCX}, PDF)


if __name__ == "__main__":
    main()
