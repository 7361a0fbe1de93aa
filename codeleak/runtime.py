"""Process-wide settings for the libraries codeleak drives, set once before any of them loads.

Each is a default: a variable the user already set wins.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os

DEFAULTS = {
    # No model hub, ever: every model is local (an error names the fix when one is missing).
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # Idle OpenMP threads sleep instead of spinning: on a busy machine (an IDE, a build, a second
    # hook) spinning threads of two processes starve each other; bench/hook_speed.py measured
    # a cold hook at 17 s under load without this and 6 s with it (docs/performance.md).
    "OMP_WAIT_POLICY": "PASSIVE",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",  # codeleak shows its own
}


def set_defaults() -> None:
    """Put DEFAULTS into the environment where unset; call before torch or transformers load."""
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> object | None:
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


def release_memory() -> None:
    """Hand the heap pages freed by a model pass back to the operating system (glibc only).

    A batch of embeddings frees hundreds of MB that glibc keeps for reuse, in pieces the next
    pass cannot use; a scan's peak memory grew from them (docs/performance.md)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)  # type: ignore[operator]
