"""End-to-end test of examples/patch-and-pr: runs the example once against a gateway of its own and
checks what it reports and what it left behind.

Needs root and the static release binary (PADDOCK_BINARY or .build/release/paddock), like the
workspace tests.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLE = REPOSITORY / "examples/patch-and-pr"
BINARY = Path(os.environ.get("PADDOCK_BINARY", REPOSITORY / ".build/release/paddock"))
BRANCH = "fix-resolve-path-traversal"


class Run:
    """One run of the example: its output, its results file and the token it was given."""

    def __init__(self, directory):
        self.directory = directory
        self.token = "gittoken-" + secrets.token_hex(20)
        token_file = directory / "token"
        token_file.write_text(self.token)
        self.output_dir = directory / "output"
        environment = dict(os.environ, PADDOCK_BINARY=str(BINARY), PADDOCK_PYTHON=sys.executable)
        environment.pop("PADDOCK_GATEWAY", None)
        self.process = subprocess.run(
            [str(EXAMPLE / "run.sh"), "--output-dir", str(self.output_dir), "--token-file", str(token_file),
             "--keep-state"],
            env=environment, capture_output=True, text=True, timeout=900)
        # The token file belongs to the test, so remove it before the scans below, which would find it.
        token_file.unlink()
        results = self.output_dir / "results.json"
        self.results = json.loads(results.read_text()) if results.exists() else {}
        self.output = self.process.stdout + self.process.stderr

    def require_step(self, name):
        """Fail with the example's own message when `name`, or a step before it, failed."""
        failed = self.results.get("failed_step")
        records = {record["name"]: record for record in self.results.get("steps", [])}
        record = records.get(name)
        if record is None or not record["ok"]:
            tail = "\n".join(self.output.splitlines()[-40:])
            pytest.fail(f"step '{name}' did not pass (the run failed at step '{failed}'):\n{tail}", pytrace=False)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    if os.geteuid() != 0:
        pytest.fail("the example needs root: the gateway creates namespaces and cgroups")
    if not BINARY.exists():
        pytest.fail(f"{BINARY} is missing; build it with scripts/build.sh release")
    directory = tmp_path_factory.mktemp("patch-and-pr")
    result = Run(directory)
    yield result
    state = result.results.get("gateway", {}).get("state_dir")
    if state:
        shutil.rmtree(state, ignore_errors=True)


def test_example_exits_zero(run):
    tail = "\n".join(run.output.splitlines()[-40:])
    assert run.process.returncode == 0, f"failed at step '{run.results.get('failed_step')}':\n{tail}"
    assert run.results["failed_step"] is None


def test_advisory_names_function(run):
    run.require_step("read-advisory")
    assert run.results["advisory"]["function"] == "resolve_path"
    assert run.results["advisory"]["file"] == "shelf/storage.py"


def test_tests_fail_then_pass(run):
    run.require_step("test-after")
    assert run.results["test-before"]["exit_code"] != 0
    assert "FAILED" in run.results["test-before"]["summary"]
    assert run.results["test-after"]["exit_code"] == 0
    assert run.results["test-after"]["summary"] == "OK"


def test_screenshot_is_png(run):
    run.require_step("screenshot")
    path = Path(run.results["screenshot"]["path"])
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert path.stat().st_size > 1000
    assert run.results["screenshot"]["width"] >= 100
    assert run.results["screenshot"]["height"] >= 100
    assert run.results["screenshot"]["url"].endswith(":8000/index.html")
    assert run.results["screenshot"]["forwards_left"] == [], "the forward outlived the screenshot"


def test_pull_request_arrived(run):
    run.require_step("open-pull-request")
    pull = run.results["pull_request"]
    assert pull["head"] == BRANCH
    assert pull["base"] == "main"
    assert pull["head_commit"] == run.results["pushed_commit"]
    assert pull["token_valid"] is True
    assert "+    if os.path.commonpath([base, path]) != base:" in pull["diff"]
    assert "-    return os.path.join(root, name)" in pull["diff"]
    assert "diff --git a/shelf/storage.py b/shelf/storage.py" in pull["diff"]
    assert pull["diff"].count("diff --git") == 1


def test_git_host_got_valid_token(run):
    run.require_step("open-pull-request")
    calls = run.results["git_host_requests"]
    paths = {call["path"] for call in calls}
    assert "/acme/shelf.git/git-receive-pack" in paths
    assert "/repos/acme/shelf/pulls" in paths
    assert all(call["token_valid"] for call in calls), calls
    assert run.results["token_seen_by"] == {"git-host": True, "advisory": False, "collector": False}


def test_token_absent_inside_sandbox(run):
    run.require_step("scan-inside")
    scan = run.results["leak_scan_inside"]
    assert scan["token_found_in"] == []
    assert scan["processes"] > 0
    assert scan["files"] > 0
    assert any(path.endswith("/environ") for path in scan["placeholder_found_in"])


def test_token_absent_from_logs(run):
    run.require_step("delete-sandbox")
    assert run.token not in run.output
    for path in run.output_dir.rglob("*"):
        if path.is_file():
            assert run.token.encode() not in path.read_bytes(), f"{path} contains the token"
    state = Path(run.results["gateway"]["state_dir"])
    files = [path for path in state.rglob("*") if path.is_file()]
    assert files, f"{state} is empty"
    for path in files:
        assert run.token.encode() not in path.read_bytes(), f"{path} contains the token"
    assert run.results["leak_scan_sandbox_directory"]["token_found_in"] == []
    assert run.results["leak_scan_sandbox_directory"]["exempt"], "egress.json was not seen in the sandbox directory"
    audit = json.dumps(run.results["audit_events"])
    assert run.token not in audit


def test_forbidden_requests_refused(run):
    run.require_step("refuse-advisory-post")
    refusals = {refusal["step"]: refusal for refusal in run.results["refusals"]}
    unlisted = refusals["refuse-unlisted-host"]
    assert unlisted["status"] == 403
    assert unlisted["body"]["error"] == "policy_denied"
    assert unlisted["body"]["reason"] == "no_matching_endpoint"
    post = refusals["refuse-advisory-post"]
    assert post["status"] == 403
    assert post["body"]["error"] == "policy_denied"
    assert post["body"]["reason"] == "l7_rule"
    assert run.results["collector_requests"] == 0
    assert run.results["advisory_posts"] == 0


def test_refusals_audited(run):
    run.require_step("collect-audit")
    denials = [event for event in run.results["audit_events"] if event["decision"] == "deny"]
    unlisted = [event for event in denials if event["destination"].startswith("collector.test:")]
    assert [event["reason"] for event in unlisted] == ["no_matching_endpoint"]
    posts = [event for event in denials if event.get("method") == "POST"]
    assert [event["reason"] for event in posts] == ["l7_rule"]
    assert posts[0]["destination"].startswith("advisory.test:")


def test_allowed_requests_audited(run):
    run.require_step("collect-audit")
    allowed = {(event.get("method"), event.get("path"), event.get("policy"))
               for event in run.results["audit_events"] if event["decision"] == "allow" and event["kind"] == "http"}
    assert ("POST", "/acme/shelf.git/git-receive-pack", "git-smart-http") in allowed
    assert ("POST", "/repos/acme/shelf/pulls", "git-pull-requests") in allowed


def test_sandbox_and_fixtures_gone(run):
    run.require_step("delete-sandbox")
    cleanup = run.results["cleanup"]
    assert cleanup == {"open_fixture_ports": [], "temporary_directories_left": [], "gateway_running": False}
    for name, port in run.results["fixtures"]["ports"].items():
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, f"the {name} fixture still listens on {port}"
    state = Path(run.results["gateway"]["state_dir"])
    for directory in run.results["fixtures"]["temporary_directories"]:
        if Path(directory) != state:
            assert not Path(directory).exists(), f"{directory} was not removed"
    assert not Path(run.results["sandbox_directory"]).exists()
    for process in Path("/proc").iterdir():
        if process.name.isdigit():
            try:
                command = (process / "cmdline").read_bytes()
            except OSError:
                continue
            assert str(state).encode() not in command, f"process {process.name} still uses {state}"
            assert run.results["sandbox"].encode() not in command, f"process {process.name} still runs the sandbox"
