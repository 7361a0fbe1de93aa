"""`codeleak train`: train an inverter for an embedder on a corpus of source files."""
from __future__ import annotations

import argparse
from pathlib import Path

from codeleak import pipeline
from codeleak.commands._common import settings_from, show_progress
from codeleak.config import Settings
from codeleak.errors import EXIT_OK, FatalError
from codeleak.notes import note


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args, args.paths[0])
    if args.max_steps is not None and args.max_steps < 1:
        raise FatalError("--max-steps must be at least 1")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise FatalError(f"--out {out} exists and is not a folder")
    made = not out.exists()
    try:  # before training, not after it: a folder that cannot be made fails in a second
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise FatalError(f"--out {out}: cannot create the folder ({exc.strerror or exc})") from exc
    try:
        return _train(args, settings, out)
    finally:
        if made and out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a run that failed or was stopped leaves no empty folder behind


def _train(args: argparse.Namespace, settings: Settings, out: Path) -> int:
    from codeleak.training import train, training_texts

    models = pipeline.Models(settings)
    by_length = training_texts(args.paths, models.embedder.counter())
    texts = [t for group in by_length.values() for t in group]
    if not texts:
        raise FatalError("no training text: the paths hold no readable source files")
    note(f"training a {args.size} {args.backend} inverter for {models.embedder.name} "
         f"on {len(texts)} chunks")
    folder = train(texts, models.embedder, out, backend=args.backend, size=args.size,
                   max_steps=args.max_steps, device=settings.device,
                   progress=show_progress(args))
    _owner_only(folder)
    note(f"wrote {folder}; use it with --inverter {folder}")
    return EXIT_OK


def _owner_only(folder: Path) -> None:
    """An inverter's files hold the training code's words (its word counts, pieces and probe
    words in clear): readable by their owner only, as the cache is."""
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o700 if path.is_dir() else 0o600)
