"""`codeleak scan`: whole files and folders, the AppSec triage command."""
from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from codeleak import pipeline
from codeleak.commands._common import (
    parse_sizes,
    report_and_exit,
    settings_from,
    show_progress,
)
from codeleak.config import Settings
from codeleak.errors import FatalError
from codeleak.notes import warn
from codeleak.records import ScanReport, SourceFile


def recommend(report: ScanReport) -> str:
    """A sentence on the chunk size to use, from the sweep."""
    points = sorted(report.sweep, key=lambda p: p.chunk_tokens)
    if len(points) < 2 or not any(p.sensitive for p in points):
        return ""  # one size: nothing to compare it with
    safest = min(points, key=lambda p: (p.leak_rate, -p.chunk_tokens))
    worst = max(points, key=lambda p: p.leak_rate)
    if worst.leak_rate == 0:
        return ("no sensitive entity leaks through inversion at any size tried; a guess list "
                "(the confirmation attack) may still confirm values, so vault what is secret.")
    return (f"{worst.leak_rate:.0%} of sensitive entities leak at {worst.chunk_tokens} tokens, "
            f"{safest.leak_rate:.0%} at {safest.chunk_tokens}: prefer chunks of "
            f"{safest.chunk_tokens} tokens or more, and remove or vault the leaking values "
            "before indexing — larger chunks hide values from inversion, not from a guess list.")


def repository_paths(args: argparse.Namespace) -> list[str]:
    """The paths given, then those listed in --repos-from (blank lines and # comments skipped,
    relative paths taken from the list's folder, missing ones skipped with a warning);
    default '.'."""
    paths = list(args.paths or [])
    if args.repos_from:
        listing = Path(args.repos_from)
        try:
            lines = listing.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise FatalError(f"cannot read {listing}: {getattr(exc, 'strerror', None) or exc}"
                             ) from None
        for line in lines:
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            path = entry if Path(entry).is_absolute() else str(listing.parent / entry)
            if Path(path).exists():
                paths.append(path)
            else:
                warn(f"skipped repository {path}: no such folder")
        if not paths:
            raise FatalError(f"{listing} lists no repositories")
    return paths or ["."]


def load_repositories(paths: list[str], settings: Settings
                      ) -> tuple[list[SourceFile], dict[str, list[str]]]:
    """Sources of every path, each file once, and which path (repository) each came from."""
    sources: dict[str, SourceFile] = {}
    repositories: dict[str, list[str]] = {}
    for path in paths:
        shown = repositories.setdefault(path, [])
        for source in pipeline.load_sources([path], settings):
            if source.path not in sources:
                sources[source.path] = source
                shown.append(source.path)
    return list(sources.values()), repositories


def run(args: argparse.Namespace) -> int:
    from codeleak.engines import get_engine

    paths = repository_paths(args)
    settings = settings_from(args, paths[0])
    sources, repositories = load_repositories(paths, settings)
    shown = repositories if len(paths) > 1 else None
    progress = show_progress(args)
    engine = get_engine(args.engine, args.address, args.workers)
    try:
        if args.sweep is not None:
            if getattr(args, "chunk_tokens", None) is not None:
                warn("--chunk-tokens is ignored with --sweep: each size of the sweep is scanned")
            reports = [engine.scan(sources, replace(settings, chunk_tokens=size),
                                   progress=progress, repositories=shown)
                       for size in parse_sizes(args.sweep)]
            # findings and exit code: the first size given; the table: smallest size first
            points = tuple(sorted((pipeline.sweep_point(r) for r in reports),
                                  key=lambda p: p.chunk_tokens))
            report = replace(reports[0], sweep=points)
            report = replace(report, recommendation=recommend(report))
        else:
            report = engine.scan(sources, settings, progress=progress, repositories=shown)
    finally:
        engine.close()
    return report_and_exit(report, args, settings)
