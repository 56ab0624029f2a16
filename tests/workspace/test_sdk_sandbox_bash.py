"""The sandbox context and bash operations, driven through the agent-sandbox SDK."""

import time


def text(value):
    """The string of an SDK enum or literal."""
    return getattr(value, "value", value)


def test_context_reports_sandbox_user_and_workspace(client):
    context = client.sandbox.get_context()
    assert context.success is True
    assert context.home_dir == "/sandbox"
    assert context.workspace == "/sandbox"
    assert context.detail.system.user == "sandbox"
    assert context.detail.system.arch == "x86_64"
    assert "8091" in context.detail.system.occupied_ports
    assert "Workspace: /sandbox" in context.data


def test_python_packages_lists_name_and_version(client):
    packages = client.sandbox.get_python_packages()
    assert packages.success is True
    assert isinstance(packages.data, list)
    assert all(set(entry) == {"name", "version"} for entry in packages.data)
    assert any(entry["name"] == "pip" for entry in packages.data)


def test_nodejs_packages_is_a_list(client):
    packages = client.sandbox.get_nodejs_packages()
    assert packages.success is True
    assert isinstance(packages.data, list)


def test_bash_exec_separates_streams(client):
    result = client.bash.exec(command="echo out; echo err >&2; exit 3")
    data = result.data
    assert text(data.status) == "completed"
    assert data.exit_code == 3
    assert data.stdout == "out\n"
    assert data.stderr == "err\n"
    assert data.offset == 4
    assert data.stderr_offset == 4
    assert data.command_id


def test_bash_exec_runs_as_sandbox_user_in_workspace(client):
    data = client.bash.exec(command="id -u; pwd").data
    assert data.stdout == "1000\n/sandbox\n"


def test_bash_exec_env_and_exec_dir(client):
    first = client.bash.exec(command="echo $GREETING; pwd", env={"GREETING": "hello"}, exec_dir="/tmp").data
    assert first.stdout == "hello\n/tmp\n"
    # exec_dir becomes the session's default; env was for that command only.
    second = client.bash.exec(command="echo [$GREETING]; pwd", session_id=first.session_id).data
    assert second.stdout == "[]\n/tmp\n"


def test_bash_cd_does_not_persist(client):
    first = client.bash.exec(command="cd /tmp && pwd").data
    second = client.bash.exec(command="pwd", session_id=first.session_id).data
    assert second.stdout == "/sandbox\n"


def test_bash_hard_timeout_kills(client):
    started = time.time()
    data = client.bash.exec(command="sleep 30; echo never", hard_timeout=1).data
    assert text(data.status) == "timed_out"
    assert "never" not in data.stdout
    assert time.time() - started < 20


def test_bash_soft_timeout_leaves_command_running(client):
    data = client.bash.exec(command="sleep 1.5; echo finished", timeout=0.3).data
    assert text(data.status) == "running"
    assert data.exit_code is None
    later = client.bash.output(session_id=data.session_id, command_id=data.command_id, wait=True, wait_timeout=10)
    deadline = time.time() + 10
    while text(later.data.command.status) == "running" and time.time() < deadline:
        later = client.bash.output(session_id=data.session_id, command_id=data.command_id, wait=True, wait_timeout=5)
    assert text(later.data.command.status) == "completed"


def test_bash_async_and_incremental_output(client):
    data = client.bash.exec(command="echo one; sleep 0.5; echo two", async_mode=True).data
    assert text(data.status) == "running"
    collected = ""
    offset = 0
    deadline = time.time() + 15
    while time.time() < deadline:
        piece = client.bash.output(
            session_id=data.session_id, command_id=data.command_id, offset=offset, wait=True, wait_timeout=5).data
        collected += piece.stdout
        offset = piece.offset
        if text(piece.command.status) == "completed":
            break
    assert collected == "one\ntwo\n"
    assert offset == len("one\ntwo\n")


def test_bash_output_offset_skips_bytes(client):
    data = client.bash.exec(command="printf 'abcdef'").data
    piece = client.bash.output(session_id=data.session_id, command_id=data.command_id, offset=3).data
    assert piece.stdout == "def"
    assert piece.offset == 6


def test_bash_write_feeds_stdin(client):
    data = client.bash.exec(command="read line; echo got:$line", async_mode=True).data
    client.bash.write(session_id=data.session_id, command_id=data.command_id, input="hello\n")
    result = client.bash.output(session_id=data.session_id, command_id=data.command_id, wait=True, wait_timeout=10)
    deadline = time.time() + 10
    while text(result.data.command.status) == "running" and time.time() < deadline:
        result = client.bash.output(session_id=data.session_id, command_id=data.command_id, wait=True, wait_timeout=5)
    assert "got:hello" in client.bash.output(session_id=data.session_id, command_id=data.command_id).data.stdout


def test_bash_kill_with_signal(client):
    data = client.bash.exec(command="sleep 60", async_mode=True).data
    killed = client.bash.kill(session_id=data.session_id, signal="SIGKILL")
    assert killed.success is True
    info = client.bash.output(session_id=data.session_id, command_id=data.command_id).data.command
    assert text(info.status) == "killed"
    assert info.exit_code == 137


def test_bash_middle_truncation(client):
    data = client.bash.exec(command="seq 1 100000", max_output_length=1000).data
    assert data.stdout.startswith("1\n2\n3\n")
    assert data.stdout.endswith("99999\n100000\n")
    assert "truncated] ..." in data.stdout
    assert len(data.stdout) < 1200
    # The offset still counts the whole stream.
    assert data.offset == len("\n".join(str(n) for n in range(1, 100001))) + 1


def test_bash_sessions_create_list_close(client):
    created = client.bash.create_session(session_id="pytest-bash-session", exec_dir="/tmp").data
    assert created.session_id == "pytest-bash-session"
    assert created.working_dir == "/tmp"
    assert text(created.status) == "ready"
    client.bash.exec(command="true", session_id="pytest-bash-session")
    listed = {entry.session_id: entry for entry in client.bash.sessions().data}
    assert listed["pytest-bash-session"].command_count == 1
    assert client.bash.close_session("pytest-bash-session").success is True
    assert "pytest-bash-session" not in {entry.session_id for entry in client.bash.sessions().data}
