"""Latency of an MCP tool call beside the REST call it wraps, through the same gateway in one run.

Usage (as root, after scripts/setup.sh):
    .build/workspace-venv/bin/python bench/mcp_bench/run.py [--calls 300]

It starts its own gateway (the Gateway helper of bench/workspace_bench), creates one sandbox, and
rotates, call by call, through four kinds of call, each on a connection or session of its own:
- `tools/call` of `sandbox_execute_bash {"cmd": "true"}` over one `mcp` SDK session (Streamable
  HTTP, SSE replies), the figure of interest;
- `POST /v1/bash/exec {"command": "true"}` over one keep-alive connection, the reference;
- the same `tools/call` as plain JSON-RPC over one keep-alive connection with JSON replies, which
  shows the server's share without the SDK;
- `ping` over the SDK session, which shows the SDK's own cost per request.
It prints the median and 95th percentile of each and their ratios to the REST call.
"""

import argparse
import importlib.util
import json
import os
import sys
import time
import uuid
from pathlib import Path

import anyio
import httpx2
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

# Loaded under its own name, because both benchmark scripts are called run.py.
_spec = importlib.util.spec_from_file_location(
    "workspace_bench_run", Path(__file__).resolve().parents[1] / "workspace_bench" / "run.py")
workspace_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(workspace_bench)
Gateway, summary, workspace_call = workspace_bench.Gateway, workspace_bench.summary, workspace_bench.workspace_call

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


def raw_tool_call(gateway, sandbox):
    """Returns a function that sends `tools/call` as plain JSON-RPC over one keep-alive connection,
    in a session of its own, with JSON replies: the server's share of an MCP call without the SDK."""
    connection = gateway.connection()
    path = f"/sandboxes/{sandbox}/mcp"
    headers = {"Authorization": f"Bearer {gateway.token}", "Accept": "application/json",
               "Content-Type": "application/json"}

    def post(message):
        connection.request("POST", path, body=json.dumps(message), headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{message['method']} failed: {response.status} {body[:300]!r}")
        return response, json.loads(body)

    client = {"name": "mcp_bench", "version": "1"}
    response, _ = post({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                        "params": {"protocolVersion": "2025-11-25", "clientInfo": client}})
    headers["Mcp-Session-Id"] = response.getheader("Mcp-Session-Id")
    request = {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
               "params": {"name": "sandbox_execute_bash", "arguments": {"cmd": "true"}}}

    def call():
        _, reply = post(request)
        if reply["result"]["isError"] or reply["result"]["structuredContent"]["exit_code"] != 0:
            raise RuntimeError(f"sandbox_execute_bash failed: {reply}")
    return call


async def measure(gateway, sandbox, calls):
    """Returns the latencies in seconds of each kind of call, measured in rotation."""
    rest = workspace_call(
        gateway, f"/sandboxes/{sandbox}/v1/bash/exec", {"command": "true"}, lambda body: body["data"]["exit_code"] == 0)
    raw = raw_tool_call(gateway, sandbox)
    headers = {"Authorization": f"Bearer {gateway.token}"}
    url = f"http://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/mcp"
    latencies = {name: [] for name in KINDS}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60, read=120)) as http:
        async with streamable_http_client(url, http_client=http) as streams:
            async with ClientSession(*streams) as session:
                await session.initialize()

                async def sdk_call():
                    result = await session.call_tool("sandbox_execute_bash", {"cmd": "true"})
                    if result.is_error or result.structured_content["exit_code"] != 0:
                        raise RuntimeError(f"sandbox_execute_bash failed: {result}")

                async def sdk_ping():
                    await session.send_ping()

                async def blocking(function):
                    function()

                kinds = {KINDS[0]: sdk_call, KINDS[1]: lambda: blocking(rest), KINDS[2]: lambda: blocking(raw),
                         KINDS[3]: sdk_ping}
                for index in range(WARM_UP_CALLS + calls):
                    for name, function in kinds.items():
                        started = time.perf_counter()
                        await function()
                        elapsed = time.perf_counter() - started
                        if index >= WARM_UP_CALLS:
                            latencies[name].append(elapsed)
    return latencies


KINDS = [
    "MCP SDK tools/call sandbox_execute_bash",
    "REST POST /v1/bash/exec",
    "raw JSON-RPC tools/call (no SDK)",
    "MCP SDK ping (no tool)",
]


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
        print(f"paddock MCP benchmark: {options.calls} calls of each kind in rotation, {os.cpu_count()} CPUs")
        latencies = anyio.run(measure, gateway, sandbox, options.calls)
        rest_median, rest_p95 = summary(latencies[KINDS[1]])
        for name in KINDS:
            median, p95 = summary(latencies[name])
            print(f"{name:<42} median {median:7.3f} ms  p95 {p95:7.3f} ms  | "
                  f"/ REST: median {median / rest_median:5.2f}x  p95 {p95 / rest_p95:5.2f}x")
    finally:
        if sandbox:
            gateway.request("DELETE", f"/v1/sandboxes/{sandbox}")
        gateway.stop()


if __name__ == "__main__":
    main()
