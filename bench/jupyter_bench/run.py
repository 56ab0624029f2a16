"""Benchmark of the Jupyter routes through the gateway, beside jupyter_client driving a kernel on the host.

Usage (as root, after scripts/setup.sh; Debian's python3 has jupyter_client):
    /usr/bin/python3 bench/jupyter_bench/run.py [--calls 200] [--starts 10]

It starts its own gateway on a free port with a temporary state directory (through the Gateway
class of bench/workspace_bench/run.py), creates one sandbox and measures:
- kernel start: POST /v1/jupyter/sessions/create of a new session, then POST /v1/jupyter/execute
  of `1+1`, to the first result. "cold" uses a kernel spec `python3-cold`, a copy of python3 that
  the benchmark writes into the sandbox user's Jupyter data directory. The spare kernel never
  serves that spec. "spare" uses python3 after waiting until the spare kernel is ready. The
  reference is jupyter_client's start_new_kernel plus the same execute, on the host.
- execute round trip: POST /v1/jupyter/execute of `1+1` on one session, beside jupyter_client's
  execute of `1+1` on a host kernel, waiting for the reply and the idle status as the server does.
  The host kernels keep IPython history in memory, as the server's kernels do.
"""

import argparse
import importlib.util
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

from jupyter_client.manager import start_new_kernel

BENCH = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("workspace_bench_run", BENCH / "workspace_bench" / "run.py")
workspace_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(workspace_bench)

COLD_KERNEL = "python3-cold"
# The workspace server configures its kernels to keep IPython history in memory. The reference
# kernels get the same setting, so the comparison isolates the client and the gateway.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(name, through, direct):
    through_median, direct_median = statistics.median(through), statistics.median(direct)
    print(f"{name:<28} gateway median {through_median:8.2f} ms  p95 {percentile(through, 0.95):8.2f} ms | "
          f"jupyter_client median {direct_median:8.2f} ms  p95 {percentile(direct, 0.95):8.2f} ms | "
          f"ratio {through_median / direct_median:5.2f}")


class Workspace:
    """JSON calls to one sandbox's workspace server over one keep-alive connection."""

    def __init__(self, gateway, sandbox):
        self.gateway = gateway
        self.prefix = f"/sandboxes/{sandbox}"
        self.connection = gateway.connection()

    def call(self, method, path, body=None):
        status, data = self.gateway.request(method, self.prefix + path, body, connection=self.connection)
        envelope = json.loads(data)
        if status != 200 or envelope.get("success") is not True:
            raise RuntimeError(f"{method} {path} failed: {status} {data[:500]!r}")
        return envelope["data"]


def host_execute(client, code):
    """Runs code on a jupyter_client kernel, waiting for execute_reply and the idle status."""
    message_id = client.execute(code)
    replied = idle = False
    while not (replied and idle):
        if not replied:
            reply = client.get_shell_msg(timeout=30)
            replied = reply["parent_header"].get("msg_id") == message_id
        while not idle:
            message = client.get_iopub_msg(timeout=30)
            if message["parent_header"].get("msg_id") == message_id and message["msg_type"] == "status":
                idle = message["content"]["execution_state"] == "idle"
    return reply


def timed(action):
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def bench_start(workspace, starts):
    def start_session(kernel):
        session = "bench-" + uuid.uuid4().hex[:8]
        workspace.call("POST", "/v1/jupyter/sessions/create", {"session_id": session, "kernel_name": kernel})
        data = workspace.call("POST", "/v1/jupyter/execute", {"code": "1+1", "session_id": session})
        assert data["outputs"][0]["data"]["text/plain"] == "2", data
        return session

    def wait_for_spare():
        deadline = time.time() + 60
        while not workspace.call("GET", "/v1/jupyter/info")["spare_kernel_ready"]:
            if time.time() > deadline:
                raise RuntimeError("the spare kernel did not start within 60 s")
            time.sleep(0.05)

    cold, spare, direct = [], [], []
    for _ in range(starts):
        sessions = []
        cold.append(timed(lambda: sessions.append(start_session(COLD_KERNEL))))
        wait_for_spare()
        spare.append(timed(lambda: sessions.append(start_session("python3"))))
        for session in sessions:
            workspace.call("DELETE", f"/v1/jupyter/sessions/{session}")

        kernels = []
        def host_start():
            manager, client = start_new_kernel(kernel_name="python3", extra_arguments=KERNEL_ARGUMENTS)
            kernels.append((manager, client))
            host_execute(client, "1+1")
        direct.append(timed(host_start))
        for manager, client in kernels:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    report("kernel start, cold", cold, direct)
    report("kernel start, spare", spare, direct)


def bench_round_trip(workspace, calls):
    session = "bench-" + uuid.uuid4().hex[:8]
    body = {"code": "1+1", "session_id": session}
    for _ in range(20):
        workspace.call("POST", "/v1/jupyter/execute", body)
    through = [timed(lambda: workspace.call("POST", "/v1/jupyter/execute", body)) for _ in range(calls)]
    workspace.call("DELETE", f"/v1/jupyter/sessions/{session}")

    manager, client = start_new_kernel(kernel_name="python3", extra_arguments=KERNEL_ARGUMENTS)
    try:
        for _ in range(20):
            host_execute(client, "1+1")
        direct = [timed(lambda: host_execute(client, "1+1")) for _ in range(calls)]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    report("execute round trip of 1+1", through, direct)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="execute round trips measured (default 200)")
    parser.add_argument("--starts", type=int, default=10, help="kernel starts measured per kind (default 10)")
    options = parser.parse_args()

    gateway = workspace_bench.Gateway()
    sandbox = "bench-" + uuid.uuid4().hex[:6]
    try:
        status, data = gateway.request("POST", "/v1/sandboxes", {"name": sandbox})
        if status != 201:
            raise RuntimeError(f"creating the sandbox failed: {status} {data!r}")
        while gateway.request("GET", f"/sandboxes/{sandbox}/v1/sandbox")[0] != 200:
            time.sleep(0.05)
        workspace = Workspace(gateway, sandbox)
        spec = {"argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 without the spare kernel", "language": "python"}
        command = ('mkdir -p "$HOME/.local/share/jupyter/kernels/' + COLD_KERNEL + '" && cat > "$HOME/.local/share/'
                   'jupyter/kernels/' + COLD_KERNEL + '/kernel.json" <<\'EOF\'\n' + json.dumps(spec) + "\nEOF")
        result = workspace.call("POST", "/v1/bash/exec", {"command": command})
        if result["exit_code"] != 0:
            raise RuntimeError(f"writing the {COLD_KERNEL} kernel spec failed: {result}")
        print(f"paddock jupyter benchmark: {options.starts} kernel starts per kind, {options.calls} round trips; "
              f"times in milliseconds, ratio = gateway median / jupyter_client median")
        bench_start(workspace, options.starts)
        bench_round_trip(workspace, options.calls)
    finally:
        gateway.request("DELETE", f"/v1/sandboxes/{sandbox}")
        gateway.stop()


if __name__ == "__main__":
    sys.exit(main())
