"""Train the builtin inverter (see codeleak/inverters/builtin_net.py) for any embedder.

Steps: build the piece vocabulary from the texts, embed the texts (bf16 autocast where the embedder
supports it), train the bag and length heads, the word head (training/word_head.py), then the
decoder under a step or time budget, calibrate on held-out texts the bag head's threshold per
predicted length, and save everything (fp16 weights, piece tokenizer, word-frequency table, word
head, manifest) to one folder, with the vocabulary probe (training/probe.py) built last.
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
TOKENS_PER_BATCH = 4096  # decoder pieces per batch on a CPU
GPU_TOKENS_PER_BATCH = 32768  # on a GPU (the shipped medium model: H200, 2e-3 peak rate)
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
    on_gpu = str(getattr(embedder, "device", "cpu")).startswith("cuda")
    vectors = training_embedder(embedder).embed(texts, batch_size=1024 if on_gpu else 64,
                                                progress=progress)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def split_rows(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
    """Held-out rows (a fiftieth, 10 to 2,000) and training rows of n texts, shuffled by rng."""
    order = list(range(n))
    rng.shuffle(order)
    n_val = min(max(n // 50, 10), 2000)
    return order[:n_val], order[n_val:]


def word_counts(texts: Sequence[str]) -> dict[str, int]:
    """How many texts hold each word (the rarity table `codeleak eval` reports against)."""
    from codeleak.evaluate import words

    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(words(text)))
    return dict(counts)


def _batches(lengths: Sequence[int], rng: random.Random,
             batch_tokens: int = TOKENS_PER_BATCH) -> list[list[int]]:
    """Index batches of similar target length, about batch_tokens pieces each, shuffled."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    batches: list[list[int]] = []
    current: list[int] = []
    width = 0
    for i in order:
        width = max(width, lengths[i])
        if current and width * (len(current) + 1) > batch_tokens:
            batches.append(current)
            current, width = [], lengths[i]
        current.append(i)
    if current:
        batches.append(current)
    rng.shuffle(batches)
    return batches


class Targets:
    """The decoder's targets, padded once into one array so a batch is a slice, not a loop."""

    def __init__(self, targets: Sequence[Sequence[int]], complete: Sequence[bool]) -> None:
        import numpy as np

        from codeleak.inverters.builtin_pieces import PAD

        self.lengths = np.array([len(t) for t in targets], dtype=np.int64)
        self.complete = np.array(complete, dtype=bool)
        self.padded = np.full((len(targets), int(self.lengths.max(initial=0)) + 1), PAD,
                              dtype=np.int64)
        for row, seq in enumerate(targets):
            self.padded[row, :len(seq)] = seq

    def tensors(self, batch: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor]:
        """Decoder inputs (BOS + pieces) and labels (pieces + EOS where the text is complete)."""
        import numpy as np
        import torch

        from codeleak.inverters.builtin_pieces import BOS, EOS

        index = np.asarray(batch)
        lengths = self.lengths[index]
        width = int(lengths.max()) + 1
        seqs = self.padded[index, :width]
        inputs = np.concatenate([np.full((len(index), 1), BOS), seqs[:, :width - 1]], axis=1)
        labels = seqs.copy()
        positions = np.arange(width)[None, :]
        labels[positions >= lengths[:, None]] = -100
        ends = np.flatnonzero(self.complete[index])
        labels[ends, lengths[ends]] = EOS
        return torch.from_numpy(inputs), torch.from_numpy(labels)


def train_builtin(texts: Sequence[str], embedder: Embedder, out_dir: Path, *, size: str = "small",
                  max_steps: int | None = None, minutes: float | None = None, device: str = "cpu",
                  progress: bool = True, cache_dir: Path | None = None, seed: int = 0,
                  head_epochs: int = 4, word_epochs: int | None = None, init: Path | None = None,
                  batch_tokens: int | None = None, lr: float | None = None,
                  stop_at: float | None = None, log: Callable[[str], None] = print) -> Path:
    """Train, calibrate and save a builtin inverter for embedder; returns out_dir.

    First the bag and length heads (head_epochs passes, cheap) and the word head (word_epochs
    passes, word_head.EPOCHS by default), then the decoder for max_steps steps or `minutes` of
    wall time, whichever ends first (DEFAULT_EPOCHS passes if neither).
    With init, start from the weights and piece vocabulary of a folder trained before
    (continued training). batch_tokens: target pieces per decoder batch (default 4,096 on a
    CPU, 32,768 on a GPU); lr: the decoder's peak learning rate (default by size and batch
    size); stop_at: a wall-clock time (time.time()) by which the decoder stops, whatever the
    budget says.
    """
    import numpy as np
    import torch

    from codeleak.inverters.builtin_net import SIZES, InverterNet, NetConfig
    from codeleak.inverters.builtin_pieces import build_pieces, load_pieces
    from codeleak.inverters.builtin_words import save_word_head
    from codeleak.training.probe import PRIOR_CHUNKS, save_new_probe
    from codeleak.training.word_head import EPOCHS as WORD_EPOCHS
    from codeleak.training.word_head import train_word_head

    if size not in SIZES:
        raise FatalError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")
    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    if len(texts) < 20:
        raise FatalError(f"too little training text ({len(texts)} distinct chunks); "
                         "give more source files")
    started = time.time()
    if batch_tokens is None:
        batch_tokens = TOKENS_PER_BATCH if device == "cpu" else GPU_TOKENS_PER_BATCH
    if lr is None:
        lr = 3e-3 if size == "tiny" else 2e-3 if batch_tokens >= GPU_TOKENS_PER_BATCH else 1e-3
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
    val, fit = split_rows(len(texts), rng)

    net = InverterNet(config).to(device)
    if init is not None:
        from safetensors.torch import load_file

        net.load_state_dict({k: v.float() for k, v in load_file(str(init / WEIGHTS)).items()})
    x_all = torch.from_numpy(np.ascontiguousarray(vectors)).float().to(device)
    head_start = time.time()
    _train_heads(net, x_all, encoded, fit, head_epochs, device, rng, log,
                 batch=256 if device == "cpu" else 1024)
    head_seconds = time.time() - head_start
    allowed = standalone_pieces(pieces, encoded)
    word_head, word_info = train_word_head(
        texts, x_all, fit, val, set(bag_vocabulary(pieces, allowed).values()),
        epochs=WORD_EPOCHS if word_epochs is None else word_epochs, device=device, seed=seed,
        log=log)
    padded = Targets(targets, complete)
    steps, epochs, final_ce = _train_decoder(net, x_all, padded, fit, max_steps, minutes, device,
                                             progress, rng, log, lr=lr, bf16=size != "tiny",
                                             batch_tokens=batch_tokens, stop_at=stop_at)
    net.eval()
    train_seconds = time.time() - head_start
    held_out_ce = validation_ce(net, x_all, padded, val, device, batch_tokens)
    log(f"decoder cross-entropy: last steps {final_ce}, held-out texts {held_out_ce}")
    counts = word_counts(texts)
    thresholds = calibrate(net, pieces, [texts[i] for i in val], x_all[val], device, allowed,
                           counts)
    info: dict[str, Any] = {
        "texts": len(texts), "head_epochs": head_epochs, "head_seconds": round(head_seconds),
        "decoder_steps": steps, "decoder_epochs": round(epochs, 2),
        "train_seconds": round(train_seconds), "total_seconds": round(time.time() - started),
        "parameters": sum(p.numel() for p in net.parameters()), "final_ce": final_ce,
        "held_out_ce": held_out_ce, "device": device, "batch_tokens": batch_tokens,
        "continued_from": str(init) if init else None, "date": time.strftime("%Y-%m-%d")}
    if init is not None:  # the runs that made the starting weights, oldest first
        from codeleak.inverters.builtin import read_manifest

        before = read_manifest(init).get("training") or {}
        info["earlier"] = [*before.pop("earlier", []), before] if before else []
    word_info["date"] = info["date"]
    save(out_dir, net, pieces, embedder, size, thresholds, allowed, counts, info, word_info)
    save_word_head(out_dir, word_head, word_info)
    prior_rows = rng.sample(range(len(texts)), min(PRIOR_CHUNKS, len(texts)))
    save_new_probe(out_dir, embedder, vectors[prior_rows], progress=progress, log=log)
    log(f"saved {out_dir}: {json.dumps(info)}")
    return out_dir


def _train_heads(net: Any, x_all: torch.Tensor, encoded: Sequence[Sequence[int]],
                 fit: Sequence[int], epochs: int, device: str, rng: random.Random,
                 log: Callable[[str], None], batch: int = 256) -> None:
    """The bag head (BCE over the pieces present) and the length head (log piece count), on
    each text's whole encoding (the decoder's targets are truncated)."""
    import numpy as np
    import torch
    import torch.nn.functional as F

    params = [*net.bag.parameters(), *net.length.parameters()]
    optimizer = torch.optim.AdamW(params, lr=3e-3, weight_decay=0.0)
    flat = torch.from_numpy(np.concatenate([np.asarray(ids, dtype=np.int64) for ids in encoded]
                                           or [np.zeros(0, dtype=np.int64)]))
    sizes = np.array([len(ids) for ids in encoded], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    log_lengths = torch.log1p(torch.from_numpy(sizes).float())
    order = list(fit)
    steps_per_epoch = max(len(order) // batch, 1)
    total = max(epochs * steps_per_epoch, 1)
    step = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        tallies = []
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            counts = sizes[rows]
            which = torch.from_numpy(np.repeat(np.arange(len(rows)), counts))
            columns = flat[np.concatenate([np.arange(offsets[i], offsets[i + 1]) for i in rows])]
            bag = torch.zeros((len(rows), net.config.vocab), device=device)
            bag[which.to(device), columns.to(device)] = 1.0
            bag[:, :4] = 0.0
            for group in optimizer.param_groups:
                group["lr"] = 3e-3 * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * step / total)))
            x = net.prepare(x_all[rows])
            bag_logits, length_pred = net.heads(x)
            bce = F.binary_cross_entropy_with_logits(bag_logits, bag, reduction="sum")
            loss = bce / len(rows) / 50 + F.mse_loss(length_pred, log_lengths[rows].to(device))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            tallies.append(bce.detach() / len(rows))
            step += 1
        mean = float(torch.stack(tallies).mean()) if tallies else 0.0
        log(f"heads epoch {epoch}: bce/chunk {mean:.2f}")


def _train_decoder(net: Any, x_all: torch.Tensor, targets: Targets, fit: Sequence[int],
                   max_steps: int | None, minutes: float | None, device: str, progress: bool,
                   rng: random.Random, log: Callable[[str], None], *, lr: float, bf16: bool,
                   batch_tokens: int = TOKENS_PER_BATCH, stop_at: float | None = None
                   ) -> tuple[int, float, float | None]:
    """Teacher-forced next-piece training; returns (steps, epochs, mean final loss)."""
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    head_ids = {id(p) for p in [*net.bag.parameters(), *net.length.parameters()]}
    params = [p for p in net.parameters() if id(p) not in head_ids]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01, betas=(0.9, 0.98))
    fit_lengths = [int(targets.lengths[i]) + 1 for i in fit]
    per_epoch = len(_batches(fit_lengths, random.Random(0), batch_tokens))
    device_type = "cuda" if device.startswith("cuda") else "cpu"
    if max_steps is None and minutes is None:
        max_steps = DEFAULT_EPOCHS * per_epoch
    total = max_steps or 10**9
    start = time.time()
    deadline = start + minutes * 60 if minutes else None
    if stop_at is not None:
        deadline = min(deadline or stop_at, stop_at)
    warmup = min(300, max(total // 10, 1)) if max_steps else 300
    step, losses = 0, []
    bar = tqdm(total=max_steps, desc="train decoder", unit="step", disable=not progress)
    while step < total:
        for local in _batches(fit_lengths, rng, batch_tokens):
            batch = [fit[i] for i in local]
            inputs, labels = targets.tensors(batch)
            scale = _schedule(step, total, warmup, deadline, start)
            for group in optimizer.param_groups:
                group["lr"] = lr * scale
            x = net.prepare(x_all[batch])
            with torch.autocast(device_type, dtype=torch.bfloat16, enabled=bf16):
                logits = net(x, inputs.to(device))
            loss = F.cross_entropy(logits.float().reshape(-1, net.config.vocab),
                                   labels.to(device).reshape(-1), ignore_index=-100)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            losses.append(loss.detach())
            step += 1
            bar.update(1)
            if step % 50 == 0:
                recent = float(torch.stack(losses[-50:]).mean())
                losses = losses[-100:]
                bar.set_postfix(ce=f"{recent:.3f}")
                if not progress and step % (50 * max(1, per_epoch // 200)) == 0:
                    log(f"decoder step {step} ({step / per_epoch:.2f} epochs) "
                        f"ce {recent:.3f} {time.time() - start:.0f}s")
            if step >= total or (deadline is not None and time.time() >= deadline):
                total = step
                break
    bar.close()
    final = round(float(torch.stack(losses[-100:]).mean()), 4) if losses else None
    return step, step / max(per_epoch, 1), final


def validation_ce(net: Any, x_all: torch.Tensor, targets: Targets, rows: Sequence[int],
                  device: str, batch_tokens: int = TOKENS_PER_BATCH) -> float | None:
    """Mean next-piece cross-entropy on texts the decoder did not train on (overfitting shows
    as a gap to the training loss)."""
    import torch
    import torch.nn.functional as F

    total, count = 0.0, 0
    lengths = [int(targets.lengths[i]) + 1 for i in rows]
    with torch.inference_mode():
        for local in _batches(lengths, random.Random(0), batch_tokens):
            batch = [rows[i] for i in local]
            inputs, labels = targets.tensors(batch)
            logits = net(net.prepare(x_all[batch]), inputs.to(device))
            labels = labels.to(device).reshape(-1)
            total += float(F.cross_entropy(logits.float().reshape(-1, net.config.vocab), labels,
                                           ignore_index=-100, reduction="sum"))
            count += int((labels != -100).sum())
    return round(total / count, 4) if count else None


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
    import numpy as np

    vocab = pieces.get_vocab()
    continued = np.zeros(max(vocab.values(), default=0) + 1, dtype=bool)
    continued[[i for piece, i in vocab.items() if piece.startswith("##")]] = True
    if not encoded:
        return []
    # One flat array; each text ends with a -1 so nothing follows its last piece.
    flat = np.concatenate([np.append(np.asarray(ids, dtype=np.int64), -1) for ids in encoded])
    here, after = flat[:-1], flat[1:]
    starts = (here >= 0) & ~continued[np.maximum(here, 0)]
    alone = ~((after >= 0) & continued[np.maximum(after, 0)])
    seen = np.bincount(here[starts], minlength=len(continued))
    whole = np.bincount(here[starts & alone], minlength=len(continued))
    return [int(i) for i in np.flatnonzero((seen > 0) & (whole * 2 >= seen))]


def save(out_dir: Path, net: Any, pieces: Any, embedder: Embedder, size: str,
         thresholds: Sequence[float], allowed: Sequence[int], counts: dict[str, int],
         info: dict[str, Any], word_info: dict[str, Any] | None = None) -> None:
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
                "training": info, "word_head": word_info}
    write_manifest(out_dir, manifest)


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """The folder's codeleak-inverter.json, as `--inverter FOLDER` reads it."""
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
