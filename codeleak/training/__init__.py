"""Train an inverter for an embedder: the library side of `codeleak train`."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from codeleak.embedders.base import Embedder
from codeleak.errors import FatalError
from codeleak.training.texts import LENGTHS, training_texts

__all__ = ["BACKENDS", "LENGTHS", "train", "training_texts"]

BACKENDS = ("builtin", "vec2text")
SIZES = ("tiny", "small", "medium", "base")  # medium: builtin only


def train(texts: Sequence[str], embedder: Embedder, out_dir: Path, *, backend: str = "builtin",
          size: str = "small", max_steps: int | None = None, device: str = "cpu",
          progress: bool = True, **options: Any) -> Path:
    """Train an inverter of `backend` on texts for embedder and save it to out_dir.

    The folder holds a manifest (codeleak-inverter.json) so `--inverter out_dir` loads it.
    Builtin options: minutes (a time budget instead of, or besides, max_steps), cache_dir (where
    training embeddings are cached), seed.
    """
    if size not in SIZES:
        raise FatalError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")
    out_dir = Path(out_dir)
    if backend == "builtin":
        from codeleak.training.builtin import train_builtin

        return train_builtin(texts, embedder, out_dir, size=size, max_steps=max_steps,
                             device=device, progress=progress, **options)
    if backend == "vec2text":
        from codeleak.inverters.vec2text_adapter import train_vec2text

        return train_vec2text(list(texts), embedder, out_dir, size=size, max_steps=max_steps,
                              device=device, progress=progress)
    raise FatalError(f"unknown backend {backend!r}; use one of {', '.join(BACKENDS)}")
