"""Leak verdicts: match each sensitive entity against what the attacks recover from its chunk.

Two attacks:
- inversion: the chunk's embedding is inverted to text; the entity leaks when the recovered
  text contains it (match.leak_score >= the threshold).
- confirmation: an attacker with a guess list ranks the true value among look-alike decoys by
  how close each guess embeds to the chunk's embedding (against the scan's average chunk); the
  entity is confirmed when the true value ranks first with a margin.
Both are calibrated with a control: the same test against an unrelated chunk's embedding.

A scan that judges few chunks (a pre-commit hook, a diff) is padded with reference chunks of
ordinary code (pipeline.reference_chunks) up to REFERENCE_CHUNKS: they join the average chunk
and the words every inversion says, and give a chunk with no partner in the scan its control,
so a small scan is judged as it would be among other code. Larger scans are judged as they are.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from codeleak import decoys, match
from codeleak.embedders import BF16_RECHECK_BAND
from codeleak.records import Attack, Chunk, Entity, Finding

if TYPE_CHECKING:
    import numpy as np

    from codeleak.pipeline import Models

SEVERITIES = ("info", "low", "medium", "high", "critical")
CONFIRM_CATEGORIES = frozenset({"secret", "pii", "infra"})
CONFIRM_DECOYS = 31
CONFIRM_MARGIN = 0.01  # the true value must beat the best decoy by this much
CONFIRM_MIN_LENGTH = 6
# Guesses are embedded at the attack's precision (bf16 where the CPU has it). A decision whose
# gap lies this close to the margin is taken again with fp32 guesses.
RECHECK_BAND = BF16_RECHECK_BAND
AT_RISK_TOKENS = 64  # chunks this short are inverted well (docs/inversion.md)
REFERENCE_CHUNKS = 32  # a scan judging fewer chunks is padded with reference chunks up to this
# Strength of the attacks as measured here (README "Measured results", docs/inversion.md).
MEASURED = {
    "builtin": "held-out code, 32-token chunks: word F1 0.61, identifier recovery 0.64, "
               "rare identifiers 0.33, control recall 0.02 (docs/inversion.md, 2026-11-27)",
    "builtin-deep": "held-out code, 32-token chunks: word F1 0.65, identifier recovery 0.71, "
                    "rare identifiers 0.45, control recall 0.02 (docs/inversion.md, 2026-11-27)",
    "confirmation": "planted values leaked: 34/39 at 32 tokens, 11/39 at 256, control rate "
                    "0.036 at 32 and at 256 (bench/leak_sweep.py on click, 2026-11-27)",
}
UNMEASURED = "not measured by codeleak; run `codeleak eval` with this inverter"


@dataclass(frozen=True)
class Judged:
    findings: list[Finding]
    chunks: int
    control_leak_rate: float  # of the entities whose control ran
    attacks: tuple[Attack, ...]
    controls: int  # entities whose control ran (0: no chance level was measured)


def assign(entities: Sequence[Entity], chunks: Sequence[Chunk]) -> list[tuple[Entity, int]]:
    """Each entity with the index of the chunk holding its first line; where a long line was
    cut into pieces (chunks of that line alone, in order), the piece holding its first byte."""
    by_path: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        by_path.setdefault(c.path, []).append(i)
    starts = {path: [chunks[i].start_line for i in idx] for path, idx in by_path.items()}
    out = []
    for e in entities:
        idx = by_path.get(e.path, [])
        k = bisect.bisect_right(starts.get(e.path, []), e.line) - 1
        while k > 0 and chunks[idx[k]].start_line == e.line == chunks[idx[k - 1]].end_line \
                and chunks[idx[k]].start_byte > e.start_byte:
            k -= 1
        if k >= 0 and chunks[idx[k]].start_line <= e.line <= chunks[idx[k]].end_line:
            out.append((e, idx[k]))
    return out


def control_partner(index: int, chunks: Sequence[Chunk], value: str = "") -> int | None:
    """An unrelated chunk: half the list away, preferring another file, never one that holds
    the value itself (the same password in two files is not chance)."""
    n = len(chunks)
    fallback = None
    for step in range(n // 2, n // 2 + n):
        j = (index + step) % n
        if j == index or (value and value in chunks[j].text):
            continue
        if chunks[j].path != chunks[index].path:
            return j
        fallback = fallback if fallback is not None else j
    return fallback


def reference_partner(index: int, chunks: Sequence[Chunk], scanned: int,
                      value: str = "") -> int | None:
    """The control of scanned chunk index when the scan holds no partner for it: one of the
    reference chunks padding it (chunks[scanned:]), taken in turn by index, never one that
    holds the value; None when there are none."""
    count = len(chunks) - scanned
    for step in range(count):
        j = scanned + (index + step) % count
        if not (value and value in chunks[j].text):
            return j
    return None


def with_reference(judged: list[Chunk], models: Models) -> list[Chunk]:
    """The scan's judged chunks, then reference chunks up to REFERENCE_CHUNKS; the judged
    chunks alone when there are none (nothing to judge) or at least REFERENCE_CHUNKS."""
    from codeleak.pipeline import reference_chunks

    missing = REFERENCE_CHUNKS - len(judged)
    if not judged or missing <= 0:
        return judged
    counter = models.embedder.counter()
    return [*judged, *reference_chunks(counter, models.settings.chunk_tokens, missing)]


def control_of(index: int, judged: Sequence[Chunk], padded: Sequence[Chunk],
               value: str) -> int | None:
    """The control partner of judged chunk index: in the scan where it has one
    (control_partner), else a reference chunk padding it (reference_partner)."""
    found = control_partner(index, judged, value)
    return found if found is not None else reference_partner(index, padded, len(judged), value)


def shift(severity: str, by: int) -> str:
    i = SEVERITIES.index(severity) if severity in SEVERITIES else 0
    return SEVERITIES[max(0, min(len(SEVERITIES) - 1, i + by))]


def severity_of(entity: Entity, leaked: bool, at_risk: bool) -> str:
    """Leaked keeps the rule's severity; at risk drops one level; otherwise two."""
    if leaked:
        return entity.severity
    return shift(entity.severity, -1 if at_risk else -2)


def _background(vectors: np.ndarray) -> np.ndarray:
    """The average chunk of this scan: what any guess resembles by being code-like."""
    import numpy as np

    mean = vectors.mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)


def confirm(values: Sequence[str], targets: np.ndarray, background: np.ndarray,
            models: Models) -> list[list[bool]]:
    """The confirmation attack. For each value, and each of its candidate target embeddings
    (row k of targets[k]: the real chunk first, then controls), is the true value ranked above
    every look-alike guess? A guess scores its similarity to the target minus its similarity
    to the background, so a value does not win by merely looking more like code than random
    decoys do."""
    from codeleak.pipeline import attack_precision, cached_embeddings

    guesses: list[str] = []
    spans: list[tuple[int, int]] = []
    for value in values:
        group = [value, *decoys.decoys(value, CONFIRM_DECOYS)]
        spans.append((len(guesses), len(group)))
        guesses.extend(group)
    if not guesses:
        return [[] for _ in values]
    vectors = cached_embeddings(guesses, models, "guess", attack=True)
    gaps = [_gaps(vectors[start:start + count], rows, background)
            for (start, count), rows in zip(spans, targets, strict=True)]
    close = [k for k, row in enumerate(gaps)
             if any(abs(gap - CONFIRM_MARGIN) < RECHECK_BAND for gap in row)]
    if close and attack_precision(models.settings) != "fp32":
        exact = cached_embeddings([g for k in close for g in _group(guesses, spans[k])],
                                  models, "guess")
        at = 0
        for k in close:
            count = spans[k][1]
            gaps[k] = _gaps(exact[at:at + count], targets[k], background)
            at += count
    return [[gap > CONFIRM_MARGIN for gap in row] for row in gaps]


def _group(guesses: Sequence[str], span: tuple[int, int]) -> Sequence[str]:
    return guesses[span[0]:span[0] + span[1]]


def _gaps(block: np.ndarray, rows: np.ndarray, background: np.ndarray) -> list[float]:
    """Per target row: the true value's score minus the best decoy's (-inf without decoys)."""
    import numpy as np

    prior = block @ background
    out = []
    for target in rows:
        gain = block @ target - prior
        out.append(float(gain[0] - np.max(gain[1:])) if len(gain) > 1 else float("-inf"))
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
    padded = with_reference(judged_chunks, models)
    vectors = embed_chunks(padded, models, progress=progress)
    recovered = invert_chunks(padded, vectors, models, progress=progress)
    common = match.common_words(recovered)
    threshold = settings.leak_threshold

    scores = [match.leak_score(e.value, recovered[ci], common) for e, ci in pairs]
    partners = [control_of(ci, judged_chunks, padded, e.value) for e, ci in pairs]
    control = [match.leak_score(e.value, recovered[p], common) if p is not None else 0.0
               for (e, _), p in zip(pairs, partners, strict=True)]
    confirmable = [k for k, (e, _) in enumerate(pairs)
                   if settings.confirmation and scores[k] < threshold
                   and e.category in CONFIRM_CATEGORIES and len(e.value) >= CONFIRM_MIN_LENGTH]
    confirmed: dict[int, bool] = {}
    control_confirmed: dict[int, bool] = {}
    if confirmable:
        import numpy as np

        targets = np.stack([np.stack([vectors[pairs[k][1]],
                                      vectors[p if (p := partners[k]) is not None
                                              else pairs[k][1]]])
                            for k in confirmable])
        results = confirm([pairs[k][0].value for k in confirmable], targets,
                          _background(vectors), models)
        for k, (real, ctrl) in zip(confirmable, results, strict=True):
            confirmed[k] = real
            control_confirmed[k] = ctrl and partners[k] is not None

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
                      f"leaked when leak_score >= {threshold}",
                      MEASURED.get(models.inverter.name, UNMEASURED))]
    if settings.confirmation:
        attacks.append(Attack("confirmation", f"true value ranked first among "
                              f"{CONFIRM_DECOYS} look-alike guesses by embedding similarity",
                              MEASURED["confirmation"]))
    controls = sum(p is not None for p in partners)
    rate = control_hits / controls if controls else 0.0
    return Judged(findings, len(judged_chunks), round(rate, 4), tuple(attacks), controls)

