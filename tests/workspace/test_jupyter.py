"""Stateful Python through the Jupyter routes, driven through the agent-sandbox SDK and raw HTTP."""

import base64
import re
import struct
import uuid

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# IPython colors tracebacks with ANSI escape sequences.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def new_id():
    return "pytest-" + uuid.uuid4().hex[:8]


def execute(raw, code, **fields):
    """Runs code with raw HTTP and returns the whole envelope, asserting HTTP 200."""
    response = raw.post("/v1/jupyter/execute", {"code": code, **fields}, timeout=300)
    assert response.status_code == 200, response.text
    return response.json()


def peak_memory_kib(raw):
    """Returns the workspace server's peak resident memory (VmHWM) in KiB."""
    status = raw.bash("grep VmHWM /proc/$(pgrep -f '^/.paddock/bin/paddock __workspace')/status")["stdout"]
    return int(status.split()[1])


def stream_text(data, name="stdout"):
    return "".join(output["text"] for output in data["outputs"]
                   if output["output_type"] == "stream" and output["name"] == name)


def test_state_kept_across_calls(client):
    session = new_id()
    first = client.jupyter.execute_code(code="counter = 40", session_id=session).data
    assert first.status == "ok"
    assert first.session_id == session
    second = client.jupyter.execute_code(code="counter += 2\nprint('n', counter)\ncounter", session_id=session).data
    assert second.status == "ok"
    assert second.kernel_name == "python3"
    assert second.execution_count == 2
    assert [output.output_type for output in second.outputs] == ["stream", "execute_result"]
    assert second.outputs[0].name == "stdout"
    assert second.outputs[0].text == "n 42\n"
    assert second.outputs[1].data["text/plain"] == "42"


def test_call_without_session_is_fresh(raw):
    execute(raw, "leak = 1")
    data = execute(raw, "'leak' in globals()")["data"]
    assert data["session_id"] is None
    assert data["outputs"][0]["data"]["text/plain"] == "False"


def test_output_members_are_null_when_unused(raw):
    output = execute(raw, "print('x')")["data"]["outputs"][0]
    assert output["output_type"] == "stream"
    for member in ("data", "metadata", "execution_count", "ename", "evalue", "traceback"):
        assert output[member] is None, member


def test_matplotlib_png_inline_backend(raw):
    code = "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()"
    data = execute(raw, code, session_id=new_id())["data"]
    images = [output for output in data["outputs"] if "image/png" in (output["data"] or {})]
    assert len(images) == 1
    png = base64.b64decode(images[0]["data"]["image/png"])
    assert png.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", png[16:24])
    assert width > 100
    assert height > 100


def test_matplotlib_png_agg_display(client):
    code = ("import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
            "figure = plt.figure(figsize=(4, 3), dpi=50)\nplt.plot([1, 2])\ndisplay(figure)")
    data = client.jupyter.execute_code(code=code, session_id=new_id()).data
    assert data.status == "ok"
    displays = [output for output in data.outputs if output.output_type == "display_data"]
    assert len(displays) == 1
    png = base64.b64decode(displays[0].data["image/png"])
    assert png.startswith(PNG_MAGIC)
    assert struct.unpack(">II", png[16:24])[0] > 50


def test_error_with_traceback(client):
    data = client.jupyter.execute_code(code="def f():\n    raise ValueError('bad value')\nf()").data
    assert data.status == "error"
    errors = [output for output in data.outputs if output.output_type == "error"]
    assert len(errors) == 1
    assert errors[0].ename == "ValueError"
    assert errors[0].evalue == "bad value"
    plain = [ANSI_ESCAPE.sub("", line) for line in errors[0].traceback]
    assert any("raise ValueError('bad value')" in line for line in plain), plain


def test_timeout_interrupts_and_session_survives(raw):
    session = new_id()
    execute(raw, "kept = 'yes'", session_id=session)
    envelope = execute(raw, "print('started', flush=True)\nwhile True: pass", session_id=session, timeout=2)
    assert envelope["success"] is True
    assert envelope["data"]["status"] == "timeout"
    assert stream_text(envelope["data"]) == "started\n"
    assert "interrupted" in envelope["hint"]
    after = execute(raw, "kept", session_id=session)["data"]
    assert after["status"] == "ok"
    assert after["outputs"][0]["data"]["text/plain"] == "'yes'"


def test_print_50_mb_is_capped(own_raw):
    # A sandbox of its own, so the peak memory measured below is this test's alone.
    raw = own_raw
    session = new_id()
    execute(raw, "1", session_id=session)
    before_kib = peak_memory_kib(raw)
    envelope = execute(raw, "import sys\nfor _ in range(50):\n    sys.stdout.write('x' * 1048576)\n"
                       "print()\nprint('one line', 'x' * 10_000_000)", session_id=session)
    data = envelope["data"]
    assert data["status"] == "ok"
    text = stream_text(data)
    assert len(text) < 5 * 1024 * 1024
    assert "[output truncated:" in text
    assert "dropped" in envelope["hint"]
    assert execute(raw, "21 * 2", session_id=session)["data"]["outputs"][0]["data"]["text/plain"] == "42"
    # libzmq holds one whole message, here up to the 50 MB that one flush of the kernel sends, and
    # the server copies about 8 MiB of its start. Before the copy was capped the growth was about 120 MiB.
    growth_kib = peak_memory_kib(raw) - before_kib
    assert growth_kib < 80 * 1024


def test_fork_does_not_hang(raw):
    code = ("import os, time\nchild = os.fork()\nif child == 0:\n    time.sleep(30)\n    os._exit(0)\n"
            "print('parent done')")
    data = execute(raw, code, session_id=new_id(), timeout=20)["data"]
    assert data["status"] == "ok"
    assert stream_text(data) == "parent done\n"


def test_exit_in_cell_reported_then_fresh(raw):
    session = new_id()
    execute(raw, "before = 1", session_id=session)
    died = execute(raw, "import os\nos._exit(1)", session_id=session)["data"]
    assert died["status"] == "error"
    assert died["outputs"][-1]["ename"] == "KernelDied"
    assert "ended (exited with code 1)" in died["outputs"][-1]["evalue"]
    fresh = execute(raw, "'before' in globals()", session_id=session)
    assert fresh["data"]["status"] == "ok"
    assert fresh["data"]["outputs"][0]["data"]["text/plain"] == "False"
    assert "fresh kernel" in fresh["hint"]


def test_kill_9_from_bash_then_fresh(raw):
    session = new_id()
    pid = execute(raw, "import os\nos.getpid()", session_id=session)["data"]["outputs"][0]["data"]["text/plain"]
    raw.bash(f"kill -9 {pid}")
    after = execute(raw, "import os\nos.getpid()", session_id=session)
    assert after["data"]["status"] == "ok"
    assert after["data"]["outputs"][0]["data"]["text/plain"] != pid
    assert "fresh kernel" in after["hint"]
    assert "killed by signal 9" in after["hint"]


def test_create_list_delete_session(client, raw):
    session = new_id()
    created = client.jupyter.create_session(session_id=session, kernel_name="python3").data
    assert created.session_id == session
    assert created.kernel_name == "python3"
    listed = client.jupyter.list_sessions().data.sessions
    assert session in listed
    assert listed[session].kernel_name == "python3"
    assert listed[session].age_seconds >= 0
    pid = raw.get("/v1/jupyter/sessions").json()["data"]["sessions"][session]["pid"]
    deleted = client.jupyter.delete_session(session_id=session)
    assert deleted.success is True
    assert session not in client.jupyter.list_sessions().data.sessions
    gone = raw.post("/v1/bash/exec", {"command": f"kill -0 {pid}"}).json()["data"]
    assert gone["exit_code"] != 0
    again = raw.session.delete(raw.base + f"/v1/jupyter/sessions/{session}", timeout=30).json()
    assert again["success"] is False
    assert session in again["message"]


def test_create_session_with_cwd(raw, workdir):
    session = new_id()
    relative = workdir.removeprefix("/sandbox/")
    response = raw.post("/v1/jupyter/sessions/create", {"session_id": session, "cwd": relative}).json()
    assert response["success"] is True
    data = execute(raw, "import os\nos.getcwd()", session_id=session)["data"]
    assert data["outputs"][0]["data"]["text/plain"] == repr(workdir)
    missing = execute(raw, "1", cwd="no-such-dir")
    assert missing["success"] is False
    assert "no-such-dir" in missing["message"]


def test_delete_all_sessions(client):
    for _ in range(2):
        client.jupyter.create_session(session_id=new_id())
    response = client.jupyter.delete_sessions()
    assert response.success is True
    assert client.jupyter.list_sessions().data.sessions == {}


def test_info(client):
    info = client.jupyter.get_info().data
    assert info.default_kernel == "python3"
    assert "python3" in info.available_kernels
    assert info.session_timeout_seconds == 1800
    assert info.max_sessions > 0


def test_bad_kernel_name(raw):
    envelope = execute(raw, "1", kernel_name="cobol")
    assert envelope["success"] is False
    assert "cobol" in envelope["message"]
    assert "python3" in envelope["message"]


def test_missing_code_is_422(raw):
    response = raw.post("/v1/jupyter/execute", {"session_id": "x"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "code"]
    assert response.json()["detail"][0]["type"] == "missing"


def test_timeout_out_of_range_is_422(raw):
    response = raw.post("/v1/jupyter/execute", {"code": "1", "timeout": 301})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "timeout"]


def test_input_raises_instead_of_waiting(raw):
    data = execute(raw, "input('name? ')", timeout=20)["data"]
    assert data["status"] == "error"
    assert data["outputs"][-1]["ename"] == "StdinNotImplementedError"
