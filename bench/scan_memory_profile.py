"""Where a scan's memory goes: resident size sampled every 0.1 s, and at each stage's start and end.

    python bench/scan_memory_profile.py PATH [--chunk-tokens 256]

Runs `pipeline.scan` (cache off) in this process with the CLI's process settings and prints the
resident size (MB) at the start and end of parsing, chunk embedding, inversion and the
confirmation attack, then the peak.
"""
from __future__ import annotations

import argparse
import functools
import resource
import threading
import time
from dataclasses import replace
from typing import Any

from codeleak.runtime import set_defaults

set_defaults()  # the process settings the CLI runs with

from codeleak import pipeline, verdict  # noqa: E402
from codeleak.config import Settings  # noqa: E402


def rss_mb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--chunk-tokens", type=int, default=256)
    args = parser.parse_args()
    samples: list[tuple[float, int]] = []
    marks: list[tuple[float, str, int]] = []
    started = time.time()
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append((time.time() - started, rss_mb()))
            time.sleep(0.1)

    def mark(owner: Any, name: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*a: Any, **k: Any) -> Any:
            marks.append((time.time() - started, f"start {name}", rss_mb()))
            try:
                return original(*a, **k)
            finally:
                marks.append((time.time() - started, f"end {name}", rss_mb()))

        setattr(owner, name, wrapper)

    for name in ("analyse_all", "embed_chunks", "invert_chunks"):
        mark(pipeline, name)
    mark(verdict, "confirm")
    threading.Thread(target=sample, daemon=True).start()
    settings = replace(Settings(), chunk_tokens=args.chunk_tokens, cache=False)
    report = pipeline.scan(pipeline.load_sources([args.path], settings), settings, progress=False)
    stop.set()
    for seconds, what, mb in marks:
        print(f"{seconds:7.1f} s  {what:<22} {mb:6d} MB")
    peak = max(samples, key=lambda s: s[1])
    print(f"peak {peak[1]} MB at {peak[0]:.1f} s (sampled); ru_maxrss "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB; "
          f"{report.sensitive} sensitive, {report.leaked} leaked")


if __name__ == "__main__":
    main()
