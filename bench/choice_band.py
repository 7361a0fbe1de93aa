"""How far bf16 re-embedding moves the inverter's choice between candidates (BF16_RECHECK_BAND).

    python bench/choice_band.py [--chunks 1200]

For held-out chunks of 16-64 tokens (work-data/build/eval_chunks.json), the default inverter's
candidates are re-embedded in fp32 and in bf16; for rows with two or more candidates, the gap
between the two best cosines to the target is compared: its largest shift, and how many choices
fall within the band (and are re-made in fp32).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()


def main() -> None:
    import numpy as np
    import torch

    from codeleak.embedders import BF16_RECHECK_BAND, get_embedder
    from codeleak.inverters import get_inverter
    from codeleak.inverters.builtin import _unit

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=1200)
    args = parser.parse_args()
    rows = json.loads((ROOT / "work-data" / "build" / "eval_chunks.json").read_text())
    texts = [r["text"] for r in rows if r["length"] in (16, 32, 64)][: args.chunks]
    fp32 = get_embedder("minilm")
    bf16 = fp32.at_precision("bf16")  # type: ignore[attr-defined]
    inverter = get_inverter("builtin", fp32)
    net, pieces = inverter._load()  # type: ignore[attr-defined]
    target = fp32.embed(texts)
    candidates: list[list[str]] = []
    for start in range(0, len(texts), 128):
        with torch.inference_mode():
            prepared = net.prepare(torch.from_numpy(target[start:start + 128]))
            candidates += inverter._candidates(net, pieces, prepared)  # type: ignore[attr-defined]
    goal = _unit(target)
    multi = [i for i, row in enumerate(candidates) if len(row) > 1]
    flat = [t for i in multi for t in candidates[i]]
    exact, fast = _unit(fp32.embed(flat)), _unit(bf16.embed(flat))
    shifts, within, at = [], 0, 0
    for i in multi:
        n = len(candidates[i])
        a = np.sort(exact[at:at + n] @ goal[i])[-2:]
        b = np.sort(fast[at:at + n] @ goal[i])[-2:]
        shifts.append(abs((a[1] - a[0]) - (b[1] - b[0])))
        within += int(b[1] - b[0] < BF16_RECHECK_BAND)
        at += n
    print(json.dumps({"chunks": len(texts), "rows_with_choices": len(multi),
                      "max_gap_shift": round(float(max(shifts)), 5),
                      "p99_gap_shift": round(float(np.quantile(shifts, 0.99)), 5),
                      "band": BF16_RECHECK_BAND, "choices_within_band": within}))


if __name__ == "__main__":
    main()
