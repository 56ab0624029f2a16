"""Entry point: `python3 -m runtime_bench --paddock BIN` (bench/run.sh builds BIN and calls this)."""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import platform
import shutil
import subprocess
import sys
import tempfile

from . import phases, references, report
from .cleanup import Cleanup, raise_keyboard_interrupt_on_sigterm
from .gateway import Gateway, GatewayClient, GatewayError, free_loopback_port
from .progress import Progress

PHASES = {
    "startup": ("create_to_first_exec", phases.measure_startup),
    "exec": ("exec_round_trip", phases.measure_exec),
    "memory": ("idle_memory", phases.measure_memory),
}


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="runtime_bench", description=(
        "Measure Paddock's sandbox start-up, exec round trip and idle memory beside runc and bubblewrap."))
    parser.add_argument("--paddock", required=True, help="path of the paddock binary (a release build)")
    parser.add_argument("--runc", default=shutil.which("runc") or "/usr/sbin/runc", help="path of runc")
    parser.add_argument("--bwrap", default=shutil.which("bwrap") or "/usr/bin/bwrap", help="path of bwrap")
    parser.add_argument("--runs", type=positive_int, default=100,
                        help="measured rounds of the start-up and exec phases (default: 100)")
    parser.add_argument("--memory-runs", type=positive_int, default=100,
                        help="measured rounds of the memory phase; each idles every runtime in turn (default: 100)")
    parser.add_argument("--warmup", type=non_negative_int, default=3,
                        help="unrecorded rounds before each phase (default: 3)")
    parser.add_argument("--idle-seconds", type=float, default=1.0,
                        help="seconds a sandbox or container idles before its memory is read (default: 1.0)")
    parser.add_argument("--phase-budget", type=float, default=900.0,
                        help="seconds after which a phase stops starting rounds (default: 900)")
    parser.add_argument("--phases", default="startup,exec,memory",
                        help="comma-separated phases to run: startup, exec, memory (default: all three)")
    parser.add_argument("--gateway-log-level", default=None,
                        help="PADDOCK_LOG_LEVEL for the gateway and supervisors, such as debug (default: unset)")
    parser.add_argument("--results", default=None,
                        help="JSON results file (default: bench/results/<UTC time>-runtime.json)")
    parser.add_argument("--keep-state", action="store_true",
                        help="keep the temporary gateway state directory, with its logs, after the run")
    arguments = parser.parse_args(argv)
    arguments.phase_list = [name.strip() for name in arguments.phases.split(",") if name.strip()]
    unknown = [name for name in arguments.phase_list if name not in PHASES]
    if unknown:
        parser.error(f"unknown phase {', '.join(unknown)}: choose from {', '.join(PHASES)}")
    return arguments


def positive_int(text: str) -> int:
    """Parse a whole number of 1 or more."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid count {value}: expected 1 or more")
    return value


def non_negative_int(text: str) -> int:
    """Parse a whole number of 0 or more."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"invalid count {value}: expected 0 or more")
    return value


def tool_version(command: list[str]) -> str:
    """Return the first line that `command` prints, or why it failed."""
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"unavailable: {error}"
    output = (completed.stdout or completed.stderr).strip()
    return output.splitlines()[0] if output else f"exit code {completed.returncode}"


def count_other_supervisors(own_state: str) -> int:
    """Count the Paddock supervisors on the host that belong to other gateways (background load)."""
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as file:
                arguments = file.read()
        except OSError:
            continue
        if b"__supervisor" in arguments and own_state.encode() not in arguments:
            count += 1
    return count


def host_metadata(arguments: argparse.Namespace, state_directory: str) -> dict:
    """Return what the results depend on: host, tool versions, settings and background load."""
    return {
        "started_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "kernel": platform.release(),
        "cpus": os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()),
        "other_paddock_supervisors_at_start": count_other_supervisors(state_directory),
        "paddock_binary": os.path.abspath(arguments.paddock),
        "paddock_commit": os.environ.get("PADDOCK_BENCH_COMMIT", "unknown"),
        "runc": tool_version([arguments.runc, "--version"]),
        "bwrap": tool_version([arguments.bwrap, "--version"]),
        "python": platform.python_version(),
        "settings": {
            "runs": arguments.runs, "memory_runs": arguments.memory_runs, "warmup": arguments.warmup,
            "idle_seconds": arguments.idle_seconds, "phase_budget_seconds": arguments.phase_budget,
            "phases": arguments.phase_list, "gateway_log_level": arguments.gateway_log_level,
        },
    }


def default_results_path() -> str:
    """Return bench/results/<UTC date and time>-runtime.json beside this package."""
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H%MZ")
    bench_directory = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(bench_directory, "results", f"{stamp}-runtime.json")


def start_environment(arguments: argparse.Namespace, work: str, cleanup: Cleanup,
                      progress: Progress) -> phases.BenchContext:
    """Start the gateway and build the runc bundle; every step registers its undo action first."""
    state_directory = os.path.join(work, "state")
    gateway = Gateway(arguments.paddock, state_directory, free_loopback_port(), arguments.gateway_log_level)
    if not arguments.keep_state:
        cleanup.push(f"remove {state_directory}", gateway.remove_state)
    cleanup.push("kill leftover supervisors", gateway.kill_leftover_supervisors)
    cleanup.push("stop the gateway", gateway.stop)
    progress.note(f"starting the gateway on 127.0.0.1:{gateway.port} (state in {state_directory})")
    gateway.start()
    client = GatewayClient(gateway.port, gateway.token())
    cleanup.push("delete remaining sandboxes", lambda: delete_all_sandboxes(client))

    bundle = references.RuncBundle(arguments.runc, os.path.join(work, "runc"))
    cleanup.push("delete remaining runc containers", lambda: delete_all_containers(bundle))
    progress.note(f"building the runc bundle in {bundle.bundle}")
    bundle.build()
    return phases.BenchContext(
        gateway=gateway, client=client, bundle=bundle, bwrap=arguments.bwrap, cleanup=cleanup,
        progress=progress, tag=str(os.getpid()), warmup_rounds=arguments.warmup,
        idle_seconds=arguments.idle_seconds, phase_budget_seconds=arguments.phase_budget)


def delete_all_sandboxes(client: GatewayClient) -> None:
    """Delete every sandbox of the benchmark's gateway."""
    for sandbox in client.list_sandboxes():
        client.delete_sandbox(sandbox["name"])
    client.close()


def delete_all_containers(bundle: references.RuncBundle) -> None:
    """Delete every container in the benchmark's private runc state root."""
    for identifier in bundle.list_ids():
        bundle.delete(identifier)


def run(arguments: argparse.Namespace) -> int:
    """Run the selected phases, print the table and write the results file."""
    progress = Progress()
    cleanup = Cleanup()
    work = tempfile.mkdtemp(prefix="paddock-bench-")
    if not arguments.keep_state:
        cleanup.push(f"remove {work}", lambda: shutil.rmtree(work, ignore_errors=True))
    results: dict[str, phases.PhaseResult] = {}
    metadata: dict = {}
    try:
        context = start_environment(arguments, work, cleanup, progress)
        metadata = host_metadata(arguments, context.gateway.state_directory)
        for name in arguments.phase_list:
            key, measure = PHASES[name]
            rounds = arguments.memory_runs if name == "memory" else arguments.runs
            results[key] = measure(context, rounds)
        metadata["load_average_at_end"] = list(os.getloadavg())
        metadata["gateway_log"] = context.gateway.log_path if arguments.keep_state else None
    except KeyboardInterrupt:
        progress.note("\ninterrupted; cleaning up")
        cleanup.run_all()
        return 130
    except (GatewayError, references.ReferenceRuntimeError, OSError, subprocess.SubprocessError,
            http.client.HTTPException) as error:
        progress.note(f"benchmark failed: {error}; cleaning up")
        cleanup.run_all()
        metadata["failed"] = str(error)
        if results:
            write_report(arguments, results, metadata, "results of the phases that finished")
        return 1
    finally:
        cleanup.run_all()
    write_report(arguments, results, metadata, "raw samples")
    return 0


def write_report(arguments: argparse.Namespace, results: dict[str, phases.PhaseResult], metadata: dict,
                 title: str) -> None:
    """Print the table and write the JSON results file."""
    print(report.render_table(results))
    path = arguments.results or default_results_path()
    report.write_results(path, report.results_document(results, metadata))
    print(f"{title}: {path}")


def main() -> int:
    """Parse the arguments and run the benchmark."""
    raise_keyboard_interrupt_on_sigterm()
    arguments = parse_arguments(sys.argv[1:])
    if os.geteuid() != 0:
        sys.stderr.write("runtime_bench needs root: the gateway, runc and the cgroup reads do\n")
        return 2
    return run(arguments)


if __name__ == "__main__":
    sys.exit(main())
