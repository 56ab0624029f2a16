"""CDP relay benchmark: a Playwright navigate-and-screenshot loop over three paths to the same
Chromium in one sandbox, in the same run.

- direct: a host port forwarded straight to Chromium's debugging port inside the sandbox;
- workspace relay: a host port forwarded to the workspace server's 127.0.0.1:8091, URL `/cdp`;
- gateway relay: the gateway's `/sandboxes/NAME/cdp`, which adds the gateway's own relay.

direct and workspace relay differ only by the workspace server's CDP relay. Every round times one
`page.goto` of a page served inside the sandbox plus one `page.screenshot`, then one CDP command
(`Runtime.evaluate`) on its own, on each path in an order that rotates from round to round. Prints
the medians and p95s and their ratios to direct.

Usage (as root, after scripts/build.sh release):
  .build/workspace-venv/bin/python bench/cdp_bench/run.py [--rounds N] [--warmup N]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "tests/workspace"))

from cdp_support import assert_red_square, forward, serve_page_in_sandbox  # noqa: E402
from conftest import Gateway, Raw  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(title, cases, samples):
    print(title)
    print(f"  {'path':<18}{'median ms':>10}{'p95 ms':>10}{'median/direct':>15}{'p95/direct':>12}")
    base_median = statistics.median(samples["direct"])
    base_p95 = percentile(samples["direct"], 0.95)
    for case in cases:
        median = statistics.median(samples[case])
        p95 = percentile(samples[case], 0.95)
        print(f"  {case:<18}{median:>10.2f}{p95:>10.2f}{median / base_median:>15.3f}{p95 / base_p95:>12.3f}")


def chromium_port(raw):
    raw.get("/cdp/json/version")
    output = raw.bash("head -n 1 /tmp/paddock-browser-*/profile/DevToolsActivePort")["stdout"]
    return int(output.strip())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100, help="timed rounds per path (default 100)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed rounds per path first (default 5)")
    options = parser.parse_args()
    if options.rounds < 1 or options.warmup < 0:
        parser.error("--rounds must be at least 1 and --warmup at least 0")

    gateway = Gateway()
    name = None
    try:
        name = gateway.create_sandbox()
        raw = Raw(gateway, name)
        page_url = serve_page_in_sandbox(raw)
        direct = forward(gateway, name, chromium_port(raw))
        relay = forward(gateway, name, 8091)
        endpoints = {
            "direct": (f"http://{direct}", {}),
            "workspace relay": (f"http://{relay}/cdp", {}),
            "gateway relay": (f"{gateway.url}/sandboxes/{name}/cdp", gateway.headers),
        }
        with sync_playwright() as playwright:
            pages = {}
            for case, (endpoint, headers) in endpoints.items():
                browser = playwright.chromium.connect_over_cdp(endpoint, headers=headers, timeout=60_000)
                pages[case] = browser.contexts[0].new_page()
            cases = list(endpoints)
            sessions = {case: page.context.new_cdp_session(page) for case, page in pages.items()}
            screenshots = {case: [] for case in cases}
            commands = {case: [] for case in cases}
            for round_index in range(options.warmup + options.rounds):
                shift = round_index % len(cases)
                for case in cases[shift:] + cases[:shift]:
                    page = pages[case]
                    # Each path has its own tab in the one browser; a background tab is not
                    # rendered, so its screenshot would wait.
                    page.bring_to_front()
                    started = time.perf_counter()
                    page.goto(page_url)
                    png = page.screenshot()
                    elapsed = time.perf_counter() - started
                    if round_index == 0:
                        assert_red_square(png)
                    started = time.perf_counter()
                    sessions[case].send("Runtime.evaluate", {"expression": "1 + 1"})
                    command = time.perf_counter() - started
                    if round_index >= options.warmup:
                        screenshots[case].append(elapsed * 1000)
                        commands[case].append(command * 1000)
        print(f"{options.rounds} rounds per path ({options.warmup} warm-up), paths in rotating order")
        report("navigate + screenshot", cases, screenshots)
        report("CDP command round trip (Runtime.evaluate)", cases, commands)
    finally:
        if name:
            gateway.delete_sandbox(name)
        gateway.stop()


if __name__ == "__main__":
    main()
