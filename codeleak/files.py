"""Find the files to scan and read them as text, skipping what is not text."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from codeleak import languages
from codeleak.errors import FatalError
from codeleak.notes import note, skipped
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


class Found(NamedTuple):
    """A file to read: the path it was found at (a link's own path, never its target's), its
    path from the root of its repository (SourceFile.repo_path) and that root (SourceFile.root)."""

    path: Path
    repo_path: str
    root: str = ""


class _Root(NamedTuple):
    """What a scanned folder belongs to: the git work tree holding it, else the folder itself."""

    folder: Path  # resolved: links are followed only to files under it
    prefix: str  # the scanned folder's path from `folder`: "" or "a/b/"
    git: bool


def _root_of(folder: Path) -> _Root:
    """The root of a folder, from git (one process)."""
    try:
        out = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel",
                              "--show-prefix"], capture_output=True, check=False)
    except OSError:
        out = None
    lines = out.stdout.decode("utf-8", "surrogateescape").split("\n") if out else []
    if out is None or out.returncode != 0 or len(lines) < 2 or not lines[0]:
        return _Root(folder.resolve(), "", False)
    return _Root(Path(lines[0]), lines[1], True)


class _Roots:
    """The roots of the folders a scan names, with one git process per work tree rather than
    per folder (a hook passes files in many folders): a folder inside a work tree found already
    shares its root, unless a `.git` between them (a file in a submodule or a linked work tree,
    a folder in a nested repository) marks another work tree, which git is asked about."""

    def __init__(self) -> None:
        self._folders: dict[Path, _Root] = {}  # as named
        self._trees: set[Path] = set()  # work tree roots found, resolved as git gives them

    def of(self, folder: Path) -> _Root:
        if folder not in self._folders:
            root = self._inside_known(folder.resolve()) or _root_of(folder)
            if root.git:
                self._trees.add(root.folder)
            self._folders[folder] = root
        return self._folders[folder]

    def _inside_known(self, real: Path) -> _Root | None:
        """The root of a resolved folder under a known work tree with no `.git` on the way (nor
        a repository's own folder: git says no work tree holds `.git/hooks`)."""
        level = real
        while level not in self._trees:
            if (level.parent == level or level.name in VCS_DIRS
                    or os.path.lexists(level / ".git")):
                return None
            level = level.parent
        prefix = real.relative_to(level).as_posix()
        return _Root(level, "" if prefix == "." else prefix + "/", True)


def _git_files(folder: Path) -> list[str] | None:
    """Files git would track under folder (tracked + untracked, not ignored), as paths from
    folder."""
    out = subprocess.run(
        ["git", "-C", str(folder), "ls-files", "-z", "--cached", "--others",
         "--exclude-standard", "--", "."],
        capture_output=True, check=False,
    )
    if out.returncode != 0:
        return None
    names = [n for n in out.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    return sorted(set(names))


def _ignored_by_git(folder: Path) -> bool:
    out = subprocess.run(["git", "-C", str(folder), "check-ignore", "-q", "."],
                         capture_output=True, check=False)
    return out.returncode == 0


def _walk(folder: Path) -> Iterator[str]:
    """Paths from folder of the files under it, and of the links to folders (not followed, but
    listed as git lists them, to be skipped with a note)."""
    def unreadable(exc: OSError) -> None:
        skipped(printable(str(exc.filename)), str(exc.strerror or exc))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in VCS_DIRS)
        links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        for name in sorted(names + links):
            yield (Path(root) / name).relative_to(folder).as_posix()


def discover(paths: Iterable[str | Path]) -> list[Found]:
    """Expand files and folders into a de-duplicated list of files, each under the path it was
    found at. A link is read only when it leads to a file inside its root (the repository, or
    the folder scanned outside git) that the scan does not read already; a link that leads out
    is skipped with a note, as is a second path to a file read already."""
    found: dict[Path, tuple[Found, _Root]] = {}
    roots = _Roots()
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise FatalError(f"no such file or folder: {raw}")
        kind = special_kind(path)
        if kind is not None:  # reading a pipe could block, and a device never ends
            raise FatalError(f"{display_path(path)} is not a regular file ({kind}); "
                             "save it to a file first")
        for entry, root in _listed(raw, path, roots):
            found.setdefault(entry.path, (entry, root))
    return _once_each(list(found.values()))


def _listed(raw: str | Path, path: Path, roots: _Roots) -> Iterator[tuple[Found, _Root]]:
    """The files a named path stands for, with the root each belongs to."""
    if not path.is_dir():
        root = roots.of(path.parent)
        yield Found(path, root.prefix + path.name, str(root.folder)), root
        return
    root = roots.of(path)
    names = _git_files(path) if root.git else None
    if names == [] and _ignored_by_git(path):
        note(f"{raw} is ignored by git; scanning it because it was named")
        names = None
    for name in names if names is not None else _walk(path):
        yield Found(path / name, root.prefix + name, str(root.folder)), root


def _once_each(entries: list[tuple[Found, _Root]]) -> list[Found]:
    """Regular files, then links to a file inside their root; each real file once, under the
    first path that is not a link (a link's own path when only links lead to it)."""
    real_dirs: dict[Path, Path] = {}

    def real(path: Path) -> Path:  # a regular file's real path: its folder resolved once
        if path.parent not in real_dirs:
            real_dirs[path.parent] = path.parent.resolve()
        return real_dirs[path.parent] / path.name

    kept: dict[Path, Found] = {}
    links: list[tuple[Found, _Root]] = []
    for entry, root in entries:
        try:
            mode = entry.path.lstat().st_mode
        except FileNotFoundError:
            continue  # gone since it was listed (git's index names it, the work tree lacks it)
        except OSError as exc:  # a folder on the way that cannot be searched
            skipped(display_path(entry.path), f"cannot be looked at: {exc.strerror or exc}")
            continue
        if stat.S_ISLNK(mode):
            links.append((entry, root))
        elif stat.S_ISREG(mode):
            kept.setdefault(real(entry.path), entry)
        elif (kind := special_kind(entry.path)) is not None:
            skipped(display_path(entry.path), f"not a regular file ({kind})")
    for entry, root in links:
        target = _link_target(entry.path)
        if isinstance(target, str):
            skipped(display_path(entry.path), target)
        elif not target.is_relative_to(root.folder):
            where = "the repository" if root.git else "the folder scanned"
            skipped(display_path(entry.path), f"a link to a file outside {where}")
        elif target in kept:
            note(f"skipped {display_path(entry.path)}: a link to "
                 f"{display_path(kept[target].path)}, which is read already")
        else:
            kept[target] = entry
    chosen = {entry.path for entry in kept.values()}
    return [entry for entry, _ in entries if entry.path in chosen]


def _link_target(path: Path) -> Path | str:
    """The file a link leads to, or why it is not read (dangling, a loop, a folder)."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "a broken link (what it points to does not exist)"
    except RuntimeError:  # Python < 3.13: a loop
        return "a symlink loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop"
        return f"a link that cannot be followed: {exc.strerror or exc}"
    if target.is_dir():
        return "a link to a folder (links to folders are not followed)"
    if not target.is_file():
        return f"a link to {special_kind(target) or 'something that is not a regular file'}"
    return target


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a pipe"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def special_kind(path: Path) -> str | None:
    """What a path leads to (links followed) when it is neither a regular file nor a folder:
    "a pipe", "a socket", "a character device"...; None for a file, a folder or a path that
    cannot be looked at (missing, a dangling link, a loop: said elsewhere)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "a special file")


def display_path(path: Path, base: Path | None = None) -> str:
    """Where a file was found, relative to base (default: the current folder) where it lies
    under it, with / separators; a link's own path, not its target's."""
    absolute = Path(os.path.abspath(path))
    try:
        shown = absolute.relative_to(os.path.abspath(base or Path.cwd())).as_posix()
    except ValueError:
        shown = path.as_posix()
    return printable(shown)


# What a terminal obeys or reorders: C0 and C1 controls, DEL, and the bidirectional embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069) that make text read other than it is.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ESCAPED = re.compile(r"\\x([0-9a-f]{2})|\\u(00[89][0-9a-f]|202[a-e]|206[6-9])")  # as _escape()


def _escape(match: re.Match[str]) -> str:
    """`\\x1b` for a character of one byte, `\\u202e` for the others."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def printable(name: str) -> str:
    """A file name that any output can encode and no terminal obeys: bytes that are not UTF-8
    (kept by the OS as lone surrogates) become `\\xNN` escapes instead of failing at print
    time, and so do control characters (a newline, an escape sequence in a hostile name);
    C1 controls and bidirectional overrides become `\\uNNNN`. name_bytes() undoes it."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(_escape, text)


def printable_text(text: str) -> str:
    """Text read from scanned files (a chunk, a found value, what an attack read back) as a
    text report shows it: escaped as printable() escapes names, but newlines and tabs kept."""
    return _CONTROL_IN_TEXT.sub(_escape, text)


def name_bytes(shown: str) -> bytes:
    """The bytes of a name printable() showed: each `\\xNN` escape is byte NN again and each
    `\\uNNNN` that character in UTF-8. (A name holding such an escape's text itself reads as
    the escape: the shown form cannot tell the two apart.)"""
    out, start = bytearray(), 0
    for match in _ESCAPED.finditer(shown):
        out += shown[start:match.start()].encode("utf-8", "surrogateescape")
        byte, char = match.groups()
        out += bytes([int(byte, 16)]) if byte else chr(int(char, 16)).encode("utf-8")
        start = match.end()
    return bytes(out + shown[start:].encode("utf-8", "surrogateescape"))


MAX_INVALID_SHARE = 0.01  # a file with at most this share of invalid UTF-8 bytes is still text
MAX_INVALID_ANYWAY = 4  # ... or with at most this many
# Byte order marks of the encodings read besides UTF-8 (UTF-32 first: its LE mark starts with
# UTF-16's); the codec named reads the mark and drops it.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class Decoded(NamedTuple):
    text: str
    encoding: str  # "UTF-8", "UTF-16" or "UTF-32"
    replaced: bool  # bytes invalid in that encoding were replaced by U+FFFD


def decode(data: bytes) -> str | None:
    """Text of a file, or None if it is binary or not UTF-8 (nor UTF-16 or UTF-32 with a byte
    order mark, as Windows tools write them). A text file with a few bytes in another encoding
    (a Latin-1 comment in a UTF-8 file) is read with those bytes replaced by U+FFFD rather than
    skipped, so the secrets around them are still found."""
    decoded = decode_as(data)
    return None if decoded is None else decoded.text


def decode_as(data: bytes) -> Decoded | None:
    """Like decode(), saying which encoding was read and whether bytes were replaced."""
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is None and b"\0" in data[:8192]:
        return None
    codec = codec or "utf-8-sig"
    encoding = codec.removesuffix("-sig").upper()
    try:
        text = data.decode(codec)
        replaced = False
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        replaced = True
        if text.count("\ufffd") > max(MAX_INVALID_ANYWAY, MAX_INVALID_SHARE * len(data)):
            return None
    if codec != "utf-8-sig" and _looks_binary(text[:8192]):
        return None
    return Decoded(text, encoding, replaced)


_CONTROL_NOT_SPACE = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(start: str) -> bool:
    """Whether text read after a UTF-16 or UTF-32 mark is binary (almost any bytes read as
    UTF-16): a NUL, as for UTF-8, or more than a few control characters that are not spacing."""
    return "\0" in start or len(_CONTROL_NOT_SPACE.findall(start)) > MAX_INVALID_ANYWAY


def read_source(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES, *,
                repo_path: str = "", root: str = "", named: bool = False) -> SourceFile | None:
    """Read one file; a file that cannot be scanned gets a one-line note and None. A file named
    on the command line that cannot be read at all is an error: a scan or hook that passed over
    it would report it clean."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            skipped(shown, f"{size} bytes is over the {max_bytes}-byte limit")
            return None
        data = path.read_bytes()
    except OSError as exc:
        if named:
            raise FatalError(f"cannot read {shown}: {exc.strerror or exc}") from None
        skipped(shown, str(exc.strerror or exc))
        return None
    decoded = decode_as(data)
    if decoded is None:
        skipped(shown, "binary or not UTF-8")
        return None
    if decoded.replaced:
        note(f"read {shown} with its bytes that are not {decoded.encoding} replaced")
    # whatever was read, tree-sitter and the byte offsets of entities and chunks see UTF-8
    text = decoded.text.replace("\r\n", "\n")
    return SourceFile(shown, languages.detect(shown), text, text.encode("utf-8", "surrogatepass"),
                      repo_path, root)


def read_sources(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceFile]:
    paths = list(paths)
    named = {Path(p) for p in paths if not Path(p).is_dir()}
    for found in discover(paths):
        source = read_source(found.path, display_path(found.path), max_bytes,
                             repo_path=printable(found.repo_path), root=found.root,
                             named=found.path in named)
        if source is not None:
            yield source
