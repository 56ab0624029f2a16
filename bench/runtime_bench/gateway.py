"""A Paddock gateway started for the benchmark, and a keep-alive client for its REST API."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import time

# Bounds for every call into the gateway, so that a hung gateway cannot hang the benchmark.
COMMAND_TIMEOUT_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 60


class GatewayError(RuntimeError):
    """A gateway command or request that failed."""


def free_loopback_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GatewayClient:
    """A client for the gateway's REST API on one keep-alive TCP connection.

    `reconnects` counts the connections opened after the first one; it stays 0 while the gateway
    keeps the connection alive.
    """

    def __init__(self, port: int, token: str):
        self.port = port
        self.token = token
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_SECONDS)
        self.connections_opened = 0

    @property
    def reconnects(self) -> int:
        """Number of connections opened after the first one."""
        return max(0, self.connections_opened - 1)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        """Send one request and return its status and JSON body; the connection stays open."""
        if self.connection.sock is None:
            self.connection.connect()
            # The request is sent in one write, but a small response must not wait for Nagle either.
            self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.connections_opened += 1
        payload = json.dumps(body).encode() if body is not None else None
        headers = {"Authorization": f"Bearer {self.token}"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        try:
            self.connection.request(method, path, body=payload, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.connection.close()
            raise GatewayError(f"{method} {path} to the gateway on port {self.port} failed: {error}") from error
        try:
            parsed = json.loads(data) if data else {}
        except json.JSONDecodeError as error:
            raise GatewayError(f"{method} {path} returned a body that is not JSON: {data[:200]!r}") from error
        return response.status, parsed

    def expect(self, status: int, method: str, path: str, body: dict | None = None) -> dict:
        """Send one request and return its JSON body; raise GatewayError unless the status is `status`."""
        actual, parsed = self.request(method, path, body)
        if actual != status:
            raise GatewayError(f"{method} {path} returned {actual} (expected {status}): {parsed}")
        return parsed

    def create_sandbox(self, name: str) -> dict:
        """Create and start a sandbox and return its JSON object."""
        return self.expect(201, "POST", "/v1/sandboxes", {"name": name})

    def exec_true(self, name: str) -> None:
        """Run `true` in the sandbox and raise GatewayError unless it exits with 0."""
        result = self.expect(200, "POST", f"/v1/sandboxes/{name}/exec", {"command": ["true"]})
        if result.get("exit_code") != 0:
            raise GatewayError(f"`true` in sandbox '{name}' did not exit with 0: {result}")

    def delete_sandbox(self, name: str) -> None:
        """Delete the sandbox; a sandbox that is already gone counts as deleted."""
        status, parsed = self.request("DELETE", f"/v1/sandboxes/{name}")
        if status not in (200, 404):
            raise GatewayError(f"DELETE of sandbox '{name}' returned {status}: {parsed}")

    def list_sandboxes(self) -> list[dict]:
        """Return the JSON objects of every sandbox of this gateway."""
        return self.expect(200, "GET", "/v1/sandboxes").get("sandboxes", [])

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


class Gateway:
    """A background gateway with its own state directory, listening on a loopback port."""

    def __init__(self, binary: str, state_directory: str, port: int, log_level: str | None = None):
        self.binary = binary
        self.state_directory = state_directory
        self.port = port
        self.log_level = log_level

    @property
    def log_path(self) -> str:
        """Path of the gateway's log file."""
        return os.path.join(self.state_directory, "gateway.log")

    def start(self) -> None:
        """Start the gateway; `paddock gateway start` returns once the gateway answers its health check."""
        environment = dict(os.environ)
        if self.log_level:
            environment["PADDOCK_LOG_LEVEL"] = self.log_level
        command = [self.binary, "gateway", "start", "--state-dir", self.state_directory,
                   "--listen", f"127.0.0.1:{self.port}"]
        completed = subprocess.run(command, env=environment, capture_output=True, text=True,
                                   timeout=COMMAND_TIMEOUT_SECONDS, check=False)
        if completed.returncode != 0:
            raise GatewayError(f"`{' '.join(command)}` failed with exit code {completed.returncode}: "
                               f"{completed.stderr.strip() or completed.stdout.strip()}")

    def token(self) -> str:
        """Return the bearer token that the gateway wrote on its first start."""
        with open(os.path.join(self.state_directory, "token"), encoding="utf-8") as file:
            return file.read().strip()

    def pid(self) -> int | None:
        """Return the gateway's process id from its pid file, or None when it does not run."""
        try:
            with open(os.path.join(self.state_directory, "gateway.pid"), encoding="utf-8") as file:
                pid = int(file.read().strip())
        except (OSError, ValueError):
            return None
        return pid if os.path.exists(f"/proc/{pid}") else None

    def stop(self) -> None:
        """Stop the gateway, and kill it when `paddock gateway stop` fails or times out."""
        pid = self.pid()
        command = [self.binary, "gateway", "stop", "--state-dir", self.state_directory]
        try:
            completed = subprocess.run(command, capture_output=True, text=True,
                                       timeout=COMMAND_TIMEOUT_SECONDS, check=False)
            stopped = completed.returncode == 0
        except subprocess.TimeoutExpired:
            stopped = False
        if not stopped and pid is not None:
            os.kill(pid, signal.SIGKILL)

    def kill_leftover_supervisors(self) -> list[int]:
        """Kill supervisors of this gateway's sandboxes that outlived it, and return their process ids.

        Supervisors keep running when their gateway stops, so a gateway that died without deleting
        its sandboxes would leave them behind. Only supervisors whose configuration lies in this
        gateway's state directory match.
        """
        marker = os.path.join(self.state_directory, "sandboxes") + "/"
        killed = []
        for pid in _process_ids():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as file:
                    arguments = file.read().split(b"\0")
            except OSError:
                continue
            if b"__supervisor" in arguments and any(argument.startswith(marker.encode()) for argument in arguments):
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                except ProcessLookupError:
                    pass
        return killed

    def remove_state(self) -> None:
        """Delete the state directory after the gateway and its supervisors have stopped."""
        deadline = time.monotonic() + 5
        while self.pid() is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(self.state_directory, ignore_errors=True)


def _process_ids() -> list[int]:
    return [int(entry) for entry in os.listdir("/proc") if entry.isdigit()]
