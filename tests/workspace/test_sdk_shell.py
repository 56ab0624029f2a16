"""The persistent shell sessions, driven through the agent-sandbox SDK."""

import concurrent.futures
import time
import uuid


def text(value):
    return getattr(value, "value", value)


def new_id():
    return "pytest-" + uuid.uuid4().hex[:8]


def test_shell_state_persists(client):
    session = new_id()
    first = client.shell.exec_command(id=session, command="cd /tmp && export MARK=kept && echo ok").data
    assert text(first.status) == "completed"
    assert first.output == "ok\n"
    assert first.exit_code == 0
    second = client.shell.exec_command(id=session, command="pwd; echo $MARK").data
    assert second.output == "/tmp\nkept\n"
    assert [record.command for record in second.console][-2:] == ["cd /tmp && export MARK=kept && echo ok", "pwd; echo $MARK"]


def test_shell_exit_code_and_multiline(client):
    data = client.shell.exec_command(id=new_id(), command="echo 'a b'\nfalse").data
    assert data.output == "a b\n"
    assert data.exit_code == 1


def test_shell_no_change_timeout_keeps_running(client):
    session = new_id()
    data = client.shell.exec_command(id=session, command="sleep 3; echo woke", no_change_timeout=1).data
    assert text(data.status) == "no_change_timeout"
    assert text(client.shell.view(id=session).data.status) == "running"
    waited = client.shell.wait_for_process(id=session, seconds=15).data
    assert text(waited.status) == "completed"
    view = client.shell.view(id=session).data
    assert view.output == "woke\n"
    assert view.exit_code == 0


def test_shell_hard_timeout_kills(client):
    session = new_id()
    started = time.time()
    data = client.shell.exec_command(id=session, command="sleep 60", hard_timeout=1).data
    assert text(data.status) == "hard_timeout"
    assert time.time() - started < 15
    after = client.shell.exec_command(id=session, command="echo alive").data
    assert after.output == "alive\n"


def test_shell_write_answers_prompt(client):
    session = new_id()
    data = client.shell.exec_command(id=session, command="read answer; echo got=$answer", timeout=0.5).data
    assert text(data.status) == "running"
    client.shell.write_to_process(id=session, input="yes", press_enter=True)
    assert text(client.shell.wait_for_process(id=session, seconds=10).data.status) == "completed"
    assert client.shell.view(id=session).data.output == "got=yes\n"


def test_shell_kill_then_fresh_command(client):
    session = new_id()
    client.shell.exec_command(id=session, command="sleep 60", async_mode=True)
    killed = client.shell.kill_process(id=session).data
    assert text(killed.status) == "terminated"
    assert client.shell.exec_command(id=session, command="echo next").data.output == "next\n"


def test_shell_bare_exit_does_not_poison_session(client):
    session = new_id()
    client.shell.exec_command(id=session, command="cd /tmp")
    exited = client.shell.exec_command(id=session, command="exit 4", timeout=20).data
    assert text(exited.status) == "terminated"
    fresh = client.shell.exec_command(id=session, command="echo back; pwd").data
    assert text(fresh.status) == "completed"
    # The new shell starts where the old one last was.
    assert fresh.output == "back\n/tmp\n"


def test_shell_truncates_large_output(client):
    data = client.shell.exec_command(id=new_id(), command="seq 1 200000").data
    assert "truncated] ..." in data.output
    assert data.output.startswith("1\n2\n3\n")
    assert data.output.endswith("199999\n200000\n")
    assert len(data.output) < 31000
    medium = client.shell.exec_command(id=new_id(), command="seq 1 10000").data
    assert "characters truncated" in medium.output
    assert len(medium.output) < 31000
    full = client.shell.exec_command(id=new_id(), command="seq 1 20000", truncate=False).data
    assert full.output.endswith("19999\n20000\n")


def test_shell_sessions_create_idempotent_and_listed(client):
    session = new_id()
    created = client.shell.create_session(id=session, exec_dir="/tmp").data
    assert created.session_id == session
    assert created.working_dir == "/tmp"
    again = client.shell.create_session(id=session).data
    assert again.working_dir == "/tmp"
    client.shell.exec_command(id=session, command="true")
    assert session in client.shell.list_sessions().data.sessions
    stats = client.shell.get_session_stats().data
    assert stats.total_sessions >= 1
    assert stats.max_sessions == 100
    assert client.shell.update_session(id=session, no_change_timeout=5).success is True
    assert client.shell.cleanup_session(session).success is True
    assert session not in client.shell.list_sessions().data.sessions


def test_fifty_concurrent_sessions(client):
    ids = [new_id() for _ in range(50)]

    def run(session):
        return client.shell.exec_command(id=session, command=f"echo {session}").data

    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(run, ids))
    assert [result.output for result in results] == [f"{session}\n" for session in ids]
    assert all(result.exit_code == 0 for result in results)
    listed = client.shell.list_sessions().data.sessions
    assert set(ids) <= set(listed)
    for session in ids:
        client.shell.cleanup_session(session)


def test_shell_busy_session_rejects_second_command(client):
    session = new_id()
    client.shell.exec_command(id=session, command="sleep 2", async_mode=True)
    second = client.shell.exec_command(id=session, command="echo overlap")
    assert second.success is False
    assert "still running" in second.message
    assert text(client.shell.wait_for_process(id=session, seconds=10).data.status) == "completed"
    assert client.shell.exec_command(id=session, command="echo free").data.output == "free\n"


def test_shell_stats_count_running_sessions(own_raw):
    own_raw.post("/v1/shell/exec", {"id": "done-" + uuid.uuid4().hex[:6], "command": "echo hi"})
    running = "busy-" + uuid.uuid4().hex[:6]
    own_raw.post("/v1/shell/exec", {"id": running, "command": "sleep 60", "async_mode": True})
    try:
        stats = own_raw.get("/v1/shell/sessions/stats").json()["data"]
        assert stats["total_sessions"] == 2
        assert stats["active_sessions"] == 1
        assert stats["idle_sessions"] == 1
    finally:
        own_raw.post("/v1/shell/kill", {"id": running})
