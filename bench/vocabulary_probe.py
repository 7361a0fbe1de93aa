"""The vocabulary probe's settings: how many words to try per chunk (TOP), the score a word needs
to be tried (SCORE_MIN) and the cosine it must add to be kept (GAIN), swept on held-out chunks.

    python bench/vocabulary_probe.py [--lengths 64 128 32 16] [--model codeleak/model]
        [--word-table MIN] [--setting TOP:SCORE_MIN:GAIN]

For each length: the default mode's recovered texts without the probe, then every setting of the
grid applied to them (one re-embedding per tried word, as the inverter does), scored with
codeleak.evaluate (F1, rare identifier / comment words, recall - control, tried words per
chunk), how often the best-scoring word is a word of the chunk, and how many of the rare words
are words the probe or the heads can name at all. The shipped settings were
chosen on the 64- and 128-token rows; 16 and 32 test them. --word-table MIN adds the training
word table's words of MIN or more training chunks that the probe and the heads lack (embedded
here, their prior over 2,000 training chunks); --setting (repeatable) runs the settings given
instead of the grid; --ceilings also skips chunks whose recovered text is already that close.
Uses the evaluation chunks of bench/build_inverter.py (work-data/build/).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()
BUILD = ROOT / "work-data" / "build"
TOPS = (1, 2, 3)
SCORE_MINS = (0.2, 0.25, 0.3, 0.35)
GAINS = (0.01, 0.02, 0.03)


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.evaluate import RARE_BELOW, EvalChunk, score
    from codeleak.inverters.builtin import BuiltinInverter, _unit
    from codeleak.match import words

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[64, 128, 32, 16])
    parser.add_argument("--model", type=Path, default=ROOT / "codeleak" / "model")
    parser.add_argument("--word-table", type=int, metavar="MIN")
    parser.add_argument("--setting", metavar="TOP:SCORE_MIN:GAIN", action="append")
    parser.add_argument("--ceilings", type=float, nargs="+", default=[],
                        help="also skip the chunks whose recovered text is this close (cosine) "
                             "to the target or closer, for each grid setting")
    args = parser.parse_args(argv)
    grid = [(t, m, g) for t in TOPS for m in SCORE_MINS for g in GAINS]
    if args.setting:
        grid = [(int(top), float(floor), float(gain))
                for top, floor, gain in (setting.split(":") for setting in args.setting)]
    chunks_all = [EvalChunk.from_json(r) for r in json.loads((BUILD / "eval_chunks.json").read_text())]
    with gzip.open(args.model / "word-counts.json.gz", "rt", encoding="utf-8") as handle:
        counts = json.load(handle)
    fp32 = get_embedder("minilm")
    attack = fp32.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    inverter = BuiltinInverter(args.model, fp32)
    inverter._load()
    probe, inverter._probe = inverter._probe, None  # the texts before the probe
    if probe is None:
        raise SystemExit(f"{args.model} has no vocabulary probe")
    if args.word_table:
        probe = with_word_table(probe, inverter, counts, args.word_table, attack)
    print(f"{time.strftime('%Y-%m-%d %H:%M')} {args.model}: {len(probe.words)} probe words, "
          f"calibrated floor {probe.floor}")
    for length in args.lengths:
        chunks = [c for c in chunks_all if c.length == length]
        goal = _unit(fp32.embed([c.text for c in chunks]))
        texts = inverter.invert(goal, attack)
        own = (_unit(attack.embed(texts)) * goal).sum(axis=1)
        widest = probe.proposals(goal, texts, top=max(t for t, _, _ in grid),
                                 score_min=min(m for _, m, _ in grid))
        scores = probe.scores(goal)
        index = {w: j for j, w in enumerate(probe.words)}
        trials = [(i, rank, w, float(scores[i, index[w]]))
                  for i, row in enumerate(widest) for rank, w in enumerate(row)]
        vectors = _unit(attack.embed([f"{texts[i]} {w}" for i, _, w, _ in trials], batch_size=128))
        gains = [float(v @ goal[i]) - own[i] for v, (i, _, _, _) in zip(vectors, trials)]
        base = score(chunks, texts, word_counts=counts)
        print(f"\n{length} tokens, {len(chunks)} chunks, without the probe: F1 {base.word_f1:.4f}, "
              f"rare identifiers {base.rare_identifier_recovery or 0:.3f}, rare comment words "
              f"{base.rare_comment_word_recovery or 0:.3f}, recall - control "
              f"{base.word_recall - base.control_word_recall:.3f}")
        truths = [set(words(c.text)) for c in chunks]
        reachable = set(probe.words) | set(inverter._vocabulary.values())
        reachable |= set(inverter._word_head.words) if inverter._word_head is not None else set()
        for kind in ("identifier", "comment"):
            rare = [w for c in chunks for w in set(getattr(c, f"{kind}_words"))
                    if counts.get(w, 0) < RARE_BELOW]
            print(f"rare {kind} words: {len(rare)}, of them words the probe or the heads can "
                  f"name: {sum(w in reachable for w in rare)}")
        best = scores.argmax(axis=1)
        for floor in sorted({m for _, m, _ in grid}):
            rows = [i for i in range(len(chunks)) if scores[i, best[i]] >= floor]
            right = sum(probe.words[best[i]] in truths[i] for i in rows)
            print(f"best-scoring word at or above {floor}: {len(rows)} chunks, in the chunk for "
                  f"{right} ({right / max(len(rows), 1):.2f})")
        print("recovered text's cosine to the target, quantiles 0.5/0.75/0.9: "
              + " / ".join(f"{q:.3f}" for q in np.quantile(own, [0.5, 0.75, 0.9])))
        print("| TOP | SCORE_MIN | GAIN | CEILING | F1 | rare identifiers | rare comment words | "
              "recall - control | tried per chunk |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for (top, score_min, gain), ceiling in itertools.product(grid, [2.0, *args.ceilings]):
            kept: dict[int, list[str]] = {}
            tried = 0
            for (i, rank, word, s), g in zip(trials, gains):
                if rank < top and s >= score_min and own[i] < ceiling:
                    tried += 1
                    if g >= gain:
                        kept.setdefault(i, []).append(word)
            out = [f"{t}\n{' '.join(kept[i])}" if i in kept else t for i, t in enumerate(texts)]
            row = score(chunks, out, word_counts=counts)
            print(f"| {top} | {score_min} | {gain} | {ceiling if ceiling <= 1 else '-'} | "
                  f"{row.word_f1:.4f} | "
                  f"{row.rare_identifier_recovery or 0:.3f} | "
                  f"{row.rare_comment_word_recovery or 0:.3f} | "
                  f"{row.word_recall - row.control_word_recall:.3f} | "
                  f"{tried / len(chunks):.2f} |", flush=True)
    return 0


def with_word_table(probe: Any, inverter: Any, counts: dict[str, int], least: int,
                    embedder: Any) -> Any:
    """The probe plus the training word table's words of `least`+ chunks it and the heads lack."""
    import random
    import re

    import numpy as np

    from codeleak.inverters.builtin import _unit
    from codeleak.inverters.builtin_probe import VocabularyProbe

    known = set(probe.words) | set(inverter._vocabulary.values())
    known |= set(inverter._word_head.words) if inverter._word_head is not None else set()
    extra = sorted(w for w, n in counts.items()
                   if n >= least and re.fullmatch(r"[a-z]{3,}", w) and w not in known)
    vectors = _unit(embedder.embed(extra, batch_size=256))
    train = json.loads((BUILD / "train_texts.json").read_text())
    texts = [t for length in sorted(train) for t in train[length]]
    sample = _unit(embedder.embed(random.Random(0).sample(texts, 2000)))
    print(f"word table: {len(extra)} words of {least}+ training chunks added")
    return VocabularyProbe(probe.words + extra, np.vstack([probe.vectors, vectors]),
                           np.concatenate([probe.prior, (sample @ vectors.T).mean(axis=0)]),
                           probe.floor)


if __name__ == "__main__":
    raise SystemExit(main())
