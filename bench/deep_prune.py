"""Deep mode's last round (BuiltinInverter._prune): the gain a token's absence must bring to be
dropped, swept on held-out training chunks, and deep mode with and without the round.

    python bench/deep_prune.py [--build work-data/build-l] [--per-length 150]
        [--lengths 16 32 64] [--gains 0.0 0.002 0.004 0.01] [--eval]

Chunks: by default the rows that `codeleak train` held out of the shipped model's training
texts (the gpu preset's build, `--build`), texts its decoder never trained on but from the
training packages: the setting is chosen on them. --eval takes the held-out packages' evaluation
chunks of bench/build_inverter.py (work-data/build/) instead, to test the choice. For each
length: deep mode's texts before the round, then the round at every gain on every chunk
(re-embedding each variant, as the inverter does; the inverter itself prunes only chunks of at
most 96 predicted pieces, PRUNE_MAX_BUCKET, because longer ones lost F1 here), scored with
codeleak.evaluate: F1, identifiers, recall - control and tokens dropped per chunk.
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
    import numpy as np

    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.evaluate import EvalChunk, score
    from codeleak.inverters import builtin
    from codeleak.inverters.builtin import DEEP_BATCH, BuiltinInverter, _unit
    from codeleak.training.builtin import split_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=ROOT / "work-data" / "build-l")
    parser.add_argument("--model", type=Path, default=ROOT / "codeleak" / "model")
    parser.add_argument("--per-length", type=int, default=150)
    parser.add_argument("--lengths", type=int, nargs="+", default=[16, 32, 64])
    parser.add_argument("--gains", type=float, nargs="+", default=[0.0, 0.002, 0.004, 0.01])
    parser.add_argument("--eval", action="store_true",
                        help="the evaluation chunks of the held-out packages instead")
    args = parser.parse_args(argv)

    if args.eval:
        rows = json.loads((ROOT / "work-data" / "build" / "eval_chunks.json").read_text())
        chunks = [EvalChunk.from_json(r) for r in rows]
    else:
        data = json.loads((args.build / "train_texts.json").read_text())
        length: dict[str, int] = {}
        for n in sorted(int(k) for k in data):
            for text in data[str(n)]:
                length.setdefault(text, n)
        # what `codeleak train` holds out (train_builtin: dedupe, then split_rows, seed 0)
        texts = list(dict.fromkeys(t for n in sorted(int(k) for k in data)
                                   for t in data[str(n)] if t.strip()))
        held_out, _ = split_rows(len(texts), random.Random(0))
        chunks = [EvalChunk(texts[i], length[texts[i]]) for i in held_out]
    embedder = get_embedder("minilm")
    attack = embedder.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    inverter = BuiltinInverter(args.model, embedder, deep=True)
    print(f"{'eval' if args.eval else 'held-out training'} chunks, deep mode, {args.model}")
    for n in args.lengths:
        bucket = [c for c in chunks if c.length == n][:args.per_length]
        started = time.time()
        vectors = np.asarray(embedder.embed([c.text for c in bucket], batch_size=64),
                             dtype=np.float32)
        texts, kept, goals = [], [], []
        for start in range(0, len(vectors), DEEP_BATCH):
            target = vectors[start:start + DEEP_BATCH]
            found, probed = inverter.probed(target, attack)
            texts += found
            kept += probed
            goals.append(_unit(target))
        goal = np.concatenate(goals)
        seconds = time.time() - started
        before = score(bucket, texts)
        print(f"{n} tokens, {len(bucket)} chunks: before the round F1 {before.word_f1:.4f}, "
              f"identifiers {before.identifier_recovery:.3f}, recall - control "
              f"{before.word_recall - before.control_word_recall:.3f} ({seconds:.0f} s)",
              flush=True)
        for gain in args.gains:
            builtin.PRUNE_GAIN = gain
            started = time.time()
            pruned = BuiltinInverter._prune(texts, kept, goal, attack)
            seconds = time.time() - started
            after = score(bucket, pruned)
            dropped = sum(len(a.split()) - len(b.split()) for a, b in zip(texts, pruned))
            print(f"  gain > {gain}: F1 {after.word_f1:.4f}, identifiers "
                  f"{after.identifier_recovery:.3f}, recall - control "
                  f"{after.word_recall - after.control_word_recall:.3f}, tokens dropped "
                  f"{dropped / max(len(bucket), 1):.2f} a chunk ({seconds:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
