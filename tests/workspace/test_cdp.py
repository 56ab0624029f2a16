"""The CDP relay and the supervised Chromium, driven by real Playwright through the gateway and
through a forwarded port, with screenshots whose pixels are checked."""

import asyncio
import http.server
import re
import threading
import time
import uuid

import pytest
import requests
import websocket
from playwright.async_api import async_playwright
from playwright.sync_api import sync_playwright

from cdp_support import (RED_SQUARE_HTML, assert_red_square, forward, random_loopback, serve_page_in_sandbox,
                         unforward)


@pytest.fixture(scope="module")
def page_url(raw):
    return serve_page_in_sandbox(raw)


@pytest.fixture(scope="module")
def raw(gateway, sandbox):
    from conftest import Raw

    return Raw(gateway, sandbox)


@pytest.fixture
def playwright():
    with sync_playwright() as started:
        yield started


def screenshot_through(playwright, endpoint, url, headers=None):
    """Connect Playwright over CDP to `endpoint`, open `url` in a new page and return a screenshot."""
    browser = playwright.chromium.connect_over_cdp(endpoint, headers=headers or {}, timeout=60_000)
    try:
        page = browser.contexts[0].new_page()
        try:
            response = page.goto(url, timeout=60_000)
            assert response.status == 200, response.status
            return page.screenshot()
        finally:
            page.close()
    finally:
        browser.close()


def browser_pid(raw):
    """The pid of Chromium's main process in the sandbox."""
    output = raw.bash("pgrep -o -f '[r]emote-debugging-port=0'")["stdout"].strip()
    return int(output)


def process_gone(raw, pid):
    """True when `pid` has exited and the workspace server, its parent, has reaped it."""
    state = raw.post("/v1/bash/exec", {"command": f"cat /proc/{pid}/stat 2>/dev/null"}).json()["data"]["stdout"]
    return state == ""


def browser_processes(raw):
    """The pids of every Chromium process in the sandbox."""
    output = raw.post("/v1/bash/exec", {"command": "pgrep -f '^/usr/lib/chromium/'"}).json()["data"]["stdout"]
    return {int(pid) for pid in output.split()}


def browser_id(raw):
    version = raw.get("/cdp/json/version").json()
    return version["webSocketDebuggerUrl"].rsplit("/", 1)[1]


def test_json_version_url_is_gateway_prefixed(gateway, sandbox, raw):
    for path in ("/cdp/json/version", "/json/version"):
        response = raw.get(path)
        assert response.status_code == 200, response.text
        version = response.json()
        assert version["Browser"].startswith(("Chrome/", "HeadlessChrome/")), version
        url = version["webSocketDebuggerUrl"]
        prefix = f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/browser/"
        assert url.startswith(prefix), url
        assert re.fullmatch(r"[0-9a-f-]{36}", url[len(prefix):]), url


def test_target_list_urls_are_rewritten(gateway, sandbox, raw):
    for path in ("/cdp/json/list", "/cdp/json", "/json/list", "/json"):
        targets = raw.get(path).json()
        pages = [target for target in targets if target["type"] == "page"]
        assert pages, targets
        for target in pages:
            expected = f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/page/{target['id']}"
            assert target["webSocketDebuggerUrl"] == expected
            assert f"ws=127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/page/" in \
                target["devtoolsFrontendUrl"]


def test_forwarded_proto_https_gives_wss(gateway, sandbox, raw):
    # The gateway sets X-Forwarded-Proto itself, so this goes to the workspace server directly
    # through a forwarded port.
    address = forward(gateway, sandbox, 8091)
    try:
        version = requests.get(f"http://{address}/cdp/json/version",
                               headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "edge.test",
                                        "X-Forwarded-Prefix": "/box"}, timeout=60).json()
        assert version["webSocketDebuggerUrl"].startswith("wss://edge.test/box/cdp/devtools/browser/")
    finally:
        unforward(gateway, sandbox, 8091)


def test_new_activate_close_target(gateway, sandbox, raw):
    created = raw.session.put(raw.base + "/cdp/json/new?about:blank", timeout=60)
    assert created.status_code == 200, created.text
    target = created.json()
    assert target["webSocketDebuggerUrl"].endswith(f"/sandboxes/{sandbox}/cdp/devtools/page/{target['id']}")
    activated = raw.get(f"/cdp/json/activate/{target['id']}")
    assert activated.status_code == 200, activated.text
    closed = raw.get(f"/json/close/{target['id']}")
    assert closed.status_code == 200, closed.text
    deadline = time.time() + 30
    while any(entry["id"] == target["id"] for entry in raw.get("/cdp/json/list").json()):
        assert time.time() < deadline, "closed target still listed"
        time.sleep(0.2)


def test_unknown_close_target_is_404(raw):
    response = raw.get("/cdp/json/close/NO-SUCH-TARGET")
    assert response.status_code == 404, response.text


def test_playwright_screenshot_through_gateway(gateway, sandbox, playwright, page_url):
    png = screenshot_through(playwright, f"{gateway.url}/sandboxes/{sandbox}/cdp", page_url, gateway.headers)
    assert_red_square(png)


def test_playwright_screenshot_through_forwarded_port(gateway, sandbox, playwright, page_url):
    address = forward(gateway, sandbox, 8091)
    try:
        png = screenshot_through(playwright, f"http://{address}/cdp", page_url)
        assert_red_square(png)
    finally:
        unforward(gateway, sandbox, 8091)


def test_browser_info_through_sdk(gateway, sandbox, client, playwright, page_url):
    response = client.browser.get_info()
    assert response.success, response
    info = response.data
    assert "Chrome/" in info.user_agent
    assert info.cdp_url.startswith(f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/browser/")
    assert info.vnc_url == ""
    assert info.cdp_ui_url is None
    assert (info.viewport.width, info.viewport.height) == (1280, 1024)
    # The cdp_url itself is a working WebSocket endpoint, with the token sent as a header.
    assert_red_square(screenshot_through(playwright, info.cdp_url, page_url, gateway.headers))


def test_gateway_token_is_required_for_cdp(gateway, sandbox):
    response = requests.get(f"{gateway.url}/sandboxes/{sandbox}/cdp/json/version", timeout=30)
    assert response.status_code == 401
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/browser/x",
                                    timeout=30)
    assert refused.value.status_code == 401


def test_cdp_websocket_ping_and_command(gateway, sandbox, raw):
    url = raw.get("/cdp/json/version").json()["webSocketDebuggerUrl"]
    connection = websocket.create_connection(url, header=[f"Authorization: Bearer {gateway.token}"], timeout=30)
    try:
        connection.ping(b"paddock")
        opcode, frame = connection.recv_data_frame(control_frame=True)
        assert opcode == websocket.ABNF.OPCODE_PONG
        assert frame.data == b"paddock"
        connection.send('{"id": 1, "method": "Browser.getVersion"}')
        reply = connection.recv()
        assert '"id":1' in reply, reply
        assert "protocolVersion" in reply, reply
    finally:
        connection.close()


def test_many_cdp_connections_at_once(gateway, raw):
    from concurrent.futures import ThreadPoolExecutor

    url = raw.get("/cdp/json/version").json()["webSocketDebuggerUrl"]
    connections = [websocket.create_connection(url, header=[f"Authorization: Bearer {gateway.token}"], timeout=60)
                   for _ in range(16)]
    try:
        def ask(index):
            connections[index].send(f'{{"id": {index + 1}, "method": "Browser.getVersion"}}')
            return connections[index].recv()

        with ThreadPoolExecutor(max_workers=16) as pool:
            replies = list(pool.map(ask, range(16)))
        for index, reply in enumerate(replies):
            assert f'"id":{index + 1},' in reply, reply
            assert "protocolVersion" in reply, reply
    finally:
        for connection in connections:
            connection.close()


def test_unknown_page_id_is_404_naming_current_browser(gateway, sandbox, raw):
    current = browser_id(raw)
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(
            f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/page/NO-SUCH-PAGE",
            header=[f"Authorization: Bearer {gateway.token}"], timeout=30)
    assert refused.value.status_code == 404
    assert current.encode() in refused.value.resp_body


def test_plain_get_on_websocket_endpoint_is_400(raw):
    response = raw.get("/cdp/devtools/browser/x")
    assert response.status_code == 400
    assert "WebSocket" in response.json()["detail"]


def test_two_playwright_clients_at_once(gateway, sandbox, page_url):
    async def one_client(playwright):
        browser = await playwright.chromium.connect_over_cdp(
            f"{gateway.url}/sandboxes/{sandbox}/cdp", headers=gateway.headers, timeout=60_000)
        try:
            page = await browser.contexts[0].new_page()
            for _ in range(3):
                await page.goto(page_url, timeout=60_000)
                assert_red_square(await page.screenshot())
            await page.close()
        finally:
            await browser.close()

    async def both():
        async with async_playwright() as playwright:
            await asyncio.gather(one_client(playwright), one_client(playwright))

    asyncio.run(both())


def test_killed_browser_is_replaced(gateway, sandbox, raw, client, playwright, page_url):
    old_id = browser_id(raw)
    old_pid = browser_pid(raw)
    raw.bash(f"kill -9 {old_pid}")
    deadline = time.time() + 30
    while not process_gone(raw, old_pid):
        assert time.time() < deadline, f"browser {old_pid} still runs after SIGKILL"
        time.sleep(0.1)
    response = client.browser.get_info()
    assert response.success, response
    assert "restarted" in response.hint, response.hint
    assert "killed by signal 9" in response.hint, response.hint
    new_id = browser_id(raw)
    assert new_id != old_id
    assert browser_pid(raw) != old_pid
    # A client that still uses the old browser URL reaches the new browser.
    stale = f"ws://127.0.0.1:{gateway.port}/sandboxes/{sandbox}/cdp/devtools/browser/{old_id}"
    assert_red_square(screenshot_through(playwright, stale, page_url, gateway.headers))


def test_stopped_browser_is_detected_and_restarted(gateway, sandbox, raw, client):
    old_pid = browser_pid(raw)
    raw.bash(f"kill -STOP {old_pid}")
    before = browser_processes(raw)
    response = client.browser.get_info()
    assert response.success, response
    assert "hung" in response.hint, response.hint
    assert process_gone(raw, old_pid)
    assert browser_pid(raw) != old_pid
    # The whole process group of the hung browser is gone, crash handlers included.
    assert not (before & browser_processes(raw))


def test_restart_through_sdk(raw, client):
    from agent_sandbox import RestartRequest

    old_id = browser_id(raw)
    response = client.browser.restart(request=RestartRequest(mode="soft", locale="de-DE"))
    assert response.success, response
    assert response.data["locale"] == "de-DE"
    assert browser_id(raw) != old_id
    language = raw.post("/v1/bash/exec", {"command": "pgrep -o -a -f '[r]emote-debugging-port=0'"}).json()
    assert "--lang=de-DE" in language["data"]["stdout"]


def test_restart_rejects_url_lists(raw):
    response = raw.post("/v1/browser/restart", {"url_blocklist": ["*.example.test"]}).json()
    assert response["success"] is False
    assert "url_blocklist is not supported" in response["message"]
    invalid = raw.post("/v1/browser/restart", {"mode": "warm"})
    assert invalid.status_code == 422


class PageHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = RED_SQUARE_HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


@pytest.fixture(scope="module")
def host_page_server():
    """An HTTP server on a random host loopback address, outside every sandbox."""
    server = http.server.ThreadingHTTPServer((random_loopback(), 0), PageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()


@pytest.fixture(scope="module")
def egress_sandbox(gateway, host_page_server):
    address, port = host_page_server
    policy = f"""
version: 1
network_policies:
  pages:
    endpoints:
      - {{host: allowed.test, port: {port}}}
    binaries: [{{path: /usr/lib/chromium/chromium}}]
"""
    name = "cdp-" + uuid.uuid4().hex[:8]
    body = {"name": name, "policy": policy,
            "egress_options": {"host_overrides": {"allowed.test": address, "denied.test": address},
                               "allow_loopback_upstreams": True}}
    response = requests.post(gateway.url + "/v1/sandboxes", headers=gateway.headers, json=body, timeout=60)
    assert response.status_code == 201, response.text
    deadline = time.time() + 30
    while requests.get(f"{gateway.url}/sandboxes/{name}/v1/sandbox", headers=gateway.headers,
                       timeout=10).status_code != 200:
        assert time.time() < deadline, f"the workspace server of {name} did not start"
        time.sleep(0.1)
    yield name
    gateway.delete_sandbox(name)


def test_outside_page_allowed_by_policy(gateway, egress_sandbox, host_page_server, playwright):
    port = host_page_server[1]
    png = screenshot_through(playwright, f"{gateway.url}/sandboxes/{egress_sandbox}/cdp",
                             f"http://allowed.test:{port}/", gateway.headers)
    assert_red_square(png)


def test_outside_page_denied_by_policy(gateway, egress_sandbox, host_page_server, playwright):
    port = host_page_server[1]
    browser = playwright.chromium.connect_over_cdp(f"{gateway.url}/sandboxes/{egress_sandbox}/cdp",
                                                   headers=gateway.headers, timeout=60_000)
    try:
        page = browser.contexts[0].new_page()
        response = page.goto(f"http://denied.test:{port}/", timeout=60_000)
        assert response.status == 403
        assert "policy_denied" in page.content()
        page.close()
    finally:
        browser.close()


@pytest.fixture(scope="module")
def https_page_server(tmp_path_factory):
    """Serve HTTPS for `secure.test` on a random host loopback address, with a certificate from a
    CA of its own. Yields (address, port, CA PEM text)."""
    import ssl
    import subprocess

    directory = tmp_path_factory.mktemp("tls")

    def openssl(*arguments):
        subprocess.run(["openssl", *arguments], cwd=directory, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Paddock CDP test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=secure.test")
    (directory / "san.ext").write_text("subjectAltName=DNS:secure.test\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "san.ext")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(directory / "server.pem", directory / "server.key")
    server = http.server.ThreadingHTTPServer((random_loopback(), 0), PageHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[0], server.server_address[1], (directory / "ca.pem").read_text()
    server.shutdown()


def test_https_through_inspecting_proxy(gateway, https_page_server, playwright):
    address, port, upstream_ca = https_page_server
    policy = f"""
version: 1
network_policies:
  secure:
    endpoints:
      - {{host: secure.test, port: {port}, protocol: rest, access: full}}
    binaries: [{{path: /usr/lib/chromium/chromium}}]
"""
    name = "cdp-" + uuid.uuid4().hex[:8]
    body = {"name": name, "policy": policy,
            "egress_options": {"host_overrides": {"secure.test": address}, "allow_loopback_upstreams": True,
                               "extra_ca": upstream_ca}}
    response = requests.post(gateway.url + "/v1/sandboxes", headers=gateway.headers, json=body, timeout=60)
    assert response.status_code == 201, response.text
    try:
        raw = None
        deadline = time.time() + 30
        while requests.get(f"{gateway.url}/sandboxes/{name}/v1/sandbox", headers=gateway.headers,
                           timeout=10).status_code != 200:
            assert time.time() < deadline, f"the workspace server of {name} did not start"
            time.sleep(0.1)
        from conftest import Raw

        raw = Raw(gateway, name)
        # The proxy re-signs secure.test with the sandbox CA, so the page loads only when the
        # browser trusts that CA through its NSS database.
        png = screenshot_through(playwright, f"{gateway.url}/sandboxes/{name}/cdp", f"https://secure.test:{port}/",
                                 gateway.headers)
        assert_red_square(png)
        listing = raw.bash("certutil -d sql:$(ls -d /tmp/paddock-browser-*)/home/.pki/nssdb -L")["stdout"]
        assert "paddock-egress" in listing
    finally:
        gateway.delete_sandbox(name)
