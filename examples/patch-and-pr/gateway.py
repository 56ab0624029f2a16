"""The Paddock gateway that the example talks to: one it starts itself, or the one in PADDOCK_GATEWAY."""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GatewayError(RuntimeError):
    pass


class Gateway:
    """A client of the gateway's REST API, which also owns the gateway process when it started one."""

    def __init__(self, url, token, state_dir=None, process=None, log=None):
        self.url = url.rstrip("/")
        self.token = token
        self.state_dir = Path(state_dir) if state_dir else None
        self.process = process
        self.log = log
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def start(cls, binary, state_dir=None):
        """Start `binary gateway start --foreground` on a free loopback port and wait for /v1/health."""
        state = Path(state_dir or tempfile.mkdtemp(prefix="paddock-patch-and-pr-"))
        state.mkdir(parents=True, exist_ok=True)
        port = free_port()
        log = open(state / "gateway-stdout.log", "wb")
        process = subprocess.Popen(
            [str(binary), "gateway", "start", "--foreground", "--state-dir", str(state), "--listen",
             f"127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        token_file = state / "token"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            token = token_file.read_text().strip() if token_file.exists() else ""
            if token:
                gateway = cls(url, token, state, process, log)
                try:
                    if gateway.session.get(url + "/v1/health", timeout=2).ok:
                        return gateway
                except requests.ConnectionError:
                    pass
            time.sleep(0.1)
        process.kill()
        process.wait()
        log.close()
        output = (state / "gateway-stdout.log").read_text(errors="replace").strip().splitlines()[-10:]
        if not state_dir:
            shutil.rmtree(state, ignore_errors=True)
        raise GatewayError("the gateway exited or did not respond within 30 s; its last output:\n" + "\n".join(output))

    @classmethod
    def attach(cls, url):
        """Use a running gateway. Its token comes from PADDOCK_TOKEN or PADDOCK_STATE_DIR/token
        (default /var/lib/paddock/token)."""
        state = Path(os.environ.get("PADDOCK_STATE_DIR", "/var/lib/paddock"))
        token = os.environ.get("PADDOCK_TOKEN")
        if not token:
            try:
                token = (state / "token").read_text().strip()
            except OSError as error:
                raise GatewayError(
                    f"PADDOCK_GATEWAY is {url} but its token is unknown: set PADDOCK_TOKEN or PADDOCK_STATE_DIR "
                    f"({error})") from error
        return cls(url, token, state if state.is_dir() else None)

    @property
    def owned(self):
        return self.process is not None

    def stop(self, remove_state=True):
        """Stop the gateway this object started (SIGTERM, then SIGKILL after 20 s) and remove its state."""
        self.session.close()
        if not self.owned:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        if remove_state:
            shutil.rmtree(self.state_dir, ignore_errors=True)

    def request(self, method, path, expected, **options):
        """Send a request and return the response, raising GatewayError unless its status is in `expected`."""
        options.setdefault("timeout", 120)
        response = self.session.request(method, self.url + path, **options)
        if response.status_code not in expected:
            raise GatewayError(f"{method} {path} returned {response.status_code}: {response.text.strip()}")
        return response

    def create_provider(self, name, credentials, endpoints):
        body = {"name": name, "credentials": credentials, "endpoints": endpoints}
        return self.request("POST", "/v1/providers", {201}, json=body).json()

    def delete_provider(self, name):
        self.request("DELETE", f"/v1/providers/{name}", {200, 404})

    def create_sandbox(self, body):
        return self.request("POST", "/v1/sandboxes", {201}, json=body).json()

    def sandbox(self, name):
        """Return the sandbox object, or None when the gateway reports 404."""
        response = self.request("GET", f"/v1/sandboxes/{name}", {200, 404})
        return response.json() if response.status_code == 200 else None

    def delete_sandbox(self, name):
        self.request("DELETE", f"/v1/sandboxes/{name}", {200, 404})

    def wait_for_workspace(self, name, timeout=60):
        """Wait until the sandbox's workspace server responds through the gateway's relay."""
        deadline = time.monotonic() + timeout
        while True:
            response = self.session.get(f"{self.url}/sandboxes/{name}/v1/sandbox", timeout=10)
            if response.status_code == 200:
                return
            if time.monotonic() > deadline:
                raise GatewayError(
                    f"the workspace server of sandbox '{name}' did not respond within {timeout} s: "
                    f"{response.status_code} {response.text.strip()}")
            time.sleep(0.1)

    def forward(self, name, bind, port):
        return self.request("POST", f"/v1/sandboxes/{name}/forwards", {201}, json={"forward": f"{bind}:{port}"}).json()

    def stop_forward(self, name, port):
        self.request("DELETE", f"/v1/sandboxes/{name}/forwards/{port}", {200})

    def forwards(self, name):
        return self.request("GET", f"/v1/sandboxes/{name}/forwards", {200}).json()["forwards"]

    def logs(self, name):
        """Return the sandbox's events (gateway lifecycle and the egress proxy's audit records)."""
        response = self.request("GET", f"/v1/sandboxes/{name}/logs", {200})
        return [json.loads(line) for line in response.text.splitlines() if line.strip()]

    def workspace_url(self, name):
        return f"{self.url}/sandboxes/{name}"
