"""Leak verdicts: match each sensitive entity against what the attacks recover from its chunk.

Two attacks:
- inversion: the chunk's embedding is inverted to text; the entity leaks when the recovered
  text contains it (match.leak_score >= the threshold).
- confirmation: an attacker with a guess list ranks the true value among look-alike decoys by
  how close `recovered text + guess` embeds to the chunk's embedding; the entity is confirmed
  when the true value ranks first.
Both are calibrated with a control: the same test against an unrelated chunk's embedding.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from codeleak import decoys, match
from codeleak.records import Attack, Chunk, Entity, Finding

if TYPE_CHECKING:
    import numpy as np

    from codeleak.pipeline import Models

SEVERITIES = ("info", "low", "medium", "high", "critical")
CONFIRM_CATEGORIES = frozenset({"secret", "pii", "infra"})
CONFIRM_DECOYS = 31
CONFIRM_MARGIN = 0.005  # the true value must beat the best decoy by this much
CONFIRM_MIN_LENGTH = 6
AT_RISK_TOKENS = 64  # chunks this short are inverted well (docs/inversion.md)


@dataclass(frozen=True)
class Judged:
    findings: list[Finding]
    chunks: int
    control_leak_rate: float
    attacks: tuple[Attack, ...]


def assign(entities: Sequence[Entity], chunks: Sequence[Chunk]) -> list[tuple[Entity, int]]:
    """Each entity with the index of the chunk holding its first line."""
    by_path: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        by_path.setdefault(c.path, []).append(i)
    out = []
    for e in entities:
        idx = by_path.get(e.path, [])
        starts = [chunks[i].start_line for i in idx]
        k = bisect.bisect_right(starts, e.line) - 1
        if k >= 0 and chunks[idx[k]].start_line <= e.line <= chunks[idx[k]].end_line:
            out.append((e, idx[k]))
    return out


def control_partner(index: int, chunks: Sequence[Chunk]) -> int | None:
    """An unrelated chunk: half the list away, preferring another file."""
    n = len(chunks)
    if n < 2:
        return None
    for step in range(n // 2, n // 2 + n):
        j = (index + step) % n
        if j != index and chunks[j].path != chunks[index].path:
            return j
    return (index + max(1, n // 2)) % n


def shift(severity: str, by: int) -> str:
    i = SEVERITIES.index(severity) if severity in SEVERITIES else 0
    return SEVERITIES[max(0, min(len(SEVERITIES) - 1, i + by))]


def severity_of(entity: Entity, leaked: bool, at_risk: bool) -> str:
    """Leaked keeps the rule's severity; at risk drops one level; otherwise two."""
    if leaked:
        return entity.severity
    return shift(entity.severity, -1 if at_risk else -2)


def _confirm(pairs: Sequence[tuple[Entity, int]], targets: np.ndarray,
             recovered: Sequence[str], models: Models) -> list[bool]:
    """For each (entity, chunk index): does the true value outrank its decoys?"""
    import numpy as np

    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for entity, ci in pairs:
        guesses = [entity.value, *decoys.decoys(entity.value, CONFIRM_DECOYS)]
        spans.append((len(texts), len(guesses)))
        texts.extend(f"{recovered[ci]} {g}" for g in guesses)
    if not texts:
        return []
    vectors = models.embedder.embed(texts)
    out = []
    for (entity, ci), (start, count) in zip(pairs, spans, strict=True):
        if count < 2:
            out.append(False)
            continue
        sims = vectors[start:start + count] @ targets[ci]
        out.append(bool(sims[0] > float(np.max(sims[1:])) + CONFIRM_MARGIN))
    return out


def judge(sensitive: Sequence[Entity], chunks: Sequence[Chunk], models: Models, *,
          progress: bool, suppressed: frozenset[tuple[str, int]] = frozenset(),
          baseline: frozenset[tuple[str, str, str]] = frozenset()) -> Judged:
    from codeleak.masking import fingerprint
    from codeleak.pipeline import embed_chunks, invert_chunks

    settings = models.settings
    pairs = assign(sensitive, chunks)
    used = sorted({ci for _, ci in pairs})
    local = {ci: k for k, ci in enumerate(used)}
    judged_chunks = [chunks[ci] for ci in used]
    pairs = [(e, local[ci]) for e, ci in pairs]
    vectors = embed_chunks(judged_chunks, models, progress=progress)
    recovered = invert_chunks(judged_chunks, vectors, models, progress=progress)
    common = match.common_words(recovered)
    threshold = settings.leak_threshold

    scores = [match.leak_score(e.value, recovered[ci], common) for e, ci in pairs]
    partners = [control_partner(ci, judged_chunks) for _, ci in pairs]
    control = [match.leak_score(e.value, recovered[p], common) if p is not None else 0.0
               for (e, _), p in zip(pairs, partners, strict=True)]
    confirmable = [k for k, (e, _) in enumerate(pairs)
                   if settings.confirmation and scores[k] < threshold
                   and e.category in CONFIRM_CATEGORIES and len(e.value) >= CONFIRM_MIN_LENGTH]
    confirmed = dict(zip(confirmable, _confirm([pairs[k] for k in confirmable], vectors,
                                               recovered, models), strict=True))
    with_partner = [k for k in confirmable if partners[k] is not None]
    control_pairs = [(pairs[k][0], p) for k in with_partner if (p := partners[k]) is not None]
    control_confirmed = dict(zip(with_partner, _confirm(control_pairs, vectors, recovered,
                                                        models), strict=True))

    findings = []
    control_hits = 0
    for k, (entity, ci) in enumerate(pairs):
        chunk = judged_chunks[ci]
        inverted = scores[k] >= threshold
        by_guess = confirmed.get(k, False)
        leaked = inverted or by_guess
        control_hits += control[k] >= threshold or control_confirmed.get(k, False)
        at_risk = not leaked and chunk.tokens <= AT_RISK_TOKENS
        is_suppressed = ((entity.path, entity.line) in suppressed
                         or (entity.path, fingerprint(entity.value), entity.rule) in baseline)
        findings.append(Finding(
            entity=entity, chunk=chunk, leaked=leaked, leak_score=scores[k],
            attack="inversion" if inverted else "confirmation" if by_guess else "none",
            severity=severity_of(entity, leaked, at_risk), recovered=recovered[ci],
            at_risk=at_risk, suppressed=is_suppressed,
            details={"control_score": control[k],
                     "baseline": (entity.path, fingerprint(entity.value), entity.rule) in baseline},
        ))
    findings.sort(key=lambda f: (-SEVERITIES.index(f.severity), f.entity.path, f.entity.line))
    attacks = [Attack("inversion", f"{models.inverter.name} inverts each chunk embedding; "
                      f"leaked when leak_score >= {threshold}")]
    if settings.confirmation:
        attacks.append(Attack("confirmation", f"true value ranked first among "
                              f"{CONFIRM_DECOYS} look-alike guesses by embedding similarity"))
    rate = control_hits / len(pairs) if pairs else 0.0
    return Judged(findings, len(judged_chunks), round(rate, 4), tuple(attacks))

