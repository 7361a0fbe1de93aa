"""Inversion throughput, embedding included, and whether bf16 re-embedding checks change what is recovered.

    python bench/invert_speed.py [--length 32] [--chunks 512] [--model codeleak/model] [--repeat 5]

The default mode is timed --repeat times (the machine's speed wanders by several percent from
one pass to the next); the median is reported, with every pass.

Uses the held-out evaluation chunks written by bench/build_inverter.py (work-data/build/).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()  # the process settings `codeleak invert` runs with
BUILD = ROOT / "work-data" / "build"


def main(argv: list[str] | None = None) -> int:
    from codeleak.embedders import get_embedder
    from codeleak.evaluate import words
    from codeleak.inverters import get_inverter

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=32)
    parser.add_argument("--chunks", type=int, default=512)
    parser.add_argument("--deep-chunks", type=int, default=128)
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed passes of the default mode (the median is reported)")
    parser.add_argument("--model", default=str(ROOT / "codeleak" / "model"))
    args = parser.parse_args(argv)
    rows = json.loads((BUILD / "eval_chunks.json").read_text())
    texts = [r["text"] for r in rows if r["length"] == args.length]
    while len(texts) < args.chunks:
        texts = texts + texts
    texts = texts[: args.chunks]
    fp32 = get_embedder("minilm")
    bf16 = get_embedder("minilm", precision="bf16")
    fp32.embed(texts[:8])
    bf16.embed(texts[:8])
    results: dict[str, object] = {"date": time.strftime("%Y-%m-%d"), "length": args.length,
                                  "chunks": len(texts)}
    for label, embedder in (("fp32", fp32), ("bf16", bf16)):
        start = time.perf_counter()
        vectors = embedder.embed(texts)
        results[f"embed_{label}_chunks_per_s"] = round(len(texts) / (time.perf_counter() - start), 1)
        results[f"vectors_{label}"] = vectors
    cosine = (results["vectors_fp32"] * results["vectors_bf16"]).sum(1)  # type: ignore[operator]
    results["bf16_cosine_min"] = round(float(cosine.min()), 6)
    # As `invert` and `scan` run: chunk vectors in fp32, the inverter's re-embedding checks at the
    # attack's precision (bf16 where the CPU has it); and everything in fp32 for comparison.
    from codeleak.embedders import resolve_precision

    attack = fp32.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    results["attack_precision"] = attack.precision
    inverter = get_inverter(args.model, fp32)
    inverter.invert(results["vectors_fp32"][:8], fp32)  # type: ignore[index]
    for label, checks in (("fp32", fp32), ("default", attack)):
        rates = []
        for _ in range(args.repeat if label == "default" else 1):
            start = time.perf_counter()
            recovered = inverter.invert(fp32.embed(texts), checks)
            rates.append(round(len(texts) / (time.perf_counter() - start), 1))
        results[f"invert_{label}_chunks_per_s"] = statistics.median(rates)
        if len(rates) > 1:
            results[f"invert_{label}_runs"] = rates
        results[f"recovered_{label}"] = recovered
    same = [set(words(a)) == set(words(b)) for a, b in
            zip(results["recovered_fp32"], results["recovered_default"])]  # type: ignore[call-overload]
    results["default_same_recovered_words_as_fp32"] = round(sum(same) / len(same), 4)
    deep = get_inverter(args.model + ":deep", fp32)
    few = texts[: args.deep_chunks]
    start = time.perf_counter()
    deep.invert(fp32.embed(few), attack)
    results["deep_chunks_per_s"] = round(len(few) / (time.perf_counter() - start), 2)
    for key in ("vectors_fp32", "vectors_bf16", "recovered_fp32", "recovered_default"):
        results.pop(key)
    print(json.dumps(results))
    (BUILD / f"speed-{args.length}.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
