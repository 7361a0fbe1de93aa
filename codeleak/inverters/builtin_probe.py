"""The builtin inverter's vocabulary probe: words no head was trained on, found by the embedder.

The heads and the decoder can only name words they saw often in training, so a rare word (a
codename, a place, an unusual term) is lost. The probe needs no training example: it embeds every
whole word of the embedder's own tokenizer vocabulary that the heads do not know (once, when the
inverter is trained; the vectors ship with it) and scores each word by its cosine to the target
embedding, minus the word's mean cosine to ordinary training chunks (its prior). The TOP best
words at or above the probe's floor are each appended to the recovered text and re-embedded; a
word is kept when it brings the text GAIN closer to the target. A text already as close to its
target as the probe's ceiling is left alone: the words the probe finds are missing from texts
far from their targets, and the re-embeddings saved pay for more words tried on the others.
Floor and ceiling are calibrated when the probe is built (training/probe.py: the score the best
word reaches on a fixed share of ordinary training chunks, 0.35 for MiniLM; the cosine the
inverter's recovered text reaches on a fixed share of them, 0.75), so they follow the embedder's
scale of cosines. A folder without a probe inverts as before; one built before the ceiling
existed tries every text. Deep mode tries more words (DEEP_TOP) from a lower score (the floor
minus DEEP_FLOOR_DROP) on every text, ceiling or not.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import Embedder

VECTORS = "vocabulary-probe.safetensors"
WORDS = "vocabulary-probe.json"
# Chosen with bench/vocabulary_probe.py on the 64- and 128-token evaluation chunks (docs/inversion.md)
TOP = 4  # words tried per chunk below the ceiling
GAIN = 0.02  # cosine a word must add to the recovered text to be kept
# Deep mode, where re-embeddings are cheap next to the beam and the word edits, tries more words
# from a lower score on every text: rare words are what matter most for secrets and codenames
# (bench/vocabulary_probe.py on the 16- and 32-token rows; docs/inversion.md)
DEEP_TOP = 16
DEEP_FLOOR_DROP = 0.05  # deep mode tries words scoring the floor minus this


@dataclass
class VocabularyProbe:
    words: list[str]
    vectors: np.ndarray  # (len(words), dim) unit rows, float32
    prior: np.ndarray  # (len(words),) mean cosine of each word to ordinary chunks
    floor: float  # the score (cosine above the prior) a word needs to be tried
    ceiling: float | None = None  # texts this close to their target (cosine) are left alone

    def scores(self, goal: np.ndarray) -> np.ndarray:
        """Each word's score for each row of goal (unit target embeddings)."""
        import numpy as np

        return goal.astype(np.float32) @ self.vectors.T - self.prior

    def proposals(self, goal: np.ndarray, texts: Sequence[str], top: int = TOP,
                  score_min: float | None = None) -> list[list[str]]:
        """Per row of goal (unit target embeddings), up to top words scoring score_min (by
        default the probe's floor) or more that the row's text lacks, best first."""
        import numpy as np

        from codeleak.match import words

        score_min = self.floor if score_min is None else score_min
        if not self.words:
            return [[] for _ in texts]
        scores = self.scores(goal)
        width = min(top + 8, len(self.words))  # room for words the text already has
        best = np.argpartition(-scores, width - 1, axis=1)[:, :width]
        out = []
        for row, text, picks in zip(scores, texts, best):
            have = set(words(text))
            ranked = picks[np.argsort(-row[picks])]
            out.append([self.words[j] for j in ranked
                        if row[j] >= score_min and self.words[j] not in have][:top])
        return out

    def below_ceiling(self, texts: Sequence[str], scores: Sequence[float], goal: np.ndarray,
                      embedder: Embedder) -> list[int]:
        """The rows whose text is further from its goal row than the ceiling (all without one);
        scores measured in bf16 within BF16_RECHECK_BAND of it are measured again in fp32."""
        from codeleak.embedders import BF16_RECHECK_BAND, exact_twin
        from codeleak.inverters.builtin import cosines

        if self.ceiling is None:
            return list(range(len(texts)))
        ceiling = self.ceiling
        own = {i: float(s) for i, s in enumerate(scores)}
        exact_embedder = exact_twin(embedder)
        close = [i for i, s in own.items() if abs(s - ceiling) < BF16_RECHECK_BAND and texts[i]]
        if close and exact_embedder is not None:
            exact = cosines([texts[i] for i in close], goal[close], exact_embedder)
            own.update(zip(close, exact.tolist()))
        return [i for i, s in own.items() if s < ceiling]

    def apply(self, texts: Sequence[str], scores: Sequence[float], goal: np.ndarray,
              embedder: Embedder, gain: float = GAIN, *, deep: bool = False) -> list[list[str]]:
        """Per text, the proposed words that each bring it at least gain closer (in cosine) to
        its goal row when appended; scores are the texts' own cosines to their goals, and texts
        at the ceiling or closer get none (deep: every text has up to DEEP_TOP words tried, from
        the floor minus DEEP_FLOOR_DROP). Gains measured in bf16 within BF16_RECHECK_BAND of
        the threshold are measured again in fp32, text and word alike, so bf16 checks keep the
        words fp32 checks would."""
        from codeleak.embedders import BF16_RECHECK_BAND, exact_twin
        from codeleak.inverters.builtin import cosines

        rows = (list(range(len(texts))) if deep
                else self.below_ceiling(texts, scores, goal, embedder))
        proposed = (self.proposals(goal[rows], [texts[i] for i in rows],
                                   top=DEEP_TOP if deep else TOP,
                                   score_min=self.floor - DEEP_FLOOR_DROP if deep else None)
                    if rows else [])
        trials = [(i, word) for i, row in zip(rows, proposed) for word in row]
        kept: list[list[str]] = [[] for _ in texts]
        if not trials:
            return kept
        gains = cosines([f"{texts[i]} {word}" for i, word in trials],
                        goal[[i for i, _ in trials]], embedder) - [scores[i] for i, _ in trials]
        exact_embedder = exact_twin(embedder)
        close = [k for k, g in enumerate(gains) if abs(g - gain) < BF16_RECHECK_BAND]
        if close and exact_embedder is not None:
            rows = [trials[k][0] for k in close]
            exact = cosines([f"{texts[i]} {trials[k][1]}" for i, k in zip(rows, close)]
                            + [texts[i] for i in rows], goal[rows + rows], exact_embedder)
            gains[close] = exact[:len(close)] - exact[len(close):]
        for (i, word), g in zip(trials, gains):
            if g >= gain:
                kept[i].append(word)
        return kept


def save_probe(folder: Path, probe: VocabularyProbe, info: dict[str, object]) -> None:
    """Vectors as int8 with one scale per word (cosine to the float vectors > 0.9999), the
    prior, and the word list with info."""
    import numpy as np
    import torch
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    scale = np.abs(probe.vectors).max(axis=1).clip(min=1e-12) / 127.0
    quantised = np.round(probe.vectors / scale[:, None]).astype(np.int8)
    save_file({"vectors": torch.from_numpy(np.ascontiguousarray(quantised)),
               "scale": torch.from_numpy(scale.astype(np.float32)),
               "prior": torch.from_numpy(probe.prior.astype(np.float32))}, str(folder / VECTORS))
    data = {"floor": probe.floor, "ceiling": probe.ceiling, "training": info, "words": probe.words}
    (folder / WORDS).write_text(json.dumps(data, separators=(",", ":")) + "\n")


def load_probe(folder: Path) -> VocabularyProbe | None:
    """The folder's vocabulary probe, or None when it has none."""
    if not (folder / VECTORS).is_file() or not (folder / WORDS).is_file():
        return None
    import numpy as np
    from safetensors.numpy import load_file

    from codeleak.inverters.builtin import _unit

    state = load_file(str(folder / VECTORS))
    vectors = _unit(state["vectors"].astype(np.float32) * state["scale"][:, None])
    data = json.loads((folder / WORDS).read_text())
    ceiling = data.get("ceiling")
    return VocabularyProbe(list(data["words"]), vectors, state["prior"].astype(np.float32),
                           float(data["floor"]), None if ceiling is None else float(ceiling))
