"""Write the fourth held-out set's .docx and .pdf documents (deterministic).

The .txt / .md documents and every <id>.expected.json are kept as typed; this script only writes the binary
formats.  Run from the repository root:
``.venv/bin/python -m tests.heldout4.make_heldout4``

Each document is held as a small markup text, so that its lines stay short here:

- a line that starts with two spaces continues the line above it (joined with one space);
- in a Word document, a line may start with a marker: ``=T`` title (bold, centred, larger), ``=C`` bold centred,
  ``=c`` centred, ``=B`` bold, ``=I`` italic, ``=L`` bulleted item, ``=N`` numbered item, ``=H1``/``=H2`` Word
  headings, ``=E`` an empty paragraph; consecutive lines starting with ``|`` are the rows of a table (cells
  between ``|``, ``<br>`` a line break inside a cell); any other line is a plain paragraph; blank lines are
  ignored;
- in a PDF, ``# `` starts a centred heading and a blank line is a small gap (see `tests/support/held_out.py`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from docx import Document

from tests.support import held_out
from tests.support.held_out import para, table

HERE = Path(__file__).resolve().parent
save_docx = partial(held_out.save_docx, author="heldout4")
save_pdf = partial(held_out.save_pdf, number=4)


def logical_lines(text: str) -> list[str]:
    """The markup's lines, with indented continuation lines joined to the line they continue."""
    lines: list[str] = []
    for raw in text.strip("\n").split("\n"):
        if raw.startswith("  ") and lines and lines[-1]:
            lines[-1] = lines[-1] + " " + raw.strip()
        else:
            lines.append(raw.rstrip())
    return lines


MARKS = {
    "=T ": {"bold": True, "center": True, "size": 15},
    "=C ": {"bold": True, "center": True},
    "=c ": {"center": True},
    "=B ": {"bold": True},
    "=I ": {"italic": True},
}
STYLES = {"=L ": "List Bullet", "=N ": "List Number", "=H1 ": "Heading 1", "=H2 ": "Heading 2"}


def docx_from(text: str):
    doc = Document()
    rows: list[list[str]] = []
    for line in [*logical_lines(text), ""]:
        if line.startswith("|"):
            body = line.strip()[1:]
            body = body[:-1] if body.endswith("|") else body
            rows.append([cell.strip().replace("<br>", "\n") for cell in body.split("|")])
            continue
        if rows:
            table(doc, rows)
            rows = []
        if not line:
            continue
        if line == "=E":
            para(doc, "")
        elif mark := next((m for m in MARKS if line.startswith(m)), None):
            para(doc, line[len(mark) :], **MARKS[mark])
        elif style := next((s for s in STYLES if line.startswith(s)), None):
            doc.add_paragraph(line[len(style) :], style=STYLES[style])
        else:
            para(doc, line)
    return doc


def pdf_lines(text: str) -> list[str]:
    return logical_lines(text)


# --------------------------------------------------------------------------------------------- vi

VI_KHOA_CNTT = """
|ĐẢNG BỘ TRƯỜNG ĐẠI HỌC KỸ THUẬT TÂY HÒA<br>CHI BỘ KHOA CÔNG NGHỆ THÔNG TIN<br>*|ĐẢNG CỘNG SẢN VIỆT NAM<br><br>Tây Hòa,
  ngày 08 tháng 10 năm 2025|
=E
=T BIÊN BẢN
=C SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2025
Hôm nay, thứ Tư, ngày 08/10/2025, hồi 14h00, tại Phòng họp B2.105 – Khoa Công nghệ Thông tin, Chi bộ Khoa Công nghệ
  Thông tin tiến hành sinh hoạt định kỳ tháng 10 năm 2025.
=B I. THÀNH PHẦN
- Chủ trì: PGS.TS. Lương Minh Khải – Bí thư chi bộ, Trưởng khoa.
- Thư ký: ThS. Đoàn Thị Quế Anh – Chi ủy viên.
- Đại biểu cấp trên: đồng chí Tô Thị Lệ Hằng – Phó Bí thư Đảng ủy Trường, dự và chỉ đạo.
- Tổng số đảng viên của chi bộ: 14 đồng chí (chính thức: 12, dự bị: 02). Tình hình dự họp:
|STT|Họ và tên|Chức vụ|Có mặt|Vắng|Ghi chú
|1|Lương Minh Khải|Bí thư chi bộ|x||
|2|Trần Hữu Phước|Phó Bí thư chi bộ|x||
|3|Đoàn Thị Quế Anh|Chi ủy viên|x||
|4|Ngô Thị Bích Hạnh|Đảng viên|x||
|5|Vũ Đình Toàn|Đảng viên|x||
|6|Hồ Ngọc Thạch|Đảng viên|x||
|7|Phạm Thị Diễm My|Đảng viên||x|Đi công tác tại Đà Nẵng (có báo cáo)
|8|Kiều Văn Long|Đảng viên|x||Đến muộn
|9|Lâm Thị Thu Trang|Đảng viên|x||
|10|Châu Minh Đức|Đảng viên||x|Ốm (có giấy xin phép)
|11|La Thị Hồng Nhung|Đảng viên|x||
|12|Mạc Văn Tùng|Đảng viên||x|Không báo cáo
|13|Bạch Ngọc Sơn|Đảng viên dự bị|x||
|14|Thái Quốc Bảo|Đảng viên dự bị|x||
Có mặt 11/14 đồng chí; vắng 03 đồng chí (02 có lý do, 01 không có lý do). Đồng chí Kiều Văn Long đến muộn lúc 14h25
  do coi thi giữa kỳ.
=B II. NỘI DUNG
=B 1. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2025
Đồng chí Trần Hữu Phước, Phó Bí thư chi bộ, báo cáo kết quả thực hiện các nhiệm vụ chi bộ giao tại kỳ sinh hoạt tháng
  9/2025:
=L Xếp thời khóa biểu học kỳ I năm học 2025–2026 (đ/c Vũ Đình Toàn phụ trách): đã hoàn thành, thời khóa biểu áp dụng
  từ ngày 15/9.
=L Rà soát chương trình đào tạo ngành Khoa học dữ liệu (đ/c Ngô Thị Bích Hạnh phụ trách): đang thực hiện, đạt khoảng
  70% khối lượng.
=L Nộp hồ sơ đăng ký đề tài khoa học cấp Bộ (đ/c Hồ Ngọc Thạch phụ trách): chưa thực hiện vì Bộ lùi hạn nhận hồ sơ.
=L Thu đảng phí quý III/2025 (đ/c Đoàn Thị Quế Anh phụ trách): đã thu đủ 100%, nộp Đảng ủy Trường ngày 30/9.
Tỷ lệ sinh viên nhập học khóa 2025 của khoa đạt 96% chỉ tiêu; không có cán bộ, giảng viên vi phạm quy chế.
=B 2. Thông tin thời sự, quán triệt văn bản cấp trên
Đồng chí Bí thư chi bộ thông tin một số sự kiện thời sự trong nước và quốc tế nổi bật trong tháng; quán triệt Kế hoạch
  số 27-KH/ĐU của Đảng ủy Trường về tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11 và công tác tuyển sinh
  sau đại học năm 2026.
=B 3. Nhiệm vụ tháng 11/2025
Chi bộ thống nhất phân công như sau:
Đồng chí Ngô Thị Bích Hạnh hoàn thiện dự thảo chương trình đào tạo ngành Khoa học dữ liệu, trình Hội đồng Khoa học và
  Đào tạo khoa trước ngày 31/10/2025.
Đồng chí Hồ Ngọc Thạch và đồng chí Lâm Thị Thu Trang hoàn thiện hồ sơ đề tài cấp Bộ, nộp Phòng Khoa học Công nghệ
  trong tháng 11.
Đồng chí Thái Quốc Bảo phối hợp với Liên chi đoàn khoa tổ chức Hội thi Lập trình sinh viên năm 2025, hoàn thành trước
  ngày 22/11/2025.
Chi ủy chuẩn bị dự thảo báo cáo kiểm điểm, đánh giá chất lượng tổ chức đảng và đảng viên năm 2025, trình chi bộ tại kỳ
  sinh hoạt tới.
=B 4. Thảo luận
- Đ/c Vũ Đình Toàn: thời khóa biểu học kỳ I còn 3 lớp học phần bị trùng phòng máy vào chiều thứ Năm; đề nghị khoa
  làm việc với Phòng Quản trị để bố trí thêm phòng B3.
- Đ/c Lâm Thị Thu Trang: hồ sơ đề tài cấp Bộ cần bổ sung thư xác nhận của doanh nghiệp phối hợp; đề nghị chi bộ giới
  thiệu đơn vị đã ký thỏa thuận hợp tác với khoa.
- Đ/c Kiều Văn Long: số sinh viên đăng ký Hội thi Lập trình năm nay tăng gấp đôi; đề nghị chia thành hai bảng để
  sinh viên năm thứ nhất có cơ hội tham gia.
- Đ/c Vũ Đình Toàn: bổ sung, đề nghị mời doanh nghiệp tài trợ giải thưởng cho Hội thi để giảm kinh phí của khoa.
- Đ/c Tô Thị Lệ Hằng phát biểu chỉ đạo: ghi nhận kết quả tuyển sinh của khoa; đề nghị chi bộ quan tâm công tác phát
  triển đảng viên trong sinh viên, phấn đấu giới thiệu ít nhất 02 quần chúng ưu tú trong năm học.
=B 5. Biểu quyết
Chi bộ biểu quyết thông qua Nghị quyết sinh hoạt tháng 10/2025: 11/11 đồng chí có mặt tán thành (đạt 100%).
Hội nghị kết thúc lúc 16h35 cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng chí dự họp nhất trí thông qua.
=E
|THƯ KÝ<br><br>(đã ký)<br><br>Đoàn Thị Quế Anh|T/M CHI BỘ<br>BÍ THƯ<br>(đã ký)<br><br>Lương Minh Khải
"""

VI_THUE_BAC_LAM = """
=B ĐẢNG BỘ CỤC THUẾ TỈNH
=B CHI BỘ CHI CỤC THUẾ KHU VỰC BẮC LAM
Số: 06-BB/CB
=c ĐẢNG CỘNG SẢN VIỆT NAM
=I Bắc Lam, ngày 12 tháng 3 năm 2026
=T BIÊN BẢN
=C Hội nghị sinh hoạt chuyên đề quý I năm 2026
=C “Nâng cao đạo đức công vụ, chống phiền hà, sách nhiễu người nộp thuế – học tập và làm theo tư tưởng, đạo đức,
  phong cách Hồ Chí Minh”
=B I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN
1. Thời gian: bắt đầu lúc 8 giờ 00 phút, thứ Năm, ngày 12 tháng 3 năm 2026.
2. Địa điểm: Hội trường tầng 3, trụ sở Chi cục Thuế khu vực Bắc Lam.
3. Thành phần:
- Dự và chỉ đạo: đồng chí Đặng Quang Vinh – Ủy viên Ban Thường vụ Đảng ủy Cục Thuế tỉnh.
- Khách mời: đồng chí Lý Thị Kim Oanh – Chủ tịch Công đoàn cơ sở Chi cục.
- Đảng viên chi bộ: tổng số 23 đồng chí; có mặt 20 đồng chí; vắng 03 đồng chí (đồng chí Lê Đình Khoa – đi học lớp
  Trung cấp lý luận chính trị; đồng chí Trương Thị Mỹ Lệ – nghỉ phép năm; đồng chí Phùng Văn Hậu – ốm), đều có lý do.
4. Chủ trì: đồng chí Hoàng Văn Thiệp – Bí thư chi bộ, Chi cục trưởng.
5. Thư ký hội nghị: đồng chí Nguyễn Thị Thanh Hương.
=B II. NỘI DUNG HỘI NGHỊ
=B 1. Trình bày chuyên đề
Đồng chí Mai Xuân Thành – Phó Bí thư chi bộ, Phó Chi cục trưởng trình bày chuyên đề “Nâng cao đạo đức công vụ, chống
  phiền hà, sách nhiễu người nộp thuế”. Chuyên đề nêu rõ những lời dạy của Chủ tịch Hồ Chí Minh về đạo đức người cán
  bộ “cần, kiệm, liêm, chính, chí công vô tư”; đánh giá thực trạng tại Chi cục: năm 2025 tiếp nhận 41.260 hồ sơ khai
  thuế, 99,2% hồ sơ giải quyết đúng hạn, có 17 phản ánh của người nộp thuế về thái độ phục vụ và thời gian hoàn thuế,
  trong đó 3 phản ánh đúng; chỉ ra nguyên nhân và đề ra 5 nhóm giải pháp trong năm 2026.
=B 2. Thảo luận
Ý kiến đ/c Cù Thị Hoa (Tổ trưởng Bộ phận Một cửa): cần công khai quy trình, thời hạn giải quyết từng loại hồ sơ ngay
  tại quầy và trên trang thông tin điện tử; đề nghị bố trí thêm 01 công chức hướng dẫn kê khai vào các tháng cao
  điểm quyết toán thuế.
Ý kiến đ/c Đàm Quốc Trung (Đội trưởng Đội Kiểm tra thuế số 2): thời gian hoàn thuế kéo dài chủ yếu do hồ sơ phải bổ
  sung nhiều lần; đề nghị rà soát lại quy trình, gửi thông báo bổ sung hồ sơ một lần duy nhất.
Ý kiến đ/c Tạ Minh Nhật: đề nghị mỗi đảng viên ký cam kết không gây phiền hà, sách nhiễu và công khai đường dây nóng
  của Chi cục để người dân phản ánh.
Đồng chí Cù Thị Hoa phát biểu bổ sung: bản cam kết nên gắn với tiêu chí đánh giá, xếp loại đảng viên cuối năm thì mới
  có tác dụng.
Đồng chí Đặng Quang Vinh phát biểu chỉ đạo: đánh giá cao chất lượng chuyên đề; đề nghị chi bộ cụ thể hóa các giải
  pháp thành nội dung đăng ký làm theo của từng đảng viên, có kiểm tra, đánh giá định kỳ hằng quý.
=B 3. Đăng ký nội dung làm theo và phân công thực hiện
Hội nghị thống nhất mỗi đảng viên đăng ký ít nhất 02 nội dung làm theo gắn với vị trí công tác, nộp bản đăng ký về
  chi ủy. Phân công cụ thể:
- Giao đồng chí Mai Xuân Thành tổng hợp bản đăng ký làm theo của đảng viên, hoàn thành trước ngày 20/3/2026.
- Đội Kiểm tra thuế số 2 (đồng chí Đàm Quốc Trung – Đội trưởng) rà soát quy trình giải quyết hồ sơ hoàn thuế, báo cáo
  chi bộ trong tháng 4/2026.
- Bộ phận Một cửa (đ/c Cù Thị Hoa, đ/c Tạ Minh Nhật) niêm yết công khai quy trình, thời hạn giải quyết hồ sơ và số
  điện thoại đường dây nóng, thực hiện trong vòng 15 ngày kể từ ngày họp.
=B 4. Biểu quyết
Hội nghị biểu quyết thông qua Kế hoạch số 03-KH/CB thực hiện chuyên đề năm 2026: 20/20 đồng chí tán thành, đạt 100%.
Hội nghị kết thúc lúc 11 giờ 00 phút cùng ngày. Biên bản đã được thông qua trước hội nghị và được các đồng chí dự họp
  nhất trí.
=E
|CHỦ TRÌ HỘI NGHỊ<br><br><br>Hoàng Văn Thiệp|THƯ KÝ<br><br><br>Nguyễn Thị Thanh Hương
"""

VI_CAP_NUOC_HOA_PHONG = """
=c ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH
=B CHI BỘ CÔNG TY CỔ PHẦN CẤP NƯỚC HÒA PHONG
=c ĐẢNG CỘNG SẢN VIỆT NAM
=I Hòa Phong, ngày 18 tháng 7 năm 2025
=E
=T BIÊN BẢN HỌP CHI BỘ BẤT THƯỜNG
=c (V/v sự cố vỡ tuyến ống truyền tải D600 và trách nhiệm của đảng viên liên quan)
Thời gian: 14 giờ 00, thứ Sáu, ngày 18/7/2025.
Địa điểm: Phòng họp Ban Giám đốc, số 12 đường Trần Khát Chân, phường Hòa Phong.
Chủ tọa: Đ/c Quách Văn Nghĩa – Bí thư chi bộ, Giám đốc Công ty.
Thư ký: Đ/c Huỳnh Thị Ngọc Bích.
Đảng viên có mặt: 15/16 đồng chí, gồm các đồng chí: Quách Văn Nghĩa, Huỳnh Thị Ngọc Bích, Dương Văn Lực, Tăng Thị
  Mai, Lê Quang Vịnh, Bùi Hữu Nghị, Cao Minh Triều, Đỗ Thị Hải Yến, Giang Văn Khởi, Hà Thị Nguyệt, Kha Văn Tư, Lạc
  Thị Xuân, Mẫn Quốc Huy, Ông Thị Thùy Dung, Văn Đức Tín.
Vắng: đ/c Nông Văn Sáng – đang trực chỉ huy thi công tại hiện trường sự cố (có báo cáo).
Đại biểu dự: đồng chí Kha Minh Tuấn – Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.
Mời dự: ông Ninh Văn Hải – Trưởng phòng Kỹ thuật (quần chúng), báo cáo về sự cố.
Đồng chí chủ tọa nêu lý do họp bất thường: hồi 22 giờ 40 ngày 15/7/2025, tuyến ống truyền tải D600 đoạn qua nút giao
  Quốc lộ 1 – đường Lý Nam Đế bị vỡ, làm gián đoạn cấp nước cho khoảng 9.400 hộ dân tại 4 phường trong hơn 30 giờ, gây
  bức xúc trong nhân dân. Chi bộ cần thống nhất phương án khắc phục và xem xét trách nhiệm của đảng viên liên quan.
=B 1. Báo cáo sự cố và nguyên nhân
Ông Ninh Văn Hải báo cáo: đoạn ống vỡ dài khoảng 6 m, là ống gang lắp đặt năm 1998; nguyên nhân chính là ống đã
  xuống cấp, cộng với việc đơn vị thi công tuyến cáp ngầm đào sát móng ống; công tác kiểm tra định kỳ tuyến ống của
  Đội Quản lý mạng lưới không phát hiện được dấu hiệu rò rỉ từ trước.
=B 2. Phương án khắc phục và cấp nước tạm thời
Chi bộ thảo luận, thống nhất các biện pháp sau đây, giao cụ thể:
|TT|Nội dung công việc|Người / bộ phận thực hiện|Thời hạn
|1|Hoàn thành thay thế 120 m ống D600 đoạn bị vỡ và đoạn liền kề|đ/c Dương Văn Lực, Đội Thi công số 1|22/7/2025
|2|Bố trí 6 xe bồn cấp nước miễn phí cho các tổ dân phố còn mất nước|đ/c Tăng Thị Mai|Ngay trong ngày 18/7/2025
|3|Thông tin, xin lỗi khách hàng trên trang điện tử và Zalo của Công ty|đ/c Huỳnh Thị Ngọc Bích|Trong 03 ngày
|4|Rà soát toàn bộ tuyến ống có tuổi trên 25 năm, đề xuất kế hoạch thay thế|đ/c Lê Quang Vịnh và đ/c Nông Văn
  Sáng|Quý III/2025
|5|Hoàn thiện hồ sơ đề nghị xử lý trách nhiệm, báo cáo Đảng ủy Khối|Chi ủy|Trước ngày 31/7/2025
Đồng chí Dương Văn Lực phát biểu: Đội Thi công số 1 đã tập kết đủ vật tư, dự kiến lắp xong ống mới trong đêm 20/7;
  đề nghị Công an phường hỗ trợ phân luồng giao thông tại nút giao.
Đồng chí Tăng Thị Mai phát biểu: hiện còn 2 tổ dân phố ở phường Hòa Phong Bắc có áp lực nước yếu; đề nghị tăng thêm
  2 xe bồn vào giờ cao điểm buổi sáng.
Đồng chí Dương Văn Lực phát biểu bổ sung: sau khi thay ống cần súc xả, lấy mẫu xét nghiệm nước trước khi cấp lại
  cho dân.
Đồng chí Dương Văn Lực xin phép rời cuộc họp lúc 16 giờ 10 để ra hiện trường chỉ đạo thi công.
Chi bộ biểu quyết thông qua phương án khắc phục: tán thành 14/14 đồng chí có mặt (100%).
=B 3. Xem xét trách nhiệm của đảng viên liên quan
Đồng chí Lê Quang Vịnh, Đội trưởng Đội Quản lý mạng lưới, trình bày bản tự kiểm điểm, nhận trách nhiệm về việc
  buông lỏng kiểm tra định kỳ tuyến ống.
Đồng chí Kha Minh Tuấn phát biểu: sự cố là bài học lớn về trách nhiệm phục vụ nhân dân; đề nghị chi bộ xem xét
  nghiêm túc, khách quan, đúng quy định, đồng thời chỉ đạo Công ty công khai kết quả khắc phục cho người dân biết.
Đồng chí Bùi Hữu Nghị phát biểu: đồng chí Vịnh có thái độ nhận khuyết điểm cầu thị, đã trực tiếp tham gia khắc phục
  sự cố; đề nghị hình thức khiển trách là phù hợp.
Chi bộ biểu quyết đề nghị thi hành kỷ luật đồng chí Lê Quang Vịnh bằng hình thức khiển trách. Kết quả: tán thành 13/14
  đồng chí (92,9%), không tán thành 01 đồng chí. Đề nghị được thông qua và báo cáo Đảng ủy Khối xem xét, quyết định.
Cuộc họp kết thúc lúc 17 giờ 15 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe, các đồng chí dự họp thống
  nhất, không có ý kiến bổ sung.
=E
|THƯ KÝ<br><br>Huỳnh Thị Ngọc Bích|CHỦ TỌA<br><br>Quách Văn Nghĩa
"""

VI_THPT_NGUYEN_DINH_LUONG = """
|ĐẢNG BỘ XÃ THẠCH LÂM<br>CHI BỘ TRƯỜNG THPT NGUYỄN ĐÌNH LƯƠNG|ĐẢNG CỘNG SẢN VIỆT NAM<br>Thạch Lâm, ngày 06 tháng 12 năm
  2025
=E
=T BIÊN BẢN
=C SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12/2025 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ
Vào hồi 7 giờ 30 phút, thứ Bảy ngày 06/12/2025, tại phòng Hội đồng sư phạm Trường THPT Nguyễn Đình Lương, Chi bộ
  giáo viên nhà trường tiến hành sinh hoạt thường kỳ tháng 12 năm 2025, kết hợp sinh hoạt chuyên đề quý IV.
Đồng chí Phan Thanh Nghị – Bí thư chi bộ, Hiệu trưởng nhà trường – chủ trì hội nghị.
Đồng chí Trịnh Thị Hoài Thu – Chi ủy viên – ghi biên bản.
Dự và chỉ đạo có đồng chí Lã Văn Khiêm – Ủy viên Ban Thường vụ Đảng ủy xã Thạch Lâm.
Tổng số đảng viên: 29 đồng chí. Có mặt: 26 đồng chí. Vắng mặt: 03 đồng chí, gồm:
=L Đồng chí Võ Thị Kiều Oanh: nghỉ ốm (có lý do);
=L Đồng chí Lục Văn Thuận: đi tập huấn chuyên môn tại Sở Giáo dục và Đào tạo (có lý do);
=L Đồng chí Khổng Minh Trí: vắng không báo cáo.
=B PHẦN I. SINH HOẠT THƯỜNG KỲ
=B 1. Kiểm điểm việc thực hiện nhiệm vụ tháng 11/2025
Đồng chí Bí thư thay mặt chi ủy đánh giá: Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11 do đồng chí Đinh Quang
  Hưng phụ trách đã hoàn thành, có 18 tiết dạy đạt loại tốt. Công tác bồi dưỡng đội tuyển học sinh giỏi cấp tỉnh do
  đồng chí Giáp Thị Ngân phụ trách đang tiếp tục thực hiện theo kế hoạch. Việc sửa chữa hệ thống điện phòng thực hành
  Vật lý do đồng chí Bế Văn Khải phụ trách chưa thực hiện được vì chưa bố trí được kinh phí. Tỷ lệ học sinh chuyên cần
  đạt 98,6%; không có học sinh vi phạm an toàn giao thông.
Đồng chí Bế Văn Khải phát biểu: hệ thống điện phòng thực hành đã xuống cấp, nhiều ổ cắm bị chập, không bảo đảm an
  toàn; đề nghị Ban Giám hiệu ưu tiên trích kinh phí chi thường xuyên để sửa chữa ngay trong tháng.
=B 2. Phương hướng, nhiệm vụ tháng 12/2025
Chi bộ thống nhất các nhiệm vụ trọng tâm và phân công:
=L Đồng chí Đinh Quang Hưng chỉ đạo các tổ xây dựng ma trận, đề kiểm tra cuối học kỳ I, nộp Ban Giám hiệu trước
  15/12/2025.
=L Đồng chí Bế Văn Khải, đồng chí Hà Thị Tuyết hoàn thành sửa chữa hệ thống điện phòng thực hành Vật lý, chậm nhất
  ngày 27/12/2025.
=L Đồng chí Trịnh Thị Hoài Thu thu đảng phí năm 2025, quyết toán với Văn phòng Đảng ủy xã xong trong tháng 12.
=L Các tổ trưởng chuyên môn nộp danh sách học sinh có nguy cơ bỏ học về Ban Giám hiệu trong tuần sau.
Đồng chí Giáp Thị Ngân xin phép về sớm lúc 9 giờ 15 phút để đưa đội tuyển đi thi học sinh giỏi cấp tỉnh.
=B PHẦN II. SINH HOẠT CHUYÊN ĐỀ
=B Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong giáo dục đạo đức, lối sống cho học
  sinh
Đồng chí Lam Thị Phượng – Phó Hiệu trưởng trình bày chuyên đề. Chuyên đề nêu kết quả giáo dục đạo đức học sinh học kỳ
  I (96,4% học sinh xếp loại rèn luyện tốt và khá), một số biểu hiện đáng lo ngại như bạo lực học đường trên mạng xã
  hội, sử dụng thuốc lá điện tử; đề xuất 4 nhóm giải pháp, trong đó mỗi đảng viên là một tấm gương để học sinh noi
  theo.
Thảo luận:
- Đ/c Hà Thị Tuyết: giáo viên chủ nhiệm cần phối hợp chặt với cha mẹ học sinh qua nhóm Zalo lớp; đề nghị nhà trường
  tổ chức chuyên đề về thuốc lá điện tử cho cha mẹ học sinh.
- Đ/c Đinh Quang Hưng: nên lồng ghép nội dung giáo dục đạo đức vào hoạt động trải nghiệm, không chỉ trong tiết sinh
  hoạt lớp.
- Đ/c Lã Văn Khiêm: Đảng ủy xã đánh giá cao việc chi bộ chọn chuyên đề sát thực tiễn; đề nghị phối hợp với Công an xã
  tuyên truyền phòng chống ma túy trong học sinh.
- Đ/c Hà Thị Tuyết: xin bổ sung, mỗi lớp nên có một đảng viên phụ trách theo dõi, giúp đỡ học sinh cá biệt.
=B PHẦN III. BIỂU QUYẾT
Chi bộ biểu quyết thông qua nghị quyết tháng 12/2025 với 25/25 đồng chí có mặt tán thành (100%).
Chi bộ nhất trí 100% thông qua nội dung chuyên đề và giao chi ủy bổ sung các ý kiến thảo luận.
Hội nghị kết thúc lúc 10 giờ 20 phút cùng ngày. Biên bản đã đọc lại cho các đồng chí đảng viên cùng nghe và nhất trí
  thông qua.
=E
|T/M CHI BỘ<br>BÍ THƯ<br><br><br>Phan Thanh Nghị|NGƯỜI GHI BIÊN BẢN<br><br><br><br>Trịnh Thị Hoài Thu
"""

VI_DON_BIEN_PHONG_PA_LUU_PDF = """
ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH
CHI BỘ ĐỒN BIÊN PHÒNG PA LƯU
# ĐẢNG CỘNG SẢN VIỆT NAM
Pa Lưu, ngày 20 tháng 01 năm 2026

# BIÊN BẢN
# SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026

Thời gian: từ 07h30 đến 10h45 ngày 20/01/2026 (thứ Ba).
Địa điểm: Hội trường Đồn Biên phòng Pa Lưu.
Chủ trì: Thiếu tá Hứa Đình Chiến – Bí thư chi bộ, Chính trị viên Đồn.
Thư ký: Đại úy Chu Văn Phúc – Chi ủy viên.
Cấp trên dự: Thượng tá Nông Đức Hạnh – Phó Chính ủy Bộ đội Biên phòng tỉnh.
Dự họp có đồng chí Lò Thị Phượng – Bí thư chi bộ bản Pa Lưu (chi bộ kết nghĩa).
Quân số đảng viên: 21 đồng chí (chính thức 19, dự bị 02). Có mặt: 17 đồng chí. Vắng: 04 đồng chí, đều có lý do:
– Đại úy Sầm Văn Tịnh, Thượng úy Lù Văn Pao: đang làm nhiệm vụ tuần tra đường biên, mốc giới;
– Trung úy Đinh Công Hậu: nghỉ phép;
– Thiếu úy Giàng A Sử: đi học lớp bồi dưỡng nghiệp vụ tại Trường Trung cấp Biên phòng.
Trung úy Hoàng A Sình đến muộn lúc 07h50 do đi kiểm tra công trình ở Trạm kiểm soát Nậm Khum về.

I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 12/2025
Thiếu tá Lương Văn Chỉnh – Phó Bí thư chi bộ, Đồn trưởng báo cáo: trong tháng đơn vị duy trì 46 lượt tuần tra, kiểm
  soát đường biên, mốc giới với 218 lượt cán bộ chiến sĩ tham gia; không để xảy ra xâm phạm chủ quyền lãnh thổ; phối
  hợp bắt giữ 01 vụ vận chuyển trái phép 2.000 bao thuốc lá ngoại. Kết quả các việc chi bộ giao:
– Tặng 120 suất quà cho hộ nghèo dịp Tết Dương lịch (Đại úy Chu Văn Phúc phụ trách): đã hoàn thành.
– Sửa chữa nhà ở cán bộ chiến sĩ Trạm kiểm soát Nậm Khum (Trung úy Hoàng A Sình phụ trách): đang thi công, đạt khoảng
  60% khối lượng.
– Mở lớp xóa mù chữ cho phụ nữ bản Huổi Lếch (Thượng úy Lù Văn Pao phụ trách): chưa mở được lớp vì chưa đủ học viên.

II. THÔNG TIN, QUÁN TRIỆT
Đồng chí Bí thư thông tin tình hình biên giới, an ninh nông thôn trên địa bàn; quán triệt Chỉ thị của Đảng ủy Bộ đội
  Biên phòng tỉnh về bảo đảm an ninh chính trị, trật tự an toàn xã hội dịp Tết Nguyên đán Bính Ngọ 2026.

III. NHIỆM VỤ THÁNG 01 VÀ TRƯỚC, TRONG, SAU TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026
Chi bộ thống nhất các nhiệm vụ và phân công như sau:
TT | Nội dung nhiệm vụ | Người thực hiện | Thời gian hoàn thành
1 | Tuần tra song phương với lực lượng bảo vệ biên giới nước bạn | Đại úy Sầm Văn Tịnh | 31/01/2026
2 | Tổ chức chương trình “Xuân Biên phòng ấm lòng dân bản”, tặng 150 suất quà | Đại úy Chu Văn Phúc, Trung úy Hoàng
  A Sình | Trước Tết Nguyên đán
3 | Hoàn thành sửa chữa nhà ở Trạm kiểm soát Nậm Khum | Trung úy Hoàng A Sình | 10/02/2026
4 | Xây dựng kế hoạch trực sẵn sàng chiến đấu dịp Tết | Thiếu tá Lương Văn Chỉnh | Trong 05 ngày
5 | Mở lớp xóa mù chữ bản Huổi Lếch | Thượng úy Lù Văn Pao | Sau Tết Nguyên đán

IV. THẢO LUẬN
Đồng chí Thiếu tá Lương Văn Chỉnh phát biểu: dịp Tết lưu lượng người qua lại cửa khẩu phụ tăng mạnh, đề nghị chi bộ
  tăng cường đảng viên trực chỉ huy tại Trạm kiểm soát Nậm Khum.
Ý kiến đồng chí Trung úy Hoàng A Sình: công trình nhà ở còn thiếu tôn lợp và xi măng; đề nghị Đồn hỗ trợ phương tiện
  vận chuyển vật liệu vì đường vào trạm đang sạt lở.
Ý kiến đồng chí Thượng úy Vi Văn Kiên: đề nghị in tờ rơi song ngữ Việt – Mông tuyên truyền về phòng chống mua bán
  người dịp Tết.
Đồng chí Thượng tá Nông Đức Hạnh phát biểu chỉ đạo: biểu dương kết quả đấu tranh phòng chống buôn lậu; yêu cầu chi bộ
  quản lý chặt quân số, không để cán bộ chiến sĩ vi phạm kỷ luật, an toàn giao thông trong dịp Tết.
Đồng chí Trung úy Hoàng A Sình phát biểu thêm: cam kết hoàn thành công trình trước ngày 10/02 để chiến sĩ ở mới đón
  Tết.

V. BIỂU QUYẾT
Biểu quyết thông qua nghị quyết lãnh đạo tháng 01/2026: 17/17 đồng chí nhất trí (100%).
Buổi sinh hoạt kết thúc lúc 10 giờ 45 phút cùng ngày. Biên bản được thông qua trước chi bộ.

THƯ KÝ                                                        CHỦ TRÌ
(Đã ký)                                                        (Đã ký)
Đại úy Chu Văn Phúc                                   Thiếu tá Hứa Đình Chiến
"""

VI_TRAM_Y_TE_TAN_MY_HA_PDF = """
ĐẢNG BỘ XÃ TÂN MỸ HẠ                                        ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ                                   Tân Mỹ Hạ, ngày 05 tháng 9 năm 2025

# BIÊN BẢN SINH HOẠT CHI BỘ
# Tháng 9 năm 2025 (sinh hoạt thường kỳ)

Hôm nay, vào lúc 16 giờ 30 phút thứ Sáu ngày 05 tháng 9 năm 2025, tại phòng giao ban Trạm Y tế xã Tân Mỹ Hạ, Chi bộ
  Trạm Y tế tổ chức sinh hoạt thường kỳ tháng 9 năm 2025.
Chủ trì: đồng chí Lâm Quốc Việt – Bí thư chi bộ.
Ghi biên bản: đồng chí Tôn Nữ Bảo Trâm – Chi ủy viên.
Đại biểu: đồng chí Phí Văn Cường – Đảng ủy viên, Trưởng Ban Xây dựng Đảng Đảng ủy xã.
Tổng số đảng viên: 11 (chính thức 09, dự bị 02).
Có mặt: 10/11 đảng viên, gồm các đồng chí: Lâm Quốc Việt (Bí thư chi bộ, Trạm trưởng), Nghiêm Văn Hòa (Phó Bí thư,
  Phó Trạm trưởng), Tôn Nữ Bảo Trâm, Lý Thị Sen, Đào Duy Khánh, Thạch Thị Chanh Đa, Lưu Thị Hạnh, Ung Văn Tấn, Kim Thị
  Ánh Dương (dự bị), Từ Minh Khôi (dự bị).
Vắng: 01 – đ/c Diệp Văn Thông, trực ca cấp cứu tại Trạm (có lý do).

NỘI DUNG
1. Thông qua biên bản sinh hoạt kỳ trước
Đồng chí Tôn Nữ Bảo Trâm đọc biên bản sinh hoạt chi bộ tháng 8/2025; không có ý kiến bổ sung, sửa đổi.

2. Đánh giá kết quả thực hiện nhiệm vụ tháng 8/2025
Đồng chí Bí thư báo cáo:
– Tiêm chủng mở rộng tháng 8 (đ/c Lý Thị Sen phụ trách): đạt 97% kế hoạch, hoàn thành.
– Phun hóa chất diệt muỗi tại ấp Mỹ Phú (đ/c Đào Duy Khánh phụ trách): đã hoàn thành ngày 22/8.
– Cập nhật hồ sơ sức khỏe điện tử cho người dân (đ/c Từ Minh Khôi phụ trách): đạt 78%, đang tiếp tục thực hiện.
Trong tháng, Trạm khám, điều trị cho 1.146 lượt người; ghi nhận 9 ca sốt xuất huyết, tăng 5 ca so với tháng 7, chưa
  có ca nặng.

3. Xét đề nghị công nhận đảng viên chính thức đối với đồng chí Kim Thị Ánh Dương
Đồng chí Kim Thị Ánh Dương đọc bản tự kiểm điểm trong thời gian dự bị. Đồng chí Nghiêm Văn Hòa, đảng viên được phân
  công giúp đỡ, báo cáo nhận xét: đồng chí Dương chấp hành tốt chủ trương của Đảng, hoàn thành tốt nhiệm vụ nữ hộ
  sinh, tích cực tham gia công tác dân số tại các ấp. Chi bộ đã nhận được ý kiến nhận xét của Chi hội Phụ nữ và
  Chi đoàn nơi cư trú, đều đồng ý.
Số đảng viên chính thức có mặt: 08/09. Kết quả biểu quyết: 08/08 đồng chí tán thành (100%). Nghị quyết đề nghị
  công nhận đảng viên chính thức đối với đồng chí Kim Thị Ánh Dương được thông qua.

4. Nhiệm vụ tháng 9/2025
– Đ/c Đào Duy Khánh phối hợp Ban nhân dân các ấp tổ chức tổng vệ sinh, diệt lăng quăng tại 4 ấp, hoàn thành trong
  07 ngày tới.
– Đ/c Lý Thị Sen, đ/c Lưu Thị Hạnh tổ chức khám sức khỏe định kỳ cho người cao tuổi, xong trước 30/9.
– Đ/c Từ Minh Khôi hoàn thành cập nhật hồ sơ sức khỏe điện tử, đạt 100% trước ngày 20/9/2025.
– Đ/c Nghiêm Văn Hòa hoàn thiện hồ sơ của đồng chí Kim Thị Ánh Dương, gửi Ban Xây dựng Đảng Đảng ủy xã trong tuần
  này.

Thảo luận:
– Đ/c Nghiêm Văn Hòa: số ca sốt xuất huyết tập trung ở ấp Mỹ Phú và ấp Giồng Trôm, đề nghị ưu tiên hai ấp này khi
  tổng vệ sinh.
– Đ/c Lý Thị Sen: người cao tuổi ở xa Trạm đi lại khó, đề nghị tổ chức khám lưu động tại nhà văn hóa các ấp.
– Đ/c Nghiêm Văn Hòa: nhất trí với đồng chí Sen, Trạm có thể bố trí 1 xe cứu thương chở thiết bị.
– Đ/c Phí Văn Cường: Đảng ủy xã ghi nhận chi bộ làm tốt công tác phát triển đảng viên; đề nghị lưu ý giới thiệu đoàn
  viên ưu tú trong năm 2026.
Biểu quyết thông qua nghị quyết tháng 9/2025: 10/10 đồng chí tán thành.
Cuộc họp kết thúc lúc 18 giờ 05 phút cùng ngày.

NGƯỜI GHI BIÊN BẢN                                              T/M CHI BỘ
(ký, ghi rõ họ tên)                                                      BÍ THƯ

Tôn Nữ Bảo Trâm                                                      Lâm Quốc Việt
"""

VI_CHO_PHU_CUONG_PDF = """
ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG
CHI BỘ BAN QUẢN LÝ CHỢ PHÚ CƯỜNG
# ĐẢNG CỘNG SẢN VIỆT NAM

# BIÊN BẢN
# Sinh hoạt chi bộ định kỳ tháng 5/2026

Thời gian: 15h00, thứ Năm, 07/5/2026.
Địa điểm: Văn phòng Ban Quản lý chợ Phú Cường (tầng 2 nhà lồng chợ).
Chủ tọa: đ/c Quan Thị Diệu – Bí thư chi bộ, Trưởng Ban Quản lý chợ.
Thư ký: đ/c Trình Văn Bửu.
Đại biểu: đ/c Đoàn Minh Hiếu – Đảng ủy viên, Phó Chủ tịch UBND phường Phú Cường.
Tổng số: 12 đảng viên (11 chính thức, 01 dự bị). Có mặt 11; vắng 01.
STT   Họ và tên                    Chức vụ                               Có mặt    Vắng    Ghi chú
1       Quan Thị Diệu               Bí thư chi bộ                           x
2       Trình Văn Bửu               Chi ủy viên                              x
3       Hàn Văn Lễ                    Đảng viên                                x                        đến muộn
4       Mẫn Thị Cúc                   Đảng viên                                x                        về sớm
5       Âu Thị Mến                     Đảng viên                                          x    vắng – không lý do
6       Tiêu Văn Hùng                Đảng viên                                x
7       Lưu Đức Thịnh                Đảng viên                                x
8       Phó Thị Kim Chi              Đảng viên                                x
9       Quang Văn Tài                 Đảng viên                                x
10     Yên Thị Hảo                    Đảng viên                                x
11     Thân Văn Quý                  Đảng viên                                x
12     Viên Thị Ngọc Lan           Đảng viên dự bị                       x
Đ/c Hàn Văn Lễ đến muộn (15h20) do phải giải quyết tranh chấp ki-ốt ở khu hàng khô. Đ/c Mẫn Thị Cúc xin phép về lúc
  16h30 vì con nhỏ bị ốm.

1. Kết quả thực hiện nghị quyết tháng 4/2026
Đ/c Trình Văn Bửu báo cáo:
+ Sắp xếp lại khu bán hàng rong trước cổng chợ (đ/c Tiêu Văn Hùng): đã hoàn thành, lòng đường thông thoáng.
+ Kiểm tra phòng cháy chữa cháy tại các ki-ốt (đ/c Lưu Đức Thịnh): mới kiểm tra được 140/212 ki-ốt, đang tiếp tục.
+ Thu tiền thuê ki-ốt quý II/2026 (đ/c Phó Thị Kim Chi): đã thu đạt 100%.

2. Công tác phòng cháy chữa cháy và vệ sinh môi trường chợ mùa nắng nóng
Qua kiểm tra phát hiện 23 ki-ốt câu mắc điện không an toàn, 8 bình chữa cháy hết hạn; rãnh thoát nước khu chợ cá bị
  ùn tắc, bốc mùi.
Ý kiến đ/c Tiêu Văn Hùng: cần lập biên bản, yêu cầu các hộ câu mắc điện sai quy định khắc phục ngay, tái phạm thì tạm
  đình chỉ kinh doanh.
Ý kiến đ/c Hàn Văn Lễ: đề nghị bố trí tổ bảo vệ trực đêm tại khu hàng khô, nơi có nhiều hàng dễ cháy.

3. Chủ trương điều chỉnh mức thu phí vệ sinh đối với hộ kinh doanh
Đ/c Quan Thị Diệu trình bày: chi phí thu gom, vận chuyển rác tăng 18%; đề xuất điều chỉnh phí vệ sinh từ 60.000 đồng
  lên 75.000 đồng/hộ/tháng, áp dụng từ ngày 01/7/2026.
Ý kiến đ/c Phó Thị Kim Chi: tiểu thương khu hàng rau có thu nhập thấp, đề nghị giữ mức phí cũ cho nhóm hộ này.
Ý kiến đ/c Tiêu Văn Hùng (phát biểu lần hai): nên tổ chức lấy ý kiến tiểu thương trước khi áp dụng để tránh khiếu nại.
Đ/c Đoàn Minh Hiếu phát biểu: UBND phường ủng hộ chủ trương, đề nghị Ban Quản lý công khai dự toán thu chi phí vệ
  sinh để tiểu thương đồng thuận.
Biểu quyết chủ trương điều chỉnh mức thu phí vệ sinh từ ngày 01/7/2026 (trừ khu hàng rau): tán thành 8/10 đồng chí,
  không tán thành 02 đồng chí. Chủ trương được thông qua.

4. Nhiệm vụ tháng 5 và tháng 6/2026
+ Đ/c Lưu Đức Thịnh chủ trì cùng Đội PCCC tự quản hoàn thành kiểm tra 72 ki-ốt còn lại trước 20/5/2026.
+ Đ/c Quang Văn Tài thay thế 8 bình chữa cháy hết hạn trong tháng 5.
+ Tổ vệ sinh (đ/c Yên Thị Hảo, đ/c Thân Văn Quý) nạo vét rãnh thoát nước khu chợ cá trước ngày 31/5.
+ Đ/c Trình Văn Bửu dự thảo thông báo mức phí mới, tổ chức lấy ý kiến tiểu thương và niêm yết tại chợ chậm nhất ngày
  15/6/2026.
Chi bộ nhất trí 100% thông qua nghị quyết tháng 5/2026.
Cuộc họp kết thúc hồi 17h10. Biên bản được đọc lại, các đồng chí có mặt nhất trí ký tên.

CHỦ TỌA                                                                    THƯ KÝ
Quan Thị Diệu                                                             Trình Văn Bửu
"""


# --------------------------------------------------------------------------------------------- en

EN_THORNWICK_ROWING = """
=C THORNWICK ROWING CLUB
=c Minutes of the Committee Meeting held on Tuesday 14 October 2025 at 7.30pm in the Clubhouse (upstairs bar)
Present: Imogen Feltham (Chair), Callum Prideaux (Captain), Priya Lakhani (Treasurer), Rafe Okafor (Hon. Secretary),
  Bethan Lloyd-Morris (Women's Captain), Declan Moss (Junior Co-ordinator), Tobias Wren (Boatman) from item 3.
In attendance: Gemma Stroud (Head Coach).
Minutes: Rafe Okafor (Hon. Secretary).
=B 1. Apologies
Apologies were received from Hattie Galbraith (Social Secretary) and Sunil Varma (Membership Secretary).
=B 2. Minutes of the meeting held on 9 September 2025
The minutes were approved as a true record. Proposed Callum, seconded Bethan.
=B 3. Matters arising
=L Trailer hitch and lighting board (TW): repaired and tested on 20 September – complete.
=L Club kit order (HG): still outstanding; the supplier has not confirmed a delivery date. Hattie to chase the supplier.
=L Bank mandate change (PL): new signatories registered with the bank – complete.
Tobias joined the meeting at 7.50pm.
=B 4. Captain's report
Callum reported that winter training starts on 3 November with three squads. Entries for the Fours Head are open and
  close on Friday; he would enter two men's and one women's crew. Gemma Stroud asked whether the club would fund a
  second coaching launch for the winter; the committee asked Gemma to cost a second launch for the next meeting.
=B 5. Treasurer's report
Priya presented the accounts to 30 September: current account £18,240, reserve account £31,600. Subscriptions are
  behind budget by £2,100 because eleven members have not renewed. She proposed raising the senior subscription from
  £420 to £450 from 1 January 2026 to cover the rise in the boathouse lease.
Declan: Will the junior rate change too?
Priya: No, juniors stay at £150; the rise is for seniors only.
Proposed Priya, seconded RO, that the senior subscription be raised to £450 from 1 January 2026. Carried 6-1.
=B 6. Boats and equipment
Tobias: The bow rigger on Kingfisher is cracked and she is not safe to row. A repair is about £900, but she is
  twenty-two years old.
Callum: We can't run two men's eights this winter without her, so something has to happen before Christmas.
Imogen: Then let's see what a decent second-hand eight would cost before we spend on the old one.
It was agreed that Tobias would obtain three quotes for a second-hand eight and report back before any repair is
  ordered.
=B 7. Junior section and safeguarding
Bethan said that four new volunteer coaches had started with the juniors and none yet has a current DBS check. Declan
  noted that the county association now requires a named welfare officer at every junior session.
=B 8. Actions
=L TW – obtain three quotes for a second-hand eight – before the next meeting.
=L PL – update the subscriptions page on the website and e-mail all members about the new rate – by 31 October.
=L DM and BLM – complete DBS checks for the four new junior coaches – within 14 days.
=L CP – submit the Fours Head entries – by Friday.
=B 9. Date of next meeting
Tuesday 11 November 2025 at 7.30pm. There being no other business, the meeting closed at 9.20pm.
=E
Signed ........................................ (Chair)          Date ....................
"""

EN_LARKSPUR_COOP = """
=C LARKSPUR HOUSING CO-OPERATIVE, INC.
=C Minutes of the Regular Meeting of the Board of Directors
=c Thursday, February 19, 2026 – Community Room, 410 Larkspur Avenue
=H2 1. Call to Order and Roll Call
President Marisol Quintero called the meeting to order at 6:34 p.m. The Secretary called the roll:
|Director|Office|Attendance
|Marisol Quintero|President|Present
|Arthur Nkemelu|Vice President|Present
|Delphine Ashworth|Treasurer|Present
|Kenji Halloran|Secretary|Present
|Ruth Abernathy|Director|Absent (excused)
|Tomasz Wielgosz|Director|Present
|Lena Fairbairn|Director|Absent
|Oscar Mbeki|Director|Present (arrived 6:50 p.m.)
A quorum was present. Also present: Janine Corliss, Property Manager (Halcyon Property Services); Evan Ruiz,
  Bookkeeper. Five co-op members attended the open session.
=H2 2. Approval of Minutes
Moved by Nkemelu, seconded by Wielgosz, to approve the minutes of January 15, 2026, as presented. Motion carried
  unanimously.
=H2 3. Member Forum
Gloria Tan (unit 3B) asked when the laundry room card readers would be fixed; two of the four machines have been out
  of service since January. Rashid Omar (unit 5F) said the parking lot lights on the north side are still off and
  residents do not feel safe walking to their cars after dark.
=H2 4. Treasurer's Report
Treasurer Ashworth presented the January financial statements: operating account $84,310; replacement reserve
  $412,900; carrying-charge arrears $6,450 across four units, down from $9,100 in December. Director Wielgosz asked
  whether the reserve study would be updated before the window project goes out to bid. Ashworth replied that the
  current study dates from 2022 and the Finance Committee will bring three proposals for a new one.
=H2 5. Property Manager's Report
Janine Corliss reported on the items the board assigned in January:
=L Boiler replacement, Building B: contract signed; installation is scheduled for March 9–13 and is on track.
=L Elevator repair, Building A: not yet done – the controller board is on back order.
=L Snow-clearing contract renewal: completed; the new contract runs to April 30.
Director Mbeki asked how long the elevator would be out of service. Corliss said the part should arrive the week of
  March 2 and the repair takes one day.
=H2 6. 2026–27 Operating Budget and Carrying Charges
The draft budget requires a 4.5% increase in carrying charges, mainly because of insurance (+18%) and water and sewer
  rates (+7%). Director Halloran said many senior members are on fixed incomes and asked the board to consider phasing
  the increase over two years. Vice President Nkemelu noted that deferring half the increase would leave a $19,000
  shortfall in the reserve contribution.
Motion by Ashworth, seconded by Mbeki, to adopt the 2026–27 operating budget with a 4.5% increase in carrying charges
  effective July 1, 2026. Roll call vote: Quintero – yes; Nkemelu – yes; Ashworth – yes; Halloran – no; Wielgosz –
  yes; Mbeki – no; Abernathy – absent; Fairbairn – absent. Motion carried 4-2.
=H2 7. Window Replacement Project
Motion by Halloran, seconded by Quintero, to authorize the Property Manager to issue a request for proposals for the
  replacement of 212 windows in Buildings A and B. Approved 6-0.
=H2 8. Pet Policy Amendment
The draft amendment limiting dogs to one per unit was discussed briefly. The board agreed by consensus to table it to
  the March 19 meeting so that members can comment.
=H2 9. Action Items
|Owner|Action|Due
|Janine Corliss|Issue the window RFP to at least three contractors|March 6, 2026
|Delphine Ashworth and Evan Ruiz|Prepare and mail the carrying-charge notice to all members|Within 30 days
|Kenji Halloran|Circulate the revised pet policy draft to members|Before the next meeting
|Finance Committee|Present three reserve study proposals|At the March 19 meeting
|Janine Corliss|Repair the north parking lot lights|By Friday
=H2 10. Adjournment
There being no further business, President Quintero adjourned the meeting at 8:47 p.m.
=E
Minutes recorded by: Kenji Halloran, Secretary
=E
Approved: ______________________________
Marisol Quintero, President
"""

EN_BRENNAN_PLANNING = """
=C BRENNAN COUNTY PLANNING COMMISSION
=C REGULAR MEETING MINUTES
=c Wednesday, August 27, 2025 – 7:00 PM
=c County Administration Building, Commission Chambers, 200 Courthouse Square, Millerton
=B I. CALL TO ORDER
Chair Norah Kilbride called the meeting to order at 7:00 PM and led the Pledge of Allegiance.
=B II. ROLL CALL
Commissioners present: Chair Norah Kilbride, Vice Chair Samuel Achterberg, Lucia Ferrante, Dwight Oyelaran, Margaret
  Tolliver.
Commissioners absent: Raymond Ebersole (excused).
Staff present: Colin Marsh, Planning Director; Anjali Rao, Senior Planner; Felix Brandt, Assistant County Attorney;
  Dana Whitcombe, Recording Secretary.
Also present: County Commissioner Beatrice Lund (District 3).
=B III. APPROVAL OF MINUTES
Commissioner Ferrante moved to approve the minutes of the July 23, 2025 regular meeting; Commissioner Oyelaran
  seconded. Motion carried 5-0.
=B IV. PUBLIC HEARING: CASE PZ-25-014 – REZONING, MEADOWLARK FARMS
Request by Greyfield Homes LLC to rezone 38.2 acres on County Road 9 from A-1 (Agricultural) to R-2 (Single-Family
  Residential) for a 96-lot subdivision.
Senior Planner Rao presented the staff report. The request is consistent with the Future Land Use Map; staff
  recommends approval subject to seven conditions, including a 50-foot buffer along Little Sorrel Creek.
Trevor Hask, representing Greyfield Homes, said the applicant accepts all seven conditions and will dedicate 4.1
  acres along the creek as open space.
Chair Kilbride opened the public hearing at 7:24 PM.
Ellen Marchetti, 1190 Old Quarry Road, spoke against the request, citing flooding on her property after heavy rain
  and the loss of farmland.
Walter Dobbs, 14 Pine Hollow Lane, asked whether County Road 9 could carry the extra traffic at the school bus hours.
Hector Villalobos, 502 Meadow Street, said he supported the request because young families cannot find homes in the
  county.
The Chair closed the public hearing at 7:51 PM.
Commissioner Tolliver said the stormwater plan relies on a single detention pond and she could not support the
  request without a second outfall. Vice Chair Achterberg asked staff whether a left-turn lane had been studied.
  Director Marsh responded that the traffic study shows a turn lane is warranted at full build-out.
MOTION: Vice Chair Achterberg moved to recommend approval of PZ-25-014 to the Board of County Commissioners, subject
  to the seven conditions in the staff report and an added condition requiring a left-turn lane on County Road 9.
  Seconded by Commissioner Ferrante.
Roll call: Achterberg – aye; Ferrante – aye; Oyelaran – aye; Tolliver – nay; Kilbride – aye. Motion carried 4-1.
County Commissioner Lund said the Board of County Commissioners would hear the case on September 16.
=B V. SITE PLAN SP-25-031 – FIRE DISTRICT STATION 6
Staff presented the site plan for a two-bay fire station at 7715 Ridge Road. Motion by Oyelaran, second by Tolliver,
  to approve SP-25-031 as submitted. Motion carried unanimously (5-0).
=B VI. COMPREHENSIVE PLAN UPDATE
Director Marsh reported that the consultant will hold three community workshops in October (Millerton, Dunfield and
  Crane's Ford). Staff was directed to post the workshop dates on the County website within one week.
=B VII. DIRECTOR'S REPORT
Director Marsh reported that the Board of County Commissioners adopted the solar facilities ordinance on August 12 and
  that two new planners start in September. Commissioner Oyelaran asked about the short-term rental ordinance; the
  Commission directed staff to bring the draft ordinance to the September 24 meeting.
=B VIII. ADJOURNMENT
There being no further business, Chair Kilbride adjourned the meeting at 8:58 PM.
=E
|______________________________<br>Norah Kilbride, Chair|______________________________<br>Dana Whitcombe, Recording
  Secretary
"""

EN_ST_BRANNOCKS_FOUNDATION = """
|St Brannock's Hospital Foundation<br>Registered charity no. 1187342|BOARD OF TRUSTEES<br>Minutes of the meeting held on
  Thursday 23rd April 2026, 5.30 pm<br>Boardroom, Level 2, St Brannock's Hospital
=E
Trustees present: Dr Miriam Castellane (Chair); Geoffrey Alderton (Treasurer); Professor Ngozi Eze; Harriet Lomax;
  Dr Simon Featherstone (left at 6.45 pm); Aoife Kinsella (arrived 5.50 pm); Rupert Vance; Sabina Malik.
In attendance: Catriona Beale (Director of Fundraising); Marcus Tiernan (Head of Finance); Dr Helen Ashdown (Chief
  Executive, St Brannock's Hospital NHS Trust) for item 4; Yusuf Adebayo (Foundation Administrator, minutes).
Quorate: yes (8 of 9 trustees present).
=B 1. Welcome and apologies
The Chair opened the meeting at 5.32 pm. Apologies were received from Philippa Drummond.
=B 2. Minutes of the previous meeting (12 February 2026)
The minutes were agreed as an accurate record and signed by the Chair.
=B 3. Matters arising and action log
=L Gift Aid reclaim for Q4 2025 (MT) – completed; £14,820 received on 3 March.
=L Legacy marketing leaflet (CB) – in progress; the draft is with the designers.
=L Volunteer expenses policy (HL) – not started; carried forward.
=B 4. Neonatal Unit appeal – update from the Trust
Dr Ashdown presented the Trust's plans for the new Neonatal Unit, due to open in autumn 2027, and asked the Foundation
  to fund the four family rooms where parents can stay overnight.
Professor Eze asked whether the Trust would meet the running costs of the rooms once they are built. Dr Ashdown said
  the Trust had already included them in its estates budget from 2027/28.
=B 5. Capital grant – Neonatal Unit family rooms
The Treasurer set out the proposal for a grant of £250,000 from unrestricted reserves.
Sabina Malik said the family rooms were exactly the kind of project donors want to see and would help the appeal.
  Geoffrey Alderton noted that the grant would take free reserves below the policy minimum of six months' running
  costs until the appeal income arrives. Dr Featherstone said the risk was acceptable if the appeal target were
  reviewed at every meeting.
Proposed: Harriet Lomax. Seconded: Dr Simon Featherstone.
Resolution: that the Foundation grants £250,000 to St Brannock's Hospital NHS Trust towards the Neonatal Unit family
  rooms. Vote: 5 in favour, 2 against, 1 abstention. The resolution was carried.
=B 6. Hospital shop – lease renewal
Rupert Vance declared an interest as a director of Kellaway Estates, the landlord, and left the room for this item.
The renewal of the lease of the shop unit in the main entrance for five years at £18,500 a year was agreed
  unanimously by the remaining trustees.
=B 7. Fundraising report
Catriona Beale presented the report: income to 31 March was £612,000 against a target of £580,000; the Spring Ball
  raised £46,300. Harriet Lomax asked when the new donor database would be live; Catriona said it would go live in
  July.
=B 8. Actions
|Action|Owner|Due
|Notify the Trust of the grant and agree a payment schedule|GA / MT|8 May 2026
|Review the reserves policy and report to the Board|Finance & Audit Committee|18 June 2026
|Complete the legacy leaflet and send it to print|CB|End of May
|Draft a volunteer expenses policy|HL and SM|Within six weeks
|Sign the lease renewal|Chair|30 April 2026
=B 9. Date of next meeting
Thursday 18 June 2026 at 5.30 pm. The meeting closed at 7.15 pm.
=E
Signed: Dr Miriam Castellane, Chair
Date: ………………………
"""

EN_WRENFIELD_PTA_PDF = """
# Wrenfield Elementary School PTA
# General Membership Meeting – Minutes
Date: Tuesday, September 16, 2025
Time: 6:30 PM
Location: School Library, Wrenfield Elementary, 1400 Birchmont Lane

Officers present: Carla Benedetti (President), Jamal Whitfield (Vice President), Nora Lindqvist (Treasurer), Tessa
  Marchand (Secretary).
Also present: Principal Reuben Castillo; Assistant Principal Maya Serrano.
Attendance: 23 members signed in; the quorum of 15 was met.

1. Call to Order
President Carla Benedetti called the meeting to order at 6:34 PM and welcomed new families.

2. Approval of Minutes
Motion to approve the minutes of the May 20, 2025 general meeting (Jamal Whitfield / Priscilla Dunn). Approved
  unanimously.

3. Treasurer's Report
Nora Lindqvist reported a checking balance of $12,480 and savings of $8,900 as of August 31. She presented the proposed
  2025–26 budget of $21,600, with the largest lines for classroom grants ($6,000), field trip buses ($4,500) and the
  Fall Festival ($3,200). Motion to adopt the 2025–26 budget as presented, moved by Luis Ortega, seconded by Hannah
  Brightwell. The budget was adopted unanimously.

4. Principal's Report
Dr. Castillo reported that enrollment is 512 students, up 19 from last year, and that two new fourth-grade teachers
  have joined. Derek Foley asked whether anything could be done about the morning car line backing up onto Birchmont
  Lane. Dr. Castillo said staff would open a second drop-off zone on the east side from October 1.

5. Fall Festival (Saturday, October 18)
The festival committee met on September 9. Hannah Brightwell asked whether the PTA could accept card payments
  at the booths this year. Carla Benedetti said the PTA has ordered two card readers and they should arrive this week.
  Jamal Whitfield, Hannah Brightwell and Luis Ortega will finalize the vendor and food-truck list by October 1.

6. Playground Shade Structure
The school has raised $14,000 of the $19,000 needed for a shade canopy over the play structure. Priscilla Dunn said
  the west side of the playground reaches over 100°F in September and the canopy should come first. Nora Lindqvist
  cautioned that a $5,000 contribution would leave the PTA reserve below one month of expenses.
Motion (Priscilla Dunn / Luis Ortega) to contribute $5,000 from the PTA reserve to the playground shade structure.
  Vote: 15 in favor, 6 opposed, 2 abstaining. Motion passed.

7. Membership Drive
Tessa Marchand reported 148 family memberships so far against a goal of 250. Room parents will send membership forms
  home in every backpack by Friday.

8. Adjournment
The next general meeting is Tuesday, October 21, 2025. The meeting was adjourned at 7:52 PM.

Respectfully submitted,
Tessa Marchand, Secretary
"""

EN_LITTLE_OAKHURST_HALL_PDF = """
# LITTLE OAKHURST VILLAGE HALL TRUST
# (Registered Charity No. 302918)
# Minutes of the Trustees' Meeting held on Tuesday 13th January 2026 at 7pm
# in the Committee Room, Little Oakhurst Village Hall

Present: Mr Bernard Ashcroft (Chairman), Mrs Eileen Thorogood (Vice-Chairman), Mr Kit Varley (Treasurer), Mrs Rosalind
  Hebden, Mr Ajay Pillai, Ms Nell Cartwright (Parish Council nominee).
In attendance: Mrs Gillian Pennock (Clerk to the Trustees); Mr Tom Haverley (Hall Booking Secretary).
The Chairman opened the meeting at 7.02pm.

26/01  Apologies for absence
Apologies were received and accepted from Mr Desmond Rigg (unwell). Mrs Joan Fairlie was absent without notice.

26/02  Minutes of the meeting held on 11th November 2025
The minutes were approved (KV/RH) and signed by the Chairman as a correct record.

26/03  Matters arising
(a) Car park resurfacing: Mr Varley reported that the work was completed on 2nd December within budget.
(b) Defibrillator cabinet: still awaiting the electrician to wire the heated cabinet. Mrs Thorogood to chase the
  electrician.                                                                                    Action: ET
(c) Kitchen deep clean: carried out on 6th January by volunteers – complete.

26/04  Finance
The Treasurer reported balances at 31st December of £7,912 (current account) and £28,450 (deposit account). Hire
  income for April–December was £11,360, 6% above the same period last year.
Resolved: that the main hall hire rate be increased from £16 to £18 per hour from 1st April 2026. Proposed Mr Varley,
  seconded Mrs Thorogood; carried unanimously. The Clerk to notify regular hirers of the new rate by 31st January.

26/05  Heating replacement
Two quotations were received for replacing the oil boiler with air-source heat pumps: Oakhurst Heating Ltd £23,400 and
  Farrow & Sons £19,850. Mrs Hebden asked whether either firm had installed heat pumps in a building of this size. Mr
  Pillai said Farrow & Sons had done the Compton Abbas hall in 2024 and that the committee there was pleased with it.
  Ms Cartwright said the Parish Council would consider a grant of £2,000 towards the work at its February meeting.
Proposed Mr Pillai, seconded Ms Cartwright, that the quotation from Farrow & Sons be accepted. For 4, against 1,
  abstentions 1. Carried.
Mr Varley to place the order with Farrow & Sons within 7 days and to apply to the Oakhurst Community Fund for a
  grant.                                                                                          Action: KV

26/06  Hall bookings
Mr Haverley reported three new regular hirers from January (a Pilates class, a baby sensory group and a bridge club).
  Mrs Hebden noted that the Tuesday evening slot is now double-booked twice a month. Mr Haverley to update the
  online booking calendar by Friday.                                                                  Action: TH
Mr Pillai left the meeting at 8.40pm.

26/07  Health and safety
The annual fire risk assessment is due in March. Mrs Thorogood and Mr Haverley to arrange the fire risk assessment
  before the end of February.                                                                   Action: ET/TH

26/08  Date of next meeting
Tuesday 10th March 2026 at 7pm. The meeting closed at 9.05pm. These minutes were read to the meeting and agreed
  before it closed.

Signed ………………………………… B. Ashcroft, Chairman            Date …………………

G. Pennock, Clerk to the Trustees
"""

EN_TARROW_CREEK_FIRE_PDF = """
# TARROW CREEK VOLUNTEER FIRE COMPANY NO. 1
# Minutes of Special Meeting
December 4, 2025 (Thursday) – Station 1 Meeting Hall, 88 Mill Race Road

CALL TO ORDER: President Donna Keefer called the special meeting to order at 7:31 PM. The Secretary read the call of
  the meeting, mailed to all active members on November 20: (1) purchase of a replacement engine and its financing;
  (2) a proposed bylaw amendment on junior membership.

ATTENDANCE: 31 active members present; quorum (20) confirmed by the Secretary.
Officers present: President Donna Keefer, Vice President Sam Ortolani, Secretary Luke Ambrose, Treasurer Elise Varga,
  Chief Raymond Tully.
Excused: Deputy Chief Anthony Greer (out of state).
Guest: Kyle Prentiss, sales representative, Keystone Apparatus.

ITEM 1 – REPLACEMENT OF ENGINE 14-1
Chief Tully explained that Engine 14-1 (1998) failed its pump test in October and the repair estimate is $61,000. Kyle
  Prentiss presented the specifications of a 2026 custom pumper with a 1,500 gpm pump and a 750-gallon tank, price
  $685,000, delivery in 14 months.
Treasurer Varga reported that the company can put $285,000 from the apparatus fund toward the purchase and would need
  a loan of $400,000 over 15 years; First Valley Bank has offered 5.1%.
Capt. Maria Esposito asked whether the Township would increase its contribution to cover the loan payments. Chief Tully
  said the Board of Supervisors had agreed in principle to an extra $20,000 a year starting in 2027.
Life member Harold Kemp spoke against the loan, saying the company had been debt-free for thirty years and should buy a
  good used engine instead. FF Joel Pruitt said a used engine would not meet the current NFPA standard for the pump.
Elise Varga noted that the loan payments would be about $38,600 a year.
MOTION by Capt. Esposito, seconded by Lt. Ray Dunleavy, to purchase the 2026 pumper from Keystone Apparatus for $685,000
  and to borrow up to $400,000 from First Valley Bank for that purpose. Vote by paper ballot: Yes 24, No 7. The motion
  carried.
Treasurer Varga and President Keefer will complete the loan application with First Valley Bank by December 19. Chief
  Tully will sign the purchase agreement within 10 days of the loan being approved.
FF Carl Mendes left the meeting at 8:40 PM to respond to an EMS call.

ITEM 2 – BYLAW AMENDMENT: JUNIOR MEMBERSHIP AT 16
The amendment would allow junior members from age 16 instead of 17, limited to non-interior duties. Lt. Dunleavy asked
  how the company's insurer would treat 16-year-olds on the fireground. President Keefer said the insurer had confirmed
  cover for juniors in support roles only.
MOTION by FF Pruitt, seconded by EMT Hannah Cole, to adopt the amendment to Article IV, Section 3 as circulated. Vote by
  show of hands: 18 in favor, 12 opposed. A two-thirds majority being required, the motion failed.
The Bylaws Committee (Pruitt, Cole and Ambrose) will redraft the amendment for the annual meeting on January 8, 2026.

ADJOURNMENT: There being no further business for which the meeting was called, the meeting adjourned at 9:12 PM.

Donna Keefer, President

Attest: Luke Ambrose, Secretary
"""


def main() -> None:
    vi, en = HERE / "vi", HERE / "en"
    vi.mkdir(exist_ok=True)
    en.mkdir(exist_ok=True)
    save_docx(docx_from(VI_KHOA_CNTT), vi / "cb-khoa-cntt-dh-tay-hoa-2025-10.docx")
    save_docx(docx_from(VI_THUE_BAC_LAM), vi / "cb-chi-cuc-thue-bac-lam-chuyen-de-2026-03.docx")
    save_docx(docx_from(VI_CAP_NUOC_HOA_PHONG), vi / "cb-cty-cap-nuoc-hoa-phong-bat-thuong-2025-07.docx")
    save_docx(docx_from(VI_THPT_NGUYEN_DINH_LUONG), vi / "cb-thpt-nguyen-dinh-luong-2025-12.docx")
    save_pdf(pdf_lines(VI_DON_BIEN_PHONG_PA_LUU_PDF), vi / "cb-don-bien-phong-pa-luu-2026-01.pdf")
    save_pdf(pdf_lines(VI_TRAM_Y_TE_TAN_MY_HA_PDF), vi / "cb-tram-y-te-tan-my-ha-2025-09.pdf")
    save_pdf(pdf_lines(VI_CHO_PHU_CUONG_PDF), vi / "cb-ban-ql-cho-phu-cuong-2026-05.pdf")
    save_docx(docx_from(EN_THORNWICK_ROWING), en / "thornwick-rowing-club-committee-2025-10.docx")
    save_docx(docx_from(EN_LARKSPUR_COOP), en / "larkspur-housing-coop-board-2026-02.docx")
    save_docx(docx_from(EN_BRENNAN_PLANNING), en / "brennan-county-planning-commission-2025-08.docx")
    save_docx(docx_from(EN_ST_BRANNOCKS_FOUNDATION), en / "st-brannocks-hospital-foundation-trustees-2026-04.docx")
    save_pdf(pdf_lines(EN_WRENFIELD_PTA_PDF), en / "wrenfield-elementary-pta-2025-09.pdf")
    save_pdf(pdf_lines(EN_LITTLE_OAKHURST_HALL_PDF), en / "little-oakhurst-village-hall-trust-2026-01.pdf")
    save_pdf(pdf_lines(EN_TARROW_CREEK_FIRE_PDF), en / "tarrow-creek-fire-company-special-2025-12.pdf")


if __name__ == "__main__":
    main()
