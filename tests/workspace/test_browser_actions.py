"""POST /v1/browser/actions, GET /v1/browser/screenshot and POST /v1/browser/config against the
sandbox's real Chromium, through the SDK and raw HTTP."""

import pytest
from agent_sandbox.browser import (Action_Click, Action_Hotkey, Action_KeyDown, Action_KeyUp, Action_MouseDown,
                                   Action_MouseUp, Action_MoveTo, Action_Press, Action_Scroll, Action_Typing,
                                   Action_Wait)

from browser_pages_support import BUTTON_CENTRE, NAME_CENTRE, evaluate, serve_test_page, wait_for
from cdp_support import assert_red_square, decode_png


@pytest.fixture(scope="module")
def raw(gateway, sandbox):
    from conftest import Raw

    return Raw(gateway, sandbox)


@pytest.fixture(scope="module")
def page_url(raw):
    return serve_test_page(raw)


@pytest.fixture
def loaded(client, page_url):
    assert client.browser_page.navigate(url=page_url).success
    return page_url


def act(raw, action):
    body = raw.post("/v1/browser/actions", action).json()
    assert body["success"] is True, body
    return body


def test_click_at_coordinates_hits_button(client, raw, loaded):
    x, y = BUTTON_CENTRE
    result = client.browser.execute_action(request=Action_Click(x=x, y=y))
    assert result.success is True
    assert result.status == "success"
    assert result.data.status == "success"
    assert result.action_performed == result.data.action_performed
    assert evaluate(raw, "document.getElementById('out').textContent") == "clicked 1"


def test_action_response_shape(raw, loaded):
    body = act(raw, {"action_type": "MOVE_TO", "x": 10, "y": 20})
    assert set(body) >= {"success", "message", "data", "hint", "status", "action_performed"}
    assert body["status"] == "success"
    assert body["data"] == {"status": "success", "action_performed": body["action_performed"]}
    assert "(10, 20)" in body["action_performed"]


def test_typing_and_hotkey(client, raw, loaded):
    x, y = NAME_CENTRE
    client.browser.execute_action(request=Action_Click(x=x, y=y))
    assert evaluate(raw, "document.activeElement.id") == "name"
    client.browser.execute_action(request=Action_Typing(text="hello world"))
    assert evaluate(raw, "document.getElementById('name').value") == "hello world"
    client.browser.execute_action(request=Action_Hotkey(keys=["ctrl", "a"]))
    client.browser.execute_action(request=Action_Typing(text="replaced", use_clipboard=False))
    assert evaluate(raw, "document.getElementById('name').value") == "replaced"
    client.browser.execute_action(request=Action_Press(key="Backspace"))
    assert evaluate(raw, "document.getElementById('name').value") == "replace"


def test_key_down_and_up_hold_shift(client, raw, loaded):
    x, y = NAME_CENTRE
    client.browser.execute_action(request=Action_Click(x=x, y=y))
    client.browser.execute_action(request=Action_KeyDown(key="Shift"))
    client.browser.execute_action(request=Action_Press(key="a"))
    client.browser.execute_action(request=Action_KeyUp(key="Shift"))
    client.browser.execute_action(request=Action_Press(key="a"))
    assert evaluate(raw, "document.getElementById('name').value") == "Aa"


def test_mouse_down_up_and_wait(client, raw, loaded):
    client.browser.execute_action(request=Action_MoveTo(x=500, y=500))
    client.browser.execute_action(request=Action_MouseDown(button="right"))
    client.browser.execute_action(request=Action_MouseUp(button="right"))
    client.browser.execute_action(request=Action_Wait(duration=0.1))
    assert evaluate(raw, "window.mouselog") == ["mousedown:2", "mouseup:2"]


def test_scroll_wheel_moves_page(client, raw, loaded):
    client.browser.execute_action(request=Action_MoveTo(x=400, y=300))
    client.browser.execute_action(request=Action_Scroll(dy=400))
    assert wait_for(raw, "window.scrollY > 0")


def test_bad_action_type_is_422(raw):
    response = raw.post("/v1/browser/actions", {"action_type": "JUMP"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "union_tag_invalid"
    missing = raw.post("/v1/browser/actions", {"action_type": "MOVE_TO", "x": 1})
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["body", "MOVE_TO", "y"]
    assert raw.post("/v1/browser/actions", {"action_type": "CLICK", "num_clicks": 5}).status_code == 422


def test_screenshot_headers_and_pixels(client, raw, loaded):
    response = raw.get("/v1/browser/screenshot")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    width, height, _ = decode_png(response.content)
    assert int(response.headers["x-image-width"]) == width
    assert int(response.headers["x-image-height"]) == height
    assert int(response.headers["x-screen-width"]) > 0
    assert int(response.headers["x-screen-height"]) > 0
    assert_red_square(response.content)
    png = b"".join(client.browser.screenshot())
    assert_red_square(png)
    jpeg = raw.get("/v1/browser/screenshot", params={"format": "jpg", "quality": 40})
    assert jpeg.headers["Content-Type"] == "image/jpeg"
    assert raw.get("/v1/browser/screenshot", params={"format": "gif"}).status_code == 422


def test_config_resolution(client, raw, loaded):
    original = client.browser.get_info().data.viewport
    bad = raw.post("/v1/browser/config", {"resolution": {"width": 1234, "height": 567}}).json()
    assert bad["success"] is False
    assert "1234x567" in bad["message"]
    assert "1280x720" in bad["message"]
    assert raw.post("/v1/browser/config", {"resolution": {"width": 0, "height": 5}}).status_code == 422
    result = client.browser.set_config(resolution={"width": 1024, "height": 768})
    assert result.success, result
    assert evaluate(raw, "[window.innerWidth, window.innerHeight]") == [1024, 768]
    response = raw.get("/v1/browser/screenshot")
    assert response.headers["x-screen-width"] == "1024"
    assert response.headers["x-image-width"] == "1024"
    restored = client.browser.set_config(resolution={"width": original.width, "height": original.height})
    assert restored.success, restored


@pytest.mark.parametrize("action", [
    {"action_type": "MOVE_TO", "x": 1e308, "y": 10},
    {"action_type": "MOVE_REL", "x_offset": -1e12, "y_offset": 0},
    {"action_type": "CLICK", "x": -100, "y": 99999999},
    {"action_type": "SCROLL", "dx": 10 ** 12},
])
def test_far_coordinates_are_422_and_input_keeps_working(client, raw, loaded, action):
    response = raw.post("/v1/browser/actions", action)
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["type"] in {"less_than_equal", "greater_than_equal"}
    x, y = BUTTON_CENTRE
    act(raw, {"action_type": "CLICK", "x": x, "y": y})
    assert evaluate(raw, "document.getElementById('out').textContent").startswith("clicked")
