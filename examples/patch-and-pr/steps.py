"""Print and time the example's steps, and name the step that failed."""

import sys
import time
from contextlib import contextmanager


class StepFailed(Exception):
    def __init__(self, step, cause):
        super().__init__(f"step '{step}' failed: {describe(cause)}")
        self.step = step


def describe(error):
    """Return an error's message, shortening the SDK's ApiError to its status and body."""
    status, body = getattr(error, "status_code", None), getattr(error, "body", None)
    if status is not None and body is not None:
        return f"HTTP {status}: {body}"
    return str(error)


class Outcome:
    """The summary line of a step that succeeded, which the step sets in `text`."""

    def __init__(self):
        self.text = ""


class Steps:
    """Runs steps in order, printing a line as each starts and ends, plain when not on a terminal."""

    def __init__(self, stream=sys.stdout):
        self.stream = stream
        self.color = stream.isatty()
        self.records = []
        self.started = time.monotonic()

    def paint(self, text, code):
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def print(self, line=""):
        print(line, file=self.stream, flush=True)

    @contextmanager
    def step(self, name, description):
        self.print(f"{self.paint('step', '1')} {name}: {description}")
        outcome = Outcome()
        began = time.monotonic()
        try:
            yield outcome
        except Exception as error:
            seconds = time.monotonic() - began
            message = describe(error)
            self.records.append({"name": name, "ok": False, "seconds": seconds, "outcome": message})
            self.print(f"  {self.paint('FAILED', '31;1')} {name} after {seconds:.2f} s: {message}")
            raise StepFailed(name, error) from error
        seconds = time.monotonic() - began
        self.records.append({"name": name, "ok": True, "seconds": seconds, "outcome": outcome.text})
        self.print(f"  {self.paint('ok', '32')} {name} in {seconds:.2f} s: {outcome.text}")

    @property
    def total_seconds(self):
        return time.monotonic() - self.started
