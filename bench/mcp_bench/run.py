"""Latency of an MCP tool call beside the REST call it wraps, through the same gateway in one run.

Usage (as root, after scripts/setup.sh):
    .build/workspace-venv/bin/python bench/mcp_bench/run.py [--calls 300]

It starts its own gateway (the Gateway helper of bench/workspace_bench), creates one sandbox, and
alternates, call by call, `tools/call` of `sandbox_execute_bash {"cmd": "true"}` over one `mcp`
SDK session (Streamable HTTP, SSE replies) with `POST /v1/bash/exec {"command": "true"}` over
one keep-alive connection. It prints the median and 95th percentile of each and the ratio of
MCP over REST.
"""

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

import anyio
import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workspace_bench"))
from run import Gateway, summary, workspace_call  # noqa: E402

WARM_UP_CALLS = 10


def create_sandbox(gateway):
    sandbox = "mcp-bench-" + uuid.uuid4().hex[:6]
    status, data = gateway.request("POST", "/v1/sandboxes", {"name": sandbox})
    if status != 201:
        raise RuntimeError(f"creating the sandbox failed: {status} {data!r}")
    deadline = time.time() + 30
    while gateway.request("GET", f"/sandboxes/{sandbox}/v1/sandbox")[0] != 200:
        if time.time() > deadline:
            raise RuntimeError("the workspace server did not respond within 30 seconds")
        time.sleep(0.05)
    return sandbox


async def measure(gateway, sandbox, calls):
    """Returns the MCP and REST latencies in seconds, measured alternately."""
    rest = workspace_call(
        gateway, f"/sandboxes/{sandbox}/v1/bash/exec", {"command": "true"}, lambda body: body["data"]["exit_code"] == 0)
    headers = {"Authorization": f"Bearer {gateway.token}"}
    url = f"http://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/mcp"
    mcp_latencies, rest_latencies = [], []
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60, read=120)) as http:
        async with streamable_http_client(url, http_client=http) as streams:
            async with ClientSession(*streams) as session:
                await session.initialize()
                for index in range(WARM_UP_CALLS + calls):
                    started = time.perf_counter()
                    result = await session.call_tool("sandbox_execute_bash", {"cmd": "true"})
                    mcp_elapsed = time.perf_counter() - started
                    if result.is_error or result.structured_content["exit_code"] != 0:
                        raise RuntimeError(f"sandbox_execute_bash failed: {result}")
                    started = time.perf_counter()
                    rest()
                    rest_elapsed = time.perf_counter() - started
                    if index >= WARM_UP_CALLS:
                        mcp_latencies.append(mcp_elapsed)
                        rest_latencies.append(rest_elapsed)
    return mcp_latencies, rest_latencies


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="timed calls of each kind")
    options = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run the benchmark as root: the gateway creates namespaces and cgroups")

    gateway = Gateway()
    sandbox = None
    try:
        sandbox = create_sandbox(gateway)
        print(f"paddock MCP benchmark: {options.calls} calls each, alternating, {os.cpu_count()} CPUs")
        mcp_latencies, rest_latencies = anyio.run(measure, gateway, sandbox, options.calls)
        mcp_median, mcp_p95 = summary(mcp_latencies)
        rest_median, rest_p95 = summary(rest_latencies)
        print(f"MCP tools/call sandbox_execute_bash `true`  median {mcp_median:7.3f} ms  p95 {mcp_p95:7.3f} ms")
        print(f"REST POST /v1/bash/exec `true`            median {rest_median:7.3f} ms  p95 {rest_p95:7.3f} ms")
        print(f"ratio MCP / REST                          median {mcp_median / rest_median:7.2f}x   "
              f"p95 {mcp_p95 / rest_p95:7.2f}x")
    finally:
        if sandbox:
            gateway.request("DELETE", f"/v1/sandboxes/{sandbox}")
        gateway.stop()


if __name__ == "__main__":
    main()
