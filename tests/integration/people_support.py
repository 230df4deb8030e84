"""An archive for the people and tracker tests: three months of a party cell's minutes and a board's meeting,
uploaded through the API and processed by the in-process queue, with rosters.

What the minutes say, by hand (the expected values of the tests follow from it):

- May 5, 2024 (`tests/fixtures/vi-regular.txt`): chair An, recorder Bình; 3 absent declared and named — Cường
  (ốm, excused), Dung (đi công tác, excused), Giang (not excused); An, Dũng, Hoa speak. Tasks: Bình "Thu đảng
  phí quý II/2024" due May 31; Dũng "Tổ chức ra quân vệ sinh môi trường" due June 1; Hoa "Rà soát hộ nghèo,
  cận nghèo" due June 15.
- June 5 (`JUNE`): chair An, recorder Bình; 1 absent declared and named — Dũng (đi công tác, excused); Giang
  speaks. Reports: Bình's fees done, Hoa's review not done. Task: Giang "Sửa chữa đường làng" due June 30.
- July 5 (`JULY`): chair An, recorder Bình, present 6, absentees neither counted nor named. Report: Hoa's
  review done. Task: An "Kiểm tra đảng viên chấp hành điều lệ" due July 31.
- The board, March 12, 2024 (`tests/fixtures/en-board.md`), uploaded before its roster was set: Whitfield
  chairs, Nakamura records, Brooks present, Reed absent (excused). Tasks: Castillo (a guest) quotes due April 5,
  Brooks a room policy due April 9, Whitfield the roof contract due March 22.

Hùng joined the cell on June 1, 2024.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from models.tables import Member
from tests.integration.helpers import ADMIN, FIXTURES, wait_for_job
from worker.runtime import Runtime

CELL_ROSTER = [
    {"name": "Nguyễn Văn An", "role": "Bí thư"},
    {"name": "Lê Thị Bình", "role": "Chi ủy viên"},
    {"name": "Phạm Văn Dũng"},
    {"name": "Ngô Thị Hoa"},
    {"name": "Trần Văn Cường"},
    {"name": "Hoàng Thị Dung"},
    {"name": "Vũ Văn Giang"},
    {"name": "Đinh Văn Hùng", "from": "2024-06-01"},
]
BOARD_ROSTER = [
    {"name": "Eleanor Whitfield", "role": "Chair"},
    {"name": "Marcus Bell"},
    {"name": "Grace Nakamura", "role": "Secretary"},
    {"name": "Helen Brooks"},
    {"name": "Thomas Reed"},
]

JUNE = """CHI BỘ THÔN 3
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024

Thời gian: Vào lúc 08 giờ 00 phút, ngày 05 tháng 6 năm 2024.
Địa điểm: Nhà văn hóa thôn 3.
Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.
Thư ký: Đồng chí Lê Thị Bình.

Tổng số đảng viên: 8 đồng chí; có mặt: 7 đồng chí; vắng mặt: 1 đồng chí (có lý do: 1).

Đảng viên vắng mặt:

- Đồng chí Phạm Văn Dũng (đi công tác, có lý do).

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2024

- Đồng chí Lê Thị Bình đã hoàn thành thu đảng phí quý II/2024.
- Đồng chí Ngô Thị Hoa chưa hoàn thành rà soát hộ nghèo, cận nghèo.

Ý kiến thảo luận:

- Đồng chí Vũ Văn Giang đề nghị sửa chữa đường làng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6/2024

Phân công thực hiện:

STT | Nội dung | Người thực hiện | Thời hạn
1 | Sửa chữa đường làng | Vũ Văn Giang | 30/6/2024

Buổi sinh hoạt kết thúc vào lúc 10 giờ 00 phút cùng ngày.
"""

JULY = """CHI BỘ THÔN 3
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 7/2024

Thời gian: Vào lúc 08 giờ 00 phút, ngày 05 tháng 7 năm 2024.
Địa điểm: Nhà văn hóa thôn 3.
Chủ trì: Đồng chí Nguyễn Văn An – Bí thư chi bộ.
Thư ký: Đồng chí Lê Thị Bình.

Có mặt: 6 đồng chí.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 6/2024

- Đồng chí Ngô Thị Hoa đã hoàn thành rà soát hộ nghèo, cận nghèo.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 7/2024

Phân công thực hiện:

STT | Nội dung | Người thực hiện | Thời hạn
1 | Kiểm tra đảng viên chấp hành điều lệ | Nguyễn Văn An | 31/7/2024

Buổi sinh hoạt kết thúc vào lúc 10 giờ 00 phút cùng ngày.
"""

MAY_DATE, JUNE_DATE, JULY_DATE = dt.date(2024, 5, 5), dt.date(2024, 6, 5), dt.date(2024, 7, 5)


CELL = {"language": "vi", "rule_pack": "vn-party-cell"}
BOARD = {"language": "en", "rule_pack": "generic-board"}


def put_roster(client: TestClient, body_id: int, profile: dict[str, Any], roster: list[dict[str, Any]]) -> None:
    response = client.put(f"/api/v1/bodies/{body_id}/profile", json={**profile, "roster": roster}, auth=ADMIN)
    assert response.status_code == 200, response.text


def add_minutes(client: TestClient, body_id: int, filename: str, data: bytes) -> int:
    """Upload one file and wait for its job; the meeting's id."""
    files = [("files", (filename, data))]
    response = client.post("/api/v1/documents", data={"body": str(body_id)}, files=files, auth=ADMIN)
    assert response.status_code == 202, response.text
    job = wait_for_job(client, response.json()["documents"][0]["job_id"])
    assert job["status"] == "done", job
    return int(job["meeting_id"])


def build_archive(client: TestClient, runtime: Runtime) -> dict[str, Any]:
    """The cell's roster, its three meetings, the board's meeting then its roster; ids on the result: the
    meetings (``may``, ``june``, ``july``, ``board_meeting``) and the members by name (``members``)."""
    ids: dict[str, Any] = client.ids  # type: ignore[attr-defined]
    put_roster(client, ids["cell"], CELL, CELL_ROSTER)
    ids["may"] = add_minutes(client, ids["cell"], "thang-5.txt", (FIXTURES / "vi-regular.txt").read_bytes())
    ids["june"] = add_minutes(client, ids["cell"], "thang-6.txt", JUNE.encode())
    ids["july"] = add_minutes(client, ids["cell"], "thang-7.txt", JULY.encode())
    ids["board_meeting"] = add_minutes(client, ids["board"], "en-board.md", (FIXTURES / "en-board.md").read_bytes())
    put_roster(client, ids["board"], BOARD, BOARD_ROSTER)  # linked afterwards, from the stored extraction
    ids["members"] = member_ids(runtime)
    return ids


def member_ids(runtime: Runtime) -> dict[str, int]:
    with runtime.db.session() as session:
        return {member.name: member.id for member in session.scalars(select(Member))}
