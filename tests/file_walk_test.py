"""Links the walk does not read: a loop, a dangling link, a link to a folder. Each is skipped with
a one-line note (none with --quiet), named or found in a folder, and the other files are read."""
from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from codeleak import files
from codeleak.main import main

PASSWORD = "Qw7!" + "xLp2vN9zR4"
LOOP = "a symlink loop"
DANGLING = "a broken link (what it points to does not exist)"
TO_FOLDER = "a link to a folder (links to folders are not followed)"


@pytest.fixture()
def links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a file to find, a loop of two links, a dangling link and a link up."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "x"
    (root / "sub").mkdir(parents=True)
    (root / "ok.py").write_text(f'DB_PASSWORD = "{PASSWORD}"\n', encoding="utf-8")
    (root / "loop_b").symlink_to("loop_a")
    (root / "loop_a").symlink_to("loop_b")
    (root / "dangling.py").symlink_to("nothere.py")
    (root / "sub" / "up").symlink_to("..", target_is_directory=True)
    return root


def entities(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[list[str], list[str]]:
    """Paths with a sensitive entity, and the lines on stderr."""
    assert main(["entities", "--format", "json", *argv]) == 0
    out, err = capsys.readouterr()
    found = [e["path"] for e in json.loads(out)["entities"] if e["category"] != "none"]
    return found, err.splitlines()


def test_a_symlink_loop_named_as_a_path_is_skipped_and_the_others_are_found(
        links: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert [f.path for f in files.discover(["x/loop_a", "x/ok.py"])] == [Path("x/ok.py")]
    assert capsys.readouterr().err.splitlines() == [f"codeleak: skipped x/loop_a: {LOOP}"]
    found, err = entities(capsys, "x/ok.py", "x/loop_a")
    assert found == ["x/ok.py"] and err == [f"codeleak: skipped x/loop_a: {LOOP}"]


def test_a_symlink_loop_named_first_does_not_stop_the_run(
        links: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, err = entities(capsys, "x/loop_a", "x/ok.py")
    assert found == ["x/ok.py"] and err == [f"codeleak: skipped x/loop_a: {LOOP}"]


def test_a_dangling_link_named_as_a_path_gets_a_note(
        links: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert entities(capsys, "x/dangling.py") == ([], [f"codeleak: skipped x/dangling.py: {DANGLING}"])
    assert entities(capsys, "-q", "x/dangling.py") == ([], [])


@pytest.mark.parametrize("git", [False, True], ids=["folder", "git"])
def test_links_not_read_in_a_folder_get_a_note_each(
        links: Path, capsys: pytest.CaptureFixture[str], git: bool) -> None:
    if git:
        subprocess.run(["git", "init", "-q", str(links)], check=True)
    found, err = entities(capsys, "x")
    assert found == ["x/ok.py"]
    assert err == [f"codeleak: skipped x/dangling.py: {DANGLING}",
                   f"codeleak: skipped x/loop_a: {LOOP}",
                   f"codeleak: skipped x/loop_b: {LOOP}",
                   f"codeleak: skipped x/sub/up: {TO_FOLDER}"]
    assert entities(capsys, "-q", "x") == (["x/ok.py"], [])


def test_a_named_file_that_cannot_be_read_is_an_error_and_a_found_one_a_note(
        links: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from codeleak.errors import FatalError

    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "ok.py":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(FatalError, match="cannot read x/ok.py: Permission denied"):
        list(files.read_sources(["x/ok.py"]))
    assert list(files.read_sources(["x"])) == []  # found in a folder: skipped, with a note
    assert "skipped x/ok.py: Permission denied" in capsys.readouterr().err


def test_a_file_in_a_folder_that_cannot_be_searched_is_skipped_in_a_repository(
        links: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """git lists a committed file whose folder is now `chmod 000`: a note, the others scanned."""
    (links / "sub" / "inner.py").write_text("x = 1\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(links)], check=True)
    subprocess.run(["git", "-C", str(links), "add", "ok.py", "sub/inner.py"], check=True)
    real = Path.lstat

    def denied(self: Path) -> os.stat_result:
        if self.name == "inner.py":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "lstat", denied)
    assert [f.path for f in files.discover(["x"])] == [Path("x/ok.py")]
    assert "codeleak: skipped x/sub/inner.py: cannot be looked at: Permission denied" in \
        capsys.readouterr().err.splitlines()


def test_a_named_pipe_or_device_stops_the_run_and_is_never_read(
        links: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`codeleak scan <(cat app.py)`, a FIFO, /dev/zero: exit 2 with one line, not "clean"."""
    os.mkfifo("fifo")  # opened for reading, it would block until a writer came
    read, write = os.pipe()
    try:
        for path, kind in ((f"/dev/fd/{read}", "a pipe"), ("fifo", "a pipe"),
                           ("/dev/zero", "a character device")):
            assert main(["entities", "x/ok.py", path]) == 2
            err = capsys.readouterr().err
            assert err == (f"codeleak: error: {path} is not a regular file ({kind}); "
                           "save it to a file first\n")
    finally:
        os.close(read)
        os.close(write)


def test_pipes_and_sockets_in_a_folder_are_skipped_with_a_note(
        links: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo("x/fifo.py")
    server = socket.socket(socket.AF_UNIX)
    server.bind("x/sock.py")
    (links / "to_fifo.py").symlink_to("fifo.py")
    try:
        found, err = entities(capsys, "x")
    finally:
        server.close()
    assert found == ["x/ok.py"]
    assert "codeleak: skipped x/fifo.py: not a regular file (a pipe)" in err
    assert "codeleak: skipped x/sock.py: not a regular file (a socket)" in err
    assert "codeleak: skipped x/to_fifo.py: a link to a pipe" in err
