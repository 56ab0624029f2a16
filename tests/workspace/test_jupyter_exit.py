"""Kernels end with the workspace server: a server started on the host, outside a sandbox, then stopped."""

import glob
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from conftest import BINARY


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=120)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def post(path, url, body):
    connection = UnixConnection(path)
    connection.request("POST", url, json.dumps(body), {"Content-Type": "application/json"})
    return json.loads(connection.getresponse().read())


def process_gone(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_server_exit_kills_kernels(tmp_path):
    sock = str(tmp_path / "ws.sock")
    # A short directory, because the kernels' ipc socket paths must fit in 107 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="pj-", dir="/tmp"))
    environment = dict(os.environ, TMPDIR=str(runtime))
    server = subprocess.Popen([str(BINARY), "__workspace", "--socket", sock, "--workspace", str(tmp_path)],
                              env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while not os.path.exists(sock):
            assert time.time() < deadline, "the workspace server did not create its socket"
            time.sleep(0.05)
        reply = post(sock, "/v1/jupyter/execute", {"code": "import os\nos.getpid()", "session_id": "exit"})
        assert reply["success"] is True, reply
        kernel = int(reply["data"]["outputs"][0]["data"]["text/plain"])
        assert glob.glob(str(runtime / "paddock-jupyter-*"))
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=30)
    assert code == 0
    deadline = time.time() + 10
    while not process_gone(kernel) and time.time() < deadline:
        time.sleep(0.05)
    assert process_gone(kernel)
    assert glob.glob(str(runtime / "paddock-jupyter-*")) == []
    shutil.rmtree(runtime)


def test_long_tmpdir_fails_clearly(tmp_path):
    sock = str(tmp_path / "ws.sock")
    runtime = tmp_path / ("t" * 80)
    runtime.mkdir()
    server = subprocess.Popen([str(BINARY), "__workspace", "--socket", sock, "--workspace", str(tmp_path)],
                              env=dict(os.environ, TMPDIR=str(runtime)), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while not os.path.exists(sock):
            assert time.time() < deadline, "the workspace server did not create its socket"
            time.sleep(0.05)
        reply = post(sock, "/v1/jupyter/execute", {"code": "1"})
        assert reply["success"] is False
        assert "longer than 107 bytes" in reply["message"]
        assert "TMPDIR" in reply["message"]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
