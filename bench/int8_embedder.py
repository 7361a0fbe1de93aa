"""Would int8 dynamic quantisation of the embedder speed up the attack's own embeddings on a
CPU without native bf16? Speed and fidelity against fp32 on the 32-token evaluation chunks.

    python bench/int8_embedder.py [--chunks 512]

Embeds the chunks with all-MiniLM-L6-v2 in fp32 and with its Linear layers quantised to int8
(`torch.ao.quantization.quantize_dynamic`), after a warm-up batch, and prints texts per second
for each and the cosine of each int8 vector to its fp32 vector (minimum and mean). The
inverter's re-embedding checks compare cosines a few thousandths apart, so the int8 vectors
would have to stay within that of fp32's to be usable. Needs work-data/build/eval_chunks.json
(`python bench/build_inverter.py --stage chunks`).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codeleak.runtime import set_defaults  # noqa: E402

set_defaults()


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import torch

    from codeleak.embedders import get_embedder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=512)
    args = parser.parse_args(argv)
    rows = json.loads((ROOT / "work-data" / "build" / "eval_chunks.json").read_text())
    texts = [str(r["text"]) for r in rows if r["length"] == 32][:args.chunks]
    embedder = get_embedder("minilm")
    model, _ = embedder._load()  # type: ignore[attr-defined]

    def timed() -> tuple[float, np.ndarray]:
        embedder.embed(texts[:64])
        start = time.perf_counter()
        vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
        return len(texts) / (time.perf_counter() - start), vectors

    fp32_speed, fp32 = timed()
    quantised = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    embedder._loaded["model"] = quantised  # type: ignore[attr-defined]
    int8_speed, int8 = timed()
    cosine = (fp32 * int8).sum(1) / np.linalg.norm(fp32, axis=1) / np.linalg.norm(int8, axis=1)
    print(json.dumps({"date": time.strftime("%Y-%m-%d %H:%M"), "chunks": len(texts),
                      "fp32_per_s": round(fp32_speed, 1), "int8_per_s": round(int8_speed, 1),
                      "cosine_min": round(float(cosine.min()), 4),
                      "cosine_mean": round(float(cosine.mean()), 4)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
