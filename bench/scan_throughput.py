"""Scan throughput against the embedder's own encode throughput on the same chunks.

Runs a full `scan` (cache off) over a real repository with each stage timed, then embeds the
very chunks the scan embedded with the bare embedder, side by side in one process, and reports
the ratio and peak memory (max RSS).

    python bench/scan_throughput.py PATH [--chunk-tokens 256] [--inverter builtin]
"""
from __future__ import annotations

import argparse
import functools
import os
import resource
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from codeleak import pipeline, verdict  # noqa: E402
from codeleak.config import Settings  # noqa: E402
from codeleak.engines.local import LocalEngine  # noqa: E402

STAGES: dict[str, float] = defaultdict(float)


def timed(owner: Any, name: str, stage: str) -> Callable[..., Any]:
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            STAGES[stage] += time.perf_counter() - start

    setattr(owner, name, wrapper)
    return original


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--chunk-tokens", type=int, default=256)
    parser.add_argument("--inverter", default="builtin")
    args = parser.parse_args()
    settings = replace(Settings(), chunk_tokens=args.chunk_tokens, inverter=args.inverter,
                       cache=False)

    start = time.perf_counter()
    sources = pipeline.load_sources([args.path], settings)
    STAGES["read files"] = time.perf_counter() - start
    timed(pipeline, "analyse", "parse+extract+classify+chunk")
    timed(pipeline, "embed_chunks", "embed chunks")
    timed(pipeline, "invert_chunks", "invert")
    timed(verdict, "confirm", "confirmation attack")
    embedded: list[list[str]] = []
    original_embed = pipeline.embed_chunks

    def remember(chunks: Any, *a: Any, **k: Any) -> Any:
        embedded.append([c.text for c in chunks])
        return original_embed(chunks, *a, **k)

    pipeline.embed_chunks = remember  # type: ignore[assignment]
    engine = LocalEngine()
    models = pipeline.Models(settings)
    models.embedder.embed(["warm up"])  # model load is not throughput
    engine._models = models
    started = time.perf_counter()
    report = engine.scan(sources, settings, progress=False)
    scan_seconds = time.perf_counter() - started
    texts = [t for group in embedded for t in group]
    if not texts:
        raise SystemExit(f"nothing was embedded: {report.sensitive} sensitive entities in "
                         f"{report.files} files")

    started = time.perf_counter()
    models.embedder.embed(texts)
    embed_seconds = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(sources)} files, {report.chunks} chunks judged, {report.entities} entities, "
          f"{report.sensitive} sensitive, {report.leaked} leaked, control "
          f"{report.control_leak_rate:.3f}")
    print(f"scan (models loaded): {scan_seconds:.1f} s = {len(texts) / scan_seconds:.1f} chunks/s")
    print(f"bare embedder on the same {len(texts)} chunks: {embed_seconds:.1f} s = "
          f"{len(texts) / embed_seconds:.1f} chunks/s")
    print(f"ratio (scan throughput / embedder throughput): {embed_seconds / scan_seconds:.2f}")
    print(f"peak memory (max RSS): {rss_mb:.0f} MB")
    print("stages (s):")
    for stage, seconds in STAGES.items():
        print(f"  {stage:<32} {seconds:8.1f}")


if __name__ == "__main__":
    main()
