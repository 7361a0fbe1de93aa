"""Masking and fingerprints: a found value never leaves codeleak in clear by default."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence


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


def mask_source(data: bytes, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text of data[start:end] with every byte span in `spans` that reaches into it masked.

    A span is masked as a whole and then cut to the part inside, so a value split between two
    chunks shows no more of itself in either than `mask` of the whole value does; line breaks
    are kept, so a masked key still takes the lines it takes in the file.
    """
    out, at = [], start
    for a, b in sorted(s for s in spans if s[0] < end and s[1] > start):
        lo, hi = max(a, at), min(b, end)
        if hi <= lo:
            continue
        whole = _text(data, a, b)
        shown = "".join("\n" if ch == "\n" else m for ch, m in zip(whole, mask(whole)))
        skip = len(_text(data, a, lo))
        out += [_text(data, at, lo), shown[skip:skip + len(_text(data, lo, hi))]]
        at = hi
    out.append(_text(data, at, end))
    return "".join(out)


def _text(data: bytes, start: int, end: int) -> str:
    return data[start:end].decode("utf-8", "surrogatepass")


def mask_in(text: str, values: list[str]) -> str:
    """Mask every occurrence of each value inside a longer text."""
    for value in sorted(set(values), key=len, reverse=True):
        if len(value) >= 3:
            text = text.replace(value, mask(value))
    return text
