"""Write the Vietnamese corpus documents (.docx, .pdf) next to their labels, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_vi`. The .txt / .md documents in `tests/corpus/vi/` are
plain files committed as they are; this script writes only the Word and PDF documents, whose contents are
below. A rerun writes identical bytes (fixed ZIP member timestamps, fixed PDF creation dates). Each document's
facts are labelled by hand in `vi/<id>.expected.json`.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from tests.support.documents import fixed_zip

OUT = Path(__file__).resolve().parent / "vi"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
STAMP = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)
ZIP_STAMP = (2025, 1, 1, 12, 0, 0)


@dataclass(frozen=True)
class Item:
    kind: str  # header, title, subtitle, heading, heading3, para, bold, bullet, number, table, signature, page
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def H(text: str) -> Item:
    return Item("header", text)


def T(text: str) -> Item:
    return Item("title", text)


def S(text: str) -> Item:
    return Item("subtitle", text)


def HD(text: str) -> Item:
    return Item("heading", text)


def H3(text: str) -> Item:
    return Item("heading3", text)


def P(text: str) -> Item:
    return Item("para", text)


def B(text: str) -> Item:
    return Item("bullet", text)


def N(text: str) -> Item:
    return Item("number", text)


def TAB(*rows: tuple[str, ...]) -> Item:
    return Item("table", rows=tuple(rows))


def SIG(*rows: tuple[str, ...]) -> Item:
    return Item("signature", rows=tuple(rows))


# ---------------------------------------------------------------------------------------------- renderers


def render_docx(items: list[Item], title: str) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(13)
    styles = {
        "title": "Title",
        "subtitle": "Subtitle",
        "heading": "Heading 2",
        "heading3": "Heading 3",
        "bullet": "List Bullet",
        "number": "List Number",
    }
    for item in items:
        if item.kind == "page":
            document.add_page_break()
            continue
        if item.kind in ("table", "signature"):
            table = document.add_table(rows=len(item.rows), cols=len(item.rows[0]))
            if item.kind == "table":
                table.style = document.styles["Table Grid"]
            for row, values in zip(table.rows, item.rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
                    if item.kind == "signature":
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        paragraph = document.add_paragraph(style=styles.get(item.kind))
        run = paragraph.add_run(item.text)
        if item.kind in ("header", "bold"):
            run.bold = True
        if item.kind in ("header", "title", "subtitle"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "Thư ký", "Thư ký"
    props.created = props.modified = STAMP.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), ZIP_STAMP)


class _Pdf(FPDF):
    def __init__(self, page_label: str) -> None:
        super().__init__(format="A4")
        self.page_label = page_label
        self.set_creation_date(STAMP)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=11)

    def footer(self) -> None:
        if self.page_label:
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, self.page_label.format(page=self.page_no(), nb="{nb}"), align="C")

    def paragraph(self, text: str, *, indent: float = 0, style: str = "", align: str = "J") -> None:
        self.set_font("DejaVu", style, 11)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 6, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)


def render_pdf(items: list[Item], title: str, page_label: str = "Trang {page}/{nb}") -> bytes:
    pdf = _Pdf(page_label)
    pdf.set_title(title)
    pdf.set_author("Thư ký")
    pdf.add_page()
    number = 0
    for item in items:
        number = number + 1 if item.kind == "number" else 0
        if item.kind == "page":
            pdf.add_page()
        elif item.kind in ("header", "heading", "heading3", "bold"):
            pdf.paragraph(item.text, style="B", align="L")
        elif item.kind in ("title", "subtitle"):
            pdf.set_font("DejaVu", "B", 14 if item.kind == "title" else 12)
            pdf.multi_cell(0, 8, item.text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif item.kind == "bullet":
            pdf.paragraph(f"- {item.text}", indent=6)
        elif item.kind == "number":
            pdf.paragraph(f"{number}. {item.text}", indent=6)
        elif item.kind == "table":
            _pdf_table(pdf, item.rows)
        elif item.kind == "signature":
            _pdf_signature(pdf, item.rows)
        else:
            pdf.paragraph(item.text)
    return bytes(pdf.output())


def _pdf_table(pdf: _Pdf, rows: tuple[tuple[str, ...], ...]) -> None:
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(line_height=6) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(3)


def _pdf_signature(pdf: _Pdf, rows: tuple[tuple[str, ...], ...]) -> None:
    """Columns of centred cells without a table; the last row (the names) below room for the signatures."""
    pdf.ln(4)
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / len(rows[0])
    for index, values in enumerate(rows):
        pdf.set_font("DejaVu", "B" if index == 0 else "", 11)
        for value in values:
            pdf.cell(width, 6, value, align="C")
        pdf.ln(20 if index == len(rows) - 2 else 7)


# ---------------------------------------------------------------------------------------------- documents

DOCS: dict[str, tuple[str, str, list[Item]]] = {}  # id -> (format, title, items)


def doc(ident: str, fmt: str, title: str, items: list[Item]) -> None:
    DOCS[ident] = (fmt, title, items)


SIGN = ("(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)")


doc(
    "cb-thon3-hoaan-2024-06",
    "docx",
    "Biên bản sinh hoạt chi bộ thường kỳ tháng 6/2024",
    [
        H("ĐẢNG BỘ XÃ HÒA AN"),
        H("CHI BỘ THÔN 3"),
        P("Số: 06-BB/CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Hòa An, ngày 05 tháng 6 năm 2024"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024"),
        P("Thời gian: Vào lúc 19 giờ 30 phút, ngày 05 tháng 6 năm 2024."),
        P("Địa điểm: Nhà văn hóa thôn 3."),
        P("Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ."),
        P("Thư ký: Đồng chí Lê Thị Bình – Chi ủy viên."),
        HD("THÀNH PHẦN"),
        P(
            "Tổng số đảng viên của chi bộ: 25 đồng chí (chính thức: 23, dự bị: 2); miễn sinh hoạt: 1 đồng chí "
            "(đồng chí Trần Văn Lợi, tuổi cao sức yếu)."
        ),
        P("Có mặt: 21 đồng chí. Vắng mặt: 3 đồng chí (có lý do: 2; không có lý do: 1), cụ thể:"),
        TAB(
            ("STT", "Họ và tên", "Lý do vắng", "Có / không lý do"),
            ("1", "Trần Văn Cường", "Ốm", "Có lý do"),
            ("2", "Hoàng Thị Dung", "Đi làm ăn xa", "Có lý do"),
            ("3", "Vũ Văn Giang", "—", "Không có lý do"),
        ),
        P("Đại biểu tham dự: Đồng chí Đỗ Minh Khang – Đảng ủy viên, phụ trách chi bộ."),
        HD("NỘI DUNG SINH HOẠT"),
        H3("I. KIỂM ĐIỂM KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2024"),
        P(
            "Đồng chí Lê Thị Bình thay mặt chi ủy thông qua báo cáo kết quả thực hiện các nhiệm vụ chi bộ giao "
            "tại kỳ sinh hoạt tháng 5/2024:"
        ),
        TAB(
            ("STT", "Nhiệm vụ được giao", "Người thực hiện", "Kết quả"),
            ("1", "Thu đảng phí quý II/2024", "Lê Thị Bình", "Đã hoàn thành"),
            ("2", "Tổ chức ra quân vệ sinh môi trường", "Phạm Văn Dũng", "Đã hoàn thành"),
            ("3", "Rà soát hộ nghèo, cận nghèo", "Ngô Thị Hoa", "Đang thực hiện"),
        ),
        P("Ý kiến thảo luận:"),
        B("Đồng chí Phạm Văn Dũng: đề nghị chi bộ chỉ đạo nạo vét kênh mương nội đồng trước mùa mưa bão."),
        B("Đồng chí Ngô Thị Hoa: việc rà soát hộ nghèo còn 12 hộ chưa xác minh xong do chủ hộ đi làm ăn xa."),
        B(
            "Đồng chí Đỗ Minh Khang phát biểu ghi nhận kết quả của chi bộ, đề nghị chi bộ quan tâm hơn đến công tác "
            "phát triển đảng viên trong đoàn viên thanh niên."
        ),
        B("Đồng chí Phạm Văn Dũng phát biểu bổ sung: đề nghị huy động đoàn viên thanh niên cùng tham gia nạo vét."),
        H3("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6/2024"),
        P("Đồng chí Nguyễn Văn An kết luận, chi bộ thống nhất các nhiệm vụ trọng tâm tháng 6/2024:"),
        N("Hoàn thành rà soát hộ nghèo, cận nghèo."),
        N("Nạo vét kênh mương nội đồng trước mùa mưa bão."),
        N("Tuyên truyền phòng, chống đuối nước trẻ em trong dịp hè."),
        N("Tạo nguồn phát triển đảng viên trong đoàn viên thanh niên."),
        P("Phân công thực hiện:"),
        TAB(
            ("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            ("1", "Hoàn thành rà soát hộ nghèo, cận nghèo", "Ngô Thị Hoa", "15/6/2024"),
            ("2", "Nạo vét kênh mương nội đồng", "Phạm Văn Dũng", "Trong tháng 6/2024"),
            (
                "3",
                "Lập danh sách đoàn viên ưu tú để bồi dưỡng, giới thiệu kết nạp Đảng",
                "Lê Thị Bình",
                "Trước ngày 30/6/2024",
            ),
            ("4", "Tuyên truyền phòng, chống đuối nước trẻ em", "Chi hội Phụ nữ, Chi đoàn thanh niên", "Thường xuyên"),
        ),
        P(
            "Biểu quyết thông qua phương hướng, nhiệm vụ tháng 6/2024: tán thành 21/21 đồng chí có mặt, đạt 100%; "
            "không tán thành: 0; ý kiến khác: 0."
        ),
        P(
            "Buổi sinh hoạt kết thúc vào lúc 21 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và "
            "được các đồng chí dự họp nhất trí thông qua."
        ),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Lê Thị Bình", "Nguyễn Văn An")),
    ],
)


doc(
    "cb-khupho5-tanan-2024-09-chuyende",
    "docx",
    "Biên bản sinh hoạt chuyên đề quý III/2024",
    [
        H("ĐẢNG BỘ PHƯỜNG TÂN AN"),
        H("CHI BỘ KHU PHỐ 5"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Tân An, ngày 12 tháng 9 năm 2024"),
        T("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2024"),
        S(
            "Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm, "
            "gương mẫu của đảng viên nơi cư trú"
        ),
        P(
            "Hôm nay, vào hồi 14 giờ 00 phút ngày 12/9/2024, tại Hội trường khu phố 5, Chi bộ Khu phố 5 tổ chức "
            "sinh hoạt chuyên đề quý III năm 2024."
        ),
        HD("I. THÀNH PHẦN"),
        P(
            "Tổng số đảng viên: 32 đồng chí, trong đó 5 đồng chí được miễn sinh hoạt. Có mặt: 25 đồng chí. Vắng: 2 "
            "đồng chí, đều có lý do (đồng chí Bùi Văn Lộc – ốm; đồng chí Dương Thị Nga – chăm con ốm)."
        ),
        P("Đồng chí Đặng Thị Thu đến muộn lúc 14 giờ 20 phút (có báo trước)."),
        P(
            "Đại biểu: Đồng chí Lý Quốc Bảo – Phó Bí thư Đảng ủy phường dự và chỉ đạo; bà Võ Thị Lan – Chủ tịch "
            "Ủy ban MTTQ Việt Nam phường được mời dự."
        ),
        P("Chủ trì: Đồng chí Trần Thị Mai – Bí thư chi bộ. Thư ký: Đồng chí Phan Văn Hùng – Phó Bí thư chi bộ."),
        HD("II. NỘI DUNG"),
        H3("1. Học tập chuyên đề về tinh thần trách nhiệm, gương mẫu của đảng viên nơi cư trú"),
        P(
            "Đồng chí Trần Thị Mai quán triệt mục đích, yêu cầu của buổi sinh hoạt. Đồng chí Phan Văn Hùng trình "
            "bày báo cáo chuyên đề do chi ủy chuẩn bị, liên hệ những việc đảng viên khu phố đã làm được và chưa làm "
            "được trong việc nêu gương nơi cư trú."
        ),
        P("Ý kiến tham gia:"),
        B(
            "Đồng chí Nguyễn Văn Phúc: một số đảng viên còn ngại tham gia sinh hoạt tổ dân phố; đề nghị mỗi đảng "
            "viên nhận giúp đỡ ít nhất một hộ gia đình khó khăn."
        ),
        B("Đồng chí Đặng Thị Thu: đề nghị đưa nội dung làm theo vào bản cam kết đầu năm của từng đảng viên."),
        B(
            "Đồng chí Lý Quốc Bảo phát biểu chỉ đạo: biểu dương chi bộ chuẩn bị chuyên đề chu đáo, đề nghị cụ thể "
            "hóa việc làm theo bằng những việc làm thiết thực, dễ kiểm tra."
        ),
        B("Đồng chí Nguyễn Văn Phúc phát biểu lần hai, nhận giúp đỡ hộ bà Trần Thị Sáu ở tổ 3."),
        H3("2. Đăng ký làm theo và kế hoạch thực hiện chuyên đề"),
        P("Đồng chí Trần Thị Mai kết luận, chi bộ thống nhất:"),
        N("Mỗi đảng viên đăng ký ít nhất một việc làm theo gắn với nơi cư trú."),
        N("Giao đồng chí Đặng Thị Thu tổng hợp bản đăng ký làm theo của đảng viên, nộp chi ủy trước ngày 20/9/2024."),
        N("Các đảng viên viết bản thu hoạch chuyên đề, nộp về chi bộ trong tháng 9/2024."),
        N("Giao đồng chí Phan Văn Hùng xây dựng kế hoạch theo dõi việc làm theo; thời hạn: 30/9/2024."),
        P(
            "Chi bộ biểu quyết thông qua nội dung chuyên đề và kế hoạch làm theo: nhất trí 100% "
            "(25/25 đồng chí có mặt)."
        ),
        P("Buổi sinh hoạt kết thúc hồi 16 giờ 10 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Phan Văn Hùng", "Trần Thị Mai")),
    ],
)


doc(
    "cb-dongtien-quangphu-2025-03",
    "docx",
    "Biên bản sinh hoạt chi bộ thường kỳ kết hợp chuyên đề tháng 3/2025",
    [
        H("ĐẢNG BỘ XÃ QUẢNG PHÚ"),
        H("CHI BỘ THÔN ĐỒNG TIẾN"),
        P("Số: 03-BB/CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Quảng Phú, ngày 05 tháng 3 năm 2025"),
        T("BIÊN BẢN"),
        S("Sinh hoạt chi bộ thường kỳ tháng 3 năm 2025 kết hợp sinh hoạt chuyên đề quý I"),
        P("Thời gian: Bắt đầu lúc 19 giờ 30 phút, ngày 05/3/2025."),
        P("Địa điểm: Hội trường thôn Đồng Tiến."),
        P("Chủ trì: Đồng chí Hoàng Văn Thắng – Bí thư chi bộ. Thư ký: Đồng chí Vũ Thị Hằng – Phó Bí thư chi bộ."),
        HD("A. TÌNH HÌNH ĐẢNG VIÊN DỰ SINH HOẠT"),
        P(
            "Tổng số đảng viên: 12 đồng chí (chính thức 11, dự bị 1). Có mặt 11 đồng chí; vắng 1 đồng chí "
            "không có lý do."
        ),
        TAB(
            ("STT", "Họ và tên", "Chức vụ", "Có mặt", "Vắng"),
            ("1", "Hoàng Văn Thắng", "Bí thư chi bộ", "x", ""),
            ("2", "Vũ Thị Hằng", "Phó Bí thư", "x", ""),
            ("3", "Nguyễn Đình Khoa", "Chi ủy viên", "x", ""),
            ("4", "Lê Văn Tuấn", "Đảng viên", "", "Không lý do"),
            ("5", "Trần Thị Nhung", "Đảng viên", "x", ""),
            ("6", "Phạm Quang Vinh", "Đảng viên", "x", ""),
            ("7", "Bùi Thị Yến", "Đảng viên", "x", ""),
            ("8", "Đỗ Văn Hải", "Trưởng thôn", "x", ""),
            ("9", "Ngô Minh Trí", "Đảng viên", "x", ""),
            ("10", "Dương Văn Lâm", "Đảng viên", "x", ""),
            ("11", "Hồ Thị Xuân", "Đảng viên", "x", ""),
            ("12", "Phan Văn Đức", "Đảng viên dự bị", "x", ""),
        ),
        HD("B. PHẦN SINH HOẠT THƯỜNG KỲ"),
        H3("1. Kiểm điểm việc thực hiện nghị quyết tháng 2/2025"),
        P("Đồng chí Vũ Thị Hằng báo cáo kết quả thực hiện các nhiệm vụ chi bộ giao tháng 2/2025:"),
        B("Đồng chí Nguyễn Đình Khoa: thu đảng phí quý I/2025 – đã hoàn thành, 12/12 đảng viên nộp đủ."),
        B("Đồng chí Đỗ Văn Hải: sửa chữa đường bê tông xóm Đông – đang thực hiện, mới đạt khoảng 60% khối lượng."),
        B("Đồng chí Bùi Thị Yến: vận động hội viên tham gia bảo hiểm y tế hộ gia đình – chưa thực hiện được."),
        H3("2. Nhiệm vụ tháng 3/2025"),
        P(
            "Tiếp tục hoàn thành sửa chữa đường bê tông xóm Đông; vận động nhân dân tham gia bảo hiểm y tế; chuẩn "
            "bị ngày hội trồng cây đầu xuân."
        ),
        P("Chi bộ biểu quyết thông qua nhiệm vụ tháng 3/2025: nhất trí 100%."),
        HD("C. PHẦN SINH HOẠT CHUYÊN ĐỀ"),
        H3("Chuyên đề: Nâng cao chất lượng công tác phát triển đảng viên ở thôn"),
        P(
            "Đồng chí Hoàng Văn Thắng trình bày chuyên đề: từ năm 2022 đến nay chi bộ mới kết nạp được 1 đảng "
            "viên; nguồn phát triển đảng chủ yếu là thanh niên đi làm ăn xa, khó bồi dưỡng."
        ),
        P("Thảo luận:"),
        B("Đồng chí Nguyễn Đình Khoa: đề nghị chi bộ phối hợp với chi đoàn giới thiệu đoàn viên ưu tú."),
        B("Đồng chí Trần Thị Nhung: xin nhận giúp đỡ quần chúng Ngô Thị Quỳnh, giáo viên mầm non của thôn."),
        B("Đồng chí Phan Văn Đức (đảng viên dự bị) chia sẻ kinh nghiệm phấn đấu vào Đảng của bản thân."),
        B("Đồng chí Nguyễn Đình Khoa phát biểu thêm, đề xuất giới thiệu quần chúng Dương Minh Khôi – Bí thư chi đoàn."),
        P(
            "Chi bộ thống nhất đưa quần chúng Ngô Thị Quỳnh và Dương Minh Khôi vào danh sách quần chúng ưu tú để "
            "bồi dưỡng, giới thiệu học lớp nhận thức về Đảng. Biểu quyết: tán thành 10/10 đảng viên chính thức có "
            "mặt, đạt 100%; không tán thành: 0; ý kiến khác: 0."
        ),
        HD("D. PHÂN CÔNG NHIỆM VỤ"),
        TAB(
            ("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            ("1", "Giúp đỡ, bồi dưỡng quần chúng Ngô Thị Quỳnh", "Trần Thị Nhung", "Thường xuyên"),
            ("2", "Giúp đỡ, bồi dưỡng quần chúng Dương Minh Khôi", "Phạm Quang Vinh", "Thường xuyên"),
            ("3", "Hoàn thành sửa chữa đường bê tông xóm Đông", "Đỗ Văn Hải", "Trước ngày 31/3/2025"),
            ("4", "Vận động hội viên tham gia bảo hiểm y tế hộ gia đình", "Bùi Thị Yến", "Tháng 3/2025"),
            (
                "5",
                "Làm việc với đồng chí Lê Văn Tuấn về việc vắng sinh hoạt",
                "Hoàng Văn Thắng",
                "Trước kỳ sinh hoạt tháng 4",
            ),
        ),
        P(
            "Buổi sinh hoạt kết thúc lúc 21 giờ 50 phút cùng ngày. Biên bản được đọc lại, các đồng chí dự họp nhất "
            "trí với nội dung biên bản."
        ),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Vũ Thị Hằng", "Hoàng Văn Thắng")),
    ],
)


doc(
    "cb-thcs-lequydon-2024-11",
    "docx",
    "Biên bản sinh hoạt chi bộ tháng 11/2024",
    [
        H("ĐẢNG BỘ XÃ ĐIỆN HỒNG"),
        H("CHI BỘ TRƯỜNG THCS LÊ QUÝ ĐÔN"),
        P("Số: 11/BB-CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Điện Hồng, ngày 08 tháng 11 năm 2024"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11 NĂM 2024"),
        P(
            "Vào lúc 16 giờ 00 phút ngày 08 tháng 11 năm 2024, tại Phòng họp Hội đồng sư phạm nhà trường, Chi bộ "
            "Trường THCS Lê Quý Đôn tiến hành sinh hoạt định kỳ tháng 11 năm 2024."
        ),
        HD("I. THÀNH PHẦN THAM DỰ"),
        P(
            "Tổng số đảng viên: 14 đồng chí. Có mặt: 13 đồng chí. Vắng: 1 đồng chí (đồng chí Võ Thị Hạnh – nghỉ "
            "chế độ thai sản, có lý do)."
        ),
        P("Chủ trì: Đồng chí Lê Thanh Hải – Bí thư chi bộ, Hiệu trưởng."),
        P("Thư ký: Đồng chí Nguyễn Thị Kim Oanh – Chi ủy viên."),
        HD("II. NỘI DUNG"),
        H3("1. Đánh giá kết quả thực hiện nhiệm vụ tháng 10/2024"),
        P(
            "Đồng chí Lê Thanh Hải thông qua báo cáo: nhà trường hoàn thành kiểm tra nội bộ 6 tổ chuyên môn; tỷ lệ "
            "học sinh bỏ học bằng 0; 100% đảng viên đã nộp bản cam kết tu dưỡng, rèn luyện năm 2024. Việc sửa chữa "
            "nhà vệ sinh học sinh (giao đồng chí Huỳnh Văn Nam) đã hoàn thành; việc xây dựng kho học liệu số (giao "
            "đồng chí Đỗ Thị Lệ) đang triển khai."
        ),
        H3("2. Phương hướng nhiệm vụ tháng 11/2024 và chào mừng Ngày Nhà giáo Việt Nam 20/11"),
        P(
            "Tổ chức hội giảng chào mừng ngày 20/11; tổ chức lễ kỷ niệm trang trọng, tiết kiệm; tiếp tục xây dựng "
            "kho học liệu số."
        ),
        H3("3. Thu, nộp đảng phí năm 2024"),
        P("Chi ủy báo cáo: đã thu đảng phí đến hết tháng 10/2024 của 14/14 đồng chí; nộp lên Đảng ủy xã đúng hạn."),
        HD("III. Ý KIẾN THẢO LUẬN"),
        B("Đồng chí Phạm Minh Tuấn – Phó Hiệu trưởng: đề nghị mỗi tổ chuyên môn đăng ký ít nhất 2 tiết hội giảng."),
        B("Đồng chí Đỗ Thị Lệ: kho học liệu số cần thêm máy chủ lưu trữ, đề nghị nhà trường hỗ trợ kinh phí."),
        B("Đồng chí Huỳnh Văn Nam: đề nghị tổ chức lễ kỷ niệm 20/11 kết hợp tri ân giáo viên đã nghỉ hưu."),
        B("Đồng chí Phạm Minh Tuấn phát biểu lần 2: thống nhất ý kiến đồng chí Nam, đề nghị giao Công đoàn chủ trì."),
        P("Đồng chí Lê Thanh Hải kết luận và phân công nhiệm vụ như sau:"),
        TAB(
            ("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            ("1", "Xây dựng kế hoạch hội giảng chào mừng 20/11", "Phạm Minh Tuấn", "15/11/2024"),
            (
                "2",
                "Tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, tri ân giáo viên nghỉ hưu",
                "Công đoàn nhà trường",
                "Trước ngày 20/11/2024",
            ),
            ("3", "Hoàn thiện kho học liệu số, đề xuất kinh phí máy chủ", "Đỗ Thị Lệ", "Tháng 12/2024"),
            ("4", "Theo dõi, thu đảng phí", "Nguyễn Thị Kim Oanh", "Hằng tháng"),
        ),
        P("Biểu quyết: Tán thành: 13/13 đồng chí; Không tán thành: 0; Ý kiến khác: 0."),
        P("Cuộc họp kết thúc lúc 17 giờ 45 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
        SIG(
            (
                "THƯ KÝ",
                "T/M CHI BỘ",
            ),
            ("", "BÍ THƯ"),
            ("Nguyễn Thị Kim Oanh", "Lê Thanh Hải"),
        ),
    ],
)


doc(
    "cb-thon2-nghiatrung-2025-01-batthuong",
    "docx",
    "Biên bản họp chi bộ bất thường",
    [
        H("ĐẢNG BỘ XÃ NGHĨA TRUNG"),
        H("CHI BỘ THÔN 2"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Nghĩa Trung, ngày 14 tháng 01 năm 2025"),
        T("BIÊN BẢN HỌP CHI BỘ (BẤT THƯỜNG)"),
        S("V/v xét công nhận đảng viên chính thức và xét kết nạp đảng viên mới"),
        P("Hôm nay, vào hồi 08 giờ 00 phút ngày 14/01/2025, tại Nhà văn hóa thôn 2, Chi bộ thôn 2 họp bất thường."),
        HD("I. THÀNH PHẦN"),
        P("Tổng số đảng viên: 20 đồng chí (chính thức: 19, dự bị: 1); miễn sinh hoạt: 2 đồng chí."),
        P("Có mặt: 17 đồng chí. Vắng: 1 đồng chí có lý do (đồng chí Hà Văn Mạnh – đang điều trị tại bệnh viện)."),
        P("Số đảng viên chính thức có mặt có quyền biểu quyết: 16 đồng chí."),
        P("Đại biểu cấp trên: Đồng chí Mai Xuân Trường – Phó Bí thư Thường trực Đảng ủy xã."),
        P("Chủ trì: Đồng chí Vương Đình Phong – Bí thư chi bộ."),
        P("Thư ký: Đồng chí Tạ Thị Vân."),
        HD("II. NỘI DUNG"),
        H3("1. Xét đề nghị công nhận đảng viên chính thức đối với đồng chí Đinh Thị Hương"),
        P(
            "Đồng chí Đinh Thị Hương đọc bản tự kiểm điểm trong thời gian dự bị. Đồng chí Cao Văn Định – đảng viên "
            "được phân công giúp đỡ – báo cáo nhận xét: đồng chí Hương chấp hành tốt chủ trương, đường lối của Đảng, "
            "hoàn thành tốt nhiệm vụ được giao."
        ),
        P("Ý kiến thảo luận:"),
        B("Đồng chí Tạ Thị Vân: nhất trí với nhận xét, đề nghị đồng chí Hương tích cực hơn trong công tác hội phụ nữ."),
        B("Đồng chí Mai Xuân Trường phát biểu: đề nghị chi bộ làm đúng quy trình, hồ sơ gửi về Đảng ủy đúng thời hạn."),
        P(
            "Biểu quyết đề nghị công nhận đảng viên chính thức cho đồng chí Đinh Thị Hương: tán thành 16/16 đồng chí, "
            "đạt 100%."
        ),
        H3("2. Xét đề nghị kết nạp quần chúng Trịnh Văn Long vào Đảng"),
        P(
            "Đồng chí Vương Đình Phong báo cáo tóm tắt lý lịch và quá trình phấn đấu của quần chúng Trịnh Văn Long; "
            "đồng chí Cao Văn Định báo cáo ý kiến nhận xét của chi đoàn và nơi cư trú."
        ),
        B("Đồng chí Lò Văn Sáng phát biểu: quần chúng Long còn hạn chế trong việc tham gia hoạt động của thôn."),
        B("Đồng chí Tạ Thị Vân phát biểu thêm: đề nghị giao nhiệm vụ cụ thể để quần chúng Long tiếp tục rèn luyện."),
        P(
            "Biểu quyết đề nghị kết nạp quần chúng Trịnh Văn Long: tán thành 15/16 đồng chí (93,75%), không tán "
            "thành 1 đồng chí, ý kiến khác 0."
        ),
        P(
            "Phân công: Giao đồng chí Tạ Thị Vân hoàn thiện hồ sơ của hai trường hợp, trình Đảng ủy xã trước ngày "
            "20/01/2025. Giao đồng chí Cao Văn Định tiếp tục giúp đỡ quần chúng Trịnh Văn Long."
        ),
        P("Cuộc họp kết thúc vào hồi 10 giờ 05 phút cùng ngày. Biên bản đã được đọc lại và thông qua."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Tạ Thị Vân", "Vương Đình Phong")),
    ],
)


doc(
    "chihoi-phunu-ap4-anbinh-2024-08",
    "docx",
    "Biên bản sinh hoạt Chi hội Phụ nữ ấp 4 tháng 8/2024",
    [
        H("HỘI LHPN XÃ AN BÌNH"),
        H("CHI HỘI PHỤ NỮ ẤP 4"),
        H("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        P("Độc lập – Tự do – Hạnh phúc"),
        P("An Bình, ngày 20 tháng 8 năm 2024"),
        T("BIÊN BẢN SINH HOẠT CHI HỘI ĐỊNH KỲ THÁNG 8/2024"),
        P("Thời gian: 14 giờ 00, ngày 20/8/2024."),
        P("Địa điểm: Nhà bà Lâm Thị Thảo, tổ 2, ấp 4."),
        P("Thành phần: Tổng số hội viên 46 chị; có mặt 38 chị; vắng 8 chị (có lý do 6, không lý do 2)."),
        P("Khách mời: Bà Huỳnh Thị Mỹ – Phó Chủ tịch Hội LHPN xã An Bình."),
        P("Chủ trì: Chị Lâm Thị Thảo – Chi hội trưởng. Thư ký: Chị Ngô Thị Bích Ngọc – Chi hội phó."),
        HD("Nội dung sinh hoạt"),
        H3("1. Sơ kết hoạt động tháng 8/2024"),
        P(
            "Chị Lâm Thị Thảo báo cáo: chi hội vận động được 5 hội viên mới; tổ tiết kiệm xoay vòng thu được "
            "24.000.000 đồng; tổ chức 1 buổi nói chuyện về phòng, chống bạo lực gia đình."
        ),
        H3("2. Tổ vay vốn Ngân hàng Chính sách xã hội"),
        P(
            "Chị Trương Thị Út – Tổ trưởng tổ tiết kiệm và vay vốn báo cáo: tổ có 31 hộ vay, dư nợ 1,2 tỷ đồng, "
            "còn 2 hộ nợ lãi quá hạn."
        ),
        H3("3. Phong trào xây dựng gia đình “5 không, 3 sạch” và vệ sinh môi trường"),
        P("Ý kiến của hội viên:"),
        B("Chị Lê Thị Kiều: đề nghị chi hội đặt thêm thùng rác ở đầu các tổ, nhắc nhở hộ vứt rác xuống kênh."),
        B("Chị Trương Thị Út: đề nghị mỗi tổ phân công người đôn đốc 2 hộ nợ lãi quá hạn."),
        B(
            "Bà Huỳnh Thị Mỹ phát biểu: ghi nhận kết quả của chi hội, đề nghị chi hội đăng ký mô hình “Tuyến đường "
            "hoa phụ nữ”."
        ),
        B("Chị Lê Thị Kiều phát biểu thêm: nhận làm tổ trưởng tuyến đường hoa."),
        H3("4. Kế hoạch tháng 9/2024"),
        P("Các nội dung chính:"),
        N("Ra quân trồng hoa tuyến đường ấp 4 – chị Lê Thị Kiều phụ trách, hoàn thành trước ngày 15/9/2024."),
        N("Đôn đốc 2 hộ nợ lãi quá hạn – chị Trương Thị Út, trong tháng 9."),
        N("Vận động thêm 3 hội viên mới – Ban chấp hành chi hội, thường xuyên."),
        P("Hội nghị nhất trí 100% với kế hoạch tháng 9/2024."),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ 30 cùng ngày."),
        SIG(("THƯ KÝ", "CHI HỘI TRƯỞNG"), ("", ""), ("Ngô Thị Bích Ngọc", "Lâm Thị Thảo")),
    ],
)


doc(
    "cb-khupho2-hoathuan-2025-05-anninh",
    "docx",
    "Biên bản sinh hoạt chuyên đề quý II/2025",
    [
        H("ĐẢNG BỘ PHƯỜNG HÒA THUẬN"),
        H("CHI BỘ KHU PHỐ 2"),
        P("Số: 15-BB/CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Hòa Thuận, ngày 22 tháng 5 năm 2025"),
        T("BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2025"),
        S("Chuyên đề: Nâng cao hiệu quả phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn khu phố"),
        P("Thời gian: Vào lúc 19 giờ 00 phút, ngày 22 tháng 5 năm 2025."),
        P("Địa điểm: Nhà sinh hoạt cộng đồng khu phố 2."),
        HD("I. THÀNH PHẦN"),
        P("Tổng số đảng viên: 27 đồng chí (chính thức: 25; dự bị: 2); miễn sinh hoạt: 3 đồng chí."),
        P("Có mặt: 21 đồng chí."),
        P("Vắng mặt: 3 đồng chí, trong đó:"),
        B("Có lý do: 2 đồng chí (đồng chí Ngô Văn Thành – ốm; đồng chí Lưu Thị Hoa – đi công tác)."),
        B("Không có lý do: 1 đồng chí (đồng chí Phùng Văn Khải)."),
        P("Đại biểu: Đồng chí Trịnh Minh Quân – Đảng ủy viên, Trưởng Công an phường."),
        P("Chủ trì: Đồng chí Đặng Quốc Việt – Bí thư chi bộ."),
        P("Thư ký: Đồng chí Hồ Thị Ngọc Anh – Chi ủy viên."),
        HD("II. DIỄN BIẾN BUỔI SINH HOẠT"),
        H3("1. Đồng chí chủ trì nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề"),
        H3("2. Báo cáo chuyên đề về tình hình an ninh trật tự trên địa bàn khu phố"),
        P(
            "Đồng chí Trịnh Minh Quân trình bày chuyên đề: 5 tháng đầu năm trên địa bàn khu phố xảy ra 3 vụ trộm "
            "cắp tài sản, 1 vụ đánh nhau; số người tạm trú tăng 15% so với cùng kỳ; một số camera an ninh do nhân "
            "dân lắp đặt đã hư hỏng."
        ),
        H3("3. Thảo luận"),
        B("Đồng chí Lương Văn Sỹ – Tổ trưởng tổ dân phố 4: đề nghị khôi phục tổ tự quản an ninh, tuần tra ban đêm."),
        B("Đồng chí Hồ Thị Ngọc Anh: đề nghị vận động các hộ kinh doanh đóng góp sửa chữa camera."),
        B("Đồng chí Lương Văn Sỹ phát biểu lần hai: nhận tổ chức lại tổ tự quản ở tổ dân phố 4."),
        P("Đồng chí Lương Văn Sỹ xin phép về trước lúc 20 giờ 30 phút để trực tổ tự quản."),
        B("Đồng chí Đỗ Thị Phương: đề nghị tuyên truyền về lừa đảo qua mạng cho người cao tuổi."),
        H3("4. Kết luận và phân công nhiệm vụ"),
        P("Đồng chí Đặng Quốc Việt kết luận, chi bộ thống nhất phân công:"),
        N("Giao đồng chí Lương Văn Sỹ phối hợp Công an phường rà soát người tạm trú, hoàn thành trước ngày 15/6/2025."),
        N("Giao đồng chí Hồ Thị Ngọc Anh vận động sửa chữa hệ thống camera an ninh, trong tháng 6/2025."),
        N(
            "Giao đồng chí Đỗ Thị Phương phối hợp Chi hội Người cao tuổi tuyên truyền phòng, chống lừa đảo qua "
            "mạng, thường xuyên."
        ),
        P("Biểu quyết thông qua kết luận: tán thành 21/21 đồng chí, đạt 100%."),
        P(
            "Buổi sinh hoạt chuyên đề kết thúc lúc 21 giờ 15 phút cùng ngày. Biên bản được đọc lại, chi bộ nhất trí "
            "thông qua."
        ),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Hồ Thị Ngọc Anh", "Đặng Quốc Việt")),
    ],
)


doc(
    "cb-thon6-tamthang-2025-07",
    "docx",
    "Biên bản sinh hoạt chi bộ thường kỳ tháng 7/2025",
    [
        H("ĐẢNG BỘ XÃ TAM THĂNG"),
        H("CHI BỘ THÔN 6"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Tam Thăng, ngày 04 tháng 7 năm 2025"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7 NĂM 2025"),
        P("(Ngày 05/7/2025 rơi vào thứ Bảy nên chi bộ sinh hoạt vào thứ Sáu, ngày 04/7/2025)"),
        P("Thời gian: Hồi 19 giờ 30 phút ngày 04 tháng 7 năm 2025. Địa điểm: Nhà văn hóa thôn 6."),
        P("Chủ trì: Đồng chí Phạm Thị Thu Hà – Bí thư chi bộ. Thư ký: Đồng chí Nguyễn Hữu Lộc."),
        HD("1. Kiểm diện"),
        P("Tổng số đảng viên: 22 đồng chí (chính thức 21, dự bị 1). Có mặt 19 đồng chí. Vắng 3 đồng chí:"),
        B("Đồng chí Trần Công Minh – đi làm ăn xa, có lý do;"),
        B("Đồng chí Võ Văn Sáu – ốm nằm viện, có lý do;"),
        B("Đồng chí Lý Văn Tư – không có lý do."),
        P(
            "Đồng chí Đoàn Văn Hiếu đến muộn lúc 19 giờ 50 phút. Đồng chí Nguyễn Thị Hồng xin về trước lúc 21 giờ 00 "
            "phút vì việc gia đình."
        ),
        P("Mời dự: Đồng chí Châu Văn Lực – Bí thư Đoàn xã."),
        HD("2. Kết quả thực hiện nhiệm vụ tháng 6/2025"),
        P("Đồng chí Phạm Thị Thu Hà báo cáo. Kết quả thực hiện các việc chi bộ giao tháng trước:"),
        TAB(
            ("STT", "Nhiệm vụ", "Người thực hiện", "Kết quả"),
            ("1", "Thu đảng phí quý II/2025", "Nguyễn Hữu Lộc", "Hoàn thành"),
            ("2", "Vận động hiến đất mở rộng đường liên xóm", "Đoàn Văn Hiếu", "Đang thực hiện (đã vận động 7/10 hộ)"),
            ("3", "Tổ chức tiêm phòng cho đàn gia súc", "Kiều Văn Bảy", "Hoàn thành"),
            ("4", "Rà soát đối tượng thanh niên tuổi nghĩa vụ quân sự", "Lý Văn Tư", "Chưa hoàn thành"),
        ),
        HD("3. Thảo luận"),
        P("Đồng chí Kiều Văn Bảy phát biểu về tình hình dịch tả lợn châu Phi ở xã bạn, đề nghị tăng cường kiểm soát."),
        P("Đồng chí Đoàn Văn Hiếu phát biểu: còn 3 hộ chưa đồng ý hiến đất, đề nghị chi ủy cùng đến vận động."),
        P("Đồng chí Châu Văn Lực phát biểu: Đoàn xã sẽ hỗ trợ thanh niên tình nguyện làm đường."),
        P(
            "Đồng chí Nguyễn Thị Hồng phát biểu: đề nghị chi bộ nhắc nhở đồng chí Lý Văn Tư, đây là lần thứ hai vắng "
            "không lý do trong năm."
        ),
        HD("4. Nhiệm vụ tháng 7/2025"),
        TAB(
            ("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            (
                "1",
                "Vận động 3 hộ còn lại hiến đất mở rộng đường liên xóm",
                "Phạm Thị Thu Hà, Đoàn Văn Hiếu",
                "20/7/2025",
            ),
            ("2", "Kiểm soát vận chuyển gia súc, phòng dịch tả lợn châu Phi", "Kiều Văn Bảy", "Thường xuyên"),
            ("3", "Rà soát đối tượng thanh niên tuổi nghĩa vụ quân sự", "Nguyễn Hữu Lộc", "Trong tháng 7"),
            ("4", "Tổ chức ngày thứ Bảy tình nguyện làm đường", "Chi đoàn thôn", "26/7/2025"),
        ),
        P("Biểu quyết: tán thành 18/18 đồng chí có mặt (đồng chí Nguyễn Thị Hồng đã về trước), đạt 100%."),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút cùng ngày. Biên bản đã được đọc lại và được nhất trí thông qua."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Nguyễn Hữu Lộc", "Phạm Thị Thu Hà")),
    ],
)


doc(
    "cb-thon1-xuanphu-2024-04",
    "pdf",
    "Biên bản sinh hoạt chi bộ thường kỳ tháng 4/2024",
    [
        H("ĐẢNG BỘ XÃ XUÂN PHÚ"),
        H("CHI BỘ THÔN 1"),
        P("Số: 04-BB/CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Xuân Phú, ngày 05 tháng 4 năm 2024"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 4 NĂM 2024"),
        P(
            "Vào lúc 7 giờ 30 phút ngày 05/4/2024, tại Hội trường thôn 1, Chi bộ thôn 1 tiến hành sinh hoạt thường "
            "kỳ tháng 4 năm 2024."
        ),
        P(
            "Tổng số đảng viên 19 đồng chí; có mặt 17/19 đồng chí; vắng 2 đồng chí (đ/c Nguyễn Văn Tám ốm, đ/c Trần "
            "Thị Lụa đi công tác), đều có lý do."
        ),
        P("Đồng chí Hồ Sỹ Tiến – Ủy viên Ban Thường vụ Đảng ủy xã, phụ trách chi bộ dự."),
        P("Chủ tọa: Đồng chí Lê Quang Huy – Bí thư chi bộ. Thư ký: Đồng chí Phạm Thị Ngân."),
        HD("I. ĐÁNH GIÁ KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 3/2024"),
        P(
            "Đồng chí Lê Quang Huy báo cáo: chi bộ lãnh đạo hoàn thành gieo cấy vụ đông xuân đúng lịch thời vụ; "
            "hoàn thành nạo vét 1,2 km kênh N2 (đồng chí Trương Văn Lợi phụ trách); việc vận động làm nhà văn hóa "
            "xóm Bàu (đồng chí Phạm Thị Ngân phụ trách) chưa đạt yêu cầu, mới thu được 40% kinh phí dân đóng góp."
        ),
        HD("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 4/2024"),
        P(
            "Chăm sóc lúa đông xuân, phòng trừ sâu bệnh; phòng, chống cháy rừng mùa khô; tiếp tục vận động kinh phí "
            "làm nhà văn hóa xóm Bàu."
        ),
        HD("III. THU, NỘP ĐẢNG PHÍ QUÝ I/2024"),
        P("Đã thu đảng phí quý I/2024 của 19/19 đồng chí, tổng số tiền 1.140.000 đồng, đã nộp lên Đảng ủy xã."),
        HD("IV. THẢO LUẬN"),
        P("Đồng chí Trương Văn Lợi phát biểu: đề nghị tổ chức trực cháy rừng tại khu đồi Cồn Mồng theo ca."),
        P("Đồng chí Phạm Thị Ngân phát biểu: đề nghị ghi tên các hộ đóng góp làm nhà văn hóa lên bảng công khai."),
        P(
            "Đồng chí Hồ Sỹ Tiến phát biểu: đánh giá cao công tác thủy lợi, nhắc chi bộ chuẩn bị nhân sự đại hội "
            "chi bộ nhiệm kỳ 2025 – 2027."
        ),
        P("Phân công nhiệm vụ:"),
        TAB(
            ("STT", "Nội dung", "Người thực hiện", "Thời hạn"),
            ("1", "Tổ chức trực phòng, chống cháy rừng khu đồi Cồn Mồng", "Trương Văn Lợi", "Thường xuyên"),
            ("2", "Vận động kinh phí làm nhà văn hóa xóm Bàu", "Phạm Thị Ngân", "30/4/2024"),
            ("3", "Chuẩn bị dự kiến nhân sự đại hội chi bộ", "Lê Quang Huy", "Trước ngày 20/4/2024"),
        ),
        P(
            "Biểu quyết thông qua nghị quyết tháng 4/2024: tán thành 17/17 đồng chí, đạt 100%; không tán thành 0; "
            "ý kiến khác 0."
        ),
        P(
            "Buổi sinh hoạt kết thúc vào lúc 10 giờ 00 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các "
            "đồng chí dự họp nhất trí thông qua."
        ),
        SIG(("THƯ KÝ", "CHỦ TỌA"), SIGN, ("Phạm Thị Ngân", "Lê Quang Huy")),
    ],
)


doc(
    "cb-tdp-namson-2024-12-kiemdiem",
    "pdf",
    "Biên bản sinh hoạt chi bộ tháng 12/2024 – kiểm điểm cuối năm",
    [
        H("ĐẢNG BỘ PHƯỜNG NAM SƠN"),
        H("CHI BỘ TỔ DÂN PHỐ 7"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Nam Sơn, ngày 16 tháng 12 năm 2024"),
        T("BIÊN BẢN HỌP CHI BỘ"),
        S("Kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và đảng viên năm 2024"),
        P("Thời gian: Khai mạc hồi 8h00 ngày 16/12/2024. Địa điểm: Nhà văn hóa tổ dân phố 7."),
        P("Chủ trì hội nghị: Đồng chí Bùi Đức Thịnh – Bí thư chi bộ."),
        P("Thư ký hội nghị: Đồng chí Lê Thị Phượng."),
        P(
            "Thành phần: Tổng số 24 đảng viên, miễn sinh hoạt 3 đồng chí; đảng viên phải tham gia kiểm điểm 21 đồng "
            "chí. Có mặt 20 đồng chí, vắng 1 đồng chí (đồng chí Đào Văn Kiên – đi điều trị bệnh, có đơn xin vắng)."
        ),
        P("Dự hội nghị có đồng chí Vi Thị Thanh – Ủy viên Ban Thường vụ Đảng ủy phường."),
        HD("1. Kiểm điểm tập thể chi bộ năm 2024"),
        P(
            "Đồng chí Bùi Đức Thịnh trình bày báo cáo kiểm điểm tập thể chi bộ: ưu điểm, hạn chế, nguyên nhân và "
            "biện pháp khắc phục; trong năm chi bộ tổ chức đủ 12 kỳ sinh hoạt thường kỳ và 4 kỳ sinh hoạt chuyên đề."
        ),
        HD("2. Kiểm điểm cá nhân đảng viên (phê bình và tự phê bình)"),
        P("Các đảng viên lần lượt trình bày bản kiểm điểm cá nhân. Ý kiến phê bình, góp ý:"),
        B("Đồng chí Lê Thị Phượng góp ý đồng chí Tống Văn Hòa: còn nộp đảng phí chậm 2 quý."),
        B("Đồng chí Tống Văn Hòa tiếp thu, nêu nguyên nhân và hứa khắc phục trong năm 2025."),
        B("Đồng chí Nông Thị Hạnh góp ý tập thể chi ủy: việc chuẩn bị nội dung sinh hoạt còn chậm, tài liệu gửi muộn."),
        B("Đồng chí Vi Thị Thanh phát biểu chỉ đạo: đề nghị chi bộ đánh giá đúng thực chất, không nể nang."),
        B("Đồng chí Nông Thị Hạnh phát biểu lại: đề nghị xếp loại đồng chí Tống Văn Hòa ở mức hoàn thành nhiệm vụ."),
        HD("3. Biểu quyết xếp loại"),
        P(
            "Tập thể chi bộ: đề nghị xếp loại “Hoàn thành tốt nhiệm vụ”: tán thành 19/20 đồng chí, ý kiến khác 1 "
            "đồng chí."
        ),
        P(
            "Đảng viên: 4 đồng chí hoàn thành xuất sắc nhiệm vụ, 15 đồng chí hoàn thành tốt nhiệm vụ, 1 đồng chí "
            "hoàn thành nhiệm vụ; biểu quyết nhất trí 20/20 đồng chí có mặt."
        ),
        HD("4. Kết luận"),
        P(
            "Đồng chí chủ trì kết luận, giao đồng chí Lê Thị Phượng hoàn thiện hồ sơ kiểm điểm, gửi Đảng ủy phường "
            "trước ngày 25/12/2024; chi ủy xây dựng kế hoạch khắc phục hạn chế trong tháng 01/2025."
        ),
        P("Hội nghị bế mạc lúc 11 giờ 15 phút. Biên bản được thông qua trước hội nghị, nhất trí 100%."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Lê Thị Phượng", "Bùi Đức Thịnh")),
    ],
)


doc(
    "ccb-phuloc-2025-02",
    "pdf",
    "Biên bản sinh hoạt Chi hội Cựu chiến binh thôn Phú Lộc quý I/2025",
    [
        H("HỘI CỰU CHIẾN BINH XÃ PHÚ THỊNH"),
        H("CHI HỘI CCB THÔN PHÚ LỘC"),
        T("BIÊN BẢN SINH HOẠT CHI HỘI ĐỊNH KỲ QUÝ I NĂM 2025"),
        P(
            "Hôm nay, ngày 25/02/2025, hồi 08 giờ 30, tại Nhà văn hóa thôn Phú Lộc, Chi hội Cựu chiến binh thôn Phú "
            "Lộc tổ chức sinh hoạt định kỳ quý I năm 2025."
        ),
        P(
            "Hội viên: tổng số 33 hội viên, có mặt 30, vắng 3 (ông Tăng Văn Khá ốm; ông Hứa Văn Dậu đi thăm con; "
            "ông Quách Văn Ngọ không báo)."
        ),
        P("Khách mời: Ông Kim Văn Sơn – Chủ tịch Hội CCB xã; ông Lục Văn Chiến – Bí thư chi bộ thôn."),
        P("Chủ trì: Ông Đàm Văn Tuyên – Chi hội trưởng. Thư ký: Ông Mạc Văn Lượng."),
        HD("I. Đánh giá hoạt động quý IV/2024 và triển khai nhiệm vụ năm 2025"),
        P(
            "Ông Đàm Văn Tuyên báo cáo: chi hội duy trì quỹ hội 45 triệu đồng; 2 hội viên được vay vốn phát triển "
            "chăn nuôi; tham gia tuần tra an ninh cùng công an viên 24 buổi."
        ),
        HD("II. Kiện toàn chức danh Chi hội phó"),
        P(
            "Do ông Mạc Văn Lượng xin thôi giữ chức Chi hội phó vì lý do sức khỏe, chi hội giới thiệu ông Triệu "
            "Quang Vinh. Bỏ phiếu kín: 27/30 phiếu đồng ý (90%), 3 phiếu không đồng ý. Ông Triệu Quang Vinh được bầu "
            "làm Chi hội phó."
        ),
        HD("III. Ý kiến hội viên"),
        B("Ông Lâm Văn Tư: đề nghị chi hội tổ chức thăm hỏi hội viên ốm đau thường xuyên hơn."),
        B("Ông Kim Văn Sơn: biểu dương chi hội, đề nghị tham gia tích cực phong trào xây dựng nông thôn mới kiểu mẫu."),
        B("Ông Lâm Văn Tư: xin nhận phụ trách tổ thăm hỏi."),
        B("Ông Lục Văn Chiến: đề nghị hội viên gương mẫu trong việc hiến đất làm đường."),
        HD("IV. Phân công"),
        P(
            "Ông Lâm Văn Tư phụ trách tổ thăm hỏi hội viên ốm đau – thường xuyên. Ông Triệu Quang Vinh lập danh sách "
            "hội viên đăng ký hiến đất làm đường, xong trước 31/3/2025."
        ),
        P("Hội nghị nhất trí thông qua các nội dung trên. Buổi sinh hoạt kết thúc lúc 11 giờ 00 cùng ngày."),
        SIG(("THƯ KÝ", "CHI HỘI TRƯỞNG"), ("", ""), ("Mạc Văn Lượng", "Đàm Văn Tuyên")),
    ],
)


doc(
    "cb-thon4-camthanh-2025-06",
    "pdf",
    "Biên bản sinh hoạt chi bộ định kỳ tháng 6/2025",
    [
        H("ĐẢNG BỘ XÃ CAM THÀNH"),
        H("CHI BỘ THÔN 4"),
        P("Số: 06-BB/CB"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Cam Thành, ngày 05 tháng 6 năm 2025"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 6 NĂM 2025"),
        P(
            "Hôm nay, vào hồi 19 giờ 45 phút, ngày 05 tháng 6 năm 2025, tại Nhà văn hóa thôn 4, Chi bộ thôn 4 tiến "
            "hành sinh hoạt định kỳ tháng 6 năm 2025."
        ),
        P(
            "Tổng số đảng viên trong chi bộ là 30 đồng chí, trong đó chính thức 28 đồng chí, dự bị 2 đồng chí; miễn "
            "công tác và sinh hoạt đảng 4 đồng chí; 1 đồng chí đang sinh hoạt tạm thời ở đảng bộ khác (đồng chí Nguyễn "
            "Quốc Bảo, đi lao động tại TP. Hồ Chí Minh). Đảng viên phải có mặt 25 đồng chí; có mặt 23 đồng chí (trong "
            "đó có 2 đảng viên dự bị); vắng mặt 2 đồng chí: đồng chí Phan Thị Lài (có lý do – ốm), đồng chí Trần Văn "
            "Bé (không có lý do)."
        ),
        P("Chủ trì: Đồng chí Võ Thành Trung – Bí thư chi bộ. Thư ký: Đồng chí Lê Ngọc Trâm – Chi ủy viên."),
        HD("1. Tình hình thực hiện nhiệm vụ tháng 5/2025"),
        P(
            "Đồng chí Võ Thành Trung báo cáo. Đồng chí Mẫn Văn Hòa đã hoàn thành việc lắp đặt 20 bóng đèn đường "
            "thắp sáng tuyến liên thôn; đồng chí Lê Ngọc Trâm đang hoàn thiện hồ sơ đề nghị tặng Huy hiệu Đảng đợt "
            "2/9; việc thu quỹ khuyến học (đồng chí Từ Thị Mến) chưa triển khai do vướng mùa thu hoạch."
        ),
        HD("2. Học tập, quán triệt chủ trương sắp xếp đơn vị hành chính cấp xã"),
        P(
            "Đồng chí Võ Thành Trung quán triệt chủ trương sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền "
            "địa phương hai cấp; đề nghị đảng viên tuyên truyền để nhân dân đồng thuận."
        ),
        HD("3. Thảo luận"),
        P(
            "Đồng chí Mẫn Văn Hòa phát biểu: một số hộ dân lo lắng khi đổi tên xã phải làm lại giấy tờ; đề nghị "
            "giải thích rõ thủ tục."
        ),
        P("Đồng chí Từ Thị Mến phát biểu: xin lùi thời hạn thu quỹ khuyến học sang tháng 7."),
        P("Đồng chí Lê Ngọc Trâm phát biểu: nhân dân hỏi nhiều về nơi làm thủ tục hành chính sau khi sắp xếp."),
        P("Đồng chí Mẫn Văn Hòa phát biểu thêm: đề nghị thôn mở loa truyền thanh phát thông tin mỗi tối."),
        HD("4. Nhiệm vụ tháng 6/2025"),
        P(
            "Chi bộ thống nhất: tuyên truyền chủ trương sắp xếp đơn vị hành chính; tổ chức thu quỹ khuyến học; chuẩn "
            "bị tổng kết năm học, khen thưởng học sinh giỏi."
        ),
        P(
            "Phân công: đồng chí Mẫn Văn Hòa phụ trách phát thông tin trên loa truyền thanh thôn, thực hiện thường "
            "xuyên; đồng chí Từ Thị Mến tổ chức thu quỹ khuyến học, hoàn thành trong tháng 7/2025; đồng chí Lê Ngọc "
            "Trâm gửi hồ sơ Huy hiệu Đảng về Đảng ủy xã, thời hạn: 20/6/2025."
        ),
        P(
            "Biểu quyết: tán thành 21/21 đảng viên chính thức có mặt, đạt 100%; không tán thành: không; ý kiến khác: "
            "không."
        ),
        P("Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày. Biên bản được đọc lại và được chi bộ thông qua."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), SIGN, ("Lê Ngọc Trâm", "Võ Thành Trung")),
    ],
)


doc(
    "bql-thon-tanhoa-2024-10",
    "pdf",
    "Biên bản họp Ban quản lý thôn Tân Hòa",
    [
        H("UBND XÃ PHƯỚC THÀNH"),
        H("THÔN TÂN HÒA"),
        H("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        P("Độc lập – Tự do – Hạnh phúc"),
        T("BIÊN BẢN HỌP BAN QUẢN LÝ THÔN VÀ ĐẠI DIỆN HỘ DÂN"),
        S("V/v bê tông hóa đường xóm Trong theo phương thức Nhà nước và nhân dân cùng làm"),
        P("Thời gian: 19 giờ 00, ngày 18/10/2024. Địa điểm: Nhà văn hóa thôn Tân Hòa."),
        P("Thành phần tham dự:"),
        B("Ông Dương Văn Cảnh – Trưởng thôn (chủ trì);"),
        B("Ông Lê Văn Thọ – Bí thư chi bộ;"),
        B("Bà Nguyễn Thị Hương – Phó Trưởng thôn (thư ký);"),
        B("Ông Phan Văn Tài – Trưởng ban công tác Mặt trận;"),
        B("Bà Trần Thị Ly – Chi hội trưởng Chi hội Phụ nữ;"),
        B("Anh Hoàng Minh Đức – Bí thư Chi đoàn;"),
        B("Ông Võ Văn Nở – Công an viên;"),
        B("Đại diện 42 hộ dân xóm Trong."),
        P("Vắng: Ông Huỳnh Văn Lành – Chi hội trưởng Chi hội Nông dân (bận việc riêng)."),
        P("Khách mời: Ông Ngô Thanh Phong – Phó Chủ tịch UBND xã Phước Thành."),
        HD("1. Chủ trương bê tông hóa đường xóm Trong"),
        P(
            "Ông Dương Văn Cảnh thông qua chủ trương của UBND xã: tuyến đường dài 850 m, rộng 3,5 m; xã hỗ trợ xi "
            "măng, nhân dân góp tiền cát, đá và ngày công."
        ),
        HD("2. Mức đóng góp của hộ dân"),
        P(
            "Ông Phan Văn Tài báo cáo dự toán: mỗi hộ đóng góp 1.500.000 đồng, hộ nghèo được miễn, hộ cận nghèo đóng "
            "50%."
        ),
        HD("3. Ý kiến của nhân dân"),
        B("Ông Trịnh Văn Mười (tổ 3): đồng ý chủ trương, đề nghị cho đóng góp làm 2 đợt."),
        B("Bà Lê Thị Tư (tổ 1): đề nghị công khai danh sách đóng góp tại nhà văn hóa."),
        B("Ông Ngô Thanh Phong: ghi nhận ý kiến, xã sẽ giao xi măng trước ngày 10/11/2024."),
        B("Ông Trịnh Văn Mười: xin nhận làm tổ giám sát thi công."),
        P("Biểu quyết bằng hình thức giơ tay: 40/42 hộ đồng ý (95,2%), 2 hộ không đồng ý. Chủ trương được thông qua."),
        HD("4. Phân công"),
        P(
            "Bà Nguyễn Thị Hương thu tiền đóng góp đợt 1 trước ngày 30/11/2024; ông Trịnh Văn Mười và ông Võ Văn Nở "
            "giám sát thi công; Chi đoàn huy động thanh niên làm ngày công."
        ),
        P("Cuộc họp kết thúc lúc 20 giờ 40 phút cùng ngày."),
        SIG(("THƯ KÝ", "CHỦ TRÌ"), ("", ""), ("Nguyễn Thị Hương", "Dương Văn Cảnh")),
    ],
)


doc(
    "cb-coquan-hoaphong-2025-08",
    "pdf",
    "Biên bản sinh hoạt chi bộ cơ quan UBND xã tháng 8/2025",
    [
        H("ĐẢNG BỘ XÃ HÒA PHONG"),
        H("CHI BỘ CƠ QUAN UBND XÃ"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("Hòa Phong, ngày 05 tháng 8 năm 2025"),
        T("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2025"),
        P(
            "I. Thời gian, địa điểm, thành phần",
        ),
        P("- Thời gian: 14 giờ 00 phút, ngày 05/8/2025. - Địa điểm: Phòng họp số 2, trụ sở UBND xã."),
        P(
            "- Thành phần: có mặt 16/17 đồng chí; vắng 1 đồng chí: đ/c Huỳnh Thị Kim Chi (nghỉ phép năm, có lý do). "
            "Đ/c Tô Văn Quý đến lúc 14 giờ 15 phút do đi tiếp công dân."
        ),
        P("- Chủ trì: Đ/c Thái Văn Long – Bí thư chi bộ, Chủ tịch UBND xã. Thư ký: Đ/c Hoàng Thị Diệu Linh."),
        HD("II. Nội dung"),
        H3("1. Kiểm điểm việc thực hiện nghị quyết tháng 7/2025"),
        P(
            "Đ/c Thái Văn Long báo cáo: đã hoàn thành vận hành hệ thống một cửa sau sắp xếp (đ/c Tô Văn Quý phụ "
            "trách); số hóa hồ sơ hộ tịch đạt 70% kế hoạch (đ/c Hoàng Thị Diệu Linh phụ trách)."
        ),
        H3(
            "2. Học tập, quán triệt Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số quốc gia"
        ),
        P("Ý kiến thảo luận:"),
        B("Đ/c Tô Văn Quý: cán bộ một cửa cần được tập huấn ký số, đề nghị mở lớp trong tháng 8."),
        B("Đ/c Hoàng Thị Diệu Linh: máy quét tài liệu đã cũ, đề xuất mua mới."),
        B("Đ/c Kha Văn Định: đề xuất chuyển giờ sinh hoạt chi bộ sang buổi tối để không ảnh hưởng tiếp dân."),
        B("Đ/c Tô Văn Quý: không đồng ý chuyển giờ vì nhiều đảng viên ở xa."),
        H3("3. Nhiệm vụ tháng 8/2025"),
        P(
            "Giao đ/c Tô Văn Quý phối hợp Trung tâm Chuyển đổi số tỉnh mở lớp tập huấn ký số trước ngày 25/8/2025; "
            "giao đ/c Hoàng Thị Diệu Linh hoàn thành số hóa hồ sơ hộ tịch, thời hạn 30/9/2025; giao đ/c Kha Văn Định "
            "lập dự toán mua máy quét tài liệu trong tháng 8."
        ),
        P("Biểu quyết thông qua nhiệm vụ tháng 8/2025: tán thành 16/16, không tán thành 0, ý kiến khác 0."),
        P(
            "Biểu quyết đề xuất chuyển giờ sinh hoạt chi bộ sang buổi tối: tán thành 6/16, không tán thành 10/16. Đề "
            "xuất không được thông qua."
        ),
        P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút. Biên bản đã được đọc lại và thông qua, nhất trí 100%."),
        SIG(("THƯ KÝ", "BÍ THƯ CHI BỘ"), SIGN, ("Hoàng Thị Diệu Linh", "Thái Văn Long")),
    ],
)


doc(
    "cb-anphu-2025-02-thuongky-chuyende",
    "pdf",
    "Biên bản sinh hoạt chi bộ tháng 02/2025",
    [
        H("ĐẢNG BỘ XÃ AN PHÚ"),
        H("CHI BỘ THÔN AN PHÚ ĐÔNG"),
        H("ĐẢNG CỘNG SẢN VIỆT NAM"),
        P("An Phú, ngày 05 tháng 02 năm 2025"),
        T("BIÊN BẢN HỌP CHI BỘ THÁNG 02 NĂM 2025"),
        S("(Sinh hoạt thường kỳ và sinh hoạt chuyên đề quý I/2025)"),
        P("- Địa điểm: Nhà văn hóa thôn An Phú Đông."),
        P("- Thời gian: Từ 13 giờ 30 phút đến 16 giờ 00 phút, ngày 05/02/2025."),
        P(
            "- Tổng số đảng viên của chi bộ: 21 đồng chí. Trong đó, đảng viên chính thức: 19 đồng chí, đảng viên dự "
            "bị: 2 đồng chí, đảng viên sinh hoạt tạm thời: 1 đồng chí."
        ),
        P("+ Số đảng viên được miễn sinh hoạt: 2 đảng viên."),
        P("- Số đảng viên dự sinh hoạt: 17 đồng chí. Số đảng viên vắng mặt: 2 đồng chí."),
        P("+ Có lý do: đồng chí Khúc Thị Nhàn (sinh con)."),
        P("+ Không có lý do: đồng chí Doãn Văn Thiện."),
        P("* Chủ tọa: Đồng chí La Văn Tùng – Bí thư chi bộ."),
        P("* Thư ký: Đồng chí Tiêu Thị Hồng Nhung."),
        HD("PHẦN I. SINH HOẠT THƯỜNG KỲ"),
        H3("1. Thông báo thời sự, quán triệt văn bản cấp trên"),
        P(
            "Đồng chí La Văn Tùng thông báo Kế hoạch của Đảng ủy xã về tổ chức Tết Nguyên đán Ất Tỵ và Kế hoạch kỷ "
            "niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2025)."
        ),
        H3("2. Đánh giá kết quả tháng 01/2025, nhiệm vụ tháng 02/2025"),
        P(
            "Tháng 01/2025 thôn tổ chức Tết an toàn, tiết kiệm; hoàn thành tặng quà Tết cho 31 hộ. Nhiệm vụ tháng 02: "
            "ra quân làm thủy lợi đầu năm; tổ chức Tết trồng cây; thu đảng phí năm 2025."
        ),
        P("Ý kiến:"),
        B("Đồng chí Âu Văn Phúc: đề nghị xin xã hỗ trợ cây giống cho Tết trồng cây."),
        B("Đồng chí Tiêu Thị Hồng Nhung: nhắc các đồng chí chưa nộp đảng phí tháng 01."),
        P("Biểu quyết nhiệm vụ tháng 02/2025: 16/16 đồng chí tán thành (đảng viên dự bị không biểu quyết)."),
        HD("PHẦN II. SINH HOẠT CHUYÊN ĐỀ"),
        H3("Chuyên đề: Bảo đảm trật tự, an toàn giao thông trên các tuyến đường liên thôn"),
        P(
            "Đồng chí Âu Văn Phúc – Trưởng thôn, Tổ trưởng tổ an ninh trật tự – trình bày chuyên đề: năm 2024 trên "
            "địa bàn thôn xảy ra 4 vụ va chạm giao thông, có 1 trường hợp học sinh đi xe máy khi chưa đủ tuổi."
        ),
        B("Đồng chí Giang Văn Hậu: đề nghị lắp gương cầu lồi tại ngã ba Cây Đa."),
        B("Đồng chí La Văn Tùng: đề nghị đảng viên nhắc con em không đi xe máy khi chưa đủ tuổi."),
        B("Đồng chí Giang Văn Hậu (lần 2): nhận vận động kinh phí lắp gương cầu lồi."),
        P(
            "Kết luận, chi bộ phân công: đồng chí Giang Văn Hậu vận động kinh phí, lắp gương cầu lồi tại ngã ba Cây "
            "Đa trước ngày 15/3/2025; đồng chí Âu Văn Phúc phối hợp nhà trường tuyên truyền an toàn giao thông cho "
            "học sinh trong quý I/2025."
        ),
        P("Biểu quyết chuyên đề: tán thành 16/16, đạt 100%."),
        P("Biên bản đã được đọc lại và thông qua. Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút."),
        SIG(("THƯ KÝ", "T/M CHI BỘ"), ("", "BÍ THƯ"), ("Tiêu Thị Hồng Nhung", "La Văn Tùng")),
    ],
)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for ident, (fmt, title, items) in DOCS.items():
        data = render_docx(items, title) if fmt == "docx" else render_pdf(items, title)
        (OUT / f"{ident}.{fmt}").write_bytes(data)
        print(f"{ident}.{fmt}: {len(data)} bytes")


if __name__ == "__main__":
    main()
