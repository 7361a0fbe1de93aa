"""Choosing WIDE_BAG: the default mode's third candidate at several fractions of the threshold.

    python bench/wide_bag_sweep.py [--lengths 64,128] [--fractions 0.4,0.5,0.6,0.7,0.8]

Evaluates the default inverter on the held-out chunks of the given lengths
(work-data/build/eval_chunks.json) with no third candidate and with the third candidate given
to every chunk at each fraction; prints word F1, identifier and comment-word recovery per length
and F1 pooled over the chunks. The fraction was chosen on 64/128-token chunks so that the
16/32-token rows of `codeleak eval` test it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()


def main() -> None:
    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.evaluate import EvalChunk, evaluate
    from codeleak.inverters import builtin, get_inverter

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="64,128")
    parser.add_argument("--fractions", default="0.4,0.5,0.6,0.7,0.8")
    args = parser.parse_args()
    lengths = {int(n) for n in args.lengths.split(",")}
    rows = json.loads((ROOT / "work-data" / "build" / "eval_chunks.json").read_text())
    chunks = [c for c in map(EvalChunk.from_json, rows) if c.length in lengths]
    embedder = get_embedder("minilm")
    attack = embedder.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    for fraction in [None, *(float(f) for f in args.fractions.split(","))]:
        # None: no third candidate (a fraction of 1 adds no word beyond the threshold's).
        builtin.WIDE_BAG = fraction if fraction is not None else 1.0  # type: ignore[attr-defined]
        builtin.WIDE_BAG_MAX_BUCKET = 99  # type: ignore[attr-defined]
        results = evaluate(chunks, embedder, get_inverter("builtin", embedder), progress=False,
                           attack_embedder=attack)
        pooled = sum(r.word_f1 * r.chunks for r in results) / sum(r.chunks for r in results)
        print(json.dumps({"fraction": fraction, "pooled_f1": round(pooled, 4),
                          "by_length": [[r.length, round(r.word_f1, 4),
                                         round(r.identifier_recovery, 4),
                                         round(r.comment_word_recovery, 4)] for r in results]}))


if __name__ == "__main__":
    main()
