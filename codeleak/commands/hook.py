"""`codeleak hook FILE...`: the pre-commit entry point.

In a git repository only lines added since HEAD (or between PRE_COMMIT_FROM_REF and
PRE_COMMIT_TO_REF on pre-push) are judged, so old findings elsewhere in a touched file do not
block every commit. Outside git, or before the first commit, whole files are judged.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from codeleak import files, pipeline
from codeleak.commands._common import settings_from, show_progress
from codeleak.commands.diff import report_and_exit, scan_changes
from codeleak.errors import EXIT_OK


def _has_head(repo: Path) -> bool:
    import subprocess

    out = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "-q", "HEAD"],
                         capture_output=True, check=False)
    return out.returncode == 0


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, ".")
    if not args.paths:
        return EXIT_OK
    progress = show_progress(args)
    only = {files.display_path(Path(p)) for p in args.paths}
    from codeleak import git

    refs = git.refs_from_env()
    in_git = files.git_root(Path.cwd()) is not None
    if refs is not None:
        report = scan_changes(Path("."), refs[0], refs[1], settings, staged=False, only=only,
                              progress=progress)
    elif in_git and _has_head(Path(".")):
        report = scan_changes(Path("."), "HEAD", None, settings, staged=True, only=only,
                              progress=progress)
    else:
        sources = pipeline.load_sources(args.paths, settings)
        report = pipeline.scan(sources, settings, progress=progress)
    return report_and_exit(report, args, settings)
