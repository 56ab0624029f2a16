"""Browser page API benchmark: the workspace server's REST page operations, called through the
gateway, against Playwright driving the same Chromium directly, in the same run.

Four operations on a page served inside the sandbox, each timed per call:
- navigate: `POST /v1/browser/page/navigate` (wait for load) / `page.goto`;
- evaluate: `POST /v1/browser/page/evaluate` of `document.title` / `page.evaluate`;
- click: `POST /v1/browser/page/click` on a button by selector / `page.click`;
- screenshot: `GET /v1/browser/page/screenshot` (PNG of the viewport) / `page.screenshot`.

The REST calls act on a tab they open, and Playwright on a page of its own in the same browser,
connected over a host port forwarded to Chromium's debugging port. The paths alternate from round
to round. Prints the median and p95 in milliseconds and the ratio of the REST median to
Playwright's.

Usage (as root, after scripts/build.sh release):
  .build/workspace-venv/bin/python bench/page_bench/run.py [--rounds N] [--warmup N]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "tests/workspace"))

from browser_pages_support import serve_test_page  # noqa: E402
from cdp_support import assert_red_square, forward  # noqa: E402
from conftest import Gateway, Raw  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def chromium_port(raw):
    raw.get("/cdp/json/version")
    output = raw.bash("head -n 1 /tmp/paddock-browser-*/profile/DevToolsActivePort")["stdout"]
    return int(output.strip())


def rest_operations(raw, page_url):
    def navigate():
        body = raw.post("/v1/browser/page/navigate", {"url": page_url}).json()
        assert body["success"], body

    def evaluate():
        body = raw.post("/v1/browser/page/evaluate", {"expression": "document.title"}).json()
        assert body["data"] == "Test page", body

    def click():
        body = raw.post("/v1/browser/page/click", {"selector": "#go"}).json()
        assert body["success"], body

    def screenshot():
        response = raw.get("/v1/browser/page/screenshot")
        assert response.status_code == 200, response.text
        assert response.content[:4] == b"\x89PNG", response.content[:300]
        return response.content

    return {"navigate": navigate, "evaluate": evaluate, "click": click, "screenshot": screenshot}


def playwright_operations(page, page_url):
    def evaluate():
        assert page.evaluate("document.title") == "Test page"

    def screenshot():
        # Playwright's screenshot of this page timed out (30 s) in trial runs once the REST path's tab
        # was in front, so the page is brought to the front first.
        page.bring_to_front()
        return page.screenshot()

    return {
        "navigate": lambda: page.goto(page_url),
        "evaluate": evaluate,
        "click": lambda: page.click("#go"),
        "screenshot": screenshot,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=50, help="timed rounds per operation and path (default 50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds first (default 3)")
    options = parser.parse_args()
    if options.rounds < 1 or options.warmup < 0:
        parser.error("--rounds must be at least 1 and --warmup at least 0")

    gateway = Gateway()
    name = None
    try:
        name = gateway.create_sandbox()
        raw = Raw(gateway, name)
        page_url = serve_test_page(raw)
        direct = forward(gateway, name, chromium_port(raw))
        with sync_playwright() as playwright:
            browser = playwright.chromium.connect_over_cdp(f"http://{direct}", timeout=60_000)
            page = browser.contexts[0].new_page()
            page.goto(page_url)
            paths = {"REST": rest_operations(raw, page_url), "Playwright": playwright_operations(page, page_url)}
            # Playwright's new page became the active page, so the REST path opens a tab of its own.
            opened = raw.post("/v1/browser/tabs", {"url": page_url}).json()
            assert opened["success"], opened
            raw.post("/v1/browser/page/navigate", {"url": page_url})
            assert_red_square(paths["REST"]["screenshot"]())
            operations = list(paths["REST"])
            samples = {(path, operation): [] for path in paths for operation in operations}
            for round_index in range(options.warmup + options.rounds):
                order = list(paths) if round_index % 2 == 0 else list(reversed(paths))
                for operation in operations:
                    for path in order:
                        started = time.perf_counter()
                        paths[path][operation]()
                        elapsed = (time.perf_counter() - started) * 1000
                        if round_index >= options.warmup:
                            samples[(path, operation)].append(elapsed)
            browser.close()
    finally:
        if name:
            gateway.delete_sandbox(name)
        gateway.stop()

    print(f"{options.rounds} rounds per operation and path, after {options.warmup} warm-up rounds (ms)")
    print(f"{'operation':<12} {'path':<11} {'median':>8} {'p95':>8} {'REST/Playwright':>16}")
    for operation in operations:
        reference = statistics.median(samples[("Playwright", operation)])
        for path in paths:
            values = samples[(path, operation)]
            median = statistics.median(values)
            ratio = f"{median / reference:.2f}" if path == "REST" else ""
            print(f"{operation:<12} {path:<11} {median:8.2f} {percentile(values, 0.95):8.2f} {ratio:>16}")


if __name__ == "__main__":
    main()
