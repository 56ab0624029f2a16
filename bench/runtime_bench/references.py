"""The reference runtimes: runc with a small bundle, and bubblewrap."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess

COMMAND_TIMEOUT_SECONDS = 30
# Upper bound for the idle processes, in case every cleanup path fails.
IDLE_SLEEP_SECONDS = 600

# The namespaces of a Paddock sandbox: the supervisor starts in new mount, PID, UTS and IPC
# namespaces, then unshares a cgroup namespace and creates a network namespace that has only
# loopback. No user namespace is used, because the gateway and the supervisor run as root.
PADDOCK_NAMESPACES = ["pid", "network", "ipc", "uts", "mount", "cgroup"]


class ReferenceRuntimeError(RuntimeError):
    """A reference runtime command that failed."""


def run_checked(command: list[str], **options) -> subprocess.CompletedProcess:
    """Run `command` with its output captured and raise ReferenceRuntimeError unless it exits with 0."""
    completed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                               timeout=COMMAND_TIMEOUT_SECONDS, check=False, **options)
    if completed.returncode != 0:
        raise ReferenceRuntimeError(f"`{' '.join(command)}` failed with exit code {completed.returncode}: "
                             f"{completed.stderr.strip()[-500:]}")
    return completed


class RuncBundle:
    """An OCI bundle whose root filesystem shows the host's /usr read-only, and a private runc state root.

    The root filesystem is an empty directory with mount points and the merged-/usr symlinks
    (bin, lib, lib64, sbin), so `/usr/bin/true` and its libraries come from the host, as they do
    in a Paddock sandbox of the `host` image.
    """

    def __init__(self, runc: str, directory: str):
        self.runc = runc
        self.directory = directory
        self.bundle = os.path.join(directory, "bundle")
        self.rootfs = os.path.join(self.bundle, "rootfs")
        self.state_root = os.path.join(directory, "runc-state")

    def build(self) -> None:
        """Write config.json and the root filesystem, starting from `runc spec`'s defaults."""
        os.makedirs(self.rootfs, exist_ok=True)
        os.makedirs(self.state_root, exist_ok=True)
        for name in ["usr", "proc", "dev", "sys", "tmp"]:
            os.makedirs(os.path.join(self.rootfs, name), exist_ok=True)
        for name in ["bin", "lib", "lib64", "sbin"]:
            link = os.path.join(self.rootfs, name)
            if not os.path.lexists(link):
                os.symlink(f"usr/{name}", link)
        config_path = os.path.join(self.bundle, "config.json")
        if os.path.exists(config_path):
            os.unlink(config_path)
        run_checked([self.runc, "spec", "--bundle", self.bundle])
        with open(config_path, encoding="utf-8") as file:
            config = json.load(file)
        with open(config_path, "w", encoding="utf-8") as file:
            json.dump(self.adjust(config), file, indent=2)

    @staticmethod
    def adjust(config: dict) -> dict:
        """Return `config` with the host's /usr mounted, Paddock's namespaces and a plain `true` process."""
        config["process"]["terminal"] = False
        config["process"]["args"] = ["/usr/bin/true"]
        config["root"] = {"path": "rootfs", "readonly": True}
        config["hostname"] = "runc-bench"
        config["mounts"].append({"destination": "/usr", "type": "bind", "source": "/usr",
                                 "options": ["rbind", "ro", "nosuid", "nodev"]})
        config["mounts"].append({"destination": "/tmp", "type": "tmpfs", "source": "tmpfs",
                                 "options": ["nosuid", "nodev", "mode=1777"]})
        config["linux"]["namespaces"] = [{"type": kind} for kind in PADDOCK_NAMESPACES]
        return config

    def command(self, *arguments: str) -> list[str]:
        """Return a runc command line that uses this bundle's private state root."""
        return [self.runc, "--root", self.state_root, *arguments]

    def run_true(self, container_id: str) -> None:
        """Create, start, wait for and delete a container that runs `true` (`runc run`)."""
        run_checked(self.command("run", "--bundle", self.bundle, container_id))

    def run_detached(self, container_id: str, arguments: list[str]) -> None:
        """Start a container in the background that runs `arguments` instead of `true` (`runc run -d`)."""
        # `runc run` takes the process arguments only from config.json, so a detached container
        # gets a bundle directory of its own whose config points at the shared root filesystem.
        bundle = os.path.join(self.directory, f"bundle-{container_id}")
        os.makedirs(bundle, exist_ok=True)
        with open(os.path.join(self.bundle, "config.json"), encoding="utf-8") as file:
            config = json.load(file)
        config["process"]["args"] = arguments
        config["root"]["path"] = self.rootfs
        with open(os.path.join(bundle, "config.json"), "w", encoding="utf-8") as file:
            json.dump(config, file, indent=2)
        # A pipe for runc's output would stay open in the container after runc exits, so runc
        # writes its errors to a file and the container's stdio goes to /dev/null.
        log_path = os.path.join(bundle, "runc.log")
        with open(log_path, "w+", encoding="utf-8") as log:
            completed = subprocess.run(self.command("run", "--detach", "--bundle", bundle, container_id),
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                       timeout=COMMAND_TIMEOUT_SECONDS, check=False)
            log.seek(0)
            errors = log.read().strip()
        if completed.returncode != 0:
            raise ReferenceRuntimeError(f"`runc run --detach` of container {container_id} failed with exit code "
                                        f"{completed.returncode}: {errors[-500:]}")

    def exec_true(self, container_id: str) -> None:
        """Run `true` in the running container (`runc exec`)."""
        run_checked(self.command("exec", container_id, "/usr/bin/true"))

    def process_ids(self, container_id: str) -> list[int]:
        """Return the host process ids of the container's processes (`runc ps`)."""
        completed = run_checked(self.command("ps", "--format", "json", container_id))
        return [int(pid) for pid in json.loads(completed.stdout or "[]")]

    def delete(self, container_id: str) -> None:
        """Kill and delete the container; a container that is already gone counts as deleted."""
        subprocess.run(self.command("delete", "--force", container_id), stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=COMMAND_TIMEOUT_SECONDS, check=False)
        bundle = os.path.join(self.directory, f"bundle-{container_id}")
        shutil.rmtree(bundle, ignore_errors=True)

    def list_ids(self) -> list[str]:
        """Return the ids of the containers in this bundle's state root."""
        completed = subprocess.run(self.command("list", "--quiet"), stdin=subprocess.DEVNULL,
                                   capture_output=True, text=True, timeout=COMMAND_TIMEOUT_SECONDS, check=False)
        return completed.stdout.split() if completed.returncode == 0 else []


def bwrap_command(bwrap: str, arguments: list[str]) -> list[str]:
    """Return a bwrap command that runs `arguments` in fresh namespaces with the host's /usr read-only."""
    return [
        bwrap, "--unshare-all", "--die-with-parent",
        "--ro-bind", "/usr", "/usr",
        "--symlink", "usr/bin", "/bin",
        "--symlink", "usr/lib", "/lib",
        "--symlink", "usr/lib64", "/lib64",
        "--symlink", "usr/sbin", "/sbin",
        "--proc", "/proc",
        "--dev", "/dev",
        "--tmpfs", "/tmp",
        *arguments,
    ]


def run_bwrap_true(bwrap: str) -> None:
    """Run `true` through bwrap and raise ReferenceRuntimeError unless it exits with 0."""
    run_checked(bwrap_command(bwrap, ["/usr/bin/true"]))


def start_bwrap_idle(bwrap: str) -> subprocess.Popen:
    """Start `sleep` through bwrap in the background and return the outer bwrap process."""
    return subprocess.Popen(bwrap_command(bwrap, ["/usr/bin/sleep", str(IDLE_SLEEP_SECONDS)]),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def stop_bwrap_idle(process: subprocess.Popen) -> None:
    """Kill the bwrap process group and reap the outer bwrap."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait(timeout=COMMAND_TIMEOUT_SECONDS)
