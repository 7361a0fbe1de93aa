"""Does the default mode's batch size (builtin.BATCH) change what is recovered, and its time?

    python bench/invert_batch.py [--batches 128 256 512] [--model codeleak/model]

Inverts every evaluation chunk of bench/build_inverter.py (work-data/build/), all lengths, once
per batch size, in the file's order and again shuffled (seed 1), with the CLI's process settings
and bf16 re-embedding checks as a scan makes them; prints the seconds of each pass and how many
recovered texts differ from the first batch size's.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()


def main(argv: list[str] | None = None) -> int:
    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.inverters import builtin, get_inverter

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="+", default=[128, 256, 512])
    parser.add_argument("--model", default="builtin")
    args = parser.parse_args(argv)
    rows = json.loads((ROOT / "work-data" / "build" / "eval_chunks.json").read_text())
    embedder = get_embedder("minilm")
    attack = embedder.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    inverter = get_inverter(args.model, embedder)
    for order in ("in order", "shuffled"):
        texts = [r["text"] for r in rows]
        if order == "shuffled":
            random.Random(1).shuffle(texts)
        vectors = embedder.embed(texts, batch_size=64)
        found: dict[int, list[str]] = {}
        for batch in args.batches:
            builtin.BATCH = batch
            started = time.perf_counter()
            found[batch] = inverter.invert(vectors, attack)
            seconds = time.perf_counter() - started
            first = found[args.batches[0]]
            differ = sum(a != b for a, b in zip(first, found[batch]))
            print(f"{order}, batch {batch}: {len(texts)} chunks in {seconds:.1f} s, "
                  f"{differ} recovered texts differ from batch {args.batches[0]}'s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
