"""Train the builtin inverter (see codeleak/inverters/builtin_net.py) for any embedder.

Steps: build the piece vocabulary from the texts, embed the texts (bf16 autocast where the embedder
supports it), train decoder + bag head + length head together under a step or time budget, then
calibrate on held-out texts the bag head's threshold per predicted length, and save everything
(fp16 weights, piece tokenizer, word-frequency table, manifest) to one folder.
"""
from __future__ import annotations

import copy
import gzip
import hashlib
import json
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError

if TYPE_CHECKING:
    import numpy as np
    import torch

    from codeleak.embedders.base import Embedder

MANIFEST = "codeleak-inverter.json"
WEIGHTS = "model.safetensors"
WORD_COUNTS = "word-counts.json.gz"
TOKENS_PER_BATCH = 4096
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 20))
# Length buckets by piece count, as the inverter estimates it from an embedding.
PIECE_EDGES = (24, 48, 96, 192)


def piece_bucket(pieces: float) -> int:
    return sum(pieces > edge for edge in PIECE_EDGES)


def training_embedder(embedder: Embedder) -> Embedder:
    """The same embedder with bf16 autocast where it supports it (cosine to fp32 >= 0.9999)."""
    if getattr(embedder, "precision", None) == "fp32":
        twin = copy.copy(embedder)
        twin.precision = "bf16"  # type: ignore[attr-defined]
        return twin
    return embedder


def embed_cached(texts: Sequence[str], embedder: Embedder, cache_dir: Path | None,
                 progress: bool) -> np.ndarray:
    import numpy as np

    key = hashlib.sha256(embedder.name.encode())
    for text in texts:
        key.update(hashlib.sha256(text.encode()).digest())
    path = cache_dir / f"{key.hexdigest()[:20]}.npy" if cache_dir else None
    if path is not None and path.is_file():
        return np.load(path)
    vectors = training_embedder(embedder).embed(texts, batch_size=64, progress=progress)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def word_counts(texts: Sequence[str]) -> dict[str, int]:
    """How many texts hold each word (the rarity table `codeleak eval` reports against)."""
    from codeleak.evaluate import words

    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(words(text)))
    return dict(counts)


def _batches(lengths: Sequence[int], rng: random.Random) -> list[list[int]]:
    """Index batches of similar target length, about TOKENS_PER_BATCH pieces each, shuffled."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    batches, current, width = [], [], 0
    for i in order:
        width = max(width, lengths[i])
        if current and width * (len(current) + 1) > TOKENS_PER_BATCH:
            batches.append(current)
            current, width = [], lengths[i]
        current.append(i)
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


def _tensors(batch: Sequence[int], targets: Sequence[Sequence[int]], complete: Sequence[bool],
             vocab: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    import torch

    from codeleak.inverters.builtin_pieces import BOS, EOS, PAD

    width = max(len(targets[i]) for i in batch) + 1
    inputs = torch.full((len(batch), width), PAD, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    bag = torch.zeros((len(batch), vocab))
    for row, i in enumerate(batch):
        seq = list(targets[i])
        inputs[row, : len(seq) + 1] = torch.tensor([BOS, *seq])
        out = seq + ([EOS] if complete[i] else [])
        labels[row, : len(out)] = torch.tensor(out, dtype=torch.long)
        bag[row, seq] = 1.0
    bag[:, :4] = 0.0
    lengths = torch.tensor([math.log1p(len(targets[i])) for i in batch])
    return inputs, labels, bag, lengths


def train_builtin(texts: Sequence[str], embedder: Embedder, out_dir: Path, *, size: str = "small",
                  max_steps: int | None = None, minutes: float | None = None, device: str = "cpu",
                  progress: bool = True, cache_dir: Path | None = None, seed: int = 0,
                  log: Callable[[str], None] = print) -> Path:
    """Train, calibrate and save a builtin inverter for embedder; returns out_dir."""
    import numpy as np
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    from codeleak.inverters.builtin_net import SIZES, InverterNet, NetConfig
    from codeleak.inverters.builtin_pieces import build_pieces

    if size not in SIZES:
        raise FatalError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    if len(texts) < 20:
        raise FatalError(f"too little training text ({len(texts)} distinct chunks); "
                         "give more source files")
    started = time.time()
    torch.manual_seed(seed)
    rng = random.Random(seed)
    spec = SIZES[size]
    pieces = build_pieces(texts, spec["vocab"])
    config = NetConfig(dim_in=embedder.dim, vocab=pieces.get_vocab_size(), d=spec["d"],
                       layers=spec["layers"], heads=spec["heads"], memory=spec["memory"],
                       max_len=spec["max_len"])
    encoded = [e.ids for e in pieces.encode_batch(texts, add_special_tokens=False)]
    complete = [len(ids) < config.max_len for ids in encoded]
    targets = [ids[: config.max_len - 1] for ids in encoded]
    log(f"{len(texts)} texts, vocabulary {config.vocab} pieces; embedding")
    vectors = embed_cached(texts, embedder, cache_dir, progress)
    order = list(range(len(texts)))
    rng.shuffle(order)
    n_val = min(max(len(texts) // 50, 10), 2000)
    val, fit = order[:n_val], order[n_val:]

    net = InverterNet(config).to(device)
    params = sum(p.numel() for p in net.parameters())
    optimizer = torch.optim.AdamW(net.parameters(), lr=1e-3 if size != "tiny" else 3e-3,
                                  weight_decay=0.01, betas=(0.9, 0.98))
    x_all = torch.from_numpy(np.ascontiguousarray(vectors)).float()
    fit_lengths = [len(targets[i]) + 1 for i in fit]
    total = max_steps or 10**9
    deadline = started + minutes * 60 if minutes else None
    warmup = min(300, max(total // 10, 1)) if max_steps else 300
    step, epoch, losses = 0, 0, []
    bar = tqdm(total=max_steps, desc="train", unit="step", disable=not progress)
    train_start = time.time()
    use_bf16 = device == "cpu" and size != "tiny"
    while step < total:
        for local in _batches(fit_lengths, rng):
            batch = [fit[i] for i in local]
            inputs, labels, bag, lengths = _tensors(batch, targets, complete, config.vocab)
            x = net.prepare(x_all[batch].to(device))
            lr_scale = _schedule(step, total, warmup, deadline, train_start)
            for group in optimizer.param_groups:
                group["lr"] = group.setdefault("base_lr", group["lr"]) * lr_scale
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=use_bf16):
                logits = net(x, inputs.to(device))
                bag_logits, length_pred = net.heads(x)
            ce = F.cross_entropy(logits.float().reshape(-1, config.vocab),
                                 labels.to(device).reshape(-1), ignore_index=-100)
            bce = F.binary_cross_entropy_with_logits(bag_logits.float(), bag.to(device),
                                                     reduction="sum") / len(batch) / 50
            mse = F.mse_loss(length_pred.float(), lengths.to(device))
            loss = ce + bce + mse
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            losses.append((float(ce), float(bce), float(mse)))
            step += 1
            bar.update(1)
            if step % 50 == 0:
                recent = np.mean(losses[-50:], axis=0)
                bar.set_postfix(ce=f"{recent[0]:.3f}", bag=f"{recent[1]:.3f}", ep=epoch)
                if not progress:
                    log(f"step {step} epoch {epoch} ce {recent[0]:.3f} bag {recent[1]:.3f} "
                        f"len {recent[2]:.3f} {time.time() - train_start:.0f}s")
            if step >= total or (deadline is not None and time.time() >= deadline):
                total = step
                break
        epoch += 1
    bar.close()
    net.eval()
    train_seconds = time.time() - train_start
    thresholds = calibrate(net, pieces, [texts[i] for i in val], x_all[val], device)
    info = {"texts": len(texts), "steps": step, "epochs": round(step / max(len(_batches(
        fit_lengths, random.Random(0))), 1), 2), "train_seconds": round(train_seconds),
        "total_seconds": round(time.time() - started), "parameters": params,
        "final_ce": round(float(np.mean([c for c, _, _ in losses[-100:]])), 4) if losses else None,
        "date": time.strftime("%Y-%m-%d")}
    save(out_dir, net, pieces, embedder, size, thresholds, word_counts(texts), info)
    log(f"saved {out_dir}: {json.dumps(info)}")
    return out_dir


def _schedule(step: int, total: int, warmup: int, deadline: float | None,
              train_start: float) -> float:
    """Linear warm-up, then cosine decay to 10% over the step budget or the time budget."""
    if step < warmup:
        return (step + 1) / warmup
    if deadline is not None:
        done = (time.time() - train_start) / max(deadline - train_start, 1e-9)
    else:
        done = (step - warmup) / max(total - warmup, 1)
    return 0.1 + 0.45 * (1 + math.cos(math.pi * min(max(done, 0.0), 1.0)))


def calibrate(net: Any, pieces: Any, texts: Sequence[str], x: torch.Tensor,
              device: str) -> list[float]:
    """Per predicted-length bucket, the bag threshold that maximises word F1 of decoder + bag."""
    from codeleak.evaluate import words
    from codeleak.inverters.builtin import bag_words, decode_batch

    import torch

    with torch.inference_mode():
        prepared = net.prepare(x.to(device))
        decoded, probs, buckets = decode_batch(net, pieces, prepared)
    vocab_words = bag_vocabulary(pieces)
    truths = [set(words(t)) for t in texts]
    best = []
    for bucket in range(len(PIECE_EDGES) + 1):
        rows = [i for i, b in enumerate(buckets) if b == bucket]
        scores = {}
        for threshold in THRESHOLDS:
            f1 = 0.0
            for i in rows:
                guess = set(words(decoded[i])) | bag_words(probs[i], vocab_words, threshold)
                hit = len(truths[i] & guess)
                if hit:
                    p, r = hit / len(guess), hit / len(truths[i])
                    f1 += 2 * p * r / (p + r)
            scores[threshold] = f1
        best.append(max(scores, key=lambda t: (scores[t], t)) if rows else 0.5)
    return best


def bag_vocabulary(pieces: Any) -> dict[int, str]:
    """Piece ids that are whole words of at least 3 letters or digits, with their word."""
    from codeleak.evaluate import words

    found = {}
    for piece, index in pieces.get_vocab().items():
        if not piece.startswith("##") and len(words(piece)) == 1 and words(piece)[0] == piece:
            found[index] = piece
    return found


def save(out_dir: Path, net: Any, pieces: Any, embedder: Embedder, size: str,
         thresholds: Sequence[float], counts: dict[str, int], info: dict[str, Any]) -> None:
    from safetensors.torch import save_file

    from codeleak.inverters.builtin_pieces import save_pieces

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to("cpu").half().contiguous() for k, v in net.state_dict().items()}
    save_file(state, str(out_dir / WEIGHTS))
    save_pieces(pieces, out_dir)
    with gzip.open(out_dir / WORD_COUNTS, "wt", encoding="utf-8") as handle:
        json.dump(dict(sorted(counts.items())), handle, separators=(",", ":"))
    manifest = {"backend": "builtin", "format": 1, "embedder": embedder.name,
                "dim": embedder.dim, "size": size, "config": net.config.to_json(),
                "thresholds": list(thresholds), "piece_edges": list(PIECE_EDGES),
                "training": info}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
