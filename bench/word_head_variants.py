"""The word head: what the default mode misses without it, and how variants of it score.

    python bench/word_head_variants.py [--variants 8:8,16:8,8:3] [--build work-data/build]
                                       [--lengths 16,32,64] [--diagnose]

Works on copies of the shipped model (codeleak/model/ is never changed). `--diagnose` inverts
the held-out chunks with the model *without* its word head and sorts the identifier and comment
words by what could have named them: one-piece words the bag head scores, words of 10+ training
chunks that are several pieces (what the word head is for), and rare words. Then, for the
model without a word head and for each variant EPOCHS:MIN_CHUNKS (passes, and how many training
chunks a word must be in), a head is trained with `add_word_head` on the build's training
chunks (embedding cache shared with bench/build_inverter.py) and the default mode is evaluated
on the held-out chunks of the given lengths (work-data/build/eval_chunks.json): word F1,
identifier and comment-word recovery, recall - control, and the head's size.
`--build work-data/build-gpu` takes the gpu preset's 770,000 chunks (`bench/build_inverter.py
--preset gpu --stage chunks` writes them there; embedding them on this CPU takes about 22
minutes the first time).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()
MODEL = ROOT / "codeleak" / "model"
EVAL = ROOT / "work-data" / "build" / "eval_chunks.json"
LENGTHS = (16, 32, 64, 128, 256)


def headless_copy(folder: Path) -> Path:
    """A copy of the shipped model without its word head."""
    from codeleak.inverters.builtin_words import WEIGHTS, WORDS

    shutil.copytree(MODEL, folder)
    for name in (WEIGHTS, WORDS):
        (folder / name).unlink(missing_ok=True)
    return folder


def diagnose(folder: Path, chunks: list, embedder, attack) -> None:  # type: ignore[no-untyped-def]
    from codeleak.inverters import get_inverter
    from codeleak.match import words

    inverter = get_inverter(str(folder), embedder)
    recovered = inverter.invert(embedder.embed([c.text for c in chunks]), attack)
    inverter._load()  # type: ignore[attr-defined]
    one_piece = set(inverter._vocabulary.values())  # type: ignore[attr-defined]
    counts = inverter.word_counts  # type: ignore[attr-defined]
    tally: dict[tuple[int, str, str], list[int]] = {}
    for chunk, text in zip(chunks, recovered):
        found = set(words(text))
        for kind in ("identifier", "comment"):
            for word in set(getattr(chunk, f"{kind}_words")):
                group = ("one piece" if word in one_piece
                         else "several pieces, 10+ chunks" if counts.get(word, 0) >= 10 else "rare")
                hit_total = tally.setdefault((chunk.length, kind, group), [0, 0])
                hit_total[0] += word in found
                hit_total[1] += 1
    for (length, kind, group), (hit, total) in sorted(tally.items()):
        print(f"{length:>4} {kind:<10} {group:<27} {total:>5} words, {hit / total:.3f} recovered, "
              f"{total - hit} missed")


def main(argv: list[str] | None = None) -> int:
    from codeleak.embedders import get_embedder, resolve_precision
    from codeleak.evaluate import EvalChunk, evaluate
    from codeleak.inverters import get_inverter
    from codeleak.training.word_head import add_word_head

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="8:8,16:8,8:3", help="EPOCHS:MIN_CHUNKS,...")
    parser.add_argument("--build", type=Path, default=ROOT / "work-data" / "build")
    parser.add_argument("--lengths", default="16,32,64")
    parser.add_argument("--diagnose", action="store_true")
    args = parser.parse_args(argv)
    lengths = {int(n) for n in args.lengths.split(",")}
    chunks = [c for c in map(EvalChunk.from_json, json.loads(EVAL.read_text()))
              if c.length in lengths]
    data = json.loads((args.build / "train_texts.json").read_text())
    texts = [t for n in LENGTHS for t in data[str(n)]]
    embedder = get_embedder("minilm")
    attack = embedder.at_precision(resolve_precision("auto", "cpu"))  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        base = headless_copy(Path(tmp) / "none")
        if args.diagnose:
            diagnose(base, chunks, embedder, attack)
        variants: list[tuple[str, Path]] = [("none", base)]
        for spec in args.variants.split(","):
            epochs, min_chunks = (int(v) for v in spec.split(":"))
            folder = headless_copy(Path(tmp) / spec.replace(":", "-"))
            info = add_word_head(folder, texts, embedder, cache_dir=args.build / "embeddings",
                                 epochs=epochs, min_chunks=min_chunks, progress=True,
                                 log=lambda line: None)
            size = (folder / "word-head.safetensors").stat().st_size / 1e6
            print(json.dumps({"variant": spec, **info, "megabytes": round(size, 1)}), flush=True)
            variants.append((spec, folder))
        for name, folder in variants:
            rows = evaluate(chunks, embedder, get_inverter(str(folder), embedder),
                            attack_embedder=attack)
            print(json.dumps({"variant": name, "by_length": [
                {"length": r.length, "f1": round(r.word_f1, 4),
                 "identifiers": round(r.identifier_recovery, 4),
                 "comment_words": round(r.comment_word_recovery, 4),
                 "recall_minus_control": round(r.word_recall - r.control_word_recall, 4)}
                for r in rows]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
