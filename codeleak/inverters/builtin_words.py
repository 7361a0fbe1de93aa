"""The builtin inverter's word head: whole words that the piece vocabulary spells in pieces.

The bag head scores single pieces, so it can only name words that are one piece (`token`,
`user`); a word the vocabulary spells in several pieces (`serial ##izer`) is left to the
decoder. The word head is a linear map from the embedding to one logit per such word (the
frequent ones of the training texts); the words it believes above its calibrated threshold join
the bag head's words as candidates that the re-embedding check accepts or rejects. A folder
without a word head (trained before it existed) inverts as before.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

WEIGHTS = "word-head.safetensors"
WORDS = "word-head.json"


@dataclass
class WordHead:
    words: list[str]
    weight: torch.Tensor  # (len(words), embedder dim)
    bias: torch.Tensor  # (len(words),)
    threshold: float

    def probabilities(self, prepared: torch.Tensor) -> torch.Tensor:
        """Each word's probability for prepared embeddings (builtin_net.prepare)."""
        import torch

        weight = self.weight.to(prepared.device, prepared.dtype)
        return torch.sigmoid(prepared @ weight.t() + self.bias.to(prepared.device, prepared.dtype))

    def above(self, prepared: torch.Tensor) -> list[list[str]]:
        """Per row, the words at or above the threshold, likeliest first."""
        probs = self.probabilities(prepared).float().cpu()
        out = []
        for row in probs:
            hits = (row >= self.threshold).nonzero().flatten()
            ranked = hits[row[hits].argsort(descending=True)].tolist()
            out.append([self.words[i] for i in ranked])
        return out


def save_word_head(folder: Path, head: WordHead, info: dict[str, object]) -> None:
    """Weights (int8, one scale per word) and word list into folder; info goes into the word
    list file."""
    import torch
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    weight = head.weight.detach().cpu().float()
    scale = weight.abs().amax(dim=1).clamp(min=1e-12) / 127.0
    save_file({"weight": torch.round(weight / scale[:, None]).to(torch.int8).contiguous(),
               "scale": scale.contiguous(),
               "bias": head.bias.detach().cpu().half().contiguous()}, str(folder / WEIGHTS))
    data = {"threshold": head.threshold, "training": info, "words": head.words}
    (folder / WORDS).write_text(json.dumps(data, separators=(",", ":")) + "\n")


def load_word_head(folder: Path) -> WordHead | None:
    """The folder's word head, or None when it has none."""
    if not (folder / WEIGHTS).is_file() or not (folder / WORDS).is_file():
        return None
    from safetensors.torch import load_file

    state = load_file(str(folder / WEIGHTS))
    data = json.loads((folder / WORDS).read_text())
    weight = state["weight"].float()
    if "scale" in state:  # int8 rows; a head saved before that is fp16
        weight = weight * state["scale"][:, None]
    return WordHead(list(data["words"]), weight, state["bias"].float(), float(data["threshold"]))
