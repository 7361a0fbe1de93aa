"""Does the attack's bf16 arithmetic change any verdict? Scan a tree twice, --precision fp32 and
bf16 (cache off; chunk vectors are fp32 in both), and compare every finding's verdict, attack
and leak score.

    python bench/precision_agreement.py PATH [--chunk-tokens 256]
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()  # the process settings the CLI runs with

from codeleak import pipeline  # noqa: E402
from codeleak.config import Settings  # noqa: E402


def verdicts(path: str, settings: Settings) -> tuple[dict[tuple[str, int, int, str], tuple], float]:
    sources = pipeline.load_sources([path], settings)
    models = pipeline.Models(settings)
    models.embedder.embed(["warm up"])
    start = time.perf_counter()
    report = pipeline.scan(sources, settings, progress=False, models=models)
    seconds = time.perf_counter() - start
    out = {}
    for f in report.findings:
        e = f.entity
        out[(e.path, e.line, e.start_col, e.rule)] = (f.leaked, f.attack, round(f.leak_score, 3))
    return out, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--chunk-tokens", type=int, default=256)
    args = parser.parse_args()
    base = replace(Settings(), chunk_tokens=args.chunk_tokens, cache=False)
    fp32, t32 = verdicts(args.path, replace(base, precision="fp32"))
    bf16, t16 = verdicts(args.path, replace(base, precision="bf16"))
    keys = sorted(set(fp32) | set(bf16))
    same_leak = sum(fp32.get(k, (None,))[0] == bf16.get(k, (None,))[0] for k in keys)
    same_all = sum(fp32.get(k) == bf16.get(k) for k in keys)
    flips = [k for k in keys if fp32.get(k, (None,))[0] != bf16.get(k, (None,))[0]]
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "path": args.path,
        "chunk_tokens": args.chunk_tokens, "findings": len(keys),
        "leaked_fp32": sum(v[0] for v in fp32.values()),
        "leaked_bf16": sum(v[0] for v in bf16.values()),
        "same_verdict": same_leak, "same_verdict_attack_and_score": same_all,
        "verdict_flips": len(flips), "scan_seconds_fp32": round(t32, 1),
        "scan_seconds_bf16": round(t16, 1),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
