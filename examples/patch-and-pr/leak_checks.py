"""Searches for the Git host's token where it must not be: inside the sandbox, and in the logs."""

import hashlib
import json
import shlex
import stat
from pathlib import Path

# Runs inside the sandbox as the sandbox user. It gets the token's prefix, its length and its
# SHA-256, never the token itself, so that the search cannot plant what it looks for. For every
# occurrence of the prefix it hashes the bytes that follow. The placeholder is searched for as a
# control: it is in every sandbox process's environment, so a scan that misses it saw nothing.
INSIDE_SCANNER = r'''
import hashlib, json, os, sys
prefix, length, digest, placeholder = sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3], sys.argv[4].encode()
report = {"files": 0, "bytes": 0, "processes": 0, "unreadable": 0, "unreadable_files": [], "token_found_in": [],
          "placeholder_found_in": []}

def scan(path, data):
    report["bytes"] += len(data)
    start = data.find(prefix)
    while start >= 0:
        if hashlib.sha256(data[start:start + length]).hexdigest() == digest:
            report["token_found_in"].append(path)
            break
        start = data.find(prefix, start + 1)
    if placeholder in data:
        report["placeholder_found_in"].append(path)

def read(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        report["unreadable"] += 1
        return None

for pid in filter(str.isdigit, os.listdir("/proc")):
    report["processes"] += 1
    for name in ("environ", "cmdline"):
        data = read(f"/proc/{pid}/{name}")
        if data is not None:
            scan(f"/proc/{pid}/{name}", data)
for top in sys.argv[5:]:
    for directory, _, names in os.walk(top):
        for name in names:
            path = os.path.join(directory, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            data = read(path)
            if data is None:
                # A file the sandbox user cannot read could hold the token unseen.
                report["unreadable_files"].append(path)
            else:
                report["files"] += 1
                scan(path, data)
print(json.dumps(report))
'''

INSIDE_DIRECTORIES = ["/sandbox", "/tmp", "/dev/shm", "/run", "/.paddock", "/var/tmp"]


def token_prefix(token):
    return token[: token.index("-") + 1]


def scanner_command(token, placeholder):
    """Return the bash command line that runs the scanner. It contains only the token's prefix,
    length and digest."""
    arguments = [token_prefix(token), str(len(token)), hashlib.sha256(token.encode()).hexdigest(), placeholder,
                 *INSIDE_DIRECTORIES]
    return "python3 -c " + shlex.quote(INSIDE_SCANNER) + " " + " ".join(shlex.quote(a) for a in arguments)


def parse_scanner_output(stdout):
    return json.loads(stdout.strip().splitlines()[-1])


def scan_host_directory(directory, token, exempt=("egress.json",)):
    """Search every file under `directory` for `token`, except files named in `exempt`.

    `egress.json` is where the gateway hands the secret to the sandbox's proxy by design (mode
    0600, outside the sandbox), so the scan checks that file's mode instead.
    """
    report = {"directory": str(directory), "files": 0, "bytes": 0, "token_found_in": [], "exempt": []}
    needle = token.encode()
    for path in sorted(Path(directory).rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if path.name in exempt:
            mode = stat.S_IMODE(path.stat().st_mode)
            report["exempt"].append({"path": str(path), "mode": oct(mode)})
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        report["files"] += 1
        report["bytes"] += len(data)
        if needle in data:
            report["token_found_in"].append(str(path))
    return report


def describe(report):
    where = report["token_found_in"]
    return f"{report['files']} files, {report['bytes']} bytes: " + (
        "token found in " + ", ".join(where) if where else "token absent")


