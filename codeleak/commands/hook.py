"""`codeleak hook FILE...`: the pre-commit entry point.

In a git repository only lines added since HEAD (or between PRE_COMMIT_FROM_REF and
PRE_COMMIT_TO_REF on pre-push) are judged, so old findings elsewhere in a touched file do not
block every commit. A passed file with nothing added (`pre-commit run --all-files`, a file
already committed) and every file outside git are judged whole.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from codeleak import files, pipeline
from codeleak.commands._common import report_and_exit, settings_from, show_progress
from codeleak.commands.diff import sources_of
from codeleak.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, ".")
    if not args.paths:
        return EXIT_OK
    progress = show_progress(args)
    only = {files.display_path(Path(p)) for p in args.paths}
    if files.git_root(Path.cwd()) is None:
        sources = pipeline.load_sources(args.paths, settings)
        return report_and_exit(pipeline.scan(sources, settings, progress=progress), args, settings)
    from codeleak import git

    refs = git.refs_from_env()
    rev, rev2, staged = (refs[0], refs[1], False) if refs else ("HEAD", None, True)
    changed = [c for c in git.changed_files(Path("."), rev, rev2, staged=staged)
               if c.path in only]
    sources = sources_of(changed, settings)
    added = {c.path: c.added_lines for c in changed}
    # Files passed without changes (`pre-commit run --all-files`, a new branch) are judged whole.
    sources += pipeline.load_sources(sorted(only - set(added)), settings)
    report = pipeline.scan(sources, settings, added_lines=added, progress=progress)
    return report_and_exit(report, args, settings)
