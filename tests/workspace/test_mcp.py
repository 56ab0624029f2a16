"""The MCP endpoint and the REST bridge of the workspace server, through the gateway: the official
`mcp` SDK's Streamable HTTP client for the protocol, raw HTTP for the transport's error cases,
and agent-sandbox's `client.mcp` for the bridge.
"""

import base64
import contextlib
import json
import uuid

import anyio
import httpx2
import pytest
import requests
from mcp import Client, ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

SANDBOX_TOOLS = {
    "sandbox_execute_bash", "sandbox_execute_code", "sandbox_file_operations", "sandbox_str_replace_editor",
    "sandbox_get_context", "sandbox_get_packages",
}
BROWSER_TOOLS = {
    "browser_navigate", "browser_screenshot", "browser_click", "browser_type", "browser_form_input_fill",
    "browser_press_key", "browser_get_text", "browser_get_markdown", "browser_get_clickable_elements",
    "browser_go_back", "browser_go_forward", "browser_scroll", "browser_evaluate", "browser_get_info",
}
INITIALIZE = {
    "jsonrpc": "2.0", "id": 1, "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}},
}
BOTH = "application/json, text/event-stream"


@contextlib.asynccontextmanager
async def mcp_session(gateway, sandbox):
    """An initialized SDK session with the sandbox's MCP endpoint, through the gateway."""
    async with httpx2.AsyncClient(headers=gateway.headers, timeout=httpx2.Timeout(60, read=120)) as http:
        async with streamable_http_client(f"{gateway.url}/sandboxes/{sandbox}/mcp", http_client=http) as streams:
            async with ClientSession(*streams) as session:
                await session.initialize()
                yield session


def run(gateway, sandbox, body):
    """Runs `body(session)` in an SDK session and returns what it returns."""

    async def main():
        async with mcp_session(gateway, sandbox) as session:
            return await body(session)

    try:
        return anyio.run(main)
    except BaseExceptionGroup as group:
        # The SDK's task groups wrap what the body raised; re-raise the one error itself.
        while isinstance(group, BaseExceptionGroup) and len(group.exceptions) == 1:
            group = group.exceptions[0]
        raise group


def text_of(result):
    return "".join(item.text for item in result.content if item.type == "text")


def call(gateway, sandbox, name, arguments):
    return run(gateway, sandbox, lambda session: session.call_tool(name, arguments))


class RawMCP:
    """Raw HTTP to /mcp through the gateway."""

    def __init__(self, gateway, sandbox):
        self.url = f"{gateway.url}/sandboxes/{sandbox}/mcp"
        self.headers = dict(gateway.headers)

    def post(self, body, session=None, accept="application/json", **headers):
        merged = {**self.headers, "Accept": accept, "Content-Type": "application/json", **headers}
        if session:
            merged["Mcp-Session-Id"] = session
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        return requests.post(self.url, data=data, headers=merged, timeout=60)

    def session(self, version="2025-11-25"):
        body = {**INITIALIZE, "params": {**INITIALIZE["params"], "protocolVersion": version}}
        response = self.post(body)
        assert response.status_code == 200, response.text
        return response.headers["Mcp-Session-Id"]


@pytest.fixture
def mcp_raw(gateway, sandbox):
    return RawMCP(gateway, sandbox)


# --- the SDK client ---


def test_initialize_negotiates_latest(gateway, sandbox):
    async def body(session):
        return session.initialize_result

    result = run(gateway, sandbox, body)
    assert result.protocol_version == "2025-11-25"
    assert result.server_info.name == "paddock-workspace"
    assert result.capabilities.tools is not None
    assert result.capabilities.tools.list_changed is False


def test_list_tools_has_every_tool_with_schema(gateway, sandbox):
    result = run(gateway, sandbox, lambda session: session.list_tools())
    names = {tool.name for tool in result.tools}
    assert names == SANDBOX_TOOLS | BROWSER_TOOLS
    for tool in result.tools:
        assert tool.description, tool.name
        assert tool.input_schema["type"] == "object", tool.name
        assert isinstance(tool.input_schema["properties"], dict), tool.name
    bash = next(tool for tool in result.tools if tool.name == "sandbox_execute_bash")
    assert bash.input_schema["required"] == ["cmd"]
    code = next(tool for tool in result.tools if tool.name == "sandbox_execute_code")
    assert code.input_schema["properties"]["language"]["enum"] == ["python", "javascript"]


def test_bash_tool_output_and_exit_code(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_execute_bash", {"cmd": "echo out; echo err >&2; exit 4"})
    assert result.is_error is False
    assert text_of(result) == "out\n[stderr]\nerr\n[exit code: 4]"
    assert result.structured_content["exit_code"] == 4
    assert result.structured_content["stdout"] == "out\n"


def test_bash_tool_cwd(gateway, sandbox, workdir):
    result = call(gateway, sandbox, "sandbox_execute_bash", {"cmd": "pwd", "cwd": workdir})
    assert text_of(result).splitlines()[0] == workdir


def test_file_tool_write_then_read_with_file_api(gateway, sandbox, client, workdir):
    path = f"{workdir}/mcp.txt"
    written = call(
        gateway, sandbox, "sandbox_file_operations", {"action": "write", "path": path, "content": "one\ntwo\n"})
    assert written.is_error is False, text_of(written)
    assert client.file.read_file(file=path).data.content == "one\ntwo\n"
    read = call(gateway, sandbox, "sandbox_file_operations", {"action": "read", "path": path})
    assert text_of(read) == "one\ntwo\n"
    listed = call(gateway, sandbox, "sandbox_file_operations", {"action": "list", "path": workdir})
    assert text_of(listed) == path
    found = call(gateway, sandbox, "sandbox_file_operations", {"action": "find", "path": workdir, "pattern": "*.txt"})
    assert text_of(found) == path
    replaced = call(
        gateway, sandbox, "sandbox_file_operations",
        {"action": "replace", "path": path, "old_str": "two", "new_str": "three"})
    assert replaced.structured_content["replaced_count"] == 1
    assert client.file.read_file(file=path).data.content == "one\nthree\n"


def test_str_replace_editor_edits_file(gateway, sandbox, client, workdir):
    path = f"{workdir}/edit.py"
    created = call(
        gateway, sandbox, "sandbox_str_replace_editor", {"command": "create", "path": path, "file_text": "x = 1\n"})
    assert created.is_error is False, text_of(created)
    edited = call(
        gateway, sandbox, "sandbox_str_replace_editor",
        {"command": "str_replace", "path": path, "old_str": "x = 1", "new_str": "x = 2"})
    assert edited.is_error is False, text_of(edited)
    assert client.file.read_file(file=path).data.content == "x = 2\n"
    missing = call(
        gateway, sandbox, "sandbox_str_replace_editor",
        {"command": "str_replace", "path": path, "old_str": "absent", "new_str": "y"})
    assert missing.is_error is True
    assert "did not appear verbatim" in text_of(missing)


def test_get_context_describes_sandbox(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_get_context", {})
    assert result.is_error is False
    assert "Workspace: /sandbox" in text_of(result)
    assert result.structured_content["system"]["workspace"] == "/sandbox"


def test_get_packages_lists_python(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_get_packages", {"language": "python"})
    assert result.is_error is False
    text = text_of(result)
    assert text.startswith("Python Packages:\n")
    assert "Node.js" not in text
    names = {item["name"] for item in result.structured_content["python"]}
    assert names, "no Python packages listed"
    assert all(f"  - {name}==" in text for name in names)


@pytest.mark.parametrize("language,code", [("python", "print(6 * 7)"), ("javascript", "console.log(6 * 7)")])
def test_code_tool(gateway, sandbox, language, code):
    result = call(gateway, sandbox, "sandbox_execute_code", {"code": code, "language": language})
    assert result.is_error is False, text_of(result)
    assert "42" in text_of(result)


def test_code_tool_reports_the_exception(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_execute_code", {"code": "1 / 0", "language": "python"})
    assert "ZeroDivisionError" in text_of(result)


PAGE = ("data:text/html,<title>Tools</title><h1>MCP page</h1>"
        "<input id='name'><button id='go' onclick=\"document.title='clicked'\">Go</button>"
        "<div style='height:3000px'></div>")


def test_browser_tools_drive_a_page(gateway, sandbox):
    """Calls every browser tool in one session and checks what each did to the page."""

    async def steps(session):
        seen = {}

        async def tool(name, arguments=None):
            result = await session.call_tool(name, arguments or {})
            assert result.is_error is False, (name, text_of(result))
            seen[name] = result
            return result

        async def evaluate(script):
            return text_of(await tool("browser_evaluate", {"script": script}))

        await tool("browser_navigate", {"url": "data:text/html,<p>first page</p>"})
        await tool("browser_navigate", {"url": PAGE})
        assert "MCP page" in text_of(await tool("browser_get_text"))
        assert "# MCP page" in text_of(await tool("browser_get_markdown"))
        elements = text_of(await tool("browser_get_clickable_elements"))
        assert "go" in elements.lower() or "button" in elements.lower(), elements
        await tool("browser_form_input_fill", {"selector": "#name", "value": "filled"})
        assert "filled" in await evaluate("document.querySelector('#name').value")
        await tool("browser_type", {"text": "+typed", "selector": "#name"})
        assert "typed" in await evaluate("document.querySelector('#name').value")
        await tool("browser_press_key", {"key": "Backspace"})
        assert "+type" in await evaluate("document.querySelector('#name').value")
        await tool("browser_click", {"selector": "#go"})
        assert "clicked" in await evaluate("document.title")
        await tool("browser_scroll", {"amount": 500})
        assert int(float(await evaluate("String(window.scrollY)"))) > 0
        await tool("browser_go_back")
        assert "first page" in text_of(await tool("browser_get_text"))
        await tool("browser_go_forward")
        assert "MCP page" in text_of(await tool("browser_get_text"))
        image = (await tool("browser_screenshot")).content[0]
        assert image.type == "image"
        assert image.mime_type == "image/png"
        assert base64.b64decode(image.data).startswith(b"\x89PNG")
        assert "cdp_url" in json.dumps((await tool("browser_get_info")).structured_content)
        return set(seen)

    assert run(gateway, sandbox, steps) == BROWSER_TOOLS


def test_browser_tool_error_names_the_selector(gateway, sandbox):
    call(gateway, sandbox, "browser_navigate", {"url": "data:text/html,<p>nothing to click</p>"})
    result = call(gateway, sandbox, "browser_click", {"selector": "#absent"})
    assert result.is_error is True
    assert "#absent" in text_of(result)


def test_missing_argument_is_tool_error(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_execute_bash", {})
    assert result.is_error is True
    assert text_of(result) == "missing required argument 'cmd'"


def test_wrong_enum_is_tool_error(gateway, sandbox):
    result = call(gateway, sandbox, "sandbox_execute_code", {"code": "1", "language": "ruby"})
    assert result.is_error is True
    assert "'language'" in text_of(result)
    assert "ruby" in text_of(result)


def test_unknown_tool_is_error(gateway, sandbox):
    with pytest.raises(MCPError) as raised:
        call(gateway, sandbox, "no_such_tool", {})
    assert raised.value.error.code == -32602
    assert raised.value.error.message == "Unknown tool: no_such_tool"


def test_client_auto_mode_falls_back(gateway, sandbox):
    """The SDK's `Client` probes `server/discover` (2026-07-28) first, then uses `initialize`."""

    async def main():
        async with httpx2.AsyncClient(headers=gateway.headers, timeout=60) as http:
            transport = streamable_http_client(f"{gateway.url}/sandboxes/{sandbox}/mcp", http_client=http)
            async with Client(transport) as client:
                assert client.session.initialize_result.protocol_version == "2025-11-25"
                return await client.call_tool("sandbox_execute_bash", {"cmd": "echo auto"})

    result = anyio.run(main)
    assert result.is_error is False
    assert text_of(result) == "auto\n[exit code: 0]"


def test_ping(gateway, sandbox):
    result = run(gateway, sandbox, lambda session: session.send_ping())
    assert result.model_dump(exclude_none=True) == {}


# --- raw HTTP ---


def test_raw_malformed_json(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post('{"jsonrpc": "2.0", "id": 1,', session=session)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == -32700
    assert response.json()["id"] is None


def test_raw_non_object(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post('"ping"', session=session)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == -32600


def test_raw_unknown_method(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post({"jsonrpc": "2.0", "id": 3, "method": "prompts/list"}, session=session)
    assert response.status_code == 200
    assert response.json() == {
        "jsonrpc": "2.0", "id": 3, "error": {"code": -32601, "message": "Method not found: prompts/list"}}


def test_raw_notification_is_202(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post({"jsonrpc": "2.0", "method": "notifications/initialized"}, session=session)
    assert response.status_code == 202
    assert response.content == b""


def test_raw_accept_html_is_406(mcp_raw):
    response = mcp_raw.post(INITIALIZE, accept="text/html")
    assert response.status_code == 406
    error = response.json()["error"]
    assert error["code"] == -32600
    assert error["message"] == "Not Acceptable: client must accept application/json or text/event-stream"
    assert "Mcp-Session-Id" not in response.headers


def test_raw_missing_session_is_400(mcp_raw):
    response = mcp_raw.post({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    assert response.status_code == 400
    assert "Mcp-Session-Id" in response.json()["error"]["message"]


def test_raw_unknown_session_is_404(mcp_raw):
    response = mcp_raw.post({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, session=uuid.uuid4().hex)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == -32001


def test_raw_delete_ends_session(mcp_raw):
    session = mcp_raw.session()
    deleted = requests.delete(mcp_raw.url, headers={**mcp_raw.headers, "Mcp-Session-Id": session}, timeout=30)
    assert deleted.status_code == 204
    after = mcp_raw.post({"jsonrpc": "2.0", "id": 1, "method": "ping"}, session=session)
    assert after.status_code == 404


def test_raw_get_is_405(mcp_raw):
    session = mcp_raw.session()
    response = requests.get(
        mcp_raw.url, headers={**mcp_raw.headers, "Accept": "text/event-stream", "Mcp-Session-Id": session}, timeout=30)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST, DELETE"


def test_raw_sse_reply_framing(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post({"jsonrpc": "2.0", "id": 9, "method": "ping"}, session=session, accept=BOTH)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/event-stream"
    assert response.text == 'event: message\ndata: {"id":9,"jsonrpc":"2.0","result":{}}\n\n'


def test_raw_json_reply_for_json_only(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post({"jsonrpc": "2.0", "id": 9, "method": "ping"}, session=session)
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"jsonrpc": "2.0", "id": 9, "result": {}}


def test_raw_sse_initialize_sets_session(mcp_raw):
    response = mcp_raw.post(INITIALIZE, accept=BOTH)
    assert response.headers["Content-Type"] == "text/event-stream"
    assert len(response.headers["Mcp-Session-Id"]) == 32
    event = response.text.split("\n")
    assert event[0] == "event: message"
    assert json.loads(event[1][len("data: "):])["result"]["protocolVersion"] == "2025-11-25"


def test_raw_old_version_negotiated_and_batched(mcp_raw):
    session = mcp_raw.session(version="2025-03-26")
    batch = [{"jsonrpc": "2.0", "id": 1, "method": "ping"}, {"jsonrpc": "2.0", "id": 2, "method": "nope"}]
    response = mcp_raw.post(batch, session=session)
    assert response.status_code == 200
    replies = response.json()
    assert replies[0] == {"jsonrpc": "2.0", "id": 1, "result": {}}
    assert replies[1]["error"]["code"] == -32601


def test_raw_batch_rejected_for_new_version(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post([{"jsonrpc": "2.0", "id": 1, "method": "ping"}], session=session)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == -32600


def test_raw_unsupported_version_header(mcp_raw):
    session = mcp_raw.session()
    response = mcp_raw.post(
        {"jsonrpc": "2.0", "id": 1, "method": "ping"}, session=session, **{"MCP-Protocol-Version": "1900-01-01"})
    assert response.status_code == 400
    assert "1900-01-01" in response.json()["error"]["message"]


def test_raw_foreign_origin_forbidden(mcp_raw):
    response = mcp_raw.post(INITIALIZE, Origin="http://rebind.example")
    assert response.status_code == 403
    assert "rebind.example" in response.json()["error"]["message"]
    allowed = mcp_raw.post(INITIALIZE, Origin="http://127.0.0.1:3000")
    assert allowed.status_code == 200


def test_raw_workspace_usable_after_errors(mcp_raw, raw):
    session = mcp_raw.session()
    for body in ["{", "[]", "null", '{"jsonrpc": "2.0", "id": {}, "method": "ping"}']:
        assert mcp_raw.post(body, session=session).status_code == 400
    assert mcp_raw.post({"jsonrpc": "2.0", "id": 1, "method": "ping"}, session=session).status_code == 200
    assert raw.bash("echo alive")["stdout"] == "alive\n"


def test_raw_v1_alias(gateway, sandbox):
    alias = RawMCP(gateway, sandbox)
    alias.url = f"{gateway.url}/sandboxes/{sandbox}/v1/mcp"
    session = alias.session()
    assert alias.post({"jsonrpc": "2.0", "id": 1, "method": "ping"}, session=session).status_code == 200


# --- the REST bridge ---


def test_bridge_servers_with_sdk(client):
    assert client.mcp.list_mcp_servers().data == ["sandbox", "browser"]


def test_bridge_servers_include_hidden(raw):
    response = raw.get("/v1/mcp/servers", params={"include_hidden": "true"})
    assert response.json()["data"] == ["sandbox", "browser"]


def test_bridge_list_tools_with_sdk(client):
    sandbox_tools = client.mcp.list_mcp_tools(server_name="sandbox").data.tools
    assert {tool.name for tool in sandbox_tools} == SANDBOX_TOOLS
    browser_tools = client.mcp.list_mcp_tools(server_name="browser").data.tools
    assert {tool.name for tool in browser_tools} == BROWSER_TOOLS


def test_bridge_call_with_sdk(client):
    result = client.mcp.execute_mcp_tool(
        server_name="sandbox", tool_name="sandbox_execute_bash", request={"cmd": "echo bridged"})
    assert result.success is True
    assert result.data.is_error is False
    assert result.data.content[0].text == "bridged\n[exit code: 0]"


def test_bridge_unknown_server_raw(raw):
    body = raw.get("/v1/mcp/nothing/tools").json()
    assert body["success"] is False
    assert body["message"] == "MCP server 'nothing' not found; the servers are sandbox, browser"


def test_bridge_unknown_tool_raw(raw):
    body = raw.post("/v1/mcp/browser/tools/sandbox_execute_bash", {"cmd": "true"}).json()
    assert body["success"] is False
    assert body["message"].startswith("MCP tool 'sandbox_execute_bash' not found in server 'browser'; its tools are ")
    assert "browser_navigate" in body["message"]


def test_bridge_tool_error_raw(raw):
    body = raw.post("/v1/mcp/sandbox/tools/sandbox_execute_bash", {}).json()
    assert body["success"] is False
    assert body["message"] == "missing required argument 'cmd'"
    assert body["data"]["isError"] is True


def test_bridge_non_object_body_is_422(raw):
    response = raw.post("/v1/mcp/sandbox/tools/sandbox_execute_bash", [1, 2])
    assert response.status_code == 422


def test_bridge_invalid_json_is_422(raw):
    response = raw.session.post(
        raw.base + "/v1/mcp/sandbox/tools/sandbox_execute_bash", data="{",
        headers={"Content-Type": "application/json"}, timeout=60)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"
