"""Compare two paddock binaries: `python3 -m runtime_bench.compare --baseline OLD --candidate NEW`.

Starts one gateway per binary and alternates between them round by round, so that the load of
the host at any moment weighs on both alike. Each round creates a sandbox, runs `true` in it
(create-to-first-exec), runs `true` again a few times (exec round trip) and deletes the sandbox.
Use it for before/after figures of a change to the product; bench/run.sh is the full benchmark.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from .cleanup import Cleanup, raise_keyboard_interrupt_on_sigterm
from .gateway import Gateway, GatewayClient, GatewayError, free_loopback_port
from .progress import Progress
from .stats import summarize

EXECS_PER_ROUND = 5


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="runtime_bench.compare", description=(
        "Alternate create-to-first-exec and exec round trips between two paddock binaries."))
    parser.add_argument("--baseline", required=True, help="path of the paddock binary before the change")
    parser.add_argument("--candidate", required=True, help="path of the paddock binary after the change")
    parser.add_argument("--runs", type=int, default=50, help="rounds per binary (default: 50)")
    return parser.parse_args(argv)


def start_gateway(binary: str, work: str, label: str, cleanup: Cleanup) -> GatewayClient:
    """Start a gateway of `binary` with its own state directory and return a client for it."""
    gateway = Gateway(binary, os.path.join(work, label), free_loopback_port())
    cleanup.push(f"kill leftover supervisors of {label}", gateway.kill_leftover_supervisors)
    cleanup.push(f"stop the {label} gateway", gateway.stop)
    gateway.start()
    client = GatewayClient(gateway.port, gateway.token())
    cleanup.push(f"close the {label} client", client.close)
    return client


def run_round(client: GatewayClient, cleanup: Cleanup, name: str, samples: dict[str, list[float]]) -> None:
    """Create a sandbox, time its first exec and a few more, and delete it."""
    key = cleanup.push(f"delete sandbox {name}", lambda: client.delete_sandbox(name))
    start = time.perf_counter_ns()
    client.create_sandbox(name)
    client.exec_true(name)
    samples["create_to_first_exec"].append((time.perf_counter_ns() - start) / 1e6)
    for _ in range(EXECS_PER_ROUND):
        start = time.perf_counter_ns()
        client.exec_true(name)
        samples["exec_round_trip"].append((time.perf_counter_ns() - start) / 1e6)
    cleanup.run_one(key)


def compare(arguments: argparse.Namespace, cleanup: Cleanup, progress: Progress) -> int:
    """Run the alternating rounds and print the medians and p95 of both binaries."""
    work = tempfile.mkdtemp(prefix="paddock-compare-")
    cleanup.push(f"remove {work}", lambda: shutil.rmtree(work, ignore_errors=True))
    binaries = {"baseline": arguments.baseline, "candidate": arguments.candidate}
    clients = {label: start_gateway(binary, work, label, cleanup) for label, binary in binaries.items()}
    samples = {label: {"create_to_first_exec": [], "exec_round_trip": []} for label in binaries}
    for label, client in clients.items():
        run_round(client, cleanup, f"compare-{label}-warmup", {key: [] for key in samples[label]})
    display = progress.phase("alternating rounds", arguments.runs)
    for index in range(arguments.runs):
        order = list(clients) if index % 2 == 0 else list(reversed(clients))
        for label in order:
            run_round(clients[label], cleanup, f"compare-{label}-{index}", samples[label])
        display.step()
    display.finish()
    print(f"{'':32} {'n':>5} {'median':>9} {'p95':>9}   (ms)")
    for metric in ("create_to_first_exec", "exec_round_trip"):
        for label in binaries:
            summary = summarize(samples[label][metric])
            print(f"{metric + ' ' + label:32} {summary['count']:>5} {summary['median']:>9.2f} {summary['p95']:>9.2f}")
    return 0


def main() -> int:
    """Parse the arguments and run the comparison, cleaning up also on Ctrl-C."""
    raise_keyboard_interrupt_on_sigterm()
    arguments = parse_arguments(sys.argv[1:])
    if arguments.runs < 1:
        sys.stderr.write(f"invalid --runs {arguments.runs}: expected 1 or more\n")
        return 2
    cleanup = Cleanup()
    progress = Progress()
    try:
        return compare(arguments, cleanup, progress)
    except KeyboardInterrupt:
        progress.note("\ninterrupted; cleaning up")
        return 130
    except (GatewayError, OSError, subprocess.SubprocessError) as error:
        progress.note(f"comparison failed: {error}; cleaning up")
        return 1
    finally:
        cleanup.run_all()


if __name__ == "__main__":
    sys.exit(main())
