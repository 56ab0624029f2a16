"""Pages and helpers for the browser page and action tests: a page with a red square, a button,
inputs and a tall body, served inside the sandbox."""

import time

from cdp_support import RED_SQUARE_HTML, serve_page_in_sandbox

# The red square of RED_SQUARE_HTML, a button and inputs at fixed places away from the white pixel
# that assert_red_square checks, and flowing content far below them.
TEST_PAGE_HTML = RED_SQUARE_HTML.replace("</style>", """
#go { position: absolute; left: 200px; top: 30px; width: 120px; height: 40px; }
#name { position: absolute; left: 200px; top: 100px; width: 150px; height: 20px; }
#keys { position: absolute; left: 200px; top: 150px; width: 150px; height: 20px; }
#agree { position: absolute; left: 200px; top: 200px; }
#colour { position: absolute; left: 200px; top: 240px; }
#flow { margin-top: 400px; height: 3000px; }
</style>
<title>Test page</title>""").replace("<div id=\"red\"></div>", """<div id="red"></div>
<button id="go" onclick="document.getElementById('out').textContent = 'clicked ' + (++window.clicks)">Go</button>
<input id="name" placeholder="Your name">
<input id="keys">
<input type="checkbox" id="agree">
<select id="colour"><option value="r">Red</option><option value="g">Green</option></select>
<div id="flow">
<h1>Heading</h1>
<p id="out">not clicked</p>
<ul><li>first item</li><li>second item</li></ul>
<p>A <a href="https://example.test/docs">docs link</a>.</p>
</div>
<script>
window.clicks = 0;
window.keylog = [];
window.mouselog = [];
document.getElementById('keys').addEventListener('keydown', (event) => window.keylog.push(event.key));
for (const type of ['mousedown', 'mouseup']) {
    document.addEventListener(type, (event) => window.mouselog.push(type + ':' + event.button));
}
</script>""")

# Centres of the button and the inputs in viewport coordinates, with the page scrolled to the top.
BUTTON_CENTRE = (260, 50)
NAME_CENTRE = (275, 110)


def serve_test_page(raw):
    return serve_page_in_sandbox(raw, TEST_PAGE_HTML)


def start_silent_server(raw, port):
    """Start a TCP listener in the sandbox that never accepts, so page loads from it never finish."""
    raw.bash(f"setsid -f python3 -c 'import socket, time; s = socket.socket(); "
             f"s.bind((\"127.0.0.1\", {port})); s.listen(16); time.sleep(3600)' > /dev/null 2>&1 < /dev/null")
    deadline = time.time() + 10
    while time.time() < deadline:
        listening = raw.bash(f"ss -Hltn 'sport = :{port}' | wc -l")["stdout"].strip()
        if listening != "0":
            return f"http://127.0.0.1:{port}/never"
        time.sleep(0.1)
    raise RuntimeError(f"the silent server on port {port} did not start")


def evaluate(raw, expression):
    """Evaluate `expression` in the active page and return its value, asserting success."""
    body = raw.post("/v1/browser/page/evaluate", {"expression": expression}).json()
    assert body["success"], body
    return body["data"]


def wait_for(raw, expression, timeout=10):
    """Poll `expression` until it is truthy; return its last value."""
    deadline = time.time() + timeout
    value = None
    while time.time() < deadline:
        value = evaluate(raw, expression)
        if value:
            return value
        time.sleep(0.1)
    return value
