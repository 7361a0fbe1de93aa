"""Train the builtin inverter's word head (see codeleak/inverters/builtin_words.py).

The head's words are those of at least MIN_CHUNKS training texts that the bag head cannot name
(not one standalone piece), the MAX_WORDS most frequent; it is trained with binary
cross-entropy on the words each text holds, and its threshold is the one that maximises word F1
on held-out training texts. `train_builtin` trains it with every new model; `add_word_head` gives
one to a folder trained before (the shipped model's head: `bench/build_inverter.py --stage
words`).
"""
from __future__ import annotations

import math
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

    from codeleak.embedders.base import Embedder
    from codeleak.inverters.builtin_words import WordHead

MIN_CHUNKS = 8
MAX_WORDS = 16384
EPOCHS = 8
LR = 3e-3
BATCH = 512


def head_vocabulary(text_words: Sequence[set[str]], exclude: set[str],
                    min_chunks: int = MIN_CHUNKS, max_words: int = MAX_WORDS) -> list[str]:
    """Words of at least min_chunks texts, not in exclude, most frequent first (ties by word)."""
    counts = Counter(word for found in text_words for word in found)
    ranked = sorted((w for w, n in counts.items() if n >= min_chunks and w not in exclude),
                    key=lambda w: (-counts[w], w))
    return ranked[:max_words]


def train_word_head(texts: Sequence[str], x_all: torch.Tensor, fit: Sequence[int],
                    val: Sequence[int], exclude: set[str], *, epochs: int = EPOCHS,
                    min_chunks: int = MIN_CHUNKS, device: str = "cpu", seed: int = 0,
                    log: Callable[[str], None] = print) -> tuple[WordHead, dict[str, Any]]:
    """A word head trained on the fit rows of (texts, x_all), calibrated on the val rows."""
    import torch
    import torch.nn.functional as F

    from codeleak.inverters.builtin_net import prepare
    from codeleak.inverters.builtin_words import WordHead
    from codeleak.match import words

    started = time.time()
    text_words = [set(words(text)) for text in texts]
    vocabulary = head_vocabulary([text_words[i] for i in fit], exclude, min_chunks)
    index = {word: i for i, word in enumerate(vocabulary)}
    columns = [[index[w] for w in found if w in index] for found in text_words]
    weight = torch.zeros((len(vocabulary), x_all.shape[1]), device=device, requires_grad=True)
    # start near "no word": most words are absent from any one text
    bias = torch.full((len(vocabulary),), -6.0, device=device, requires_grad=True)
    optimizer = torch.optim.AdamW([weight, bias], lr=LR, weight_decay=0.0)
    order = list(fit)
    rng = random.Random(seed)
    total = max(epochs * math.ceil(len(order) / BATCH), 1)
    step = 0
    for epoch in range(epochs if vocabulary else 0):  # no word in min_chunks texts: no rows
        rng.shuffle(order)
        losses = []
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            target = torch.zeros((len(rows), len(vocabulary)), device=device)
            at = [(k, j) for k, i in enumerate(rows) for j in columns[i]]
            if at:
                which, cols = zip(*at)
                target[list(which), list(cols)] = 1.0
            for group in optimizer.param_groups:
                group["lr"] = LR * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * step / total)))
            logits = F.linear(prepare(x_all[rows].to(device)), weight, bias)
            loss = F.binary_cross_entropy_with_logits(logits, target, reduction="sum") / len(rows)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            losses.append(loss.detach())
            step += 1
        log(f"word head epoch {epoch}: bce/chunk {float(torch.stack(losses).mean()):.3f}")
    head = WordHead(vocabulary, weight.detach().cpu(), bias.detach().cpu(), 0.5)
    head.threshold, f1 = calibrate_word_head(head, x_all[list(val)], [columns[i] for i in val])
    info = {"words": len(vocabulary), "min_chunks": min_chunks, "texts": len(fit),
            "epochs": epochs, "held_out_f1": round(f1, 4), "seconds": round(time.time() - started)}
    log(f"word head: {len(vocabulary)} words, threshold {head.threshold}, held-out F1 {f1:.3f}")
    return head, info


def calibrate_word_head(head: WordHead, x: torch.Tensor, truths: Sequence[Sequence[int]]
                        ) -> tuple[float, float]:
    """The threshold with the best word F1 (pooled over rows) of the head alone, and that F1."""
    import torch

    from codeleak.inverters.builtin_net import prepare
    from codeleak.training.builtin import THRESHOLDS

    if not head.words or not len(truths):
        return 0.5, 0.0
    with torch.inference_mode():
        probs = head.probabilities(prepare(x)).cpu()
    truth = torch.zeros_like(probs, dtype=torch.bool)
    for row, cols in enumerate(truths):
        truth[row, list(cols)] = True
    best = (0.5, 0.0)
    for threshold in THRESHOLDS:
        guess = probs >= threshold
        hit = int((guess & truth).sum())
        if hit:
            precision, recall = hit / int(guess.sum()), hit / int(truth.sum())
            f1 = 2 * precision * recall / (precision + recall)
            if f1 > best[1]:
                best = (threshold, f1)
    return best


def add_word_head(folder: Path, texts: Sequence[str], embedder: Embedder, *,
                  cache_dir: Path | None = None, epochs: int = EPOCHS,
                  min_chunks: int = MIN_CHUNKS, device: str = "cpu", progress: bool = False,
                  seed: int = 0,
                  log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train a word head on texts for the builtin inverter in folder and save it there (the
    manifest records it); returns the head's training summary."""
    import numpy as np
    import torch

    from codeleak.inverters.builtin import read_manifest
    from codeleak.inverters.builtin_pieces import load_pieces
    from codeleak.inverters.builtin_words import save_word_head
    from codeleak.training.builtin import bag_vocabulary, embed_cached, split_rows, write_manifest

    manifest = read_manifest(folder)
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    exclude = set(bag_vocabulary(load_pieces(folder), manifest.get("bag_pieces")).values())
    vectors = embed_cached(texts, embedder, cache_dir, progress)
    x_all = torch.from_numpy(np.ascontiguousarray(vectors)).float()
    val, fit = split_rows(len(texts), random.Random(seed))
    head, info = train_word_head(texts, x_all, fit, val, exclude, epochs=epochs,
                                 min_chunks=min_chunks, device=device, seed=seed, log=log)
    info["date"] = time.strftime("%Y-%m-%d")
    save_word_head(folder, head, info)
    manifest["word_head"] = info
    write_manifest(folder, manifest)
    return info
