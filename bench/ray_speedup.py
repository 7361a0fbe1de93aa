"""Speed of `codeleak scan` on the local engine and on the Ray engine with 1 and 2 workers.

    python bench/ray_speedup.py [--files 48] [--chunk-tokens 64] [--inverter builtin]

Scans a synthetic set of repositories (functions with planted secrets, personal data and
internal hosts, so every file has chunks to embed and invert) with the cache off, on a local
Ray cluster started with as many CPUs as the machine has. Prints one JSON object per run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from codeleak.commands.scan import load_repositories  # noqa: E402
from codeleak.config import Settings  # noqa: E402
from codeleak.engines import get_engine  # noqa: E402
from codeleak.engines.ray_engine import package_root  # noqa: E402


def make_repos(root: Path, files: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    words = ["order", "invoice", "customer", "ledger", "payment", "shipment", "refund", "quota"]
    repos = []
    for r in range(4):
        repo = root / f"repo{r}"
        repos.append(str(repo))
        for f in range(files // 4):
            body = []
            for k in range(6):
                w = rng.choice(words)
                body.append(f"def {w}_{k}(client, {w}_id):\n"
                            f"    \"\"\"Fetch the {w} from the {w} service.\"\"\"\n"
                            f"    return client.get(f\"/api/{w}/{{{w}_id}}\", timeout={k + 3})\n")
            token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(36))
            body.append(f'GITHUB_TOKEN = "ghp_{token}"\n'
                        f'DB_HOST = "db{f:02d}.prod.internal.example.net"\n'
                        f'OWNER = "ops.team{f}@corp-internal.example"\n')
            (repo / f"module_{f}.py").parent.mkdir(parents=True, exist_ok=True)
            (repo / f"module_{f}.py").write_text("\n\n".join(body))
    return repos


def timed(engine_name: str, workers: int | None, sources: list, repositories: dict,
          settings: Settings) -> dict[str, object]:
    engine = get_engine(engine_name, workers=workers)
    started = time.perf_counter()
    try:
        report = engine.scan(sources, settings, progress=False, repositories=repositories)
    finally:
        engine.close()
    return {"engine": engine_name, "workers": workers, "seconds": round(time.perf_counter()
                                                                         - started, 2),
            "files": report.files, "chunks": report.chunks, "sensitive": report.sensitive,
            "leaked": report.leaked}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=48)
    parser.add_argument("--chunk-tokens", type=int, default=64)
    parser.add_argument("--inverter", default="builtin")
    parser.add_argument("--out", type=Path, default=Path("/tmp/codeleak-ray-bench"))
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import ray

    repos = make_repos(args.out, args.files)
    settings = Settings(inverter=args.inverter, cache=False, chunk_tokens=args.chunk_tokens)
    sources, repositories = load_repositories(repos, settings)
    runs = [timed("local", None, sources, repositories, settings)]
    print(json.dumps(runs[-1]), flush=True)
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": package_root()}})
    try:
        for workers in (1, 2):
            runs.append(timed("ray", workers, sources, repositories, settings))
            print(json.dumps(runs[-1]), flush=True)
    finally:
        ray.shutdown()
    one, two = runs[1]["seconds"], runs[2]["seconds"]
    print(json.dumps({"speedup_2_vs_1_workers": round(float(one) / float(two), 2),
                      "cpus": os.cpu_count(), "load_average": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
