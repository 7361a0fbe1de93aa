"""Extraction and classification time on one-line files that grow: does it stay linear?

Minified bundles and data dumps put thousands of literals, or thousands of rule matches, on one
line. Each case is written at two sizes, 4x apart, and `codeleak entities` (extraction and
classification; what a scan does before chunking) is timed in-process on each; a time ratio near 4
is linear, near 16 quadratic.

    python bench/long_lines.py [--sizes 2000 8000]

Cases (seeded, synthetic):
  strings   `var a={key:"20 random letters and digits",...}`: a string literal per pair
  calls     `var a=/*comment*/f0('...')+...`: comments, calls and strings
  matches   a Markdown line of words, e-mail addresses and `token=` values: one entity, many matches
  numbers   `var a=1+2+...`
  pairs     a text line of `token: <generated>,` pairs: one entity, a secret-like value per pair
"""
from __future__ import annotations

import argparse
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_letters) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def strings(rng: random.Random, n: int) -> tuple[str, str]:
    pairs = (f'{_letters(rng, 6)}:"{_letters(rng, 20, string.ascii_letters + string.digits)}"'
             for _ in range(n))
    return "strings.min.js", "var a={" + ",".join(pairs) + "};\n"


def calls(rng: random.Random, n: int) -> tuple[str, str]:
    parts = (f"/*{_letters(rng, 8)} password {_letters(rng, 4)}*/f{i}('{_letters(rng, 12)}')"
             for i in range(n))
    return "calls.min.js", "var a=" + "+".join(parts) + ";\n"


def matches(rng: random.Random, n: int) -> tuple[str, str]:
    words = (f"{_letters(rng, 6)} {_letters(rng, 16)}@example.com token={_letters(rng, 24)}"
             for _ in range(n))
    return "matches.md", " ".join(words) + "\n"


def numbers(rng: random.Random, n: int) -> tuple[str, str]:
    return "numbers.min.js", "var a=" + "+".join(str(rng.randint(0, 999)) for _ in range(4 * n)) + ";\n"


def pairs(rng: random.Random, n: int) -> tuple[str, str]:
    values = (f"token: {_letters(rng, 4)}{rng.randint(0, 9)}" for _ in range(4 * n))
    return "pairs.txt", ",".join(values) + "\n"


CASES: dict[str, Callable[[random.Random, int], tuple[str, str]]] = {
    "strings": strings, "calls": calls, "matches": matches, "numbers": numbers, "pairs": pairs}


def entities_seconds(path: Path) -> tuple[float, int]:
    """Seconds to read, parse, extract and classify one file in this process, and its entities."""
    from codeleak.config import Settings
    from codeleak.parse import parse
    from codeleak.pipeline import entities_of, load_sources

    settings = Settings()
    [source] = load_sources([path], settings)
    start = time.perf_counter()
    found = entities_of(parse(source), settings)
    return time.perf_counter() - start, len(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(2000, 8000))
    args = parser.parse_args(argv)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("| case | size | bytes | entities | seconds | size | bytes | entities | seconds | time ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in CASES.items():
            row = [name]
            times = []
            for n in args.sizes:
                file_name, text = make(random.Random(n), n)
                path = Path(tmp) / f"{n}-{file_name}"
                path.write_text(text)
                seconds, found = entities_seconds(path)
                times.append(seconds)
                row += [str(n), f"{len(text.encode()):,}", f"{found:,}", f"{seconds:.2f}"]
            row.append(f"{times[1] / max(times[0], 1e-9):.1f}")
            print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
