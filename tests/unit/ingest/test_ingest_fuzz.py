"""Hostile and damaged bytes: reading them either gives a consistent `Document` or an `IngestError` — never
another exception, and probing agrees with parsing. `MINUTES_FUZZ_EXAMPLES` sets the number of examples
(CI runs a short version; `make fuzz` runs thousands)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract
from ingest import parse_document, probe_document
from minutes.errors import IngestError

FIXTURES = Path(__file__).parents[2] / "fixtures"
SEEDS = {name: (FIXTURES / name).read_bytes() for name in ("vi-regular.docx", "en-board.pdf", "vi-regular.txt")}
EXAMPLES = int(os.environ.get("MINUTES_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, filename: str) -> None:
    """Probe and parse, check the Document's invariants and extract; an IngestError is an acceptable answer.

    The upload probe is cheaper and may accept a PDF that parsing then refuses (the job fails with the
    code), but it never raises anything but an IngestError."""
    with contextlib.suppress(IngestError):
        probe_document(data, filename)
    try:
        document = parse_document(data, filename)
    except IngestError as error:
        assert error.code and error.message.endswith((".", ")"))
        return
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
    extract(document)


@st.composite
def damage(draw: st.DrawFn) -> tuple[str, tuple[tuple[int, int], ...], tuple[int, int] | None, int | None]:
    """How to damage a real minutes file: bytes to overwrite, a slice to cut out, a length to truncate to.

    Returned as a small description (not the bytes) so that a failing example prints readably."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    size = len(SEEDS[name])
    flips = tuple(draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=8)))
    cut = draw(st.none() | st.tuples(st.integers(0, size - 1), st.integers(1, 512)))
    keep = draw(st.none() | st.integers(1, size))
    return name, flips, cut, keep


def _damaged(name: str, flips: tuple[tuple[int, int], ...], cut: tuple[int, int] | None, keep: int | None) -> bytes:
    data = bytearray(SEEDS[name])
    for position, value in flips:
        data[position] = value
    if cut is not None:
        del data[cut[0] : cut[0] + cut[1]]
    return bytes(data[:keep] if keep is not None else data)


@FUZZ
@given(damage())
def test_damaged_minutes_are_read_or_refused(
    case: tuple[str, tuple[tuple[int, int], ...], tuple[int, int] | None, int | None],
) -> None:
    _read(_damaged(*case), case[0])


@FUZZ
@given(st.binary(min_size=0, max_size=4096), st.sampled_from(["a.docx", "a.pdf", "a.txt", "a.md", "a.bin"]))
def test_random_bytes_are_read_or_refused(data: bytes, filename: str) -> None:
    _read(data, filename)


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_is_read_or_refused(text: str) -> None:
    _read(text.encode("utf-8", "surrogatepass"), "notes.txt")
