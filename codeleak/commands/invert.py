"""`codeleak invert`: chunk, embed, invert; prints what an attacker would read back."""
from __future__ import annotations

import argparse
from collections.abc import Sequence

from codeleak import listing, pipeline
from codeleak.commands._common import emit, settings_from, show_progress
from codeleak.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    models = pipeline.Models(settings)
    counter = models.embedder.counter()
    sources = pipeline.load_sources(args.paths, settings)
    chunked = pipeline.chunk_sources(sources, settings, counter)
    progress = show_progress(args)
    vectors = pipeline.embed_chunks(chunked.chunks, models, progress=progress)
    recovered = pipeline.invert_chunks(chunked.chunks, vectors, models, progress=progress)
    if not settings.show_values:  # a value the attack read back is a found value too
        recovered = masked_recovered(chunked, recovered)
    if args.format == "json":
        emit(listing.chunks_json(chunked.shown, models.embedder.name, models.inverter.name,
                                 recovered), args.output)
    else:
        emit(listing.chunks_text(chunked.shown, recovered), args.output)
    return EXIT_OK


def masked_recovered(chunked: pipeline.ChunkedSources, recovered: Sequence[str]) -> list[str]:
    """Each chunk's recovered text with every sensitive value of the files masked where it
    occurs, and what resembles the values of the chunk itself, as scan reports mask it."""
    from codeleak.formatters.view import Redactor, chunk_key

    near = [(chunk_key(c), value) for c, values in zip(chunked.chunks, chunked.values)
            for value in values]
    redactor = Redactor(False, (value for _, value in near), near)
    return [redactor.recovered_text(chunk_key(c), text)
            for c, text in zip(chunked.chunks, recovered)]
