"""A progress bar on a terminal, plain lines otherwise (a log, a pipe, a test): one small class, on stderr."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

BAR_WIDTH = 28


class Progress:
    """``step`` advances the count and names what was done; ``note`` prints a line that stays.

    On a terminal one line is redrawn in place — ``label [#####.....] 3/10  what`` — and notes appear above it;
    elsewhere each step and each note is a line of its own, prefixed with ``prefix``.
    """

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None, prefix: str = "") -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream if stream is not None else sys.stderr
        self.prefix = prefix
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self._drawn = False

    def step(self, what: str, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        if self.tty:
            self._draw(what)
        else:
            self._write(f"{self.prefix}{self.label} {self.done}/{self.total}: {what}\n")

    def note(self, text: str) -> None:
        if self.tty:
            self._clear()
            self._write(f"{text}\n")
            self._draw("")
        else:
            self._write(f"{self.prefix}{text}\n")

    def close(self) -> None:
        if self.tty and self._drawn:
            self._clear()
            self._drawn = False

    def _draw(self, what: str) -> None:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        line = f"{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total}  {what}"
        width = shutil.get_terminal_size((80, 20)).columns - 1
        self._write("\r\x1b[2K" + line[:width])
        self._drawn = True

    def _clear(self) -> None:
        self._write("\r\x1b[2K")

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
