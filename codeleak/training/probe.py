"""Build the builtin inverter's vocabulary probe (inverters/builtin_probe.py).

Its words are the whole words of the embedder's tokenizer vocabulary (letters only, three or
more) that neither the bag head nor the word head can name; each is embedded alone, and its
prior is its mean cosine to a sample of the training chunks. The floor a word's score must
reach to be tried is the score the best word reaches on FLOOR_SHARE of those chunks, and the
ceiling beyond which a recovered text is left alone is the cosine to its chunk that the folder's
inverter (without a probe) reaches on CEILING_SHARE of them, so both follow the embedder's
scale; but never below the median cosine of the sample's texts to which the probe (without a
ceiling) added a word, so that a weak model, whose texts are all far from their chunks, does
not lose most of the probe's words to its ceiling. No training: seconds for the words, under a
minute to invert the sample here.
"""
from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import Embedder
    from codeleak.inverters.builtin_probe import VocabularyProbe

PRIOR_CHUNKS = 2000  # training chunks the prior is averaged over
# The share of ordinary training chunks whose best word reaches the floor: 0.16 gives 0.35 for
# MiniLM, the floor chosen with bench/vocabulary_probe.py (docs/inversion.md).
FLOOR_SHARE = 0.16
# The share of those chunks whose recovered text reaches the ceiling: CEILING_SHARE gives 0.75
# for MiniLM, the ceiling chosen with bench/vocabulary_probe.py (docs/inversion.md).
CEILING_SHARE = 0.95
_WORD = re.compile(r"[a-z]{3,}")
_MARKERS = "\u2581\u0120"  # SentencePiece's and byte-level BPE's start-of-word marks


def vocabulary_words(tokens: Iterable[str], exclude: set[str]) -> list[str]:
    """Whole words of a tokenizer vocabulary, lower-cased, sorted: WordPiece continuations
    (`##ing`) are not words, and where the vocabulary marks word starts (`▁user`, `Ġuser`) only
    marked tokens are."""
    tokens = list(tokens)
    marked = any(t[:1] in _MARKERS for t in tokens)
    out = set()
    for token in tokens:
        if token.startswith("##") or (marked and token[:1] not in _MARKERS):
            continue
        word = token.lstrip(_MARKERS).lower()
        if _WORD.fullmatch(word) and word not in exclude:
            out.add(word)
    return sorted(out)


def tokenizer_vocabulary(embedder: Embedder) -> list[str]:
    """The tokens of the embedder's own tokenizer (none for an embedder without a local one)."""
    folder = getattr(embedder, "folder", None)
    if folder is None:
        return []
    from codeleak.tokenizer import find_tokenizer_file

    path = find_tokenizer_file(Path(folder))
    if path is None:
        return []
    from tokenizers import Tokenizer

    return list(Tokenizer.from_file(str(path)).get_vocab())


def build_probe(words: Sequence[str], embedder: Embedder, chunk_vectors: np.ndarray, *,
                progress: bool = False) -> VocabularyProbe:
    """Embed words alone; prior = mean cosine of each word to chunk_vectors; floor = the score
    the best word reaches on FLOOR_SHARE of chunk_vectors."""
    import numpy as np

    from codeleak.inverters.builtin import _unit as unit
    from codeleak.inverters.builtin_probe import VocabularyProbe

    if not words:
        return VocabularyProbe([], np.zeros((0, embedder.dim), np.float32),
                               np.zeros(0, np.float32), 0.0)
    vectors = unit(np.asarray(embedder.embed(list(words), batch_size=256, progress=progress),
                              dtype=np.float32))
    similarity = unit(np.asarray(chunk_vectors, dtype=np.float32)) @ vectors.T
    prior = similarity.mean(axis=0)
    best = (similarity - prior).max(axis=1)
    floor = float(np.quantile(best, 1.0 - FLOOR_SHARE))
    return VocabularyProbe(list(words), vectors, prior.astype(np.float32), round(floor, 4))


def add_probe(folder: Path, texts: Sequence[str], embedder: Embedder, *,
              cache_dir: Path | None = None, progress: bool = False, seed: int = 0,
              log: Callable[[str], None] = print) -> dict[str, Any]:
    """Build a vocabulary probe for the builtin inverter in folder, its prior over a sample of
    texts, and save it there (the manifest records it); returns its summary."""
    from codeleak.training.builtin import embed_cached

    texts = list(dict.fromkeys(t for t in texts if t.strip()))
    sample = random.Random(seed).sample(texts, min(PRIOR_CHUNKS, len(texts)))
    return save_new_probe(folder, embedder, embed_cached(sample, embedder, cache_dir, progress),
                          progress=progress, log=log)


def save_new_probe(folder: Path, embedder: Embedder, chunk_vectors: np.ndarray, *,
                   progress: bool = False, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Build the probe of the builtin inverter in folder (its words: those its heads do not
    know), with the prior over chunk_vectors, and save it there; returns its summary."""
    from codeleak.inverters.builtin import read_manifest
    from codeleak.inverters.builtin_pieces import load_pieces
    from codeleak.inverters.builtin_probe import save_probe
    from codeleak.inverters.builtin_words import load_word_head
    from codeleak.training.builtin import bag_vocabulary, write_manifest

    started = time.time()
    manifest = read_manifest(folder)
    known = set(bag_vocabulary(load_pieces(folder), manifest.get("bag_pieces")).values())
    head = load_word_head(folder)
    known |= set(head.words) if head is not None else set()
    words = vocabulary_words(tokenizer_vocabulary(embedder), known)
    probe = build_probe(words, embedder, chunk_vectors, progress=progress)
    ceiling = calibrate_ceiling(folder, embedder, chunk_vectors, probe, progress=progress)
    probe.ceiling = ceiling.value
    info: dict[str, Any] = {"words": len(words), "prior_chunks": len(chunk_vectors),
                            "floor": probe.floor, "ceiling": probe.ceiling,
                            "ceiling_share": ceiling.share, "ceiling_gained": ceiling.gained,
                            "seconds": round(time.time() - started, 1),
                            "date": time.strftime("%Y-%m-%d")}
    save_probe(folder, probe, info)
    manifest["vocabulary_probe"] = info
    write_manifest(folder, manifest)
    log(f"vocabulary probe: {len(words)} words the heads do not know, prior over "
        f"{len(chunk_vectors)} chunks, floor {probe.floor}, ceiling {probe.ceiling} (the share's "
        f"{ceiling.share}, the median of the texts it adds words to {ceiling.gained}), "
        f"{info['seconds']} s")
    return info


class Ceiling(NamedTuple):
    value: float  # the larger of the two below
    share: float  # the cosine the inverter's texts reach on CEILING_SHARE of the chunks
    gained: float | None  # the median cosine of the texts the probe adds a word to (None: none)


def calibrate_ceiling(folder: Path, embedder: Embedder, chunk_vectors: np.ndarray,
                      probe: VocabularyProbe, *, progress: bool = False) -> Ceiling:
    """The cosine to its chunk that the folder's inverter, before any probe, reaches on
    CEILING_SHARE of chunk_vectors, or, where higher, the median cosine of the texts to which
    probe (its ceiling ignored) adds a word."""
    import dataclasses

    import numpy as np
    from tqdm import tqdm

    from codeleak.inverters.builtin import BATCH, BuiltinInverter, _unit

    inverter = BuiltinInverter(folder, embedder)
    trying = dataclasses.replace(probe, ceiling=None)
    vectors = np.asarray(chunk_vectors, dtype=np.float32)
    scores: list[float] = []
    gained: list[float] = []
    for start in tqdm(range(0, len(vectors), BATCH), desc="probe ceiling", unit="batch",
                      disable=not progress):
        target = vectors[start:start + BATCH]
        texts, found = inverter.recover(target, embedder)
        kept = trying.apply(texts, found, _unit(target), embedder)
        scores += found
        gained += [score for score, words in zip(found, kept) if words]
    share = round(float(np.quantile(scores, 1.0 - CEILING_SHARE)), 4)
    if not gained:
        return Ceiling(share, share, None)
    # rounded up: four decimals must not put the ceiling below the median
    median = math.ceil(float(np.median(gained)) * 1e4) / 1e4
    return Ceiling(max(share, median), share, median)
