"""Time the patch-and-pull-request example: run it N times and record each step's wall time.

Usage (as root, after scripts/setup.sh):
    .build/workspace-venv/bin/python bench/patch_and_pr/run.py [--runs 3] [--results FILE]

Each run is a full `examples/patch-and-pr/run.sh` with its own gateway, fixtures and sandbox. The
table shows the median, minimum and maximum seconds of each step and of the whole run. The JSON
file contains every run's step times, the medians and the host's details.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLE = REPOSITORY / "examples/patch-and-pr/run.sh"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="number of runs of the example (default 3)")
    parser.add_argument("--results", type=Path,
                        help="the JSON file to write (default bench/results/<UTC time>-patch-and-pr.json)")
    arguments = parser.parse_args()
    if arguments.runs < 1:
        parser.error(f"--runs must be at least 1, not {arguments.runs}")
    return arguments


def run_once(index, directory):
    """Run the example once and return its results, or exit naming the failed step."""
    output = directory / f"run-{index}"
    environment = dict(os.environ, PADDOCK_PYTHON=os.environ.get("PADDOCK_PYTHON", sys.executable))
    process = subprocess.run([str(EXAMPLE), "--output-dir", str(output)], env=environment,
                             capture_output=True, text=True)
    results_file = output / "results.json"
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    if process.returncode != 0:
        tail = "\n".join((process.stdout + process.stderr).splitlines()[-20:])
        sys.exit(f"run {index} failed at step '{results.get('failed_step')}':\n{tail}")
    return results


def summarize(runs):
    names = [record["name"] for record in runs[0]["steps"]]
    rows = []
    for name in names + ["total"]:
        if name == "total":
            samples = [run["total_seconds"] for run in runs]
        else:
            samples = [next(r["seconds"] for r in run["steps"] if r["name"] == name) for run in runs]
        rows.append({"step": name, "median": statistics.median(samples), "min": min(samples), "max": max(samples),
                     "samples": samples})
    return rows


def print_table(rows, runs):
    width = max(len(row["step"]) for row in rows)
    print(f"patch-and-pr example, {runs} runs (seconds)")
    print(f"{'step':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}")
    for row in rows:
        print(f"{row['step']:<{width}}  {row['median']:>8.3f}  {row['min']:>8.3f}  {row['max']:>8.3f}")


def main():
    arguments = parse_arguments()
    if os.geteuid() != 0:
        sys.exit("bench: run as root: the example's gateway creates namespaces and cgroups")
    runs = []
    with tempfile.TemporaryDirectory(prefix="patch-and-pr-bench-") as directory:
        for index in range(1, arguments.runs + 1):
            print(f"bench: run {index} of {arguments.runs}", file=sys.stderr, flush=True)
            runs.append(run_once(index, Path(directory)))
    rows = summarize(runs)
    print_table(rows, arguments.runs)
    now = datetime.datetime.now(datetime.timezone.utc)
    path = arguments.results or REPOSITORY / "bench/results" / f"{now:%Y%m%dT%H%M%SZ}-patch-and-pr.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "benchmark": "patch-and-pr", "time": now.isoformat(timespec="seconds"), "runs": arguments.runs,
        "host": {"machine": platform.machine(), "kernel": platform.release(), "cpus": os.cpu_count(),
                 "load_average": os.getloadavg()},
        "steps": rows,
        "run_steps": [{r["name"]: r["seconds"] for r in run["steps"]} for run in runs],
    }
    path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"bench: results in {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
