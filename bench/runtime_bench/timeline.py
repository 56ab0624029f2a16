"""Create-to-first-exec timelines from kernel tracepoints recorded with `perf record -k CLOCK_MONOTONIC`.

The profiler runs one create and one exec at a time and notes, on the same clock, when it sent
each request and read each response. Between those client marks, the first tracepoint of each
kind from the right process marks a milestone: the supervisor's fork and exec, its cgroup
writes and attaches, its mounts, its readiness report on fd 3, and the fork, exec and exit of
`true`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .stats import summarize

# The tracepoints the profiler records. Writes are kept only when they go to fd 3 (the
# supervisor's start-up channel) or are at most 8 bytes long (the pid that the gateway writes to
# each cgroup.procs).
TRACEPOINTS = (
    "sched:sched_process_fork", "sched:sched_process_exec", "sched:sched_process_exit",
    "cgroup:cgroup_attach_task", "syscalls:sys_enter_unshare", "syscalls:sys_exit_unshare",
    "syscalls:sys_enter_mount", "syscalls:sys_enter_pivot_root",
)
WRITE_TRACEPOINT = "syscalls:sys_enter_write"
WRITE_FILTER = "fd == 3 || count <= 8"

# One line of `perf script -F pid,tid,time,event,trace`.
LINE = re.compile(r"^\s*(?P<pid>\d+)/(?P<tid>\d+)\s+(?P<time>\d+\.\d+):\s+(?P<event>[\w:]+):\s?(?P<trace>.*)$")
FIELD = re.compile(r"(\w+)[=:]\s*([^\s,]+)")
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class Event:
    """One tracepoint hit: process and thread id, CLOCK_MONOTONIC time in seconds, name and fields."""

    pid: int
    tid: int
    time: float
    name: str
    fields: dict[str, str]


@dataclass(frozen=True)
class ClientMarks:
    """When the profiler sent the create and the exec request and read their responses (seconds)."""

    create_sent: float
    create_answered: float
    exec_sent: float
    exec_answered: float


def parse_events(lines: list[str]) -> list[Event]:
    """Return the events of `perf script -F pid,tid,time,event,trace` output in time order."""
    events = []
    for line in lines:
        match = LINE.match(line)
        if not match:
            continue
        fields = dict(FIELD.findall(match["trace"]))
        events.append(Event(pid=int(match["pid"]), tid=int(match["tid"]), time=float(match["time"]),
                            name=match["event"].split(":", 1)[1], fields=fields))
    events.sort(key=lambda event: event.time)
    return events


def _first(events: list[Event], start: float, end: float, name: str, **conditions) -> Event | None:
    for event in events:
        if event.time < start or event.time > end or event.name != name:
            continue
        if all(_matches(event, key, value) for key, value in conditions.items()):
            return event
    return None


def _matches(event: Event, key: str, value) -> bool:
    if key == "pid":
        return event.pid == value
    if key == "filename_suffix":
        return event.fields.get("filename", "").endswith(value)
    if key == "not_pid":
        return event.pid != value
    if key == "attached_pid":
        return int(event.fields.get("pid", "-1")) == value
    if key == "child_pid":
        return int(event.fields.get("child_pid", "-1")) == value
    if key == "hex":
        field, expected = value
        return int(event.fields.get(field, "0x0"), 16) == expected
    return event.fields.get(key) == str(value)


def milestones(events: list[Event], marks: ClientMarks, binary_name: str = "paddock") -> dict | None:
    """Return the milestone times of one round.

    `binary_name` is the file name of the paddock binary, whose exec marks the supervisor's start.
    Returns None when the supervisor's exec is missing from the trace, and the times found so far
    with the name of the first missing milestone under "missing" when another one is.
    """
    times = {"create_sent": marks.create_sent, "create_answered": marks.create_answered,
             "exec_sent": marks.exec_sent, "exec_answered": marks.exec_answered}
    start, ready_end = marks.create_sent, marks.create_answered
    supervisor_exec = _first(events, start, ready_end, "sched_process_exec", filename_suffix="/" + binary_name)
    if supervisor_exec is None:
        return None
    supervisor = supervisor_exec.pid
    found = {
        "supervisor_fork": _first(events, start, supervisor_exec.time, "sched_process_fork", child_pid=supervisor),
        "supervisor_exec": supervisor_exec,
        # The gateway moves the supervisor into its cgroup right after the supervisor's exec.
        "cgroup_write": _first(events, supervisor_exec.time, ready_end, "sys_enter_write", not_pid=supervisor),
        "cgroup_attached": _first(events, supervisor_exec.time, ready_end, "cgroup_attach_task",
                                  attached_pid=supervisor),
        "first_mount": _first(events, supervisor_exec.time, ready_end, "sys_enter_mount", pid=supervisor),
        "netns_enter": _first(events, supervisor_exec.time, ready_end, "sys_enter_unshare", pid=supervisor,
                              hex=("unshare_flags", CLONE_NEWNET)),
        "pivot_root": _first(events, supervisor_exec.time, ready_end, "sys_enter_pivot_root", pid=supervisor),
        "ready_write": _first(events, supervisor_exec.time, ready_end, "sys_enter_write", pid=supervisor,
                              hex=("fd", 3)),
    }
    attaches = [event for event in events if event.name == "cgroup_attach_task"
                and _matches(event, "attached_pid", supervisor) and start <= event.time <= ready_end]
    found["cgroup_attached_last"] = attaches[-1] if attaches else None
    if found["netns_enter"] is not None:
        found["netns_exit"] = _first(events, found["netns_enter"].time, ready_end, "sys_exit_unshare",
                                     pid=supervisor)
    command_exec = _first(events, marks.exec_sent, marks.exec_answered, "sched_process_exec",
                          filename_suffix="/true")
    if command_exec is not None:
        found["command_exec"] = command_exec
        found["command_fork"] = _first(events, marks.exec_sent, command_exec.time, "sched_process_fork",
                                       child_pid=command_exec.pid)
        found["command_exit"] = _first(events, command_exec.time, marks.exec_answered, "sched_process_exit",
                                       pid=command_exec.pid)
    for name, event in found.items():
        if event is None:
            times["missing"] = name
            return times
        times[name] = event.time
    return times


# Segments of the timeline: label, first milestone, last milestone.
SEGMENTS = (
    ("gateway: request to supervisor forked (store, dirs, cgroup, config)", "create_sent", "supervisor_fork"),
    ("supervisor: forked to exec done", "supervisor_fork", "supervisor_exec"),
    ("gateway: supervisor exec to first cgroup.procs write", "supervisor_exec", "cgroup_write"),
    ("gateway: first cgroup.procs write (v1 memory)", "cgroup_write", "cgroup_attached"),
    ("gateway: first cgroup.procs write to last attach", "cgroup_write", "cgroup_attached_last"),
    ("supervisor: start-up (loader, Swift runtime, config) to first mount", "supervisor_exec", "first_mount"),
    ("supervisor: mounts, dirs, network namespace, cgroup wait", "first_mount", "pivot_root"),
    ("  of which unshare(CLONE_NEWNET)", "netns_enter", "netns_exit"),
    ("supervisor: pivot_root to ready (seccomp, Landlock, socket)", "pivot_root", "ready_write"),
    ("gateway: ready to 201 read by the client", "ready_write", "create_answered"),
    ("client: 201 read to exec sent", "create_answered", "exec_sent"),
    ("exec: request to fork of true (gateway relay, supervisor)", "exec_sent", "command_fork"),
    ("exec: fork to exec of true (caps, Landlock, seccomp)", "command_fork", "command_exec"),
    ("exec: true runs", "command_exec", "command_exit"),
    ("exec: exit to response read by the client", "command_exit", "exec_answered"),
    ("total: create sent to exec response read", "create_sent", "exec_answered"),
)


def summarize_segments(rounds: list[dict[str, float]]) -> list[tuple[str, dict]]:
    """Return the summary in milliseconds of every segment over all rounds."""
    rows = []
    for label, first, last in SEGMENTS:
        values = [(times[last] - times[first]) * 1e3 for times in rounds if first in times and last in times]
        rows.append((label, summarize(values)))
    return rows
