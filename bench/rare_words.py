"""Recovery of rare words (in fewer than 10 training chunks) on a larger held-out sample than
`build_inverter.py --stage eval` uses, where rare comment words number a handful.

    python bench/rare_words.py [--lengths 16 32] [--files 40] [--per-length 3000]
        [--model codeleak/model] [--deep]

Chunks from up to --files source files (and a quarter as many text files; seed 2) of each
held-out package of bench/corpus_eval.txt (work-data/corpus/eval/, fetched by bench/corpus.py),
--per-length of them at each length (seeded); inverted as `codeleak eval` does (chunk vectors
fp32, the attack's own embeddings at the CPU's precision); says how many of them are among the
evaluation chunks of build_inverter.py. Reports, per length, the recovery of
rare identifier and comment words with their counts and a 95% Wilson interval, and how many of
those words are words the vocabulary probe or the heads can name at all.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()
CORPUS = ROOT / "work-data" / "corpus" / "eval"
RARE = ("unseen", "1-9")  # the rarity buckets below evaluate.RARE_BELOW training chunks


def package_chunks(package: Path, files: int, lengths: list[int]) -> list[dict[str, object]]:
    from build_inverter import pick_files

    from codeleak.evaluate import eval_chunks
    from codeleak.tokenizer import default_counter
    from codeleak.training.texts import parsed_files

    counter = default_counter()
    return [item.to_json()
            for parsed in parsed_files(pick_files(package, code=files, other=max(1, files // 4),
                                                  seed=2))
            for item in eval_chunks(parsed, counter, lengths)]


def wilson(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion."""
    if not total:
        return 0.0, 0.0
    p = hits / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def main(argv: list[str] | None = None) -> int:
    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.evaluate import RARE_BELOW, EvalChunk, evaluate
    from codeleak.inverters import get_inverter

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[16, 32])
    parser.add_argument("--files", type=int, default=40, help="source files per package")
    parser.add_argument("--per-length", type=int, default=3000)
    parser.add_argument("--model", type=Path, default=ROOT / "codeleak" / "model")
    parser.add_argument("--deep", action="store_true", help="the deep mode (slow)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is missing: fetch the corpora with python bench/corpus.py")
    started = time.time()
    packages = sorted(CORPUS.iterdir())
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for found in pool.map(package_chunks, packages, [args.files] * len(packages),
                                          [args.lengths] * len(packages)) for row in found]
    rng = random.Random(0)
    chunks = []
    for length in args.lengths:
        mine = list({str(r["text"]): r for r in rows if r["length"] == length}.values())
        rng.shuffle(mine)
        chunks += [EvalChunk.from_json(r) for r in mine[:args.per_length]]
    standard = ROOT / "work-data" / "build" / "eval_chunks.json"
    known = ({str(r["text"]) for r in json.loads(standard.read_text())}
             if standard.is_file() else set())
    print(f"{time.strftime('%Y-%m-%d %H:%M')} {len(packages)} held-out packages, "
          f"{len(chunks)} chunks ({time.time() - started:.0f} s to chunk; "
          f"{sum(c.text in known for c in chunks)} of them among the evaluation chunks of "
          f"build_inverter.py); model {args.model}{' deep' if args.deep else ''}", flush=True)
    embedder = get_embedder("minilm")
    inverter = get_inverter(str(args.model) + (":deep" if args.deep else ""), embedder)
    attack = embedder.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    results = evaluate(chunks, embedder, inverter, attack_embedder=attack)
    inverter._load()  # type: ignore[attr-defined]
    nameable = set(inverter._vocabulary.values())  # type: ignore[attr-defined]
    head, probe = inverter._word_head, inverter._probe  # type: ignore[attr-defined]
    nameable |= set(head.words) if head is not None else set()
    nameable |= set(probe.words) if probe is not None else set()
    counts = inverter.word_counts  # type: ignore[attr-defined]
    print("| tokens | chunks | word F1 | rare identifier words | recovered | 95% interval | "
          "nameable | rare comment words | recovered | 95% interval | nameable |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in results:
        cells = []
        mine = [c for c in chunks if c.length == row.length]
        for kind in ("identifier", "comment"):
            buckets = row.recovery_by_rarity or {}
            total = sum(int(buckets.get(b, {}).get(f"{kind}_words", 0)) for b in RARE)
            hits = round(sum(buckets.get(b, {}).get(kind, 0.0)
                             * buckets.get(b, {}).get(f"{kind}_words", 0) for b in RARE))
            low, high = wilson(hits, total)
            rare = [w for c in mine for w in set(getattr(c, f"{kind}_words"))
                    if counts.get(w, 0) < RARE_BELOW]
            cells += [str(total), f"{hits / max(total, 1):.3f}", f"{low:.2f}–{high:.2f}",
                      str(sum(w in nameable for w in rare))]
        print(f"| {row.length} | {row.chunks} | {row.word_f1:.3f} | " + " | ".join(cells) + " |")
    print(json.dumps({"date": time.strftime("%Y-%m-%d %H:%M"),
                      "seconds": round(time.time() - started)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
