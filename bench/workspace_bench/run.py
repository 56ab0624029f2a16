"""Benchmarks of the workspace server through the gateway, each beside the same work done directly.

Usage (as root, after scripts/setup.sh):
    .build/workspace-venv/bin/python bench/workspace_bench/run.py [--calls 1000] [--concurrency 16]

It starts its own gateway on a free port with a temporary state directory, creates one sandbox and
measures:
- the round trip of POST /v1/bash/exec with `true` and of POST /v1/shell/exec with `echo hi`,
  sequentially and from concurrent clients, beside posix_spawn on the host of what the server
  runs: `bash -c true` for the bash runner (and plain `/bin/true` for reference), and
  `sh -c 'echo hi'` for the shell, whose sessions keep one shell running instead;
- file write (multipart upload) and read (download) of 1 MB and 100 MB, beside a plain copy of the
  same bytes on the host's disk.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("PADDOCK_BINARY", REPOSITORY / ".build/release/paddock"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gateway:
    def __init__(self):
        self.state = tempfile.mkdtemp(prefix="paddock-workspace-bench-")
        self.port = free_port()
        self.log = open(os.path.join(self.state, "gateway-stdout.log"), "wb")
        self.process = subprocess.Popen(
            [str(BINARY), "gateway", "start", "--foreground", "--state-dir", self.state,
             "--listen", f"127.0.0.1:{self.port}"], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while not Path(self.state, "token").exists() or not Path(self.state, "token").read_text().strip():
            if time.time() > deadline:
                raise RuntimeError("the gateway did not start")
            time.sleep(0.05)
        self.token = Path(self.state, "token").read_text().strip()
        while True:
            try:
                status, _ = self.request("GET", "/v1/health")
                if status == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                raise RuntimeError("the gateway did not answer /v1/health")
            time.sleep(0.05)

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def request(self, method, path, body=None, connection=None):
        owned = connection is None
        connection = connection or self.connection()
        headers = {"Authorization": f"Bearer {self.token}"}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        data = response.read()
        if owned:
            connection.close()
        return response.status, data

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        shutil.rmtree(self.state, ignore_errors=True)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def summary(latencies):
    return statistics.median(latencies) * 1000, percentile(latencies, 0.95) * 1000


def measure_sequential(call, count):
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        call()
        latencies.append(time.perf_counter() - started)
    return latencies


def measure_concurrent(make_call, count, clients):
    """Runs `count` calls split over `clients` threads, each with its own connection."""
    latencies = []
    lock = threading.Lock()
    per_client = count // clients

    def worker():
        call = make_call()
        local = measure_sequential(call, per_client)
        with lock:
            latencies.extend(local)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started


def direct_spawn(arguments):
    def call():
        pid = os.posix_spawn(arguments[0], arguments, os.environ)
        os.waitpid(pid, 0)
    return call


def workspace_call(gateway, path, body, check):
    connection = gateway.connection()

    def call():
        status, data = gateway.request("POST", path, body, connection=connection)
        if status != 200 or not check(json.loads(data)):
            raise RuntimeError(f"{path} failed: {status} {data[:300]!r}")
    return call


def report_latency(name, through, direct, extra=""):
    through_median, through_p95 = summary(through)
    direct_median, direct_p95 = summary(direct)
    print(f"{name:<34} gateway median {through_median:7.3f} ms  p95 {through_p95:7.3f} ms | "
          f"direct median {direct_median:7.3f} ms  p95 {direct_p95:7.3f} ms | "
          f"ratio (median) {through_median / direct_median:6.2f}x{extra}")


def upload(gateway, sandbox, path, source):
    boundary = "bench" + uuid.uuid4().hex
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n{path}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = os.path.getsize(source)
    connection = gateway.connection()
    connection.putrequest("POST", f"/sandboxes/{sandbox}/v1/file/upload")
    connection.putheader("Authorization", f"Bearer {gateway.token}")
    connection.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    connection.putheader("Content-Length", str(len(head) + size + len(tail)))
    connection.endheaders()
    connection.send(head)
    with open(source, "rb") as file:
        while piece := file.read(1024 * 1024):
            connection.send(piece)
    connection.send(tail)
    response = connection.getresponse()
    body = json.loads(response.read())
    connection.close()
    if not body.get("success") or body["data"]["file_size"] != size:
        raise RuntimeError(f"upload failed: {body}")


def download(gateway, sandbox, path, target):
    connection = gateway.connection()
    connection.request(
        "GET", f"/sandboxes/{sandbox}/v1/file/download?path={path}",
        headers={"Authorization": f"Bearer {gateway.token}"})
    response = connection.getresponse()
    if response.status != 200:
        raise RuntimeError(f"download failed: {response.status}")
    with open(target, "wb") as file:
        while piece := response.read(1024 * 1024):
            file.write(piece)
    connection.close()


def copy_direct(source, target):
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while piece := reader.read(1024 * 1024):
            writer.write(piece)


def timed(action, repeats):
    durations = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        durations.append(time.perf_counter() - started)
    return statistics.median(durations)


def bench_files(gateway, sandbox, scratch):
    print()
    print("file throughput (median of the repeats; MB/s = 10^6 bytes per second)")
    for megabytes, repeats in ((1, 20), (100, 3)):
        size = megabytes * 1024 * 1024
        source = os.path.join(scratch, f"source-{megabytes}")
        with open(source, "wb") as file:
            for _ in range(megabytes):
                file.write(os.urandom(1024 * 1024))
        inside = f"/sandbox/bench-{megabytes}.bin"
        target = os.path.join(scratch, f"target-{megabytes}")
        write = timed(lambda: upload(gateway, sandbox, inside, source), repeats)
        read = timed(lambda: download(gateway, sandbox, inside, target), repeats)
        if os.path.getsize(target) != size:
            raise RuntimeError("the download returned the wrong size")
        direct = timed(lambda: copy_direct(source, target), repeats)
        for name, duration in (("write (upload)", write), ("read (download)", read)):
            through = size / duration / 1e6
            plain = size / direct / 1e6
            print(f"{megabytes:>4} MB {name:<16} gateway {through:8.1f} MB/s | direct copy {plain:8.1f} MB/s | "
                  f"ratio {through / plain:5.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000, help="round trips per latency measurement")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients")
    options = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run the benchmark as root: the gateway creates namespaces and cgroups")

    gateway = Gateway()
    sandbox = "bench-" + uuid.uuid4().hex[:6]
    scratch = tempfile.mkdtemp(prefix="paddock-workspace-bench-files-")
    try:
        status, data = gateway.request("POST", "/v1/sandboxes", {"name": sandbox})
        if status != 201:
            raise RuntimeError(f"creating the sandbox failed: {status} {data!r}")
        prefix = f"/sandboxes/{sandbox}"
        deadline = time.time() + 30
        while gateway.request("GET", prefix + "/v1/sandbox")[0] != 200:
            if time.time() > deadline:
                raise RuntimeError("the workspace server did not respond within 30 seconds")
            time.sleep(0.05)

        print(f"paddock workspace benchmark: {options.calls} calls each, {options.concurrency} concurrent clients, "
              f"{os.cpu_count()} CPUs")
        bash_check = lambda body: body["data"]["exit_code"] == 0
        shell_check = lambda body: body["data"]["output"] == "hi\n"
        bash = lambda: workspace_call(gateway, prefix + "/v1/bash/exec", {"command": "true"}, bash_check)
        session_ids = iter(range(1_000_000))
        shell = lambda: workspace_call(
            gateway, prefix + "/v1/shell/exec", {"id": f"bench-{next(session_ids)}", "command": "echo hi"}, shell_check)
        true_direct = direct_spawn(["/bin/bash", "-c", "true"])
        plain_true = direct_spawn(["/bin/true"])
        echo_direct = direct_spawn(["/bin/sh", "-c", "echo hi > /dev/null"])

        # One warm-up call creates the shell sessions before timing.
        for make in (bash, shell):
            make()()
        bash_sequential = measure_sequential(bash(), options.calls)
        report_latency("bash exec `true` sequential", bash_sequential, measure_sequential(true_direct, options.calls))
        report_latency("  (beside plain /bin/true)", bash_sequential, measure_sequential(plain_true, options.calls))
        report_latency("shell exec `echo hi` sequential", measure_sequential(shell(), options.calls),
                       measure_sequential(echo_direct, options.calls))
        for name, make, direct in (("bash exec `true`", bash, lambda: true_direct),
                                   ("shell exec `echo hi`", shell, lambda: echo_direct)):
            through, elapsed = measure_concurrent(make, options.calls, options.concurrency)
            plain, plain_elapsed = measure_concurrent(direct, options.calls, options.concurrency)
            report_latency(f"{name} x{options.concurrency} concurrent", through, plain,
                           f" | {len(through) / elapsed:6.0f} calls/s vs {len(plain) / plain_elapsed:6.0f}")
        bench_files(gateway, sandbox, scratch)
    finally:
        gateway.request("DELETE", f"/v1/sandboxes/{sandbox}")
        gateway.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
