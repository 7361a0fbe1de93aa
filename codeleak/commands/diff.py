"""`codeleak diff REV [REV2]`: judge entities on added lines, in the chunks they now sit in."""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from codeleak import files, languages, pipeline
from codeleak.commands._common import report_and_exit, settings_from, show_progress
from codeleak.config import Settings
from codeleak.notes import note
from codeleak.records import ScanReport, SourceFile

if TYPE_CHECKING:
    from codeleak.git import ChangedFile


def sources_of(changed: Sequence[ChangedFile], settings: Settings) -> list[SourceFile]:
    """The new versions of changed files, as text; others get a one-line note."""
    out = []
    for c in changed:
        path, content = c.path, c.content
        if len(content) > settings.max_file_bytes:
            note(f"skipped {path}: {len(content)} bytes is over the {settings.max_file_bytes}-byte limit")
            continue
        text = files.decode(content)
        if text is None:
            note(f"skipped {path}: binary or not UTF-8")
            continue
        text = text.replace("\r\n", "\n")
        out.append(SourceFile(path, languages.detect(path), text,
                              text.encode("utf-8", "surrogatepass"), root=c.root))
    return out


def scan_changes(repo: Path, rev: str, rev2: str | None, settings: Settings, *, staged: bool,
                 only: set[str] | None, progress: bool) -> ScanReport:
    from codeleak import git

    changed = git.changed_files(repo, rev, rev2, staged=staged)
    if only is not None:
        changed = [c for c in changed if c.path in only]
    sources = sources_of(changed, settings)
    added = {c.path: c.added_lines for c in changed}
    return pipeline.scan(sources, settings, added_lines=added, progress=progress)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.repo)
    report = scan_changes(Path(args.repo), args.rev, args.rev2, settings, staged=args.staged,
                          only=None, progress=show_progress(args))
    return report_and_exit(report, args, settings)
