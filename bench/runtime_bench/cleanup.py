"""Undo actions for everything the benchmark starts, run in reverse order also on Ctrl-C."""

from __future__ import annotations

import signal
import sys
from typing import Callable


class Cleanup:
    """A stack of undo actions. Each action runs at most once, and a failing one does not stop the rest."""

    def __init__(self):
        self._actions: list[tuple[int, str, Callable[[], None]]] = []
        self._next_key = 0

    def push(self, description: str, action: Callable[[], None]) -> int:
        """Register `action` and return a key that `run_one` or `forget` accepts."""
        key = self._next_key
        self._next_key += 1
        self._actions.append((key, description, action))
        return key

    def forget(self, key: int) -> None:
        """Drop an action whose resource the caller has already released."""
        self._actions = [entry for entry in self._actions if entry[0] != key]

    def run_one(self, key: int) -> None:
        """Run and drop one action now, for example when a round releases what it started."""
        for entry in self._actions:
            if entry[0] == key:
                self.forget(key)
                self._run(entry[1], entry[2])
                return

    def run_all(self) -> None:
        """Run every remaining action, the most recent first."""
        # A second Ctrl-C must not cut cleanup short and leave containers or sandboxes behind.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            while self._actions:
                _, description, action = self._actions.pop()
                self._run(description, action)
        finally:
            signal.signal(signal.SIGINT, previous)

    @staticmethod
    def _run(description: str, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - cleanup reports every failure and goes on
            sys.stderr.write(f"cleanup failed: {description}: {error}\n")


def raise_keyboard_interrupt_on_sigterm() -> None:
    """Make SIGTERM and SIGHUP unwind like Ctrl-C, so that the same cleanup runs for all three."""

    def handler(signum, frame):  # noqa: ARG001 - the signature is fixed by the signal module
        raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)
