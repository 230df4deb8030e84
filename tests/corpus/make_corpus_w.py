"""Write the `w-*` documents of tests/corpus/{vi,en}/ that are .docx or typed PDF, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_w`. The writers are the ones of `tests/support/held_out.py`
(fixed .docx zip entries and core properties, fixed PDF identifier and creation date), so a second run writes
byte-identical files. The `w-*` .txt / .md documents are kept as typed beside them; this script does not write them.

These documents were written for the corpus to give more variety in the two weakest fields, attendance and who kept
the minutes, in the ways secretaries write them (present lists one name a line, several names a line over wrapped
lines, names with roles in brackets, "SURNAME, First", tables with and without a header row, Present / Absent /
Excused lines, apologies, regrets and guests; recorders in the header, in the list, in a closing line or only in the
signature). Every body, person and place in them is invented. Each document has a hand-written `<id>.expected.json`
beside it; this script never touches those.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import held_out

HERE = Path(__file__).resolve().parent
AUTHOR = "corpus-w"
PDF_BASE = 0x5B00_0000  # PDF identifiers of this set: PDF_BASE + n

# A .docx document is a list of (kind, payload): see `tests.support.held_out.write_docx`.


# ------------------------------------------------------------------------------------------------ vi .docx

VI_DOCX: dict[str, list[tuple[str, object]]] = {}

VI_DOCX["w-cb-thon-dongtrung-phudong-2025-08"] = [
    (
        "hdr",
        (
            ["ĐẢNG BỘ XÃ PHÚ ĐÔNG", "CHI BỘ THÔN ĐÔNG TRUNG", "*"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Đông, ngày 20 tháng 8 năm 2025"],
        ),
    ),
    ("title", "BIÊN BẢN"),
    ("title", "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8 NĂM 2025"),
    ("p", "Thời gian: bắt đầu lúc 19 giờ 30 phút, thứ Tư ngày 20/8/2025."),
    ("p", "Địa điểm: Nhà văn hóa thôn Đông Trung."),
    ("p", "Chủ trì: đồng chí Hồ Văn Lạc – Bí thư chi bộ."),
    ("p", "Thư ký: đồng chí Ngô Thị Thắm – Chi ủy viên."),
    ("p", "Tổng số đảng viên của chi bộ: 17 đồng chí. Có mặt: 15/17 đồng chí, gồm các đồng chí:"),
    ("p", "Hồ Văn Lạc, Ngô Thị Thắm, Phan Văn Hòe, Lê Thị Xuyến,"),
    ("p", "Trần Đình Khải, Võ Văn Lượm, Đặng Thị Mơ, Nguyễn Hữu Thọ,"),
    ("p", "Bùi Văn Tám, Hà Thị Liên, Phạm Ngọc Sơn, Đỗ Văn Cường,"),
    ("p", "Lưu Thị Hoa, Mai Văn Tiến và Kiều Văn Bảy."),
    ("p", "Vắng: 02 đồng chí (đ/c Tạ Văn Nhâm – ốm; đ/c Cù Thị Hạnh – đi công tác)."),
    ("p", "Đại biểu dự: đồng chí Lương Thị Diệu – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách chi bộ."),
    ("p", "Khách mời: ông Trần Văn Ổn – Trưởng ban công tác Mặt trận thôn."),
    ("h", "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 7/2025"),
    (
        "p",
        "Đồng chí Hồ Văn Lạc báo cáo: thôn đã thu hoạch xong 62 ha lúa hè thu, năng suất bình quân 6,1 tấn/ha. "
        "Các việc chi bộ giao tháng 7:",
    ),
    ("b", "Nạo vét mương tiêu xứ Đồng Sâu (đ/c Phan Văn Hòe): đã hoàn thành."),
    (
        "b",
        "Vận động các hộ đóng góp làm đường bê tông xóm Giữa (đ/c Trần Đình Khải): đang thực hiện, đã thu được 70%.",
    ),
    ("b", "Thu đảng phí tháng 7 (đ/c Ngô Thị Thắm): hoàn thành."),
    ("h", "II. NHIỆM VỤ THÁNG 9/2025"),
    (
        "b",
        "Đồng chí Trần Đình Khải tiếp tục vận động các hộ còn lại đóng góp làm đường bê tông xóm Giữa, xong trước "
        "ngày 15/9/2025.",
    ),
    (
        "b",
        "Đồng chí Lê Thị Xuyến phối hợp với Chi hội Phụ nữ tổ chức ra quân vệ sinh môi trường chào mừng Quốc khánh "
        "2/9, hoàn thành trước ngày 31/8/2025.",
    ),
    (
        "b",
        "Đồng chí Võ Văn Lượm và đồng chí Đỗ Văn Cường rà soát thanh niên trong độ tuổi nhập ngũ năm 2026, báo cáo "
        "Đảng ủy xã trong tháng 9.",
    ),
    ("b", "Đ/c Ngô Thị Thắm thu đảng phí tháng 8."),
    ("h", "III. THẢO LUẬN"),
    (
        "p",
        "Đồng chí Nguyễn Hữu Thọ phát biểu: đoạn đường xóm Giữa qua ruộng nhà ông Cẩn chưa giải phóng được mặt "
        "bằng, đề nghị chi ủy gặp gia đình vận động.",
    ),
    (
        "p",
        "Đồng chí Hà Thị Liên đề nghị chi bộ quan tâm 03 hộ cận nghèo chưa đóng góp được, cho phép các hộ này đóng "
        "góp bằng ngày công.",
    ),
    ("p", "Ông Trần Văn Ổn cho biết Ban công tác Mặt trận thôn sẵn sàng phối hợp vận động các hộ."),
    (
        "p",
        "Đồng chí Lương Thị Diệu phát biểu chỉ đạo: xã sẽ hỗ trợ xi măng cho tuyến đường xóm Giữa nếu thôn hoàn "
        "thành phần đóng góp; yêu cầu chi bộ làm tốt công tác tuyển quân năm 2026.",
    ),
    ("p", "Đồng chí Thọ phát biểu thêm: nên công khai danh sách các hộ đã đóng góp tại nhà văn hóa thôn."),
    (
        "p",
        "Chi bộ biểu quyết thông qua việc cho phép 03 hộ cận nghèo đóng góp bằng ngày công: 15/15 đồng chí có mặt "
        "tán thành.",
    ),
    ("h", "IV. KẾT LUẬN"),
    (
        "p",
        "Đồng chí chủ trì kết luận, giao đồng chí Phạm Ngọc Sơn phối hợp với Ban công tác Mặt trận thôn gặp gia đình "
        "ông Cẩn vận động giải phóng mặt bằng trong tuần này.",
    ),
    ("p", "Chi bộ biểu quyết thông qua Nghị quyết tháng 8/2025 với 15/15 đồng chí có mặt tán thành (100%)."),
    (
        "p",
        "Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được nhất "
        "trí thông qua.",
    ),
    ("sig", [["THƯ KÝ", "", "", "", "Ngô Thị Thắm"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Hồ Văn Lạc"]]),
]

VI_DOCX["w-cb-thcs-anbinh-2025-10"] = [
    ("center", "ĐẢNG BỘ XÃ AN BÌNH"),
    ("center", "CHI BỘ TRƯỜNG THCS AN BÌNH"),
    ("center", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("center", "An Bình, ngày 14 tháng 10 năm 2025"),
    ("title", "BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2025"),
    (
        "p",
        "Hôm nay, vào lúc 16 giờ 00 phút, thứ Ba ngày 14/10/2025, tại Phòng Hội đồng Trường THCS An Bình, Chi bộ "
        "Trường THCS An Bình tiến hành sinh hoạt chi bộ thường kỳ tháng 10 năm 2025.",
    ),
    ("p", "Chủ trì: đ/c Vũ Thị Thanh Nga – Bí thư chi bộ, Hiệu trưởng."),
    ("p", "Người ghi biên bản: đ/c Lục Văn Định – đảng viên, giáo viên Ngữ văn."),
    ("p", "Danh sách đảng viên dự họp:"),
    (
        "table",
        [
            ["TT", "Họ và tên", "Chức vụ", "Có mặt", "Vắng"],
            ["1", "Vũ Thị Thanh Nga", "Bí thư, Hiệu trưởng", "x", ""],
            ["2", "Quách Minh Tuấn", "Phó Bí thư, Phó Hiệu trưởng", "x", ""],
            ["3", "Lục Văn Định", "Giáo viên", "x", ""],
            ["4", "Tô Thị Hải Yến", "Tổ trưởng Tổ Khoa học tự nhiên", "x", ""],
            ["5", "Khúc Văn Lâm", "Giáo viên", "", "Có lý do (đưa học sinh thi học sinh giỏi cấp tỉnh)"],
            ["6", "Diệp Thị Thu", "Kế toán", "x", ""],
            ["7", "Đàm Văn Bình", "Giáo viên", "x", ""],
            ["8", "Giáp Thị Ngân", "Giáo viên (đảng viên dự bị)", "x", ""],
            ["9", "Lã Văn Hiển", "Giáo viên", "", "Không lý do"],
        ],
    ),
    (
        "p",
        "Tổng số: 09 đảng viên (08 chính thức, 01 dự bị); có mặt 07 đồng chí; vắng 02 đồng chí (01 có lý do, 01 "
        "không lý do).",
    ),
    ("p", "Khách mời: thầy Cao Văn Phúc – Chủ tịch Công đoàn trường, dự phần thảo luận."),
    ("h", "1. Đánh giá kết quả tháng 9/2025"),
    (
        "p",
        "Đồng chí Quách Minh Tuấn báo cáo: nhà trường khai giảng năm học mới an toàn; 100% học sinh có đủ sách giáo "
        "khoa. Các việc chi bộ giao tháng 9:",
    ),
    ("b", "Đ/c Tô Thị Hải Yến – xây dựng kế hoạch bồi dưỡng học sinh giỏi lớp 9: đã xong."),
    ("b", "Đ/c Đàm Văn Bình – sửa chữa hệ thống điện phòng thực hành Tin học: chưa xong, còn chờ kinh phí."),
    ("h", "2. Nhiệm vụ tháng 10/2025"),
    (
        "b",
        "Giao đồng chí Quách Minh Tuấn chủ trì, phối hợp với đồng chí Diệp Thị Thu lập dự toán sửa chữa điện phòng "
        "thực hành Tin học, trình Hiệu trưởng trước ngày 24/10/2025.",
    ),
    ("b", "Đồng chí Giáp Thị Ngân xin nhận phụ trách câu lạc bộ Tiếng Anh khối 6, bắt đầu từ tuần sau."),
    ("b", "Đồng chí Tô Thị Hải Yến tổ chức thi chọn đội tuyển học sinh giỏi cấp trường trong tháng 10."),
    ("h", "3. Thảo luận"),
    (
        "p",
        "Đồng chí Đàm Văn Bình: phòng thực hành Tin học có 6 máy hỏng, đề nghị sửa cả máy chứ không chỉ hệ thống điện.",
    ),
    ("p", "Thầy Cao Văn Phúc phát biểu: Công đoàn sẽ vận động giáo viên ủng hộ quỹ khuyến học, dự kiến 15 triệu đồng."),
    (
        "p",
        "Đồng chí Diệp Thị Thu cho rằng kinh phí chi thường xuyên còn khoảng 40 triệu đồng, đủ sửa điện nhưng chưa đủ "
        "thay máy.",
    ),
    ("p", "Đ/c Bình đề nghị xin hỗ trợ của Ban đại diện cha mẹ học sinh để sửa máy tính."),
    (
        "p",
        "Chi bộ biểu quyết về đề nghị vận động Ban đại diện cha mẹ học sinh hỗ trợ sửa máy tính: 5 đồng chí tán "
        "thành, 2 đồng chí không tán thành; đề nghị được thông qua.",
    ),
    ("h", "4. Biểu quyết"),
    ("p", "Chi bộ biểu quyết thông qua Nghị quyết tháng 10/2025: 7/7 đồng chí có mặt tán thành."),
    ("p", "Buổi sinh hoạt kết thúc lúc 17 giờ 40 phút cùng ngày."),
    ("sig", [["CHỦ TRÌ", "", "", "", "Vũ Thị Thanh Nga"], ["NGƯỜI GHI BIÊN BẢN", "", "", "", "Lục Văn Định"]]),
]


# ------------------------------------------------------------------------------------------------ en .docx

EN_DOCX: dict[str, list[tuple[str, object]]] = {}

EN_DOCX["w-thornbury-library-board-2025-09"] = [
    ("center", "THORNBURY PUBLIC LIBRARY"),
    ("title", "Board of Trustees – Regular Meeting Minutes"),
    ("center", "Tuesday, September 16, 2025 – Community Room, Thornbury Public Library, 212 Mill Street"),
    ("p", "The meeting was called to order at 6:30 p.m. by President Gwendolyn Aske."),
    ("h", "Board members present:"),
    ("p", "Gwendolyn Aske"),
    ("p", "Howard Pimlott"),
    ("p", "Celia Marquand"),
    ("p", "Ravi Sundaram"),
    ("p", "Bettina Lowe"),
    ("p", "Absent: Norris Keeble (excused); Ada Fennimore."),
    ("p", "A quorum was present with five of the seven trustees in attendance."),
    (
        "p",
        "Also attending: Lorraine Quist, Library Director; Dale Ferreira, Facilities Supervisor; two members of the "
        "public.",
    ),
    ("h", "1. Approval of minutes"),
    (
        "p",
        "Minutes of the August 19, 2025 regular meeting were approved as presented on a motion by Celia Marquand, "
        "seconded by Ravi Sundaram. Motion carried 5-0.",
    ),
    ("h", "2. Director's report"),
    (
        "p",
        "Lorraine Quist reported that the summer reading program enrolled 1,140 children, up 12% on last year, and "
        "that the new self-checkout kiosks are in use at both desks. Follow-up on August action items:",
    ),
    ("b", "Replace the broken book-drop lock (Dale Ferreira) – done."),
    ("b", "Draft the revised meeting room policy (Lorraine Quist) – in progress; draft expected in October."),
    ("b", "Contact the county about the parking lot lighting (Howard Pimlott) – not yet done."),
    ("h", "3. Roof repair contract"),
    (
        "p",
        "Dale Ferreira presented three bids for repairing the flat roof over the children's wing. Bettina Lowe asked "
        "whether the lowest bid included removal of the old membrane. Mr. Ferreira said it did. Howard Pimlott said "
        "the board should insist on a ten-year warranty.",
    ),
    (
        "p",
        "Ravi Sundaram moved to award the roof repair contract to Kessler Roofing for $48,750, seconded by Howard "
        "Pimlott. Motion carried 4-1, Celia Marquand voting no.",
    ),
    ("h", "4. Fall book sale"),
    (
        "p",
        "Celia Marquand said the Friends of the Library will run the fall book sale on October 18. Gwendolyn Aske "
        "asked whether the sale could take card payments. Lorraine Quist said a card reader would be borrowed from "
        "the Friends.",
    ),
    ("h", "Action items"),
    ("b", "Dale Ferreira to sign the roof contract and schedule the work by September 30."),
    ("b", "Howard Pimlott to contact the county about the parking lot lighting before the October meeting."),
    ("b", "Bettina Lowe and Ravi Sundaram to draft the trustee shift rota for the book sale by Friday."),
    ("p", "The meeting adjourned at 7:48 p.m."),
    ("p", ""),
    ("p", "Minutes recorded by Marcy Thibodeaux, Recording Secretary"),
]

EN_DOCX["w-bellmont-schools-foundation-board-2025-10"] = [
    ("center", "BELLMONT SCHOOLS FOUNDATION"),
    ("title", "Minutes of the Board of Directors"),
    ("center", "Wednesday, October 22, 2025, 5:30 p.m. – Bellmont High School Media Center"),
    ("p", "Chair Marguerite Olander called the meeting to order at 5:33 p.m."),
    ("p", "Directors in attendance:"),
    (
        "table",
        [
            ["Marguerite Olander", "Chair", "present"],
            ["Desmond Achterberg", "Vice Chair", "present"],
            ["Yolanda Ferris", "Treasurer", "present"],
            ["Kwame Asante", "Director", "present – arrived 5:50 p.m."],
            ["Ingrid Solberg", "Director", "absent – excused"],
            ["Pavel Novak", "Director", "present"],
            ["Lucinda Hargrove", "Director", "absent"],
            ["Theo Brannigan", "Director", "present"],
        ],
    ),
    ("p", "With six of the eight directors present, a quorum was confirmed."),
    (
        "p",
        "Staff: Dr. Renata Okafor, Superintendent of Bellmont Schools; Lisa Tran, Foundation Executive Director.",
    ),
    ("p", "Guests: Hal Whitaker and Joy Mendez, Bellmont Rotary Club."),
    ("h", "1. Approval of minutes"),
    (
        "p",
        "The minutes of the September 24, 2025 meeting were approved as distributed. Moved by Theo Brannigan, "
        "seconded by Yolanda Ferris; carried unanimously.",
    ),
    ("h", "2. Treasurer's report"),
    (
        "p",
        "Yolanda Ferris reported net assets of $612,400 at September 30 and that the annual fund has raised $38,900 "
        "of its $90,000 goal.",
    ),
    ("h", "3. Classroom mini-grants"),
    (
        "p",
        "Lisa Tran presented 14 teacher applications totalling $21,350. Pavel Novak asked whether any applications "
        "overlapped with district-funded programs. Dr. Okafor said two robotics requests would be covered by the "
        "district's STEM budget.",
    ),
    (
        "p",
        "Desmond Achterberg moved to award twelve mini-grants totalling $17,600, excluding the two robotics "
        "requests; seconded by Pavel Novak. Motion carried 6-0.",
    ),
    ("h", "4. Fall gala"),
    (
        "p",
        "Kwame Asante reported that 190 tickets have been sold for the November 15 gala. Hal Whitaker said the "
        "Rotary Club would sponsor the silent auction tables. Theo Brannigan asked whether the gala could move "
        "indoors if it rains; Lisa Tran said the gym is booked as a backup.",
    ),
    ("h", "Action items"),
    ("b", "Lisa Tran will send award letters to the twelve mini-grant teachers by October 31."),
    ("b", "Kwame Asante and Theo Brannigan will confirm the gala caterer within one week."),
    ("b", "Yolanda Ferris to prepare the 2026 draft budget for the December meeting."),
    ("p", "The meeting adjourned at 6:58 p.m."),
    ("sig", [["_______________________________", "Cordelia Pryce", "Secretary to the Board"]]),
]

EN_DOCX["w-eastgate-food-pantry-board-2026-05"] = [
    ("center", "EASTGATE COMMUNITY FOOD PANTRY"),
    ("title", "Board Meeting Notes"),
    ("center", "Thursday 14 May 2026, 6.00 pm, Eastgate Methodist Church, Room 3"),
    ("p", "Notes taken by: Judith Pell"),
    ("h", "Attendance"),
    (
        "table",
        [
            ["Present", "Not present"],
            ["Abena Mensah (Chair)", "Gordon Fitch (apologies)"],
            ["Scott Lindqvist (Treasurer)", "Wanda Kowalczyk"],
            ["Nia Robertson", "Felix Durand (illness)"],
            ["Omar Haddad", ""],
            ["Judith Pell", ""],
        ],
    ),
    (
        "p",
        "Visitors: Grace Obi (Eastgate Housing Association) and Martin Sykes (Tesco community champion), for item 3.",
    ),
    (
        "p",
        "Abena Mensah opened the meeting at 6.05 pm and confirmed that five of the eight trustees were present, "
        "which is quorate.",
    ),
    ("h", "1. Notes of the last meeting"),
    ("p", "The notes of the 9 April meeting were agreed. Proposed Judith Pell, seconded Omar Haddad."),
    ("h", "2. Follow-up from April"),
    (
        "p",
        "Scott Lindqvist has opened the new savings account – done. Nia Robertson's volunteer rota app is still "
        "being tested. The fridge repair (Omar Haddad) has not been arranged; carried forward.",
    ),
    ("h", "3. Supermarket surplus scheme"),
    (
        "p",
        "Martin Sykes explained that the store can donate chilled surplus three times a week if the pantry collects "
        "before 9 am. Omar Haddad said the pantry van is free on Mondays, Wednesdays and Fridays. Grace Obi asked "
        "whether housing association tenants could be referred directly. Abena Mensah said referrals would be "
        "welcome through the usual form.",
    ),
    (
        "p",
        "Nia Robertson proposed joining the surplus scheme from 1 June, seconded by Scott Lindqvist. Carried 4–0 "
        "with one abstention.",
    ),
    ("h", "4. Finance"),
    (
        "p",
        "Scott Lindqvist reported a balance of £7,830. Judith Pell asked whether the grant from the Eastgate Fund "
        "had arrived; Scott said it is expected this month. The accounts for 2025/26 have gone to the independent "
        "examiner.",
    ),
    ("h", "Actions"),
    ("b", "Omar Haddad to arrange the fridge repair by 22 May."),
    ("b", "Nia Robertson and Judith Pell to recruit four morning drivers before 1 June."),
    ("b", "Abena Mensah to sign the surplus scheme agreement with Martin Sykes next week."),
    ("p", "Meeting closed at 7.20 pm. Next meeting: Thursday 11 June 2026."),
]


# ------------------------------------------------------------------------------------------------ typed PDFs

PDF: dict[tuple[str, str], list[str]] = {}

PDF[("vi", "w-cb-xncokhi-haphong-2026-01")] = [
    "# ĐẢNG BỘ CÔNG TY CỔ PHẦN CƠ KHÍ HÀ PHONG",
    "# CHI BỘ XÍ NGHIỆP GIA CÔNG KẾT CẤU THÉP",
    "ĐẢNG CỘNG SẢN VIỆT NAM – Hà Phong, ngày 20 tháng 01 năm 2026",
    "",
    "# BIÊN BẢN HỌP CHI BỘ THƯỜNG KỲ THÁNG 01/2026",
    "",
    "Thời gian: 13 giờ 30 phút, thứ Ba, ngày 20/01/2026. Địa điểm: phòng họp Xí nghiệp (nhà điều hành, tầng 1).",
    "Chủ trì: đồng chí Hoàng Văn Quý – Bí thư chi bộ, Giám đốc Xí nghiệp.",
    "Đảng viên dự họp: 12 đồng chí trên tổng số 14 đảng viên của chi bộ, gồm:",
    "1. Hoàng Văn Quý",
    "2. Kim Văn Hải – Phó Bí thư chi bộ",
    "3. Ninh Thị Cúc – Chi ủy viên",
    "4. Thân Đức Long",
    "5. Phí Thị Oanh",
    "6. Ứng Văn Toản",
    "7. Mạc Văn Sinh",
    "8. Khương Thị Dịu",
    "9. Lăng Văn Chiến",
    "10. Tạ Quang Vũ",
    "11. Nghiêm Thị Lan",
    "12. Yên Văn Bảo (đảng viên dự bị)",
    "Đồng chí Tạ Quang Vũ vào họp lúc 13 giờ 55 phút do bàn giao ca.",
    "Vắng mặt: đ/c Đồng Văn Khuê (nghỉ phép năm); đ/c Vi Thị Hằng (không báo cáo).",
    "Mời dự: ông Chu Văn Thái – Quản đốc phân xưởng Hàn (chưa là đảng viên), dự phần thảo luận nhiệm vụ sản xuất.",
    "",
    "I. KIỂM ĐIỂM VIỆC THỰC HIỆN NGHỊ QUYẾT THÁNG 12/2025",
    "Đồng chí Kim Văn Hải báo cáo: tháng 12 Xí nghiệp gia công 1.240 tấn kết cấu thép, đạt 104% kế hoạch; không "
    "xảy ra tai nạn lao động. Các việc được giao:",
    "- Đ/c Thân Đức Long: lắp đặt máy cắt plasma CNC số 2 – đã xong ngày 22/12.",
    "- Đ/c Phí Thị Oanh: quyết toán vật tư quý IV – đang thực hiện.",
    "- Đ/c Mạc Văn Sinh: huấn luyện an toàn cho 18 công nhân mới – chưa thực hiện, chuyển sang tháng 01.",
    "",
    "II. NHIỆM VỤ THÁNG 01/2026",
    "- Đ/c Mạc Văn Sinh tổ chức huấn luyện an toàn lao động cho công nhân mới, xong trước ngày 31/01/2026.",
    "- Đ/c Phí Thị Oanh hoàn thành quyết toán vật tư quý IV/2025, nộp Phòng Tài chính – Kế toán trước 25/01.",
    "- Đ/c Khương Thị Dịu và đ/c Nghiêm Thị Lan phụ trách tổ chức “Tết công nhân” cho người lao động, xong trước "
    "Tết Nguyên đán.",
    "",
    "III. THẢO LUẬN",
    "- Đ/c Lăng Văn Chiến: đơn hàng kết cấu nhà xưởng cho Công ty Tân Việt phải giao trước 10/02, đề nghị tăng ca "
    "từ tuần sau.",
    "- Ông Chu Văn Thái: phân xưởng Hàn đang thiếu 4 thợ hàn bậc cao; nếu tăng ca kéo dài dễ mất an toàn.",
    "- Đ/c Ứng Văn Toản: đề nghị Xí nghiệp thuê thêm thợ hàn thời vụ thay vì tăng ca.",
    "- Đ/c Chiến: đồng ý thuê thợ thời vụ nhưng phải có chứng chỉ hàn 3G.",
    "Chi bộ biểu quyết đề nghị Giám đốc Xí nghiệp thuê 4 thợ hàn thời vụ đến hết tháng 2: 10 đồng chí tán thành, "
    "01 đồng chí không tán thành. Đề nghị được thông qua.",
    "Đồng chí chủ trì kết luận: giao đồng chí Kim Văn Hải làm việc với Phòng Tổ chức – Lao động tuyển 4 thợ hàn "
    "thời vụ trong vòng 5 ngày.",
    "",
    "Nghị quyết tháng 01/2026 được chi bộ biểu quyết thông qua với 11/11 đảng viên chính thức có mặt tán thành.",
    "Buổi họp kết thúc lúc 15 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, không có ý kiến bổ sung.",
    "",
    "NGƯỜI GHI BIÊN BẢN                                                              BÍ THƯ CHI BỘ",
    "",
    "",
    "Ninh Thị Cúc                                                                      Hoàng Văn Quý",
]

PDF[("vi", "w-cb-tramdvnn-dakrong-2025-12")] = [
    "# ĐẢNG BỘ XÃ ĐA KRÔNG",
    "# CHI BỘ TRẠM DỊCH VỤ NÔNG NGHIỆP ĐA KRÔNG",
    "Đa Krông, ngày 05 tháng 12 năm 2025",
    "",
    "# BIÊN BẢN",
    "# SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 12 NĂM 2025",
    "",
    "Vào hồi 8 giờ 00 phút, thứ Sáu, ngày 05/12/2025, tại hội trường Trạm Dịch vụ nông nghiệp Đa Krông, Chi bộ "
    "tiến hành sinh hoạt định kỳ tháng 12 năm 2025.",
    "Chủ trì: đồng chí Hồ Thị Pai – Bí thư chi bộ, Trạm trưởng.",
    "Thư ký: đồng chí Nguyễn Văn Quảng.",
    "Tổng số đảng viên: 12 đồng chí (10 chính thức, 02 dự bị), trong đó 01 đồng chí được miễn sinh hoạt.",
    "Có mặt: 09 đồng chí; vắng: 02 đồng chí. Có mặt các đồng chí:",
    "Hồ Thị Pai, Nguyễn Văn Quảng, Trần Thị Bé, Lê Văn Chương,",
    "Hồ Văn Kăn, Phạm Thị Thủy, Bùi Quang Định,",
    "Đinh Thị Mỹ và A Vó (dự bị).",
    "Vắng: đ/c Ăm Thị Liên (đi tập huấn tại tỉnh, có lý do); đ/c Trương Văn Hòa (không lý do).",
    "Đồng chí Hồ Văn Kăn xin về sớm lúc 10 giờ 00 phút để đưa con đi viện.",
    "Đại biểu dự: đồng chí Lê Thị Hoa – Đảng ủy viên, Phó Chủ tịch UBND xã; ông Hồ Văn Lúa – Trưởng thôn A Ngo "
    "(khách mời, không phải đảng viên).",
    "",
    "1. Thông tin thời sự",
    "Đồng chí Nguyễn Văn Quảng thông tin tình hình thời sự trong nước, của tỉnh và của xã tháng 11/2025; tình hình "
    "thiệt hại do mưa lũ cuối tháng 10 tại các thôn vùng thấp.",
    "",
    "2. Đánh giá kết quả tháng 11/2025",
    "Đồng chí Hồ Thị Pai báo cáo: Trạm đã cấp 4,2 tấn giống lúa hỗ trợ khôi phục sản xuất sau lũ cho 310 hộ; mở 2 "
    "lớp hướng dẫn kỹ thuật trồng cà phê xen cây ăn quả.",
    "- Đ/c Lê Văn Chương: thống kê thiệt hại cây trồng sau lũ – đã hoàn thành.",
    "- Đ/c Phạm Thị Thủy: xây dựng mô hình nuôi gà thả vườn tại thôn A Ngo – đang triển khai, đã nhận 600 con giống.",
    "",
    "3. Nhiệm vụ tháng 12/2025",
    "- Đ/c Bùi Quang Định phối hợp với thôn A Ngo tổ chức lớp tập huấn kỹ thuật chăm sóc cà phê mùa khô, xong "
    "trước ngày 20/12/2025.",
    "- Đ/c Trần Thị Bé hoàn thành hồ sơ quyết toán kinh phí hỗ trợ giống sau lũ trong tháng 12.",
    "- Đ/c Đinh Thị Mỹ giúp đỡ đảng viên dự bị A Vó hoàn thiện bản tự kiểm điểm, chuẩn bị xét chuyển đảng chính thức.",
    "",
    "4. Thảo luận",
    "Đồng chí Lê Văn Chương đề nghị Trạm xin thêm giống ngô cho 5 thôn vùng thấp vì đất bị bồi lấp, không cấy lúa "
    "được.",
    "Ông Hồ Văn Lúa phát biểu: bà con thôn A Ngo muốn được tập huấn vào buổi tối vì ban ngày đi rẫy.",
    "Đồng chí Lê Thị Hoa phát biểu chỉ đạo: UBND xã sẽ đề nghị huyện hỗ trợ giống ngô cho các thôn vùng thấp.",
    "Về đề nghị xin thêm giống ngô, chi bộ biểu quyết thông qua: 8/8 đảng viên chính thức có mặt tán thành; giao "
    "đồng chí Lê Văn Chương lập danh sách hộ cần hỗ trợ giống ngô gửi UBND xã trước ngày 10/12/2025.",
    "",
    "5. Biểu quyết",
    "Chi bộ biểu quyết thông qua Nghị quyết tháng 12/2025: 7/7 đảng viên chính thức có mặt tán thành.",
    "Buổi sinh hoạt kết thúc lúc 10 giờ 30 phút cùng ngày.",
    "",
    "T/M CHI BỘ",
    "BÍ THƯ",
    "(đã ký)",
    "Hồ Thị Pai",
    "",
    "THƯ KÝ",
    "(đã ký)",
    "Nguyễn Văn Quảng",
]

PDF[("en", "w-greywell-parish-council-2026-01")] = [
    "# GREYWELL PARISH COUNCIL",
    "# Minutes of the Meeting of the Parish Council",
    "held on Monday 12 January 2026 at 7.30pm in Greywell Village Hall",
    "",
    "Present: Councillors Harriet Vane (Chairman), Owen Gask, Lydia Frome, Peter Quill and Sanjay Mehta.",
    "Apologies: Cllr Bridget Amos (work), Cllr Colin Ashby.",
    "In attendance: Joan Tate (Clerk to the Council); County Councillor Ray Denholm; four members of the public.",
    "",
    "26/01 Apologies for absence",
    "The apologies above were accepted. Cllr Neville Orr was absent.",
    "",
    "26/02 Declarations of interest",
    "Cllr Quill declared an interest in item 26/06 as a neighbour of the applicant.",
    "",
    "26/03 Minutes",
    "The minutes of the meeting held on 8 December 2025 were approved and signed as a correct record. Proposed Cllr "
    "Gask, seconded Cllr Frome; all in favour.",
    "",
    "26/04 Public participation",
    "Mr Alan Birtles asked when the dropped kerb outside the shop would be repaired. County Councillor Denholm said "
    "Highways had scheduled the work for February.",
    "",
    "26/05 County Councillor's report",
    "Cllr Denholm reported that the county budget consultation closes on 30 January and that the Greywell bus route "
    "will keep its Saturday service.",
    "",
    "26/06 Planning",
    "Application 25/01842/HOU, single-storey extension at 4 Mill Lane. Cllr Quill left the room. Cllr Mehta said the "
    "design matched the neighbouring properties. Resolved to raise no objection: 4 in favour, 0 against. Cllr Quill "
    "returned.",
    "",
    "26/07 Finance",
    "a) Precept 2026/27: the Clerk presented the draft budget of £28,400. Cllr Frome said the reserve for the play "
    "area should be kept at £5,000. It was resolved to set the precept at £26,900 (proposed Cllr Vane, seconded Cllr "
    "Mehta; 5 in favour, 0 against).",
    "b) Payments totalling £1,612.40 were approved.",
    "",
    "26/08 Play area",
    "Cllr Gask reported that the annual inspection found two loose bolts on the climbing frame. The Clerk will "
    "obtain two quotes for new swing seats before the next meeting. Cllr Gask will tighten the climbing frame bolts "
    "by 17 January.",
    "",
    "26/09 Date of next meeting",
    "Monday 9 February 2026 at 7.30pm.",
    "",
    "The meeting closed at 9.02pm.",
    "",
    "Signed ..................................... Chairman          Date ....................",
]

PDF[("en", "w-linwood-meadows-hoa-board-2025-12")] = [
    "# LINWOOD MEADOWS HOMEOWNERS ASSOCIATION",
    "# Board of Directors Meeting",
    "Tuesday, December 9, 2025 · 6:30 PM · Linwood Meadows Clubhouse",
    "",
    "DIRECTORS IN ATTENDANCE",
    "OKONKWO, Celeste – President",
    "BRANDT, Wesley – Vice President",
    "MORALES, Inés – Treasurer",
    "FITZGERALD, Noel – Secretary",
    "NOT PRESENT",
    "YAMADA, Kenji – Director (travelling; excused)",
    "",
    "STAFF: PARRISH, Dana – Community Manager, Summit HOA Services",
    "",
    "1. CALL TO ORDER AND QUORUM",
    "President Okonkwo called the meeting to order at 6:32 PM. Four of the five directors being present, a quorum "
    "was established.",
    "",
    "2. HOMEOWNER FORUM",
    "Gail Tremont (14 Heron Ct) asked when the pond fountain would be repaired. Dana Parrish said the pump had been "
    "ordered. Lou Baptiste (3 Finch Way) said cars were parking on the grass at the pool lot.",
    "",
    "3. APPROVAL OF NOVEMBER MINUTES",
    "Brandt moved to approve the November 11, 2025 minutes; Morales seconded. Approved 4-0.",
    "",
    "4. FINANCIAL REPORT",
    "Treasurer Morales reported operating cash of $84,210 and reserves of $311,560. Eleven accounts are more than 60 "
    "days delinquent. Fitzgerald asked whether late fees had been applied consistently. Parrish replied that they "
    "had, from the second month.",
    "",
    "5. 2026 BUDGET AND ASSESSMENT",
    "Motion (Morales/Fitzgerald) to adopt the 2026 budget of $412,000 with a quarterly assessment of $265. Roll "
    "call: Okonkwo yes, Brandt yes, Morales yes, Fitzgerald no. Motion carried 3-1.",
    "",
    "6. POOL PARKING",
    "Brandt said two 'No Parking on Grass' signs would solve most of the problem. Agreed by consensus that "
    "management will order two signs.",
    "",
    "ACTION ITEMS",
    "- Dana Parrish – order two 'No Parking on Grass' signs – by December 19",
    "- Inés Morales – send delinquency letters to the eleven accounts – within 7 days",
    "- Wesley Brandt and Noel Fitzgerald – review the landscaping contract renewal – January meeting",
    "",
    "7. ADJOURNMENT",
    "There being no further business, the meeting adjourned at 7:41 PM.",
    "",
    "Minutes prepared by Noel Fitzgerald, Secretary",
]

PDF[("en", "w-pinecrest-fire-auxiliary-2026-02")] = [
    "# PINECREST VOLUNTEER FIRE COMPANY AUXILIARY",
    "# Minutes of the Regular Monthly Meeting",
    "February 10, 2026 – Station 14 Social Hall, 300 Ridge Road",
    "",
    "President Loretta Dunbar presiding. Recording Secretary: Faye Holcomb.",
    "",
    "Members present:",
    "Loretta Dunbar, Faye Holcomb, Marjorie Tibbs,",
    "Carla Jennings, Dot Wexler, Rosalind Pugh,",
    "Ken Albright, Sharon Vukovich,",
    "Bea Lindahl, Trudy Marsh.",
    "Regrets were received from Nancy Ostrowski and Helen Yoder. Arlene Fisk was not present.",
    "Guests: Chief Dale Kimbrough, Pinecrest VFC; Amber Ruiz, prospective member.",
    "Ten members answered roll call; a quorum was present.",
    "",
    "CALL TO ORDER",
    "The meeting was called to order at 7:00 p.m. with the Pledge of Allegiance.",
    "",
    "MINUTES",
    "The January minutes were read by the Recording Secretary. Motion to accept by Dot Wexler, second by Carla "
    "Jennings. Motion carried.",
    "",
    "TREASURER'S REPORT",
    "Marjorie Tibbs reported a checking balance of $9,412.18 and savings of $22,650.00. The pancake breakfast "
    "netted $1,870.",
    "",
    "CHIEF'S REPORT",
    "Chief Kimbrough thanked the Auxiliary for running the rehab canteen at the January 24 barn fire and asked "
    "whether the Auxiliary could replace the canteen's coffee urns. Rosalind Pugh said the 40-cup urn had been "
    "leaking since December.",
    "",
    "OLD BUSINESS",
    "- Canteen supply inventory (Sharon Vukovich): completed.",
    "- Quilt raffle tickets (Bea Lindahl): in progress; proofs approved.",
    "",
    "NEW BUSINESS",
    "Motion by Rosalind Pugh, seconded by Ken Albright, to purchase two 40-cup coffee urns for the canteen, not to "
    "exceed $350. Carried 9-1.",
    "Trudy Marsh asked if the spring bake sale could be held at the hardware store instead of the station. Loretta "
    "Dunbar said she would ask the store manager.",
    "Carla Jennings and Dot Wexler will organize the St. Patrick's Day dinner on March 14.",
    "Sharon Vukovich will buy the urns by February 20.",
    "Amber Ruiz has completed her membership application; it will be voted on in March.",
    "",
    "ADJOURNMENT",
    "The meeting adjourned at 8:14 p.m.",
    "",
    "Respectfully submitted,",
    "Faye Holcomb, Recording Secretary",
]


def main() -> None:
    held_out.write_set(HERE, AUTHOR, PDF_BASE, {"vi": VI_DOCX, "en": EN_DOCX}, PDF)


if __name__ == "__main__":
    main()
