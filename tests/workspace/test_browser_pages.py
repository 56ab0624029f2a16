"""The /v1/browser/page/* and /v1/browser/tabs operations against the sandbox's real Chromium,
through the SDK and raw HTTP, on pages served inside the sandbox."""

import random

import pytest
from playwright.sync_api import sync_playwright

from browser_pages_support import evaluate, serve_test_page, start_silent_server, wait_for
from cdp_support import assert_red_square, serve_page_in_sandbox


@pytest.fixture(scope="module")
def raw(gateway, sandbox):
    from conftest import Raw

    return Raw(gateway, sandbox)


@pytest.fixture(scope="module")
def page_url(raw):
    return serve_test_page(raw)


@pytest.fixture
def loaded(client, raw, page_url):
    """Navigate the active page to the test page, freshly loaded."""
    result = client.browser_page.navigate(url=page_url)
    assert result.success, result
    return page_url


def test_navigate_returns_url_and_title(client, page_url):
    result = client.browser_page.navigate(url=page_url, wait_until="load", timeout=30)
    assert result.success, result
    assert result.data["url"] == page_url
    assert result.data["title"] == "Test page"


def test_text_markdown_and_html(client, loaded):
    text = client.browser_page.get_text()
    assert text.success
    assert "Heading" in text.data
    assert "not clicked" in text.data
    markdown = client.browser_page.get_markdown()
    assert markdown.success
    assert "# Heading" in markdown.data["markdown"]
    assert "- first item\n- second item" in markdown.data["markdown"]
    assert "[docs link](https://example.test/docs)" in markdown.data["markdown"]
    html = client.browser_page.get_html()
    assert 'id="go"' in html.data
    assert not html.data.startswith("<!")
    outer = client.browser_page.get_html(outer=True)
    assert outer.data.startswith("<!DOCTYPE html>")


def test_click_by_index_changes_dom(client, raw, loaded):
    elements = client.browser_page.get_elements()
    assert elements.success
    button = next(item for item in elements.data if item["id"] == "go")
    assert button["tag"] == "button"
    assert button["text"] == "Go"
    result = client.browser_page.click(index=button["index"])
    assert result.success, result
    assert evaluate(raw, "document.getElementById('out').textContent") == "clicked 1"
    # Indices stay the same for the same document.
    again = client.browser_page.get_elements()
    assert next(item for item in again.data if item["id"] == "go")["index"] == button["index"]


def test_click_by_selector_and_coordinates(client, raw, loaded):
    assert client.browser_page.click(selector="#go").success
    assert client.browser_page.click(x=260, y=50).success
    assert evaluate(raw, "window.clicks") == 2


def test_fill_then_evaluate_reads_value(client, raw, loaded):
    raw.post("/v1/browser/page/evaluate", {"expression": "document.getElementById('name').value = 'old'"})
    result = client.browser_page.fill(selector="#name", text="Ada Lovelace")
    assert result.success, result
    assert evaluate(raw, "document.getElementById('name').value") == "Ada Lovelace"


def test_type_and_press_key_into_input(client, raw, loaded):
    assert client.browser_page.click(selector="#keys").success
    assert client.browser_page.type_text(text="abc").success
    assert client.browser_page.type_text(text="de", delay=5).success
    assert client.browser_page.press_key(key="Backspace").success
    assert client.browser_page.press_key(key="Enter").success
    assert evaluate(raw, "document.getElementById('keys').value") == "abcd"
    keys = evaluate(raw, "window.keylog")
    assert keys[-3:] == ["e", "Backspace", "Enter"]


def test_type_without_focus_fails(raw, loaded):
    result = raw.post("/v1/browser/page/type", {"text": "lost"}).json()
    assert result["success"] is False
    assert "<body>" in result["message"]


def test_hot_key_selects_all(client, raw, loaded):
    assert client.browser_page.fill(selector="#keys", text="replace me").success
    assert client.browser_page.hot_key(keys=["Control", "a"]).success
    assert client.browser_page.type_text(text="new").success
    assert evaluate(raw, "document.getElementById('keys').value") == "new"


def test_check_select_and_find_text(client, raw, loaded):
    assert client.browser_page.check(selector="#agree").success
    assert evaluate(raw, "document.getElementById('agree').checked") is True
    assert client.browser_page.uncheck(selector="#agree").success
    assert evaluate(raw, "document.getElementById('agree').checked") is False
    selected = client.browser_page.select_option(selector="#colour", label="Green")
    assert selected.success, selected
    assert evaluate(raw, "document.getElementById('colour').value") == "g"
    found = client.browser_page.find_text(keyword="second ITEM")
    assert found.success
    assert [match["text"] for match in found.data] == ["second item"]


def test_scroll_changes_scroll_y(client, raw, loaded):
    result = client.browser_page.scroll(direction="down", amount=500)
    assert result.success, result
    assert evaluate(raw, "window.scrollY") == 500
    assert client.browser_page.scroll(direction="up", amount=200).success
    assert evaluate(raw, "window.scrollY") == 300
    assert client.browser_page.scroll_to(x=0, y=1000).success
    assert evaluate(raw, "window.scrollY") == 1000
    assert client.browser_page.scroll_to_element(selector="#name").success
    assert evaluate(raw, "window.scrollY") == 0


def test_back_and_forward(client, raw, page_url):
    other = serve_page_in_sandbox(raw, "<title>Other</title><p>other page</p>")
    assert client.browser_page.navigate(url=page_url).success
    assert client.browser_page.navigate(url=other).success
    back = client.browser_page.back()
    assert back.success, back
    assert evaluate(raw, "location.href") == page_url
    forward = client.browser_page.forward()
    assert forward.success, forward
    assert evaluate(raw, "location.href") == other
    assert evaluate(raw, "document.title") == "Other"
    assert client.browser_page.reload().success
    assert evaluate(raw, "document.title") == "Other"


def test_page_screenshot_pixels(client, raw, loaded):
    png = b"".join(client.browser_page.screenshot())
    assert_red_square(png)
    response = raw.get("/v1/browser/page/screenshot", params={"full_page": "true"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert_red_square(response.content)
    jpeg = raw.get("/v1/browser/page/screenshot", params={"format": "jpeg", "quality": 50})
    assert jpeg.headers["Content-Type"] == "image/jpeg"
    assert jpeg.content[:2] == b"\xff\xd8"


def test_screenshot_after_another_client_takes_front(gateway, sandbox, client, raw, loaded):
    # A Playwright page brought to the front hides the active page of the REST operations.
    with sync_playwright() as playwright:
        browser = playwright.chromium.connect_over_cdp(
            f"{gateway.url}/sandboxes/{sandbox}/cdp", headers=gateway.headers, timeout=60_000)
        try:
            other = browser.contexts[0].new_page()
            other.goto("about:blank")
            tabs = client.browser_tabs.list().data
            mine = [tab["index"] for tab in tabs if tab["url"] == loaded][-1]
            activated = client.browser_tabs.activate(index=mine)
            assert activated.success, activated
            other.bring_to_front()
            response = raw.get("/v1/browser/page/screenshot", timeout=90)
            assert response.headers["Content-Type"] == "image/png", response.text
            assert_red_square(response.content)
            other.close()
        finally:
            browser.close()


def test_never_loading_page_times_out_then_navigate_works(client, raw, page_url):
    never = start_silent_server(raw, random.randint(30000, 39999))
    result = raw.post("/v1/browser/page/navigate", {"url": never, "timeout": 3}).json()
    assert result["success"] is False, result
    assert never in result["message"]
    assert "timed out" in result["message"] or "did not reach" in result["message"]
    after = client.browser_page.navigate(url=page_url)
    assert after.success, after
    assert evaluate(raw, "document.title") == "Test page"


def test_refused_connection_names_net_error(raw):
    result = raw.post("/v1/browser/page/navigate", {"url": "http://127.0.0.1:47123/"}).json()
    assert result["success"] is False
    assert "net::ERR_CONNECTION_REFUSED" in result["message"]
    assert "http://127.0.0.1:47123/" in result["message"]


def test_selector_that_matches_nothing(raw, loaded):
    result = raw.post("/v1/browser/page/click", {"selector": "#does-not-exist"}).json()
    assert result["success"] is False
    assert "#does-not-exist" in result["message"]
    fill = raw.post("/v1/browser/page/fill", {"selector": "#nope", "text": "x"}).json()
    assert fill["success"] is False
    assert "#nope" in fill["message"]
    index = raw.post("/v1/browser/page/click", {"index": 9999}).json()
    assert index["success"] is False
    assert "9999" in index["message"]


def test_evaluate_values_and_throws(client, raw, loaded):
    assert client.browser_page.evaluate(expression="1 + 2").data == 3
    assert client.browser_page.evaluate(expression="() => document.title").data == "Test page"
    assert client.browser_page.evaluate(expression="({a: [1, 'b']})").data == {"a": [1, "b"]}
    assert client.browser_page.evaluate(expression="undefined").data is None
    failure = raw.post("/v1/browser/page/evaluate", {"expression": "throw new Error('boom')"}).json()
    assert failure["success"] is False
    assert "boom" in failure["message"]


def test_wait_for_selector_and_function(client, raw, loaded):
    evaluate(raw, "setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p id=late>late</p>'), 300); 0")
    result = client.browser_page.wait(type="selector", selector="#late", timeout=10)
    assert result.success, result
    assert client.browser_page.wait(type="function", expression="() => window.clicks === 0").success
    timeout = raw.post("/v1/browser/page/wait", {"type": "selector", "selector": "#never", "timeout": 0.5}).json()
    assert timeout["success"] is False
    assert "#never" in timeout["message"]


def test_bad_page_requests_are_rejected(raw):
    assert raw.post("/v1/browser/page/navigate", {}).status_code == 422
    assert raw.post("/v1/browser/page/navigate", {"url": "x", "wait_until": "soon"}).status_code == 422
    unknown = raw.post("/v1/browser/page/press_key", {"key": "NoSuchKey"}).json()
    assert unknown["success"] is False
    assert "NoSuchKey" in unknown["message"]


def test_tabs_open_activate_close(client, raw, page_url):
    before = client.browser_tabs.list()
    assert before.success
    opened = client.browser_tabs.create(url=page_url)
    assert opened.success, opened
    tabs = client.browser_tabs.list().data
    assert len(tabs) == len(before.data) + 1
    assert tabs[-1]["active"] is True
    assert wait_for(raw, "document.readyState === 'complete' && location.href") == page_url
    first = client.browser_tabs.activate(index=0)
    assert first.success, first
    assert client.browser_tabs.list().data[0]["active"] is True
    closed = client.browser_tabs.close(index=len(tabs) - 1)
    assert closed.success, closed
    assert len(client.browser_tabs.list().data) == len(before.data)
    missing = raw.session.delete(raw.base + "/v1/browser/tabs/99", timeout=30).json()
    assert missing["success"] is False


def test_killed_browser_is_replaced(client, raw, page_url):
    assert client.browser_page.navigate(url=page_url).success
    pid = int(raw.bash("pgrep -o -f '[r]emote-debugging-port=0'")["stdout"].strip())
    raw.bash(f"kill -9 {pid}")
    # The first request may report the lost connection; the one after it runs on a new browser.
    # Whichever of the two started the new browser reports the restart in its hint.
    first = raw.post("/v1/browser/page/evaluate", {"expression": "1"}).json()
    result = client.browser_page.navigate(url=page_url)
    assert result.success, result
    hints = [first.get("hint") or "", result.hint or ""]
    assert any("browser was restarted" in hint for hint in hints), hints
    assert evaluate(raw, "document.title") == "Test page"
