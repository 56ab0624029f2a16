"""Node.js execution in a real sandbox: stateless runs, REPL sessions, and fetch through the
egress proxy, through the agent-sandbox SDK and raw HTTP."""

import http.server
import ssl
import subprocess
import tempfile
import threading
import time
import uuid

import pytest
import requests
from agent_sandbox import Sandbox

from conftest import Raw, free_port


def new_id():
    return "pytest-" + uuid.uuid4().hex[:8]


def last_output(data):
    return data.outputs[-1]


def test_stateless_run_with_stdin_and_files(client):
    code = (
        "const input = require('fs').readFileSync(0, 'utf8');\n"
        "const greet = require('./lib/greet.js');\n"
        "console.log(greet(input.trim()));\n"
        "console.error('to stderr');\n"
    )
    data = client.nodejs.execute_code(
        code=code, stdin="sandbox\n", files={"lib/greet.js": "module.exports = (n) => `hello ${n}`;"}).data
    assert data.status == "ok"
    assert data.language == "javascript"
    assert data.stdout == "hello sandbox\n"
    assert data.stderr == "to stderr\n"
    assert data.exit_code == 0
    assert data.session_id is None
    assert [(item.output_type, item.name) for item in data.outputs] == [("stream", "stdout"), ("stream", "stderr")]


def test_stateless_runs_share_nothing(client):
    client.nodejs.execute_code(code="require('fs').writeFileSync('left.txt', 'x')")
    data = client.nodejs.execute_code(code="console.log(require('fs').existsSync('left.txt'))").data
    assert data.stdout == "false\n"


def test_invalid_file_names_are_rejected(raw):
    for name in ["../escape.js", "/etc/owned", "a/../../b", "nul\u0000name"]:
        body = raw.post("/v1/nodejs/execute", {"code": "1", "files": {name: "x"}}).json()
        assert body["success"] is False, name
        assert "invalid files entry" in body["message"], body


def test_session_keeps_variable_and_function(client):
    session = new_id()
    first = client.nodejs.execute_code(
        code="let total = 40; function bump(n) { total += n; return total }", stateful=True, session_id=session).data
    assert first.status == "ok"
    assert first.session_id == session
    second = client.nodejs.execute_code(code="bump(2)", session_id=session).data
    assert last_output(second).output_type == "execute_result"
    assert last_output(second).data["text/plain"] == "42"
    assert second.execution_count == 2
    client.nodejs.delete_session(session)


def test_session_files_and_stdin(raw):
    session = new_id()
    raw.bash("mkdir -p /sandbox/node-files")
    body = raw.post("/v1/nodejs/execute", {
        "code": "require('./helper.js').twice(21)", "stateful": True, "session_id": session,
        "cwd": "/sandbox/node-files", "files": {"helper.js": "exports.twice = (n) => n * 2;"}}).json()
    assert body["data"]["outputs"][-1]["data"]["text/plain"] == "42"
    assert raw.bash("cat /sandbox/node-files/helper.js")["stdout"] == "exports.twice = (n) => n * 2;"
    rejected = raw.post("/v1/nodejs/execute", {"code": "1", "session_id": session, "stdin": "x"}).json()
    assert rejected["success"] is False
    assert "stdin" in rejected["message"]
    raw.session.delete(raw.base + f"/v1/nodejs/sessions/{session}")


def test_stateful_without_id_returns_new_session(client):
    data = client.nodejs.execute_code(code="const answer = 6 * 7; answer", stateful=True).data
    assert data.session_id
    again = client.nodejs.execute_code(code="answer + 1", session_id=data.session_id).data
    assert last_output(again).data["text/plain"] == "43"
    client.nodejs.delete_session(data.session_id)


def test_expression_echo_and_top_level_await(client):
    session = new_id()
    echo = client.nodejs.execute_code(code="10 + 20", stateful=True, session_id=session).data
    assert last_output(echo).data["text/plain"] == "30"
    waited = client.nodejs.execute_code(
        code="const later = await new Promise((r) => setTimeout(() => r({ready: true}), 20)); later",
        session_id=session).data
    assert last_output(waited).data["text/plain"] == "{ ready: true }"
    kept = client.nodejs.execute_code(code="later.ready", session_id=session).data
    assert last_output(kept).data["text/plain"] == "true"
    client.nodejs.delete_session(session)


def test_thrown_error_is_reported(client):
    session = new_id()
    data = client.nodejs.execute_code(code="throw new TypeError('not a number')", stateful=True, session_id=session).data
    assert data.status == "error"
    error = last_output(data)
    assert error.output_type == "error"
    assert error.ename == "TypeError"
    assert error.evalue == "not a number"
    assert error.traceback[0] == "TypeError: not a number"
    stateless = client.nodejs.execute_code(code="null.field").data
    assert stateless.status == "error"
    assert stateless.exit_code == 1
    assert last_output(stateless).ename == "TypeError"
    client.nodejs.delete_session(session)


def test_syntax_error_is_reported(client):
    session = new_id()
    data = client.nodejs.execute_code(code="const = 5", stateful=True, session_id=session).data
    assert data.status == "error"
    assert last_output(data).ename == "SyntaxError"
    stateless = client.nodejs.execute_code(code="function (").data
    assert stateless.status == "error"
    assert last_output(stateless).ename == "SyntaxError"
    client.nodejs.delete_session(session)


def test_infinite_loop_times_out_and_session_recovers(raw):
    session = new_id()
    raw.post("/v1/nodejs/execute", {"code": "var kept = 'yes'", "stateful": True, "session_id": session})
    body = raw.post("/v1/nodejs/execute", {"code": "while (true) {}", "session_id": session, "timeout": 2}).json()
    assert body["success"] is True
    assert body["data"]["status"] == "timeout"
    assert body["data"]["outputs"][-1]["ename"] == "TimeoutError"
    after = raw.post("/v1/nodejs/execute", {"code": "typeof kept", "session_id": session}).json()
    assert after["data"]["status"] == "ok"
    assert after["data"]["outputs"][-1]["data"]["text/plain"] == "'undefined'"
    assert "timed out" in after["hint"]
    stateless = raw.post("/v1/nodejs/execute", {"code": "for (;;) {}", "timeout": 1}).json()["data"]
    assert stateless["status"] == "timeout"
    assert stateless["exit_code"] == 137
    raw.session.delete(raw.base + f"/v1/nodejs/sessions/{session}")


def test_fifty_megabytes_of_output_are_truncated(raw):
    code = "const line = 'y'.repeat(1023) + '\\n'; for (let i = 0; i < 51200; i++) process.stdout.write(line)"
    stateless = raw.post("/v1/nodejs/execute", {"code": code}).json()["data"]
    assert stateless["status"] == "ok"
    assert len(stateless["stdout"]) < 2_000_000
    assert "truncated" in stateless["stdout"]
    session = new_id()
    stateful = raw.post("/v1/nodejs/execute", {"code": code, "stateful": True, "session_id": session}).json()["data"]
    assert stateful["status"] == "ok"
    assert len(stateful["stdout"]) < 2_000_000
    assert "characters truncated" in stateful["stdout"]
    assert stateful["stdout"].endswith("y\n")
    raw.session.delete(raw.base + f"/v1/nodejs/sessions/{session}")


def test_process_exit_is_reported(client):
    session = new_id()
    client.nodejs.execute_code(code="var kept = 1", stateful=True, session_id=session)
    data = client.nodejs.execute_code(code="console.log('leaving'); process.exit(4)", session_id=session).data
    assert data.status == "error"
    assert data.exit_code == 4
    assert data.stdout == "leaving\n"
    assert last_output(data).ename == "ProcessExit"
    after = client.nodejs.execute_code(code="typeof kept", session_id=session)
    assert last_output(after.data).data["text/plain"] == "'undefined'"
    assert "exited with status 4" in after.hint
    client.nodejs.delete_session(session)


def test_spawned_children_are_killed_after_stateless_run(raw):
    marker = "leftover-" + uuid.uuid4().hex[:8]
    code = (
        "const { spawn } = require('child_process');\n"
        f"for (let i = 0; i < 5; i++) spawn('/bin/sh', ['-c', 'exec -a {marker} sleep 600'], {{detached: i % 2 === 0, stdio: 'ignore'}}).unref();\n"
        "console.log('spawned');\n"
    )
    data = raw.post("/v1/nodejs/execute", {"code": code}).json()["data"]
    assert data["stdout"] == "spawned\n"
    left = raw.post("/v1/bash/exec", {"command": f"pgrep -fc '^{marker}' || true"}).json()["data"]["stdout"]
    assert left.strip() == "0"


def test_session_create_list_get_patch_delete(client, raw):
    session = new_id()
    created = client.nodejs.create_session(session_id=session, cwd="/tmp", max_idle_time=600).data
    assert created.created is True
    assert created.session_id == session
    assert created.session.cwd == "/tmp"
    assert created.session.max_idle_time == 600_000
    assert created.session.state == "IDLE"
    assert created.session.created_at > 1_600_000_000_000
    again = client.nodejs.create_session(session_id=session).data
    assert again.created is False
    listed = client.nodejs.list_sessions().data
    assert session in listed.sessions
    fetched = client.nodejs.get_session(session).data
    assert fetched.session.session_id == session
    raw.bash("mkdir -p /sandbox/node-cwd && echo \"module.exports = 'local'\" > /sandbox/node-cwd/local.js")
    updated = client.nodejs.update_session(session, max_idle_time=120, cwd="/sandbox/node-cwd").data
    assert updated.updated is True
    assert updated.session.max_idle_time == 120_000
    assert updated.session.cwd == "/sandbox/node-cwd"
    where = client.nodejs.execute_code(code="[process.cwd(), require('./local.js')]", session_id=session).data
    assert last_output(where).data["text/plain"] == "[ '/sandbox/node-cwd', 'local' ]"
    deleted = client.nodejs.delete_session(session).data
    assert deleted.deleted is True
    assert session not in client.nodejs.list_sessions().data.sessions


def test_session_bounds_are_validated(raw):
    response = raw.post("/v1/nodejs/sessions", {"max_idle_time": 5})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "max_idle_time"]
    response = raw.post("/v1/nodejs/execute", {"code": "1", "timeout": 301})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "less_than_equal"


def test_unknown_session_id(raw):
    for method, path in [("GET", "/v1/nodejs/sessions/nope-123"), ("DELETE", "/v1/nodejs/sessions/nope-123")]:
        body = raw.session.request(method, raw.base + path, timeout=30).json()
        assert body["success"] is False
        assert "'nope-123' not found" in body["message"]
    body = raw.post("/v1/nodejs/execute", {"code": "1", "session_id": "nope-123"}).json()
    assert body["success"] is False
    assert "stateful" in body["message"]


def test_bad_version(raw):
    info = raw.get("/v1/nodejs/info").json()["data"]
    installed = info["current_version"]
    assert installed.startswith("node")
    assert info["available_versions"] == [installed]
    assert info["node_version"].startswith("v" + installed[4:] + ".")
    body = raw.post("/v1/nodejs/execute", {"code": "1", "version": "node99"}).json()
    assert body["success"] is False
    assert "node99" in body["message"]
    assert installed in body["message"]
    ok = raw.post("/v1/nodejs/execute", {"code": "console.log(1)", "version": installed[4:]}).json()
    assert ok["data"]["status"] == "ok"
    rejected = raw.session.get(raw.base + "/v1/nodejs/sessions", params={"version": "node18"}, timeout=30).json()
    assert rejected["success"] is False


def test_info_through_sdk(client):
    info = client.nodejs.get_info().data
    assert info.supported_languages == ["javascript"]
    assert info.node_version.startswith("v")
    assert info.runtime_directory


def test_missing_code_is_422(raw):
    response = raw.post("/v1/nodejs/execute", {"timeout": 5})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "code"]
    assert response.json()["detail"][0]["type"] == "missing"


class _Upstream(http.server.BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):
        _Upstream.seen.append(self.path)
        body = f"upstream saw {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def start_upstream(certificate=None):
    """Starts a loopback HTTP server, or HTTPS with `certificate` (a PEM file holding key and
    certificate), and returns it with its port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Upstream)
    if certificate:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def create_egress_sandbox(gateway, endpoint, extra_ca=None):
    """Creates a sandbox whose policy lets /usr/bin/node reach `endpoint`, with api.test mapped to
    127.0.0.1, and returns raw access to it."""
    policy = (
        "version: 1\nnetwork_policies:\n  loopback_test:\n    name: loopback-test\n    endpoints:\n"
        f"      - {endpoint}\n    binaries:\n      - {{ path: /usr/bin/node }}\n"
    )
    options = {"host_overrides": {"api.test": "127.0.0.1"}, "allow_loopback_upstreams": True}
    if extra_ca:
        options["extra_ca"] = extra_ca
    name = "ws-" + uuid.uuid4().hex[:8]
    body = {"name": name, "policy": policy, "egress_options": options}
    response = requests.post(gateway.url + "/v1/sandboxes", headers=gateway.headers, json=body, timeout=60)
    assert response.status_code == 201, response.text
    raw = Raw(gateway, name)
    deadline = time.time() + 30
    while raw.get("/v1/sandbox").status_code != 200 and time.time() < deadline:
        time.sleep(0.1)
    return name, raw


@pytest.fixture
def proxied(gateway):
    """A sandbox whose policy lets node reach api.test, mapped to a loopback server of the test."""
    server, port = start_upstream()
    name, raw = create_egress_sandbox(gateway, f"{{ host: api.test, port: {port} }}")
    yield raw, port
    gateway.delete_sandbox(name)
    server.shutdown()


@pytest.fixture
def proxied_tls(gateway):
    """Like `proxied`, but the server speaks TLS and the proxy inspects it as a REST endpoint."""
    with tempfile.TemporaryDirectory() as directory:
        pem = f"{directory}/server.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=api.test",
             "-addext", "subjectAltName=DNS:api.test", "-keyout", pem, "-out", f"{directory}/cert.pem"],
            check=True, capture_output=True)
        certificate = open(f"{directory}/cert.pem").read()
        with open(pem, "a") as combined:
            combined.write(certificate)
        server, port = start_upstream(pem)
    endpoint = f"{{ host: api.test, port: {port}, protocol: rest, access: read-only }}"
    name, raw = create_egress_sandbox(gateway, endpoint, extra_ca=certificate)
    yield raw, port
    gateway.delete_sandbox(name)
    server.shutdown()


def test_fetch_and_http_go_through_proxy(proxied):
    raw, port = proxied
    code = (
        f"const viaFetch = await fetch('http://api.test:{port}/fetched').then((r) => r.text());\n"
        "const viaHttp = await new Promise((resolve, reject) => {\n"
        f"  require('http').get('http://api.test:{port}/requested', (r) => {{\n"
        "    let text = ''; r.on('data', (d) => text += d); r.on('end', () => resolve(text));\n"
        "  }).on('error', reject);\n"
        "});\n"
        "[viaFetch, viaHttp]\n"
    )
    session = new_id()
    data = raw.post("/v1/nodejs/execute", {"code": code, "stateful": True, "session_id": session}).json()["data"]
    assert data["status"] == "ok", data
    assert data["outputs"][-1]["data"]["text/plain"] == "[ 'upstream saw /fetched', 'upstream saw /requested' ]"
    stateless_code = f"fetch('http://api.test:{port}/stateless').then((r) => r.text()).then(console.log)"
    stateless = raw.post("/v1/nodejs/execute", {"code": stateless_code}).json()["data"]
    assert stateless["stdout"] == "upstream saw /stateless\n"
    assert {"/fetched", "/requested", "/stateless"} <= set(_Upstream.seen)
    denied_code = f"await fetch('http://other.test:{port}/').then(() => 'reached', (e) => String(e.cause && e.cause.message))"
    denied = raw.post("/v1/nodejs/execute", {"code": denied_code, "session_id": session}).json()["data"]
    assert "rejected CONNECT other.test" in denied["outputs"][-1]["data"]["text/plain"]
    raw.session.delete(raw.base + f"/v1/nodejs/sessions/{session}")


def test_https_fetch_and_request_through_inspecting_proxy(proxied_tls):
    raw, port = proxied_tls
    code = (
        f"const viaFetch = await fetch('https://api.test:{port}/secure-fetch').then((r) => r.text());\n"
        "const viaHttps = await new Promise((resolve, reject) => {\n"
        f"  require('https').get('https://api.test:{port}/secure-request', (r) => {{\n"
        "    let text = ''; r.on('data', (d) => text += d); r.on('end', () => resolve(text));\n"
        "  }).on('error', reject);\n"
        "});\n"
        "[viaFetch, viaHttps]\n"
    )
    data = raw.post("/v1/nodejs/execute", {"code": code, "stateful": True, "session_id": new_id()}).json()["data"]
    assert data["status"] == "ok", data
    assert data["outputs"][-1]["data"]["text/plain"] == "[ 'upstream saw /secure-fetch', 'upstream saw /secure-request' ]"
    posted = raw.post("/v1/nodejs/execute", {
        "code": f"fetch('https://api.test:{port}/write', {{method: 'POST', body: 'x'}}).then((r) => console.log(r.status))"
    }).json()["data"]
    assert posted["stdout"] == "403\n"
