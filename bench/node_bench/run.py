"""Benchmarks of Node.js execution through the gateway, each beside the same work done on the host.

Usage (as root, after scripts/setup.sh):
    .build/workspace-venv/bin/python bench/node_bench/run.py [--calls 200]

It starts its own gateway on a free port with a temporary state directory, creates one sandbox and
measures the median and 95th percentile of:
- a stateless POST /v1/nodejs/execute of `1+1` (a new node process per call), beside
  `node -e 1+1` spawned on the host;
- a stateful POST /v1/nodejs/execute of `1+1` in one REPL session, beside an in-process
  `vm.runInContext('1+1', context)` call timed inside one node process on the host;
- the same stateful call beside GET /v1/nodejs/sessions/bench through the gateway. That is the
  round trip of the relay and the server without running code.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workspace_bench"))
from run import Gateway, summary  # noqa: E402  (the workspace benchmark's gateway and statistics)

VM_LOOP = """
const vm = require('vm');
const context = vm.createContext({});
const samples = [];
for (let i = 0; i < Number(process.argv[1]); i++) {
  const start = process.hrtime.bigint();
  vm.runInContext('1+1', context);
  samples.push(Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(JSON.stringify(samples));
"""


def measure(call, count):
    latencies = []
    for _ in range(count):
        start = time.perf_counter()
        call()
        latencies.append(time.perf_counter() - start)
    return latencies


def measure_alternating(first, second, count):
    """Times `first` and `second` in turns, so that changes in host load affect both alike."""
    first_latencies, second_latencies = [], []
    for _ in range(count):
        for call, latencies in ((first, first_latencies), (second, second_latencies)):
            start = time.perf_counter()
            call()
            latencies.append(time.perf_counter() - start)
    return first_latencies, second_latencies


def report(name, through, direct, direct_name):
    through_median, through_p95 = summary(through)
    direct_median, direct_p95 = summary(direct)
    print(f"{name:<28} median {through_median:8.3f} ms  p95 {through_p95:8.3f} ms | "
          f"{direct_name:<26} median {direct_median:8.3f} ms  p95 {direct_p95:8.3f} ms | "
          f"ratio (median) {through_median / direct_median:9.1f}x")


def execute_call(gateway, connection, path, body):
    def call():
        status, data = gateway.request("POST", path, body, connection=connection)
        reply = json.loads(data)
        if status != 200 or reply["data"]["status"] != "ok":
            raise RuntimeError(f"execution failed: {status} {data[:300]!r}")
    return call


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per measurement")
    options = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run the benchmark as root: the gateway creates namespaces and cgroups")

    gateway = Gateway()
    sandbox = "bench-" + uuid.uuid4().hex[:6]
    try:
        status, data = gateway.request("POST", "/v1/sandboxes", {"name": sandbox})
        if status != 201:
            raise RuntimeError(f"creating the sandbox failed: {status} {data!r}")
        prefix = f"/sandboxes/{sandbox}"
        deadline = time.time() + 30
        while gateway.request("GET", prefix + "/v1/sandbox")[0] != 200:
            if time.time() > deadline:
                raise RuntimeError("the workspace server did not respond within 30 seconds")
            time.sleep(0.05)
        node_version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
        print(f"paddock Node.js benchmark: {options.calls} calls each, node {node_version}, {os.cpu_count()} CPUs")

        path = prefix + "/v1/nodejs/execute"
        stateless = lambda connection: execute_call(gateway, connection, path, {"code": "1+1"})
        stateful = lambda connection: execute_call(
            gateway, connection, path, {"code": "1+1", "session_id": "bench", "stateful": True})

        def session_info(connection):
            def call():
                status, _ = gateway.request("GET", prefix + "/v1/nodejs/sessions/bench", connection=connection)
                if status != 200:
                    raise RuntimeError(f"GET /v1/nodejs/sessions/bench failed: {status}")
            return call

        # NODE_EXTRA_CA_CERTS makes node build its root store at start-up, which roughly doubles
        # the start-up time, so the host reference runs without it, as the floor.
        host_environment = {key: value for key, value in os.environ.items() if key != "NODE_EXTRA_CA_CERTS"}
        host_spawn = lambda: subprocess.run(["node", "-e", "1+1"], check=True, env=host_environment)
        connection = gateway.connection()
        try:
            # Warm-up: the first calls write the runtime directory and start the session's REPL.
            for make_call in (stateless, stateful, session_info):
                make_call(connection)()
            gateway_runs, host_runs = measure_alternating(stateless(connection), host_spawn, options.calls)
            report("stateless `1+1` via gateway", gateway_runs, host_runs, "host `node -e 1+1`")
            repl, relay = measure_alternating(stateful(connection), session_info(connection), options.calls)
        finally:
            connection.close()
        in_process = json.loads(subprocess.run(
            ["node", "-e", VM_LOOP, str(options.calls)], capture_output=True, text=True, check=True).stdout)
        report("REPL `1+1` via gateway", repl, in_process, "in-process vm.runInContext")
        report("REPL `1+1` via gateway", repl, relay, "GET session via gateway")
    finally:
        gateway.request("DELETE", f"/v1/sandboxes/{sandbox}")
        gateway.stop()


if __name__ == "__main__":
    main()
