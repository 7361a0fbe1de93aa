"""`codeleak baseline`: record current findings by fingerprint so later scans skip them."""
from __future__ import annotations

import argparse
import os
from dataclasses import replace

from codeleak import pipeline
from codeleak.baseline import baseline_json
from codeleak.commands._common import emit, settings_from, show_progress
from codeleak.errors import EXIT_OK
from codeleak.notes import note

DEFAULT_PATH = ".codeleak-baseline.json"


def run(args: argparse.Namespace) -> int:
    # A new baseline records every finding, those an old one accepts too: the old one is not
    # read (and need not exist yet where the config names it), but it is where the new one goes
    # unless --output says otherwise, so that the scans reading it find it.
    configured = settings_from(args, args.paths[0])
    settings = replace(configured, baseline="")
    sources = pipeline.load_sources(args.paths, settings)
    report = pipeline.scan(sources, settings, progress=show_progress(args))
    output = args.output or configured.baseline or DEFAULT_PATH
    emit(baseline_json(report.findings, report.repo_paths, report.repo_roots), output)
    shown = output if args.output else _from_here(output)
    note(f"wrote {len(report.findings)} fingerprints to {shown}")
    return EXIT_OK


def _from_here(path: str) -> str:
    """A path from the current folder (a config file's baseline is made absolute from its own)."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
