"""`codeleak invert`: chunk, embed, invert; prints what an attacker would read back."""
from __future__ import annotations

import argparse

from codeleak import listing, pipeline
from codeleak.commands._common import emit, settings_from, show_progress
from codeleak.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    models = pipeline.Models(settings)
    counter = models.embedder.counter()
    sources = pipeline.load_sources(args.paths, settings)
    chunks, shown = pipeline.chunk_sources(sources, settings, counter)
    progress = show_progress(args)
    vectors = pipeline.embed_chunks(chunks, models, progress=progress)
    recovered = pipeline.invert_chunks(chunks, vectors, models, progress=progress)
    if args.format == "json":
        emit(listing.chunks_json(shown, models.embedder.name, models.inverter.name, recovered),
             args.output)
    else:
        emit(listing.chunks_text(shown, recovered), args.output)
    return EXIT_OK
