"""Upload → in-process job → meeting, through the real API, on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.app import create_app
from minutes.settings import Settings
from models.documents import Upload, store_uploads
from models.tables import Blob, Body, Document, Job, Meeting
from tests.integration.helpers import ADMIN, FIXTURES, seed, upload, wait_for_job
from worker.runtime import Runtime


@pytest.fixture
def client(settings: Settings, runtime: Runtime):  # type: ignore[no-untyped-def]
    ids = seed(runtime)
    with TestClient(create_app(settings, runtime)) as client:
        client.ids = ids  # type: ignore[attr-defined]
        yield client


def _counts(runtime: Runtime) -> tuple[int, int, int, int]:
    with runtime.db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) or 0 for t in (Blob, Document, Job, Meeting))  # type: ignore[return-value]


def test_docx_upload_is_processed_and_read_back(client: TestClient, runtime: Runtime) -> None:
    response = upload(client, client.ids["cell"], "vi-regular.docx")  # type: ignore[attr-defined]
    assert response.status_code == 202, response.text
    [item] = response.json()["documents"]
    assert item["duplicate"] is False and item["status"] == "queued"

    job = wait_for_job(client, item["job_id"])
    assert job["status"] == "done", job
    assert job["progress"] == 100 and job["error"] is None

    meeting = client.get(f"/api/v1/meetings/{job['meeting_id']}", auth=ADMIN).json()
    extraction = meeting["extraction"]
    assert extraction["schema"] == "minutes.extraction/1"
    assert extraction["source"]["format"] == "docx"
    assert extraction["language"] == "vi"
    assert extraction["meeting"]["date"] == "2024-05-05"
    assert extraction["meeting"]["start_time"] == "08:00"
    assert extraction["meeting"]["end_time"] == "10:30"
    assert extraction["chair"]["name"] == "Nguyễn Văn An"
    assert extraction["recorder"]["name"] == "Lê Thị Bình"
    assert extraction["attendance"]["declared"]["present"] == 22
    assert meeting["body"] == "Chi bộ Thôn 3"

    original = client.get(f"/api/v1/documents/{item['document_id']}/original", auth=ADMIN)
    assert original.status_code == 200
    assert original.content == (FIXTURES / "vi-regular.docx").read_bytes()


def test_pdf_upload_in_english(client: TestClient) -> None:
    response = upload(client, "Riverside Library Board", "en-board.pdf")
    assert response.status_code == 202, response.text
    job = wait_for_job(client, response.json()["documents"][0]["job_id"])
    assert job["status"] == "done", job
    extraction = client.get(f"/api/v1/meetings/{job['meeting_id']}", auth=ADMIN).json()["extraction"]
    assert extraction["language"] == "en"
    assert extraction["source"]["format"] == "pdf"
    assert extraction["meeting"]["date"] == "2024-03-12"
    assert extraction["meeting"]["start_time"] == "19:02"
    assert extraction["meeting"]["end_time"] == "20:45"
    assert extraction["chair"]["name"] == "Eleanor Whitfield"


def test_several_files_in_one_request(client: TestClient) -> None:
    response = upload(client, client.ids["cell"], "vi-regular.docx", "vi-regular.txt")  # type: ignore[attr-defined]
    assert response.status_code == 202
    items = response.json()["documents"]
    assert [item["filename"] for item in items] == ["vi-regular.docx", "vi-regular.txt"]
    assert len({item["job_id"] for item in items}) == 2
    for item in items:
        assert wait_for_job(client, item["job_id"])["status"] == "done"


def test_same_bytes_twice_are_processed_once(client: TestClient, runtime: Runtime) -> None:
    first = upload(client, client.ids["cell"], "vi-regular.docx").json()["documents"][0]  # type: ignore[attr-defined]
    wait_for_job(client, first["job_id"])
    second = upload(client, client.ids["cell"], "vi-regular.docx").json()["documents"][0]  # type: ignore[attr-defined]
    assert second["duplicate"] is True
    assert second["job_id"] == first["job_id"] and second["document_id"] == first["document_id"]
    assert _counts(runtime) == (1, 1, 1, 1)
    with runtime.db.session() as session:
        blob = session.scalars(select(Blob)).one()
        assert blob.sha256 == hashlib.sha256((FIXTURES / "vi-regular.docx").read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "status", "code"),
    [
        ("empty.txt", 422, "empty_file"),
        ("corrupt.docx", 422, "corrupt_file"),
        ("encrypted.pdf", 422, "encrypted_file"),
        ("old-word.doc", 415, "unsupported_format"),
        ("photo.png", 415, "unsupported_format"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    client: TestClient, runtime: Runtime, name: str, status: int, code: str
) -> None:
    response = upload(client, client.ids["cell"], name)  # type: ignore[attr-defined]
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert name in error["message"] and len(error["message"].split()) >= 5
    assert _counts(runtime) == (0, 0, 0, 0)


def test_one_bad_file_refuses_the_whole_request(client: TestClient, runtime: Runtime) -> None:
    response = upload(client, client.ids["cell"], "vi-regular.docx", "corrupt.docx")  # type: ignore[attr-defined]
    assert response.status_code == 422
    assert _counts(runtime) == (0, 0, 0, 0)


def test_uploading_again_after_the_meeting_was_deleted_processes_it_again(client: TestClient, runtime: Runtime) -> None:
    first = upload(client, client.ids["cell"], "vi-regular.docx").json()["documents"][0]  # type: ignore[attr-defined]
    meeting = wait_for_job(client, first["job_id"])["meeting_id"]
    assert client.delete(f"/api/v1/meetings/{meeting}", auth=ADMIN).status_code == 204
    again = upload(client, client.ids["cell"], "vi-regular.docx").json()["documents"][0]  # type: ignore[attr-defined]
    assert again["duplicate"] is False and again["document_id"] == first["document_id"]
    assert again["job_id"] != first["job_id"]
    job = wait_for_job(client, again["job_id"])
    assert job["status"] == "done" and job["meeting_id"] is not None
    assert client.get(f"/api/v1/meetings/{job['meeting_id']}", auth=ADMIN).status_code == 200
    third = upload(client, client.ids["cell"], "vi-regular.docx").json()["documents"][0]  # type: ignore[attr-defined]
    assert third["duplicate"] is True and third["job_id"] == again["job_id"]  # its meeting exists again
    assert _counts(runtime) == (1, 1, 2, 1)  # one file kept once, two jobs, one meeting


def test_file_over_the_size_limit_is_refused(settings: Settings, runtime: Runtime) -> None:
    ids = seed(runtime)
    small = settings.model_copy(update={"max_upload_mb": 0.001})  # about 1 KB
    with TestClient(create_app(small, runtime)) as client:
        response = upload(client, ids["cell"], "vi-regular.docx")
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "file_too_large"
    assert _counts(runtime) == (0, 0, 0, 0)


def test_unknown_body_and_missing_files(client: TestClient) -> None:
    response = upload(client, 999, "vi-regular.docx")
    assert response.status_code == 404
    response = client.post("/api/v1/documents", data={"body": "1"}, auth=ADMIN)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


SHORT_MEETING = """CHI BỘ THÔN 5
BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 6/2024
Thời gian: Vào lúc 19 giờ 30 phút, ngày 05 tháng 6 năm 2024.
Chủ trì: Đồng chí Trần Văn Hải – Bí thư chi bộ.
Tổng số đảng viên: 12 đồng chí. Có mặt: 10 đồng chí. Vắng mặt: 3 đồng chí.
Buổi sinh hoạt kết thúc vào lúc 20 giờ 15 phút cùng ngày.
"""


def test_flags_reach_the_meeting_end_to_end(client: TestClient) -> None:
    """45 minutes, no recorder, 10 + 3 ≠ 12, absentees counted but not named, no place, content, conclusion,
    vote, read-back, signatures or speakers: the stored meeting carries exactly those flags, open."""
    files = [("files", ("thang-6.txt", SHORT_MEETING.encode()))]
    response = client.post("/api/v1/documents", data={"body": "Chi bộ Thôn 3"}, files=files, auth=ADMIN)
    job = wait_for_job(client, response.json()["documents"][0]["job_id"])
    meeting = client.get(f"/api/v1/meetings/{job['meeting_id']}", auth=ADMIN).json()
    rules = sorted(flag["rule"] for flag in meeting["flags"])
    assert rules == [
        "attendance.counts_consistent",  # 10 + 3 ≠ 12
        "attendance.roll_call",  # "Vắng mặt: 3 đồng chí", none named
        "duration.minimum",  # 19:30 to 20:15
        "minutes.read_back",
        "minutes.required_parts",  # no place
        "minutes.required_parts",  # no content
        "minutes.required_parts",  # no conclusion
        "minutes.signatures",  # chair
        "minutes.signatures",  # recorder
        "participation.speakers",  # nobody spoke
        "resolution.vote",
        "roles.chair_recorder",  # no recorder
    ]
    assert all(flag["status"] == "open" for flag in meeting["flags"])
    duration = next(flag for flag in meeting["flags"] if flag["rule"] == "duration.minimum")
    assert "45" in duration["message"] and "90" in duration["message"]
    assert [flag["rule"] for flag in meeting["extraction"]["flags"]] == [flag["rule"] for flag in meeting["flags"]]
    # the quality score is measured with the meeting before it, so it comes from the series checks
    quality = [flag for flag in meeting["series_flags"] if flag["rule"] == "quality.score"]
    assert [(flag["date"], flag["message"].split(",")[1].strip()) for flag in quality] == [
        ("2024-06-05", "xếp loại Kém (thời gian 2.5/5")  # the lowest band; 45 of the 90 minutes: half the time part
    ]


def test_unfinished_jobs_are_run_at_the_next_start(settings: Settings, runtime: Runtime) -> None:
    """The embedded server stopped mid-job: at the next start the in-process queue runs the job again."""
    ids = seed(runtime)
    data = (FIXTURES / "vi-regular.docx").read_bytes()
    with runtime.db.session() as session:
        body = session.get(Body, ids["cell"])
        [stored] = store_uploads(session, body, [Upload("vi-regular.docx", data, "docx")], None)
        stored.job.status, stored.job.attempts = "running", 1
        job_id = stored.job.id
    with TestClient(create_app(settings, runtime)) as client:
        job = wait_for_job(client, job_id)
    assert (job["status"], job["attempts"]) == ("done", 2)


def test_oversized_request_is_refused_before_it_is_read(settings: Settings, runtime: Runtime) -> None:
    ids = seed(runtime)
    small = settings.model_copy(update={"max_upload_mb": 0.001})
    limit = small.max_upload_bytes * 50 + 1024 * 1024
    with TestClient(create_app(small, runtime)) as client:
        response = client.post(
            "/api/v1/documents",
            content=b"x" * (limit + 1),
            headers={"content-type": "multipart/form-data; boundary=b"},
            auth=ADMIN,
            params={"body": ids["cell"]},
        )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "file_too_large"
