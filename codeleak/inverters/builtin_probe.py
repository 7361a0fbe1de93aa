"""The builtin inverter's vocabulary probe: words no head was trained on, found by the embedder.

The heads and the decoder can only name words they saw often in training, so a rare word (a
codename, a place, an unusual term) is lost. The probe needs no training example: it embeds every
whole word of the embedder's own tokenizer vocabulary that the heads do not know (once, when the
inverter is trained; the vectors ship with it) and scores each word by its cosine to the target
embedding, minus the word's mean cosine to ordinary training chunks (its prior). The TOP best
words above SCORE_MIN are each appended to the recovered text and re-embedded; a word is kept
when it brings the text GAIN closer to the target. A folder without a probe inverts as before.
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
TOP = 2  # words tried per chunk
SCORE_MIN = 0.35  # cosine above the word's prior a word needs to be tried
GAIN = 0.02  # cosine a word must add to the recovered text to be kept


@dataclass
class VocabularyProbe:
    words: list[str]
    vectors: np.ndarray  # (len(words), dim) unit rows, float32
    prior: np.ndarray  # (len(words),) mean cosine of each word to ordinary chunks

    def proposals(self, goal: np.ndarray, texts: Sequence[str], top: int = TOP,
                  score_min: float = SCORE_MIN) -> list[list[str]]:
        """Per row of goal (unit target embeddings), up to top words scoring score_min or more
        above their prior that the row's text lacks, best first."""
        import numpy as np

        from codeleak.match import words

        if not self.words:
            return [[] for _ in texts]
        scores = goal.astype(np.float32) @ self.vectors.T - self.prior
        width = min(top + 8, len(self.words))  # room for words the text already has
        best = np.argpartition(-scores, width - 1, axis=1)[:, :width]
        out = []
        for row, text, picks in zip(scores, texts, best):
            have = set(words(text))
            ranked = picks[np.argsort(-row[picks])]
            out.append([self.words[j] for j in ranked
                        if row[j] >= score_min and self.words[j] not in have][:top])
        return out

    def apply(self, texts: Sequence[str], scores: Sequence[float], goal: np.ndarray,
              embedder: Embedder, gain: float = GAIN) -> list[list[str]]:
        """Per text, the proposed words that each bring it at least gain closer (in cosine) to
        its goal row when appended; scores are the texts' own cosines to their goals."""
        trials = [(i, word) for i, row in enumerate(self.proposals(goal, texts))
                  for word in row]
        kept: list[list[str]] = [[] for _ in texts]
        if not trials:
            return kept
        vectors = embedder.embed([f"{texts[i]} {word}" for i, word in trials], batch_size=128)
        vectors = vectors / (vectors ** 2).sum(axis=1, keepdims=True).clip(min=1e-18) ** 0.5
        for (i, word), vector in zip(trials, vectors):
            if float(vector @ goal[i]) - scores[i] >= gain:
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
    data = {"training": info, "words": probe.words}
    (folder / WORDS).write_text(json.dumps(data, separators=(",", ":")) + "\n")


def load_probe(folder: Path) -> VocabularyProbe | None:
    """The folder's vocabulary probe, or None when it has none."""
    if not (folder / VECTORS).is_file() or not (folder / WORDS).is_file():
        return None
    import numpy as np
    from safetensors.numpy import load_file

    state = load_file(str(folder / VECTORS))
    vectors = state["vectors"].astype(np.float32) * state["scale"][:, None]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True).clip(min=1e-9)
    words = list(json.loads((folder / WORDS).read_text())["words"])
    return VocabularyProbe(words, vectors, state["prior"].astype(np.float32))
