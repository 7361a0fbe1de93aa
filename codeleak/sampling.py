"""Taking a few items evenly from many groups (reference chunks, evaluation samples)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def round_robin(groups: Sequence[Sequence[T]], count: int) -> list[T]:
    """Up to count items: the first of each group in turn, then the second, and so on."""
    picked: list[T] = []
    for i in range(max(map(len, groups), default=0)):
        if len(picked) >= count:
            break
        picked += [group[i] for group in groups if i < len(group)]
    return picked[:count]
