"""Fixtures for the workspace server tests: a real gateway on a free port with its own state
directory, and real sandboxes whose workspace servers the tests reach through the gateway.

The tests need root (the gateway creates namespaces and cgroups) and the static release binary,
taken from PADDOCK_BINARY or .build/release/paddock.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import requests
from agent_sandbox import Sandbox

REPOSITORY = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("PADDOCK_BINARY", REPOSITORY / ".build/release/paddock"))

# A policy whose Landlock rules leave /var and /opt out, for the tests of denied paths.
RESTRICTED_POLICY = """
version: 1
filesystem_policy:
  include_workdir: true
  read_only: [/usr, /lib, /lib64, /bin, /etc, /proc, /dev/urandom]
  read_write: [/sandbox, /tmp, /dev/null]
landlock:
  compatibility: best_effort
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gateway:
    """A gateway process started for the test session."""

    def __init__(self):
        self.state = tempfile.mkdtemp(prefix="paddock-workspace-tests-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.state, "gateway-stdout.log"), "wb")
        self.process = subprocess.Popen(
            [str(BINARY), "gateway", "start", "--foreground", "--state-dir", self.state,
             "--listen", f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while True:
            token_file = Path(self.state, "token")
            if token_file.exists() and token_file.read_text().strip():
                self.token = token_file.read_text().strip()
                try:
                    if requests.get(self.url + "/v1/health", headers=self.headers, timeout=2).ok:
                        break
                except requests.ConnectionError:
                    pass
            if time.time() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"gateway did not start; see {self.log.name}")
            time.sleep(0.1)

    @property
    def headers(self):
        return {"Authorization": f"Bearer {self.token}"}

    def create_sandbox(self, policy=None):
        name = "ws-" + uuid.uuid4().hex[:8]
        body = {"name": name}
        if policy:
            body["policy"] = policy
        response = requests.post(self.url + "/v1/sandboxes", headers=self.headers, json=body, timeout=60)
        assert response.status_code == 201, response.text
        deadline = time.time() + 30
        while time.time() < deadline:
            probe = requests.get(f"{self.url}/sandboxes/{name}/v1/sandbox", headers=self.headers, timeout=10)
            if probe.status_code == 200:
                return name
            time.sleep(0.1)
        raise RuntimeError(f"the workspace server of {name} did not answer: {probe.status_code} {probe.text}")

    def delete_sandbox(self, name):
        requests.delete(f"{self.url}/v1/sandboxes/{name}", headers=self.headers, timeout=60)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.state, ignore_errors=True)


class Raw:
    """Raw HTTP access to one sandbox's workspace server through the gateway."""

    def __init__(self, gateway, name):
        self.base = f"{gateway.url}/sandboxes/{name}"
        self.session = requests.Session()
        self.session.headers.update(gateway.headers)

    def post(self, path, body=None, **options):
        options.setdefault("timeout", 120)
        return self.session.post(self.base + path, json=body, **options)

    def get(self, path, **options):
        options.setdefault("timeout", 120)
        return self.session.get(self.base + path, **options)

    def bash(self, command):
        """Runs a command with /v1/bash/exec and returns its data, asserting that it succeeded."""
        data = self.post("/v1/bash/exec", {"command": command}).json()["data"]
        assert data["exit_code"] == 0, data
        return data


@pytest.fixture(scope="session")
def gateway():
    if os.geteuid() != 0:
        pytest.fail("the workspace tests need root: the gateway creates namespaces and cgroups")
    if not BINARY.exists():
        pytest.fail(f"{BINARY} is missing; build it with scripts/build.sh release")
    started = Gateway()
    yield started
    started.stop()


@pytest.fixture(scope="session")
def sandbox(gateway):
    name = gateway.create_sandbox()
    yield name
    gateway.delete_sandbox(name)


@pytest.fixture(scope="session")
def restricted_sandbox(gateway):
    name = gateway.create_sandbox(RESTRICTED_POLICY)
    yield name
    gateway.delete_sandbox(name)


@pytest.fixture
def own_raw(gateway):
    """Raw access to a sandbox of the test's own, for measurements that earlier tests would skew."""
    name = gateway.create_sandbox()
    yield Raw(gateway, name)
    gateway.delete_sandbox(name)


@pytest.fixture
def client(gateway, sandbox):
    return Sandbox(base_url=f"{gateway.url}/sandboxes/{sandbox}", headers=gateway.headers, timeout=180)


@pytest.fixture
def raw(gateway, sandbox):
    return Raw(gateway, sandbox)


@pytest.fixture
def workdir(raw):
    """A fresh directory in the sandbox's workspace."""
    path = "/sandbox/t-" + uuid.uuid4().hex[:8]
    raw.bash(f"mkdir -p {path}")
    return path
