"""What the classifier flags on ordinary code: a seeded sample of the standard library.

The standard library holds no credentials and no code names, so every `secret` and
`proprietary` finding there is a false flag (author emails in headers are real PII).

    python bench/stdlib_false_positives.py [--modules 120] [--seed 0]
    python bench/stdlib_false_positives.py --tree /usr/include --glob '*.h' --modules 1500
    python bench/stdlib_false_positives.py --list secret [--show-values]   # each one, to review

With --tree, the files matching --glob under another tree of ordinary code (the system's C
headers hold no credentials either).
"""
from __future__ import annotations

import argparse
import random
import sysconfig
from collections import Counter
from pathlib import Path

from codeleak.classify import classify
from codeleak.extract import extract
from codeleak.files import read_source
from codeleak.masking import mask
from codeleak.parse import parse


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--modules", type=int, default=120)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tree", type=Path, default=None, help="instead of the standard library")
    parser.add_argument("--glob", default="*.py")
    parser.add_argument("--list", metavar="CATEGORY", help="print each finding of this category")
    parser.add_argument("--show-values", action="store_true", help="with --list: values in clear")
    args = parser.parse_args()
    stdlib = args.tree or Path(sysconfig.get_paths()["stdlib"])
    modules = sorted(p for p in stdlib.rglob(args.glob)
                     if "site-packages" not in p.parts and p.is_file() and not p.is_symlink())
    sample = random.Random(args.seed).sample(modules, min(args.modules, len(modules)))
    kinds: Counter[str] = Counter()
    flagged: Counter[tuple[str, str, str]] = Counter()
    for path in sample:
        source = read_source(path, str(path.relative_to(stdlib)))
        if source is None:
            continue
        for entity in classify(extract(parse(source)), sources={source.path: source.data}):
            kinds[entity.kind] += 1
            if entity.sensitive:
                flagged[(entity.category, entity.rule, entity.kind)] += 1
                if entity.category == args.list:
                    shown = entity.value if args.show_values else mask(entity.value)
                    print(f"{entity.path}:{entity.line}\t{entity.rule}\t{shown!r}")
    identifiers = kinds["identifier"]
    codenames = sum(n for (cat, _, kind), n in flagged.items()
                    if cat == "proprietary" and kind == "identifier")
    print(f"{len(sample)} modules of {stdlib} (seed {args.seed}); "
          f"{sum(kinds.values())} entities, {identifiers} identifiers")
    print(f"identifiers flagged proprietary: {codenames} ({codenames / max(identifiers, 1):.1%})")
    print("| category | rule | kind | flagged |")
    print("|---|---|---|---:|")
    for (category, rule, kind), n in sorted(flagged.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {category} | {rule} | {kind} | {n} |")


if __name__ == "__main__":
    main()
