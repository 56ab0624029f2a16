"""Paths that fail and malformed content: each gets the contract's error category and errno."""

import base64
import uuid


def error_of(response):
    assert response.success is False, response
    return response.data


def test_missing_file_is_not_found(client):
    error = error_of(client.file.read_file(file="/sandbox/does-not-exist.txt"))
    assert error.error_type == "not_found"
    assert error.errno == 2
    assert error.errno_name == "ENOENT"
    assert error.operation == "read"
    assert error.path == "/sandbox/does-not-exist.txt"


def test_directory_read_is_invalid_target(client, workdir):
    error = error_of(client.file.read_file(file=workdir))
    assert error.error_type == "invalid_target"
    assert error.errno_name == "EISDIR"


def test_unreadable_file_is_permission_denied(client, raw, workdir):
    raw.bash(f"echo secret > {workdir}/locked && chmod 000 {workdir}/locked")
    error = error_of(client.file.read_file(file=f"{workdir}/locked"))
    assert error.error_type == "permission_denied"
    assert error.errno == 13
    assert error.errno_name == "EACCES"


def test_host_only_path_is_not_found_or_denied(client):
    # The gateway's state directory is not part of the sandbox's root file system.
    error = error_of(client.file.list_path(path="/var/lib/paddock"))
    assert error.error_type == "not_found"


def test_write_to_read_only_system_directory_is_denied(client):
    error = error_of(client.file.write_file(file="/usr/paddock-test.txt", content="x"))
    assert error.error_type in ("permission_denied", "read_only_filesystem")
    assert error.errno_name in ("EACCES", "EROFS")


def test_binary_content_read_as_text_is_decode_error(client, workdir):
    path = f"{workdir}/binary.bin"
    client.file.write_file(file=path, content=base64.b64encode(b"\xff\xfe\x00bin").decode(), encoding="base64")
    error = error_of(client.file.read_file(file=path))
    assert error.error_type == "decode_error"
    assert error.errno is None


def test_invalid_base64_is_rejected_without_writing(client, workdir):
    path = f"{workdir}/bad64.bin"
    error = error_of(client.file.write_file(file=path, content="@@not base64@@", encoding="base64"))
    assert error.error_type == "decode_error"
    assert error_of(client.file.read_file(file=path)).error_type == "not_found"


def test_invalid_regex_names_pattern(client, workdir):
    path = f"{workdir}/r.txt"
    client.file.write_file(file=path, content="x")
    error = error_of(client.file.search_in_file(file=path, regex="(unclosed"))
    assert error.error_type == "invalid_pattern"
    assert "(unclosed" in error.message
    grep_error = error_of(client.file.grep_files(path=workdir, pattern="[z-a]"))
    assert grep_error.error_type == "invalid_pattern"


def test_invalid_glob_names_pattern(client, workdir):
    error = error_of(client.file.glob_files(path=workdir, pattern="[abc"))
    assert error.error_type == "invalid_pattern"
    assert "[abc" in error.message
    assert error_of(client.file.find_files(path=workdir, glob="[x")).error_type == "invalid_pattern"


def test_listing_a_file_is_invalid_target(client, workdir):
    client.file.write_file(file=f"{workdir}/plain", content="x")
    assert error_of(client.file.list_path(path=f"{workdir}/plain")).error_type == "invalid_target"


def test_bad_exec_dir_is_handled_failure(client):
    result = client.bash.exec(command="true", exec_dir="/no/such/dir")
    assert result.success is False
    assert "/no/such/dir" in result.message


def test_landlock_denies_paths_outside_policy(gateway, restricted_sandbox):
    from agent_sandbox import Sandbox

    restricted = Sandbox(base_url=f"{gateway.url}/sandboxes/{restricted_sandbox}", headers=gateway.headers, timeout=60)
    # The workspace server itself runs under the sandbox's Landlock rules.
    error = error_of(restricted.file.list_path(path="/var"))
    assert error.error_type == "permission_denied"
    assert error.errno_name == "EACCES"
    write_error = error_of(restricted.file.write_file(file="/var/tmp/escape.txt", content="x"))
    assert write_error.error_type == "permission_denied"
    # What the policy allows still works.
    assert restricted.file.write_file(file="/sandbox/allowed.txt", content="ok").success is True
    assert restricted.bash.exec(command="cat /sandbox/allowed.txt").data.stdout == "ok"
    denied = restricted.bash.exec(command="ls /var").data
    assert denied.exit_code != 0
    assert "Permission denied" in denied.stderr


def test_huge_output_keeps_head_tail_and_offset(client, raw):
    # About 79 MB of output, more than the 32 MiB the server keeps of a stream.
    count = 10_000_000
    total = sum((min(count, 10 ** digits - 1) - 10 ** (digits - 1) + 1) * (digits + 1) for digits in range(1, 9))
    data = client.bash.exec(command=f"seq 1 {count}").data
    assert data.exit_code == 0
    assert data.offset == total
    assert data.stdout.startswith("1\n2\n3\n")
    assert data.stdout.endswith(f"{count - 1}\n{count}\n")
    assert "bytes truncated" in data.stdout
    assert len(data.stdout) < 50_200
    status = raw.bash("cat /proc/$(pgrep -f '^/.paddock/bin/paddock __workspace')/status")["stdout"]
    resident = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    assert resident < 200 * 1024


def test_truncated_upload_is_rejected_without_a_file(raw, workdir):
    name = "cut-" + uuid.uuid4().hex[:6]
    bodies = {
        f"/tmp/{name}": f'--XX\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\nabc',
        f"{workdir}/{name}": (f'--XX\r\nContent-Disposition: form-data; name="path"\r\n\r\n{workdir}/{name}\r\n'
                              f'--XX\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\nabc'),
    }
    for path, body in bodies.items():
        response = raw.session.post(
            raw.base + "/v1/file/upload", data=body.encode(), timeout=60,
            headers={"Content-Type": "multipart/form-data; boundary=XX"})
        assert response.status_code == 422, response.text
        assert "closing boundary" in response.text
        directory = path.rsplit("/", 1)[0]
        listing = raw.bash(f"ls -A {directory}")["stdout"].split()
        assert name not in listing
        assert not [entry for entry in listing if entry.startswith(".paddock-upload-")]


def test_write_to_socket_names_enxio(client):
    error = error_of(client.file.write_file(file="/run/paddock/workspace.sock", content="x"))
    assert error.errno == 6
    assert error.errno_name == "ENXIO"
