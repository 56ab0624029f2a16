"""The file operations, driven through the agent-sandbox SDK."""

import base64
import io


def text(value):
    return getattr(value, "value", value)


def test_write_then_read_text(client, workdir):
    path = f"{workdir}/notes.txt"
    written = client.file.write_file(file=path, content="alpha\nbeta\ngamma\n")
    assert written.success is True
    assert written.data.bytes_written == 17
    read = client.file.read_file(file=path)
    assert read.data.content == "alpha\nbeta\ngamma\n"
    assert read.data.file == path


def test_read_line_range(client, workdir):
    path = f"{workdir}/lines.txt"
    client.file.write_file(file=path, content="l0\nl1\nl2\nl3\n")
    assert client.file.read_file(file=path, start_line=1, end_line=3).data.content == "l1\nl2\n"
    assert client.file.read_file(file=path, start_line=3).data.content == "l3\n"


def test_write_append_and_newline_flags(client, workdir):
    path = f"{workdir}/append.txt"
    client.file.write_file(file=path, content="first")
    client.file.write_file(file=path, content="second", append=True, leading_newline=True, trailing_newline=True)
    assert client.file.read_file(file=path).data.content == "first\nsecond\n"


def test_write_base64_round_trips_bytes(client, workdir, raw):
    path = f"{workdir}/blob.bin"
    payload = bytes(range(256))
    written = client.file.write_file(file=path, content=base64.b64encode(payload).decode(), encoding="base64")
    assert written.data.bytes_written == 256
    assert b"".join(client.file.download_file(path=path)) == payload


def test_write_creates_parent_directories(client, workdir):
    path = f"{workdir}/a/b/c.txt"
    assert client.file.write_file(file=path, content="deep").success is True
    assert client.file.read_file(file=path).data.content == "deep"


def test_replace_counts_occurrences(client, workdir):
    path = f"{workdir}/replace.txt"
    client.file.write_file(file=path, content="cat dog cat")
    result = client.file.replace_in_file(file=path, old_str="cat", new_str="cow").data
    assert result.replaced_count == 2
    assert client.file.read_file(file=path).data.content == "cow dog cow"
    assert client.file.replace_in_file(file=path, old_str="zebra", new_str="x").data.replaced_count == 0


def test_search_returns_lines_and_numbers(client, workdir):
    path = f"{workdir}/search.txt"
    client.file.write_file(file=path, content="error one\nok\nerror two\n")
    result = client.file.search_in_file(file=path, regex=r"error \w+").data
    assert result.matches == ["error one", "error two"]
    assert result.line_numbers == [1, 3]


def test_find_matches_names_recursively(client, workdir):
    for name in ["a.py", "b.txt", "sub/c.py"]:
        client.file.write_file(file=f"{workdir}/{name}", content="x")
    found = client.file.find_files(path=workdir, glob="*.py").data
    assert sorted(found.files) == [f"{workdir}/a.py", f"{workdir}/sub/c.py"]


def test_list_counts_and_metadata(client, workdir):
    client.file.write_file(file=f"{workdir}/one.py", content="12345")
    client.file.write_file(file=f"{workdir}/dir/two.txt", content="x")
    client.file.write_file(file=f"{workdir}/.hidden", content="x")
    listing = client.file.list_path(path=workdir, include_permissions=True).data
    names = [entry.name for entry in listing.files]
    assert names == [".hidden", "dir", "one.py"]
    assert listing.directory_count == 1
    assert listing.file_count == 2
    one = next(entry for entry in listing.files if entry.name == "one.py")
    assert one.size == 5
    assert one.extension == ".py"
    assert one.permissions == "rw-r--r--"
    recursive = client.file.list_path(path=workdir, recursive=True, show_hidden=False, file_types=[".txt"]).data
    assert [entry.path for entry in recursive.files] == [f"{workdir}/dir", f"{workdir}/dir/two.txt"]


def test_glob_with_double_star_and_limit(client, workdir):
    for name in ["x/1.md", "x/y/2.md", "3.md", ".h/4.md", "5.txt"]:
        client.file.write_file(file=f"{workdir}/{name}", content="x")
    result = client.file.glob_files(path=workdir, pattern="**/*.md").data
    assert [entry.path for entry in result.files] == [f"{workdir}/3.md", f"{workdir}/x/1.md", f"{workdir}/x/y/2.md"]
    assert result.total_count == 3
    assert result.truncated is False
    limited = client.file.glob_files(path=workdir, pattern="**/*.md", max_results=2).data
    assert len(limited.files) == 2
    assert limited.truncated is True
    hidden = client.file.glob_files(path=workdir, pattern="**/*.md", include_hidden=True).data
    assert f"{workdir}/.h/4.md" in [entry.path for entry in hidden.files]


def test_grep_with_context_and_max_results(client, workdir):
    client.file.write_file(file=f"{workdir}/a.py", content="one\nTODO first\nthree\n")
    client.file.write_file(file=f"{workdir}/b.txt", content="todo second\n")
    result = client.file.grep_files(path=workdir, pattern="todo", case_insensitive=True, context_before=1).data
    assert result.match_count == 2
    assert result.files_matched == 2
    first = next(match for match in result.matches if match.file.endswith("a.py"))
    assert first.line_number == 2
    assert first.line_content == "TODO first"
    assert first.context_before == ["one"]
    typed = client.file.grep_files(path=workdir, pattern="todo", case_insensitive=True, type="py").data
    assert [match.file for match in typed.matches] == [f"{workdir}/a.py"]
    capped = client.file.grep_files(path=workdir, pattern="o", max_results=1).data
    assert capped.match_count == 1
    assert capped.truncated is True


def test_upload_and_download(client, workdir):
    payload = b"uploaded bytes\x00\x01"
    result = client.file.upload_file(file=("data.bin", io.BytesIO(payload)), path=f"{workdir}/data.bin").data
    assert result.file_path == f"{workdir}/data.bin"
    assert result.file_size == len(payload)
    assert result.success is True
    assert b"".join(client.file.download_file(path=f"{workdir}/data.bin")) == payload


def test_editor_create_view_replace_insert_undo(client, workdir):
    path = f"{workdir}/edit.py"
    created = client.file.str_replace_editor(command="create", path=path, file_text="a = 1\nb = 2\n").data
    assert created.prev_exist is False
    view = client.file.str_replace_editor(command="view", path=path).data
    assert view.output.endswith("     1\ta = 1\n     2\tb = 2\n")
    ranged = client.file.str_replace_editor(command="view", path=path, view_range=[2, -1]).data
    assert "     2\tb = 2" in ranged.output
    assert "a = 1" not in ranged.output
    replaced = client.file.str_replace_editor(command="str_replace", path=path, old_str="b = 2", new_str="b = 3").data
    assert replaced.new_content == "a = 1\nb = 3\n"
    inserted = client.file.str_replace_editor(command="insert", path=path, insert_line=0, new_str="# header").data
    assert inserted.new_content == "# header\na = 1\nb = 3\n"
    client.file.str_replace_editor(command="undo_edit", path=path)
    assert client.file.read_file(file=path).data.content == "a = 1\nb = 3\n"


def test_editor_requires_unique_match(client, workdir):
    path = f"{workdir}/dup.txt"
    client.file.write_file(file=path, content="x\nx\n")
    result = client.file.str_replace_editor(command="str_replace", path=path, old_str="x", new_str="y")
    assert result.success is False
    assert "Multiple occurrences" in result.message
    assert client.file.read_file(file=path).data.content == "x\nx\n"
    every = client.file.str_replace_editor(command="str_replace", path=path, old_str="x", new_str="y", replace_mode="ALL")
    assert every.data.new_content == "y\ny\n"


def test_editor_create_refuses_existing_file(client, workdir):
    path = f"{workdir}/exists.txt"
    client.file.write_file(file=path, content="keep")
    result = client.file.str_replace_editor(command="create", path=path, file_text="overwrite")
    assert result.success is False
    assert "already exists" in result.message
    assert client.file.read_file(file=path).data.content == "keep"
