"""The unified code API, /v1/code/execute and /v1/code/info: Python on Jupyter kernels and
JavaScript on Node.js, through the AIO SDK and raw HTTP in a real sandbox."""

import pytest


def test_python_stateless_run_prints(client):
    data = client.code.execute_code(language="python", code="print(6 * 7)").data
    assert data.language == "python"
    assert data.status == "ok"
    assert data.stdout == "42\n"
    assert data.exit_code == 0
    assert data.session_id is None


def test_python_stateless_runs_share_nothing(client):
    client.code.execute_code(language="python", code="leftover = 1")
    data = client.code.execute_code(language="python", code="leftover").data
    assert data.status == "error"
    assert data.exit_code == 1
    assert any("NameError" in line for line in data.traceback)


def test_python_stateful_session_is_generated_and_keeps_state(client):
    first = client.code.execute_code(language="python", code="counter = 41", stateful=True).data
    assert first.session_id
    second = client.code.execute_code(
        language="python", code="counter + 1", stateful=True, session_id=first.session_id).data
    assert second.status == "ok"
    assert second.session_id == first.session_id
    result = [output for output in second.outputs if output["output_type"] == "execute_result"]
    assert result[0]["data"]["text/plain"] == "42"


def test_python_error_carries_traceback_and_stderr_stays_separate(client):
    code = "import sys\nprint('out')\nprint('err', file=sys.stderr)\nraise ValueError('bad value 7')"
    data = client.code.execute_code(language="python", code=code).data
    assert data.status == "error"
    assert data.stdout == "out\n"
    assert data.stderr == "err\n"
    assert any("bad value 7" in line for line in data.traceback)


def test_python_timeout_reports_timeout(client):
    data = client.code.execute_code(language="python", code="while True: pass", timeout=1).data
    assert data.status == "timeout"
    assert data.exit_code is None


def test_javascript_stateless_and_stateful(client):
    data = client.code.execute_code(language="javascript", code="console.log(6 * 7)").data
    assert data.language == "javascript"
    assert (data.status, data.stdout, data.exit_code) == ("ok", "42\n", 0)
    first = client.code.execute_code(language="javascript", code="let total = 40", stateful=True).data
    assert first.session_id
    second = client.code.execute_code(
        language="javascript", code="total + 2", stateful=True, session_id=first.session_id).data
    assert any(output.get("data", {}).get("text/plain") == "42" for output in second.outputs), second.outputs


def test_javascript_error_has_traceback(client):
    data = client.code.execute_code(language="javascript", code="throw new TypeError('no way')").data
    assert data.status == "error"
    assert data.exit_code != 0
    assert any("no way" in line for line in data.traceback)


def test_cwd_applies_to_both_languages(client, raw):
    raw.bash("mkdir -p /sandbox/code-cwd")
    python = client.code.execute_code(language="python", code="import os; print(os.getcwd())", cwd="/sandbox/code-cwd")
    assert python.data.stdout == "/sandbox/code-cwd\n"
    node = client.code.execute_code(language="javascript", code="console.log(process.cwd())", cwd="/sandbox/code-cwd")
    assert node.data.stdout == "/sandbox/code-cwd\n"


def test_missing_cwd_is_a_failure_naming_it(raw):
    body = raw.post("/v1/code/execute", {"language": "python", "code": "1", "cwd": "/sandbox/no-such-dir"}).json()
    assert body["success"] is False
    assert "/sandbox/no-such-dir" in body["message"]


@pytest.mark.parametrize("body,location,kind", [
    ({"code": "1"}, ["body", "language"], "missing"),
    ({"language": "ruby", "code": "1"}, ["body", "language"], "enum"),
    ({"language": "python"}, ["body", "code"], "missing"),
    ({"language": "python", "code": "1", "timeout": 0}, ["body", "timeout"], "greater_than_equal"),
    ({"language": "python", "code": "1", "timeout": 301}, ["body", "timeout"], "less_than_equal"),
])
def test_bad_requests_are_422(raw, body, location, kind):
    response = raw.post("/v1/code/execute", body)
    assert response.status_code == 422, response.text
    issues = response.json()["detail"]
    assert any(issue["loc"] == location and issue["type"] == kind for issue in issues), issues


def test_info_describes_both_runtimes(client):
    languages = {item.language: item for item in client.code.get_info().data.languages}
    assert set(languages) == {"python", "javascript"}
    assert languages["python"].runtime_version.startswith("3.")
    assert languages["javascript"].runtime_version.startswith("v")
    assert languages["python"].max_timeout == 300
