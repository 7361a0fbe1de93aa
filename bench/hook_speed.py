"""Time the pre-commit hook on a typical commit, cold and warm, and the CLI's start-up.

A temporary repository gets a commit of 5 Python files of ~200 lines; a second commit edits
each file (a new function with a secret and a few changed lines) and stages it. Then
`codeleak hook FILE...` runs as pre-commit would run it:

- cold: an empty cache folder, a new process (model load included);
- warm: the same staged change again, so every chunk is in the cache;
- `codeleak --help` and `codeleak --version`: best of several runs.

Usage: python bench/hook_speed.py [--runs N] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"warm": 1.5, "cold": 10.0, "help": 0.3, "version": 0.3}
FILES = 5
LINES_PER_FILE = 200


def module_text(index: int) -> str:
    """~200 lines of ordinary Python: classes, functions, docstrings, comments."""
    out = [f'"""Inventory service module {index}: stock levels and reorder rules."""',
           "from __future__ import annotations", "", "import math", ""]
    n = 0
    while len(out) < LINES_PER_FILE - 10:
        out += [f"def reorder_point_{index}_{n}(daily_demand: float, lead_days: int) -> int:",
                f'    """Units to keep for {n + 2} days of demand plus safety stock."""',
                "    # safety stock grows with the square root of the lead time",
                "    safety = 1.65 * math.sqrt(max(lead_days, 1)) * daily_demand * 0.2",
                f"    return int(daily_demand * lead_days + safety) + {n}", "",
                f"class Bin{index}_{n}:",
                f"    def __init__(self, sku: str, quantity: int = {n}) -> None:",
                "        self.sku = sku", "        self.quantity = quantity", ""]
        n += 1
    return "\n".join(out) + "\n"


def edited_text(index: int) -> str:
    lines = module_text(index).splitlines()
    lines[20] = lines[20].replace("0.2", "0.25")
    lines[60] = lines[60].replace("0.2", "0.3")
    tail = ["", f"def connect_{index}(host: str) -> str:",
            '    """Open the warehouse database."""',
            f'    password = "Wh{index}-q8Lz!m2Vr7#kTp"',
            '    return f"postgresql://stock:{password}@{host}/inventory"']
    return "\n".join(lines + tail) + "\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def make_repo(base: Path) -> tuple[Path, list[str]]:
    repo = base / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "bench@test.invalid")
    git(repo, "config", "user.name", "Bench")
    names = [f"inventory/module_{i}.py" for i in range(FILES)]
    (repo / "inventory").mkdir()
    for i, name in enumerate(names):
        (repo / name).write_text(module_text(i))
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    for i, name in enumerate(names):
        (repo / name).write_text(edited_text(i))
    git(repo, "add", "-A")
    return repo, names


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    lines = out.stderr.strip().splitlines()
    return seconds, out.returncode, lines[-1] if lines else ""


def codeleak_cmd() -> list[str]:
    script = Path(sys.executable).parent / "codeleak"
    return [str(script)] if script.exists() else [sys.executable, "-m", "codeleak"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="warm and start-up runs (best of)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--inverter", metavar="NAME_OR_PATH", help="passed to codeleak hook")
    args = parser.parse_args(argv)
    cmd = codeleak_cmd()
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = {**os.environ, "CODELEAK_CACHE_DIR": str(base / "cache"), "HF_HUB_OFFLINE": "1",
               "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
        repo, names = make_repo(base)
        chosen = ["--inverter", args.inverter] if args.inverter else []
        hook = [*cmd, "hook", "--quiet", *chosen, *names]
        results["cold"], rc, last = timed(hook, repo, env)
        if rc not in (0, 1):
            print(f"hook failed (exit {rc}): {last}", file=sys.stderr)
            return 2
        results["warm"] = min(timed(hook, repo, env)[0] for _ in range(args.runs))
        for flag in ("help", "version"):
            results[flag] = min(timed([*cmd, f"--{flag}"], repo, env)[0]
                                for _ in range(args.runs))
        results["hook_exit_code"] = rc
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"command: {' '.join(cmd)} hook --quiet {' '.join(chosen)} "
              f"<{FILES} staged files x ~{LINES_PER_FILE} lines>".replace("  ", " "))
        for name, target in TARGETS.items():
            verdict = "ok" if results[name] <= target else "MISSED"
            print(f"{name:8s} {results[name]:6.2f} s   target <= {target} s   {verdict}")
        print(f"hook exit code (1 = findings): {results['hook_exit_code']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
