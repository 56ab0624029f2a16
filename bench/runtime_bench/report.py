"""The printed table and the JSON results file."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from .phases import PhaseResult
from .stats import ratio, summarize

MEBIBYTE = 1024 * 1024


@dataclass(frozen=True)
class Series:
    """One row of the table: a series key, its label, and whether it is a reference for the ratios."""

    key: str
    label: str
    reference: bool


@dataclass(frozen=True)
class PhaseLayout:
    """How one phase is printed: its title, its rows and the product owner's aim for Paddock."""

    key: str
    title: str
    rows: tuple[Series, ...]
    aim: str


LAYOUTS = (
    PhaseLayout("create_to_first_exec", "create-to-first-completed-exec of `true` (ms)", (
        Series("paddock", "paddock: create + first exec", False),
        Series("paddock_create_request", "  of which POST /v1/sandboxes", False),
        Series("paddock_first_exec", "  of which the first exec", False),
        Series("runc_run", "runc run", True),
        Series("bwrap", "bwrap --unshare-all", True),
    ), "median under 25 ms and below runc run"),
    PhaseLayout("exec_round_trip", "exec round trip of `true` (ms)", (
        Series("paddock", "paddock: POST exec (keep-alive TCP)", False),
        Series("posix_spawn", "posix_spawn + waitpid on the host", True),
        Series("runc_exec", "runc exec", True),
    ), "median under 3 ms"),
    PhaseLayout("idle_memory", "PSS of one idle sandbox after idling (MiB)", (
        Series("paddock", "paddock: supervisor + its cgroup", False),
        Series("gateway_while_idle", "  (gateway process, not counted)", False),
        Series("runc_container", "runc run -d: container processes", True),
        Series("bwrap", "bwrap + its children", True),
    ), "median under 10 MB (10,000,000 bytes)"),
)

# Aims of the product owner, checked against Paddock's median.
CREATE_AIM_MS = 25.0
EXEC_AIM_MS = 3.0
MEMORY_AIM_BYTES = 10_000_000


def aim_verdict(phase_key: str, summaries: dict[str, dict]) -> str:
    """Return 'met' or 'not met' with the numbers that decide it, for one phase."""
    paddock = summaries.get("paddock", {}).get("median")
    if paddock is None:
        return "not measured"
    if phase_key == "create_to_first_exec":
        runc = summaries.get("runc_run", {}).get("median")
        met = paddock < CREATE_AIM_MS and runc is not None and paddock < runc
        runc_text = f"{runc:.2f}" if runc is not None else "n/a"
        return f"{'met' if met else 'not met'} (paddock {paddock:.2f} ms, runc run {runc_text} ms)"
    if phase_key == "exec_round_trip":
        return f"{'met' if paddock < EXEC_AIM_MS else 'not met'} (paddock {paddock:.2f} ms)"
    met = paddock < MEMORY_AIM_BYTES
    return f"{'met' if met else 'not met'} (paddock {paddock / 1e6:.2f} MB = {paddock / MEBIBYTE:.2f} MiB)"


def summarize_phase(result: PhaseResult) -> dict[str, dict]:
    """Return the summary of every series of a phase."""
    return {key: summarize(values) for key, values in result.samples.items()}


def format_value(value: float | None, unit: str) -> str:
    """Format a sample value for the table: ms with two decimals, bytes as MiB."""
    if value is None:
        return "-"
    if unit == "bytes":
        return f"{value / MEBIBYTE:.2f}"
    return f"{value:.2f}"


def format_ratio(value: float | None) -> str:
    """Format a Paddock/reference ratio for the table."""
    return "-" if value is None else f"{value:.2f}x"


def render_table(results: dict[str, PhaseResult]) -> str:
    """Return the table of medians, p95 and Paddock/reference ratios for the measured phases."""
    lines = []
    header = f"{'':42} {'n':>4} {'median':>9} {'p95':>9} {'ratio med':>10} {'ratio p95':>10}"
    for layout in LAYOUTS:
        result = results.get(layout.key)
        if result is None:
            continue
        summaries = summarize_phase(result)
        paddock = summaries.get("paddock", {})
        lines.append(layout.title)
        lines.append(header)
        for row in layout.rows:
            summary = summaries.get(row.key)
            if not summary or summary["count"] == 0:
                continue
            ratio_median = ratio(paddock.get("median"), summary["median"]) if row.reference else None
            ratio_p95 = ratio(paddock.get("p95"), summary["p95"]) if row.reference else None
            lines.append(f"{row.label:42} {summary['count']:>4} {format_value(summary['median'], result.unit):>9} "
                         f"{format_value(summary['p95'], result.unit):>9} {format_ratio(ratio_median):>10} "
                         f"{format_ratio(ratio_p95):>10}")
        if result.truncated:
            lines.append(f"  (cut short by the time budget after {result.rounds_done} of "
                         f"{result.rounds_requested} rounds)")
        lines.append(f"  aim: {layout.aim}: {aim_verdict(layout.key, summaries)}")
        lines.append("")
    lines.append("ratio = Paddock / reference (below 1.00x means Paddock is faster or smaller)")
    return "\n".join(lines)


def results_document(results: dict[str, PhaseResult], metadata: dict) -> dict:
    """Return the JSON document with the metadata, raw samples and summaries of every phase."""
    phases = {}
    for key, result in results.items():
        phases[key] = {
            "unit": result.unit,
            "rounds_requested": result.rounds_requested,
            "rounds_done": result.rounds_done,
            "truncated": result.truncated,
            "summary": summarize_phase(result),
            "samples": result.samples,
            "details": result.details,
            "aim": aim_verdict(key, summarize_phase(result)),
        }
    return {"metadata": metadata, "phases": phases}


def write_results(path: str, document: dict) -> None:
    """Write the JSON document to `path`, creating its directory."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        json.dump(document, file, indent=1)
        file.write("\n")
