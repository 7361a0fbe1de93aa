"""What changed in a git repository: files and the line numbers added, with their new content.

`changed_files` runs `git diff -U0` once for the whole repository and reads the hunk headers,
so the added lines are exactly git's. Deleted files and deleted lines are left out, renames
follow the new path (a rename without edits is kept, with no added lines: its new path holds
nothing new), binary changes are skipped with a note. gitpython is imported inside the
functions that use it so that `codeleak --help` does not pay for it.
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from codeleak import files
from codeleak.errors import FatalError
from codeleak.notes import note, skipped

if TYPE_CHECKING:
    from git import Repo

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  # the hash of git's empty tree
NULL_SHA = "0" * 40
REGULAR_MODES = frozenset({"100644", "100755"})
HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
DIFF_OPTIONS = ("--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
                "--find-renames", "--diff-filter=ACMRT")


@dataclass(frozen=True)
class ChangedFile:
    """A file with added or modified lines, or renamed or copied, as it is in the new version."""

    path: str  # relative to the repository root, with / separators
    abspath: Path  # where the file sits in the work tree
    added_lines: frozenset[int]  # 1-based line numbers in the new version; none: a pure rename
    content: bytes  # the new version: work tree, index or blob at REV2
    root: str = ""  # the work tree's root, resolved (SourceFile.root)


@dataclass(frozen=True)
class _RawEntry:
    status: str
    new_mode: str
    new_sha: str
    path: str


def refs_from_env() -> tuple[str, str] | None:
    """(from, to) when pre-commit runs on pre-push and says which refs are pushed."""
    from_ref = os.environ.get("PRE_COMMIT_FROM_REF", "").strip()
    to_ref = os.environ.get("PRE_COMMIT_TO_REF", "").strip()
    return (from_ref, to_ref) if from_ref and to_ref else None


def changed_files(path: Path, rev: str, rev2: str | None = None, *, staged: bool = False,
                  only: Iterable[str | Path] | None = None) -> list[ChangedFile]:
    """Files under `path` with lines added between `rev` and `rev2`, and those renamed (or
    copied) without edits, with no added lines.

    Without `rev2` the new side is the work tree, or the index with `staged`. `rev` may also be
    a range `A..B` or `A...B` (from the merge base of A and B). `only` keeps the given files
    (pre-commit's filenames); renames are still detected against the whole repository.
    """
    if staged and rev2 is not None:
        raise FatalError("--staged compares the index with REV; it takes no second revision")
    repo = open_repo(path)
    try:
        return _changed_files(repo, path, rev, rev2, staged=staged, only=only)
    finally:
        repo.close()


def _changed_files(repo: Repo, path: Path, rev: str, rev2: str | None, *, staged: bool,
                   only: Iterable[str | Path] | None) -> list[ChangedFile]:
    base, new = _resolve_range(repo, rev, rev2)
    root = Path(repo.working_tree_dir or repo.git_dir)
    sides = (["--cached"] if staged else []) + [base] + ([new] if new else [])
    keep = _path_filter(root, path, only)
    inside = _relative(root, path)
    if inside and only is None:  # unlike `git diff`, which shows the whole repository
        note(f"only changes under {files.printable(inside)}/ are judged; pass --repo with the "
             "repository's root for all of them")
    found: list[ChangedFile] = []
    for entry, patch in _diff(repo, sides):
        if entry.new_mode not in REGULAR_MODES or not keep(entry.path):
            continue
        if _is_binary(patch):
            skipped(entry.path, "binary change")
            continue
        lines = _added_lines(patch)
        if not lines and entry.status not in "RC":
            continue
        content = _read_new(repo, root, entry, from_work_tree=new is None and not staged)
        if content is not None:
            found.append(ChangedFile(entry.path, root / entry.path, lines, content,
                                     os.path.realpath(root)))
    return found


def open_repo(path: Path) -> Repo:
    """The repository that holds `path`, or a one-line FatalError saying why not."""
    if shutil.which(os.environ.get("GIT_PYTHON_GIT_EXECUTABLE") or "git") is None:
        raise FatalError("git is not installed or not on PATH; codeleak diff and hook need it")
    try:
        import git
    except ImportError as exc:
        raise FatalError(f"cannot use git through GitPython: {str(exc).splitlines()[0]}") from exc
    if path.is_file():
        raise FatalError(f"--repo {path} is a file; give the work tree's folder")
    try:
        return git.Repo(path, search_parent_directories=True)
    except git.NoSuchPathError as exc:
        raise FatalError(f"no such folder: {path}") from exc
    except git.InvalidGitRepositoryError as exc:
        raise FatalError(f"not a git repository: {path}") from exc


def _run_git(repo: Repo, *args: str) -> bytes:
    import git

    try:
        executable = type(repo.git).GIT_PYTHON_GIT_EXECUTABLE or "git"
        out: bytes = repo.git.execute([executable, *args], stdout_as_string=False,
                                      strip_newline_in_stdout=False)
    except git.GitCommandError as exc:
        stderr = exc.stderr.decode() if isinstance(exc.stderr, bytes) else str(exc.stderr)
        message = stderr.strip().removeprefix("stderr:").strip().strip("'").strip()
        first = message.splitlines()[0] if message else f"git {args[0]} failed"
        raise FatalError(f"git {args[0]}: {first}") from exc
    return out


def _is_shallow(repo: Repo) -> bool:
    return Path(repo.common_dir, "shallow").is_file()


def _rev_error(repo: Repo, rev: str) -> FatalError:
    if _is_shallow(repo):
        return FatalError(
            f"revision '{rev}' is not in this shallow clone; fetch the history with "
            "`git fetch --unshallow` (or a larger --depth; in CI e.g. fetch-depth: 0)")
    return FatalError(f"bad revision '{rev}': not a commit in this repository")


def _has_commits(repo: Repo) -> bool:
    return repo.head.is_valid()


def _commit(repo: Repo, rev: str) -> str:
    """The commit hash a revision names; HEAD of a repository without commits is empty."""
    if not rev or rev.startswith("-"):
        raise FatalError(f"bad revision '{rev}'")
    if rev == "HEAD" and not _has_commits(repo):
        return EMPTY_TREE
    import git

    try:
        sha: str = repo.git.rev_parse("--verify", "--quiet", f"{rev}^{{commit}}")
    except git.GitCommandError as exc:
        raise _rev_error(repo, rev) from exc
    return sha.strip()


def _resolve_range(repo: Repo, rev: str, rev2: str | None) -> tuple[str, str | None]:
    for sep in ("...", ".."):
        if sep in rev:
            if rev2 is not None:
                raise FatalError(f"give either a range '{rev}' or two revisions, not both")
            left, right = rev.split(sep, 1)
            base, new = _commit(repo, left or "HEAD"), _commit(repo, right or "HEAD")
            return (_merge_base(repo, base, new, rev) if sep == "..." else base), new
    return _commit(repo, rev), (_commit(repo, rev2) if rev2 is not None else None)


def _merge_base(repo: Repo, left: str, right: str, rev: str) -> str:
    import git

    try:
        sha: str = repo.git.merge_base(left, right)
    except git.GitCommandError as exc:
        if _is_shallow(repo):
            raise _rev_error(repo, rev) from exc
        raise FatalError(f"'{rev}': the two sides have no common ancestor") from exc
    return sha.strip()


def _diff(repo: Repo, sides: list[str]) -> list[tuple[_RawEntry, list[bytes]]]:
    """Each changed file's raw record with its hunk headers, from one `git diff` run."""
    out = _run_git(repo, "diff", "--raw", "-p", "-z", "-U0", "--no-abbrev", *DIFF_OPTIONS,
                   *sides, "--")
    entries: list[_RawEntry] = []
    pos = 0
    while out.startswith(b":", pos):
        fields, pos = _take_fields(out, pos, 1)
        _old_mode, new_mode, _old_sha, new_sha, status = fields[0][1:].decode().split(" ")
        paths, pos = _take_fields(out, pos, 2 if status[0] in "RC" else 1)
        path = paths[-1].decode("utf-8", "surrogateescape")
        entries.append(_RawEntry(status[0], new_mode, new_sha, path))
    sections: list[list[bytes]] = []
    for line in out[pos:].lstrip(b"\0").split(b"\n"):
        if line.startswith(b"diff --git ") or line.startswith(b"diff --cc "):
            sections.append([])
        elif sections and line.startswith((b"@@ ", b"Binary files ", b"GIT binary patch")):
            sections[-1].append(line)
    if len(entries) != len(sections):
        raise FatalError("could not read `git diff` output: file lists disagree")
    return list(zip(entries, sections))


def _take_fields(out: bytes, pos: int, count: int) -> tuple[list[bytes], int]:
    fields = []
    for _ in range(count):
        end = out.index(b"\0", pos)
        fields.append(out[pos:end])
        pos = end + 1
    return fields, pos


def _is_binary(patch: list[bytes]) -> bool:
    return any(not line.startswith(b"@@") for line in patch)


def _added_lines(patch: list[bytes]) -> frozenset[int]:
    """With -U0 the new side of each hunk is exactly the added lines: +start,count."""
    lines: set[int] = set()
    for header in patch:
        match = HUNK.match(header)
        if match:
            start, count = int(match[1]), int(match[2] if match[2] is not None else 1)
            lines.update(range(start, start + count))
    return frozenset(lines)


def _read_new(repo: Repo, root: Path, entry: _RawEntry, *, from_work_tree: bool) -> bytes | None:
    if from_work_tree or entry.new_sha == NULL_SHA:
        try:
            return (root / entry.path).read_bytes()
        except OSError as exc:
            skipped(entry.path, f"cannot read it ({exc.strerror})")
            return None
    data: bytes = repo.odb.stream(bytes.fromhex(entry.new_sha)).read()
    return data


def _path_filter(root: Path, path: Path,
                 only: Iterable[str | Path] | None) -> Callable[[str], bool]:
    prefix = _relative(root, path)
    wanted = None if only is None else {_relative(root, Path(p)) for p in only}

    def keep(rel: str) -> bool:
        if prefix and rel != prefix and not rel.startswith(prefix + "/"):
            return False
        return wanted is None or rel in wanted

    return keep


def _relative(root: Path, path: Path) -> str:
    """`path` relative to the repository root, posix; '' for the root itself."""
    absolute = path if path.is_absolute() else Path.cwd() / path
    try:
        rel = Path(os.path.realpath(absolute)).relative_to(os.path.realpath(root))
    except ValueError:
        return absolute.as_posix()
    return "" if rel == Path(".") else rel.as_posix()
