"""A scripted agent that does, inside a Paddock sandbox, what a coding agent does with a vulnerability
report: read the advisory in a browser, clone the repository, patch the named function, run the
tests before and after, look at the result in a browser, push a branch and open a pull request.
Each step is explicit; there is no language model.

Usage (as root): examples/patch-and-pr/run.sh [--output-dir DIR] [--results FILE] [--keep-state]
"""

import argparse
import json
import os
import random
import re
import secrets
import shlex
import shutil
import signal
import socket
import sys
import tempfile
from pathlib import Path

from agent_sandbox import Sandbox

import leak_checks
from fixtures.advisory import ADVISORY_PATH, AdvisorySite, Collector
from fixtures.certificates import make_certificates
from fixtures.git_host import PULLS_PATH, GitHost
from gateway import Gateway
from steps import StepFailed, Steps

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
PROVIDER = "githost"
TOKEN_VARIABLE = "GIT_TOKEN"
BRANCH = "fix-resolve-path-traversal"
CLONE = "/sandbox/shelf"
REPORT_DIRECTORY = "/sandbox/report"
REPORT_PORT = 8000
HOST_CHROMIUM = "/usr/lib/chromium/chromium"

# The patch that the agent applies to the function that the advisory names.
VULNERABLE_BODY = '''    """Return the path of item `name` inside `root`."""
    return os.path.join(root, name)
'''
FIXED_BODY = '''    """Return the path of item `name` inside `root`, rejecting names that resolve outside it."""
    base = os.path.realpath(root)
    path = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, path]) != base:
        raise ValueError(f"item name {name!r} resolves outside the store root {base}")
    return path
'''


class Failure(RuntimeError):
    pass


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=HERE / "output",
                        help="where the screenshot and results.json go (default: examples/patch-and-pr/output)")
    parser.add_argument("--results", type=Path, help="the results JSON file (default: OUTPUT_DIR/results.json)")
    parser.add_argument("--token-file", type=Path,
                        help="read the Git host's token from this file instead of generating one; it must "
                             "start with 'gittoken-'")
    parser.add_argument("--keep-state", action="store_true",
                        help="keep the state directory of the gateway that the example started")
    return parser.parse_args()


def make_token(arguments):
    if not arguments.token_file:
        return "gittoken-" + secrets.token_hex(20)
    token = arguments.token_file.read_text().strip()
    if not re.fullmatch(r"gittoken-[A-Za-z0-9_]{16,}", token):
        raise Failure(f"the token in {arguments.token_file} is invalid: write 'gittoken-' and at least 16 letters, "
                      "digits or '_'")
    return token


def loopback_bind(port):
    """Return a random 127/8 address whose `port` is free, for a forward, which keeps its sandbox
    port on the host side and so cannot use 127.0.0.1 when something else there has that port."""
    for _ in range(20):
        address = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
        with socket.socket() as probe:
            try:
                probe.bind((address, port))
                return address
            except OSError:
                continue
    raise Failure(f"no loopback address has port {port} free")


class Agent:
    """The example's run: fixtures, gateway, sandbox and the agent's steps, with their results."""

    def __init__(self, arguments):
        self.arguments = arguments
        self.steps = Steps()
        self.token = make_token(arguments)
        self.scratch = Path(tempfile.mkdtemp(prefix="patch-and-pr-"))
        self.results = {"steps": self.steps.records, "fixtures": {"temporary_directories": [str(self.scratch)]}}
        self.gateway = None
        self.git_host = self.advisory = self.collector = None
        self.fixtures = []
        self.sandbox_name = None
        self.provider_created = False

    # Helpers that run commands inside the sandbox through the workspace server's bash API.

    def bash(self, command, timeout=180):
        result = self.client.bash.exec(command=command, timeout=timeout, hard_timeout=timeout).data
        return result.exit_code, result.stdout or "", result.stderr or ""

    def bash_ok(self, command, timeout=180):
        code, stdout, stderr = self.bash(command, timeout)
        if code != 0:
            raise Failure(f"`{command}` exited with {code}: {(stderr or stdout).strip()[-800:]}")
        return stdout

    # Steps.

    def start_fixtures(self):
        with self.steps.step("start-fixtures", "advisory site, Git host and an unlisted host on loopback (HTTPS)") as out:
            certificates = make_certificates(self.scratch, ["advisory.test", "git.test", "collector.test"])
            self.ca_pem = certificates.ca_pem
            self.git_host = GitHost(certificates, self.scratch / "git", HERE / "fixtures/project", self.token)
            self.fixtures.append(self.git_host)
            self.repository_url = f"https://git.test:{self.git_host.port}{self.git_host.clone_url_path}"
            self.advisory = AdvisorySite(certificates, self.repository_url)
            self.fixtures.append(self.advisory)
            self.collector = Collector(certificates)
            self.fixtures.append(self.collector)
            self.results["fixtures"]["ports"] = {f.name: f.port for f in self.fixtures}
            out.text = ", ".join(f"{f.name} 127.0.0.1:{f.port}" for f in self.fixtures)

    def start_gateway(self):
        with self.steps.step("start-gateway", "a Paddock gateway") as out:
            url = os.environ.get("PADDOCK_GATEWAY")
            if url:
                self.gateway = Gateway.attach(url)
                out.text = f"using {url}"
            else:
                binary = Path(os.environ.get("PADDOCK_BINARY", REPOSITORY / ".build/release/paddock"))
                if not binary.exists():
                    raise Failure(f"{binary} is missing; build it with scripts/build.sh release or set PADDOCK_BINARY")
                self.gateway = Gateway.start(binary)
                self.results["fixtures"]["gateway_pid"] = self.gateway.process.pid
                self.results["fixtures"]["temporary_directories"].append(str(self.gateway.state_dir))
                out.text = f"{self.gateway.url}, state {self.gateway.state_dir}"
            self.results["gateway"] = {"url": self.gateway.url, "owned": self.gateway.owned,
                                       "state_dir": str(self.gateway.state_dir) if self.gateway.state_dir else None}

    def create_provider(self):
        with self.steps.step("create-provider", f"provider '{PROVIDER}' with the Git host's token") as out:
            self.provider = f"{PROVIDER}-{secrets.token_hex(3)}"
            endpoint = f"git.test:{self.git_host.port}"
            self.gateway.create_provider(self.provider, {TOKEN_VARIABLE: self.token}, [endpoint])
            self.provider_created = True
            out.text = f"{self.provider}: {TOKEN_VARIABLE}, bound to {endpoint}"

    def create_sandbox(self):
        with self.steps.step("create-sandbox", "sandbox with the example's policy and provider") as out:
            policy = (HERE / "policy.yaml").read_text()
            policy = policy.replace("${ADVISORY_PORT}", str(self.advisory.port))
            policy = policy.replace("${GIT_PORT}", str(self.git_host.port))
            self.sandbox_name = f"patch-and-pr-{secrets.token_hex(3)}"
            overrides = {host: "127.0.0.1" for host in ("advisory.test", "git.test", "collector.test")}
            self.gateway.create_sandbox({
                "name": self.sandbox_name, "policy": policy, "policy_file": "examples/patch-and-pr/policy.yaml",
                "providers": [self.provider], "memory": "2G",
                "egress_options": {"host_overrides": overrides, "allow_loopback_upstreams": True,
                                   "extra_ca": self.ca_pem},
            })
            self.gateway.wait_for_workspace(self.sandbox_name)
            self.client = Sandbox(base_url=self.gateway.workspace_url(self.sandbox_name),
                                  headers={"Authorization": f"Bearer {self.gateway.token}"}, timeout=300)
            self.placeholder = self.bash_ok(f"printenv {TOKEN_VARIABLE}").strip()
            if not self.placeholder.startswith(f"paddock-cred-{self.provider}-{TOKEN_VARIABLE}-"):
                raise Failure(f"{TOKEN_VARIABLE} inside the sandbox is not a placeholder")
            self.results["sandbox"] = self.sandbox_name
            out.text = f"{self.sandbox_name}; {TOKEN_VARIABLE} inside is {self.placeholder[:40]}..."

    def read_advisory(self):
        with self.steps.step("read-advisory", "open the advisory in the sandbox's browser and read its text") as out:
            url = f"https://advisory.test:{self.advisory.port}{ADVISORY_PATH}"
            navigation = self.client.browser_page.navigate(url=url, wait_until="load", timeout=60)
            if navigation.success is False:
                raise Failure(f"navigate to {url} failed: {navigation.message}")
            text = self.client.browser_page.get_text().data or ""
            function = re.search(r"Affected function:\s*([A-Za-z_][A-Za-z0-9_]*)", text)
            file = re.search(r"Affected file:\s*(\S+\.py)", text)
            repository = re.search(r"Repository:\s*(https://\S+)", text)
            if not (function and file and repository):
                raise Failure(f"the advisory page text does not name the function, file and repository: {text[:300]!r}")
            self.function, self.file, self.clone_url = function.group(1), file.group(1), repository.group(1)
            self.results["advisory"] = {"function": self.function, "file": self.file, "repository": self.clone_url}
            out.text = f"{self.function} in {self.file} of {self.clone_url}"

    def clone(self):
        with self.steps.step("clone", "git clone through the proxy, with the placeholder in the header") as out:
            # The shell expands the placeholder variable; the proxy swaps it for the token in flight.
            self.git_auth = f'-c "http.extraHeader=Authorization: Bearer ${TOKEN_VARIABLE}"'
            self.bash_ok(f"git {self.git_auth} clone -q {shlex.quote(self.clone_url)} {CLONE} 2>&1")
            head = self.bash_ok(f"git -C {CLONE} log --oneline -1").strip()
            out.text = f"{CLONE} at {head}"

    def run_tests(self, name, expect_pass):
        description = "run the project's tests: " + ("they pass now" if expect_pass else "they fail before the patch")
        with self.steps.step(name, description) as out:
            code, stdout, stderr = self.bash(f"cd {CLONE} && python3 -m unittest discover -s tests -v")
            output = (stdout + stderr).strip()
            summary = output.splitlines()[-1] if output else ""
            if expect_pass and code != 0:
                raise Failure(f"the tests failed after the patch ({summary}): {output[-800:]}")
            if not expect_pass and (code == 0 or "FAILED" not in summary):
                raise Failure(f"the tests were expected to fail before the patch, but ended with {code}: {summary}")
            self.results[name] = {"exit_code": code, "summary": summary}
            out.text = f"exit {code}, {summary}"
            return output

    def patch(self):
        with self.steps.step("patch", f"fix {self.function} with the file API (str_replace_editor)") as out:
            path = f"{CLONE}/{self.file}"
            view = self.client.file.str_replace_editor(command="view", path=path).data
            if f"def {self.function}(" not in view.output:
                raise Failure(f"{path} has no function {self.function}")
            result = self.client.file.str_replace_editor(
                command="str_replace", path=path, old_str=VULNERABLE_BODY, new_str=FIXED_BODY).data
            if result.error:
                raise Failure(f"str_replace in {path} failed: {result.error}")
            diff = self.bash_ok(f"git -C {CLONE} diff --stat").strip()
            out.text = diff.splitlines()[-1] if diff else "no change"

    def serve_report(self, test_output):
        with self.steps.step("serve-report", f"an HTML test report on 127.0.0.1:{REPORT_PORT} inside the sandbox") as out:
            page = REPORT_PAGE.format(function=self.function, file=self.file,
                                      output=test_output.replace("&", "&amp;").replace("<", "&lt;"))
            self.client.file.write_file(file=f"{REPORT_DIRECTORY}/index.html", content=page)
            self.bash_ok(
                f"setsid python3 -m http.server {REPORT_PORT} --bind 127.0.0.1 --directory {REPORT_DIRECTORY} "
                f"> /tmp/report-server.log 2>&1 < /dev/null &")
            self.bash_ok(
                f"for i in $(seq 100); do curl -sf -o /dev/null http://127.0.0.1:{REPORT_PORT}/ && exit 0; "
                "sleep 0.1; done; cat /tmp/report-server.log; exit 1")
            out.text = f"http://127.0.0.1:{REPORT_PORT}/index.html"

    def screenshot(self):
        with self.steps.step("screenshot", "a browser on the host screenshots the report through a forwarded port") as out:
            # Only the report server's port is forwarded, and only while the screenshot is taken:
            # a forward has no token check, so forwarding the workspace server's port would hand
            # its whole API to anyone on the host.
            bind = loopback_bind(REPORT_PORT)
            forward = self.gateway.forward(self.sandbox_name, bind, REPORT_PORT)
            url = f"http://{forward['bind']}:{forward['host_port']}/index.html"
            try:
                image = capture_page(url)
            finally:
                self.gateway.stop_forward(self.sandbox_name, REPORT_PORT)
            width, height = png_size(image)
            self.arguments.output_dir.mkdir(parents=True, exist_ok=True)
            path = self.arguments.output_dir / "report-screenshot.png"
            path.write_bytes(image)
            self.results["screenshot"] = {"path": str(path), "bytes": len(image), "width": width, "height": height,
                                          "url": url, "forwards_left": self.gateway.forwards(self.sandbox_name)}
            out.text = f"{path} ({width}x{height}, {len(image)} bytes) of {url}"

    def push(self):
        with self.steps.step("push", f"commit and push branch {BRANCH}") as out:
            author = "-c user.name='Patch Agent' -c user.email=agent@sandbox.invalid"
            self.bash_ok(f"cd {CLONE} && git checkout -q -b {BRANCH} && git add -A && "
                         f"git {author} commit -q -m 'Reject item names that leave the store root in {self.function}'")
            self.bash_ok(f"cd {CLONE} && git {self.git_auth} push -q origin {BRANCH} 2>&1")
            head = self.bash_ok(f"git -C {CLONE} rev-parse HEAD").strip()
            self.results["pushed_commit"] = head
            out.text = f"{BRANCH} at {head[:12]}"

    def open_pull_request(self):
        with self.steps.step("open-pull-request", "POST the pull request with curl and the placeholder token") as out:
            body = json.dumps({"title": f"Fix path traversal in {self.function}", "head": BRANCH, "base": "main",
                               "body": f"Fixes the advisory {ADVISORY_PATH.rsplit('/', 1)[-1]}."})
            self.client.file.write_file(file="/tmp/pull.json", content=body)
            api = f"https://git.test:{self.git_host.port}{PULLS_PATH}"
            stdout = self.bash_ok(
                f"curl -sS -w '\\n%{{http_code}}' -H \"Authorization: Bearer ${TOKEN_VARIABLE}\" "
                f"-H 'Content-Type: application/json' --data-binary @/tmp/pull.json {api}")
            reply, _, status = stdout.rstrip().rpartition("\n")
            if status != "201":
                raise Failure(f"the pull-request API returned {status}: {reply}")
            pull = json.loads(reply)
            out.text = f"#{pull['number']} {pull['head']} -> {pull['base']}: {pull['url']}"

    def forbidden_requests(self):
        with self.steps.step("refuse-unlisted-host", "an HTTPS request to collector.test, which no policy names") as out:
            script = (
                "import socket\n"
                "s = socket.create_connection(('127.0.0.1', 3128))\n"
                f"s.sendall(b'CONNECT collector.test:{self.collector.port} HTTP/1.1\\r\\n"
                f"Host: collector.test:{self.collector.port}\\r\\n\\r\\n')\n"
                "data = b''\n"
                "while chunk := s.recv(4096):\n    data += chunk\n"
                "print(data.decode())\n")
            self.client.file.write_file(file="/tmp/connect.py", content=script)
            stdout = self.bash_ok("timeout 30 python3 /tmp/connect.py")
            status, body = parse_http_reply(stdout)
            self.check_refusal(status, body, "no_matching_endpoint")
            self.results.setdefault("refusals", []).append(
                {"step": "refuse-unlisted-host", "status": status, "body": body})
            out.text = f"{status} {json.dumps(body)}"
        with self.steps.step("refuse-advisory-post", "a POST to the advisory site, which the policy allows GET only") as out:
            url = f"https://advisory.test:{self.advisory.port}{ADVISORY_PATH}"
            stdout = self.bash_ok(f"curl -sS -w '\\n%{{http_code}}' -X POST -d 'comment=pwned' {url}")
            reply, _, status = stdout.rstrip().rpartition("\n")
            body = json.loads(reply) if reply.startswith("{") else {"raw": reply}
            self.check_refusal(int(status), body, "l7_rule")
            self.results["refusals"].append({"step": "refuse-advisory-post", "status": int(status), "body": body})
            out.text = f"{status} {json.dumps(body)}"

    @staticmethod
    def check_refusal(status, body, reason):
        if status != 403 or body.get("error") != "policy_denied" or body.get("reason") != reason:
            raise Failure(f"expected a 403 policy_denied refusal with reason {reason}, got {status} {body}")

    def scan_inside(self):
        with self.steps.step("scan-inside", "search the sandbox (processes, files, history) for the token") as out:
            report = leak_checks.parse_scanner_output(
                self.bash_ok(leak_checks.scanner_command(self.token, self.placeholder), timeout=300))
            self.results["leak_scan_inside"] = report
            if not report["placeholder_found_in"]:
                raise Failure("the scan did not find the placeholder either, so it saw nothing: " + json.dumps(report))
            if report["token_found_in"]:
                raise Failure("the token is inside the sandbox: " + ", ".join(report["token_found_in"]))
            if report["unreadable_files"]:
                raise Failure("the scan could not read these files, which could hide the token: "
                              + ", ".join(report["unreadable_files"][:20]))
            out.text = (f"{report['processes']} processes and {report['files']} files ({report['bytes']} bytes): "
                        f"token absent, placeholder in {len(report['placeholder_found_in'])} places")

    def collect_audit(self):
        with self.steps.step("collect-audit", "the proxy's audit records from the gateway") as out:
            events = [e for e in self.gateway.logs(self.sandbox_name)
                      if e.get("kind") in ("connection", "http") and e.get("decision")]
            self.results["audit"] = [audit_line(e) for e in events]
            self.results["audit_events"] = events
            denied = [e for e in events if e["decision"] == "deny"]
            reasons = sorted({e.get("reason") for e in denied})
            if not {"no_matching_endpoint", "l7_rule"} <= set(reasons):
                raise Failure(f"the audit log lacks the two refusals; denial reasons seen: {reasons}")
            out.text = f"{len(events) - len(denied)} allowed, {len(denied)} refused ({', '.join(reasons)})"

    def scan_host_before_delete(self):
        if not self.gateway.state_dir:
            return
        with self.steps.step("scan-sandbox-directory", "search the sandbox's files on the host for the token") as out:
            sandbox = self.gateway.sandbox(self.sandbox_name)
            directory = self.gateway.state_dir / "sandboxes" / sandbox["id"]
            report = leak_checks.scan_host_directory(directory, self.token)
            self.results["leak_scan_sandbox_directory"] = report
            self.results["sandbox_directory"] = str(directory)
            if report["token_found_in"]:
                raise Failure("the token is in " + ", ".join(report["token_found_in"]))
            loose = [e for e in report["exempt"] if e["mode"] != "0o600"]
            if loose:
                raise Failure(f"egress.json must have mode 0600: {loose}")
            out.text = leak_checks.describe(report)

    def delete_sandbox(self):
        with self.steps.step("delete-sandbox", f"delete {self.sandbox_name}") as out:
            self.gateway.delete_sandbox(self.sandbox_name)
            if self.gateway.sandbox(self.sandbox_name) is not None:
                raise Failure(f"sandbox {self.sandbox_name} still exists after DELETE")
            self.sandbox_name_deleted = self.sandbox_name
            self.sandbox_name = None
            self.gateway.delete_provider(self.provider)
            self.provider_created = False
            out.text = "sandbox and provider deleted"

    # The run as a whole.

    def run(self):
        failed = None
        try:
            self.start_fixtures()
            self.start_gateway()
            self.create_provider()
            self.create_sandbox()
            self.read_advisory()
            self.clone()
            self.run_tests("test-before", expect_pass=False)
            self.patch()
            output = self.run_tests("test-after", expect_pass=True)
            self.serve_report(output)
            self.screenshot()
            self.push()
            self.open_pull_request()
            self.forbidden_requests()
            self.scan_inside()
            self.collect_audit()
            self.scan_host_before_delete()
            self.delete_sandbox()
        except StepFailed as error:
            failed = error
        except (KeyboardInterrupt, SystemExit) as error:
            failed = StepFailed("interrupted", error)
            self.steps.print("FAILED interrupted: the run was stopped by a signal; cleaning up")
        except Exception as error:
            failed = StepFailed("setup", error)
            self.steps.print(f"FAILED setup: {error}")
        finally:
            cleanup_failed = self.clean_up()
        failed = failed or cleanup_failed
        self.summarize(failed)
        return failed

    def clean_up(self):
        """Delete what the run created and check that it is gone. Return the StepFailed of a
        clean-up that failed, or None."""
        try:
            with self.steps.step("clean-up", "stop the fixtures and the gateway, remove temporary directories") as out:
                problems = []
                if self.gateway and self.sandbox_name:
                    self.print_denials()
                    try:
                        self.gateway.delete_sandbox(self.sandbox_name)
                    except Exception as error:
                        problems.append(f"delete sandbox {self.sandbox_name}: {error}")
                if self.gateway and self.provider_created:
                    try:
                        self.gateway.delete_provider(self.provider)
                    except Exception as error:
                        problems.append(f"delete provider {self.provider}: {error}")
                for fixture in self.fixtures:
                    fixture.stop()
                if self.gateway:
                    self.gateway.stop(remove_state=False)
                    self.scan_gateway_state()
                    if self.gateway.owned and not self.arguments.keep_state:
                        shutil.rmtree(self.gateway.state_dir, ignore_errors=True)
                shutil.rmtree(self.scratch, ignore_errors=True)
                cleanup = self.verify_cleanup()
                self.results["cleanup"] = cleanup
                if cleanup["open_fixture_ports"]:
                    problems.append("fixtures still listen: " + ", ".join(cleanup["open_fixture_ports"]))
                if cleanup["temporary_directories_left"]:
                    problems.append("not removed: " + ", ".join(cleanup["temporary_directories_left"]))
                if cleanup["gateway_running"]:
                    problems.append("the gateway still runs")
                if problems:
                    raise Failure("; ".join(problems))
                out.text = json.dumps(cleanup)
        except StepFailed as error:
            return error
        return None

    def print_denials(self):
        """Print the proxy's refusals of a run that failed, which often name the cause."""
        try:
            events = self.gateway.logs(self.sandbox_name)
        except Exception as error:
            self.steps.print(f"  could not read the audit log of {self.sandbox_name}: {error}")
            return
        for event in events:
            if event.get("decision") == "deny":
                self.steps.print(f"  audit: {audit_line(event)}")

    def scan_gateway_state(self):
        if not self.gateway.state_dir:
            return
        report = leak_checks.scan_host_directory(self.gateway.state_dir, self.token)
        self.results["leak_scan_gateway_state"] = report
        self.steps.print(f"  gateway state directory: {leak_checks.describe(report)}")

    def verify_cleanup(self):
        ports = self.results["fixtures"].get("ports", {})
        open_ports = [name for name, port in ports.items() if port_open(port)]
        kept = {str(self.gateway.state_dir)} if self.gateway and self.arguments.keep_state else set()
        left = [d for d in self.results["fixtures"]["temporary_directories"] if os.path.exists(d) and d not in kept]
        pid = self.results["fixtures"].get("gateway_pid")
        return {"open_fixture_ports": open_ports, "temporary_directories_left": left,
                "gateway_running": bool(pid and process_alive(pid))}

    def summarize(self, failed):
        pull = None
        if self.git_host:
            if self.git_host.pulls:
                calls = [a for a in self.git_host.authorizations if a["path"] == PULLS_PATH]
                pull = {**self.git_host.pulls[-1], "token_valid": bool(calls) and calls[-1]["token_valid"]}
            self.results["git_host_requests"] = [
                {key: call[key] for key in ("method", "path", "token_valid")} for call in self.git_host.authorizations]
        self.results["pull_request"] = pull
        self.results["token_seen_by"] = {
            fixture.name: any(self.token in request["headers"] for request in fixture.requests)
            for fixture in self.fixtures}
        if self.collector:
            self.results["collector_requests"] = len(self.collector.requests)
        if self.advisory:
            self.results["advisory_posts"] = len([r for r in self.advisory.requests if r["method"] == "POST"])
        self.results["total_seconds"] = self.steps.total_seconds
        self.results["failed_step"] = failed.step if failed else None
        self.print_summary(pull, failed)
        path = self.arguments.results or self.arguments.output_dir / "results.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.results, indent=2) + "\n")
        self.steps.print(f"results: {path}")

    def print_summary(self, pull, failed):
        say = self.steps.print
        say()
        say("summary")
        if pull:
            say(f"  pull request #{pull['number']}: '{pull['title']}', {pull['head']} -> {pull['base']}, "
                f"token valid at the Git host: {pull['token_valid']}")
            for line in pull["diff"].splitlines():
                say(f"    {line}")
        seen = ", ".join(f"{name}: {'yes' if saw else 'no'}" for name, saw in self.results["token_seen_by"].items())
        say(f"  real token received by: {seen}")
        for line in self.results.get("audit", []):
            say(f"  audit: {line}")
        say(f"  total: {self.steps.total_seconds:.2f} s")
        say(f"  FAILED at step '{failed.step}': {failed}" if failed else "  all steps passed")


REPORT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>shelf: test report</title>
<style>body {{ font-family: DejaVu Sans, sans-serif; margin: 2em; }} pre {{ background: #f4f4f4; padding: 1em; }}
.ok {{ color: #1a7f37; }}</style></head>
<body><h1>shelf: <span class="ok">tests pass</span> after the fix</h1>
<p>Patched <code>{function}</code> in <code>{file}</code>.</p>
<pre>{output}</pre></body></html>
"""


def parse_http_reply(text):
    """Split a raw HTTP reply into its status code and JSON body."""
    head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    status = int(head.split()[1]) if head.startswith("HTTP/") else 0
    try:
        return status, json.loads(body)
    except ValueError:
        return status, {"raw": body.strip()}


def capture_page(url):
    """Open `url` in a headless Chromium on the host, which Playwright starts, and return a PNG."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # As root, Chromium runs only without its own sandbox; the page is the example's own.
        browser = playwright.chromium.launch(
            executable_path=HOST_CHROMIUM, args=["--no-sandbox"] if os.geteuid() == 0 else [], timeout=60_000)
        try:
            page = browser.new_page()
            response = page.goto(url, wait_until="load", timeout=60_000)
            if response is None or response.status != 200:
                raise Failure(f"the browser loaded {url} with status {response.status if response else 'none'}")
            image = page.screenshot(full_page=True)
            page.close()
        finally:
            browser.close()
    return image


def png_size(image):
    """Return the width and height from a PNG's IHDR chunk, raising Failure when it is not a PNG."""
    if not image.startswith(b"\x89PNG\r\n\x1a\n") or image[12:16] != b"IHDR":
        raise Failure(f"the screenshot is not a PNG image: {image[:60]!r}")
    return int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")


def audit_line(event):
    what = f"{event.get('method', '')} {event.get('path', '')}".strip() or event.get("kind", "")
    parts = [event["decision"], event.get("destination", ""), what, f"by {event.get('binary', '?')}"]
    if event.get("policy"):
        parts.append(f"policy {event['policy']}")
    if event.get("reason"):
        parts.append(f"reason {event['reason']}")
    return " ".join(p for p in parts if p)


def port_open(port):
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def process_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z")


def main():
    arguments = parse_arguments()
    if os.geteuid() != 0:
        print("patch-and-pr: run as root: the gateway creates namespaces and cgroups", file=sys.stderr)
        return 2
    # SIGTERM (from a test runner's timeout, for one) unwinds like Ctrl-C, so the clean-up runs.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    try:
        agent = Agent(arguments)
    except Failure as error:
        print(f"patch-and-pr: {error}", file=sys.stderr)
        return 2
    return 1 if agent.run() else 0


if __name__ == "__main__":
    sys.exit(main())
