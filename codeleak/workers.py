"""Per-file work in forked worker processes, where a file that crashes its process (a tree-sitter
grammar bug in native code, which no Python code can catch) is skipped with a note instead of
ending the run.

work(batch, *args_of(batch)) returns the results of the batch's files, in order. A worker that
dies takes the pool down: every batch not yet returned is run again apart, in a process of its
own, halving down to the file that kills it.
"""
from __future__ import annotations

import faulthandler
import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from codeleak.files import printable
from codeleak.notes import skipped
from codeleak.records import SourceFile

R = TypeVar("R")
Batch = Sequence[SourceFile]
Work = Callable[..., list[R]]


def can_fork() -> bool:
    """Whether worker processes can be forked (spawned ones would re-run the caller's main
    module, so there is no isolation without fork)."""
    return "fork" in multiprocessing.get_all_start_methods()


def run(work: Work[R], batches: Sequence[Batch], jobs: int,
        args_of: Callable[[Batch], tuple[Any, ...]], *,
        start: Callable[..., None] | None = None, start_args: tuple[Any, ...] = (),
        done: Callable[[int], object] = lambda files: None) -> list[R]:
    """Every batch through work in a pool of jobs forked processes (each first runs
    start(*start_args), inherited, not pickled), results in batch order; done(files) after each
    batch."""
    from concurrent.futures.process import BrokenProcessPool

    if not batches:
        return []
    parts: list[list[R] | None] = [None] * len(batches)
    with _pool(max(1, min(jobs, len(batches))), start, start_args) as pool:
        futures = [pool.submit(work, batch, *args_of(batch)) for batch in batches]
        for k, future in enumerate(futures):
            try:
                parts[k] = future.result()
            except BrokenProcessPool:
                continue
            done(len(batches[k]))
    out: list[R] = []
    for batch, part in zip(batches, parts):
        if part is None:
            part = apart(work, batch, args_of, start=start, start_args=start_args)
            done(len(batch))
        out.extend(part)
    return out


def apart(work: Work[R], batch: Batch, args_of: Callable[[Batch], tuple[Any, ...]], *,
          start: Callable[..., None] | None = None,
          start_args: tuple[Any, ...] = ()) -> list[R]:
    """work on batch in a forked process of its own; when that process dies, each half again,
    down to the file that kills it, which is skipped with a note."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        with _pool(1, start, start_args) as pool:
            return pool.submit(work, batch, *args_of(batch)).result()  # type: ignore[no-any-return]
    except BrokenProcessPool:
        if len(batch) == 1:
            skipped(printable(batch[0].path),
                    f"its {batch[0].language} parser crashed (a tree-sitter grammar bug)")
            return []
        half = len(batch) // 2
        return (apart(work, batch[:half], args_of, start=start, start_args=start_args)
                + apart(work, batch[half:], args_of, start=start, start_args=start_args))


def _pool(jobs: int, start: Callable[..., None] | None, start_args: tuple[Any, ...]) -> Any:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_start, initargs=(start, start_args))


def _start(start: Callable[..., None] | None, start_args: tuple[Any, ...]) -> None:
    """A worker's start: no Python stack dump when a grammar crashes it (the parent says in one
    line which file was skipped), then the caller's own start."""
    faulthandler.disable()
    if start is not None:
        start(*start_args)
