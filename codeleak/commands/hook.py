"""`codeleak hook FILE...`: the pre-commit entry point.

In a git repository only lines added since HEAD (or between PRE_COMMIT_FROM_REF and
PRE_COMMIT_TO_REF on pre-push) are judged, so old findings elsewhere in a touched file do not
block every commit; a file only renamed has nothing added, so nothing in it is judged. A passed
file with no change at all (`pre-commit run --all-files`, a file already committed) and every
file outside git are judged whole. The configured excludes apply to both, as in `scan`.
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from codeleak import files, pipeline
from codeleak.commands._common import report_and_exit, settings_from, show_progress
from codeleak.commands.diff import added_lines_of, sources_of
from codeleak.config import Settings
from codeleak.errors import EXIT_OK
from codeleak.records import SourceFile


def hook_sources(paths: Sequence[str], settings: Settings
                 ) -> tuple[list[SourceFile], dict[str, frozenset[int]]]:
    """The passed files to judge in a git repository, and the lines added in those with a
    change (staged, or in the pushed range); files with no change are judged whole."""
    from codeleak import git

    refs = git.refs_from_env()
    rev, rev2, staged = (refs[0], refs[1], False) if refs else ("HEAD", None, True)
    changed = git.changed_files(Path("."), rev, rev2, staged=staged, only=paths)
    added = added_lines_of(changed)
    # Files passed without changes (`pre-commit run --all-files`, a new branch) are judged whole.
    unchanged = [p for p in paths if files.display_path(Path(p)) not in added]
    return sources_of(changed, settings) + pipeline.load_sources(unchanged, settings), added


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, ".")
    if not args.paths:
        return EXIT_OK
    progress = show_progress(args)
    if files.git_root(Path.cwd()) is None:
        sources = pipeline.load_sources(args.paths, settings)
        return report_and_exit(pipeline.scan(sources, settings, progress=progress), args, settings)
    sources, added = hook_sources(args.paths, settings)
    report = pipeline.scan(sources, settings, added_lines=added, progress=progress)
    return report_and_exit(report, args, settings)
