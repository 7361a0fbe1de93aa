"""`codeleak diff REV [REV2]`: judge entities on added lines, in the chunks they now sit in."""
from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from codeleak import files, languages, pipeline
from codeleak.commands._common import report_and_exit, settings_from, show_progress
from codeleak.config import Settings
from codeleak.notes import skipped
from codeleak.records import ScanReport, SourceFile

if TYPE_CHECKING:
    from codeleak.git import ChangedFile


def shown_path(changed: ChangedFile, folder: Path) -> str:
    """A changed file's path as `scan FOLDER` shows it: from the current folder where the file
    lies under it, else through FOLDER (SourceFile.path)."""
    inside = os.path.relpath(Path(changed.root, changed.path), os.path.realpath(folder))
    return files.display_path(folder / inside)


def sources_of(changed: Sequence[ChangedFile], settings: Settings,
               folder: Path = Path(".")) -> list[SourceFile]:
    """The new versions of changed files with lines added, as text, shown as from `folder`
    (shown_path) and minus the configured excludes, as `scan` reads them; files that cannot be
    read as text get a one-line note."""
    out = []
    for c in changed:
        if not c.added_lines:  # a rename without edits: nothing new to judge
            continue
        source = _source_of(c, shown_path(c, folder), settings)
        if source is not None and not any(pipeline.excluded(source, pattern)
                                          for pattern in settings.excludes):
            out.append(source)
    return out


def _source_of(changed: ChangedFile, shown: str, settings: Settings) -> SourceFile | None:
    content = changed.content
    if len(content) > settings.max_file_bytes:
        skipped(shown, f"{len(content)} bytes is over the {settings.max_file_bytes}-byte limit")
        return None
    text = files.decode(content)
    if text is None:
        skipped(shown, "binary or not UTF-8")
        return None
    text = text.replace("\r\n", "\n")
    return SourceFile(shown, languages.detect(changed.path), text,
                      text.encode("utf-8", "surrogatepass"), files.printable(changed.path),
                      changed.root)


def added_lines_of(changed: Sequence[ChangedFile], folder: Path = Path(".")
                   ) -> dict[str, frozenset[int]]:
    """Each changed file's added lines, by the path sources_of shows it under."""
    return {shown_path(c, folder): c.added_lines for c in changed}


def scan_changes(repo: Path, rev: str, rev2: str | None, settings: Settings, *, staged: bool,
                 only: set[str] | None, progress: bool) -> ScanReport:
    from codeleak import git

    changed = git.changed_files(repo, rev, rev2, staged=staged)
    if only is not None:
        changed = [c for c in changed if c.path in only]
    return pipeline.scan(sources_of(changed, settings, repo), settings,
                         added_lines=added_lines_of(changed, repo), progress=progress)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.repo)
    report = scan_changes(Path(args.repo), args.rev, args.rev2, settings, staged=args.staged,
                          only=None, progress=show_progress(args))
    return report_and_exit(report, args, settings)
