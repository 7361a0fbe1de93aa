"""Training a vec2text pair (inversion model + corrector) for any codeleak embedder.

The recipe is vec2text's (Morris et al. 2023), with its own model classes: the inversion model
learns text from frozen embeddings; its greedy hypotheses for the corpus are re-embedded; the
corrector learns the text from (target embedding, hypothesis, hypothesis embedding). T5 starts
from random weights (no pretrained T5 is needed or fetched) and the tokenizer is learnt from the
corpus, so everything runs offline. Embeddings are computed once with the codeleak embedder.
"""
from __future__ import annotations

import importlib.metadata
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError
from codeleak.inverters import vec2text_compat as compat
from codeleak.inverters import vec2text_folder as folder_io

if TYPE_CHECKING:
    import numpy as np
    import torch

    from codeleak.embedders.base import Embedder

EMBED_BATCH = 64
GENERATE_BATCH = 64
SEED = 0


def train_pair(texts: Sequence[str], embedder: Embedder, out_dir: Path, *, size: str,
               max_steps: int | None, device: str, progress: bool) -> Path:
    """Train both models on `texts` and write the folder `load_vec2text(out_dir)` reads."""
    import torch

    spec = folder_io.size_of(size)
    if max_steps is not None and max_steps < 1:
        raise FatalError(f"--max-steps must be at least 1 (got {max_steps})")
    compat.check_device(device)
    compat.import_vec2text()
    corpus = list(dict.fromkeys(t for t in texts if t.strip()))
    if len(corpus) < 2:
        raise FatalError("vec2text training needs at least 2 distinct non-empty texts")
    started = time.perf_counter()
    steps = max_steps or spec.max_steps
    tokenizer = folder_io.train_tokenizer(corpus, spec)
    labels = [tokenizer(t, truncation=True, max_length=spec.max_seq_length)["input_ids"]
              for t in corpus]
    corpus = tokenizer.batch_decode(labels, skip_special_tokens=True)  # what fits is what's embedded
    targets = embedder.embed(corpus, batch_size=EMBED_BATCH, progress=progress)
    config = folder_io.inversion_config(spec, embedder)
    t5 = folder_io.t5_config(spec, len(tokenizer))
    with torch.random.fork_rng(devices=[0] if device != "cpu" else []):
        torch.manual_seed(SEED)
        inversion = compat.build_inversion_model(config, folder_io.new_t5(t5), tokenizer, embedder)
        inversion.to(device)
        inversion_loss = _fit(inversion, _inversion_loss(targets, labels), len(corpus), spec, steps,
                              device, "vec2text inversion" if progress else None)
        hypotheses = _hypotheses(inversion, targets, spec.max_seq_length, device, progress)
        hypothesis_texts = tokenizer.batch_decode(hypotheses, skip_special_tokens=True)
        hypothesis_vectors = embedder.embed(hypothesis_texts, batch_size=EMBED_BATCH,
                                            progress=progress)
        corrector = compat.build_corrector_model(config, folder_io.new_t5(t5), embedder.dim)
        corrector.to(device)
        corrector_loss = _fit(
            corrector, _corrector_loss(targets, labels, hypotheses, hypothesis_vectors),
            len(corpus), spec, steps, device, "vec2text corrector" if progress else None)
    manifest = {
        "backend": folder_io.BACKEND, "format": folder_io.FORMAT, "embedder": embedder.name,
        "dim": embedder.dim, "size": size, "max_seq_length": spec.max_seq_length,
        "num_repeat_tokens": spec.repeat_tokens, "vocab_size": len(tokenizer),
        "texts": len(corpus), "steps": steps, "inversion_loss": round(inversion_loss, 4),
        "corrector_loss": round(corrector_loss, 4),
        "vec2text": importlib.metadata.version("vec2text"),
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    pair = folder_io.Pair(inversion.cpu(), corrector.cpu(), tokenizer, manifest)
    return folder_io.save_pair(pair, out_dir)


LossFn = Callable[[Any, "torch.Tensor", str], "torch.Tensor"]


def _pad(rows: Sequence[Sequence[int]], value: int) -> torch.Tensor:
    import torch

    width = max(len(r) for r in rows)
    return torch.tensor([list(r) + [value] * (width - len(r)) for r in rows], dtype=torch.long)


def _inversion_loss(targets: np.ndarray, labels: list[list[int]]) -> LossFn:
    """Loss of InversionModel.forward on frozen embeddings, as vec2text's InversionTrainer."""
    import torch

    def loss(model: Any, idx: torch.Tensor, device: str) -> torch.Tensor:
        rows = idx.tolist()
        out = model(embedder_input_ids=None, embedder_attention_mask=None,
                    frozen_embeddings=torch.from_numpy(targets[rows]).to(device),
                    labels=_pad([labels[i] for i in rows], -100).to(device))
        return out.loss

    return loss


def _corrector_loss(targets: np.ndarray, labels: list[list[int]], hypotheses: list[list[int]],
                    hypothesis_vectors: np.ndarray) -> LossFn:
    """Loss of CorrectorEncoderModel.forward, as vec2text's Corrector.compute_loss."""
    import torch

    def loss(model: Any, idx: torch.Tensor, device: str) -> torch.Tensor:
        rows = idx.tolist()
        hyp = _pad([hypotheses[i] for i in rows], 0).to(device)
        out = model(embedding=torch.from_numpy(targets[rows]).to(device),
                    hypothesis_embedding=torch.from_numpy(hypothesis_vectors[rows]).to(device),
                    hypothesis_input_ids=hyp, hypothesis_attention_mask=(hyp != 0).long(),
                    labels=_pad([labels[i] for i in rows], -100).to(device))
        return out.loss

    return loss


def _batches(n: int, batch_size: int, generator: torch.Generator) -> Iterator[torch.Tensor]:
    """Endless shuffled mini-batches of example indices, epoch after epoch."""
    import torch

    while True:
        order = torch.randperm(n, generator=generator)
        for start in range(0, n - min(batch_size, n) + 1, min(batch_size, n)):
            yield order[start:start + batch_size]


def _fit(model: Any, loss_fn: LossFn, n: int, spec: folder_io.Size, steps: int, device: str,
         desc: str | None) -> float:
    """AdamW with warm-up and linear decay; returns the mean loss of the last 50 steps."""
    import torch
    from tqdm import tqdm

    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=spec.learning_rate, weight_decay=0.01)
    warmup = min(500, steps // 10 + 1)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.1, (steps - s) / max(1, steps - warmup))))
    generator = torch.Generator().manual_seed(SEED)
    recent: list[float] = []
    bar = tqdm(total=steps, desc=desc, unit="step", disable=desc is None)
    for step, idx in zip(range(steps), _batches(n, spec.batch_size, generator)):
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=device != "cpu"):
            loss = loss_fn(model, idx, device)
        optimiser.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        recent = (recent + [float(loss.detach())])[-50:]
        if step % 25 == 0:
            bar.set_postfix(loss=f"{sum(recent) / len(recent):.3f}")
        bar.update()
    bar.close()
    model.eval()
    return sum(recent) / len(recent)


def _hypotheses(inversion: Any, targets: np.ndarray, max_length: int, device: str,
                progress: bool) -> list[list[int]]:
    """Greedy hypotheses of the trained inversion model, up to and including end-of-sequence."""
    import torch
    from tqdm import tqdm

    kwargs = {"num_beams": 1, "do_sample": False, "early_stopping": False,
              "no_repeat_ngram_size": 0, "min_length": 1, "max_length": max_length}
    eos = inversion.encoder_decoder.config.eos_token_id
    out: list[list[int]] = []
    starts = range(0, len(targets), GENERATE_BATCH)
    for start in tqdm(starts, desc="vec2text hypotheses", unit="batch", disable=not progress):
        batch = torch.from_numpy(targets[start:start + GENERATE_BATCH]).to(device)
        with torch.no_grad():
            ids = inversion.generate(inputs={"frozen_embeddings": batch}, generation_kwargs=kwargs)
        for row in ids.tolist():
            out.append(row[:row.index(eos) + 1] if eos in row else row)
    return out
