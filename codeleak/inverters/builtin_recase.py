"""Restore camelCase in recovered text: `parsehttpresponse` -> `parseHttpResponse`.

An uncased embedder (all-MiniLM-L6-v2 lower-cases its input) cannot tell `parseHttpResponse`
from `parsehttpresponse`, so the decoder writes identifiers glued and lower-case. In code the glued
form is nearly always camelCase, so a run of letters that is not itself a known word is split into
known words (the training word table) by the most probable segmentation, and written camelCase.
That is what an attacker would read, and what word matching splits back into words.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

MIN_RUN = 6  # shorter runs are left alone
MIN_COUNT = 3  # a word must be in this many training chunks to be used as a part
SHORT_PARTS = frozenset({"id", "db", "io", "ui", "js", "os", "ip", "to", "is", "of", "on", "in",
                         "at", "by", "as", "or", "no", "fn", "ok", "re", "up", "x", "y", "z"})
_RUN = re.compile(r"[a-z]+")


class Recaser:
    def __init__(self, word_counts: Mapping[str, int]) -> None:
        self.counts = word_counts
        total = sum(word_counts.values()) or 1
        self._log_total = math.log(total)
        self._short = -math.log(1e-4)  # cost of a short part

    def _cost(self, part: str) -> float | None:
        if len(part) < 3:
            return self._short + 2 if part in SHORT_PARTS else None
        count = self.counts.get(part, 0)
        if count < MIN_COUNT:
            return None
        return self._log_total - math.log(count) + 2  # +2: fewer, longer parts win

    def split(self, run: str) -> list[str] | None:
        """The cheapest split of run into known parts, or None when there is none."""
        n = len(run)
        best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
        for end in range(1, n + 1):
            for begin in range(max(0, end - 24), end):
                if best[begin][0] == math.inf:
                    continue
                cost = self._cost(run[begin:end])
                if cost is not None and best[begin][0] + cost < best[end][0]:
                    best[end] = (best[begin][0] + cost, begin)
        if best[n][0] == math.inf:
            return None
        parts, end = [], n
        while end > 0:
            begin = best[end][1]
            parts.append(run[begin:end])
            end = begin
        return parts[::-1]

    def recase_run(self, run: str) -> str:
        if len(run) < MIN_RUN or self.counts.get(run, 0) >= MIN_COUNT:
            return run
        parts = self.split(run)
        if not parts or len(parts) < 2:
            return run
        return parts[0] + "".join(part.capitalize() for part in parts[1:])

    def __call__(self, text: str) -> str:
        return _RUN.sub(lambda m: self.recase_run(m.group(0)), text)
