"""A 200 MB upload and download, streamed on both sides: neither the test, the gateway nor the
workspace server holds the file whole, which their peak memory shows."""

import hashlib
import uuid

SIZE = 200 * 1024 * 1024
PIECE = 1024 * 1024


def pattern_piece(index):
    return bytes([index % 251]) * PIECE


def peak_memory_kib(status_text):
    for line in status_text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in " + status_text)


def test_200_megabyte_upload_and_download(raw, gateway):
    path = f"/sandbox/large-{uuid.uuid4().hex[:6]}.bin"
    boundary = "paddock" + uuid.uuid4().hex
    expected = hashlib.sha256()

    def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n{path}\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.bin\"\r\n"
               "Content-Type: application/octet-stream\r\n\r\n").encode()
        for index in range(SIZE // PIECE):
            piece = pattern_piece(index)
            expected.update(piece)
            yield piece
        yield f"\r\n--{boundary}--\r\n".encode()

    uploaded = raw.session.post(
        raw.base + "/v1/file/upload", data=body(), timeout=600,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}).json()
    assert uploaded["success"] is True, uploaded
    assert uploaded["data"]["file_size"] == SIZE
    checked = raw.bash(f"stat -c %s {path}; sha256sum {path}")["stdout"].split()
    assert int(checked[0]) == SIZE
    assert checked[1] == expected.hexdigest()

    received = hashlib.sha256()
    count = 0
    with raw.get("/v1/file/download", params={"path": path}, stream=True, timeout=600) as response:
        assert response.status_code == 200
        for chunk in response.iter_content(chunk_size=PIECE):
            received.update(chunk)
            count += len(chunk)
    assert count == SIZE
    assert received.hexdigest() == expected.hexdigest()

    server = raw.bash("cat /proc/$(pgrep -f '^/.paddock/bin/paddock __workspace')/status")["stdout"]
    assert peak_memory_kib(server) < 100 * 1024
    with open(f"/proc/{gateway.process.pid}/status") as status:
        assert peak_memory_kib(status.read()) < 100 * 1024
    raw.bash(f"rm {path}")
