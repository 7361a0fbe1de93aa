"""Look-alike guesses for the confirmation attack: same shape, other characters."""
from __future__ import annotations

import functools
import hashlib
import random
import re
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
    """count distinct look-alikes of value, reproducible for a given value. A run of letters
    that is a dictionary word becomes another word of the same length and case (a readable
    value must not win against unreadable decoys merely by being readable: the control showed
    it); every other letter or digit becomes a random one of its class."""
    seed = int.from_bytes(hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()[:8], "big")
    rng = random.Random(seed)
    keep = next((len(p) for p in _PREFIXES if value.startswith(p)), 0)
    if "@" in value:  # an email: guess other mailboxes at the same domain
        keep_tail = len(value) - value.index("@")
    else:
        keep_tail = 0
    body = value[keep:len(value) - keep_tail]
    runs = [(m.start(), m.end()) for m in _LETTERS.finditer(body)
            if _known(m.group().lower())]
    out: set[str] = set()
    for _ in range(count * 20):
        if len(out) >= count or not any(c.isalnum() for c in body):
            break
        chars = [_swap(c, rng) for c in body]
        for a, b in runs:
            chars[a:b] = list(_same_case(_other_word(b - a, rng), body[a:b]))
        guess = value[:keep] + "".join(chars) + value[len(value) - keep_tail:]
        if guess != value:
            out.add(guess)
    return sorted(out)


_LETTERS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _known(word: str) -> bool:
    return len(word) >= 3 and word in _words_by_length().get(len(word), ())


@functools.lru_cache(maxsize=1)
def _words_by_length() -> dict[int, tuple[str, ...]]:
    """The general vocabulary (codeleak.rules.vocabulary) by length, sorted (reproducible)."""
    from codeleak.rules import vocabulary

    table: dict[int, list[str]] = {}
    for word in sorted(vocabulary()):
        if word.isascii() and word.isalpha() and word.islower():
            table.setdefault(len(word), []).append(word)
    return {n: tuple(words) for n, words in table.items()}


def _other_word(length: int, rng: random.Random) -> str:
    return rng.choice(_words_by_length()[length])


def _same_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word
