"""Profile where create-to-first-exec time goes: `python3 -m runtime_bench.profile --paddock BIN`.

Starts a gateway, attaches `perf record` to it with a few scheduler, cgroup and syscall
tracepoints (children inherit them, so the supervisors and `true` are traced too), runs creates
one at a time and prints the median and p95 of every segment between milestones. The same number
of untraced creates runs first, so that the cost of tracing shows in the totals.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from . import timeline
from .cleanup import Cleanup, raise_keyboard_interrupt_on_sigterm
from .gateway import Gateway, GatewayClient, GatewayError, free_loopback_port
from .progress import Progress
from .stats import summarize

# perf prints nothing once its events are attached, so the profiler waits this long before it starts.
PERF_ATTACH_SECONDS = 1.0
PERF_TIMEOUT_SECONDS = 60


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="runtime_bench.profile", description=(
        "Break Paddock's create-to-first-exec time into segments with perf tracepoints."))
    parser.add_argument("--paddock", required=True, help="path of the paddock binary (a release build)")
    parser.add_argument("--runs", type=int, default=50, help="traced and untraced creates each (default: 50)")
    parser.add_argument("--perf", default=shutil.which("perf") or "perf", help="path of perf")
    return parser.parse_args(argv)


def create_and_exec(client: GatewayClient, cleanup: Cleanup, name: str) -> timeline.ClientMarks:
    """Create a sandbox, run `true` in it and delete it; return when each request went out and came back."""
    key = cleanup.push(f"delete sandbox {name}", lambda: client.delete_sandbox(name))
    create_sent = time.monotonic()
    client.create_sandbox(name)
    create_answered = time.monotonic()
    exec_sent = time.monotonic()
    client.exec_true(name)
    exec_answered = time.monotonic()
    cleanup.run_one(key)
    return timeline.ClientMarks(create_sent, create_answered, exec_sent, exec_answered)


def run_creates(client: GatewayClient, cleanup: Cleanup, progress: Progress, title: str,
                runs: int) -> list[timeline.ClientMarks]:
    """Run one warm-up round, then `runs` rounds, showing progress."""
    create_and_exec(client, cleanup, f"profile-{os.getpid()}-{title}-warmup")
    display = progress.phase(title, runs)
    marks = []
    for index in range(runs):
        marks.append(create_and_exec(client, cleanup, f"profile-{os.getpid()}-{title}-{index}"))
        display.step()
    display.finish()
    return marks


def start_perf(perf: str, gateway_pid: int, output: str) -> subprocess.Popen:
    """Attach `perf record` to the gateway with the tracepoints of the timeline."""
    command = [perf, "record", "--quiet", "-k", "CLOCK_MONOTONIC", "-p", str(gateway_pid), "-o", output]
    for tracepoint in timeline.TRACEPOINTS:
        command += ["-e", tracepoint]
    command += ["-e", timeline.WRITE_TRACEPOINT, "--filter", timeline.WRITE_FILTER]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    time.sleep(PERF_ATTACH_SECONDS)
    if process.poll() is not None:
        raise GatewayError(f"perf record exited with {process.returncode}: {process.stderr.read().strip()}")
    return process


def stop_perf(process: subprocess.Popen) -> None:
    """Stop `perf record` with SIGINT, which makes it write its data file, and wait for it."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=PERF_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=PERF_TIMEOUT_SECONDS)


def read_events(perf: str, data: str) -> list[timeline.Event]:
    """Return the recorded events with `perf script`."""
    completed = subprocess.run([perf, "script", "-i", data, "-F", "pid,tid,time,event,trace"],
                               capture_output=True, text=True, timeout=PERF_TIMEOUT_SECONDS, check=False)
    if completed.returncode != 0:
        raise GatewayError(f"perf script failed with {completed.returncode}: {completed.stderr.strip()[-500:]}")
    return timeline.parse_events(completed.stdout.splitlines())


def total_ms(marks: list[timeline.ClientMarks]) -> list[float]:
    """Return each round's create-sent to exec-answered time in milliseconds."""
    return [(mark.exec_answered - mark.create_sent) * 1e3 for mark in marks]


def print_breakdown(rounds: list[dict[str, float]], skipped: int, untraced: list[float], traced: list[float]) -> None:
    """Print the segment table and the traced and untraced totals."""
    print(f"create-to-first-exec segments, {len(rounds)} traced rounds"
          f"{f' ({skipped} skipped: a milestone was missing)' if skipped else ''} (ms)")
    print(f"{'':66} {'median':>8} {'p95':>8}")
    for label, summary in timeline.summarize_segments(rounds):
        if summary["count"] == 0:
            continue
        print(f"{label:66} {summary['median']:8.2f} {summary['p95']:8.2f}")
    for title, values in (("client-side total, untraced", untraced), ("client-side total, traced", traced)):
        summary = summarize(values)
        if summary["count"]:
            print(f"{title:66} {summary['median']:8.2f} {summary['p95']:8.2f}")
    print("segment medians do not add up to the total's median; each is the median of its own samples")


def profile(arguments: argparse.Namespace, cleanup: Cleanup, progress: Progress) -> int:
    """Run the untraced and the traced creates and print the breakdown."""
    work = tempfile.mkdtemp(prefix="paddock-profile-")
    cleanup.push(f"remove {work}", lambda: shutil.rmtree(work, ignore_errors=True))
    gateway = Gateway(arguments.paddock, os.path.join(work, "state"), free_loopback_port())
    cleanup.push("kill leftover supervisors", gateway.kill_leftover_supervisors)
    cleanup.push("stop the gateway", gateway.stop)
    gateway.start()
    client = GatewayClient(gateway.port, gateway.token())
    cleanup.push("close the client", client.close)

    untraced = run_creates(client, cleanup, progress, "untraced", arguments.runs)
    gateway_pid = gateway.pid()
    if gateway_pid is None:
        raise GatewayError(f"the gateway's pid file in {gateway.state_directory} is missing")
    data = os.path.join(work, "perf.data")
    perf = start_perf(arguments.perf, gateway_pid, data)
    perf_key = cleanup.push("stop perf", lambda: stop_perf(perf))
    traced = run_creates(client, cleanup, progress, "traced", arguments.runs)
    cleanup.run_one(perf_key)

    events = read_events(arguments.perf, data)
    binary_name = os.path.basename(arguments.paddock)
    found = [timeline.milestones(events, mark, binary_name) for mark in traced]
    rounds = [times for times in found if times is not None and "missing" not in times]
    missing = sorted({times["missing"] for times in found if times is not None and "missing" in times})
    if missing:
        progress.note(f"milestones missing from some rounds: {', '.join(missing)}")
    print_breakdown(rounds, len(traced) - len(rounds), total_ms(untraced), total_ms(traced))
    return 0


def main() -> int:
    """Parse the arguments and run the profile, cleaning up also on Ctrl-C."""
    raise_keyboard_interrupt_on_sigterm()
    arguments = parse_arguments(sys.argv[1:])
    if shutil.which(arguments.perf) is None:
        sys.stderr.write("runtime_bench.profile needs perf: apt-get install linux-perf\n")
        return 2
    cleanup = Cleanup()
    progress = Progress()
    try:
        return profile(arguments, cleanup, progress)
    except KeyboardInterrupt:
        progress.note("\ninterrupted; cleaning up")
        return 130
    except (GatewayError, OSError, subprocess.SubprocessError) as error:
        progress.note(f"profile failed: {error}; cleaning up")
        return 1
    finally:
        cleanup.run_all()


if __name__ == "__main__":
    sys.exit(main())
