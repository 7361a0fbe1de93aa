"""Masking and fingerprints: a found value never leaves codeleak in clear by default."""
from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Sequence

FINGERPRINT_KEY_ENV = "CODELEAK_FINGERPRINT_KEY"


def fingerprint(value: str) -> str:
    """Stable fingerprint of the exact value: `sha256:<hex>`, or `hmac-sha256:<hex>` keyed with
    $CODELEAK_FINGERPRINT_KEY where that is set.

    A plain hash of a guessable value (a private IP, an email, a short password) is found again
    by hashing candidates; keyed, it cannot be by whoever reads a report or baseline without the
    key. Baselines match only runs made with the same key (or none)."""
    data = value.encode("utf-8", "surrogatepass")
    key = os.environ.get(FINGERPRINT_KEY_ENV, "")
    if key:
        return "hmac-sha256:" + hmac.new(key.encode("utf-8"), data, hashlib.sha256).hexdigest()
    return "sha256:" + hashlib.sha256(data).hexdigest()


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
