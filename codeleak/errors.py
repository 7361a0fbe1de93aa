"""One fatal error type and the exit codes every command uses."""
from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class FatalError(RuntimeError):
    """An error the user can fix; shown as one line on stderr, exit code 2."""


class MissingDependency(FatalError):
    """An optional dependency (an extra) is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed; install it with: pip install 'codeleak[{extra}]'"
        )
