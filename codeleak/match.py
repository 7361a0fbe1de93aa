"""How much of an entity's value an attacker's recovered text contains (rapidfuzz)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
MIN_WORD = 3
# A word that this share of a scan's recovered texts contains is "what every inversion says".
COMMON_SHARE = 0.2


def words(text: str) -> list[str]:
    """Words of a text or identifier: split on non-alphanumerics, snake_case and camelCase,
    lower-cased, shorter than 3 characters dropped."""
    out = []
    for piece in _SPLIT.split(text):
        for word in _CAMEL.findall(piece) or [piece]:
            if len(word) >= MIN_WORD:
                out.append(word.lower())
    return out


def parts(value: str) -> list[str]:
    """The pieces of a value an attacker could recover separately: the words of an identifier,
    the labels of a host, the local part and domain of an email, the runs of a key."""
    pieces = []
    for piece in _SPLIT.split(value):
        if len(piece) >= MIN_WORD:
            pieces.append(piece.lower())
            sub = words(piece)
            if len(sub) > 1:
                pieces.extend(sub)
    return list(dict.fromkeys(pieces))


def common_words(recovered: Sequence[str]) -> frozenset[str]:
    """Words found in at least COMMON_SHARE of the recovered texts (at least 3 texts)."""
    if len(recovered) < 5:
        return frozenset()
    df = Counter(w for text in recovered for w in set(words(text)))
    limit = max(3, COMMON_SHARE * len(recovered))
    return frozenset(w for w, n in df.items() if n >= limit)


def _squash(text: str) -> str:
    return _SPLIT.sub("", text.lower())


def _part_hit(part: str, squashed: str, recovered_words: set[str]) -> float:
    if part in recovered_words or (len(part) >= 4 and part in squashed):
        return 1.0
    if len(part) < 6 or len(squashed) < len(part):
        return 0.0
    score = fuzz.partial_ratio(part, squashed) / 100.0
    return score if score >= 0.85 else 0.0


def leak_score(value: str, recovered: str, common: Iterable[str] = ()) -> float:
    """A score in [0, 1]: 1 when the value appears in the recovered text, less as fewer of
    its informative characters do. Parts that every inversion produces count for nothing."""
    squashed_value = _squash(value)
    squashed = _squash(recovered)
    if not squashed_value or not squashed:
        return 0.0
    common = frozenset(common)
    informative = [p for p in parts(value) if p not in common]
    if squashed_value in squashed and squashed_value not in common:
        return 1.0
    if not informative:
        return 0.0
    whole = 0.0
    if len(squashed_value) >= 8 and len(squashed) >= len(squashed_value):
        whole = fuzz.partial_ratio(squashed_value, squashed) / 100.0
        whole = whole if whole >= 0.9 else 0.0
    recovered_words = set(words(recovered))
    total = sum(len(p) for p in informative)
    hit = sum(len(p) * _part_hit(p, squashed, recovered_words) for p in informative)
    return round(max(whole, hit / total), 4)
