"""Chunking time on deeply nested files that grow: does it stay linear in the depth?

Generated data and serialised trees can nest thousands of levels deep. Each case is written at
two depths, 4x apart, and chunked in-process (`codeleak.chunk.chunk`, MiniLM's tokenizer, the
default 256-token budget); a time ratio near 4 is linear, near 16 quadratic.

    python bench/deep_nesting.py [--depths 5000 20000]

Cases: `lines`, a JSON object of nested arrays, one level a line (`{"k0": [` ... `]}`); `one-line`,
the same nesting on one line (a minified file, cut into pieces of its line).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def nested(depth: int, one_line: bool) -> str:
    opens = [" " * (i % 40) + '{"k%d": [' % i for i in range(depth)]
    closes = [" " * (i % 40) + "]}" for i in reversed(range(depth))]
    return ("".join(opens) + "1" + "".join(closes) if one_line else
            "\n".join([*opens, "1", *closes])) + "\n"


def chunk_seconds(text: str) -> tuple[float, int]:
    """Seconds to parse and chunk the text as a JSON file, and its chunks."""
    from codeleak.chunk import chunk
    from codeleak.parse import parse
    from codeleak.records import SourceFile
    from codeleak.tokenizer import default_counter

    counter = default_counter()
    start = time.perf_counter()
    parsed = parse(SourceFile("deep.json", "json", text, text.encode()))
    chunks = chunk(parsed, counter, 256)
    return time.perf_counter() - start, len(chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", type=int, nargs=2, default=(5000, 20000))
    args = parser.parse_args(argv)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("| case | depth | chunks | seconds | depth | chunks | seconds | time ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, one_line in (("lines", False), ("one-line", True)):
        row, times = [name], []
        for depth in args.depths:
            seconds, count = chunk_seconds(nested(depth, one_line))
            times.append(seconds)
            row += [f"{depth:,}", f"{count:,}", f"{seconds:.2f}"]
        row.append(f"{times[1] / max(times[0], 1e-9):.1f}")
        print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
