"""File watches, driven through the agent-sandbox SDK (whose watch calls return untyped JSON)."""

import threading
import time


def test_watch_reports_create_write_rename_remove(client, raw, workdir):
    watcher = client.file.watch_create(path=workdir, debounce=50)
    watcher_id = watcher["watcher_id"]
    assert watcher["data"]["path"] == workdir
    raw.bash(f"mkdir {workdir}/sub && echo a > {workdir}/sub/f.txt")
    time.sleep(0.2)
    raw.bash(f"mv {workdir}/sub/f.txt {workdir}/g.txt && sleep 0.1 && rm {workdir}/g.txt")
    seen = []
    cursor = 0
    deadline = time.time() + 10
    while time.time() < deadline and not any(event["type"] == "remove" for event in seen):
        result = client.file.watch_poll(watcher_id, since=cursor, timeout=2)
        seen += result["events"]
        cursor = result["cursor"]
    kinds = [(event["type"], event["relative_path"]) for event in seen]
    assert ("create", "sub") in kinds
    assert ("create", "sub/f.txt") in kinds
    assert ("rename", "g.txt") in kinds
    assert ("remove", "g.txt") in kinds
    rename = next(event for event in seen if event["type"] == "rename")
    assert rename["old_path"] == f"{workdir}/sub/f.txt"
    assert [event["seq"] for event in seen] == sorted(event["seq"] for event in seen)
    assert cursor == seen[-1]["seq"]
    listed = client.file.watch_list()
    assert watcher_id in [entry["watcher_id"] for entry in listed["data"]]
    assert client.file.watch_stop(watcher_id)["success"] is True
    assert watcher_id not in [entry["watcher_id"] for entry in client.file.watch_list()["data"]]


def test_watch_excludes_patterns(client, raw, workdir):
    watcher_id = client.file.watch_create(path=workdir, exclude=["*.tmp"], debounce=50)["watcher_id"]
    raw.bash(f"touch {workdir}/skip.tmp {workdir}/keep.txt")
    result = client.file.watch_poll(watcher_id, since=0, timeout=5)
    paths = [event["relative_path"] for event in result["events"]]
    assert "keep.txt" in paths
    assert "skip.tmp" not in paths
    client.file.watch_stop(watcher_id)


def test_watch_wait_for_one_file(client, raw, workdir):
    path = f"{workdir}/later.txt"
    timer = threading.Timer(0.5, lambda: raw.bash(f"echo x > {path}"))
    timer.start()
    result = client.file.watch_wait(path=path, timeout=10, event_types=["create"])
    timer.join()
    assert result["event"]["type"] == "create"
    assert result["event"]["path"] == path
    # An existing file answers a create wait at once.
    again = client.file.watch_wait(path=path, timeout=10, event_types=["create"])
    assert again["event"]["path"] == path


def test_watch_wait_times_out(client, workdir):
    result = client.file.watch_wait(path=f"{workdir}/never.txt", timeout=1, event_types=["create"])
    assert result["success"] is False
    assert "never.txt" in result["message"]


def test_watch_of_missing_path_is_not_found(client):
    result = client.file.watch_create(path="/sandbox/no-such-dir")
    assert result["success"] is False
    assert result["data"]["error_type"] == "not_found"


def test_watch_events_stream(raw, workdir):
    import json

    watcher = raw.post("/v1/file/watch", {"path": workdir, "debounce": 50}).json()
    watcher_id = watcher["watcher_id"]
    response = raw.get(f"/v1/file/watch/{watcher_id}/events", headers={"Accept": "text/event-stream"}, stream=True)
    lines = response.iter_lines(decode_unicode=True)
    assert next(lines) == "event: watch_started"
    raw.bash(f"touch {workdir}/streamed.txt")
    event_name = identifier = None
    for line in lines:
        if line.startswith("event: "):
            event_name = line[7:]
        elif line.startswith("id: "):
            identifier = line[4:]
        elif line.startswith("data: ") and event_name == "file_change":
            change = json.loads(line[6:])
            break
    response.close()
    assert change["relative_path"] == "streamed.txt"
    assert identifier == f"{watcher_id}:{change['seq']}"
    raw.session.delete(raw.base + f"/v1/file/watch/{watcher_id}", timeout=30)
