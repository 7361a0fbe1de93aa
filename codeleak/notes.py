"""One-line notes and warnings on stderr. Never pass a found value to these."""
from __future__ import annotations

import sys

from codeleak.records import Skipped

_quiet = False
_skipped: list[Skipped] = []


def start(quiet: bool) -> None:
    """A command begins: notes on or off, no file skipped yet (a report lists only its own)."""
    global _quiet
    _quiet = quiet
    _skipped.clear()


def note(message: str) -> None:
    if not _quiet:
        print(f"codeleak: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"codeleak: warning: {message}", file=sys.stderr)


def skipped(path: str, reason: str) -> None:
    """A file this run does not read: a note now, and a row of the report's skipped list
    (path as shown, reason without any of the file's content)."""
    _skipped.append(Skipped(path, reason))
    note(f"skipped {path}: {reason}")


def take_skipped() -> tuple[Skipped, ...]:
    """The files skipped since the last call, each once, in the order met; the list starts
    afresh."""
    out = tuple(dict.fromkeys(_skipped))
    _skipped.clear()
    return out
