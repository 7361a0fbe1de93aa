"""codeleak: find what leaks from source code through its embeddings."""
from __future__ import annotations

__version__ = "0.1.0"
