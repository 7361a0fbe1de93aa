"""Masking and fingerprints: a found value never leaves codeleak in clear by default."""
from __future__ import annotations

import hashlib


def fingerprint(value: str) -> str:
    """Stable fingerprint of the exact value: `sha256:<hex>`."""
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def mask(value: str) -> str:
    """Keep at most a quarter of a value visible, at its ends: `AKIA************MPLE`."""
    n = len(value)
    if n < 8:
        return "*" * n
    keep = min(4, n // 8)
    return value[:keep] + "*" * (n - 2 * keep) + value[n - keep:]


def mask_in(text: str, values: list[str]) -> str:
    """Mask every occurrence of each value inside a longer text."""
    for value in sorted(set(values), key=len, reverse=True):
        if len(value) >= 3:
            text = text.replace(value, mask(value))
    return text
