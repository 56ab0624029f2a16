"""Memory of a group of host processes, from /proc/PID/smaps_rollup."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# smaps_rollup fields that the benchmark records, in kB as the kernel prints them.
ROLLUP_FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty", "Swap")


def parse_smaps_rollup(text: str) -> dict[str, int]:
    """Return the ROLLUP_FIELDS of an smaps_rollup text in bytes; missing fields are 0."""
    values = {name: 0 for name in ROLLUP_FIELDS}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if name not in values:
            continue
        parts = rest.split()
        if len(parts) != 2 or parts[1] != "kB":
            raise ValueError(f"invalid smaps_rollup line {line!r}: expected '<name>: <number> kB'")
        values[name] = int(parts[0]) * 1024
    return values


def read_smaps_rollup(pid: int) -> dict[str, int] | None:
    """Return the memory fields of process `pid` in bytes, or None when it has exited."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as file:
            return parse_smaps_rollup(file.read())
    except (FileNotFoundError, ProcessLookupError):
        return None


def parent_map() -> dict[int, int]:
    """Return the parent process id of every process on the host."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as file:
                stat = file.read()
        except OSError:
            continue
        # The command name in parentheses may contain spaces, so fields are counted after its end.
        fields = stat[stat.rfind(")") + 2:].split()
        parents[int(entry)] = int(fields[1])
    return parents


def with_descendants(roots: list[int]) -> list[int]:
    """Return `roots` and every process below them, each once, in ascending order."""
    children: dict[int, list[int]] = {}
    for pid, parent in parent_map().items():
        children.setdefault(parent, []).append(pid)
    found = set()
    pending = list(roots)
    while pending:
        pid = pending.pop()
        if pid in found:
            continue
        found.add(pid)
        pending.extend(children.get(pid, []))
    return sorted(found)


def cgroup_process_ids(relative_path: str) -> list[int]:
    """Return the processes of a cgroup given relative to the hierarchy root, for cgroup v1 or v2."""
    candidates = [f"/sys/fs/cgroup/memory/{relative_path}/cgroup.procs", f"/sys/fs/cgroup/{relative_path}/cgroup.procs"]
    for path in candidates:
        try:
            with open(path, encoding="ascii") as file:
                return [int(line) for line in file.read().split()]
        except FileNotFoundError:
            continue
    return []


@dataclass
class MemorySample:
    """Memory of one group of processes, summed over them, in bytes."""

    pids: list[int] = field(default_factory=list)
    pss: int = 0
    rss: int = 0
    uss: int = 0
    swap: int = 0

    def to_json(self) -> dict:
        """Return the sample as a JSON object."""
        return {"pids": self.pids, "pss_bytes": self.pss, "rss_bytes": self.rss, "uss_bytes": self.uss,
                "swap_bytes": self.swap}


def measure(pids: list[int]) -> MemorySample:
    """Sum PSS, RSS, USS (private clean + private dirty) and swap over `pids`; exited processes are skipped."""
    sample = MemorySample()
    for pid in sorted(set(pids)):
        values = read_smaps_rollup(pid)
        if values is None:
            continue
        sample.pids.append(pid)
        sample.pss += values["Pss"]
        sample.rss += values["Rss"]
        sample.uss += values["Private_Clean"] + values["Private_Dirty"]
        sample.swap += values["Swap"]
    return sample
