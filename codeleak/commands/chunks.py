"""`codeleak chunks`: chunking only (sensitive values masked unless --show-values)."""
from __future__ import annotations

import argparse

from codeleak import listing, pipeline
from codeleak.commands._common import emit, settings_from
from codeleak.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    models = pipeline.Models(settings)
    sources = pipeline.load_sources(args.paths, settings)
    chunks = pipeline.chunk_sources(sources, settings, models.embedder.counter()).shown
    if args.format == "json":
        emit(listing.chunks_json(chunks, models.embedder.name, None), args.output)
    else:
        emit(listing.chunks_text(chunks), args.output)
    return EXIT_OK
