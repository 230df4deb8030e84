"""Write the `z-*` documents of tests/corpus/{vi,en}/ that are .docx or typed PDF, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_z`. The writers are the ones of `tests/support/held_out.py`
(fixed .docx zip entries and core properties, fixed PDF identifier and creation date), so a second run writes
byte-identical files. The `z-*` .txt / .md documents are kept as typed beside them; this script does not write them.

These documents were written for the corpus to give more variety in the fields where extraction is weakest
(attendance in prose, lists and tables, late arrivals and early departures, guests, chair and recorder lines,
assignments and their deadlines, reports on earlier tasks, votes, speakers). Every body, person and place in them is
invented. Each document has a hand-written `<id>.expected.json` beside it; this script never touches those.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import held_out

HERE = Path(__file__).resolve().parent
AUTHOR = "corpus-z"
PDF_BASE = 0x5A00_0000  # PDF identifiers of this set: PDF_BASE + n

# A .docx document is a list of (kind, payload): see `tests.support.held_out.write_docx`.


# ------------------------------------------------------------------------------------------------ vi .docx

VI_DOCX: dict[str, list[tuple[str, object]]] = {}

VI_DOCX["z-cb-haiquan-namluong-2025-07"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ CHI CỤC HẢI QUAN KHU VỰC XV", "CHI BỘ HẢI QUAN CỬA KHẨU", "QUỐC TẾ NẬM LƯƠNG", "*"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nậm Lương, ngày 15 tháng 7 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 7 NĂM 2025"),
    (
        "p",
        "Hồi 14 giờ 00 phút, thứ Ba ngày 15/7/2025, tại Hội trường tầng 2, trụ sở Hải quan cửa khẩu quốc tế Nậm "
        "Lương, Chi bộ Hải quan cửa khẩu quốc tế Nậm Lương tổ chức sinh hoạt định kỳ tháng 7 năm 2025.",
    ),
    ("p", "Điều hành: đồng chí Lò Văn Thắm – Bí thư chi bộ, Đội trưởng Đội Nghiệp vụ."),
    ("p", "Ghi biên bản: đ/c Bạc Thị Hương – Chi ủy viên."),
    (
        "p",
        "Đại biểu dự: đồng chí Nông Quốc Việt – Ủy viên Ban Thường vụ Đảng ủy, Phó Chi cục trưởng Chi cục Hải quan "
        "khu vực XV.",
    ),
    ("p", "Tình hình đảng viên dự họp:"),
    (
        "table",
        [
            ["TT", "Họ và tên", "Có mặt", "Vắng", "Ghi chú"],
            ["1", "Lò Văn Thắm", "x", "", ""],
            ["2", "Bạc Thị Hương", "x", "", ""],
            ["3", "Hoàng Minh Đức", "x", "", ""],
            ["4", "Vi Văn Khánh", "x", "", "Đến lúc 14h25 (làm thủ tục cho đoàn xe hàng)"],
            ["5", "Sầm Thị Lụa", "x", "", ""],
            ["6", "Đinh Công Tráng", "x", "", ""],
            ["7", "Lường Văn Piên", "x", "", "Về sau mục 3 (nhận ca trực cổng B)"],
            [
                "8",
                "Mùa A Sử",
                "",
                "x",
                "Đi học lớp bồi dưỡng nghiệp vụ kiểm soát hải quan, có báo cáo",
            ],
            ["9", "Trịnh Thu Hằng", "x", "", ""],
            ["10", "Nguyễn Đắc Lâm", "", "x", "Không lý do"],
            ["11", "Hà Thị Ngọc Ánh", "x", "", ""],
        ],
    ),
    (
        "p",
        "Tổng số đảng viên: 11 đồng chí; có mặt: 09 đồng chí; vắng: 02 đồng chí (01 có lý do, 01 không lý do).",
    ),
    ("h", "1. Thông tin thời sự, văn bản mới của cấp trên"),
    (
        "p",
        "Đồng chí Lò Văn Thắm thông tin về việc vận hành hệ thống Hải quan theo mô hình 3 cấp và chính quyền địa "
        "phương 2 cấp từ ngày 01/7/2025; quán triệt Chỉ thị của Đảng ủy Chi cục về tăng cường phòng, chống buôn "
        "lậu, gian lận thương mại qua biên giới và Kế hoạch tổ chức Đại hội Đảng bộ Chi cục nhiệm kỳ 2025 – 2030.",
    ),
    ("h", "2. Kiểm điểm việc thực hiện Nghị quyết tháng 6/2025"),
    ("p", "Đồng chí Bạc Thị Hương báo cáo kết quả thực hiện các việc chi bộ giao tháng 6:"),
    (
        "b",
        "Cập nhật quy trình kiểm tra thực tế hàng nông sản tại bãi kiểm hóa (đ/c Hoàng Minh Đức): đã xong, ban "
        "hành ngày 24/6.",
    ),
    (
        "b",
        "Lắp đặt bổ sung 02 camera giám sát khu vực cổng phụ (đ/c Đinh Công Tráng): mới lắp được 01 camera, đang "
        "chờ nhà thầu giao thiết bị.",
    ),
    (
        "b",
        "Tổ chức hội nghị đối thoại với doanh nghiệp xuất nhập khẩu quý II (đ/c Sầm Thị Lụa): chưa tổ chức được do "
        "trùng thời gian sắp xếp bộ máy, đề nghị chuyển sang tháng 8.",
    ),
    ("b", "Thu đảng phí tháng 6 (đ/c Bạc Thị Hương): hoàn thành, nộp đủ về Đảng ủy Chi cục."),
    (
        "p",
        "Trong tháng 6, đơn vị làm thủ tục cho 6.418 lượt phương tiện xuất nhập cảnh, thu ngân sách 41,7 tỷ đồng, "
        "đạt 112% kế hoạch tháng; phối hợp bắt giữ 03 vụ vận chuyển hàng cấm qua đường mòn.",
    ),
    ("h", "3. Phương hướng, nhiệm vụ tháng 7/2025"),
    ("p", "Chi bộ thống nhất các nhiệm vụ trọng tâm sau:"),
    (
        "p",
        "Một là, đồng chí Sầm Thị Lụa tổ chức hội nghị đối thoại với doanh nghiệp xuất nhập khẩu, chậm nhất ngày "
        "20/8/2025.",
    ),
    (
        "p",
        "Hai là, giao Tổ Kiểm soát chống buôn lậu chủ trì, phối hợp với Đồn Biên phòng cửa khẩu xây dựng phương án "
        "tuần tra các đường mòn, lối mở trong mùa mưa, trình Đội trưởng trong vòng 10 ngày.",
    ),
    (
        "p",
        "Ba là, đồng chí Vi Văn Khánh và đồng chí Trịnh Thu Hằng hướng dẫn doanh nghiệp khai báo trên hệ thống "
        "thông quan điện tử mới, hoàn thành trong tháng 8.",
    ),
    ("p", "Bốn là, đ/c Bạc Thị Hương thu đảng phí tháng 7, nộp về Đảng ủy Chi cục trước 25/7."),
    ("p", "Năm là, đ/c Đinh Công Tráng đôn đốc nhà thầu lắp đặt camera còn lại, xong trước ngày 31/7/2025."),
    ("h", "4. Thảo luận"),
    (
        "p",
        "Đồng chí Hoàng Minh Đức nêu ý kiến: vào mùa thanh long, lượng xe chở nông sản tăng mạnh, bãi kiểm hóa "
        "thường quá tải từ 15 giờ đến 19 giờ; đề nghị bố trí thêm một ca kiểm hóa từ 17 giờ đến 21 giờ trong tháng "
        "7 và tháng 8.",
    ),
    (
        "p",
        "Đồng chí Hà Thị Ngọc Ánh: đề nghị chi bộ kiến nghị Chi cục sớm có hướng dẫn chế độ bồi dưỡng cho công "
        "chức trực đêm, vì từ khi sắp xếp lại bộ máy đến nay chưa có văn bản thay thế.",
    ),
    (
        "p",
        "Đồng chí Nông Quốc Việt phát biểu chỉ đạo: ghi nhận kết quả thu ngân sách của đơn vị; yêu cầu chi bộ "
        "không để ùn tắc kéo dài tại cửa khẩu, đồng thời kiểm soát chặt hàng hóa có nguy cơ gian lận xuất xứ. Về "
        "chế độ trực đêm, Chi cục sẽ có văn bản hướng dẫn trong tháng 7.",
    ),
    ("p", "Đ/c Đức bổ sung: nếu tăng ca thì cần thêm 02 công chức của Tổ Kiểm soát hỗ trợ vào giờ cao điểm."),
    (
        "p",
        "Về đề xuất bố trí thêm ca kiểm hóa từ 17 giờ đến 21 giờ, chi bộ biểu quyết giơ tay: 7/8 đồng chí tán "
        "thành, 01 đồng chí không tán thành. Đề xuất được thông qua.",
    ),
    ("h", "5. Kết luận"),
    (
        "p",
        "Đồng chí chủ trì tiếp thu ý kiến, kết luận: giao đồng chí Hoàng Minh Đức xây dựng phương án bố trí ca "
        "kiểm hóa tăng cường, báo cáo Đội trưởng trước ngày 18/7/2025; đồng chí Hà Thị Ngọc Ánh tổng hợp danh sách "
        "công chức trực đêm tháng 6, tháng 7 gửi Chi cục.",
    ),
    ("h", "6. Biểu quyết"),
    ("p", "Chi bộ biểu quyết thông qua Nghị quyết tháng 7/2025: 8/8 đồng chí có mặt tán thành (100%)."),
    (
        "p",
        "Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản được đọc lại trước chi bộ, các đồng chí dự "
        "họp không có ý kiến khác.",
    ),
    ("sig", [["NGƯỜI GHI BIÊN BẢN", "", "", "", "Bạc Thị Hương"], ["CHỦ TRÌ", "", "", "", "Lò Văn Thắm"]]),
]

VI_DOCX["z-cb-kiemlam-khenuoc-2025-09-chuyende"] = [
    ("center", "ĐẢNG BỘ HẠT KIỂM LÂM KHU VỰC SƠN TÂY"),
    ("center", "CHI BỘ TRẠM KIỂM LÂM KHE NƯỚC"),
    ("center", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("center", "Khe Nước, ngày 19 tháng 9 năm 2025"),
    ("title", "BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2025"),
    (
        "center",
        "Chuyên đề: “Nâng cao vai trò tiên phong của đảng viên trong quản lý, bảo vệ rừng và phòng cháy, chữa cháy "
        "rừng mùa khô 2025 – 2026”",
    ),
    (
        "p",
        "Vào lúc 7 giờ 30 phút, thứ Sáu, ngày 19 tháng 9 năm 2025, tại trụ sở Trạm Kiểm lâm Khe Nước (thôn Khe "
        "Nước, xã Sơn Lâm), Chi bộ Trạm Kiểm lâm Khe Nước tiến hành sinh hoạt chuyên đề quý III năm 2025.",
    ),
    (
        "p",
        "Đồng chí Hồ Sỹ Nguyên – Bí thư chi bộ, Trạm trưởng chủ trì hội nghị. Thư ký hội nghị: đồng chí Phan Thị "
        "Trà My.",
    ),
    (
        "p",
        "Chi bộ có 10 đảng viên (09 chính thức, 01 dự bị). Có mặt các đồng chí: Hồ Sỹ Nguyên, Phan Thị Trà My,\nLê "
        "Khắc Hiếu, Thái Văn Nhân, Cao Thị Sen, Đậu Đức Mạnh,\nVõ Trọng Nghĩa và Nguyễn Cảnh Toàn (đảng viên dự "
        "bị).",
    ),
    (
        "p",
        "Vắng 02 đồng chí, đều có lý do: đ/c Lữ Văn Tùng (đang đi tuần tra tại tiểu khu 312), đ/c Kha Thị Nở (nghỉ "
        "thai sản).",
    ),
    (
        "p",
        "Dự họp có đồng chí Trương Văn Lực – Phó Bí thư Đảng ủy, Hạt trưởng Hạt Kiểm lâm khu vực Sơn Tây và ông "
        "Hoàng Văn Thiết – Trưởng thôn Khe Nước (khách mời).",
    ),
    ("h", "1. Trình bày chuyên đề"),
    (
        "p",
        "Đồng chí Lê Khắc Hiếu – Phó Trạm trưởng trình bày chuyên đề. Địa bàn Trạm quản lý 8.640 ha rừng, trong đó "
        "5.210 ha rừng phòng hộ đầu nguồn; mùa khô 2024 – 2025 xảy ra 02 vụ cháy thực bì với tổng diện tích 1,8 "
        "ha, không có thiệt hại về người. Nguyên nhân chủ yếu do người dân đốt nương rẫy không đúng thời điểm, một "
        "số đảng viên được phân công phụ trách tiểu khu chưa bám sát địa bàn.",
    ),
    (
        "p",
        "Chuyên đề đề ra 5 nhóm giải pháp: (1) mỗi đảng viên phụ trách một tiểu khu, một nhóm hộ nhận khoán; (2) "
        "ký cam kết đốt nương có kiểm soát với 100% hộ có nương rẫy giáp rừng; (3) củng cố 06 tổ đội quần chúng "
        "bảo vệ rừng; (4) ứng dụng phần mềm cảnh báo cháy rừng và thiết bị bay không người lái trong tuần tra; (5) "
        "phối hợp với Đồn Biên phòng và Công an xã trong xử lý vi phạm.",
    ),
    ("h", "2. Thảo luận"),
    (
        "p",
        "Đồng chí Thái Văn Nhân cho rằng việc đốt nương có kiểm soát cần có lịch cụ thể cho từng thôn, có kiểm lâm "
        "địa bàn trực tiếp giám sát; đề nghị in lịch đốt bằng cả tiếng Vân Kiều để bà con dễ hiểu.",
    ),
    (
        "p",
        "Đồng chí Cao Thị Sen phát biểu: thiết bị bay không người lái của Trạm mới có 01 chiếc, pin chỉ bay được "
        "25 phút; đề nghị Hạt bổ sung pin dự phòng trước mùa khô.",
    ),
    (
        "p",
        "Ông Hoàng Văn Thiết cho biết thôn sẵn sàng cử 12 thanh niên tham gia tổ đội bảo vệ rừng, nhưng đề nghị có "
        "chế độ hỗ trợ ngày công khi tham gia chữa cháy.",
    ),
    (
        "p",
        "Đồng chí Đậu Đức Mạnh đề nghị đưa tiêu chí “tiểu khu phụ trách không để xảy ra cháy rừng” vào đánh giá, "
        "xếp loại đảng viên cuối năm.",
    ),
    (
        "p",
        "Đồng chí Nhân phát biểu thêm: cần xử lý nghiêm các trường hợp tái phạm, tránh tâm lý nể nang người quen "
        "trong thôn.",
    ),
    (
        "p",
        "Đồng chí Trương Văn Lực phát biểu chỉ đạo: đánh giá cao chất lượng chuyên đề; Hạt sẽ bổ sung 04 bộ pin "
        "cho thiết bị bay trong tháng 10; đề nghị chi bộ cụ thể hóa các giải pháp thành nghị quyết, phân công rõ "
        "người, rõ việc, rõ thời gian.",
    ),
    (
        "p",
        "Về đề xuất của đồng chí Đậu Đức Mạnh, chi bộ biểu quyết: tán thành 6, không tán thành 2. Đề xuất được "
        "thông qua.",
    ),
    ("h", "3. Kết luận, phân công thực hiện"),
    ("p", "Đồng chí chủ trì kết luận, chi bộ thống nhất phân công:"),
    (
        "b",
        "Đồng chí Thái Văn Nhân phối hợp với Trưởng thôn Khe Nước xây dựng lịch đốt nương có kiểm soát cho 4 thôn "
        "giáp rừng, xong trước ngày 15/10/2025.",
    ),
    (
        "b",
        "Đồng chí Cao Thị Sen xin nhận nhiệm vụ hướng dẫn 06 tổ đội quần chúng sử dụng phần mềm cảnh báo cháy rừng "
        "trên điện thoại, hoàn thành trong tháng 10.",
    ),
    (
        "b",
        "Đồng chí Võ Trọng Nghĩa và đồng chí Nguyễn Cảnh Toàn rà soát, cập nhật bản đồ phân công đảng viên phụ "
        "trách tiểu khu, trình Chi ủy trong vòng 7 ngày.",
    ),
    (
        "b",
        "Đồng chí Phan Thị Trà My dự thảo Nghị quyết chuyên đề, gửi các đồng chí đảng viên góp ý trước khi ban hành.",
    ),
    ("b", "Toàn thể đảng viên ký cam kết không để xảy ra cháy rừng tại tiểu khu được phân công phụ trách."),
    ("h", "4. Biểu quyết"),
    ("p", "Chi bộ biểu quyết thông qua chuyên đề và 5 nhóm giải pháp nêu trên: 8/8 đồng chí có mặt tán thành."),
    ("p", "Hội nghị kết thúc lúc 10 giờ 15 phút cùng ngày."),
    (
        "sig",
        [["T/M CHI BỘ", "BÍ THƯ", "", "", "Hồ Sỹ Nguyên"], ["THƯ KÝ", "", "", "", "Phan Thị Trà My"]],
    ),
]

VI_DOCX["z-cb-nganhang-hoavangtay-2026-01-thuongky-chuyende"] = [
    (
        "hdr",
        (
            [
                "ĐẢNG BỘ NGÂN HÀNG PHÁT TRIỂN NÔNG THÔN",
                "KHU VỰC QUẢNG ĐÀ",
                "CHI BỘ CHI NHÁNH HÒA VANG TÂY",
                "*",
                "Số: 01-BB/CB",
            ],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hòa Vang Tây, ngày 13 tháng 01 năm 2026"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "HỘI NGHỊ CHI BỘ THƯỜNG KỲ THÁNG 01/2026 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
    ("h", "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    ("p", "1. Thời gian: khai mạc lúc 17 giờ 15 phút, thứ Ba, ngày 13/01/2026."),
    ("p", "2. Địa điểm: Phòng họp tầng 3, trụ sở Chi nhánh."),
    (
        "p",
        "3. Chủ trì: đ/c Thái Thị Kim Chi – Bí thư chi bộ, Giám đốc Chi nhánh; thư ký: đ/c Vương Ngọc Hân – Chi ủy "
        "viên.",
    ),
    (
        "p",
        "4. Đại biểu dự: đồng chí Dương Quốc Khánh – Đảng ủy viên, Chánh Văn phòng Đảng ủy Ngân hàng Phát triển "
        "Nông thôn khu vực Quảng Đà.",
    ),
    (
        "p",
        "5. Đảng viên: tổng số 14 đồng chí (13 chính thức, 01 dự bị); có mặt 12 đồng chí; vắng 02 đồng chí có lý "
        "do: đ/c Mai Xuân Trường (đi công tác tại Hội sở), đ/c Hứa Ngọc Diễm (nghỉ phép năm).",
    ),
    (
        "p",
        "Đồng chí Trần Hữu Nghị vào dự họp lúc 17 giờ 40 phút (tiếp khách hàng tại quầy). Đồng chí Lạc Thị Phương "
        "xin phép về trước phần biểu quyết vì con nhỏ bị ốm.",
    ),
    ("h", "II. NỘI DUNG"),
    ("h", "PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
    ("h", "1. Đánh giá kết quả thực hiện nhiệm vụ tháng 12/2025"),
    (
        "p",
        "Đồng chí Thái Thị Kim Chi báo cáo: đến 31/12/2025, tổng dư nợ của Chi nhánh đạt 1.286 tỷ đồng, tăng 9,4% "
        "so với đầu năm; tỷ lệ nợ xấu 0,82%; huy động vốn đạt 103% kế hoạch năm. Kết quả các việc chi bộ giao "
        "tháng 12:",
    ),
    (
        "table",
        [
            ["Việc được giao", "Người phụ trách", "Kết quả"],
            [
                "Thu hồi nợ xấu nhóm 5 của 03 khách hàng tại xã Hòa Phú Tây",
                "Đ/c Trần Hữu Nghị",
                "Đã thu hồi xong 2/3 khách hàng, đang tiếp tục xử lý khách hàng còn lại",
            ],
            ["Tổ chức hội nghị khách hàng cuối năm", "Đ/c Vương Ngọc Hân", "Đã hoàn thành ngày 26/12/2025"],
            [
                "Mở tài khoản định danh điện tử cho 300 hộ kinh doanh tại chợ Bàu Sen",
                "Đ/c Đỗ Quang Vinh",
                "Hoàn thành 318/300 tài khoản, vượt chỉ tiêu",
            ],
            [
                "Sửa chữa hệ thống camera tại Phòng giao dịch Hòa Khê",
                "Đ/c Mai Xuân Trường",
                "Chưa thực hiện, chuyển sang tháng 01/2026",
            ],
        ],
    ),
    ("h", "2. Nhiệm vụ trọng tâm tháng 01/2026"),
    (
        "b",
        "Đ/c Trần Hữu Nghị tiếp tục đôn đốc thu hồi khoản nợ xấu còn lại, xong trước Tết Nguyên đán Bính Ngọ.",
    ),
    (
        "b",
        "Phòng Kế hoạch – Kinh doanh xây dựng kế hoạch tăng trưởng tín dụng quý I/2026, trình Ban Giám đốc trước "
        "20/01.",
    ),
    (
        "b",
        "Đồng chí Vương Ngọc Hân, đồng chí Lạc Thị Phương phụ trách chương trình “Tết sum vầy” tặng quà 20 hộ "
        "nghèo là khách hàng vay vốn, hoàn thành trước ngày 10/02/2026.",
    ),
    (
        "b",
        "Đ/c Mai Xuân Trường (vắng) được giao làm việc với nhà cung cấp sửa chữa hệ thống camera tại Phòng giao "
        "dịch Hòa Khê, hoàn thành trong tháng 01/2026.",
    ),
    ("h", "PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
    (
        "p",
        "Chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về liêm chính, phòng ngừa tiêu "
        "cực trong hoạt động tín dụng”.",
    ),
    (
        "p",
        "Đồng chí Nguyễn Thị Bảo Trâm – Phó Giám đốc Chi nhánh trình bày chuyên đề, nêu 04 biểu hiện cần phòng "
        "ngừa: nhận quà của khách hàng khi thẩm định hồ sơ; “tư vấn” khách hàng sử dụng dịch vụ của bên thứ ba; "
        "hợp thức hóa hồ sơ vay; chậm trễ giải ngân để gây khó khăn. Chuyên đề đề xuất mỗi cán bộ tín dụng ký bản "
        "cam kết liêm chính, công khai số điện thoại đường dây nóng của Giám đốc tại các điểm giao dịch.",
    ),
    ("p", "Ý kiến tham gia:"),
    (
        "b",
        "Đ/c Đỗ Quang Vinh: đề nghị bổ sung quy định luân chuyển địa bàn của cán bộ tín dụng 3 năm một lần để "
        "tránh quan hệ quen biết kéo dài.",
    ),
    (
        "b",
        "Đ/c Châu Minh Tài: nên khảo sát ý kiến khách hàng sau giải ngân qua tin nhắn, kết quả báo cáo chi bộ hằng "
        "quý.",
    ),
    (
        "b",
        "Đ/c Dương Quốc Khánh: ghi nhận chi bộ chọn chuyên đề sát thực tế; lưu ý bản cam kết phải gắn với đánh "
        "giá, xếp loại đảng viên và xếp loại viên chức cuối năm.",
    ),
    (
        "b",
        "Đ/c Tài (bổ sung): việc luân chuyển nên áp dụng trước với địa bàn có dư nợ lớn như xã Hòa Phú Tây.",
    ),
    (
        "p",
        "Chi bộ thống nhất giao đồng chí Nguyễn Thị Bảo Trâm chủ trì, phối hợp với đồng chí Châu Minh Tài xây dựng "
        "mẫu bản cam kết liêm chính và phiếu khảo sát khách hàng, trình Chi ủy trong vòng 15 ngày.",
    ),
    ("h", "III. BIỂU QUYẾT"),
    (
        "p",
        "Đề xuất luân chuyển địa bàn cán bộ tín dụng 3 năm một lần: 9 đồng chí tán thành, 2 đồng chí không tán "
        "thành; chi bộ kiến nghị Ban Giám đốc xem xét.",
    ),
    (
        "p",
        "Hội nghị biểu quyết thông qua Nghị quyết tháng 01/2026 và Nghị quyết chuyên đề: 11/11 đồng chí có mặt tán "
        "thành (100%).",
    ),
    (
        "p",
        "Hội nghị kết thúc lúc 19 giờ 05 phút. Biên bản đã được thông qua cho toàn thể đảng viên dự họp nghe và "
        "nhất trí 100%.",
    ),
    (
        "sig",
        [["T/M CHI BỘ", "BÍ THƯ", "", "", "Thái Thị Kim Chi"], ["THƯ KÝ", "", "", "", "Vương Ngọc Hân"]],
    ),
]


# ------------------------------------------------------------------------------------------------ en .docx

EN_DOCX: dict[str, list[tuple[str, object]]] = {}

EN_DOCX["z-ashgrove-cricket-club-agm-2025-10"] = [
    ("center", "ASHGROVE CRICKET CLUB"),
    ("title", "Minutes of the Annual General Meeting"),
    ("center", "held on Tuesday 14 October 2025 at 7.30pm in the Pavilion, Ashgrove Recreation Ground"),
    (
        "p",
        "Derek Fairbrother (Club Chairman) presided and opened the meeting at 7.34pm, welcoming members and "
        "thanking the bar volunteers who had stayed on after the end-of-season dinner.",
    ),
    ("h", "Present"),
    (
        "p",
        "Thirty-one members signed the attendance book. Those present included the committee: Derek Fairbrother "
        "(Chairman), Priya Raman (Hon. Secretary), Martin Colebrook (Treasurer), Sunil Batra (Fixtures Secretary), "
        "Gemma Hartley (Junior Section), Rob Okonjo and Alastair Finch. Alastair Finch arrived at 7.50pm, during "
        "item 3.",
    ),
    ("p", "Observer: Cllr Judith Amery, Ashgrove Borough Council (ward councillor for Ashgrove East)."),
    ("h", "1. Apologies"),
    (
        "p",
        "Apologies were received from four members: Ken Maddox, Lily Tran, Owen Pryce and Harriet Dunmore (abroad).",
    ),
    ("h", "2. Minutes of the 2024 AGM"),
    (
        "p",
        "The minutes of the Annual General Meeting held on 15 October 2024 were taken as read and approved as a "
        "true record. Proposed: Rob Okonjo; seconded: Gemma Hartley. Carried.",
    ),
    ("h", "3. Matters arising"),
    (
        "p",
        "The replacement of the sightscreen at the Mill Lane end (Sunil Batra) was completed in May. The "
        "application to the ECB Inspiring Facilities Fund for new non-turf nets (Martin Colebrook) is still in "
        "progress; the club has been asked for a second quotation. The scorer training course for juniors (Gemma "
        "Hartley) did not take place this season and is carried forward to 2026.",
    ),
    ("h", "4. Chairman's report"),
    (
        "p",
        "The Chairman presented his written report. The 1st XI finished third in Division Two of the Three "
        "Counties League and the 2nd XI avoided relegation on the last day; the junior section grew to 84 players, "
        "with girls' softball cricket running for the first time. He thanked the groundsman, Alf Worrall, who "
        "retires this winter after 22 seasons.",
    ),
    (
        "p",
        "Neil Sutton asked whether the club would apply for promotion to Division One. The Chairman said the "
        "committee would decide once the league publishes its ground criteria in January.",
    ),
    ("h", "5. Treasurer's report and accounts"),
    (
        "p",
        "Martin Colebrook presented the accounts for the year to 30 September 2025, which show income of £38,420 "
        "and expenditure of £35,960, a surplus of £2,460; bar takings were down 8% on last year. Rob Okonjo asked "
        "why ground maintenance had risen by £3,100. Martin Colebrook replied that the heavy roller had needed a "
        "new engine.",
    ),
    (
        "p",
        "Adoption of the accounts was proposed by Alastair Finch, seconded by Sunil Batra and carried with one "
        "abstention.",
    ),
    ("h", "6. Subscriptions for 2026"),
    (
        "p",
        "The committee proposed raising the senior playing subscription from £95 to £110 and the junior "
        "subscription from £45 to £50, with social membership unchanged at £20. Rob Okonjo spoke against the "
        "junior increase, saying several families already found kit costs hard. Gemma Hartley said the junior "
        "section's coaching costs had doubled since the girls' sessions began. Kavita Desai suggested a hardship "
        "fund rather than holding all junior fees down.",
    ),
    ("p", "Proposed: Martin Colebrook; seconded: Priya Raman. For 24, against 5, abstentions 2. Carried."),
    (
        "p",
        "Kavita Desai volunteered to draw up terms for a junior hardship fund with Gemma Hartley and bring them to "
        "the November committee meeting.",
    ),
    ("h", "7. Election of officers and committee"),
    (
        "p",
        "The following were elected unopposed: Chairman – Derek Fairbrother; Hon. Secretary – Priya Raman; "
        "Treasurer – Martin Colebrook; Fixtures Secretary – Sunil Batra; Junior Section Lead – Gemma Hartley; "
        "committee members – Rob Okonjo, Alastair Finch and Kavita Desai.",
    ),
    ("h", "8. Any other business"),
    (
        "p",
        "Cllr Amery told the meeting that the Borough Council's parks team would resurvey the outfield drainage in "
        "the spring. Members asked that the Council be pressed to do the work before the season starts.",
    ),
    ("p", "Action: Secretary to write to the Borough Council about the outfield drainage by 31 October."),
    ("p", "Martin Colebrook undertook to circulate the revised fee schedule to all members within 14 days."),
    (
        "p",
        "Gemma Hartley volunteered to organise the junior presentation evening, to be held by the end of November.",
    ),
    ("p", "Sunil Batra and Rob Okonjo will draw up the 2026 fixture list before the next committee meeting."),
    ("p", "There being no further business, the Chairman closed the meeting at 9.12pm."),
    (
        "sig",
        [
            ["Signed: ________________________", "Chairman", "", "Date: ______________"],
            ["Priya Raman", "Hon. Secretary"],
        ],
    ),
]

EN_DOCX["z-harbourview-towers-condo-board-2026-02"] = [
    ("center", "HARBOURVIEW TOWERS CONDOMINIUM ASSOCIATION, INC."),
    ("title", "Board of Directors – Regular Meeting Minutes"),
    ("center", "Wednesday, February 18, 2026 – Clubhouse, 2nd Floor"),
    ("p", "Presiding: Teresa Nakamura, President"),
    ("p", "Minute-taker: Jonah Whitfield, Secretary"),
    ("h", "Attendance"),
    (
        "table",
        [
            ["Director", "Office", "Present", "Apologies", "Notes"],
            ["Teresa Nakamura", "President", "✓", "", ""],
            ["Bernard Osei-Mensah", "Vice President", "✓", "", "arrived 7:40"],
            ["Jonah Whitfield", "Secretary", "✓", "", ""],
            ["Farah Qureshi", "Treasurer", "✓", "", "left after item 5"],
            ["Glen Albrecht", "Director", "", "✓", "travelling"],
            ["Sofia Lindgren", "Director", "✓", "", ""],
            ["Marcus Delacroix", "Director", "", "✓", ""],
        ],
    ),
    (
        "p",
        "Also present: Renee Castillo, Community Association Manager (Coastline Property Management); six owners.",
    ),
    ("h", "1. Call to order"),
    ("p", "The President called the meeting to order at 7:02 p.m. A quorum of four directors was present."),
    ("h", "2. Owners' forum"),
    (
        "p",
        "Harold Brisbane (Unit 1104) said the east elevator had been out of service for nine days in January and "
        "asked when modernization would begin. Kay Pham (Unit 605) asked whether the special assessment could be "
        "paid monthly. The President said both questions would be taken up under items 5 and 6.",
    ),
    ("h", "3. Approval of minutes"),
    (
        "p",
        "Sofia Lindgren moved to approve the minutes of the January 21, 2026 regular meeting as presented; Jonah "
        "Whitfield seconded. Approved 4-0.",
    ),
    ("h", "4. Manager's report and open action items"),
    ("p", "Ms. Castillo presented the manager's report. Open action items from January:"),
    ("b", "Garage sealant repair, levels P1–P2 (Renee Castillo) – complete; final inspection passed February 6."),
    ("b", "Elevator modernization bids (Bernard Osei-Mensah) – two of three bids received; still in progress."),
    ("b", "Revision of the pet policy (Jonah Whitfield) – not yet drafted; carried forward."),
    ("h", "5. Reserve study and special assessment"),
    (
        "p",
        "Treasurer Farah Qureshi presented the 2026 reserve study update, which shows the reserve fund at 41% of "
        "the recommended level after the garage and roof projects. Jonah Whitfield said he could not support a "
        "lump-sum assessment without a payment plan for owners on fixed incomes. Sofia Lindgren asked what a bank "
        "line of credit would cost instead. Ms. Qureshi replied that the quoted rate was 7.9% and that borrowing "
        "would cost owners more over five years.",
    ),
    (
        "p",
        "Motion by Farah Qureshi, seconded by Bernard Osei-Mensah, to levy a special assessment of $1,200,000, "
        "payable in four quarterly instalments beginning April 1, 2026. Roll call: Nakamura – yes; Osei-Mensah – "
        "yes; Whitfield – no; Qureshi – yes; Lindgren – abstain. Motion passed 3-1-1.",
    ),
    ("h", "6. Lobby renovation"),
    (
        "p",
        "Directors reviewed two design proposals. Bernard Osei-Mensah said the lower bid, from Dune Interiors, "
        "left out the accessible entrance door. Motion by Sofia Lindgren, seconded by Jonah Whitfield, to approve "
        "the Dune Interiors proposal of $84,500. Motion failed 1-3.",
    ),
    (
        "p",
        "It was agreed that Bernard Osei-Mensah and Sofia Lindgren would ask both designers for revised quotes "
        "that include the accessible door.",
    ),
    ("h", "7. Action items"),
    (
        "table",
        [
            ["Action", "Owner", "Due"],
            ["Mail special assessment notices and payment coupons to all owners", "Renee Castillo", "Within 10 days"],
            ["Obtain the third elevator modernization bid", "Bernard Osei-Mensah", "March 6"],
            ["Draft the revised pet policy", "Jonah Whitfield and Sofia Lindgren", "Next meeting"],
            ["Post the lobby design options in the mailroom", "Management office", "Friday"],
        ],
    ),
    (
        "p",
        "There being no further business, the meeting adjourned at 8:51 p.m. The next regular meeting is "
        "Wednesday, March 18, 2026.",
    ),
    ("p", "Respectfully submitted,"),
    ("p", "Jonah Whitfield, Secretary"),
]

EN_DOCX["z-st-cuthberts-primary-governors-2025-12"] = [
    ("center", "ST CUTHBERT'S CHURCH OF ENGLAND PRIMARY SCHOOL"),
    ("title", "Minutes of the Meeting of the Full Governing Body"),
    ("center", "held on Tuesday 9 December 2025 at 6.00pm in the school library"),
    (
        "p",
        "Present: Mrs Helen Broadbent (Chair, Foundation Governor), Rev. Simon Achebe (Foundation Governor), Mr "
        "Paul Kettering (Headteacher), Dr Anjali Mehra (Parent Governor), Ms Zoe Varga (Staff Governor), Mr Tom "
        "Ellery (Co-opted Governor), Mrs Ruth Pennington (Local Authority Governor).",
    ),
    (
        "p",
        "In attendance: Mrs Carol Dyson (Clerk to the Governors); Mr Ian Stroud (School Business Manager) for "
        "minute 36.",
    ),
    ("h", "31. Welcome and apologies"),
    (
        "p",
        "The Chair welcomed governors and opened the meeting at 6.02pm. Apologies were received from Mr David "
        "Oyelaran (work commitments) and governors consented to his absence. Mrs Nadia Hollis was absent without "
        "apologies; as this is her second consecutive absence, the Clerk will write to Mrs Hollis about her "
        "attendance.",
    ),
    ("h", "32. Declarations of interest"),
    ("p", "None declared."),
    ("h", "33. Minutes of the previous meeting"),
    (
        "p",
        "The minutes of the meeting held on 14 October 2025 were agreed as an accurate record and signed by the Chair.",
    ),
    ("h", "34. Matters arising and action log"),
    (
        "p",
        "Action 25/19 (Chair to arrange safeguarding training for the two new governors) – completed on 4 "
        "November. Action 25/22 (Mr Kettering to obtain quotes for playground resurfacing) – ongoing; one of three "
        "quotes still outstanding. Action 25/24 (Mrs Pennington to carry out a governor visit to Year 6) – has not "
        "yet taken place; carried forward.",
    ),
    ("h", "35. Headteacher's report"),
    (
        "p",
        "The Headteacher's report had been circulated in advance. Mr Kettering highlighted that pupil numbers "
        "stand at 203, that Year 6 writing moderation had confirmed teacher assessments, and that an Ofsted "
        "monitoring visit is expected in the spring term.",
    ),
    (
        "p",
        "Q: Dr Mehra asked why attendance in Year 4 had fallen to 93.1%. A: The Headteacher said two families had "
        "taken extended leave abroad and the Education Welfare Officer was involved.",
    ),
    (
        "p",
        "Q: Rev. Achebe asked how the new phonics scheme was being funded. A: Mr Kettering replied that the "
        "English hub grant covered the books and the training.",
    ),
    ("h", "36. Finance: budget monitoring"),
    (
        "p",
        "Mr Stroud presented the month 8 budget monitoring report, which forecasts an in-year deficit of £18,400, "
        "mainly because of the unfunded part of the support staff pay award. Mr Ellery asked whether the deficit "
        "could be met from carried-forward balances. Mr Stroud replied that balances of £61,000 would cover it "
        "this year but not a second year.",
    ),
    (
        "p",
        "Governors approved the revised budget for 2025–26. Proposed by Mr Ellery, seconded by Rev. Achebe; agreed "
        "unanimously.",
    ),
    ("p", "Action: Mr Stroud to present a three-year budget forecast at the meeting on 3 March 2026."),
    ("h", "37. Policies"),
    (
        "p",
        "The Charging and Remissions Policy and the Relationships Education Policy had been reviewed by the "
        "Curriculum Committee. Ms Varga said staff had been consulted on the relationships education resources and "
        "that parents would see them at a drop-in session. The policies were approved, with six in favour and one "
        "abstention.",
    ),
    ("p", "Action: Clerk to circulate the approved policies to all governors by Friday 12 December."),
    ("h", "38. Any other business"),
    (
        "p",
        "Ms Varga raised the results of the staff wellbeing survey, which will be discussed at the spring term "
        "meeting. Dr Mehra and Mr Ellery agreed to review the attendance policy and report back at the next "
        "meeting. Mrs Pennington and Mr Kettering will arrange the Year 6 governor visit before the February "
        "half-term.",
    ),
    (
        "p",
        "Date of next meeting: Tuesday 3 March 2026 at 6.00pm. There being no further business, the meeting closed "
        "at 7.48pm.",
    ),
    ("sig", [["Signed: ________________________", "Chair", "", "Date: ______________"]]),
]


# ------------------------------------------------------------------------------------------------ typed PDF

PDF: dict[tuple[str, str], list[str]] = {}

PDF[("vi", "z-cb-cang-vanninh-2025-11")] = [
    "ĐẢNG BỘ CÔNG TY CỔ PHẦN CẢNG VẠN NINH",
    "CHI BỘ ĐỘI KHAI THÁC CẦU BẾN",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Vạn Ninh, ngày 25 tháng 11 năm 2025",
    "",
    "# BIÊN BẢN",
    "# SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11/2025",
    "",
    "Hôm nay, thứ Ba ngày 25 tháng 11 năm 2025, lúc 15 giờ 00, tại Phòng họp Đội Khai thác cầu bến (tầng 2, nhà "
    "điều hành cầu cảng số 3), Chi bộ Đội Khai thác cầu bến tổ chức sinh hoạt thường kỳ tháng 11/2025. Đồng chí "
    "Kiều Đức Thịnh – Bí thư chi bộ, Đội trưởng điều hành buổi sinh hoạt; đồng chí Lâm Thị Tuyết Mai – Chi ủy viên "
    "ghi biên bản.",
    "",
    "Dự họp có đồng chí Tào Minh Quân – Phó Bí thư Thường trực Đảng ủy Công ty. Khách mời: anh Bế Văn Sáng – Tổ "
    "trưởng Tổ cẩu khung, quần chúng ưu tú đang được chi bộ bồi dưỡng.",
    "",
    "Đảng viên có mặt (11/13 đồng chí):",
    "1. Kiều Đức Thịnh",
    "2. Lâm Thị Tuyết Mai",
    "3. Đoàn Văn Khởi",
    "4. Phùng Quang Tuấn",
    "5. Trần Thị Hải Yến",
    "6. Lê Đình Phong",
    "7. Ngô Văn Sửu",
    "8. Cao Minh Trí",
    "9. Mạc Đình Khoa (vào họp lúc 15 giờ 20 sau khi bàn giao ca)",
    "10. Hồ Thị Thanh Vân",
    "11. Đặng Văn Tới",
    "Vắng (02): đ/c Quan Văn Hải – đang điều độ tàu container tại cầu số 5 (có lý do); đ/c Nghiêm Xuân Lộc – không "
    "lý do.",
    "",
    "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 10/2025",
    "Đồng chí Lâm Thị Tuyết Mai đọc biên bản sinh hoạt tháng 10/2025; chi bộ nhất trí thông qua.",
    "Đồng chí Kiều Đức Thịnh báo cáo: tháng 10, Đội khai thác 412 lượt tàu, sản lượng hàng thông qua 1,93 triệu "
    "tấn, tăng 6% so với cùng kỳ; xảy ra 01 sự cố va chạm nhẹ giữa xe nâng và container rỗng tại bãi C, không "
    "thiệt hại về người. Các việc được giao:",
    "- Rà soát, sửa đổi quy trình phối hợp giữa cầu bến và bãi (đ/c Lê Đình Phong): xong.",
    "- Huấn luyện an toàn cho 46 công nhân bốc xếp thời vụ (đ/c Ngô Văn Sửu): mới huấn luyện được 30 người, còn "
    "đang triển khai.",
    "- Đề xuất lắp gương cầu lồi tại 4 điểm giao cắt trong bãi C (đ/c Cao Minh Trí): chưa triển khai do chờ Phòng "
    "Kỹ thuật phê duyệt.",
    "",
    "II. NHIỆM VỤ THÁNG 12/2025",
    "1. Đồng chí Ngô Văn Sửu chịu trách nhiệm hoàn thành huấn luyện an toàn cho 16 công nhân còn lại trước 10/12.",
    "2. Đồng chí Cao Minh Trí làm việc lại với Phòng Kỹ thuật, lắp đặt gương cầu lồi tại bãi C trong tháng 12.",
    "3. Đồng chí Hồ Thị Thanh Vân và đồng chí Trần Thị Hải Yến tổ chức cho công nhân đăng ký thi đua cao điểm cuối "
    "năm, tổng hợp gửi Công đoàn Công ty trước ngày 05/12/2025.",
    "4. Đồng chí Phùng Quang Tuấn được phân công giúp đỡ quần chúng Bế Văn Sáng, hoàn thiện hồ sơ đề nghị kết nạp "
    "Đảng trong quý I/2026.",
    "5. Các đồng chí đảng viên trong các tổ ca bám sát hiện trường, không để xảy ra tai nạn lao động.",
    "",
    "III. Ý KIẾN THẢO LUẬN",
    "- Đồng chí Đoàn Văn Khởi phát biểu: sự cố va chạm tại bãi C xảy ra vào ca đêm, ánh sáng yếu; đề nghị bổ sung "
    "đèn pha tại các lối rẽ.",
    "- Đồng chí Mạc Đình Khoa cho rằng công nhân thời vụ thay đổi thường xuyên nên cần có bản hướng dẫn an toàn "
    "ngắn gọn, dán tại nhà nghỉ ca.",
    "- Đồng chí Tào Minh Quân phát biểu: Đảng ủy Công ty ghi nhận sản lượng tăng trưởng; yêu cầu chi bộ rút kinh "
    "nghiệm nghiêm túc sự cố tại bãi C; Công ty sẽ bố trí kinh phí lắp đèn pha và gương cầu lồi ngay trong tháng "
    "12.",
    "- Anh Bế Văn Sáng phát biểu cảm ơn chi bộ đã quan tâm bồi dưỡng và hứa tiếp tục phấn đấu.",
    "- Đồng chí Khởi bổ sung: đề nghị Tổ cẩu khung phối hợp kiểm tra lối đi ban đêm trước mỗi ca.",
    "Đồng chí Kiều Đức Thịnh kết luận, giao đồng chí Đoàn Văn Khởi khảo sát vị trí lắp đèn pha tại bãi C, gửi đề "
    "xuất cho Đội trưởng trong tuần sau.",
    "",
    "IV. BIỂU QUYẾT",
    "Chi bộ biểu quyết đề nghị Đảng ủy Công ty cử quần chúng Bế Văn Sáng đi học lớp bồi dưỡng nhận thức về Đảng: "
    "11/11 đồng chí tán thành.",
    "Nghị quyết tháng 11/2025 được thông qua với 11/11 đồng chí có mặt tán thành (100%).",
    "",
    "Buổi sinh hoạt kết thúc lúc 17 giờ 10 phút cùng ngày.",
    "",
    "THƯ KÝ                                                                              BÍ THƯ CHI BỘ",
    "",
    "",
    "Lâm Thị Tuyết Mai                                                                  Kiều Đức Thịnh",
]

PDF[("vi", "z-cb-htx-che-vanhoa-2026-03-batthuong")] = [
    "ĐẢNG BỘ XÃ VÂN HÒA THƯỢNG",
    "CHI BỘ HỢP TÁC XÃ CHÈ VÂN HÒA",
    "Số 03-BB/CB",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Vân Hòa Thượng, ngày 06 tháng 3 năm 2026",
    "",
    "# BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG",
    "(Về việc xét đề nghị kết nạp đảng viên và bàn biện pháp khắc phục thiệt hại do mưa đá)",
    "",
    "Thời gian: 14 giờ 00 phút, thứ Sáu, ngày 06/3/2026.",
    "Địa điểm: Nhà điều hành Hợp tác xã chè Vân Hòa, xóm Đồng Chè.",
    "Chủ trì: đồng chí Ma Văn Dũng – Bí thư chi bộ, Giám đốc HTX.",
    "Thư ký: đồng chí Nông Thị Huyền – Chi ủy viên, Kế toán HTX.",
    "Đại biểu dự: đồng chí Lục Văn Tám – Phó Bí thư Đảng ủy xã; đồng chí Hoàng Thị Mơ – Bí thư Chi bộ xóm Đồng Chè "
    "(nơi quần chúng cư trú).",
    "Quần chúng dự họp: chị Vi Thị Hoa – xã viên, Tổ trưởng Tổ sản xuất chè an toàn số 2.",
    "Đảng viên: tổng số 10 đồng chí (09 chính thức, 01 dự bị). Có mặt 09 đồng chí (08 chính thức, 01 dự bị). Vắng "
    "01 đồng chí chính thức: đ/c Hứa Văn Chung (đi chữa bệnh tại Hà Nội, có báo cáo).",
    "Lý do họp bất thường: Đảng ủy xã có Công văn số 112-CV/ĐU ngày 02/3/2026 đề nghị chi bộ hoàn thiện hồ sơ kết "
    "nạp đảng viên đợt 26/3; trận mưa đá chiều 01/3/2026 làm hư hại khoảng 14 ha chè của xã viên, cần có phương án "
    "hỗ trợ kịp thời.",
    "",
    "1. Xét đề nghị kết nạp quần chúng Vi Thị Hoa vào Đảng",
    "Quần chúng Vi Thị Hoa đọc lý lịch tự thuật tóm tắt và báo cáo quá trình phấn đấu. Đồng chí Ma Văn Dũng đọc "
    "nhận xét của 02 đảng viên được phân công giúp đỡ (đ/c Nông Thị Huyền, đ/c Hà Văn Sình), ý kiến của Chi đoàn "
    "và kết quả thẩm tra lý lịch.",
    "Các ý kiến:",
    "- Đ/c Hà Văn Sình: quần chúng Hoa gương mẫu, đi đầu chuyển đổi 2 ha chè sang sản xuất hữu cơ, vận động được "
    "11 hộ tham gia tổ; đề nghị chi bộ xét kết nạp.",
    "- Đ/c La Thị Ngân: đồng ý; góp ý quần chúng cần mạnh dạn phát biểu hơn trong các cuộc họp xã viên.",
    "- Đ/c Lục Văn Tám: nhất trí với đánh giá của chi bộ; nhắc hoàn thiện hồ sơ đúng hướng dẫn trước ngày 16/3 để "
    "kịp kết nạp đợt 26/3.",
    "Chi bộ bỏ phiếu kín. Ban kiểm phiếu gồm đ/c La Thị Ngân (trưởng ban) và đ/c Triệu Văn Páo. Kết quả: 08/08 "
    "đảng viên chính thức có mặt đồng ý (100%); đ/c dự bị không biểu quyết. Chi bộ thống nhất đề nghị Đảng ủy xã "
    "xem xét kết nạp quần chúng Vi Thị Hoa vào Đảng Cộng sản Việt Nam.",
    "Quần chúng Vi Thị Hoa phát biểu cảm ơn chi bộ và hứa tiếp tục rèn luyện, phấn đấu.",
    "",
    "2. Bàn biện pháp khắc phục thiệt hại do mưa đá",
    "Đồng chí Lê Thị Thu – Phó Giám đốc HTX báo cáo: mưa đá làm dập nát búp và lá non trên 14,2 ha chè của 37 hộ, "
    "ước thiệt hại khoảng 620 triệu đồng; 3,5 ha chè hữu cơ đang trong thời gian chứng nhận bị ảnh hưởng nặng nhất.",
    "Thảo luận:",
    "- Đ/c Triệu Văn Páo đề nghị HTX ứng trước phân bón hữu cơ cho các hộ bị thiệt hại, trừ dần vào tiền thu mua "
    "chè búp vụ xuân.",
    "- Đ/c Hà Văn Sình: cần đốn tỉa ngay để chè kịp ra lứa mới, không nên chờ hỗ trợ rồi mới làm.",
    "- Đ/c Lục Văn Tám phát biểu: xã sẽ tổng hợp thiệt hại báo cáo tỉnh theo chính sách hỗ trợ sản xuất sau thiên "
    "tai; đề nghị HTX lập danh sách đúng mẫu, có xác nhận của trưởng xóm.",
    "Chi bộ biểu quyết phương án ứng trước 18 tấn phân bón hữu cơ cho 37 hộ: 9/9 đồng chí tán thành. Phương án "
    "được thông qua.",
    "Phân công:",
    "- Đ/c Lê Thị Thu lập danh sách hộ bị thiệt hại theo mẫu của xã, gửi UBND xã trong vòng 5 ngày.",
    "- Đ/c Triệu Văn Páo xin nhận phụ trách cấp phát phân bón cho các hộ, xong trước ngày 20/3/2026.",
    "- Đ/c Nông Thị Huyền và đ/c Hà Văn Sình hoàn thiện hồ sơ đề nghị kết nạp của quần chúng Vi Thị Hoa, nộp Văn "
    "phòng Đảng ủy xã trước 16/3.",
    "- Tổ kỹ thuật HTX hướng dẫn các hộ đốn tỉa, chăm sóc phục hồi chè ngay trong tuần này.",
    "",
    "Cuộc họp kết thúc lúc 16 giờ 45 phút cùng ngày. Biên bản được đọc lại và được chi bộ nhất trí thông qua.",
    "",
    "CHỦ TRÌ",
    "(đã ký)",
    "Ma Văn Dũng",
    "",
    "THƯ KÝ",
    "(đã ký)",
    "Nông Thị Huyền",
]

PDF[("vi", "z-cb-khoacokhi-cdhatrung-2025-10")] = [
    "ĐẢNG BỘ TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ HÀ TRUNG",
    "CHI BỘ KHOA CƠ KHÍ – ĐỘNG LỰC",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Hà Trung, ngày 08 tháng 10 năm 2025",
    "",
    "# BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2025",
    "",
    "Thực hiện chương trình công tác năm 2025, hồi 15 giờ 30 phút ngày 08/10/2025 (thứ Tư), tại Phòng họp Khoa Cơ "
    "khí – Động lực (phòng A2.05), Chi bộ tiến hành sinh hoạt định kỳ tháng 10/2025.",
    "Chủ tọa: ThS. Đặng Văn Hưng – Bí thư chi bộ, Trưởng khoa.",
    "Thư ký: ThS. Lưu Thị Ngọc – Chi ủy viên.",
    "Đại biểu dự: đồng chí Phan Minh Châu – Đảng ủy viên, Phó Hiệu trưởng Nhà trường.",
    "Có mặt: 15/17 đồng chí. Vắng 02: đ/c Tạ Văn Bình (ốm, có đơn), đ/c Lê Hồng Quân (không lý do).",
    "Đến muộn: đ/c Vũ Thị Lan Anh (15 giờ 50, dạy bù tiết 9 – 10).",
    "",
    "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9/2025",
    "Đồng chí Đặng Văn Hưng báo cáo: năm học 2025 – 2026 Khoa tuyển được 286 học sinh, sinh viên, đạt 104% chỉ "
    "tiêu; khai giảng 9 lớp đúng kế hoạch. Tình hình thực hiện các việc chi bộ giao:",
    "+ ThS. Đỗ Mạnh Cường: hoàn thiện chương trình đào tạo nghề Công nghệ ô tô theo chuẩn đầu ra mới – đã hoàn "
    "thành, được Hội đồng khoa học Trường thông qua ngày 26/9.",
    "+ KS. Nguyễn Thanh Tùng: sửa chữa 04 máy tiện CNC tại xưởng thực hành – đang làm, đã xong 02 máy.",
    "+ ThS. Lưu Thị Ngọc: thu đảng phí quý III – đã xong.",
    "+ Tổ bộ môn Hàn: ký hợp đồng liên kết đào tạo với Công ty Kết cấu thép Trung Bắc – chưa ký được, doanh nghiệp "
    "đề nghị lùi sang tháng 11.",
    "",
    "II. NHIỆM VỤ THÁNG 10/2025",
    "Chi bộ thống nhất phân công như sau:",
    "1. Hoàn thành sửa chữa 02 máy tiện CNC còn lại.",
    "    Người thực hiện: KS. Nguyễn Thanh Tùng. Thời hạn: trước 25/10/2025.",
    "2. Tổ chức Hội thi giáo viên dạy giỏi cấp Khoa.",
    "    Người thực hiện: ThS. Đỗ Mạnh Cường, ThS. Vũ Thị Lan Anh. Thời hạn: trong tháng 11/2025.",
    "3. Làm việc lại với Công ty Kết cấu thép Trung Bắc về hợp đồng liên kết đào tạo.",
    "    Người thực hiện: Tổ bộ môn Hàn (tổ trưởng: ThS. Hoàng Văn Thái). Thời hạn: trước 15/11.",
    "4. Rà soát, cập nhật hồ sơ đảng viên, chuẩn bị kiểm điểm cuối năm.",
    "    Người thực hiện: Chi ủy. Thời hạn: theo hướng dẫn của Đảng ủy Trường.",
    "5. Vận động học sinh, sinh viên tham gia hiến máu tình nguyện đợt “Giọt hồng mùa thu”.",
    "    Người thực hiện: ThS. Lưu Thị Ngọc phối hợp với Đoàn Thanh niên Trường. Thời hạn: ngày 22/10/2025.",
    "",
    "III. THẢO LUẬN",
    "ThS. Hoàng Văn Thái: đề nghị Khoa đề xuất Nhà trường mua bổ sung 02 máy hàn TIG vì số sinh viên ngành hàn "
    "tăng gần gấp đôi so với năm trước.",
    "KS. Nguyễn Thanh Tùng: linh kiện thay thế cho máy CNC phải nhập khẩu, thời gian giao hàng khoảng 3 tuần; nếu "
    "không về kịp thì đề nghị cho lùi hạn sang tháng 11.",
    "Đồng chí Phan Minh Châu phát biểu: Nhà trường ghi nhận kết quả tuyển sinh của Khoa; đồng ý về chủ trương mua "
    "máy hàn, đề nghị Khoa lập dự toán gửi Phòng Tài chính – Kế toán.",
    "ThS. Vũ Thị Lan Anh: đề nghị tổ chức sinh hoạt chuyên đề quý IV về “Đổi mới phương pháp dạy thực hành gắn với "
    "doanh nghiệp”.",
    "ThS. Thái (bổ sung): Tổ bộ môn Hàn sẵn sàng lập dự toán ngay trong tuần.",
    "Chi bộ giao ThS. Hoàng Văn Thái lập dự toán mua 02 máy hàn TIG, gửi Phòng Tài chính – Kế toán trước ngày "
    "17/10/2025.",
    "",
    "IV. BIỂU QUYẾT",
    "Về đề nghị lùi hạn sửa chữa máy tiện CNC sang tháng 11: 4 đồng chí tán thành, 10 đồng chí không tán thành, 1 "
    "đồng chí không biểu quyết. Đề nghị không được thông qua; giữ nguyên thời hạn 25/10.",
    "Chi bộ biểu quyết thông qua Nghị quyết tháng 10/2025: 15/15 đồng chí có mặt tán thành (100%).",
    "",
    "Buổi sinh hoạt kết thúc lúc 17 giờ 20 phút. Biên bản được thư ký đọc lại, chi bộ nhất trí 100%.",
    "",
    "CHỦ TỌA                                                                                      THƯ KÝ",
    "",
    "",
    "Đặng Văn Hưng                                                                          Lưu Thị Ngọc",
]

PDF[("en", "z-calder-valley-museum-trustees-2026-01")] = [
    "# CALDER VALLEY MUSEUM TRUST",
    "# Minutes of the Meeting of the Board of Trustees",
    "Tuesday 27 January 2026, 5.30 pm, Board Room, Mill House, Hebden Row",
    "",
    "Trustees present: Miriam Achterberg (Vice-Chair), Professor Alan Whitcombe, Deborah Kwan, Fergus MacRae, "
    "Leonora Bassett, Vikram Sethi.",
    "Apologies: Hugo Brandreth (Chair), Elspeth Grant.",
    "In attendance: Dr Rana Haddad (Director); Colin Petts (Head of Finance); Amy Lowther (Trust Secretary).",
    "Observer: Cllr Pat Dwyer, nominated observer of Calder Valley District Council.",
    "Minutes: Amy Lowther",
    "",
    "In the absence of the Chair, Miriam Achterberg took the chair and opened the meeting at 5.33 pm.",
    "",
    "1. Declarations of interest",
    "Vikram Sethi declared an interest in item 5 as a trustee of the National Textile Museum.",
    "",
    "2. Minutes of the meeting of 25 November 2025 and matters arising",
    "The minutes were approved as a correct record (proposed Leonora Bassett, seconded Fergus MacRae). Matters "
    "arising:",
    "- 11/25-3 Condition survey of the mill chimney (Director) – completed; report circulated.",
    "- 11/25-5 Renewal of the collections insurance (Colin Petts) – in hand; the broker's terms are due on 6 February.",
    "- 11/25-7 Volunteer recruitment day (Deborah Kwan) – not yet held; to be rescheduled.",
    "",
    "3. Director's report",
    "Dr Haddad reported 41,300 visitors in 2025, 9% up on 2024, and a record 6,120 school pupils. The roof repair "
    "to the East Gallery finished under budget. Deborah Kwan joined the meeting at 5.50 pm. Fergus MacRae asked "
    "whether the increase reflected the free-entry Sundays. Dr Haddad replied that about half of it came on "
    "Sundays. Leonora Bassett noted that the café had lost money for a third year running.",
    "",
    "4. Finance",
    "Colin Petts presented the management accounts to 31 December 2025, showing an unrestricted surplus of £23,900 "
    "against a budgeted deficit of £8,000. Professor Whitcombe asked whether the surplus should go to the "
    "designated fund for the 2027 centenary. Colin Petts agreed to bring a revised reserves policy to the board "
    "within six weeks.",
    "",
    "5. Loan of the Ashby textile collection",
    "The National Textile Museum has asked to borrow 14 pieces of the Ashby collection for its exhibition from "
    "June to October 2026. Leonora Bassett raised the fragility of the two silk banners and asked that they be "
    "excluded.",
    "RESOLVED: that the Trust lend 12 pieces of the Ashby textile collection to the National Textile Museum, "
    "excluding the two silk banners, subject to a signed loan agreement. Proposed by Fergus MacRae, seconded by "
    "Deborah Kwan; carried 5–0 with one abstention (Vikram Sethi, who had declared an interest).",
    "Action: RH to circulate the draft loan agreement to trustees by 6 February.",
    "",
    "6. Risk register",
    "The board reviewed the risk register. Deborah Kwan said the cyber-security risk should be raised from amber "
    "to red after the ransomware attack on a neighbouring museum. The board agreed by consensus to raise the "
    "rating and to commission an external IT review.",
    "Action: DK and FM to draft the brief for the IT review; report to the March meeting.",
    "Professor Whitcombe left the meeting at 7.05 pm.",
    "",
    "7. Any other business",
    "Cllr Dwyer said the District Council's heritage grant round opens on 1 March. Miriam Achterberg asked whether "
    "the learning programme could apply; the Director will bring a draft application to the March meeting.",
    "",
    "The meeting closed at 7.21 pm. Next meeting: Tuesday 24 March 2026.",
    "",
    "Signed ........................................ (Chair)          Date ........................",
]

PDF[("en", "z-elmwood-neighbourhood-watch-2025-08")] = [
    "# ELMWOOD & ST MARK'S ROAD NEIGHBOURHOOD WATCH",
    "# Coordinators' Meeting – Minutes",
    "Thursday 21 August 2025, 7.00 pm, St Mark's Church Hall (side room)",
    "",
    "Chair: Wendy Ashcroft (Lead Coordinator)          Notes: Raj Patel",
    "",
    "Those present were Wendy Ashcroft, Raj Patel, Gloria Nnamdi, Bev Lonsdale, Stan Kowalski, Imogen Clay and "
    "Trevor Haigh, who arrived at 7.25 pm. Maureen Tilley sent apologies (on holiday); Keith Burrows was absent.",
    "Observer: PCSO Daniel Frost, Elmwood Safer Neighbourhood Team.",
    "",
    "1. Minutes of the last meeting (19 June)",
    "Agreed; proposed Gloria, seconded Stan.",
    "",
    "2. Crime update",
    "PCSO Frost reported 14 crimes in the Watch area since June, mostly thefts from sheds and garages on Cole Lane "
    "and Orchard Way, and two catalytic converter thefts. Gloria Nnamdi asked whether the shed thefts were linked. "
    "PCSO Frost said officers believed one group was responsible and that a vehicle had been identified. Stan "
    "Kowalski said residents on Orchard Way had stopped reporting thefts because nobody came out. Bev Lonsdale "
    "asked whether the doorbell camera footage collected on Orchard Way had been any use. PCSO Frost said two "
    "clips had been passed to CID and one had led to an arrest in July.",
    "",
    "3. Coordinators' reports",
    "Raj had delivered the summer newsletter to all 340 homes – done. Bev's draft rules for the street WhatsApp "
    "groups are still being written. Wendy has not yet sent the letter to the council about the broken street "
    "light on Cole Lane; Wendy will send the street light letter to the council this week.",
    "Stan Kowalski left at 8.15 pm.",
    "",
    "4. Property marking day",
    "The group will hold a property marking day for bikes and tools with the Safer Neighbourhood Team on Saturday "
    "27 September. Raj will book the church hall by the end of next week. PCSO Frost offered to bring the UV "
    "marking kits and the bike register forms. Imogen Clay suggested asking the 1st Elmwood Scouts to help with "
    "the queue and the registration desk, as they did at the summer fete.",
    "",
    "5. Funding for window alarms",
    "Imogen Clay proposed applying to the Elmwood Community Fund for £600 for 60 window and shed alarms for older "
    "residents, seconded by Gloria Nnamdi. Gloria said the Watch's own account holds only £212 after the "
    "newsletter printing, so outside money is needed. All in favour; agreed. Imogen volunteered to write the "
    "application; the fund's deadline is 12 September.",
    "",
    "6. Any other business",
    "Bev to finish the WhatsApp rules by 1 September and circulate them to coordinators. Wendy and Trevor will "
    "walk Cole Lane with PCSO Frost within the next fortnight to map the dark spots.",
    "Action: all coordinators to remind residents to lock sheds and register bikes.",
    "",
    "Next meeting: Thursday 16 October 2025, 7.00 pm. Meeting closed 8.40 pm.",
]

PDF[("en", "z-wavecrest-community-radio-board-2026-03")] = [
    "# WAVECREST COMMUNITY RADIO, INC. (WCRW 98.3 FM)",
    "# Minutes of the Board of Directors",
    "Regular Meeting – Wednesday, March 11, 2026 – Studio B and by Zoom",
    "",
    "CALL TO ORDER: Chair Adaeze Nwosu called the meeting to order at 6:34 pm. Recording: Tomás Ibarra, Secretary.",
    "",
    "ROLL CALL – Directors present:",
    "1. Adaeze Nwosu, Chair",
    "2. Kurt Hollister, Vice-Chair",
    "3. Lena Marchetti, Treasurer",
    "4. Tomás Ibarra, Secretary",
    "5. Priyanka Desai",
    "6. Walter Greenhalgh (by Zoom)",
    "Directors absent: Bryony Catt (excused); Desmond Riley.",
    "Staff: Joel Abernathy, Station Manager; Kim Sato, Volunteer Coordinator.",
    "Guest: Marisol Vega, Outreach Officer, Community Media Association.",
    "",
    "1. APPROVAL OF MINUTES",
    "Minutes of the February 11, 2026 meeting approved as amended (correcting the date of the spring pledge "
    "drive). M/S Hollister/Desai, 6-0.",
    "",
    "2. STATION MANAGER'S REPORT AND ACTION ITEMS",
    "Joel Abernathy reported that the transmitter passed its annual inspection and that streaming listenership has "
    "risen 18% since December. Status of items from February:",
    "• Transmitter maintenance contract renewal (Joel) — done, signed Feb 20.",
    "• Volunteer handbook revision (Kim) — in progress; draft circulated to the board.",
    "• Underwriting policy review (Lena) — not started.",
    "",
    "3. SPRING FUND DRIVE",
    "Lena Marchetti presented the drive budget: goal $42,000, thank-you gifts capped at $4,500. Discussion:",
    "Ibarra: Last year's gift mugs cost more than they raised. Can we drop the premiums?",
    "Marchetti: Premiums bring in about a third of new members, so I'd keep them but cap them.",
    "Greenhalgh: Agree with capping. Could we add a matching-gift challenge?",
    "Nwosu: Joel has a lead on a local credit union for a match.",
    "Motion by Marchetti, second by Hollister, to approve the spring fund drive budget as presented. Roll call: "
    "Nwosu – yes; Hollister – yes; Marchetti – yes; Ibarra – no; Desai – yes; Greenhalgh – abstain. Motion carried "
    "4-1-1.",
    "",
    "4. PROGRAMMING: SPANISH-LANGUAGE MORNING SHOW",
    "Kim Sato and Marisol Vega presented a proposal for a weekday Spanish-language morning show, Buenos Días "
    "Wavecrest, hosted by four trained volunteers.",
    "Desai: Do we have enough Spanish-speaking volunteers to cover holidays?",
    "Sato: Six have finished training and two more start in April.",
    "Hollister: I support it, but we need a six-month review built in.",
    "Vega: The Association can provide a program evaluation template at no cost.",
    "Moved by Desai, seconded by Greenhalgh, to approve a six-month pilot of Buenos Días Wavecrest beginning May "
    "4, 2026, with a review at the November board meeting. Motion carried unanimously.",
    "",
    "5. BOARD RECRUITMENT",
    "Two seats are vacant. Ibarra reported that the governance committee has three candidates to interview.",
    "",
    "ACTION ITEMS",
    "• Joel Abernathy – finalize the pilot schedule and host rota – by March 20",
    "• Lena Marchetti and Kurt Hollister – approach the credit union about a matching gift – within 10 days",
    "• Tomás Ibarra – circulate the revised bylaws draft – before the April board meeting",
    "• Kim Sato – recruit and train two backup hosts – end of quarter",
    "• Governance committee – schedule candidate interviews – by April 1",
    "",
    "ADJOURNMENT: 8:22 pm.",
    "",
    "Minutes submitted by Tomás Ibarra, Secretary",
]


def main() -> None:
    held_out.write_set(HERE, AUTHOR, PDF_BASE, {"vi": VI_DOCX, "en": EN_DOCX}, PDF)


if __name__ == "__main__":
    main()
