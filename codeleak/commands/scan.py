"""`codeleak scan`: whole files and folders, the AppSec triage command."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from codeleak import pipeline
from codeleak.commands._common import emit, exit_code, parse_sizes, settings_from, show_progress
from codeleak.records import ScanReport


def recommend(report: ScanReport) -> str:
    """A sentence on the chunk size to use, from the sweep."""
    points = sorted(report.sweep, key=lambda p: p.chunk_tokens)
    if not points or not any(p.sensitive for p in points):
        return ""
    safest = min(points, key=lambda p: (p.leak_rate, -p.chunk_tokens))
    worst = max(points, key=lambda p: p.leak_rate)
    return (f"{worst.leak_rate:.0%} of sensitive entities leak at {worst.chunk_tokens} tokens, "
            f"{safest.leak_rate:.0%} at {safest.chunk_tokens}: prefer chunks of "
            f"{safest.chunk_tokens} tokens or more, and remove or vault the leaking values "
            "before indexing — larger chunks hide values from inversion, not from a guess list.")


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    sources = pipeline.load_sources(args.paths, settings)
    progress = show_progress(args)
    models = pipeline.Models(settings)
    if args.sweep:
        reports = []
        for size in parse_sizes(args.sweep):
            sized = replace(settings, chunk_tokens=size)
            models.settings = sized
            reports.append(pipeline.scan(sources, sized, progress=progress, models=models))
        points = tuple(pipeline.sweep_point(r) for r in reports)
        report = replace(reports[0], sweep=points)
        report = replace(report, recommendation=recommend(report))
    else:
        report = pipeline.scan(sources, settings, progress=progress, models=models)
    from codeleak.formatters import format_report

    fmt = args.format or "text"
    color = fmt == "text" and not args.output and sys.stdout.isatty()
    emit(format_report(report, fmt, color=color), args.output)
    return exit_code([f.severity for f in report.findings if not f.suppressed], settings.fail_on)
