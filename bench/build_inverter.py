"""Rebuild the shipped builtin inverter (codeleak/model/) from scratch, and measure it.

    python bench/corpus.py           # fetch the pinned training and evaluation packages (once)
    python bench/build_inverter.py   # chunk, embed, train, evaluate (about 1.5-2 h on 2 cores)

Stages (each cached under work-data/build/, re-run one with --stage NAME):
  chunks  sample files of every package, chunk them with codeleak's chunker at 16..256 tokens
  train   codeleak.training.train(...) on the training chunks -> codeleak/model/
  eval    codeleak.evaluate on the held-out packages -> work-data/build/eval-*.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "work-data" / "corpus"
BUILD = ROOT / "work-data" / "build"
MODEL = ROOT / "codeleak" / "model"
LENGTHS = (16, 32, 64, 128, 256)
# Training chunks kept per length: short chunks are cheap to embed and matter most.
TRAIN_CAP = {16: 45000, 32: 45000, 64: 30000, 128: 10000, 256: 4000}
EVAL_CAP = {16: 500, 32: 500, 64: 400, 128: 300, 256: 200}
SKIP_SUFFIXES = (".min.js", ".map", ".lock", ".svg", ".css", ".html", ".txt.gz", ".d.ts.map")
SKIP_NAMES = {"package-lock.json", "yarn.lock", "SOURCES.txt", "RECORD", "LICENSE", "LICENSE.txt",
              "COPYING", "NOTICE", "AUTHORS", "dependency_links.txt", "top_level.txt"}
MAX_BYTES = 150_000


def pick_files(package: Path, code: int, other: int, seed: int) -> list[Path]:
    """A seeded sample of a package's files: up to `code` source files and `other` text files."""
    from codeleak.languages import TEXT, detect

    sources: list[Path] = []
    texts: list[Path] = []
    for root, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d not in (".git", "node_modules", "__pycache__"))
        for name in sorted(names):
            path = Path(root) / name
            if name in SKIP_NAMES or name.endswith(SKIP_SUFFIXES) or path.is_symlink():
                continue
            size = path.stat().st_size
            if not 200 <= size <= MAX_BYTES:
                continue
            (texts if detect(name) == TEXT else sources).append(path)
    rng = random.Random(f"{seed}:{package.name}")
    return rng.sample(sources, min(code, len(sources))) + rng.sample(texts, min(other, len(texts)))


def _train_package(package: Path) -> dict[int, list[str]]:
    from codeleak.tokenizer import default_counter
    from codeleak.training.texts import training_texts

    files = pick_files(package, code=7, other=2, seed=0)
    return training_texts(files, default_counter(), LENGTHS) if files else {}


def _eval_package(package: Path) -> list[dict[str, object]]:
    from codeleak.evaluate import eval_chunks
    from codeleak.tokenizer import default_counter
    from codeleak.training.texts import parsed_files

    counter = default_counter()
    found: list[dict[str, object]] = []
    for parsed in parsed_files(pick_files(package, code=12, other=2, seed=1)):
        found.extend(item.to_json() for item in eval_chunks(parsed, counter, LENGTHS))
    return found


def stage_chunks(jobs: int) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    rng = random.Random(0)
    train_packages = sorted((CORPUS / "train").iterdir())
    eval_packages = sorted((CORPUS / "eval").iterdir())
    start = time.time()
    by_length: dict[int, list[str]] = {length: [] for length in LENGTHS}
    with ProcessPoolExecutor(jobs) as pool:
        for package, found in zip(train_packages, pool.map(_train_package, train_packages)):
            for length, texts in found.items():
                by_length[length].extend(texts)
            print(f"train {package.name}: {sum(map(len, found.values()))} chunks", flush=True)
        evals = [row for rows in pool.map(_eval_package, eval_packages) for row in rows]
    seen: set[str] = set()
    for length in LENGTHS:
        texts = [t for t in dict.fromkeys(by_length[length]) if t not in seen]
        seen.update(texts)
        rng.shuffle(texts)
        by_length[length] = texts[:TRAIN_CAP[length]]
    kept = []
    for length in LENGTHS:
        rows = [r for r in evals if r["length"] == length and r["text"] not in seen]
        rows = list({str(r["text"]): r for r in rows}.values())
        rng.shuffle(rows)
        kept.extend(rows[:EVAL_CAP[length]])
    (BUILD / "train_texts.json").write_text(json.dumps({str(k): v for k, v in by_length.items()}))
    (BUILD / "eval_chunks.json").write_text(json.dumps(kept))
    counts = {k: len(v) for k, v in by_length.items()}
    eval_counts = {n: sum(r["length"] == n for r in kept) for n in LENGTHS}
    print(f"chunks in {time.time() - start:.0f} s: train {counts}, eval {eval_counts}")


def load_train_texts() -> dict[int, list[str]]:
    data = json.loads((BUILD / "train_texts.json").read_text())
    return {int(k): v for k, v in data.items()}


def stage_train(size: str, minutes: float | None, out: Path, init: Path | None,
                head_epochs: int) -> None:
    from codeleak.embedders import get_embedder
    from codeleak.training import train

    by_length = load_train_texts()
    texts = [t for length in LENGTHS for t in by_length[length]]
    embedder = get_embedder("minilm")
    train(texts, embedder, out, backend="builtin", size=size, max_steps=None, progress=False,
          minutes=minutes, cache_dir=BUILD / "embeddings", init=init, head_epochs=head_epochs,
          log=lambda line: print(time.strftime("%H:%M:%S"), line, flush=True))


def stage_eval(model: Path, deep: bool, per_length: int | None) -> None:
    from codeleak.embedders import get_embedder
    from codeleak.evaluate import EvalChunk, evaluate
    from codeleak.inverters import get_inverter

    chunks = [EvalChunk.from_json(r) for r in json.loads((BUILD / "eval_chunks.json").read_text())]
    if per_length:
        chunks = [c for n in LENGTHS for c in [c for c in chunks if c.length == n][:per_length]]
    from codeleak.embedders import resolve_precision

    embedder = get_embedder("minilm")
    inverter = get_inverter(str(model) + (":deep" if deep else ""), embedder)
    precision = resolve_precision("auto", "cpu")  # the attack's own embeddings, as in a scan
    rows = evaluate(chunks, embedder, inverter, progress=False,
                    attack_embedder=embedder.at_precision(precision))  # type: ignore[attr-defined]
    result = {"date": time.strftime("%Y-%m-%d"), "model": str(model), "deep": deep,
              "inverter": inverter.name, "attack_precision": precision,
              "results": [r.to_json() for r in rows]}
    name = f"eval-{'deep' if deep else 'default'}.json"
    (BUILD / name).write_text(json.dumps(result, indent=1))
    for row in rows:
        print(json.dumps(row.to_json()))


def _cell(value: object, scale: float = 1.0, digits: int = 2) -> str:
    return "-" if value is None else f"{float(value) * scale:.{digits}f}"  # type: ignore[arg-type]


def stage_report() -> None:
    """Markdown tables of the eval results (docs/inversion.md takes them as they are)."""
    for name in ("eval-default.json", "eval-deep.json"):
        path = BUILD / name
        if not path.is_file():
            continue
        data = json.loads(path.read_text())
        print(f"\n{name} ({data['date']}, inverter {data['inverter']})\n")
        print("| tokens | chunks | precision | recall | F1 | identifiers | comment words | "
              "literal words | control recall | recall - control | BLEU | exact | "
              "rare id (<10) | rare comment (<10) | s/chunk |")
        print("|---:" * 15 + "|")
        for r in data["results"]:
            gap = r["word_recall"] - r["control_word_recall"]
            print(f"| {r['length']} | {r['chunks']} | {_cell(r['word_precision'])} | "
                  f"{_cell(r['word_recall'])} | {_cell(r['word_f1'])} | "
                  f"{_cell(r['identifier_recovery'])} | {_cell(r['comment_word_recovery'])} | "
                  f"{_cell(r['literal_word_recovery'])} | {_cell(r['control_word_recall'])} | "
                  f"{_cell(gap)} | {_cell(r['bleu'], digits=1)} | {_cell(r['exact_match'])} | "
                  f"{_cell(r['rare_identifier_recovery'])} | "
                  f"{_cell(r['rare_comment_word_recovery'])} | "
                  f"{_cell(r['seconds_per_chunk'], digits=4)} |")
        print("\nRecovery by rarity (training chunks holding the word), identifier / comment:\n")
        buckets = ("unseen", "1-9", "10-99", "100-999", ">=1000")
        print("| tokens | " + " | ".join(buckets) + " |")
        print("|---:" * (len(buckets) + 1) + "|")
        for r in data["results"]:
            cells = []
            for b in buckets:
                got = r["recovery_by_rarity"].get(b, {})
                cells.append(f"{_cell(got.get('identifier'))} / {_cell(got.get('comment'))}")
            print(f"| {r['length']} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=("all", "chunks", "train", "eval", "report"), default="all")
    parser.add_argument("--size", default="small", choices=("tiny", "small", "base"))
    parser.add_argument("--minutes", type=float, default=75.0, help="training time budget")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--init", type=Path, default=None, help="continue training this folder")
    parser.add_argument("--head-epochs", type=int, default=36, help="bag/length head passes")
    parser.add_argument("--deep", action="store_true", help="evaluate the deep mode too")
    parser.add_argument("--per-length", type=int, default=None, help="eval chunks per length")
    parser.add_argument("--deep-per-length", type=int, default=100,
                        help="eval chunks per length for the (slow) deep mode")
    args = parser.parse_args(argv)
    if args.stage in ("all", "chunks"):
        stage_chunks(args.jobs)
    if args.stage in ("all", "train"):
        stage_train(args.size, args.minutes, args.out, args.init, args.head_epochs)
    if args.stage in ("all", "eval"):
        stage_eval(args.out, False, args.per_length)
        if args.deep or args.stage == "all":
            stage_eval(args.out, True, args.deep_per_length)
    if args.stage in ("all", "report"):
        stage_report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
