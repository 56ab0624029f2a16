"""Raw HTTP behaviour: the gateway prefix and token, error shapes, SSE and the terminal WebSocket."""

import json
import time
import uuid

import requests
import websocket


def test_gateway_requires_token(gateway, sandbox):
    response = requests.post(f"{gateway.url}/sandboxes/{sandbox}/v1/bash/exec", json={"command": "true"}, timeout=30)
    assert response.status_code == 401


def test_unknown_sandbox_is_not_found(gateway):
    response = requests.get(f"{gateway.url}/sandboxes/no-such-sandbox/v1/sandbox", headers=gateway.headers, timeout=30)
    assert response.status_code == 404
    assert "no-such-sandbox" in response.text


def test_missing_field_is_fastapi_422(raw):
    response = raw.post("/v1/file/read", {"start_line": 1})
    assert response.status_code == 422
    assert response.json() == {"detail": [{"loc": ["body", "file"], "msg": "Field required", "type": "missing"}]}


def test_wrong_type_is_422_with_input(raw):
    response = raw.post("/v1/bash/exec", {"command": ["not", "a", "string"]})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "command"]
    assert detail["type"] == "string_type"


def test_invalid_json_is_422(raw):
    response = raw.session.post(raw.base + "/v1/bash/exec", data=b"{not json", timeout=30,
                                headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_unknown_fields_are_ignored(raw):
    response = raw.post("/v1/bash/exec", {"command": "echo ok", "no_such_field": 1})
    assert response.status_code == 200
    assert response.json()["data"]["stdout"] == "ok\n"


def test_handled_failure_is_200_with_file_operation_error(raw):
    response = raw.post("/v1/file/read", {"file": "/sandbox/missing-file"})
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert body["data"]["error_type"] == "not_found"
    assert body["data"]["errno"] == 2
    assert body["data"]["exception_type"] == "FileNotFoundError"
    assert body["message"] == body["data"]["message"]
    assert set(body) == {"success", "message", "data", "hint"}


def test_unimplemented_operation_is_501(raw):
    response = raw.get("/v1/sandbox/observe/reports")
    assert response.status_code == 501
    assert "not implemented" in response.json()["detail"]
    terminal_url = raw.get("/v1/shell/terminal-url")
    assert terminal_url.status_code == 501


def test_unknown_route_is_404_and_wrong_method_405(raw):
    assert raw.get("/v1/no/such/route").status_code == 404
    assert raw.get("/v1/bash/exec").status_code == 405


def test_openapi_document_is_served(raw):
    document = raw.get("/v1/openapi.json").json()
    assert document["info"]["version"] == "1.9.4"
    assert "/v1/shell/exec" in document["paths"]


def test_download_errors_are_http_statuses(raw, workdir):
    assert raw.get("/v1/file/download", params={"path": "/sandbox/nope"}).status_code == 404
    assert raw.get("/v1/file/download", params={"path": workdir}).status_code == 400
    missing = raw.get("/v1/file/download")
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["query", "path"]
    assert raw.get("/v1/file/download", params={"path": workdir, "change_policy": "maybe"}).status_code == 422


def test_download_abort_policy_stops_on_change(raw, workdir):
    path = f"{workdir}/changing.bin"
    raw.bash(f"head -c 67108864 /dev/zero > {path}")
    response = raw.get("/v1/file/download", params={"path": path, "change_policy": "abort"}, stream=True)
    assert response.status_code == 200
    chunks = response.iter_content(chunk_size=65536)
    received = len(next(chunks))
    raw.bash(f"echo more >> {path}")
    try:
        for chunk in chunks:
            received += len(chunk)
        completed = True
    except requests.exceptions.RequestException:
        completed = False
    assert not completed or received < 67108864
    assert received < 67108864 + 5


def test_shell_exec_streams_events(raw):
    response = raw.post(
        "/v1/shell/exec", {"id": "sse-" + uuid.uuid4().hex[:6], "command": "for i in 1 2 3; do echo $i; sleep 0.2; done"},
        headers={"Accept": "text/event-stream"}, stream=True)
    assert response.headers["Content-Type"].startswith("text/event-stream")
    events = []
    for line in response.iter_lines(decode_unicode=True):
        if line.startswith("data: "):
            events.append(json.loads(line[len("data: "):]))
    assert len(events) >= 2
    assert all(event["status"] == "running" for event in events[:-1])
    assert "".join(event["output"] for event in events[:-1]) == "1\n2\n3\n"
    assert events[-1]["status"] == "completed"
    assert events[-1]["output"] == "1\n2\n3\n"
    assert events[-1]["exit_code"] == 0


def test_client_disconnect_mid_stream_keeps_command(raw):
    session = "gone-" + uuid.uuid4().hex[:6]
    response = raw.post(
        "/v1/shell/exec", {"id": session, "command": "for i in $(seq 1 20); do echo $i; sleep 0.1; done; echo end"},
        headers={"Accept": "text/event-stream"}, stream=True)
    first = next(line for line in response.iter_lines(decode_unicode=True) if line.startswith("data: "))
    assert json.loads(first[len("data: "):])["status"] == "running"
    response.close()
    view = raw.post("/v1/shell/view", {"id": session}).json()["data"]
    assert view["status"] == "running"
    waited = raw.post("/v1/shell/wait", {"id": session, "seconds": 20}).json()["data"]
    assert waited["status"] == "completed"
    final = raw.post("/v1/shell/view", {"id": session}).json()["data"]
    assert final["output"].endswith("19\n20\nend\n")


def test_shell_view_streams_until_done(raw):
    session = "view-" + uuid.uuid4().hex[:6]
    raw.post("/v1/shell/exec", {"id": session, "command": "sleep 0.5; echo late", "async_mode": True})
    response = raw.post("/v1/shell/view", {"id": session}, headers={"Accept": "text/event-stream"}, stream=True)
    events = [json.loads(line[6:]) for line in response.iter_lines(decode_unicode=True) if line.startswith("data: ")]
    assert events[-1]["status"] == "completed"
    assert events[-1]["output"] == "late\n"


def test_terminal_websocket(gateway, sandbox):
    url = f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/v1/shell/ws"
    socket = websocket.create_connection(url, header=[f"Authorization: Bearer {gateway.token}"], timeout=20)
    try:
        first = json.loads(socket.recv())
        assert first["type"] == "session_id"
        assert json.loads(socket.recv()) == {"type": "ready", "data": "Terminal ready"}
        socket.send(json.dumps({"type": "resize", "data": {"cols": 100, "rows": 30}}))
        socket.send(json.dumps({"type": "input", "data": "stty size; echo ws-$((6*7))\n"}))
        output = ""
        deadline = time.time() + 15
        while "ws-42" not in output and time.time() < deadline:
            frame = json.loads(socket.recv())
            if frame["type"] == "output":
                output += frame["data"]
        assert "ws-42" in output
        assert "30 100" in output
    finally:
        socket.close()
    sessions = requests.get(f"{gateway.url}/sandboxes/{sandbox}/v1/shell/sessions", headers=gateway.headers, timeout=30)
    assert first["data"] in sessions.json()["data"]["sessions"]


def test_terminal_websocket_rejects_bad_frames(gateway, sandbox):
    url = f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/v1/shell/ws"
    socket = websocket.create_connection(url, header=[f"Authorization: Bearer {gateway.token}"], timeout=20)
    try:
        assert json.loads(socket.recv())["type"] == "session_id"
        assert json.loads(socket.recv())["type"] == "ready"
        for text, expected in [("not json", "invalid frame"), (json.dumps({"type": "bogus"}), "'bogus'")]:
            socket.send(text)
            while True:
                frame = json.loads(socket.recv())
                if frame["type"] != "output":
                    break
            assert frame["type"] == "error"
            assert expected in frame["data"]
    finally:
        socket.close()


def test_workspace_listens_inside_sandbox(raw):
    # The server also answers on 127.0.0.1:8091 inside the sandbox's network namespace.
    data = raw.bash("curl -s http://127.0.0.1:8091/v1/sandbox")
    assert json.loads(data["stdout"])["workspace"] == "/sandbox"


def test_workspace_restarts_after_crash(raw, gateway, sandbox):
    find = "pgrep -f '^/.paddock/bin/paddock __workspace'"
    before = raw.bash(find)["stdout"].split()
    assert len(before) == 1
    try:
        raw.post("/v1/bash/exec", {"command": f"kill -KILL {before[0]}"}, timeout=10)
    except requests.RequestException:
        pass  # The server that ran the kill is gone, so the reply may be lost.
    deadline = time.time() + 20
    after = []
    while time.time() < deadline:
        try:
            response = raw.post("/v1/bash/exec", {"command": find}, timeout=5)
            if response.status_code == 200:
                after = response.json()["data"]["stdout"].split()
                if after and after != before:
                    break
        except requests.RequestException:
            pass
        time.sleep(0.2)
    assert len(after) == 1
    assert after != before
    log = open(f"{gateway.state}/sandboxes/{sandbox_id(gateway, sandbox)}/supervisor.log").read()
    assert "workspace server exited; restarting it" in log


def sandbox_id(gateway, name):
    return requests.get(f"{gateway.url}/v1/sandboxes/{name}", headers=gateway.headers, timeout=30).json()["id"]


def test_deleted_socket_is_restored(own_raw):
    session = "keep-" + uuid.uuid4().hex[:6]
    assert own_raw.post("/v1/shell/exec", {"id": session, "command": "export MARK=kept"}).json()["success"]
    own_raw.bash("rm /run/paddock/workspace.sock")
    deadline = time.time() + 60
    while True:
        response = own_raw.get("/v1/sandbox", timeout=10)
        if response.status_code == 200 or time.time() > deadline:
            break
        time.sleep(0.5)
    assert response.status_code == 200, response.text
    # The same server came back, so the shell session kept its state.
    again = own_raw.post("/v1/shell/exec", {"id": session, "command": "echo $MARK"}).json()["data"]
    assert again["output"] == "kept\n"
