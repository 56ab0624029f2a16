"""Progress output on stderr: a redrawn bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 30
# Redrawing more often than this only costs CPU time that the measured programs also need.
REDRAW_INTERVAL_SECONDS = 0.1


class PhaseProgress:
    """Progress of one phase: `step` after each round, `finish` at the end."""

    def __init__(self, stream: TextIO, title: str, total: int, tty: bool):
        self.stream = stream
        self.title = title
        self.total = max(total, 1)
        self.tty = tty
        self.done = 0
        self.started = time.monotonic()
        self.last_draw = 0.0
        if not tty:
            self.stream.write(f"{title}: {total} rounds\n")
            self.stream.flush()
        self._draw(force=True)

    def step(self) -> None:
        """Count one finished round and redraw the bar when enough time has passed."""
        self.done += 1
        self._draw(force=self.done == self.total)

    def finish(self, note: str = "") -> None:
        """End the phase with a summary line that also says how long it took."""
        elapsed = time.monotonic() - self.started
        suffix = f"; {note}" if note else ""
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(f"{self.title}: {self.done}/{self.total} rounds in {elapsed:.1f} s{suffix}\n")
        self.stream.flush()

    def _draw(self, force: bool) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if not force and now - self.last_draw < REDRAW_INTERVAL_SECONDS:
            return
        self.last_draw = now
        filled = BAR_WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        elapsed = now - self.started
        self.stream.write(f"\r\033[K{self.title} [{bar}] {self.done}/{self.total} {elapsed:.1f} s")
        self.stream.flush()


class Progress:
    """Factory of phase progress displays that share one output stream."""

    def __init__(self, stream: TextIO = sys.stderr):
        self.stream = stream
        self.tty = stream.isatty()

    def phase(self, title: str, total: int) -> PhaseProgress:
        """Start showing the progress of a phase of `total` rounds."""
        return PhaseProgress(self.stream, title, total, self.tty)

    def note(self, message: str) -> None:
        """Print one line of information between phases."""
        self.stream.write(message + "\n")
        self.stream.flush()
