"""Helpers for the CDP tests and the CDP benchmark: a test page, a PNG decoder, and a page server
inside a sandbox."""

import random
import struct
import time
import zlib

# A white page with a solid red square at a known place, for pixel checks on screenshots.
RED_SQUARE_HTML = """<!doctype html>
<html><head><style>
html, body { margin: 0; background: rgb(255, 255, 255); }
#red { position: absolute; left: 40px; top: 30px; width: 100px; height: 80px; background: rgb(255, 0, 0); }
</style></head><body><div id="red"></div></body></html>
"""
INSIDE_RED = (90, 70)
OUTSIDE_RED = (300, 300)


def decode_png(data):
    """Decode an 8-bit RGB or RGBA PNG into (width, height, rows), where rows[y][x] is (r, g, b)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position = 8
    compressed = b""
    width = height = channels = None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8, f"unsupported PNG bit depth {depth}"
            assert color in (2, 6), f"unsupported PNG color type {color}"
            assert interlace == 0, "interlaced PNGs are not supported"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            compressed += body
        elif kind == b"IEND":
            break

    raw = zlib.decompress(compressed)
    stride = width * channels
    rows = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - upper_left
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - upper_left))
                predictor = (left, up, upper_left)[distances.index(min(distances))]
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def assert_red_square(png):
    """Assert that a screenshot of RED_SQUARE_HTML shows the red square where the page puts it."""
    width, height, rows = decode_png(png)
    assert width > OUTSIDE_RED[0], (width, height)
    assert height > OUTSIDE_RED[1], (width, height)
    x, y = INSIDE_RED
    assert rows[y][x] == (255, 0, 0), f"pixel {INSIDE_RED} is {rows[y][x]}, expected red"
    x, y = OUTSIDE_RED
    assert rows[y][x] == (255, 255, 255), f"pixel {OUTSIDE_RED} is {rows[y][x]}, expected white"


def serve_page_in_sandbox(raw, html=RED_SQUARE_HTML):
    """Write `html` to a fresh directory in the sandbox and serve it with Python's http.server on
    the sandbox's loopback; return the page's URL for the sandbox's browser."""
    port = random.randint(20000, 29999)
    directory = f"/sandbox/page-{port}"
    raw.bash(f"mkdir -p {directory}")
    response = raw.post("/v1/file/write", {"file": f"{directory}/index.html", "content": html}).json()
    assert response["success"], response
    raw.bash(f"setsid -f python3 -m http.server --bind 127.0.0.1 {port} --directory {directory} "
             f"> /dev/null 2>&1 < /dev/null")
    deadline = time.time() + 30
    while time.time() < deadline:
        probe = raw.post("/v1/bash/exec", {"command": f"curl -s -o /dev/null -w '%{{http_code}}' "
                                                      f"--noproxy '*' http://127.0.0.1:{port}/"}).json()
        if probe["data"]["stdout"].strip().endswith("200"):
            return f"http://127.0.0.1:{port}/index.html"
        time.sleep(0.2)
    raise RuntimeError(f"the page server on port {port} in the sandbox did not start")


def random_loopback():
    """A random 127.x.y.z address, so that forwards of tests running at once do not collide."""
    return f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"


def forward(gateway, name, port, bind=None):
    """Forward bind:port on the host to 127.0.0.1:port in the sandbox; return the host address."""
    import requests

    bind = bind or random_loopback()
    response = requests.post(f"{gateway.url}/v1/sandboxes/{name}/forwards", headers=gateway.headers,
                             json={"forward": f"{bind}:{port}"}, timeout=30)
    assert response.status_code == 201, response.text
    return f"{bind}:{port}"


def unforward(gateway, name, port):
    import requests

    requests.delete(f"{gateway.url}/v1/sandboxes/{name}/forwards/{port}", headers=gateway.headers, timeout=30)
