"""Train the builtin inverter (see codeleak/inverters/builtin_net.py) for any embedder.

Steps: build the piece vocabulary from the texts, embed the texts (bf16 autocast where the embedder
supports it), train decoder + bag head + length head together under a step or time budget, then
calibrate on held-out texts the bag head's threshold per predicted length, and save everything
(fp16 weights, piece tokenizer, word-frequency table, manifest) to one folder.
"""
from __future__ import annotations

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
DEFAULT_EPOCHS = 3  # decoder passes over the texts when neither steps nor minutes are given
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 20))
# Length buckets by piece count, as the inverter estimates it from an embedding.
PIECE_EDGES = (24, 48, 96, 192)


def piece_bucket(pieces: float) -> int:
    return sum(pieces > edge for edge in PIECE_EDGES)


def training_embedder(embedder: Embedder) -> Embedder:
    """The same embedder with bf16 autocast where it supports it (cosine to fp32 >= 0.9999)."""
    at_precision = getattr(embedder, "at_precision", None)
    return at_precision("bf16") if at_precision is not None else embedder


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
    batches: list[list[int]] = []
    current: list[int] = []
    width = 0
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


def _tensors(batch: Sequence[int], targets: Sequence[Sequence[int]],
             complete: Sequence[bool]) -> tuple[torch.Tensor, torch.Tensor]:
    """Decoder inputs (BOS + pieces) and labels (pieces + EOS where the text is complete)."""
    import torch

    from codeleak.inverters.builtin_pieces import BOS, EOS, PAD

    width = max(len(targets[i]) for i in batch) + 1
    inputs = torch.full((len(batch), width), PAD, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, i in enumerate(batch):
        seq = list(targets[i])
        inputs[row, : len(seq) + 1] = torch.tensor([BOS, *seq], dtype=torch.long)
        out = seq + ([EOS] if complete[i] else [])
        if out:
            labels[row, : len(out)] = torch.tensor(out, dtype=torch.long)
    return inputs, labels


def train_builtin(texts: Sequence[str], embedder: Embedder, out_dir: Path, *, size: str = "small",
                  max_steps: int | None = None, minutes: float | None = None, device: str = "cpu",
                  progress: bool = True, cache_dir: Path | None = None, seed: int = 0,
                  head_epochs: int = 4, init: Path | None = None,
                  log: Callable[[str], None] = print) -> Path:
    """Train, calibrate and save a builtin inverter for embedder; returns out_dir.

    First the bag and length heads (head_epochs passes, cheap), then the decoder for max_steps
    steps or `minutes` of wall time, whichever ends first (DEFAULT_EPOCHS passes if neither).
    With init, start from the weights and piece vocabulary of a folder trained before
    (continued training).
    """
    import numpy as np
    import torch

    from codeleak.inverters.builtin_net import SIZES, InverterNet, NetConfig
    from codeleak.inverters.builtin_pieces import build_pieces, load_pieces

    if size not in SIZES:
        raise FatalError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    if len(texts) < 20:
        raise FatalError(f"too little training text ({len(texts)} distinct chunks); "
                         "give more source files")
    started = time.time()
    torch.manual_seed(seed)
    rng = random.Random(seed)
    if init is not None:
        from codeleak.inverters.builtin import read_manifest

        pieces = load_pieces(init)
        config = NetConfig(**read_manifest(init)["config"])
    else:
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
    if init is not None:
        from safetensors.torch import load_file

        net.load_state_dict({k: v.float() for k, v in load_file(str(init / WEIGHTS)).items()})
    x_all = torch.from_numpy(np.ascontiguousarray(vectors)).float()
    head_start = time.time()
    _train_heads(net, x_all, encoded, fit, head_epochs, device, rng, log)
    head_seconds = time.time() - head_start
    steps, epochs, final_ce = _train_decoder(net, x_all, targets, complete, fit, max_steps,
                                             minutes, device, progress, rng, log,
                                             lr=3e-3 if size == "tiny" else 1e-3,
                                             bf16=device == "cpu" and size != "tiny")
    net.eval()
    train_seconds = time.time() - head_start
    allowed = standalone_pieces(pieces, encoded)
    counts = word_counts(texts)
    thresholds = calibrate(net, pieces, [texts[i] for i in val], x_all[val], device, allowed,
                           counts)
    info = {"texts": len(texts), "head_epochs": head_epochs, "head_seconds": round(head_seconds),
            "decoder_steps": steps, "decoder_epochs": round(epochs, 2),
            "train_seconds": round(train_seconds), "total_seconds": round(time.time() - started),
            "parameters": sum(p.numel() for p in net.parameters()), "final_ce": final_ce,
            "continued_from": str(init) if init else None, "date": time.strftime("%Y-%m-%d")}
    save(out_dir, net, pieces, embedder, size, thresholds, allowed, counts, info)
    log(f"saved {out_dir}: {json.dumps(info)}")
    return out_dir


def _train_heads(net: Any, x_all: torch.Tensor, encoded: Sequence[Sequence[int]],
                 fit: Sequence[int], epochs: int, device: str, rng: random.Random,
                 log: Callable[[str], None]) -> None:
    """The bag head (BCE over the pieces present) and the length head (log piece count), on
    each text's whole encoding (the decoder's targets are truncated)."""
    import torch
    import torch.nn.functional as F

    params = [*net.bag.parameters(), *net.length.parameters()]
    optimizer = torch.optim.AdamW(params, lr=3e-3, weight_decay=0.0)
    order = list(fit)
    steps_per_epoch = max(len(order) // 256, 1)
    total = max(epochs * steps_per_epoch, 1)
    step = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        tallies = []
        for start in range(0, len(order), 256):
            batch = order[start:start + 256]
            bag = torch.zeros((len(batch), net.config.vocab))
            for row, i in enumerate(batch):
                bag[row, list(encoded[i])] = 1.0
            bag[:, :4] = 0.0
            lengths = torch.tensor([math.log1p(len(encoded[i])) for i in batch])
            for group in optimizer.param_groups:
                group["lr"] = 3e-3 * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * step / total)))
            x = net.prepare(x_all[batch].to(device))
            bag_logits, length_pred = net.heads(x)
            bce = F.binary_cross_entropy_with_logits(bag_logits, bag.to(device), reduction="sum")
            loss = bce / len(batch) / 50 + F.mse_loss(length_pred, lengths.to(device))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            tallies.append(bce.item() / len(batch))
            step += 1
        log(f"heads epoch {epoch}: bce/chunk {sum(tallies) / max(len(tallies), 1):.2f}")


def _train_decoder(net: Any, x_all: torch.Tensor, targets: Sequence[Sequence[int]],
                   complete: Sequence[bool], fit: Sequence[int], max_steps: int | None,
                   minutes: float | None, device: str, progress: bool, rng: random.Random,
                   log: Callable[[str], None], *, lr: float, bf16: bool
                   ) -> tuple[int, float, float | None]:
    """Teacher-forced next-piece training; returns (steps, epochs, mean final loss)."""
    import numpy as np
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    head_ids = {id(p) for p in [*net.bag.parameters(), *net.length.parameters()]}
    params = [p for p in net.parameters() if id(p) not in head_ids]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01, betas=(0.9, 0.98))
    fit_lengths = [len(targets[i]) + 1 for i in fit]
    per_epoch = len(_batches(fit_lengths, random.Random(0)))
    if max_steps is None and minutes is None:
        max_steps = DEFAULT_EPOCHS * per_epoch
    total = max_steps or 10**9
    start = time.time()
    deadline = start + minutes * 60 if minutes else None
    warmup = min(300, max(total // 10, 1)) if max_steps else 300
    step, losses = 0, []
    bar = tqdm(total=max_steps, desc="train decoder", unit="step", disable=not progress)
    while step < total:
        for local in _batches(fit_lengths, rng):
            batch = [fit[i] for i in local]
            inputs, labels = _tensors(batch, targets, complete)
            scale = _schedule(step, total, warmup, deadline, start)
            for group in optimizer.param_groups:
                group["lr"] = lr * scale
            x = net.prepare(x_all[batch].to(device))
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                logits = net(x, inputs.to(device))
            loss = F.cross_entropy(logits.float().reshape(-1, net.config.vocab),
                                   labels.to(device).reshape(-1), ignore_index=-100)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            losses.append(loss.item())
            step += 1
            bar.update(1)
            if step % 50 == 0:
                bar.set_postfix(ce=f"{np.mean(losses[-50:]):.3f}")
                if not progress:
                    log(f"decoder step {step} ({step / per_epoch:.2f} epochs) "
                        f"ce {np.mean(losses[-50:]):.3f} {time.time() - start:.0f}s")
            if step >= total or (deadline is not None and time.time() >= deadline):
                total = step
                break
    bar.close()
    final = round(float(np.mean(losses[-100:])), 4) if losses else None
    return step, step / max(per_epoch, 1), final


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
              device: str, allowed: Sequence[int] | None = None,
              counts: dict[str, int] | None = None) -> list[float]:
    """Per predicted-length bucket, the bag threshold that maximises word F1 of decoder + bag."""
    from codeleak.evaluate import words
    from codeleak.inverters.builtin import bag_words, decode_batch

    import torch

    with torch.inference_mode():
        prepared = net.prepare(x.to(device))
        decoded, probs, buckets = decode_batch(net, pieces, prepared)
    if counts is not None:
        from codeleak.inverters.builtin_recase import Recaser

        recase = Recaser(counts)
        decoded = [recase(text) for text in decoded]
    vocab_words = bag_vocabulary(pieces, allowed)
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


def bag_vocabulary(pieces: Any, allowed: Sequence[int] | None = None) -> dict[int, str]:
    """Piece ids that are whole words of at least 3 letters or digits, with their word;
    with allowed, only those ids (the pieces that mostly stand alone in the training texts)."""
    from codeleak.evaluate import words

    keep = set(allowed) if allowed is not None else None
    found = {}
    for piece, index in pieces.get_vocab().items():
        if keep is not None and index not in keep:
            continue
        if not piece.startswith("##") and len(words(piece)) == 1 and words(piece)[0] == piece:
            found[index] = piece
    return found


def standalone_pieces(pieces: Any, encoded: Sequence[Sequence[int]]) -> list[int]:
    """Word-start pieces that are a whole word (not followed by a `##` piece) at least half the
    time: `par` of `par ##se` is no word an attacker should report."""
    continued = {i for piece, i in pieces.get_vocab().items() if piece.startswith("##")}
    alone: Counter[int] = Counter()
    seen: Counter[int] = Counter()
    for ids in encoded:
        for here, after in zip(ids, [*ids[1:], -1]):
            if here not in continued:
                seen[here] += 1
                alone[here] += after not in continued
    return sorted(i for i, n in seen.items() if alone[i] * 2 >= n)


def save(out_dir: Path, net: Any, pieces: Any, embedder: Embedder, size: str,
         thresholds: Sequence[float], allowed: Sequence[int], counts: dict[str, int],
         info: dict[str, Any]) -> None:
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
                "bag_pieces": list(allowed),
                "training": info}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
