"""One-line notes and warnings on stderr. Never pass a found value to these."""
from __future__ import annotations

import sys

_quiet = False


def set_quiet(quiet: bool) -> None:
    global _quiet
    _quiet = quiet


def note(message: str) -> None:
    if not _quiet:
        print(f"codeleak: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"codeleak: warning: {message}", file=sys.stderr)
