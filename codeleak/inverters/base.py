"""The inverter protocol: what an attacker reads back from an embedding."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import Embedder


class Inverter(Protocol):
    name: str  # stable id used in reports and cache keys
    ordered: bool  # True if recovered text is ordered (BLEU is meaningful)

    def invert(self, embeddings: np.ndarray, embedder: Embedder, *,
               progress: bool = False) -> list[str]:
        """Recovered text for each row of embeddings (shape (n, embedder.dim))."""
        ...
