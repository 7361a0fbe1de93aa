"""The embedder protocol: what a RAG pipeline would store for each chunk."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np


class TokenCounter(Protocol):
    """Counts tokens the way the embedder's own tokenizer does (special tokens excluded)."""

    def count(self, text: str) -> int: ...

    def count_batch(self, texts: Sequence[str]) -> list[int]: ...


class Embedder(Protocol):
    """Turns chunk texts into vectors, as the user's RAG pipeline would."""

    name: str  # stable id used in reports and cache keys
    dim: int
    max_tokens: int  # the model's own input limit (content tokens)

    def counter(self) -> TokenCounter:
        """The tokenizer, loaded without the model weights where possible."""
        ...

    def embed(self, texts: Sequence[str], *, batch_size: int = 64,
              progress: bool = False) -> np.ndarray:
        """float32 array of shape (len(texts), dim)."""
        ...
