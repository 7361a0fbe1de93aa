"""One fatal error type and the exit codes every command uses."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

CAUSE_CHARS = 200  # of a cause's text kept in a one-line message


class FatalError(RuntimeError):
    """An error the user can fix; shown as one line on stderr, exit code 2."""


class MissingDependency(FatalError):
    """An optional dependency (an extra) is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"{package} is not installed; install it with: pip install 'codeleak[{extra}]'"
        )


@contextmanager
def model_files(model: str, folder: Path, part: str, fix: str) -> Iterator[None]:
    """A failure to read part of a model folder becomes one FatalError naming the folder, the
    part, the cause in short and the fix: `cannot load the MODEL in FOLDER: PART is missing or
    damaged (CAUSE); FIX`. The readers raise many types for a missing, truncated or foreign
    file (OSError, json's ValueError, safetensors' SafetensorError, the tokenizers library's
    plain Exception, torch's RuntimeError for weights that do not fit the network, KeyError,
    gzip's EOFError), so any Exception counts but a FatalError or a MemoryError."""
    try:
        yield
    except (FatalError, MemoryError):
        raise
    except Exception as exc:
        raise FatalError(f"cannot load the {model} in {folder}: {part} is missing or damaged "
                         f"({short_cause(exc)}); {fix}") from exc


def short_cause(exc: BaseException) -> str:
    """An exception's text on one line, at most CAUSE_CHARS long (its type name if it has none)."""
    text = re.sub(r"\s+", " ", str(exc)).strip() or type(exc).__name__
    if isinstance(exc, KeyError):
        text = f"no entry {text}"
    return text if len(text) <= CAUSE_CHARS else text[:CAUSE_CHARS - 1] + "…"
