"""Write the sixteen `x-*` documents of tests/corpus/{vi,en}/, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_extra`. The writers are the ones of
`tests/support/held_out.py` (fixed .docx zip entries and core properties, fixed PDF identifier and creation date),
so a second run writes byte-identical files. The .txt / .md documents are written from the strings below, as typed.

These documents were written for the corpus to give variety in how secretaries write the hardest fields
(assignments, votes, speakers, attendance). Every body, person and place in them is invented. Each document has a
hand-written `<id>.expected.json` beside it; this script never touches those.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import held_out

HERE = Path(__file__).resolve().parent
AUTHOR = "corpus-extra"
PDF_BASE = 0x58C0_0000  # PDF identifiers of this set: PDF_BASE + n

# A .docx document is a list of (kind, payload): see `tests.support.held_out.write_docx`.


# ------------------------------------------------------------------------------------------------ vi .docx

VI_DOCX: dict[str, list[tuple[str, object]]] = {}

VI_DOCX["x-cb-coquan-phuocson-2025-07"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ XÃ PHƯỚC SƠN", "CHI BỘ CƠ QUAN", "*"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phước Sơn, ngày 03 tháng 7 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7 NĂM 2025"),
    (
        "p",
        "Hôm nay, vào lúc 14 giờ 00 phút, thứ Năm, ngày 03/7/2025, tại Hội trường UBND xã Phước Sơn, Chi bộ Cơ "
        "quan tổ chức sinh hoạt thường kỳ tháng 7 năm 2025.",
    ),
    ("h", "I. THÀNH PHẦN"),
    ("p", "- Chủ trì: đồng chí Trần Quốc Hưng – Bí thư chi bộ."),
    ("p", "- Thư ký: đồng chí Phan Thị Ngọc Ánh."),
    ("p", "- Đại biểu dự: đồng chí Hồ Sĩ Nguyên – Ủy viên Ban Thường vụ Đảng ủy xã, phụ trách chi bộ."),
    (
        "p",
        "- Tổng số đảng viên của chi bộ: 14 đồng chí (13 chính thức, 01 dự bị). Có mặt: 12 đồng chí; vắng: 02 "
        "đồng chí (01 có lý do, 01 không có lý do). Tình hình dự họp cụ thể như sau:",
    ),
    (
        "table",
        [
            ["STT", "Họ và tên", "Chức vụ", "Có mặt", "Ghi chú"],
            ["1", "Trần Quốc Hưng", "Bí thư chi bộ, Chủ tịch UBND xã", "✓", ""],
            ["2", "Lê Thị Mai Phương", "Phó Bí thư chi bộ", "✓", ""],
            ["3", "Nguyễn Văn Tài", "Chi ủy viên, Phó Chủ tịch UBND xã", "✓", "Đến muộn, có mặt lúc 14 giờ 20"],
            ["4", "Đỗ Minh Khang", "Công chức Địa chính - Xây dựng", "✓", ""],
            ["5", "Phan Thị Ngọc Ánh", "Công chức Văn phòng - Thống kê", "✓", ""],
            ["6", "Võ Đình Lâm", "Chỉ huy trưởng Ban CHQS xã", "x", "Vắng có lý do (tập huấn tại tỉnh)"],
            ["7", "Huỳnh Thị Kim Yến", "Công chức Tư pháp - Hộ tịch", "✓", ""],
            ["8", "Bùi Văn Toàn", "Công chức Tài chính - Kế toán", "✓", "Xin về sớm lúc 15 giờ 50 (con ốm)"],
            ["9", "Lương Thị Hạnh", "Công chức Văn hóa - Xã hội", "✓", ""],
            ["10", "Mai Xuân Đức", "Trưởng Công an xã", "✓", ""],
            ["11", "Châu Văn Sĩ", "Chuyên viên Văn phòng Đảng ủy", "x", "Vắng không lý do"],
            ["12", "Tạ Thị Thu Sương", "Chủ tịch Hội LHPN xã", "✓", ""],
            ["13", "Kha Minh Nhựt", "Bí thư Đoàn xã", "✓", ""],
            ["14", "Đinh Thị Bảo Trâm", "Công chức Địa chính (đảng viên dự bị)", "✓", ""],
        ],
    ),
    ("h", "II. NỘI DUNG"),
    ("h", "1. Thông tin thời sự, quán triệt văn bản cấp trên"),
    (
        "p",
        "Đồng chí Trần Quốc Hưng thông tin tình hình thời sự nổi bật trong tháng; quán triệt Kế hoạch của Đảng ủy "
        "xã về tổ chức các hoạt động kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9; triển khai văn bản của "
        "cấp trên về vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025.",
    ),
    ("h", "2. Đánh giá kết quả thực hiện nhiệm vụ tháng 6/2025"),
    (
        "p",
        "Đồng chí Lê Thị Mai Phương, Phó Bí thư chi bộ, báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng 6/2025. "
        "Chi bộ đã lãnh đạo cơ quan hoàn thành tốt các nhiệm vụ chính trị; thu ngân sách 6 tháng đầu năm đạt 61% "
        "dự toán. Kết quả các việc chi bộ giao kỳ trước:",
    ),
    (
        "p",
        "+ Đồng chí Đỗ Minh Khang rà soát hồ sơ đất đai tồn đọng: đã hoàn thành, chuyển 27 hồ sơ lên cấp trên "
        "giải quyết.",
    ),
    ("p", "+ Đồng chí Kha Minh Nhựt tổ chức ra quân Chiến dịch Thanh niên tình nguyện hè: đã thực hiện ngày 15/6."),
    ("p", "+ Đồng chí Bùi Văn Toàn đôn đốc thu thuế sử dụng đất phi nông nghiệp: đạt 78% kế hoạch, đang tiếp tục thu."),
    (
        "p",
        "+ Đồng chí Mai Xuân Đức đề xuất lắp camera an ninh tại ngã ba chợ Phước Sơn: chưa thực hiện do chưa bố "
        "trí được kinh phí.",
    ),
    ("p", "Ý kiến thảo luận:"),
    (
        "p",
        "- Đ/c Nguyễn Văn Tài (Chi ủy viên): Việc thu thuế chậm chủ yếu do một số hộ đi làm ăn xa; đề nghị gửi "
        "thông báo qua nhóm Zalo của các thôn và nhờ trưởng thôn nhắc trực tiếp.",
    ),
    (
        "p",
        "- Đ/c Mai Xuân Đức: Camera ở ngã ba chợ là rất cần thiết, tháng qua khu vực này xảy ra 2 vụ trộm xe máy. "
        "Đề nghị vận động các hộ kinh doanh ở chợ cùng đóng góp kinh phí lắp đặt.",
    ),
    (
        "p",
        "- Đ/c Huỳnh Thị Kim Yến: Bộ phận một cửa từ ngày 01/7 tiếp nhận nhiều hồ sơ hơn trước, đề nghị bố trí "
        "thêm một máy tính và người hỗ trợ người dân nộp hồ sơ trực tuyến.",
    ),
    (
        "p",
        "- Đ/c Nguyễn Văn Tài: Thống nhất với ý kiến đ/c Yến; Đoàn xã có thể cử đoàn viên tình nguyện hỗ trợ vào "
        "các buổi sáng.",
    ),
    (
        "p",
        "- Đ/c Hồ Sĩ Nguyên (Đảng ủy xã): Ghi nhận kết quả của chi bộ; đề nghị chi bộ nâng cao chất lượng sinh "
        "hoạt, giữ nghiêm kỷ luật dự họp, không để xảy ra tình trạng vắng không lý do như kỳ này.",
    ),
    ("h", "3. Nhiệm vụ tháng 7/2025"),
    ("p", "Chi bộ thống nhất các nhiệm vụ trọng tâm tháng 7/2025 và phân công như sau:"),
    (
        "table",
        [
            ["TT", "Nội dung công việc", "Đ/c thực hiện", "Hạn hoàn thành"],
            ["1", "Hoàn thành thu thuế sử dụng đất phi nông nghiệp năm 2025", "Bùi Văn Toàn", "31/7/2025"],
            [
                "2",
                "Vận động hộ kinh doanh đóng góp, lắp đặt 02 camera an ninh tại ngã ba chợ Phước Sơn",
                "Mai Xuân Đức, Nguyễn Văn Tài",
                "Trong quý III",
            ],
            [
                "3",
                "Hoàn thiện hồ sơ đề nghị kết nạp đảng cho quần chúng Phạm Thị Diễm",
                "Lê Thị Mai Phương",
                "Trước 20/7",
            ],
            [
                "4",
                "Bố trí đoàn viên tình nguyện hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa",
                "Đoàn xã",
                "Thường xuyên",
            ],
            ["5", "Chuẩn bị nội dung sinh hoạt chuyên đề quý III", "Chi ủy", "Tháng 8/2025"],
        ],
    ),
    (
        "p",
        "Biểu quyết thông qua Nghị quyết tháng 7/2025: 11/11 đồng chí có mặt tại thời điểm biểu quyết tán thành "
        "(100%). Nghị quyết được thông qua.",
    ),
    (
        "p",
        "Buổi sinh hoạt kết thúc lúc 16 giờ 45 phút cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và được "
        "nhất trí thông qua.",
    ),
    ("sig", [["THƯ KÝ", "", "", "", "Phan Thị Ngọc Ánh"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Trần Quốc Hưng"]]),
]

VI_DOCX["x-cb-tdp7-khanhan-2025-06-chuyende"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ PHƯỜNG KHÁNH AN", "CHI BỘ TỔ DÂN PHỐ 7"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khánh An, ngày 12 tháng 6 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN SINH HOẠT CHI BỘ CHUYÊN ĐỀ"),
    ("center", "Chuyên đề: Phòng cháy, chữa cháy trong khu dân cư và nhà ở kết hợp kinh doanh"),
    (
        "p",
        "Vào lúc 19 giờ 30 phút, thứ Năm, ngày 12 tháng 6 năm 2025, tại Nhà sinh hoạt cộng đồng Tổ dân phố 7, Chi "
        "bộ Tổ dân phố 7 tổ chức sinh hoạt chuyên đề quý II năm 2025.",
    ),
    (
        "p",
        "Đồng chí Lâm Thị Hồng Nhung, Bí thư chi bộ, chủ trì buổi sinh hoạt; đồng chí Trịnh Văn Khôi được chi bộ cử "
        "làm thư ký ghi biên bản.",
    ),
    (
        "p",
        "Tổng số đảng viên của chi bộ là 19 đồng chí, trong đó có 04 đồng chí được miễn sinh hoạt. Có mặt 12/15 "
        "đồng chí phải dự sinh hoạt. Vắng 03 đồng chí: đồng chí Phùng Văn Bảy (ốm, đang nằm viện, có báo cáo), "
        "đồng chí Lý Thị Sen (đi thăm con ở nước ngoài, có đơn xin phép), đồng chí Hầu Minh Trí (vắng không lý "
        "do). Đồng chí Từ Văn Lộc đến lúc 19 giờ 50 do đi làm về muộn.",
    ),
    (
        "p",
        "Khách mời: đồng chí Quách Minh Tâm – Phó Bí thư Đảng ủy phường; ông Diệp Văn Hùng – Tổ trưởng Tổ dân phố "
        "7; Thượng úy Ninh Quốc Bảo – cán bộ Công an phường, báo cáo viên chuyên đề.",
    ),
    ("h", "1. Báo cáo chuyên đề về phòng cháy, chữa cháy trong khu dân cư"),
    (
        "p",
        "Thượng úy Ninh Quốc Bảo trình bày chuyên đề, nêu tình hình cháy nổ trên địa bàn phường 5 tháng đầu năm "
        "2025 (xảy ra 04 vụ cháy, trong đó 03 vụ tại nhà ở kết hợp kinh doanh), nguyên nhân chủ yếu do chập điện, "
        "sạc xe điện qua đêm và lối thoát nạn bị khóa kín; hướng dẫn các giải pháp phòng ngừa và kỹ năng thoát "
        "nạn.",
    ),
    ("p", "Ý kiến thảo luận:"),
    (
        "p",
        "Ý kiến đồng chí Trịnh Văn Khôi: Trong tổ có 23 hộ vừa ở vừa kinh doanh, phần lớn làm lồng sắt, khóa kín "
        "ban đêm. Đề nghị vận động mỗi hộ làm lối thoát nạn thứ hai và trang bị bình chữa cháy.",
    ),
    (
        "p",
        "Ý kiến đồng chí Mạc Thị Loan: Nhiều gia đình sạc xe đạp điện trong nhà qua đêm. Đề nghị tổ dân phố bố trí "
        "điểm sạc chung ở khu đất trống cạnh nhà sinh hoạt cộng đồng.",
    ),
    (
        "p",
        "Ý kiến đồng chí Từ Văn Lộc: Hẻm 14 quá hẹp, xe chữa cháy không vào được; cần lắp trụ nước chữa cháy ở đầu "
        "hẻm.",
    ),
    (
        "p",
        "Thượng úy Ninh Quốc Bảo giải đáp: Việc lắp trụ nước chữa cháy đầu hẻm 14, Công an phường sẽ kiến nghị "
        "Công ty cấp nước; trước mắt các hộ trong hẻm cần có bình chữa cháy và thang dây.",
    ),
    (
        "p",
        "Ý kiến đồng chí Quách Minh Tâm (Phó Bí thư Đảng ủy phường): Đánh giá cao chi bộ chọn chuyên đề sát thực "
        "tế; Đảng ủy phường sẽ hỗ trợ kinh phí mua 10 bình chữa cháy cho các hộ khó khăn. Đề nghị đưa nội dung "
        "phòng cháy vào quy ước của tổ dân phố.",
    ),
    (
        "p",
        "Ý kiến đồng chí Mạc Thị Loan (bổ sung): Đề nghị ưu tiên 10 bình chữa cháy được hỗ trợ cho các hộ có người "
        "già sống một mình.",
    ),
    ("h", "2. Kết luận và phân công thực hiện"),
    (
        "p",
        "Chi bộ thống nhất kết luận: mỗi đảng viên gương mẫu thực hiện và vận động gia đình, hàng xóm thực hiện "
        "các biện pháp phòng cháy, chữa cháy; phân công cụ thể như sau.",
    ),
    (
        "p",
        "Giao cho đồng chí Từ Văn Lộc và đồng chí Mạc Thị Loan phối hợp với Tổ trưởng tổ dân phố rà soát các hộ "
        "kinh doanh có nguy cơ cháy nổ cao, lập danh sách gửi Công an phường, xong trước 30/6.",
    ),
    (
        "p",
        "Đồng chí Trịnh Văn Khôi chịu trách nhiệm vận động mỗi hộ kinh doanh trang bị ít nhất 01 bình chữa cháy, "
        "báo cáo kết quả tại kỳ sinh hoạt tháng 8.",
    ),
    ("p", "Chi đoàn Tổ dân phố 7 tổ chức tuyên truyền kỹ năng thoát nạn cho thiếu nhi trong dịp hè."),
    (
        "p",
        "Đồng chí Bí thư chi bộ làm việc với Tổ trưởng tổ dân phố để đưa nội dung phòng cháy, chữa cháy vào quy "
        "ước của tổ, hoàn thành trong tháng 7/2025.",
    ),
    (
        "p",
        "Chi bộ biểu quyết nghị quyết chuyên đề. Kết quả: tán thành: 11; không tán thành: 1; không biểu quyết: 0. "
        "Đồng chí không tán thành đề nghị chờ có kinh phí hỗ trợ rồi mới triển khai. Nghị quyết chuyên đề được "
        "thông qua.",
    ),
    (
        "p",
        "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được thông qua trước chi bộ, các đồng chí "
        "dự họp nhất trí với nội dung biên bản.",
    ),
    ("sig", [["CHỦ TRÌ", "", "", "Lâm Thị Hồng Nhung"], ["THƯ KÝ", "", "", "Trịnh Văn Khôi"]]),
]

VI_DOCX["x-cb-pxmay2-hungthinh-2025-09"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ CÔNG TY CỔ PHẦN MAY HƯNG THỊNH", "CHI BỘ PHÂN XƯỞNG MAY 2"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hòa, ngày 05 tháng 9 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("center", "Sinh hoạt chi bộ thường kỳ tháng 9/2025 kết hợp sinh hoạt chuyên đề"),
    ("center", "“Nâng cao tác phong công nghiệp, thực hành tiết kiệm trong sản xuất”"),
    ("p", "Thời gian: Từ 16h30 đến 18h40, thứ Sáu, ngày 05/9/2025."),
    ("p", "Địa điểm: Phòng họp tầng 2, nhà điều hành Phân xưởng May 2."),
    (
        "p",
        "Đ/c Hà Văn Quyết – Bí thư chi bộ, Quản đốc phân xưởng – điều hành buổi sinh hoạt. Thư ký: đ/c Nông Thị Thảo.",
    ),
    (
        "p",
        "Đảng viên: tổng số 16 đồng chí (chính thức 14, dự bị 02). Có mặt 15 đồng chí. Vắng có lý do 01 đồng chí: "
        "đ/c Cù Thị Hằng (nghỉ thai sản).",
    ),
    (
        "p",
        "Đ/c Vi Văn Đạt (tổ trưởng tổ cắt, bàn giao ca muộn) có mặt lúc 16h55. Đ/c Sầm Thị Lan xin về lúc 17h40 "
        "để đón con.",
    ),
    (
        "p",
        "Khách mời: đ/c Tống Đức Minh – Phó Bí thư Đảng ủy Công ty, dự và chỉ đạo; bà Giáp Thị Nhàn – Chủ tịch "
        "Công đoàn bộ phận Phân xưởng May 2.",
    ),
    ("h", "PHẦN I. SINH HOẠT THƯỜNG KỲ"),
    ("h", "1. Kết quả thực hiện nhiệm vụ tháng 8/2025"),
    (
        "p",
        "Đ/c Hà Văn Quyết báo cáo: phân xưởng hoàn thành 104% kế hoạch sản lượng tháng 8, tỷ lệ hàng lỗi giảm còn "
        "1,8%; không xảy ra tai nạn lao động. Kết quả các việc được giao:",
    ),
    ("b", "Đ/c Lục Văn Hậu sửa chữa hệ thống quạt hút bụi khu cắt: đã xong ngày 20/8."),
    ("b", "Đ/c Nông Thị Thảo rà soát định mức tiêu hao vải: đang thực hiện, đã xong 3/5 mã hàng."),
    ("b", "Đ/c Đàm Quang Vũ tổ chức huấn luyện an toàn, vệ sinh lao động cho công nhân mới: đã hoàn thành."),
    ("h", "2. Nhiệm vụ tháng 9/2025"),
    ("p", "Chi ủy phân công:"),
    ("b", "Đ/c Lục Văn Hậu: lắp bổ sung 06 bộ đèn chiếu sáng khu là, xong trước 15/9."),
    (
        "b",
        "Đ/c Nông Thị Thảo và đ/c Vi Văn Đạt: hoàn thành rà soát định mức tiêu hao vải cho 2 mã hàng còn lại, báo "
        "cáo Giám đốc trong tháng 9.",
    ),
    ("b", "Chi đoàn phân xưởng: tổ chức Hội thi thợ giỏi cấp phân xưởng trong quý IV."),
    (
        "b",
        "Đ/c Đàm Quang Vũ chịu trách nhiệm theo dõi việc chấp hành nội quy an toàn lao động của các tổ may, tuần "
        "sau báo cáo chi ủy.",
    ),
    ("h", "PHẦN II. SINH HOẠT CHUYÊN ĐỀ: NÂNG CAO TÁC PHONG CÔNG NGHIỆP, THỰC HÀNH TIẾT KIỆM TRONG SẢN XUẤT"),
    (
        "p",
        "Đ/c Đàm Quang Vũ, Chi ủy viên, trình bày chuyên đề, nêu rõ tình trạng đi muộn, rời vị trí làm việc, lãng "
        "phí điện và vải vụn ở một số tổ; đề ra 4 nhóm giải pháp.",
    ),
    ("p", "Thảo luận:"),
    (
        "p",
        "Đ/c Sầm Thị Lan nêu: tổ 3 vẫn còn tình trạng bật đèn, quạt khi nghỉ trưa; đề nghị giao tổ trưởng kiểm tra "
        "trước giờ nghỉ.",
    ),
    (
        "p",
        "Đ/c Vi Văn Đạt đề nghị tận dụng vải vụn khổ lớn để may túi vải, vừa tiết kiệm vừa có thêm quỹ cho công đoàn.",
    ),
    ("p", "Đ/c Lục Văn Hậu hỏi việc chấm điểm thi đua sẽ trừ điểm đi muộn theo tổ hay theo cá nhân."),
    (
        "p",
        "Đ/c Đàm Quang Vũ trả lời: trừ theo cá nhân; tổ nào có trên 3 lượt đi muộn trong tháng thì không xét tổ "
        "xuất sắc.",
    ),
    (
        "p",
        "Đ/c Tống Đức Minh phát biểu: Đảng ủy Công ty ghi nhận cách làm của chi bộ; đề nghị mỗi đảng viên đăng ký "
        "một việc làm cụ thể về tiết kiệm và nêu gương đi làm đúng giờ.",
    ),
    ("p", "Kết quả biểu quyết (tại thời điểm biểu quyết có 14 đồng chí):"),
    (
        "table",
        [
            ["Nội dung", "Tán thành", "Không tán thành", "Không biểu quyết"],
            ["Nghị quyết tháng 9/2025", "14", "0", "0"],
            ["Nghị quyết chuyên đề", "13", "1", "0"],
        ],
    ),
    ("p", "Cả hai nghị quyết được thông qua."),
    ("p", "Buổi sinh hoạt kết thúc lúc 18h40 cùng ngày. Biên bản đã đọc cho chi bộ nghe, không có ý kiến khác."),
    ("sig", [["THƯ KÝ", "", "", "", "Nông Thị Thảo"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Hà Văn Quyết"]]),
]

# ------------------------------------------------------------------------------------------------ en .docx

EN_DOCX: dict[str, list[tuple[str, object]]] = {}

EN_DOCX["x-fernhill-credit-union-board-2025-04"] = [
    ("title", "FERNHILL COMMUNITY CREDIT UNION"),
    ("center", "Board of Directors — Minutes of the Regular Meeting"),
    ("center", "Tuesday, April 22, 2025, 6:00 p.m. — Boardroom, 410 Quarry Road, Fernhill"),
    ("p", "Presiding: Harriet Okonjo, Chair. Minutes taken by Marion Kettle, Recording Secretary (staff)."),
    ("h", "Attendance"),
    (
        "table",
        [
            ["Director", "Office", "Present", "Notes"],
            ["Harriet Okonjo", "Chair", "✓", ""],
            ["Samuel Brightwater", "Vice Chair", "✓", ""],
            ["Delia Ferreira", "Treasurer", "✓", ""],
            ["Conor Malley", "Secretary", "✓", ""],
            ["Yusuf Adeyemi", "Director", "✓", "arrived 6:20 p.m."],
            ["Beatrix Lund", "Director", "✗", "excused – family bereavement"],
            ["Ravi Chandrasekar", "Director", "✓", "left 7:45 p.m."],
            ["Ellen Tso", "Director", "✓", ""],
            ["Mateo Ibarra", "Director", "✗", "no notice given"],
        ],
    ),
    ("p", "Quorum: 7 of 9 directors present."),
    (
        "p",
        "Also present: Gwen Pollard, President/CEO; Arnav Desai, Chief Financial Officer; Marion Kettle, Recording "
        "Secretary.",
    ),
    ("h", "1. Call to Order"),
    ("p", "Chair Okonjo called the meeting to order at 6:00 p.m."),
    ("h", "2. Approval of Minutes"),
    (
        "p",
        "Moved by Ellen Tso, seconded by Samuel Brightwater, to approve the minutes of the March 25, 2025 regular "
        "meeting as presented. Motion passed 5–0–1, Ravi Chandrasekar abstaining as he was absent in March.",
    ),
    ("h", "3. Matters Arising from the March Minutes"),
    ("b", "Vault door repair (Gwen Pollard): completed April 3."),
    ("b", "Member satisfaction survey (Ellen Tso): in progress — 212 responses so far; the survey closes May 2."),
    ("b", "Branch signage replacement (Conor Malley): not yet started; the vendor's quote is still awaited."),
    ("h", "4. Treasurer's Report"),
    (
        "p",
        "Delia Ferreira presented the March financial statements: total assets of $84.6 million, net income year to "
        "date of $212,400 and a net worth ratio of 10.8%. Samuel Brightwater noted that loans more than 60 days "
        "delinquent had risen to 1.4%. Delia Ferreira replied that two commercial loans accounted for most of the "
        "increase and that both borrowers were on repayment plans. Ellen Tso asked whether the allowance for loan "
        "losses was still adequate; Arnav Desai said the allowance was reviewed monthly and remained within policy. "
        "The report was received.",
    ),
    ("h", "5. Unsecured Loan Limit"),
    (
        "p",
        "Motion by Yusuf Adeyemi, seconded by Ellen Tso, to raise the maximum unsecured personal loan from $15,000 "
        "to $25,000 effective June 1, 2025. Conor Malley noted that the limit had not changed since 2017. Motion "
        "passed 6–0–1, Delia Ferreira abstaining.",
    ),
    ("h", "6. Elm Square Branch Lease"),
    (
        "p",
        "Gwen Pollard outlined the proposed five-year lease for a branch at 12 Elm Square. Samuel Brightwater moved "
        "to defer the decision to the June meeting; the motion received no second and was withdrawn. Ravi "
        "Chandrasekar said foot traffic at Elm Square was the highest in town. Samuel Brightwater said a five-year "
        "term was too long for an untested location.",
    ),
    (
        "p",
        "Moved by Conor Malley, seconded by Delia Ferreira, to authorize the CEO to sign the Elm Square lease at a "
        "rent of up to $4,200 per month. On a roll call vote: Okonjo, aye; Brightwater, nay; Ferreira, aye; Malley, "
        "aye; Adeyemi, abstain; Chandrasekar, aye; Tso, aye. Motion passed 5–1–1.",
    ),
    ("h", "7. Action Items"),
    (
        "table",
        [
            ["Item", "Action", "Responsible", "Target date"],
            ["Elm Square lease", "Negotiate final terms and sign the lease", "Gwen Pollard", "May 9, 2025"],
            [
                "Loan policy",
                "Update the loan policy manual and staff guidance for the new limit",
                "Arnav Desai",
                "Within 14 days",
            ],
            ["Delinquency", "Report on delinquency trends", "Finance Committee", "June meeting"],
            [
                "Board self-assessment",
                "Complete the annual board self-assessment survey",
                "All directors",
                "End of the quarter",
            ],
            ["Branch signage", "Chase the signage vendor for a quote", "Conor Malley", "Next meeting"],
        ],
    ),
    ("h", "8. Adjournment"),
    (
        "p",
        "There being no further business, the meeting adjourned at 8:10 p.m. The next regular meeting is Tuesday, "
        "May 27, 2025.",
    ),
    (
        "sig",
        [["______________________", "Harriet Okonjo, Chair"], ["______________________", "Conor Malley, Secretary"]],
    ),
]

EN_DOCX["x-wexcombe-town-council-2025-09"] = [
    ("title", "WEXCOMBE TOWN COUNCIL"),
    (
        "center",
        "Minutes of the meeting of the Full Council held on Monday 15 September 2025 at 7.00 pm in the "
        "Council Chamber, Market House, Wexcombe",
    ),
    (
        "p",
        "Present: Cllr Alun Pritchard (Chair), Cllr Moira Haddock (Vice-Chair), Cllr Tobias Wren, Cllr Fenella "
        "Osei, Cllr Gareth Lyle, Cllr Sunita Bhatt, Cllr Oliver Quayle, Cllr Rhiannon Tapley.",
    ),
    (
        "p",
        "In attendance: Mrs Deborah Ashdown (Town Clerk); PCSO Kyle Marden (for minute 25/100); four members of the "
        "public.",
    ),
    ("h", "25/96 Apologies for absence"),
    (
        "p",
        "Apologies were received and accepted from Cllr Hamish Greer (work commitments) and Cllr Petra Lindholm "
        "(illness). Cllr Ned Baverstock was absent without apology.",
    ),
    ("h", "25/97 Declarations of interest"),
    ("p", "None."),
    ("h", "25/98 Minutes"),
    (
        "p",
        "Proposed Cllr Haddock, seconded Cllr Wren, and RESOLVED unanimously that the minutes of the meeting held on "
        "18 August 2025 be approved and signed by the Chair as a correct record.",
    ),
    ("h", "25/99 Public participation"),
    (
        "p",
        "Mr Leonard Frith asked when the broken footpath in Mill Lane would be repaired; the Chair replied that the "
        "county highways team had been notified in August. Mrs Anita Coles spoke in support of CCTV at the skate "
        "park.",
    ),
    ("p", "Cllr Tapley arrived at 7.12 pm."),
    ("h", "25/100 Police report"),
    (
        "p",
        "PCSO Marden reported 14 crimes in the parish in August, including three thefts from vehicles. Cllr Osei "
        "asked about anti-social behaviour at the skate park; PCSO Marden replied that evening patrols had been "
        "increased since July.",
    ),
    ("h", "25/101 Skate park CCTV"),
    (
        "p",
        "Cllr Wren proposed, seconded by Cllr Bhatt, that the Council install two CCTV cameras at the skate park at "
        "a cost not exceeding £6,800. Cllr Quayle asked whether the footage would be monitored live; the Clerk "
        "replied that it would be recorded only and kept for 31 days. Cllr Tapley said the money would be better "
        "spent on lighting.",
    ),
    (
        "p",
        "A recorded vote was requested. For: Cllrs Wren, Bhatt, Osei, Haddock and Pritchard. Against: Cllrs Quayle "
        "and Tapley. Abstained: Cllr Lyle. The motion was carried.",
    ),
    ("h", "25/102 Allotment rents"),
    (
        "p",
        "Cllr Lyle proposed, seconded by Cllr Tapley, that allotment rents rise by 10% from 1 October 2026. Cllr "
        "Haddock said many plot holders were pensioners and the rise was too steep. For 2, Against 5, Abstain 1. "
        "The motion was lost.",
    ),
    ("p", "Cllr Wren left the meeting at 8.40 pm."),
    ("h", "25/103 Christmas lights budget"),
    (
        "p",
        "Proposed Cllr Haddock, seconded Cllr Osei, that £3,500 be allocated from general reserves for the "
        "Christmas lights. For 5, Against 2, Abstain 0. RESOLVED.",
    ),
    (
        "p",
        "Cllr Bhatt agreed to liaise with the Wexcombe Business Forum on the Christmas lights switch-on by the end "
        "of October.",
    ),
    ("h", "25/104 Mill Lane footpath"),
    (
        "p",
        "The Clerk was asked to obtain three quotes for resurfacing the Mill Lane footpath before the October meeting.",
    ),
    ("h", "25/105 Planning consultation: Hollowfield Farm"),
    (
        "p",
        "It was agreed that the Planning Committee would respond to the Hollowfield Farm consultation within 21 days.",
    ),
    ("h", "25/106 Date of next meeting"),
    ("p", "Monday 20 October 2025 at 7.00 pm."),
    ("p", "The meeting closed at 9.05 pm."),
    ("p", ""),
    ("p", "Signed ……………………………… Chairman          Date ……………………"),
]

EN_DOCX["x-local418-executive-board-2026-02"] = [
    ("title", "UNITED TRANSIT WORKERS UNION, LOCAL 418"),
    ("center", "Executive Board Meeting — Minutes"),
    ("center", "Wednesday, February 11, 2026 — Union Hall, 77 Carver Street, Room 2"),
    (
        "p",
        "President Dolores Kaminski called the meeting to order at 6:30 p.m. Recording Secretary Terrence Oyelaran "
        "took the minutes.",
    ),
    ("h", "Roll Call"),
    (
        "table",
        [
            ["Name", "Office", "Present", "Absent"],
            ["Dolores Kaminski", "President", "✓", ""],
            ["Walter Haugen", "Vice President", "✓", ""],
            ["Terrence Oyelaran", "Recording Secretary", "✓", ""],
            ["Nadia Petrosyan", "Secretary-Treasurer", "✓", ""],
            ["Lamar Whitlock", "Trustee", "✓", ""],
            ["Kristof Szabo", "Trustee", "✓ (arrived 6:50 p.m.)", ""],
            ["Fiona Munro", "Trustee", "✓ (left 8:15 p.m.)", ""],
            ["Emeka Achebe", "Sergeant-at-Arms", "", "✓ (excused – on shift)"],
            ["Rosa Delacroix", "Guide", "", "✓"],
        ],
    ),
    ("p", "Also present: Curtis Vale, International Representative; Maribel Ortega, Chief Steward, Garage 3."),
    ("h", "1. Minutes of January 14, 2026"),
    ("p", "M/S Haugen/Munro to approve the minutes as distributed. Carried."),
    ("h", "2. Old Business"),
    ("b", "Bus-yard lighting complaint (Haugen): resolved with management on January 22; the new lights are in."),
    ("b", "Member education night (Whitlock): booked for March 4; the flyer is still being drafted."),
    ("b", "Retiree health-fund letter (Kaminski): not sent yet; waiting on the fund's actuary."),
    ("h", "3. Secretary-Treasurer's Report"),
    (
        "p",
        "Sister Petrosyan reported general fund receipts of $186,240 for January and expenses of $171,905. Brother "
        "Whitlock asked about the strike fund balance; Sister Petrosyan replied that it stood at $412,000. Report "
        "accepted as read.",
    ),
    ("h", "4. Grievances — Garage 3 Split Shifts"),
    (
        "p",
        "Maribel Ortega reported three grievances at Garage 3 over split shifts spread over more than 13 hours. "
        "Brother Szabo said management had ignored the step-two answers. International Rep. Vale advised that the "
        "Local had a strong case under Article 14.",
    ),
    ("p", "Motion (Szabo/Whitlock) to move the three split-shift grievances to arbitration. Roll call vote:"),
    (
        "table",
        [
            ["Board member", "Yes", "No", "Abstain"],
            ["Kaminski", "✓", "", ""],
            ["Haugen", "✓", "", ""],
            ["Oyelaran", "✓", "", ""],
            ["Petrosyan", "", "✓", ""],
            ["Whitlock", "✓", "", ""],
            ["Szabo", "✓", "", ""],
            ["Munro", "", "", "✓"],
        ],
    ),
    ("p", "Motion carried, 5 yes, 1 no, 1 abstention."),
    ("h", "5. Contract Campaign"),
    (
        "p",
        "Motion by Sister Munro, seconded by Brother Haugen, to hire a communications consultant for the 2026 "
        "contract campaign at a cost of up to $9,000. Sister Petrosyan said the board should see at least two "
        "quotes first. On a motion by Petrosyan, seconded by Oyelaran, the motion was tabled to the March meeting. "
        "Tabling motion carried 6–1.",
    ),
    ("h", "6. Action Items"),
    ("b", "ACTION – Kaminski: file for arbitration on the Garage 3 split-shift grievances within 30 days."),
    ("b", "ACTION – Petrosyan: get two quotes for a communications consultant before the March meeting."),
    (
        "b",
        "ACTION – Stewards' Committee: survey members at all three garages about split shifts by the end of the month.",
    ),
    ("b", "ACTION – Oyelaran & Szabo: update the contract page of the Local's website by Friday."),
    ("h", "7. Adjournment"),
    ("p", "Sister Munro left at 8:15 p.m. Motion to adjourn (Whitlock/Haugen) carried at 8:40 p.m."),
    ("p", ""),
    ("p", "Fraternally submitted,"),
    ("p", "Terrence Oyelaran"),
    ("p", "Recording Secretary"),
]

# ------------------------------------------------------------------------------------------------ .pdf (lines)

PDF: dict[tuple[str, str], list[str]] = {}

PDF[("vi", "x-cb-khoanoi-songtra-2026-01")] = [
    "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA KHU VỰC SÔNG TRÀ",
    "CHI BỘ KHOA NỘI TỔNG HỢP",
    "                                                                        ĐẢNG CỘNG SẢN VIỆT NAM",
    "                                                                   Sông Trà, ngày 08 tháng 01 năm 2026",
    "",
    "# BIÊN BẢN",
    "# HỌP CHI BỘ ĐỊNH KỲ THÁNG 01/2026",
    "",
    "Thời gian: 16h00, thứ Năm, ngày 08/01/2026.",
    "Địa điểm: Phòng giao ban Khoa Nội tổng hợp.",
    "Chủ tọa: đ/c Đặng Hoàng Long – Bí thư chi bộ, Trưởng khoa.",
    "Thư ký: ĐD. Kim Thị Ngọc Hân.",
    "Dự họp: đ/c Viên Thị Loan – Đảng ủy viên, Phó Giám đốc bệnh viện, phụ trách chi bộ.",
    "",
    "Đảng viên chi bộ: 11 đồng chí. Có mặt: 09. Vắng: 02 (có lý do):",
    "- BS. Trịnh Quốc Việt: trực cấp cứu;",
    "- ĐD. Ông Thị Mỹ Duyên: nghỉ phép năm.",
    "Đ/c Lã Văn Phong đến lúc 16h15 (xử lý ca bệnh nặng). Đ/c Thân Thị Bích rời cuộc họp lúc 17h05 để nhận ca trực.",
    "",
    "I. KIỂM ĐIỂM KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 12/2025",
    "Đ/c Đặng Hoàng Long báo cáo: tháng 12/2025 khoa điều trị nội trú 412 lượt người bệnh, công suất sử dụng giường "
    "128%; không có sai sót chuyên môn nghiêm trọng. Các việc được giao:",
    "1. Đ/c Lã Văn Phong – triển khai kê đơn thuốc điện tử cho người bệnh ra viện: đã hoàn thành từ ngày 15/12/2025.",
    "2. Đ/c Kim Thị Ngọc Hân – tập huấn kiểm soát nhiễm khuẩn cho điều dưỡng mới: đã hoàn thành.",
    "3. Đ/c Thân Thị Bích – khảo sát sự hài lòng người bệnh quý IV: đang tổng hợp phiếu, chưa xong.",
    "Ý kiến tham gia:",
    "- Đ/c Lã Văn Phong (Chi ủy viên): Dịp cuối năm và trước Tết số người bệnh tăng, nhiều ngày phải nằm ghép 2 "
    "người/giường; đề nghị xin kê thêm giường tại hành lang tầng 3.",
    "- Đ/c Thân Thị Bích: Số phiếu khảo sát thu về thấp vì người bệnh lớn tuổi không dùng mã QR; đề xuất phát phiếu "
    "giấy song song.",
    "- Đ/c Viên Thị Loan: Ban Giám đốc đồng ý về nguyên tắc việc kê thêm giường, khoa cần có phương án cụ thể về "
    "nhân lực điều dưỡng; chi bộ cần quan tâm phân công trực Tết hợp lý.",
    "- Đ/c Lã Văn Phong: Bổ sung, khoa cần thêm ít nhất 02 điều dưỡng trong thời gian cao điểm, đề nghị điều động từ "
    "khoa Khám bệnh.",
    "",
    "II. NHIỆM VỤ THÁNG 01/2026",
    "Chi bộ thống nhất phân công:",
    "1. Đ/c Lã Văn Phong xây dựng phương án kê thêm giường tại hành lang tầng 3, trình Ban Giám đốc trong tuần sau.",
    "2. Đ/c Thân Thị Bích hoàn thành báo cáo khảo sát hài lòng người bệnh quý IV trước ngày 20/01/2026.",
    "3. Đ/c Kim Thị Ngọc Hân và đ/c Ông Thị Mỹ Duyên lập lịch phân công trực Tết Nguyên đán Bính Ngọ, xong trước Tết.",
    "4. Công đoàn khoa tổ chức thăm hỏi, tặng quà cho người bệnh nghèo điều trị nội trú dịp Tết.",
    "",
    "Biểu quyết giơ tay đối với nghị quyết tháng 01/2026: 8/8 đồng chí có mặt tán thành.",
    "Cuộc họp kết thúc lúc 17h30. Biên bản gồm 02 trang, đã được đọc lại trước chi bộ và nhất trí thông qua.",
    "",
    "          THƯ KÝ                                                                  CHỦ TỌA",
    "          (đã ký)                                                                  (đã ký)",
    "",
    "   Kim Thị Ngọc Hân                                                      Đặng Hoàng Long",
]

PDF[("vi", "x-cb-thcs-nguyenhien-2025-11-ketnap")] = [
    "ĐẢNG BỘ XÃ ĐÔNG THẠNH                                                 ĐẢNG CỘNG SẢN VIỆT NAM",
    "CHI BỘ TRƯỜNG THCS NGUYỄN HIỀN",
    "                                                                  Đông Thạnh, ngày 14 tháng 11 năm 2025",
    "",
    "# BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
    "# V/v xét đề nghị kết nạp quần chúng Huỳnh Ngọc Diệp vào Đảng",
    "",
    "Hôm nay, lúc 15 giờ 30 phút, thứ Sáu ngày 14/11/2025, tại Phòng Hội đồng Trường THCS Nguyễn Hiền, Chi bộ "
    "Trường THCS Nguyễn Hiền họp bất thường để xét đề nghị kết nạp quần chúng Huỳnh Ngọc Diệp, giáo viên môn Tin "
    "học, vào Đảng Cộng sản Việt Nam.",
    "",
    "I. THÀNH PHẦN",
    "- Chủ trì: Đồng chí Tôn Nữ Thanh Hương – Bí thư chi bộ, Hiệu trưởng.",
    "- Thư ký: Đồng chí Lò Văn Thuận – Chi ủy viên.",
    "- Tổng số đảng viên: 12 đồng chí (chính thức 11, dự bị 01). Có mặt 11 đồng chí, trong đó đảng viên chính thức "
    "10. Vắng 01 đồng chí: đ/c Kiều Thị Mận (đang học lớp trung cấp lý luận chính trị, có báo cáo).",
    "- Đại biểu cấp trên: đồng chí Bạch Văn Tường – Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.",
    "- Khách mời: bà Hứa Thị Nga – Chủ tịch Công đoàn trường; đồng chí Lưu Minh Quân – Bí thư Chi đoàn giáo viên; "
    "quần chúng Huỳnh Ngọc Diệp.",
    "",
    "II. NỘI DUNG",
    "1. Xem xét hồ sơ đề nghị kết nạp đảng",
    "Đồng chí Tôn Nữ Thanh Hương nêu mục đích, yêu cầu của cuộc họp. Quần chúng Huỳnh Ngọc Diệp đọc đơn xin vào "
    "Đảng và bản tự khai lý lịch. Đồng chí Lò Văn Thuận đọc bản nhận xét của hai đảng viên chính thức được phân "
    "công giúp đỡ (đ/c Lò Văn Thuận và đ/c Phương Thị Hà). Bà Hứa Thị Nga đọc nghị quyết giới thiệu của Ban Chấp "
    "hành Công đoàn trường; đồng chí Lưu Minh Quân đọc tổng hợp ý kiến nhận xét của chi đoàn. Đồng chí Tôn Nữ Thanh "
    "Hương đọc kết quả thẩm tra lý lịch và nhận xét của chi ủy nơi cư trú.",
    "Ý kiến thảo luận:",
    "- Đ/c Lò Văn Thuận (Chi ủy viên): Quần chúng Diệp có năng lực chuyên môn tốt, là nòng cốt triển khai chuyển "
    "đổi số của nhà trường; cần rèn thêm tính mạnh dạn khi góp ý trong tập thể.",
    "- Đ/c Mạc Văn Tuyên: Đề nghị quần chúng cho biết đã tham gia công tác xã hội gì ở nơi cư trú trong năm qua.",
    "- Quần chúng Huỳnh Ngọc Diệp: Em tham gia dạy tin học miễn phí cho thiếu nhi tại nhà văn hóa thôn vào tối thứ "
    "Bảy hằng tuần và là thành viên tổ hòa giải của thôn.",
    "- Đ/c Phương Thị Hà: Thống nhất với nhận xét của đ/c Thuận; quần chúng đã khắc phục được hạn chế về thời gian "
    "nộp hồ sơ chuyên môn mà chi bộ góp ý từ học kỳ trước.",
    "- Đ/c Bạch Văn Tường (Đảng ủy xã): Hồ sơ đầy đủ, đúng quy trình; đề nghị chi bộ hoàn thiện nghị quyết, gửi "
    "Đảng ủy xã đúng thời hạn.",
    "",
    "2. Biểu quyết đề nghị kết nạp",
    "Chi bộ biểu quyết bằng hình thức giơ tay. Kết quả: tán thành 10/10 đảng viên chính thức có mặt (bằng 90,91% "
    "tổng số đảng viên chính thức của chi bộ); không tán thành: 0; không biểu quyết: 0. Số đảng viên chính thức tán "
    "thành đạt trên 2/3, chi bộ thông qua nghị quyết đề nghị Đảng ủy xã xem xét, kết nạp quần chúng Huỳnh Ngọc Diệp "
    "vào Đảng.",
    "",
    "3. Phân công thực hiện",
    "- Giao đồng chí Bí thư chi bộ Tôn Nữ Thanh Hương hoàn chỉnh nghị quyết và hồ sơ đề nghị kết nạp, gửi Đảng ủy "
    "xã trong thời hạn 05 ngày làm việc.",
    "- Đồng chí Lò Văn Thuận và đồng chí Phương Thị Hà tiếp tục theo dõi, giúp đỡ quần chúng Huỳnh Ngọc Diệp cho "
    "đến khi có quyết định kết nạp.",
    "",
    "Hội nghị kết thúc lúc 17 giờ 00 cùng ngày. Biên bản đã được đọc lại và thông qua trước hội nghị, các đồng chí "
    "dự họp nhất trí.",
    "",
    "            THƯ KÝ                                                            T/M CHI BỘ",
    "                                                                                     BÍ THƯ",
    "",
    "        Lò Văn Thuận                                                   Tôn Nữ Thanh Hương",
]

PDF[("en", "x-st-aldrics-vestry-2025-11")] = [
    "# ST. ALDRIC'S EPISCOPAL CHURCH, MAPLE GROVE",
    "# Minutes of the Regular Vestry Meeting",
    "Tuesday, November 18, 2025, 7:00 p.m., Guild Hall",
    "",
    "Present: The Rev. Canon Julia Marchetti, Rector (presiding); Pauline Achterberg, Senior Warden; Desmond "
    "Kwarteng, Junior Warden; Hilary Voss; Grant Ellery; Maeve O'Riordan; Tomasz Wilk; Jolene Baptiste; Anders "
    "Holmqvist, Clerk.",
    "Absent: Harold Finchley (excused).",
    "Also present: Ben Castellanos, Treasurer (non-voting); Naomi Ruddock, Parish Administrator.",
    "",
    "The Rector opened the meeting with prayer at 7:00 p.m. and declared a quorum present. Maeve O'Riordan joined "
    "at 7:20 p.m.",
    "",
    "1. Minutes",
    "The minutes of the October 21 meeting were approved as circulated; carried nem. con.",
    "",
    "2. Treasurer's Report",
    "Ben Castellanos presented the October statements. Pledge income is 6% behind last year. Grant Ellery asked how "
    "many pledge cards were still outstanding; Mr. Castellanos said that 38 households had not yet returned a card. "
    "The report was received with thanks.",
    "",
    "3. North Aisle Roof",
    "The Junior Warden reported two bids for the north aisle roof: Carrow & Sons, $48,600, and Beacon Roofing, "
    "$53,200. Tomasz Wilk said the Building Fund should not fall below $20,000 after the work. Pauline Achterberg "
    "noted that the diocesan revolving loan fund could cover any shortfall.",
    "Hilary Voss moved, Jolene Baptiste seconded, that the vestry accept the bid of Carrow & Sons for $48,600 for "
    "the north aisle roof, to be paid from the Building Fund. Carried nem. con.",
    "",
    "4. Service Times",
    "Grant Ellery moved, seconded by Maeve O'Riordan, that the 10:30 a.m. Eucharist move to 10:00 a.m. from Advent "
    "Sunday. After discussion the motion was withdrawn, with the consent of the seconder, pending a survey of the "
    "congregation.",
    "",
    "5. Advent Planning",
    "It was agreed that Pauline Achterberg and Desmond Kwarteng would meet the contractor to fix a start date for "
    "the roof before Advent Sunday, November 30.",
    "The Clerk was asked to write to the diocese about the terms of the revolving loan fund.",
    "Naomi Ruddock will circulate the congregational survey on service times by Friday.",
    "All vestry members are asked to complete their Advent visiting calls by December 14.",
    "",
    "Tomasz Wilk left at 8:35 p.m. The meeting closed with the Grace at 8:50 p.m.",
    "",
    "Respectfully submitted,",
    "Anders Holmqvist, Clerk of the Vestry",
]

PDF[("en", "x-brookfield-patient-safety-committee-2026-01")] = [
    "# BROOKFIELD REGIONAL HOSPITAL",
    "# Patient Safety and Quality Committee",
    "# Minutes",
    "",
    "Date: Tuesday 27 January 2026",
    "Time: 14:00 – 15:30",
    "Venue: Boardroom B, Brookfield Regional Hospital, and by video link",
    "Chair: Dr Imogen Saltmarsh, Medical Director",
    "Minutes: Priyanka Lal, Governance Officer",
    "",
    "Attendance",
    "Member  |  Role  |  Attendance",
    "Imogen Saltmarsh  |  Medical Director (Chair)  |  Present",
    "Colm Dunleavy  |  Director of Nursing  |  Present",
    "Hyun-woo Park  |  Head of Pharmacy  |  Present (joined 14:20)",
    "Adaeze Nwosu  |  Patient Safety Lead  |  Present",
    "Gregor Fairlie  |  Non-executive Director  |  Apologies (annual leave)",
    "Sinéad Gallagher  |  Infection Prevention Lead  |  Present (left 15:05)",
    "Tariq Mahmood  |  Patient Representative  |  Present",
    "Martin Crewe  |  Director of Estates  |  Absent (no apologies)",
    "In attendance: Priyanka Lal, Governance Officer (minutes); Rachel Obi, Clinical Audit Manager (item 3).",
    "",
    "1. Minutes of the previous meeting and action log",
    "The minutes of 16 December 2025 were agreed as an accurate record.",
    "Action log:",
    "- 25/41 Falls audit, Ward 6 (Colm Dunleavy): complete; report circulated.",
    "- 25/42 Sepsis screening e-learning (Sinéad Gallagher): ongoing; compliance at 74% against a target of 90%.",
    "- 25/43 Pharmacy fridge temperature alarms (Hyun-woo Park): not started; awaiting an Estates work order.",
    "",
    "2. Serious incidents, Q3",
    "Adaeze Nwosu presented the quarterly report: three serious incidents, all investigated within 60 days. Tariq "
    "Mahmood asked whether the families had been told the findings. Adaeze Nwosu said duty-of-candour letters had "
    "gone out in all three cases. Colm Dunleavy noted that two of the incidents involved agency nurses on their "
    "first shift.",
    "",
    "3. Clinical audit programme 2026/27",
    "Rachel Obi presented the draft programme of 22 audits. Hyun-woo Park asked that the antimicrobial prescribing "
    "audit be brought forward to the first quarter. The committee approved the programme with that change.",
    "",
    "4. Actions agreed",
    "ACTION 26/01 – Review the induction checklist for agency nursing staff.",
    "Owner: Colm Dunleavy / Due: 28 February 2026",
    "ACTION 26/02 – Circulate the updated sepsis e-learning compliance figures.",
    "Owner: Sinéad Gallagher / Due: next week",
    "ACTION 26/03 – Raise the work order for the pharmacy fridge alarms.",
    "Owner: Martin Crewe (Estates) / Due: by the end of the quarter",
    "ACTION 26/04 – Prepare a patient story for the February meeting.",
    "Owner: Tariq Mahmood and Adaeze Nwosu / Due: –",
    "",
    "5. Any other business",
    "None. The meeting closed at 15:30. Next meeting: Tuesday 24 February 2026, 14:00.",
    "",
    "Signed (Chair): ______________________          Date: ______________",
]

# ------------------------------------------------------------------------------------------------ .txt / .md

TEXT: dict[tuple[str, str], str] = {}

TEXT[("vi", "x-cb-daidoi2-2025-08-khongdau.txt")] = """\
DANG BO TIEU DOAN 5                              DANG CONG SAN VIET NAM
CHI BO DAI DOI 2
                                         Doi Cat, ngay 25 thang 8 nam 2025

                            BIEN BAN
           SINH HOAT CHI BO THUONG KY THANG 8 NAM 2025

I. THOI GIAN, DIA DIEM, THANH PHAN
- Thoi gian: bat dau luc 19h00, thu Hai, ngay 25/8/2025.
- Dia diem: Hoi truong Dai doi 2.
- Chu tri: dong chi Dai uy Nguyen Van Kien, Bi thu chi bo.
- Thu ky: dong chi Thieu uy Do Quang Huy, Chi uy vien.
- Dang vien cua chi bo: 13 dong chi (12 chinh thuc, 01 du bi). Co mat: 12 dong chi. Vang: 01 dong chi co ly do
  (dong chi Trung si Lam Van Tu di cong tac tai Su doan).
- Dong chi Trung uy Vu Duc Manh, Pho Dai doi truong, vao hop luc 19h20 do di kiem tra canh gac.
- Dai bieu cap tren: dong chi Thieu ta Hoang Minh Chau, Dang uy vien, Pho Chinh uy Tieu doan.

II. NOI DUNG
1. Kiem diem ket qua lanh dao thuc hien nhiem vu thang 8/2025
Dong chi Nguyen Van Kien thong qua bao cao cua chi uy: don vi duy tri nghiem che do trong ngay, trong tuan;
huan luyen dat 100% noi dung, kiem tra ban sung AK bai 1 dat 92% kha, gioi; khong co quan nhan vi pham ky luat.
Ket qua cac viec chi bo giao thang truoc:
 + Dong chi Vu Duc Manh sua chua mai ton nha an: da hoan thanh ngay 12/8.
 + Dong chi Ly A Sang phu trach tang gia san xuat (trong rau xanh): dat 80% chi tieu, dang tiep tuc.
 + Dong chi Do Quang Huy cap nhat so dang vien: chua thuc hien.
Y kien thao luan:
 - Dong chi Vu Duc Manh: Mot so chien si moi con ngai tap the luc buoi chieu; de nghi giao chi doan to chuc thi
   dua giua cac trung doi.
 - Dong chi Ly A Sang: Vuon rau bi ngap sau tran mua ngay 18/8, xin them 2 ngay cong de lam lai luong.
 - Dong chi Hoang Minh Chau (Pho Chinh uy Tieu doan) phat bieu chi dao: danh gia cao ket qua ban sung; yeu cau
   chi bo chuan bi tot cho dot kiem tra cua Su doan thang 9, giu vung an toan tuyet doi ve nguoi va vu khi.
 - Dong chi Vu Duc Manh: Xin tiep thu; de nghi Tieu doan cap bo sung bia so 4 cho bai ban dem.

2. Phuong huong nhiem vu thang 9/2025
Chi bo thong nhat chu truong; Ban chi huy dai doi giao:
 + Dong chi Vu Duc Manh chiu trach nhiem to chuc huan luyen cac noi dung kiem tra, xong truoc 20/9.
 + Trung doi 1 va Trung doi 3 phoi hop lam cong tac dan van, giup nhan dan xa Tan Phong thu hoach lua trong
   thang 9.
 + Dong chi Ly A Sang tiep tuc tang gia san xuat, hoan thanh chi tieu rau xanh het quy III.
 + Dong chi Do Quang Huy hoan thanh so sach dang vien, nop Dang uy Tieu doan trong tuan sau.

Chi bo bieu quyet nghi quyet thang 9/2025: 12/12 dong chi nhat tri (100%).

Buoi sinh hoat ket thuc luc 21h00 cung ngay. Bien ban da duoc doc lai va thong qua truoc chi bo.

          THU KY                                        T/M CHI BO
                                                          BI THU

   Thieu uy Do Quang Huy                          Dai uy Nguyen Van Kien
"""

TEXT[("vi", "x-cb-congan-tanhungdong-2026-03-chuyende.txt")] = """\
ĐẢNG BỘ XÃ TÂN HƯNG ĐÔNG                        ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CÔNG AN XÃ
                                  Tân Hưng Đông, ngày 10 tháng 3 năm 2026

              BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I NĂM 2026
  Chuyên đề: "Nâng cao hiệu quả phòng, chống tội phạm và tệ nạn ma túy trên địa bàn xã"

Thời gian : 08 giờ 00, thứ Ba, ngày 10/3/2026
Địa điểm  : Hội trường Công an xã Tân Hưng Đông
Chủ trì   : Thiếu tá Lưu Quang Vinh – Bí thư chi bộ, Trưởng Công an xã
Đại biểu  : đ/c Chu Văn Bình – Phó Bí thư Thường trực Đảng ủy xã;
            đ/c Bế Thị Xuân – Chủ tịch Ủy ban MTTQ Việt Nam xã.

TÌNH HÌNH DỰ HỌP
| TT | Họ và tên           | Cấp bậc   | Có mặt | Vắng | Ghi chú                              |
|----|---------------------|-----------|--------|------|--------------------------------------|
| 1  | Lưu Quang Vinh      | Thiếu tá  |   x    |      | Bí thư chi bộ                        |
| 2  | Ngô Đức Thịnh       | Đại úy    |   x    |      | Phó Bí thư chi bộ                    |
| 3  | Nhâm Thị Thanh Thúy | Trung úy  |   x    |      |                                      |
| 4  | Đoàn Văn Khải       | Đại úy    |   x    |      | Đến 08 giờ 25 (giải quyết vụ việc)   |
| 5  | Giang Minh Phúc     | Thượng úy |   x    |      |                                      |
| 6  | Lạc Văn Cường       | Trung úy  |        |  x   | Trực ban, có lý do                   |
| 7  | Văn Thị Hồng        | Thượng úy |   x    |      |                                      |
| 8  | Thạch Sô Phal       | Trung úy  |   x    |      | Về lúc 09 giờ 40 (xác minh tin báo)  |
| 9  | Mẫn Đức Hiếu        | Thiếu úy  |        |  x   | Không lý do                          |
| 10 | Quan Thị Bảo Ngọc   | Thiếu úy  |   x    |      | Đảng viên dự bị                      |
Tổng số: 10 đồng chí; có mặt: 08; vắng: 02 (01 có lý do, 01 không lý do).

NỘI DUNG

1. Báo cáo chuyên đề phòng, chống ma túy
Đ/c Ngô Đức Thịnh, Phó Bí thư chi bộ, trình bày chuyên đề: năm 2025 trên địa bàn xã phát hiện 6 vụ, 11 đối tượng
tàng trữ, sử dụng trái phép chất ma túy; số người sử dụng trái phép chất ma túy đang được quản lý là 23 người, chủ
yếu là thanh niên làm việc tại khu công nghiệp; chỉ ra các hạn chế trong quản lý người sau cai nghiện và đề xuất 5
nhóm giải pháp.

Thảo luận (hỏi – đáp):
Hỏi (đ/c Giang Minh Phúc): Việc quản lý người sau cai nghiện ở các khu nhà trọ công nhân hiện giao cho ai?
Trả lời (đ/c Ngô Đức Thịnh): Giao cho công an phụ trách từng ấp phối hợp với chủ nhà trọ; sắp tới sẽ ký cam kết
với 100% chủ nhà trọ.
Hỏi (đ/c Quan Thị Bảo Ngọc): Có cần lập thêm tổ tự quản tại các khu nhà trọ không?
Trả lời (đ/c Ngô Đức Thịnh): Cần thiết, đề nghị chi bộ đề xuất Đoàn xã cùng tham gia.
Đ/c Thạch Sô Phal: Đề nghị tăng tuần tra ban đêm khu vực bến đò Rạch Gốc, nơi các đối tượng thường tụ tập.
Đ/c Chu Văn Bình (Phó Bí thư Thường trực Đảng ủy xã) phát biểu: Đảng ủy xã thống nhất với các giải pháp; yêu cầu
chi bộ xây dựng nghị quyết chuyên đề cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành.

2. Phân công thực hiện
Chi ủy phân công:
 a) Tổ tuần tra cơ động: tăng cường tuần tra ban đêm khu vực bến đò Rạch Gốc và các dãy nhà trọ công nhân, thực
    hiện thường xuyên.
 b) Đ/c Giang Minh Phúc và đ/c Thạch Sô Phal: rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa
    bàn; xong trước 31/3/2026.
 c) Đ/c Văn Thị Hồng: phối hợp Đoàn xã tuyên truyền phòng, chống ma túy tại Trường THCS Tân Hưng Đông trong
    tháng 4/2026.
 d) Đ/c Ngô Đức Thịnh chịu trách nhiệm hoàn thiện nghị quyết chuyên đề, trình Đảng ủy xã trong vòng 07 ngày.

Biểu quyết nghị quyết chuyên đề: 7/7 đồng chí có mặt tại thời điểm biểu quyết tán thành (100%).

Hội nghị nhất trí với các nội dung trên. Buổi sinh hoạt kết thúc lúc 10 giờ 30 cùng ngày.

            THƯ KÝ                                         CHỦ TRÌ

   Trung úy Nhâm Thị Thanh Thúy                   Thiếu tá Lưu Quang Vinh
"""

TEXT[("vi", "x-cb-huutri-kp4-tanngoc-2025-10.md")] = """\
# BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2025

**Đảng bộ phường Tân Ngọc – Chi bộ Hưu trí Khu phố 4**

- **Thời gian:** 8 giờ 00, thứ Hai, ngày 06/10/2025
- **Địa điểm:** Nhà văn hóa Khu phố 4
- **Chủ trì:** đồng chí Quản Văn Ninh – Bí thư chi bộ
- **Ghi biên bản:** đồng chí Thái Thị Diệu – Phó Bí thư chi bộ

## I. Tình hình dự họp

Tổng số đảng viên: 24 đồng chí, trong đó 6 đồng chí được miễn sinh hoạt. Số phải dự: 18. Có mặt: 15. Vắng 3 đồng chí:

- Đ/c Khúc Văn Thìn: ốm, đang điều trị tại nhà (có báo cáo);
- Đ/c Âu Thị Hoa: về quê chăm chồng ốm (có báo cáo);
- Đ/c Doãn Văn Lợi: vắng không báo lý do.

Đ/c Cao Xuân Mạnh đến muộn lúc 8 giờ 20. Đ/c Phó Đức Tiến xin về lúc 9 giờ 30 để đi khám bệnh theo lịch hẹn.

Dự họp có đồng chí Lạc Thị Thu – Đảng ủy viên phường, phụ trách chi bộ; ông Tô Văn Sang – Trưởng Khu phố 4 (mời dự
phần bàn nhiệm vụ).

## II. Nội dung

### 1. Thông qua biên bản kỳ trước

Đ/c Thái Thị Diệu đọc biên bản sinh hoạt chi bộ tháng 9/2025. Chi bộ nhất trí thông qua, không có ý kiến bổ sung.

### 2. Thông tin thời sự, văn bản cấp trên

Đ/c Quản Văn Ninh thông tin tình hình thời sự trong nước, kết quả Đại hội Đảng bộ phường nhiệm kỳ 2025 – 2030 và
Kế hoạch của Đảng ủy phường về thu, nộp đảng phí quý IV.

### 3. Đánh giá kết quả tháng 9/2025

Chi bộ đánh giá các việc được giao tháng trước:

- Vận động hội viên Hội Người cao tuổi tham gia "Ngày Chủ nhật xanh" (đ/c Cao Xuân Mạnh): đã thực hiện 2 đợt, thu
  gom 1,5 tấn rác.
- Thu đảng phí quý III (đ/c Thái Thị Diệu): đã thu đủ, nộp về Đảng ủy phường ngày 30/9.
- Hòa giải tranh chấp lối đi hẻm 12 (đ/c Phó Đức Tiến): chưa thực hiện được do một bên đi vắng.

Ý kiến:

- Đ/c Cao Xuân Mạnh: Đợt Chủ nhật xanh thứ hai có đông bà con tham gia; đề nghị duy trì mỗi tháng một lần.
- Đ/c Khổng Thị Lài: Trong chi bộ có 4 đồng chí tròn 80 tuổi trong năm nay, đề nghị chi bộ tổ chức mừng thọ.
- Ông Tô Văn Sang (Trưởng khu phố): Khu phố đang vận động đóng góp Quỹ "Vì người nghèo"; mong các đồng chí đảng
  viên hưu trí đi đầu.
- Đ/c Cao Xuân Mạnh: Xin nhận cùng đ/c Tiến hòa giải vụ hẻm 12, vì gia đình hai bên đều là hội viên cựu chiến binh.

### 4. Nhiệm vụ tháng 10/2025

| Việc | Người phụ trách | Thời gian |
|---|---|---|
| Hòa giải dứt điểm tranh chấp lối đi hẻm 12 | đ/c Phó Đức Tiến, đ/c Cao Xuân Mạnh | trước 15/10 |
| Vận động đóng góp Quỹ "Vì người nghèo" năm 2025 | Các đảng viên | trong tháng 10 |
| Thăm hỏi đ/c Khúc Văn Thìn | Chi ủy | tuần sau |
| Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên năm 2025 | đ/c Quản Văn Ninh | trước 30/11 |
| Tổ chức mừng thọ các đảng viên tròn 80 tuổi | đ/c Khổng Thị Lài | |

Chi bộ biểu quyết giơ tay 14/14 đồng chí có mặt nhất trí thông qua nhiệm vụ tháng 10/2025.

Cuộc họp kết thúc lúc 10 giờ 20 cùng ngày.

| THƯ KÝ | T/M CHI BỘ – BÍ THƯ |
|---|---|
| *(đã ký)* | *(đã ký)* |
| Thái Thị Diệu | Quản Văn Ninh |
"""

TEXT[("en", "x-kestrel-court-residents-agm-2025-10.txt")] = """\
KESTREL COURT RESIDENTS' ASSOCIATION
Annual General Meeting
Thursday 9 October 2025, 7.00pm
Community Room, Kestrel Court, Halden Road

Present: 34 members (attendance sheet held by the Secretary), including six of the seven
committee members: Gloria Mbeki (Chair), Howard Tilney (Secretary), Precious Adu (Treasurer),
Viktor Hala, Shona Grieve and Imran Qureshi.
Apologies: Lorraine Pettit (committee; in hospital) and five other residents.
Also present: Dale Foreman, Housing Officer, Northgate Homes; PC Ruth Amadi, Safer
Neighbourhoods Team.

1. WELCOME
Gloria Mbeki, Chair, opened the meeting at 7.00pm and welcomed residents and guests.

2. MINUTES OF THE 2024 AGM
The minutes of the AGM held on 10 October 2024 were approved on a show of hands (proposed
Viktor Hala, seconded Shona Grieve).

3. CHAIR'S REPORT
Gloria Mbeki reported on the year: the new bin store, the summer fun day, and the campaign
that got the Block B lift replacement funded.

4. TREASURER'S REPORT AND ACCOUNTS
Precious Adu presented the accounts for the year to 31 August 2025: income £1,420, spending
£1,186, balance £2,315. The accounts were adopted. For 29, Against 0, Abstain 5.

5. SUBSCRIPTIONS
Precious Adu proposed, on behalf of the committee, that the annual subscription rise from £5
to £8 per household; seconded by Imran Qureshi.
For 12, Against 19, Abstain 3. The motion was lost.

6. ELECTION OF OFFICERS AND COMMITTEE
Gloria Mbeki (Chair), Howard Tilney (Secretary) and Precious Adu (Treasurer) were re-elected
unopposed. Kwame Asante and Bethany Rolfe were elected to the committee on a show of hands.

7. QUESTIONS TO NORTHGATE HOMES AND THE POLICE
Q (Ivy Collard, Flat 22): When will the lift in Block B actually be replaced?
A (Dale Foreman): The contract has been let; work starts on 12 January and takes ten weeks.
Q (Kwame Asante, Flat 9): Three ground-floor flats in Block A have damp. Who is dealing with it?
A (Dale Foreman): I will arrange surveys of all three flats.
Q (Ivy Collard): Will there be a stair-climber for upper-floor residents while the lift is out?
A (Dale Foreman): Yes, one will be on site for the whole ten weeks.
Q (Shona Grieve): Is the CCTV on the bike store working? We have lost five bikes since June.
A (PC Ruth Amadi): The camera works but faces the wrong way; Northgate has agreed to move it.
Please register your bikes on BikeRegister.

8. ACTIONS
Who            | What                                                   | When
---------------+--------------------------------------------------------+---------------------
Dale Foreman   | Send the Block B lift works timetable to every flat    | within 14 days
Dale Foreman   | Arrange damp surveys for the three Block A flats       | by 31 October
Committee      | Organise a bike-marking session with PC Amadi          | November
Howard Tilney  | Circulate these minutes                                | by Friday 17 October
All residents  | Report damp and mould to the Northgate repairs line    | ongoing

The meeting closed at 8.45pm.

Howard Tilney, Secretary
"""

TEXT[("en", "x-tricounty-beekeepers-2026-03.txt")] = """\
TRI-COUNTY BEEKEEPERS' ASSOCIATION
Regular Monthly Meeting - Minutes
Thursday, March 5, 2026
Grange Hall, 1140 County Road 9, Ashford Mills

CALL TO ORDER: President Wendell Rourke called the meeting to order at 7:00 p.m. Attendance:
26 members, including all four officers (Wendell Rourke, President; Janelle Ostrowski, Vice
President; Cora Lindqvist, Secretary; Buck Hardesty, Treasurer), and 3 visitors. Treasurer
Buck Hardesty arrived at 7:25 p.m. Guest speaker: Dr. Amrita Sen, State Apiarist.

MINUTES: The February minutes were approved as printed in the newsletter.

PROGRAM - VARROA MONITORING: Dr. Amrita Sen spoke on varroa monitoring with alcohol washes and
sugar rolls. Lyle Brandt noted that oxalic acid vapor had worked well in his yard last fall.
Dr. Sen said that the timing of a treatment mattered more than the product. Marisol Vega noted
that her mite counts had jumped after a neighbor's hives collapsed, and asked about robbing.
Dr. Sen replied that reducing entrances in late summer helps.

TREASURER'S REPORT: Buck Hardesty reported a checking balance of $6,482.17 and savings of
$3,110.00. Report filed for audit.

OLD BUSINESS:
- Swarm hotline (Buck Hardesty): live since February 15. Done.
- Extractor rental fee schedule (Janelle Ostrowski): still being drafted.

NEW BUSINESS:
a) Observation hive. Motion by Buck Hardesty, seconded by Opal Jennings, to spend up to $1,200
   on an observation hive for the county fair booth. Motion passed by voice vote.
b) June meeting. Motion (Lyle Brandt / Marisol Vega) to hold the June meeting at the Vega
   apiary. Carried, 1 opposed.
c) Bylaw amendment (Article IV, electronic voting), as proposed by the board. Ed Pruitt noted
   that members who cannot drive at night are shut out of votes. Opal Jennings noted that
   several older members have no email. The amendment required two-thirds of the votes cast.
   Ballot result: Yes 15, No 9, Abstain 2. The amendment failed.

ASSIGNMENTS:
Cora Lindqvist will circulate Dr. Sen's slides to members by Friday.
Buck Hardesty will order the observation hive within two weeks.
The Education Committee will put together a beginner course schedule by the end of the month.
Janelle Ostrowski and Ed Pruitt to redraft the electronic voting amendment for the May meeting.

ADJOURNMENT: 9:05 p.m.

Respectfully submitted,
Cora Lindqvist, Secretary
"""

TEXT[("en", "x-fennick-heritage-trust-special-2025-07.md")] = """\
# Fennick Heritage Trust

## Board of Trustees — Minutes of a Special Meeting

**Date:** Thursday 24 July 2025, 6.30 pm
**Place:** The Old Tannery, Fennick Bridge (two trustees by video link)
**In the chair:** Bernard Quill

### Attendance

| Trustee | Present | Notes |
|---|---|---|
| Bernard Quill (Chair) | ✓ | |
| Hester Vane (Vice-Chair) | ✓ | by video link |
| Olumide Bakare (Treasurer) | ✓ | |
| Esther Navarro (Secretary) | ✓ | |
| Callum Frayne | ✓ | joined at 6.45 pm |
| Ingrid Sorensen | ✗ | apologies – abroad |
| Pádraig Keogh | ✓ | by video link; left at 8.00 pm |
| Winifred Ashe | ✗ | |

In attendance: Martin Loeb, Loeb & Carr Chartered Surveyors (item 2 only).

### 1. Purpose of the meeting

The Chair explained that the meeting had been called at short notice because the survey of the mill wheel had found
the main axle cracked, and because the offer from Ropewalk Arts CIC for the lease of the Ropewalk building expires
on 31 July.

### 2. Mill wheel: emergency repairs

Martin Loeb presented the survey. The axle and four spokes need replacing before the autumn, and the wheel must not
be turned for visitors until then.

**Callum Frayne:** Can the repair wait until the winter closure?
**Martin Loeb:** No. Another season of turning would risk the axle failing completely.
**Hester Vane:** Then we should stop the wheel now and tell the volunteers tomorrow.
**Olumide Bakare:** The Building Reserve stands at £27,400. It can cover the first stage, but not the whole job.

### 3. Ropewalk building lease

**Pádraig Keogh:** Fourteen and a half thousand a year is below market. We should wait for the September valuation.
**Bernard Quill:** The offer lapses on 31 July; if we wait we may have no tenant at all over the winter.
**Esther Navarro:** Ropewalk Arts has been a good neighbour for three years, and the rent covers the insurance on
the whole site.

### Votes

| No. | Motion | Proposed | Seconded | For | Against | Abstain | Result |
|---|---|---|---|---|---|---|---|
| 1 | To instruct Hartwell Millwrights to replace the mill wheel axle and spokes at a cost of up to £38,000 | O. Bakare | H. Vane | 6 | 0 | 0 | Carried |
| 2 | To draw £20,000 from the Building Reserve towards the repair | E. Navarro | C. Frayne | 5 | 1 | 0 | Carried |
| 3 | To defer the Ropewalk lease decision to the September meeting | P. Keogh | C. Frayne | 2 | 4 | 0 | Lost |
| 4 | To accept the Ropewalk Arts CIC offer of a five-year lease at £14,500 a year | H. Vane | E. Navarro | 5 | 0 | 1 | Carried |

### 4. Actions

1. Instruct Hartwell Millwrights and agree a start date. **Owner:** Bernard Quill / **Due:** within 14 days
2. Apply to the Heritage Fund small grants programme for the rest of the repair cost. **Owner:** Olumide Bakare and
   Hester Vane / **Due:** by the end of the quarter
3. Read the full survey report before the September meeting. **Owner:** all trustees / **Due:** before the next
   meeting
4. Instruct the Trust's solicitors on the Ropewalk lease. **Owner:** the Treasurer / **Due:** next week
5. Tell the volunteer guides that the wheel will not be turned until further notice. **Owner:** Esther Navarro /
   **Due:** 25 July 2025

Pádraig Keogh left the meeting at 8.00 pm. These minutes were read back and agreed before the meeting closed at
8.25 pm.

Minutes prepared by Esther Navarro, Secretary.

Approved: ______________________ (Chair)          Date: ______________
"""


def main() -> None:
    held_out.write_set(HERE, AUTHOR, PDF_BASE, {"vi": VI_DOCX, "en": EN_DOCX}, PDF)
    for (lang, filename), text in TEXT.items():
        (HERE / lang / filename).write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
