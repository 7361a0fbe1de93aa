"""Find the files to scan and read them as text, skipping what is not text."""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from codeleak import languages
from codeleak.errors import FatalError
from codeleak.notes import note
from codeleak.records import SourceFile

DEFAULT_MAX_BYTES = 1_000_000
VCS_DIRS = frozenset({".git", ".hg", ".svn"})


def git_root(folder: Path) -> Path | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
            capture_output=True, text=True, check=False,
        )
    except OSError:
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


def _git_files(folder: Path) -> list[Path] | None:
    """Files git would track under folder (tracked + untracked, not ignored)."""
    if git_root(folder) is None:
        return None
    out = subprocess.run(
        ["git", "-C", str(folder), "ls-files", "-z", "--cached", "--others",
         "--exclude-standard", "--", "."],
        capture_output=True, check=False,
    )
    if out.returncode != 0:
        return None
    names = [n for n in out.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    return [folder / n for n in sorted(set(names))]


def _ignored_by_git(folder: Path) -> bool:
    out = subprocess.run(["git", "-C", str(folder), "check-ignore", "-q", "."],
                         capture_output=True, check=False)
    return out.returncode == 0


def _walk(folder: Path) -> Iterator[Path]:
    def unreadable(exc: OSError) -> None:
        note(f"skipped {printable(str(exc.filename))}: {exc.strerror or exc}")

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in VCS_DIRS)
        for name in sorted(names):
            yield Path(root) / name


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into a sorted, de-duplicated list of files."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise FatalError(f"no such file or folder: {raw}")
        if path.is_dir():
            listed = _git_files(path)
            if listed == [] and _ignored_by_git(path):
                note(f"{raw} is ignored by git; scanning it because it was named")
                listed = None
            for file in listed if listed is not None else _walk(path):
                found.setdefault(file, None)
        else:
            found.setdefault(path, None)
    return [p for p in found if p.is_file() and not p.is_symlink() or _is_file_link(p)]


def _is_file_link(path: Path) -> bool:
    try:
        return path.is_symlink() and path.resolve(strict=True).is_file()
    except (OSError, RuntimeError):
        return False


def display_path(path: Path, base: Path | None = None) -> str:
    """Path relative to base (default: the current folder) where possible, with / separators."""
    base = base or Path.cwd()
    try:
        shown = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        shown = path.as_posix()
    return printable(shown)


def printable(name: str) -> str:
    """A file name that any output can encode: bytes that are not UTF-8 (kept by the OS as lone
    surrogates) become `\\xNN` escapes instead of failing at print time."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


MAX_INVALID_SHARE = 0.01  # a file with at most this share of invalid UTF-8 bytes is still text
MAX_INVALID_ANYWAY = 4  # ... or with at most this many


def decode(data: bytes) -> str | None:
    """Text of a file, or None if it is binary or not UTF-8. A text file with a few bytes in
    another encoding (a Latin-1 comment in a UTF-8 file) is read with those bytes replaced by
    U+FFFD rather than skipped, so the secrets around them are still found."""
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", "replace")
    if text.count("\ufffd") > max(MAX_INVALID_ANYWAY, MAX_INVALID_SHARE * len(data)):
        return None
    return text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_source(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceFile | None:
    """Read one file; a file that cannot be scanned gets a one-line note and None."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            note(f"skipped {shown}: {size} bytes is over the {max_bytes}-byte limit")
            return None
        data = path.read_bytes()
    except OSError as exc:
        note(f"skipped {shown}: {exc.strerror or exc}")
        return None
    text = decode(data)
    if text is None:
        note(f"skipped {shown}: binary or not UTF-8")
        return None
    if "\ufffd" in text and not _is_utf8(data):
        note(f"read {shown} with its bytes that are not UTF-8 replaced")
    text = text.replace("\r\n", "\n")
    return SourceFile(shown, languages.detect(shown), text, text.encode("utf-8", "surrogatepass"))


def read_sources(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceFile]:
    for path in discover(paths):
        source = read_source(path, display_path(path), max_bytes)
        if source is not None:
            yield source
