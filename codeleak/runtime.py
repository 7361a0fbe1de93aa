"""Process-wide settings for the libraries codeleak drives, set once before any of them loads.

Each is a default: a variable the user already set wins.
"""
from __future__ import annotations

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
