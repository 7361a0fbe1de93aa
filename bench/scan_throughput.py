"""Scan throughput against the embedder's own encode throughput, and the scan's peak memory.

Runs a full `scan` (cache off; models load inside it, as in real use: the first embed and
invert stages include loading them) over a real repository with each stage timed and its
peak memory read (the main process's peak, or its size during parsing plus the worker
processes' peak each, whichever is larger), then, side by side in the same process, the embedder's own
encode (sentence-transformers `encode`, fp32, as a RAG pipeline runs it) on
  1. the chunks the scan embedded (codeleak embeds only chunks holding a sensitive entity), and
  2. every chunk the repository splits into (the issue's floor: a RAG index embeds them all),
     timed on a seeded sample of --floor-sample of them and scaled by their token count.

    python bench/scan_throughput.py PATH [--chunk-tokens 256] [--inverter builtin]
"""
from __future__ import annotations

import argparse
import functools
import random
import resource
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()  # the process settings the CLI runs with

from codeleak import pipeline, verdict  # noqa: E402
from codeleak.config import Settings  # noqa: E402
from codeleak.engines.local import LocalEngine  # noqa: E402
from codeleak.parse import parse  # noqa: E402

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
    parser.add_argument("--precision", default="auto", choices=("auto", "fp32", "bf16"))
    parser.add_argument("--floor-sample", type=float, default=0.1,
                        help="share of all chunks the whole-repository floor is timed on")
    args = parser.parse_args()
    settings = replace(Settings(), chunk_tokens=args.chunk_tokens, inverter=args.inverter,
                       cache=False, precision=args.precision)

    start = time.perf_counter()
    sources = pipeline.load_sources([args.path], settings)
    STAGES["read files"] = time.perf_counter() - start
    timed(pipeline, "analyse_all", "parse+extract+classify+chunk")
    timed(pipeline, "embed_chunks", "embed chunks")
    timed(pipeline, "invert_chunks", "invert")
    timed(verdict, "confirm", "confirmation attack")
    embedded: list[list[str]] = []
    original_embed = pipeline.embed_chunks

    def remember(chunks: Any, *a: Any, **k: Any) -> Any:
        embedded.append([c.text for c in chunks])
        return original_embed(chunks, *a, **k)

    pipeline.embed_chunks = remember  # type: ignore[assignment]
    parsing_peak: list[float] = []
    original_judge = pipeline.judge_analyses

    def after_parsing(*a: Any, **k: Any) -> Any:
        jobs = pipeline.analysis_jobs(settings, sources)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        parsing_peak.append(_peak_mb() + (jobs * children if jobs > 1 else 0))
        return original_judge(*a, **k)

    pipeline.judge_analyses = after_parsing  # type: ignore[assignment]
    engine = LocalEngine()
    started = time.perf_counter()
    report = engine.scan(sources, settings, progress=False)
    scan_seconds = time.perf_counter() - started
    texts = [t for group in embedded for t in group]
    if not texts:
        raise SystemExit(f"nothing was embedded: {report.sensitive} sensitive entities in "
                         f"{report.files} files")

    main_peak = _peak_mb()
    peak_mb = max(main_peak, *parsing_peak)
    models = engine._models
    assert models is not None
    stages = dict(STAGES)

    from sentence_transformers import SentenceTransformer

    from codeleak.embedders import minilm_folder

    own = SentenceTransformer(str(minilm_folder()), device="cpu")
    own.encode(["warm up"])
    started = time.perf_counter()
    own.encode(texts, batch_size=32)
    embed_seconds = time.perf_counter() - started

    counter = models.embedder.counter()
    every = [c for s in sources for c in pipeline.chunks_of(parse(s), counter, args.chunk_tokens)]
    rng = random.Random(0)
    sample = rng.sample(every, max(1, int(len(every) * args.floor_sample)))
    started = time.perf_counter()
    own.encode([c.text for c in sample], batch_size=32)
    sample_seconds = time.perf_counter() - started
    floor_seconds = sample_seconds * sum(c.tokens for c in every) / sum(c.tokens for c in sample)

    print(f"{len(sources)} files, {report.chunks} chunks judged, {report.entities} entities, "
          f"{report.sensitive} sensitive, {report.leaked} leaked, control "
          f"{report.control_leak_rate:.3f}, precision {settings.precision}, parse processes "
          f"{pipeline.analysis_jobs(settings, sources)}")
    print(f"scan (model loading included): {scan_seconds:.1f} s")
    print(f"embedder's own encode, the {len(texts)} chunks the scan embedded: "
          f"{embed_seconds:.1f} s -> ratio {embed_seconds / scan_seconds:.2f}")
    print(f"embedder's own encode, all {len(every)} chunks of the tree (timed on {len(sample)}, "
          f"scaled by tokens): {floor_seconds:.1f} s -> ratio {floor_seconds / scan_seconds:.2f}")
    print(f"scan peak memory (before the baselines load; parse workers included): {peak_mb:.0f} MB "
          f"(main process {main_peak:.0f} MB; while parsing, main + workers' peaks "
          f"{max(parsing_peak, default=0):.0f} MB, counting pages they share with main twice)")
    print("stages (s):")
    for stage, seconds in stages.items():
        print(f"  {stage:<32} {seconds:8.1f}")


def _peak_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
