"""`codeleak entities`: extraction and classification only."""
from __future__ import annotations

import argparse

from codeleak import listing, pipeline
from codeleak.commands._common import emit, settings_from
from codeleak.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    sources = pipeline.load_sources(args.paths, settings)
    entities = pipeline.all_entities(sources, settings)
    if args.format == "json":
        emit(listing.entities_json(entities, settings.show_values), args.output)
    else:
        emit(listing.entities_text(entities, settings.show_values, all_kinds=False), args.output)
    return EXIT_OK
