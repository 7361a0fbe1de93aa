"""`codeleak baseline`: record current findings by fingerprint so later scans skip them."""
from __future__ import annotations

import argparse
from dataclasses import replace

from codeleak import pipeline
from codeleak.baseline import baseline_json
from codeleak.commands._common import emit, settings_from, show_progress
from codeleak.errors import EXIT_OK
from codeleak.notes import note

DEFAULT_PATH = ".codeleak-baseline.json"


def run(args: argparse.Namespace) -> int:
    # A new baseline records every finding, those an old one accepts too: the old one is not
    # read (and need not exist yet where the config names it).
    settings = replace(settings_from(args, args.paths[0]), baseline="")
    sources = pipeline.load_sources(args.paths, settings)
    report = pipeline.scan(sources, settings, progress=show_progress(args))
    output = args.output or DEFAULT_PATH
    emit(baseline_json(report.findings, report.repo_paths), output)
    note(f"wrote {len(report.findings)} fingerprints to {output}")
    return EXIT_OK
