"""Look-alike guesses for the confirmation attack: same shape, other characters."""
from __future__ import annotations

import hashlib
import random
import string

# Known prefixes an attacker would keep: they carry no secret.
_PREFIXES = ("AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-",
             "xoxb-", "xoxp-", "xoxa-", "xoxs-", "sk_live_", "rk_live_", "sk-ant-", "sk-proj-",
             "sk-", "AIza", "SG.", "npm_", "pypi-", "hf_", "eyJ")


def _swap(ch: str, rng: random.Random) -> str:
    if ch.isdigit():
        return rng.choice(string.digits)
    if ch.isupper():
        return rng.choice(string.ascii_uppercase)
    if ch.islower():
        return rng.choice(string.ascii_lowercase)
    return ch


def decoys(value: str, count: int) -> list[str]:
    """count distinct look-alikes of value, reproducible for a given value."""
    seed = int.from_bytes(hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()[:8], "big")
    rng = random.Random(seed)
    keep = next((len(p) for p in _PREFIXES if value.startswith(p)), 0)
    if "@" in value:  # an email: guess other mailboxes at the same domain
        keep_tail = len(value) - value.index("@")
    else:
        keep_tail = 0
    body = value[keep:len(value) - keep_tail]
    out: set[str] = set()
    for _ in range(count * 20):
        if len(out) >= count or not any(c.isalnum() for c in body):
            break
        guess = value[:keep] + "".join(_swap(c, rng) for c in body) + value[len(value) - keep_tail:]
        if guess != value:
            out.add(guess)
    return sorted(out)
