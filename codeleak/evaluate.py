"""Measure an inversion attack: how much of each chunk an attacker reads back, by chunk length.

Metrics are over words: identifiers split on snake_case and camelCase, lower-cased, words under
3 characters dropped. Per chunk the words of its text are compared with the words of what the
inverter recovered from its embedding. The control compares each chunk's words with the text
recovered for a different, unrelated chunk (another file where possible): what a frequency prior
alone would score. Identifier, comment and literal words come from codeleak.extract.
"""
from __future__ import annotations

import math
import random
import re
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.match import words
from codeleak.sampling import round_robin

if TYPE_CHECKING:
    from codeleak.config import Settings
    from codeleak.embedders.base import Embedder, TokenCounter
    from codeleak.inverters.base import Inverter
    from codeleak.records import ParsedFile, SourceFile

RARITY_BUCKETS = ((0, 0, "unseen"), (1, 9, "1-9"), (10, 99, "10-99"), (100, 999, "100-999"),
                  (1000, math.inf, ">=1000"))
RARE_BELOW = 10  # a word in fewer training chunks than this is "rare"

_BLEU_TOKENS = re.compile(r"\w+|[^\w\s]")


def rarity_bucket(count: int) -> str:
    return next(name for low, high, name in RARITY_BUCKETS if low <= count <= high)


@dataclass(frozen=True)
class EvalChunk:
    """A chunk to attack, with the words of the entities inside it by kind."""

    text: str
    length: int  # the chunk budget (bucket) it was made with
    path: str = ""
    identifier_words: tuple[str, ...] = ()
    comment_words: tuple[str, ...] = ()
    literal_words: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EvalChunk:
        return cls(text=data["text"], length=int(data["length"]), path=data.get("path", ""),
                   identifier_words=tuple(data.get("identifier_words", ())),
                   comment_words=tuple(data.get("comment_words", ())),
                   literal_words=tuple(data.get("literal_words", ())))


@dataclass(frozen=True)
class EvalRow:
    """One chunk-length bucket of `codeleak eval` (the first fields are the JSON contract)."""

    length: int
    chunks: int
    word_precision: float
    word_recall: float
    word_f1: float
    identifier_recovery: float | None  # None: the bucket's chunks hold no such words
    comment_word_recovery: float | None
    literal_word_recovery: float | None
    control_word_recall: float
    seconds_per_chunk: float
    bleu: float | None = None
    exact_match: float | None = None
    control_word_precision: float = 0.0
    control_identifier_recovery: float | None = None
    rare_identifier_recovery: float | None = None
    rare_comment_word_recovery: float | None = None
    recovery_by_rarity: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {key: (round(value, 4) if isinstance(value, float) else value)
                for key, value in asdict(self).items()}


def eval_chunks(parsed: ParsedFile, counter: TokenCounter, lengths: Sequence[int],
                min_fill: float = 0.75) -> list[EvalChunk]:
    """The file's chunks at each length (filling at least min_fill of it), with entity words."""
    from codeleak.extract import extract
    from codeleak.training.texts import sized_chunks

    entities = extract(parsed)
    found = []
    for length, piece in sized_chunks(parsed, counter, lengths, min_fill):
        kinds: dict[str, list[str]] = {"identifier": [], "comment": [], "literal": []}
        for entity in entities:
            if entity.start_byte < piece.end_byte and entity.end_byte > piece.start_byte:
                kind = "literal" if entity.kind in ("string", "number") else entity.kind
                if kind in kinds:
                    kinds[kind].extend(_inside(entity.value, piece.text))
        found.append(EvalChunk(piece.text, length, piece.path,
                               tuple(dict.fromkeys(kinds["identifier"])),
                               tuple(dict.fromkeys(kinds["comment"])),
                               tuple(dict.fromkeys(kinds["literal"]))))
    return found


def _inside(value: str, text: str) -> list[str]:
    """Words of an entity value that the chunk text holds (an entity may straddle two chunks)."""
    present = set(words(text))
    return [w for w in words(value) if w in present]


def eval_chunks_from_paths(paths: Iterable[str | Path], counter: TokenCounter,
                           lengths: Sequence[int], max_files: int | None = None,
                           seed: int = 0) -> list[EvalChunk]:
    """Evaluation chunks of every source file under paths (parsed in forked workers,
    pipeline.per_file: a file whose grammar crashes is skipped with a note)."""
    from codeleak import pipeline
    from codeleak.config import Settings
    from codeleak.training.texts import corpus_sources

    return pipeline.per_file(_eval_batch, corpus_sources(paths, max_files, seed), Settings(),
                             counter, lambda batch: (tuple(lengths),))


def _eval_batch(sources: Sequence[SourceFile], settings: Settings, lengths: Sequence[int],
                counter: TokenCounter | None = None) -> list[EvalChunk]:
    """What a worker runs for eval_chunks_from_paths."""
    from codeleak.parse import parse
    from codeleak.pipeline import counter_for

    counter = counter_for(settings, counter)
    return [item for source in sources for item in eval_chunks(parse(source), counter, lengths)]


def _prf(truth: set[str], guess: set[str]) -> tuple[float, float, float]:
    hit = len(truth & guess)
    precision = hit / len(guess) if guess else 0.0
    recall = hit / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
    return precision, recall, f1


def _recovery(wanted: Iterable[Sequence[str]], guesses: Sequence[set[str]]) -> float | None:
    """The share of the wanted words found in the guesses; None when there are none to find
    (a rate over no words is not 0)."""
    hit = total = 0
    for words_, guess in zip(wanted, guesses):
        distinct = set(words_)
        hit += len(distinct & guess)
        total += len(distinct)
    return hit / total if total else None


def spread_sample(chunks: Sequence[EvalChunk], count: int, rng: random.Random
                  ) -> list[EvalChunk]:
    """Up to count of the chunks, taken round-robin over their files (files in random order,
    each file's chunks shuffled), so that one big file (a data table, a generated module)
    cannot fill the sample on its own; every chunk of a corpus too small to choose from."""
    by_file: dict[str, list[EvalChunk]] = {}
    for item in chunks:
        by_file.setdefault(item.path, []).append(item)
    groups = list(by_file.values())
    rng.shuffle(groups)
    for group in groups:
        rng.shuffle(group)
    return round_robin(groups, count)


def control_partners(chunks: Sequence[EvalChunk]) -> list[int]:
    """For each chunk, the index of an unrelated chunk: half-way round, skipping its own file."""
    n = len(chunks)
    partners = []
    for i, item in enumerate(chunks):
        j = (i + max(n // 2, 1)) % n
        for step in range(n):
            k = (j + step) % n
            if k != i and (chunks[k].path != item.path or not item.path):
                j = k
                break
        partners.append(j)
    return partners


def bleu(references: Sequence[str], hypotheses: Sequence[str], max_n: int = 4) -> float:
    """Corpus BLEU-4 (0-100) over lower-cased word and punctuation tokens, with brevity penalty
    and add-one smoothing for higher orders (so short corpora do not collapse to zero)."""
    matches = [0] * max_n
    totals = [0] * max_n
    ref_len = hyp_len = 0
    for reference, hypothesis in zip(references, hypotheses):
        ref = _BLEU_TOKENS.findall(reference.lower())
        hyp = _BLEU_TOKENS.findall(hypothesis.lower())
        ref_len += len(ref)
        hyp_len += len(hyp)
        for n in range(1, max_n + 1):
            ref_grams = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
            hyp_grams = Counter(tuple(hyp[i:i + n]) for i in range(len(hyp) - n + 1))
            matches[n - 1] += sum(min(c, ref_grams[g]) for g, c in hyp_grams.items())
            totals[n - 1] += max(len(hyp) - n + 1, 0)
    if hyp_len == 0 or matches[0] == 0:
        return 0.0
    logs = [math.log(matches[0] / totals[0])]
    logs += [math.log((matches[n] + 1) / (totals[n] + 1)) for n in range(1, max_n)]
    brevity = min(0.0, 1 - ref_len / hyp_len)
    return 100 * math.exp(brevity + sum(logs) / max_n)


def _normalised(text: str) -> list[str]:
    return _BLEU_TOKENS.findall(text.lower())


def _by_rarity(chunks: Sequence[EvalChunk], guesses: Sequence[set[str]],
               word_counts: Mapping[str, int]) -> dict[str, dict[str, float]]:
    tallies: dict[str, dict[str, list[int]]] = {}
    for item, guess in zip(chunks, guesses):
        for kind, found in (("identifier", item.identifier_words),
                            ("comment", item.comment_words)):
            for word in set(found):
                bucket = tallies.setdefault(rarity_bucket(word_counts.get(word, 0)), {})
                hit_total = bucket.setdefault(kind, [0, 0])
                hit_total[0] += word in guess
                hit_total[1] += 1
    out: dict[str, dict[str, float]] = {}
    for _, _, name in RARITY_BUCKETS:
        if name in tallies:
            out[name] = {}
            for kind, (hit, total) in tallies[name].items():
                out[name][kind] = round(hit / total, 4)
                out[name][f"{kind}_words"] = total
    return out


def _rare_recovery(chunks: Sequence[EvalChunk], guesses: Sequence[set[str]],
                   word_counts: Mapping[str, int], kind: str) -> float | None:
    hit = total = 0
    for item, guess in zip(chunks, guesses):
        for word in set(getattr(item, f"{kind}_words")):
            if word_counts.get(word, 0) < RARE_BELOW:
                hit += word in guess
                total += 1
    return hit / total if total else None


def score(chunks: Sequence[EvalChunk], recovered: Sequence[str], *, seconds: float = 0.0,
          ordered: bool = True, word_counts: Mapping[str, int] | None = None) -> EvalRow:
    """Metrics of one bucket: chunks against the texts recovered from their embeddings."""
    length = chunks[0].length if chunks else 0
    truths = [set(words(item.text)) for item in chunks]
    guesses = [set(words(text)) for text in recovered]
    partners = control_partners(chunks) if len(chunks) > 1 else list(range(len(chunks)))
    controls = [guesses[j] for j in partners]
    n = max(len(chunks), 1)
    p, r, f = (sum(values) / n for values in zip(*(_prf(t, g) for t, g in zip(truths, guesses)))) \
        if chunks else (0.0, 0.0, 0.0)
    cp, cr = (sum(values) / n for values in zip(*(_prf(t, c)[:2] for t, c in zip(truths, controls)))) \
        if chunks else (0.0, 0.0)
    exact = sum(_normalised(item.text) == _normalised(text)
                for item, text in zip(chunks, recovered)) / n
    counts = word_counts or {}
    return EvalRow(
        length=length, chunks=len(chunks), word_precision=p, word_recall=r, word_f1=f,
        identifier_recovery=_recovery((c.identifier_words for c in chunks), guesses),
        comment_word_recovery=_recovery((c.comment_words for c in chunks), guesses),
        literal_word_recovery=_recovery((c.literal_words for c in chunks), guesses),
        control_word_recall=cr, seconds_per_chunk=seconds / n,
        bleu=bleu([c.text for c in chunks], recovered) if ordered else None,
        exact_match=exact if ordered else None,
        control_word_precision=cp,
        control_identifier_recovery=_recovery((c.identifier_words for c in chunks), controls),
        rare_identifier_recovery=_rare_recovery(chunks, guesses, counts, "identifier")
        if word_counts is not None else None,
        rare_comment_word_recovery=_rare_recovery(chunks, guesses, counts, "comment")
        if word_counts is not None else None,
        recovery_by_rarity=_by_rarity(chunks, guesses, counts) if word_counts is not None else {},
    )


def evaluate(chunks: Sequence[EvalChunk] | Mapping[int, Sequence[str]], embedder: Embedder,
             inverter: Inverter, *, word_counts: Mapping[str, int] | None = None,
             batch_size: int = 64, progress: bool = False,
             attack_embedder: Embedder | None = None) -> list[EvalRow]:
    """Embed and invert every chunk, then score each length bucket (shortest first).

    chunks may also be plain texts by length (no entity words: those recoveries are None).
    word_counts (training chunks holding each word) gives recovery by rarity; by default the
    table shipped with the inverter is used when it has one. attack_embedder (default: embedder)
    is what the inverter re-embeds its guesses with, as in a scan (`Models.attack_embedder`).
    """
    if isinstance(chunks, Mapping):
        chunks = [EvalChunk(text, length) for length, texts in chunks.items() for text in texts]
    if word_counts is None:
        word_counts = getattr(inverter, "word_counts", None)
    rows = []
    for length in sorted({item.length for item in chunks}):
        bucket = [item for item in chunks if item.length == length]
        start = time.perf_counter()
        vectors = embedder.embed([item.text for item in bucket], batch_size=batch_size,
                                 progress=progress)
        recovered = inverter.invert(vectors, attack_embedder or embedder, progress=progress)
        seconds = time.perf_counter() - start
        rows.append(score(bucket, recovered, seconds=seconds, ordered=inverter.ordered,
                          word_counts=word_counts))
    return rows
