"""Bounds on what the shell sessions keep and send back when a command prints a lot."""

import uuid


def resident_kib(raw):
    status = raw.bash("cat /proc/$(pgrep -f '^/.paddock/bin/paddock __workspace')/status")["stdout"]
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))


def test_large_shell_output_is_truncated_and_not_kept(own_raw):
    # 60 MB per command: more than the server keeps of a terminal, in three sessions.
    command = "head -c 60000000 /dev/zero | tr '\\0' b; echo; echo end"
    before = resident_kib(own_raw)
    for _ in range(3):
        reply = own_raw.post("/v1/shell/exec", {"id": "big-" + uuid.uuid4().hex[:6], "command": command})
        data = reply.json()["data"]
        assert data["exit_code"] == 0, data["output"][-200:]
        assert data["output"].startswith("bbbb")
        assert data["output"].endswith("b\nend\n")
        assert "bytes truncated" in data["output"]
        assert len(data["output"]) < 31_000
        latest = data["console"][-1]
        assert latest["command"] == command
        assert len(latest["output"]) < 31_000
        assert latest["output"].endswith("b\nend\n")
        assert len(reply.content) < 100_000
    assert resident_kib(own_raw) - before < 40 * 1024
