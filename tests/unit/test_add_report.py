"""The pieces of `minutes add` that need no database: finding files, the progress bar, the summary and exit."""

from __future__ import annotations

import io
from pathlib import Path

from minutes.add import AddReport, Outcome, minutes_files, render
from minutes.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_folders_are_walked_for_minutes_files(tmp_path: Path) -> None:
    for name in ("b/2.docx", "a.TXT", "b/c/3.pdf", "notes.md", "scan.png", ".git/x.txt", "~$a.docx", "b/old.doc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    named = tmp_path / "scan.png"
    files, skipped = minutes_files([str(tmp_path), str(named), str(tmp_path / "a.TXT")])
    relative = [str(path.relative_to(tmp_path)) for path in files]
    assert relative == ["a.TXT", "b/2.docx", "b/c/3.pdf", "notes.md", "scan.png"]  # a named file is always tried
    assert [str(path.relative_to(tmp_path)) for path in skipped] == ["b/old.doc"]


def test_progress_is_plain_lines_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(2, "adding", stream=stream, prefix="minutes add: ")
    progress.step("added a.txt")
    progress.note("something to keep")
    progress.step("refused b.docx")
    progress.close()
    assert stream.getvalue().splitlines() == [
        "minutes add: adding 1/2: added a.txt",
        "minutes add: something to keep",
        "minutes add: adding 2/2: refused b.docx",
    ]


def test_progress_is_a_bar_redrawn_on_a_terminal() -> None:
    stream = Terminal()
    progress = Progress(4, "adding", stream=stream)
    progress.step("a.txt")
    progress.step("b.txt", count=3)
    progress.close()
    text = stream.getvalue()
    assert "\n" not in text and text.count("\r") >= 3
    assert "adding [#######.....................] 1/4  a.txt" in text
    assert "adding [############################] 4/4  b.txt" in text


def test_summary_and_exit_status() -> None:
    report = AddReport("Chi bộ Thôn 3", 1)
    report.outcomes = [
        Outcome(Path("a.txt"), "added", job_id="1", job_status="done"),
        Outcome(Path("b.txt"), "duplicate", job_id="2", job_status="done"),
    ]
    assert report.exit_code == 0
    assert "1 added, 1 already in the archive, 0 refused, 0 failed." in render(report)

    report.outcomes.append(Outcome(Path("c.pdf"), "added", job_id="3", job_status="failed", error="Oops. [x]"))
    assert report.exit_code == 1
    assert "Failed:\n  c.pdf: Oops. [x]" in render(report)

    report.outcomes[-1] = Outcome(Path("c.pdf"), "refused", "empty [empty_file]")
    assert report.exit_code == 1 and "Refused:\n  c.pdf: empty [empty_file]" in render(report)

    waiting = AddReport("Board", 2, [Outcome(Path("d.md"), "added", job_id="4", job_status="queued")], waited=False)
    assert waiting.exit_code == 0
    assert "1 not processed yet: queued for the workers" in render(waiting)
