from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codeleak.errors import FatalError
from codeleak.git import ChangedFile, changed_files, refs_from_env

LINES = "".join(f"line {i}\n" for i in range(1, 21))


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def write(repo: Path, name: str, text: str | bytes) -> None:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)


def commit(repo: Path, message: str = "change") -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "dev@test.invalid")
    git(root, "config", "user.name", "Dev")
    git(root, "config", "commit.gpgsign", "false")
    write(root, "app.py", LINES)
    write(root, "old.py", "def old():\n    return 1\n")
    write(root, "pkg/util.py", "".join(f"u{i} = {i}\n" for i in range(1, 31)))
    commit(root, "first")
    return root


def by_path(files: list[ChangedFile]) -> dict[str, ChangedFile]:
    return {f.path: f for f in files}


def edit_lines(text: str, changes: dict[int, str], insert_after: dict[int, str]) -> str:
    out = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        out.append(changes.get(number, line))
        if number in insert_after:
            out.append(insert_after[number])
    return "".join(out)


def test_work_tree_added_and_modified_lines(repo: Path) -> None:
    write(repo, "app.py", edit_lines(LINES, {3: "changed 3\n"}, {10: "new A\nnew B\n"}))
    files = by_path(changed_files(repo, "HEAD"))
    assert set(files) == {"app.py"}
    changed = files["app.py"]
    assert changed.added_lines == frozenset({3, 11, 12})
    assert changed.content == (repo / "app.py").read_bytes()
    assert changed.abspath == repo / "app.py"
    lines = changed.content.decode().splitlines()
    assert [lines[n - 1] for n in sorted(changed.added_lines)] == ["changed 3", "new A", "new B"]


def test_deleted_lines_and_files_are_ignored(repo: Path) -> None:
    write(repo, "app.py", edit_lines(LINES, {5: "", 6: ""}, {}))
    (repo / "old.py").unlink()
    assert changed_files(repo, "HEAD") == []


def test_new_file_has_every_line_added(repo: Path) -> None:
    write(repo, "new.py", "a = 1\nb = 2\n")
    git(repo, "add", "new.py")
    files = by_path(changed_files(repo, "HEAD"))
    assert files["new.py"].added_lines == frozenset({1, 2})


def test_untracked_files_are_not_part_of_the_diff(repo: Path) -> None:
    write(repo, "scratch.py", "x = 1\n")
    assert changed_files(repo, "HEAD") == []


def test_rename_follows_new_path_with_only_edited_lines(repo: Path) -> None:
    git(repo, "mv", "pkg/util.py", "pkg/helpers.py")
    text = (repo / "pkg/helpers.py").read_text()
    write(repo, "pkg/helpers.py", edit_lines(text, {}, {30: "u31 = 31\n"}))
    git(repo, "add", "-A")
    files = by_path(changed_files(repo, "HEAD", staged=True))
    assert set(files) == {"pkg/helpers.py"}
    assert files["pkg/helpers.py"].added_lines == frozenset({31})
    assert files["pkg/helpers.py"].abspath == repo / "pkg" / "helpers.py"


def test_binary_change_is_skipped_with_a_note(repo: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    write(repo, "logo.bin", b"\x00\x01\x02binary\x00data\n")
    write(repo, "app.py", LINES + "tail\n")
    git(repo, "add", "-A")
    files = by_path(changed_files(repo, "HEAD", staged=True))
    assert set(files) == {"app.py"}
    err = capsys.readouterr().err
    assert "logo.bin" in err and "binary" in err
    assert len(err.strip().splitlines()) == 1


def test_staged_reads_index_while_work_tree_reads_disk(repo: Path) -> None:
    write(repo, "app.py", LINES + "staged line\n")
    git(repo, "add", "app.py")
    write(repo, "app.py", LINES + "staged line\nunstaged line\n")
    staged = by_path(changed_files(repo, "HEAD", staged=True))["app.py"]
    work = by_path(changed_files(repo, "HEAD"))["app.py"]
    assert staged.added_lines == frozenset({21})
    assert staged.content == (LINES + "staged line\n").encode()
    assert work.added_lines == frozenset({21, 22})
    assert work.content == (LINES + "staged line\nunstaged line\n").encode()


def test_two_revisions_read_blobs_at_the_second(repo: Path) -> None:
    first = git(repo, "rev-parse", "HEAD")
    write(repo, "app.py", LINES + "second\n")
    second = commit(repo)
    write(repo, "app.py", LINES + "second\nthird\n")
    commit(repo)
    write(repo, "app.py", "work tree only\n")
    files = by_path(changed_files(repo, first, second))
    assert files["app.py"].added_lines == frozenset({21})
    assert files["app.py"].content == (LINES + "second\n").encode()
    ranged = by_path(changed_files(repo, f"{first}..{second}"))
    assert ranged["app.py"].content == files["app.py"].content


def test_three_dot_range_starts_at_the_merge_base(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    write(repo, "app.py", LINES + "feature\n")
    commit(repo)
    git(repo, "checkout", "-q", "main")
    write(repo, "old.py", "def old():\n    return 2\n")
    commit(repo)
    files = by_path(changed_files(repo, "main...feature"))
    assert set(files) == {"app.py"}
    assert files["app.py"].added_lines == frozenset({21})


def test_path_and_only_restrict_the_result(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    write(repo, "app.py", LINES + "x\n")
    write(repo, "pkg/util.py", (repo / "pkg/util.py").read_text() + "u31 = 31\n")
    assert set(by_path(changed_files(repo, "HEAD"))) == {"app.py", "pkg/util.py"}
    assert capsys.readouterr().err == ""
    assert set(by_path(changed_files(repo / "pkg", "HEAD"))) == {"pkg/util.py"}
    # a narrower view than `git diff` gives from the same folder: said, not silent
    assert capsys.readouterr().err.startswith("codeleak: only changes under pkg/ are judged")
    monkeypatch.chdir(repo)  # pre-commit passes file names relative to the root it runs in
    assert set(by_path(changed_files(repo, "HEAD", only=["app.py"]))) == {"app.py"}


def test_unusual_file_names(repo: Path) -> None:
    name = 'we ird "ñame" [id].py'
    write(repo, name, "v = 1\n")
    git(repo, "add", "-A")
    files = by_path(changed_files(repo, "HEAD", staged=True, only=[repo / name]))
    assert set(files) == {name}
    assert files[name].content == b"v = 1\n"


def test_first_commit_compares_with_nothing(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    write(tmp_path, "a.py", "a = 1\n")
    git(tmp_path, "add", "a.py")
    files = by_path(changed_files(tmp_path, "HEAD", staged=True))
    assert files["a.py"].added_lines == frozenset({1})


def test_bad_revision_is_named(repo: Path) -> None:
    with pytest.raises(FatalError, match="bad revision 'no-such-branch'"):
        changed_files(repo, "no-such-branch")
    with pytest.raises(FatalError, match="bad revision '--output=x'"):
        changed_files(repo, "--output=x")


def test_staged_with_second_revision_is_refused(repo: Path) -> None:
    with pytest.raises(FatalError, match="--staged"):
        changed_files(repo, "HEAD", "HEAD", staged=True)


def test_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="not a git repository"):
        changed_files(tmp_path, "HEAD")


def test_shallow_clone_missing_the_base(repo: Path, tmp_path: Path) -> None:
    first = git(repo, "rev-parse", "HEAD")
    for n in range(3):
        write(repo, "app.py", LINES + f"more {n}\n")
        commit(repo)
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)],
                   check=True, capture_output=True)
    with pytest.raises(FatalError, match="shallow clone.*git fetch --unshallow") as info:
        changed_files(clone, "HEAD~2")
    assert "HEAD~2" in str(info.value)
    with pytest.raises(FatalError, match="shallow clone"):
        changed_files(clone, first)


def test_git_not_installed(repo: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    code = ("from pathlib import Path\nfrom codeleak.errors import FatalError\n"
            "from codeleak.git import changed_files\n"
            "try:\n    changed_files(Path('.'), 'HEAD')\n"
            "except FatalError as exc:\n    print(exc)\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_PYTHON")}
    env.update(PATH=str(empty), PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, env=env, capture_output=True,
                         text=True, check=True)
    assert "git is not installed" in out.stdout


def test_refs_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRE_COMMIT_FROM_REF", raising=False)
    monkeypatch.delenv("PRE_COMMIT_TO_REF", raising=False)
    assert refs_from_env() is None
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", "abc123")
    assert refs_from_env() is None
    monkeypatch.setenv("PRE_COMMIT_TO_REF", "def456")
    assert refs_from_env() == ("abc123", "def456")


def test_env_refs_drive_a_push_range(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = git(repo, "rev-parse", "HEAD")
    write(repo, "app.py", LINES + "pushed\n")
    head = commit(repo)
    monkeypatch.setenv("PRE_COMMIT_FROM_REF", base)
    monkeypatch.setenv("PRE_COMMIT_TO_REF", head)
    refs = refs_from_env()
    assert refs is not None
    files = by_path(changed_files(repo, *refs))
    assert files["app.py"].added_lines == frozenset({21})


def test_mode_only_changes_and_symlinks_add_no_lines(repo: Path) -> None:
    (repo / "app.py").chmod(0o755)
    (repo / "link.py").symlink_to("app.py")
    git(repo, "add", "-A")
    assert changed_files(repo, "HEAD", staged=True) == []


def test_missing_newline_at_end_and_crlf(repo: Path) -> None:
    write(repo, "app.py", LINES + "no newline")
    write(repo, "win.py", b"a = 1\r\nb = 2\r\n")
    files = by_path(changed_files(repo, "HEAD"))
    assert files["app.py"].added_lines == frozenset({21})
    git(repo, "add", "-A")
    files = by_path(changed_files(repo, "HEAD", staged=True))
    assert files["win.py"].added_lines == frozenset({1, 2})
    assert files["win.py"].content == b"a = 1\r\nb = 2\r\n"


def test_scanned_files_are_named_from_the_work_tree_root(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.config import Settings
    from codeleak.pipeline import load_sources

    write(repo, "pkg/new file.py", "x = 1\n")  # untracked files too
    monkeypatch.chdir(repo / "pkg")
    assert {(s.path, s.repo_path) for s in load_sources([".."], Settings())} == {
        ("../app.py", "app.py"), ("../old.py", "old.py"), ("util.py", "pkg/util.py"),
        ("new file.py", "pkg/new file.py")}
    monkeypatch.chdir(repo.parent)
    assert {(s.path, s.repo_path) for s in load_sources(["repo/pkg", "repo/old.py"], Settings())} \
        == {("repo/pkg/util.py", "pkg/util.py"), ("repo/pkg/new file.py", "pkg/new file.py"),
            ("repo/old.py", "old.py")}


@pytest.mark.parametrize("outer_first", [True, False])
def test_named_files_in_many_folders_ask_git_once_per_work_tree(
        repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outer_first: bool) -> None:
    from codeleak import files

    library = tmp_path / "library"  # becomes a submodule at lib/
    library.mkdir()
    git(library, "init", "-q", "-b", "main")
    write(library, "src/core.py", "x = 1\n")
    git(library, "-c", "user.email=d@t.invalid", "-c", "user.name=D", "add", "-A")
    git(library, "-c", "user.email=d@t.invalid", "-c", "user.name=D", "commit", "-q", "-m", "l")
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library), "lib")
    nested = repo / "vendor" / "nested"  # a repository of its own inside the work tree
    write(nested, "deep/x.py", "x = 1\n")
    git(nested, "init", "-q")
    for i in range(12):
        write(repo, f"pkg/p{i}/m{i}/f.py", "x = 1\n")
    write(repo, "vendor/v.py", "x = 1\n")
    named = ["app.py", *(f"pkg/p{i}/m{i}/f.py" for i in range(12)), "vendor/v.py",
             "vendor/nested/deep/x.py", "lib/src/core.py",  # inside the known tree: git asked
             ".git/description"]  # in no work tree, git says
    if not outer_first:
        named.reverse()
    monkeypatch.chdir(repo)
    asked: list[Path] = []
    real_root_of = files._root_of

    def root_of(folder: Path) -> files._Root:
        asked.append(folder)
        return real_root_of(folder)
    monkeypatch.setattr(files, "_root_of", root_of)
    found = {f.path.as_posix(): (f.repo_path, f.root) for f in files.discover(named)}
    assert len(asked) == 4  # the nested repository, the submodule, the work tree, .git
    top, sub, inner = (str(p.resolve()) for p in (repo, repo / "lib", nested))
    assert found["vendor/nested/deep/x.py"] == ("deep/x.py", inner)
    assert found["lib/src/core.py"] == ("src/core.py", sub)
    assert found["vendor/v.py"] == ("vendor/v.py", top)
    assert found["pkg/p7/m7/f.py"] == ("pkg/p7/m7/f.py", top)
    for name, (repo_path, root) in found.items():  # what git says of each folder
        said = real_root_of(Path(name).parent)
        assert (str(said.folder), said.prefix + Path(name).name) == (root, repo_path)


def test_changed_files_name_the_root_discovery_names(repo: Path) -> None:
    from codeleak import files

    write(repo, "app.py", LINES + "more\n")
    [changed] = changed_files(repo, "HEAD")
    assert changed.root == files.discover([repo / "app.py"])[0].root == str(repo.resolve())


def test_a_rename_without_edits_is_kept_with_nothing_added(repo: Path) -> None:
    git(repo, "mv", "old.py", "new.py")
    files = by_path(changed_files(repo, "HEAD", staged=True))
    assert set(files) == {"new.py"}  # the old path is a deletion: left out
    assert files["new.py"].added_lines == frozenset()
    assert files["new.py"].content == b"def old():\n    return 1\n"


@pytest.fixture
def pre_commit_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """As pre-commit runs the hook on a commit: no pushed refs."""
    monkeypatch.delenv("PRE_COMMIT_FROM_REF", raising=False)
    monkeypatch.delenv("PRE_COMMIT_TO_REF", raising=False)


@pytest.mark.usefixtures("pre_commit_run")
def test_hook_judges_nothing_in_a_file_only_renamed(repo: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.commands.hook import hook_sources
    from codeleak.config import Settings

    git(repo, "mv", "old.py", "new.py")  # a pure rename: nothing new to judge
    git(repo, "mv", "app.py", "main.py")  # a rename with one edited line: that line only
    write(repo, "main.py", edit_lines(LINES, {4: "changed 4\n"}, {}))
    write(repo, "added.py", "a = 1\nb = 2\n")  # added, not renamed: judged whole
    git(repo, "add", "-A")
    monkeypatch.chdir(repo)
    sources, added = hook_sources(["new.py", "main.py", "added.py"], Settings())
    assert sorted(s.path for s in sources) == ["added.py", "main.py"]
    assert added == {"new.py": frozenset(), "main.py": frozenset({4}),
                     "added.py": frozenset({1, 2})}


@pytest.mark.usefixtures("pre_commit_run")
def test_diff_and_hook_skip_the_configured_excludes(repo: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.commands.diff import sources_of
    from codeleak.commands.hook import hook_sources
    from codeleak.config import Settings

    write(repo, "vendor/lib.py", "K = 1\n")
    write(repo, "pkg/vendor/lib.py", "K = 2\n")  # not the root's vendor/: kept
    write(repo, "app.py", LINES + "more\n")
    git(repo, "add", "-A")
    settings = Settings(excludes=("vendor/*",))
    monkeypatch.chdir(repo / "pkg")  # patterns match from the repository root, as for scan
    assert [s.repo_path for s in sources_of(changed_files(Path(".."), "HEAD"), settings,
                                            Path(".."))] == ["app.py", "pkg/vendor/lib.py"]
    monkeypatch.chdir(repo)
    sources, _ = hook_sources(["vendor/lib.py", "app.py"], settings)
    assert [s.path for s in sources] == ["app.py"]
    git(repo, "commit", "-q", "-m", "vendored")  # judged whole: excluded as well
    sources, added = hook_sources(["vendor/lib.py", "app.py"], settings)
    assert [s.path for s in sources] == ["app.py"] and added == {}


def test_diff_shows_paths_from_the_current_folder_as_scan_does(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.commands.diff import added_lines_of, sources_of
    from codeleak.config import Settings
    from codeleak.pipeline import load_sources

    write(repo, "app.py", LINES + "more\n")
    write(repo, "pkg/util.py", (repo / "pkg/util.py").read_text() + "u31 = 31\n")
    monkeypatch.chdir(repo / "pkg")
    for folder in (Path("."), Path(".."), repo):  # the default, --repo .., --repo /abs/path
        changed = changed_files(folder, "HEAD")
        scanned = {(s.path, s.repo_path, s.root) for s in load_sources([folder], Settings())}
        diffed = {(s.path, s.repo_path, s.root) for s in sources_of(changed, Settings(), folder)}
        assert diffed <= scanned and {p for _, p, _ in diffed} == {c.path for c in changed}
        assert set(added_lines_of(changed, folder)) == {path for path, _, _ in diffed}
    assert {s.path for s in sources_of(changed_files(Path("."), "HEAD"), Settings())} \
        == {"util.py"}  # SARIF and baselines keep pkg/util.py (repo_path)
