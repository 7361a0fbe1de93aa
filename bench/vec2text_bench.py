"""Train a small vec2text pair for an embedder on CPU and measure it on held-out code.

    python bench/vec2text_bench.py --train work-data/corpus/train --eval work-data/corpus/eval \
        --texts 2000 --steps 400 --out /tmp/v2t-bench

Chunks are windows of consecutive non-blank lines of Python files, cut to the pair's token
limit. Prints one JSON object: training time, and for each (steps, beam) setting the word
recall against the chunk and against another chunk (the control), and chunks per second.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+(?![a-z])|\d+")


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= 3}


def chunks(root: Path, limit: int, lines: int = 3) -> list[str]:
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        body = [ln.strip() for ln in path.read_text(errors="replace").splitlines() if ln.strip()]
        for start in range(0, len(body) - lines + 1, lines):
            out.append(" ".join(body[start:start + lines]))
            if len(out) >= limit:
                return out
    return out


def recall(recovered: list[str], truth: list[str]) -> float:
    scores = [len(words(r) & words(t)) / len(words(t)) for r, t in zip(recovered, truth) if words(t)]
    return sum(scores) / max(1, len(scores))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--eval", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--embedder", default="all-MiniLM-L6-v2")
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--eval-texts", type=int, default=64)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--size", default="tiny")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: leave as is)")
    args = parser.parse_args(argv)

    import torch

    from codeleak.embedders import get_embedder
    from codeleak.inverters.vec2text_adapter import load_vec2text, train_vec2text

    if args.threads:
        torch.set_num_threads(args.threads)
    embedder = get_embedder(args.embedder)
    started = time.perf_counter()
    train_vec2text(chunks(args.train, args.texts), embedder, args.out, size=args.size,
                   max_steps=args.steps, progress=False)
    result: dict[str, object] = {"train_seconds": round(time.perf_counter() - started, 1),
                                 "manifest": json.loads((args.out / "codeleak-inverter.json")
                                                        .read_text())}
    tokenizer_limit = result["manifest"]["max_seq_length"]  # type: ignore[index]
    from transformers import PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast.from_pretrained(str(args.out / "tokenizer"))
    held_out = [tok.decode(tok(t, truncation=True, max_length=tokenizer_limit)["input_ids"],
                           skip_special_tokens=True) for t in chunks(args.eval, args.eval_texts)]
    vectors = embedder.embed(held_out)
    runs = []
    for steps, beam in ((0, 1), (2, 1), (2, 2)):
        inverter = load_vec2text(str(args.out), embedder, steps=steps, beam_width=beam)
        t0 = time.perf_counter()
        recovered = inverter.invert(vectors, embedder)
        seconds = time.perf_counter() - t0
        runs.append({"steps": steps, "beam": beam, "chunks": len(held_out),
                     "word_recall": round(recall(recovered, held_out), 3),
                     "control_word_recall": round(recall(recovered, held_out[1:] + held_out[:1]), 3),
                     "chunks_per_second": round(len(held_out) / seconds, 2),
                     "example": recovered[0]})
    result["runs"] = runs
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
