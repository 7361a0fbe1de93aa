"""The builtin inverter's network: a bag-of-pieces head and a small prefix decoder.

The target embedding is projected to `memory` vectors that open the decoder's input sequence;
the decoder then writes the chunk's WordPiece pieces in order, attending causally to the memory
and to what it wrote (GPT-style, one stack of pre-norm blocks, output tied to the input
embeddings). The bag head is a linear map from the embedding to one logit per piece (Song &
Raghunathan's bag-of-words attack); a length head predicts how many pieces the chunk has.
Imports torch at module level: import this module only inside functions that need it.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class NetConfig:
    dim_in: int  # the embedder's dimension
    vocab: int
    d: int = 256
    layers: int = 3
    heads: int = 4
    memory: int = 16
    max_len: int = 80  # pieces the decoder writes at most

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


SIZES: dict[str, dict[str, int]] = {
    "tiny": {"d": 64, "layers": 1, "heads": 2, "memory": 4, "max_len": 48, "vocab": 2048},
    "small": {"d": 192, "layers": 3, "heads": 4, "memory": 8, "max_len": 56, "vocab": 6144},
    "medium": {"d": 256, "layers": 4, "heads": 4, "memory": 16, "max_len": 72, "vocab": 8192},
    "base": {"d": 384, "layers": 4, "heads": 6, "memory": 16, "max_len": 96, "vocab": 16384},
}

Cache = list[tuple[torch.Tensor, torch.Tensor]]


def prepare(embeddings: torch.Tensor) -> torch.Tensor:
    """The heads' and decoder's input: unit-length rows scaled by sqrt(dim), so entries are
    about 1 in size."""
    return F.normalize(embeddings.float(), dim=-1) * math.sqrt(embeddings.shape[-1])


class Block(nn.Module):
    def __init__(self, d: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.norm2 = nn.LayerNorm(d)
        self.mlp = nn.Sequential(nn.Linear(d, 4 * d), nn.GELU(), nn.Linear(4 * d, d))

    def _split(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(d, dim=-1)
        shape = (b, t, self.heads, d // self.heads)
        return (q.view(shape).transpose(1, 2), k.view(shape).transpose(1, 2),
                v.view(shape).transpose(1, 2))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        """Causal attention over the whole sequence; returns the keys and values for a cache."""
        q, k, v = self._split(x)
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(att.transpose(1, 2).reshape(x.shape))
        return x + self.mlp(self.norm2(x)), (k, v)

    def step(self, x: torch.Tensor, cache: tuple[torch.Tensor, torch.Tensor]
             ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        """One new position per row, attending to the cache and itself."""
        q, k, v = self._split(x)
        k = torch.cat([cache[0], k], dim=2)
        v = torch.cat([cache[1], v], dim=2)
        att = F.scaled_dot_product_attention(q, k, v)
        x = x + self.proj(att.transpose(1, 2).reshape(x.shape))
        return x + self.mlp(self.norm2(x)), (k, v)


class InverterNet(nn.Module):
    def __init__(self, config: NetConfig) -> None:
        super().__init__()
        c = config
        self.config = c
        self.memory = nn.Linear(c.dim_in, c.memory * c.d)
        self.memory_norm = nn.LayerNorm(c.d)
        self.tokens = nn.Embedding(c.vocab, c.d)
        self.positions = nn.Embedding(c.memory + c.max_len + 1, c.d)
        self.blocks = nn.ModuleList(Block(c.d, c.heads) for _ in range(c.layers))
        self.norm = nn.LayerNorm(c.d)
        self.out_bias = nn.Parameter(torch.zeros(c.vocab))
        self.bag = nn.Linear(c.dim_in, c.vocab)
        self.length = nn.Linear(c.dim_in, 1)
        nn.init.normal_(self.tokens.weight, std=0.02)
        nn.init.normal_(self.positions.weight, std=0.02)

    def prepare(self, embeddings: torch.Tensor) -> torch.Tensor:
        return prepare(embeddings)

    def heads(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Bag-of-pieces logits and predicted log piece count, from prepared embeddings."""
        return self.bag(x), self.length(x).squeeze(-1)

    def _prefix(self, x: torch.Tensor) -> torch.Tensor:
        mem = self.memory(x).view(x.shape[0], self.config.memory, self.config.d)
        return self.memory_norm(mem)

    def logits(self, h: torch.Tensor) -> torch.Tensor:
        return self.norm(h) @ self.tokens.weight.t() + self.out_bias

    def forward(self, x: torch.Tensor, inputs: torch.Tensor) -> torch.Tensor:
        """Next-piece logits for each input position (teacher forcing); inputs start with BOS."""
        m = self.config.memory
        seq = torch.cat([self._prefix(x), self.tokens(inputs)], dim=1)
        seq = seq + self.positions.weight[: seq.shape[1]]
        for block in self.blocks:
            seq, _ = block(seq)
        return self.logits(seq[:, m:])

    def start(self, x: torch.Tensor, bos: int) -> tuple[torch.Tensor, Cache]:
        """Run memory + BOS; the logits for the first piece and the attention cache."""
        first = torch.full((x.shape[0], 1), bos, dtype=torch.long, device=x.device)
        seq = torch.cat([self._prefix(x), self.tokens(first)], dim=1)
        seq = seq + self.positions.weight[: seq.shape[1]]
        cache: Cache = []
        for block in self.blocks:
            seq, kv = block(seq)
            cache.append(kv)
        return self.logits(seq[:, -1]), cache

    def step(self, pieces: torch.Tensor, position: int, cache: Cache
             ) -> tuple[torch.Tensor, Cache]:
        """Logits after appending one piece per row at `position` (index in the full sequence)."""
        h = self.tokens(pieces).unsqueeze(1) + self.positions.weight[position]
        new: Cache = []
        for block, kv in zip(self.blocks, cache):
            h, kv = block.step(h, kv)  # type: ignore[operator]
            new.append(kv)
        return self.logits(h[:, -1]), new


def greedy(net: InverterNet, x: torch.Tensor, bos: int, eos: int, max_len: int
           ) -> list[list[int]]:
    """The most likely piece at each step, for a batch of prepared embeddings. Rows that have
    written EOS leave the batch once a quarter of it has, so a long row does not keep the
    finished ones computing."""
    logits, cache = net.start(x, bos)
    out: list[list[int]] = [[] for _ in range(x.shape[0])]
    rows = torch.arange(x.shape[0], device=x.device)  # the original row of each batch position
    ended = torch.zeros(x.shape[0], dtype=torch.bool, device=x.device)
    base = net.config.memory + 1
    for step in range(max_len):
        piece = torch.where(ended, torch.full_like(rows, eos), logits.argmax(-1))
        ended |= piece == eos
        for row, value in zip(rows.tolist(), piece.tolist()):
            out[row].append(value)
        if bool(ended.all()) or step == max_len - 1:
            break
        if int(ended.sum()) * 4 >= len(rows):
            keep = (~ended).nonzero().flatten()
            rows, piece, ended = rows[keep], piece[keep], ended[keep]
            cache = [(k[keep], v[keep]) for k, v in cache]
        logits, cache = net.step(piece, base + step, cache)
    return [row[: row.index(eos)] if eos in row else row for row in out]


def beam(net: InverterNet, x: torch.Tensor, bos: int, eos: int, max_len: int, width: int,
         keep: int) -> list[list[tuple[float, list[int]]]]:
    """Beam search: for each row the `keep` best finished hypotheses (length-normalised
    log-probability, pieces)."""
    n = x.shape[0]
    logits, cache = net.start(x, bos)
    logp = logits.log_softmax(-1)
    scores, first = logp.topk(width, dim=-1)  # (n, width)
    cache = [(k.repeat_interleave(width, 0), v.repeat_interleave(width, 0)) for k, v in cache]
    seqs = first.reshape(n * width, 1)
    scores = scores.reshape(n * width)
    finished: list[list[tuple[float, list[int]]]] = [[] for _ in range(n)]
    alive = torch.ones(n * width, dtype=torch.bool, device=x.device)
    base = net.config.memory + 1
    for step in range(1, max_len + 1):
        last = seqs[:, -1]
        ended = (last == eos) & alive
        for flat in ended.nonzero().flatten().tolist():
            finished[flat // width].append((float(scores[flat]) / step, seqs[flat, :-1].tolist()))
        alive &= ~ended
        if step == max_len or not bool(alive.any()):
            for flat in alive.nonzero().flatten().tolist():
                finished[flat // width].append((float(scores[flat]) / step, seqs[flat].tolist()))
            break
        logits, cache = net.step(last, base + step - 1, cache)
        logp = logits.log_softmax(-1)
        total = scores.unsqueeze(1) + logp
        total[~alive] = -math.inf
        vocab = total.shape[1]
        best, index = total.view(n, width * vocab).topk(width, dim=-1)
        parent = (index // vocab) + torch.arange(n, device=x.device).unsqueeze(1) * width
        parent = parent.flatten()
        seqs = torch.cat([seqs[parent], (index % vocab).reshape(-1, 1)], dim=1)
        scores = best.flatten()
        alive = torch.isfinite(scores)
        cache = [(k[parent], v[parent]) for k, v in cache]
    return [sorted(found, key=lambda s: -s[0])[:keep] for found in finished]
