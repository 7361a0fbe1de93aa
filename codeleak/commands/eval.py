"""`codeleak eval`: how strong the attack is on a corpus, by chunk length."""
from __future__ import annotations

import argparse
import json
import random

from codeleak import pipeline
from codeleak.commands._common import emit, parse_sizes, settings_from, show_progress
from codeleak.errors import EXIT_OK, FatalError

COLUMNS = (("length", "tokens", "{:>6}"), ("chunks", "chunks", "{:>6}"),
           ("word_precision", "prec", "{:>6.2f}"), ("word_recall", "recall", "{:>6.2f}"),
           ("word_f1", "F1", "{:>6.2f}"), ("identifier_recovery", "ident", "{:>6.2f}"),
           ("comment_word_recovery", "comment", "{:>7.2f}"),
           ("literal_word_recovery", "literal", "{:>7.2f}"),
           ("control_word_recall", "control", "{:>7.2f}"),
           ("rare_identifier_recovery", "rare-id", "{:>7.2f}"),
           ("bleu", "BLEU", "{:>6.1f}"), ("seconds_per_chunk", "s/chunk", "{:>8.4f}"))


def table(rows: list[dict[str, object]]) -> str:
    head = "  ".join(f"{title:>{max(6, len(title))}}" for _, title, _ in COLUMNS)
    lines = [head]
    for row in rows:
        cells = []
        for key, title, fmt in COLUMNS:
            value = row.get(key)
            cells.append(fmt.format(value) if value is not None
                         else f"{'-':>{max(6, len(title))}}")
        lines.append("  ".join(cells))
    lines.append("words: identifiers split on snake_case/camelCase, lower-cased, >= 3 characters; "
                 "control: the same metric against an unrelated chunk's recovered text")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from codeleak.evaluate import eval_chunks_from_paths, evaluate, spread_sample

    settings = settings_from(args, args.paths[0])
    lengths = parse_sizes(args.lengths)
    if args.max_chunks < 1:
        raise FatalError("--max-chunks must be at least 1")
    models = pipeline.Models(settings)
    chunks = eval_chunks_from_paths(args.paths, models.embedder.counter(), lengths)
    if not chunks:
        raise FatalError(f"no chunks to evaluate: the paths hold no readable source file, or none "
                         f"long enough to give a chunk of {', '.join(map(str, lengths))} tokens")
    rng = random.Random(0)
    sampled = [item for length in lengths
               for item in spread_sample([c for c in chunks if c.length == length],
                                         args.max_chunks, rng)]
    rows = [row.to_json() for row in evaluate(sampled, models.embedder, models.inverter,
                                              progress=show_progress(args),
                                              attack_embedder=models.attack_embedder)]
    if args.format == "json":
        emit(json.dumps({"version": 1, "embedder": models.embedder.name,
                         "inverter": models.inverter.name, "results": rows}, indent=2),
             args.output)
    else:
        emit(f"embedder {models.embedder.name}, inverter {models.inverter.name}\n" + table(rows),
             args.output)
    return EXIT_OK
