"""`codeleak invert`: chunk, embed, invert; prints what an attacker would read back."""
from __future__ import annotations

import argparse
from collections.abc import Sequence

from codeleak import listing, pipeline
from codeleak.commands._common import emit, settings_from, show_progress
from codeleak.config import Settings
from codeleak.errors import EXIT_OK
from codeleak.records import Chunk, SourceFile


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    models = pipeline.Models(settings)
    counter = models.embedder.counter()
    sources = pipeline.load_sources(args.paths, settings)
    chunks, shown = pipeline.chunk_sources(sources, settings, counter)
    progress = show_progress(args)
    vectors = pipeline.embed_chunks(chunks, models, progress=progress)
    recovered = pipeline.invert_chunks(chunks, vectors, models, progress=progress)
    if not settings.show_values:  # a value the attack read back is a found value too
        recovered = masked_recovered(sources, chunks, recovered, settings)
    if args.format == "json":
        emit(listing.chunks_json(shown, models.embedder.name, models.inverter.name, recovered),
             args.output)
    else:
        emit(listing.chunks_text(shown, recovered), args.output)
    return EXIT_OK


def masked_recovered(sources: Sequence[SourceFile], chunks: Sequence[Chunk],
                     recovered: Sequence[str], settings: Settings) -> list[str]:
    """Each chunk's recovered text with every sensitive value of the files masked where it
    occurs, and what resembles the values of the chunk itself, as scan reports mask it."""
    from codeleak.formatters.view import Redactor, chunk_key
    from codeleak.parse import parse

    sensitive = {s.path: [e for e in pipeline.entities_of(parse(s), settings) if e.sensitive]
                 for s in sources}
    near = [(chunk_key(c), e.value) for c in chunks for e in sensitive.get(c.path, ())
            if e.start_byte < c.end_byte and e.end_byte > c.start_byte]
    redactor = Redactor(False, (e.value for found in sensitive.values() for e in found), near)
    return [redactor.recovered_text(chunk_key(c), text) for c, text in zip(chunks, recovered)]
