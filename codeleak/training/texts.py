"""Turn source paths into training texts: codeleak's own chunks at several lengths.

An inverter sees chunks as a RAG pipeline stores them, so its training texts are made by the same
chunker, at each chunk budget it should handle. Only chunks that fill their budget well (at least
`min_fill` of it) count for that length, so each length bucket holds chunks of about that size.
Pieces of a line over the budget (the chunker cuts such a line) do not count: the buckets hold
runs of whole lines, as the shipped model's training and evaluation sets did.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from codeleak.config import Settings
from codeleak.embedders.base import TokenCounter
from codeleak.records import Chunk, ParsedFile, SourceFile

LENGTHS = (16, 32, 64, 128, 256)
MIN_FILL = 0.75


def sized_chunks(parsed: ParsedFile, counter: TokenCounter, lengths: Sequence[int] = LENGTHS,
                 min_fill: float = MIN_FILL) -> Iterator[tuple[int, Chunk]]:
    """(length, chunk) for each budget in lengths and each chunk filling at least min_fill of it."""
    from codeleak.chunk import chunk

    for length in lengths:
        for piece in chunk(parsed, counter, length):
            if min_fill * length <= piece.tokens <= length and not piece.cut:
                yield length, piece


def corpus_sources(paths: Iterable[str | Path], max_files: int | None = None,
                   seed: int = 0) -> list[SourceFile]:
    """The readable source files under paths; with max_files, a seeded random sample of them."""
    from codeleak.files import discover, display_path, read_source

    found = [f.path for f in discover(paths)]
    if max_files is not None and len(found) > max_files:
        found = random.Random(seed).sample(found, max_files)
    return [s for s in (read_source(path, display_path(path)) for path in found) if s is not None]


def parsed_files(paths: Iterable[str | Path], max_files: int | None = None,
                 seed: int = 0) -> Iterator[ParsedFile]:
    """Parsed source files under paths, in this process; with max_files, a seeded random
    sample of them."""
    from codeleak.parse import parse

    for source in corpus_sources(paths, max_files, seed):
        yield parse(source)


def training_texts(paths: Iterable[str | Path], counter: TokenCounter,
                   lengths: Sequence[int] = LENGTHS, *, min_fill: float = MIN_FILL,
                   max_files: int | None = None, seed: int = 0) -> dict[int, list[str]]:
    """Distinct chunk texts by length bucket, from the files under paths (parsed in forked
    workers, pipeline.per_file: a file whose grammar crashes is skipped with a note)."""
    from codeleak import pipeline

    by_length: dict[int, list[str]] = {length: [] for length in lengths}
    seen: set[str] = set()
    found = pipeline.per_file(sized_texts, corpus_sources(paths, max_files, seed), Settings(),
                              counter, lambda batch: (tuple(lengths), min_fill))
    for length, text in found:
        if text not in seen:
            seen.add(text)
            by_length[length].append(text)
    return by_length


def sized_texts(sources: Sequence[SourceFile], settings: Settings, lengths: Sequence[int],
                min_fill: float, counter: TokenCounter | None = None) -> list[tuple[int, str]]:
    """What a worker runs for training_texts: (length, text) of each file's sized chunks."""
    from codeleak.parse import parse
    from codeleak.pipeline import counter_for

    counter = counter_for(settings, counter)
    return [(length, piece.text) for source in sources
            for length, piece in sized_chunks(parse(source), counter, lengths, min_fill)]
