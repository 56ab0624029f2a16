"""The three measurements: create-to-first-exec, exec round trip and idle memory.

Each round runs every runtime once, in an order that rotates from round to round, so that slow
drift on the host (other builds, page cache, thermal state) spreads over all runtimes alike.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Callable

from . import memory, references
from .cleanup import Cleanup
from .gateway import Gateway, GatewayClient, GatewayError
from .progress import Progress


@dataclass
class BenchContext:
    """Everything that the phases share: the gateway, the reference runtimes and the cleanup stack."""

    gateway: Gateway
    client: GatewayClient
    bundle: references.RuncBundle
    bwrap: str
    cleanup: Cleanup
    progress: Progress
    tag: str
    warmup_rounds: int
    idle_seconds: float
    phase_budget_seconds: float


@dataclass
class PhaseResult:
    """Raw samples of one phase, per series, and whether its time budget cut it short."""

    unit: str
    samples: dict[str, list] = field(default_factory=dict)
    details: dict[str, list] = field(default_factory=dict)
    rounds_requested: int = 0
    rounds_done: int = 0
    truncated: bool = False

    def add(self, series: str, value) -> None:
        """Append one sample to `series`."""
        self.samples.setdefault(series, []).append(value)


def elapsed_ms(start_ns: int) -> float:
    """Return the milliseconds since `start_ns`, a time.perf_counter_ns() reading."""
    return (time.perf_counter_ns() - start_ns) / 1e6


def rotated(items: list, round_index: int) -> list:
    """Return `items` rotated left by `round_index` places."""
    shift = round_index % len(items)
    return items[shift:] + items[:shift]


def run_rounds(context: BenchContext, title: str, rounds: int, result: PhaseResult,
               steps: list[Callable[[int, bool], None]]) -> None:
    """Run the warm-up rounds, then up to `rounds` measured rounds within the phase's time budget.

    Every step is called as step(round_index, recording); warm-up rounds pass recording=False.
    """
    result.rounds_requested = rounds
    for index in range(context.warmup_rounds):
        for step in rotated(steps, index):
            step(-1 - index, False)
    display = context.progress.phase(title, rounds)
    deadline = time.monotonic() + context.phase_budget_seconds
    for index in range(rounds):
        if time.monotonic() > deadline:
            result.truncated = True
            break
        for step in rotated(steps, index):
            step(index, True)
        result.rounds_done += 1
        display.step()
    note = f"stopped by the {context.phase_budget_seconds:.0f} s time budget" if result.truncated else ""
    display.finish(note)


def sandbox_name(context: BenchContext, purpose: str, round_index: int) -> str:
    """Return a sandbox name that is unique within this benchmark run."""
    suffix = f"w{-round_index}" if round_index < 0 else str(round_index)
    return f"bench-{context.tag}-{purpose}-{suffix}"


def container_id(context: BenchContext, purpose: str, round_index: int) -> str:
    """Return a runc container id that is unique within this benchmark run."""
    return sandbox_name(context, purpose, round_index)


def measure_startup(context: BenchContext, rounds: int) -> PhaseResult:
    """Measure create-to-first-completed-exec of `true` beside `runc run` and `bwrap`."""
    result = PhaseResult(unit="ms")

    def paddock(index: int, recording: bool) -> None:
        name = sandbox_name(context, "start", index)
        key = context.cleanup.push(f"delete sandbox {name}", lambda: context.client.delete_sandbox(name))
        start = time.perf_counter_ns()
        context.client.create_sandbox(name)
        created = time.perf_counter_ns()
        context.client.exec_true(name)
        total = elapsed_ms(start)
        if recording:
            result.add("paddock", total)
            result.add("paddock_create_request", (created - start) / 1e6)
            result.add("paddock_first_exec", elapsed_ms(created))
        context.cleanup.run_one(key)

    def runc(index: int, recording: bool) -> None:
        identifier = container_id(context, "run", index)
        key = context.cleanup.push(f"delete container {identifier}", lambda: context.bundle.delete(identifier))
        start = time.perf_counter_ns()
        context.bundle.run_true(identifier)
        if recording:
            result.add("runc_run", elapsed_ms(start))
        context.cleanup.forget(key)

    def bwrap(index: int, recording: bool) -> None:
        start = time.perf_counter_ns()
        references.run_bwrap_true(context.bwrap)
        if recording:
            result.add("bwrap", elapsed_ms(start))

    run_rounds(context, "create-to-first-exec", rounds, result, [paddock, runc, bwrap])
    return result


def measure_exec(context: BenchContext, rounds: int) -> PhaseResult:
    """Measure the round trip of `true` through the gateway beside posix_spawn and `runc exec`."""
    result = PhaseResult(unit="ms")
    name = sandbox_name(context, "exec", 0)
    sandbox_key = context.cleanup.push(f"delete sandbox {name}", lambda: context.client.delete_sandbox(name))
    context.client.create_sandbox(name)
    identifier = container_id(context, "exec", 0)
    container_key = context.cleanup.push(f"delete container {identifier}", lambda: context.bundle.delete(identifier))
    context.bundle.run_detached(identifier, ["/usr/bin/sleep", str(references.IDLE_SLEEP_SECONDS)])
    reconnects_before = context.client.reconnects

    def paddock(index: int, recording: bool) -> None:
        start = time.perf_counter_ns()
        context.client.exec_true(name)
        if recording:
            result.add("paddock", elapsed_ms(start))

    def host(index: int, recording: bool) -> None:
        start = time.perf_counter_ns()
        pid = os.posix_spawn("/bin/true", ["/bin/true"], os.environ)
        _, status = os.waitpid(pid, 0)
        if recording:
            result.add("posix_spawn", elapsed_ms(start))
        if os.waitstatus_to_exitcode(status) != 0:
            raise references.ReferenceRuntimeError(f"/bin/true exited with status {status}")

    def runc(index: int, recording: bool) -> None:
        start = time.perf_counter_ns()
        context.bundle.exec_true(identifier)
        if recording:
            result.add("runc_exec", elapsed_ms(start))

    try:
        run_rounds(context, "exec round trip", rounds, result, [paddock, host, runc])
    finally:
        context.cleanup.run_one(container_key)
        context.cleanup.run_one(sandbox_key)
    reconnects = context.client.reconnects - reconnects_before
    result.details["gateway_reconnects"] = [reconnects]
    if reconnects:
        context.progress.note(f"warning: the gateway closed the keep-alive connection {reconnects} times; "
                              "those exec samples include a new TCP connection")
    return result


def find_supervisor(gateway: Gateway, sandbox_id: str) -> int:
    """Return the process id of the supervisor of sandbox `sandbox_id` of `gateway`."""
    config = os.path.join(gateway.state_directory, "sandboxes", sandbox_id, "config.json").encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as file:
                arguments = file.read().split(b"\0")
        except OSError:
            continue
        if b"__supervisor" in arguments and config in arguments:
            return int(entry)
    raise GatewayError(f"no supervisor process found for sandbox {sandbox_id} (expected one with --config {config!r})")


def measure_memory(context: BenchContext, rounds: int) -> PhaseResult:
    """Measure the PSS of an idle sandbox beside an idle `runc run -d` container and an idle bwrap."""
    result = PhaseResult(unit="bytes")

    def record(series: str, sample: memory.MemorySample, recording: bool) -> None:
        if not recording:
            return
        result.add(series, sample.pss)
        result.details.setdefault(series, []).append(sample.to_json())

    def paddock(index: int, recording: bool) -> None:
        name = sandbox_name(context, "idle", index)
        key = context.cleanup.push(f"delete sandbox {name}", lambda: context.client.delete_sandbox(name))
        sandbox = context.client.create_sandbox(name)
        time.sleep(context.idle_seconds)
        supervisor = find_supervisor(context.gateway, sandbox["id"])
        cgroup = memory.cgroup_process_ids(f"paddock/{sandbox['id']}")
        record("paddock", memory.measure(memory.with_descendants([supervisor, *cgroup])), recording)
        gateway_pid = context.gateway.pid()
        if gateway_pid is not None:
            record("gateway_while_idle", memory.measure([gateway_pid]), recording)
        context.cleanup.run_one(key)

    def runc(index: int, recording: bool) -> None:
        identifier = container_id(context, "idle", index)
        key = context.cleanup.push(f"delete container {identifier}", lambda: context.bundle.delete(identifier))
        context.bundle.run_detached(identifier, ["/usr/bin/sleep", str(references.IDLE_SLEEP_SECONDS)])
        time.sleep(context.idle_seconds)
        pids = memory.with_descendants(context.bundle.process_ids(identifier))
        record("runc_container", memory.measure(pids), recording)
        context.cleanup.run_one(key)

    def bwrap(index: int, recording: bool) -> None:
        process = references.start_bwrap_idle(context.bwrap)
        key = context.cleanup.push(f"kill bwrap {process.pid}", lambda: references.stop_bwrap_idle(process))
        time.sleep(context.idle_seconds)
        record("bwrap", memory.measure(memory.with_descendants([process.pid])), recording)
        context.cleanup.run_one(key)

    run_rounds(context, "idle memory", rounds, result, [paddock, runc, bwrap])
    return result
