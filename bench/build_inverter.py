"""Rebuild the shipped builtin inverter (codeleak/model/) from scratch, and measure it.

    python bench/corpus.py                       # fetch the pinned packages (once)
    python bench/build_inverter.py --preset gpu  # the shipped model: one GPU, ~15 min to train
    python bench/build_inverter.py               # the CPU recipe: small model, ~1.6 h on 2 cores

Presets (flags override them): `cpu` (default) trains the small model on 134,000 chunks of 7 source
files per training package; `gpu` the medium model on 1,370,000 chunks of 100 files per
package (the decoder in two passes, the second from the first's weights at half the rate), with
the same evaluation set (the cpu build's, made first if missing) and no training text equal to
one of its chunks.

Stages (each cached under the preset's build folder, re-run one with --stage NAME):
  chunks  sample files of every package, chunk them with codeleak's chunker at 16..256 tokens
  train   codeleak.training.train(...) on the training chunks -> codeleak/model/
  words   (not in `all`: train does it) a new word head for the --out folder from the build's
          training chunks, then its vocabulary probe; the shipped model's head and probe:
          `python bench/build_inverter.py --stage words`
  probe   (not in `all`: train and words do it) only a new vocabulary probe for the --out folder
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
GPU_TRAIN_CAP = {16: 480000, 32: 480000, 64: 320000, 128: 70000, 256: 18000}
PRESETS: dict[str, dict[str, object]] = {
    "cpu": {"build": BUILD, "code_files": 7, "caps": TRAIN_CAP, "size": "small",
            "device": "cpu", "minutes": 75.0, "max_steps": None, "head_epochs": 36,
            "word_epochs": 8, "batch_tokens": None, "lr": None, "continue_steps": 0,
            "continue_lr": None},
    # The shipped model: H200, decoder 8,765 steps, then 5,398 more from those weights at half
    # the peak rate (two time-bounded runs then, 192 s and 106 s; step counts now).
    "gpu": {"build": ROOT / "work-data" / "build-gpu", "code_files": 100, "caps": GPU_TRAIN_CAP,
            "size": "medium", "device": "cuda", "minutes": None, "max_steps": 8765,
            "head_epochs": 8, "word_epochs": 3, "batch_tokens": 32768, "lr": 2e-3,
            "continue_steps": 5398, "continue_lr": 1e-3},
}
EVAL_CAP = {16: 500, 32: 500, 64: 400, 128: 300, 256: 200}
SKIP_SUFFIXES = (".min.js", ".map", ".lock", ".svg", ".css", ".html", ".txt.gz", ".d.ts.map")
SKIP_NAMES = {"package-lock.json", "yarn.lock", "SOURCES.txt", "RECORD", "LICENSE", "LICENSE.txt",
              "COPYING", "NOTICE", "AUTHORS", "dependency_links.txt", "top_level.txt"}
MAX_BYTES = 150_000
STARTED = time.time()


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


def _train_package(package: Path, code: int = 7) -> dict[int, list[str]]:
    from codeleak.tokenizer import default_counter
    from codeleak.training.texts import training_texts

    files = pick_files(package, code=code, other=max(2, code // 4), seed=0)
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


def stage_chunks(jobs: int, code_files: int = 7, caps: dict[int, int] = TRAIN_CAP,
                 eval_from: Path | None = None) -> None:
    """Training chunks from up to code_files source files per package, caps[length] kept; the
    evaluation chunks from the held-out packages, or (eval_from) those of another build, in
    which case training texts equal to one of them are dropped."""
    BUILD.mkdir(parents=True, exist_ok=True)
    rng = random.Random(0)
    train_packages = sorted((CORPUS / "train").iterdir())
    eval_packages = sorted((CORPUS / "eval").iterdir())
    start = time.time()
    by_length: dict[int, list[str]] = {length: [] for length in LENGTHS}
    with ProcessPoolExecutor(jobs) as pool:
        found_all = pool.map(_train_package, train_packages, [code_files] * len(train_packages))
        for package, found in zip(train_packages, found_all):
            for length, texts in found.items():
                by_length[length].extend(texts)
            print(f"train {package.name}: {sum(map(len, found.values()))} chunks", flush=True)
        evals = ([] if eval_from else
                 [row for rows in pool.map(_eval_package, eval_packages) for row in rows])
    held_out = json.loads(eval_from.read_text()) if eval_from else []
    held_out_texts = {str(r["text"]) for r in held_out}
    seen: set[str] = set()
    for length in LENGTHS:
        texts = [t for t in dict.fromkeys(by_length[length]) if t not in seen]
        seen.update(texts)
        rng.shuffle(texts)
        by_length[length] = [t for t in texts[:caps[length]] if t not in held_out_texts]
    kept = held_out
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


def load_train_texts() -> list[str]:
    """The build's training chunks, shortest length first."""
    data = json.loads((BUILD / "train_texts.json").read_text())
    return [t for length in LENGTHS for t in data[str(length)]]


def stage_train(size: str, minutes: float | None, out: Path, init: Path | None,
                head_epochs: int, device: str = "cpu", batch_tokens: int | None = None,
                lr: float | None = None, stop_at: float | None = None,
                max_steps: int | None = None, word_epochs: int | None = None) -> None:
    from codeleak.embedders import get_embedder
    from codeleak.training import train

    texts = load_train_texts()
    embedder = get_embedder("minilm", device)
    train(texts, embedder, out, backend="builtin", size=size, max_steps=max_steps, progress=False,
          minutes=minutes, cache_dir=BUILD / "embeddings", init=init, head_epochs=head_epochs,
          word_epochs=word_epochs,
          device=device, batch_tokens=batch_tokens, lr=lr, stop_at=stop_at,
          log=lambda line: print(time.strftime("%H:%M:%S"), line, flush=True))


def stage_words(out: Path, device: str, epochs: int) -> None:
    from codeleak.embedders import get_embedder
    from codeleak.training.word_head import add_word_head

    texts = load_train_texts()
    info = add_word_head(out, texts, get_embedder("minilm", device), cache_dir=BUILD / "embeddings",
                         epochs=epochs, device=device, progress=True, log=lambda line: print(time.strftime("%H:%M:%S"), line,
                                                               flush=True))
    print(f"word head for {out}: {json.dumps(info)}")
    stage_probe(out, device)


def stage_probe(out: Path, device: str) -> None:
    """A new vocabulary probe (its words depend on the heads, so after every new word head)."""
    from codeleak.embedders import get_embedder
    from codeleak.training.probe import add_probe

    info = add_probe(out, load_train_texts(), get_embedder("minilm", device),
                     cache_dir=BUILD / "embeddings", progress=True,
                     log=lambda line: print(time.strftime("%H:%M:%S"), line, flush=True))
    print(f"vocabulary probe for {out}: {json.dumps(info)}")


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
    global BUILD
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=("all", "chunks", "train", "words", "probe", "eval",
                                             "report"),
                        default="all")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="cpu",
                        help="recipe defaults (see above); the flags below override them")
    parser.add_argument("--size", choices=("tiny", "small", "medium", "base"))
    parser.add_argument("--device", help="cpu or cuda (training)")
    parser.add_argument("--batch-tokens", type=int, help="decoder pieces per batch")
    parser.add_argument("--lr", type=float, help="decoder peak learning rate")
    parser.add_argument("--minutes", type=float, help="decoder time budget")
    parser.add_argument("--max-steps", type=int, help="decoder step budget")
    parser.add_argument("--stop-after", type=float, metavar="SECONDS",
                        help="stop the decoder this long after the command started, whatever "
                             "the budget (a guard for a lent machine's time limit)")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--build", type=Path,
                        help="folder for chunks, embedding cache and eval results")
    parser.add_argument("--code-files", type=int, help="source files sampled per training package")
    parser.add_argument("--init", type=Path, default=None, help="continue training this folder")
    parser.add_argument("--continue-steps", type=int,
                        help="then train the decoder this many steps more from the new weights "
                             "(0: no second pass)")
    parser.add_argument("--continue-lr", type=float, help="peak learning rate of that pass")
    parser.add_argument("--head-epochs", type=int, help="bag/length head passes")
    parser.add_argument("--word-epochs", type=int, help="word head passes")
    parser.add_argument("--deep", action="store_true", help="evaluate the deep mode too")
    parser.add_argument("--per-length", type=int, default=None, help="eval chunks per length")
    parser.add_argument("--deep-per-length", type=int, default=100,
                        help="eval chunks per length for the (slow) deep mode")
    args = parser.parse_args(argv)
    for key, value in PRESETS[args.preset].items():
        if getattr(args, key, None) is None:
            setattr(args, key, value)
    if args.stage in ("all", "chunks"):
        eval_from = None
        if args.preset != "cpu":
            eval_from = PRESETS["cpu"]["build"] / "eval_chunks.json"  # type: ignore[operator]
            if not eval_from.is_file():
                BUILD = PRESETS["cpu"]["build"]  # type: ignore[assignment]
                stage_chunks(args.jobs)
        BUILD = args.build
        stage_chunks(args.jobs, args.code_files, args.caps, eval_from)
    BUILD = args.build
    if args.stage in ("all", "train"):
        stop_at = STARTED + args.stop_after if args.stop_after else None
        first = BUILD / "first-pass" if args.continue_steps else args.out
        stage_train(args.size, args.minutes, first, args.init, args.head_epochs, args.device,
                    args.batch_tokens, args.lr, stop_at, args.max_steps, args.word_epochs)
        if args.continue_steps:  # a second decoder pass from those weights, heads as they are
            stage_train(args.size, None, args.out, first, 0, args.device, args.batch_tokens,
                        args.continue_lr, stop_at, args.continue_steps, args.word_epochs)
    if args.stage == "words":
        stage_words(args.out, args.device, args.word_epochs)
    if args.stage == "probe":
        stage_probe(args.out, args.device)
    if args.stage in ("all", "eval"):
        stage_eval(args.out, False, args.per_length)
        if args.deep or args.stage == "all":
            stage_eval(args.out, True, args.deep_per_length)
    if args.stage in ("all", "report"):
        stage_report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
