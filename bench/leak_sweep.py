"""Leak rate by chunk size on real code with planted and natural secrets.

Copies a real project into a temporary folder (the input is never modified), plants invented
credentials, personal data and internal hosts into some of its source files the way developers
leave them (an assignment after the imports, a comment), then runs `codeleak scan --sweep` and
prints, for each chunk size, how many sensitive entities leak, how many of the planted ones, and
the control rate.

    python bench/leak_sweep.py PROJECT [--plants 40] [--sizes 32,64,128,256] [--inverter builtin]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import string
import subprocess
import sys
import tempfile
from pathlib import Path

COMMENT = {".py": "#", ".rb": "#", ".sh": "#", ".yaml": "#", ".yml": "#", ".toml": "#",
           ".js": "//", ".ts": "//", ".mjs": "//", ".cjs": "//", ".go": "//", ".java": "//",
           ".c": "//", ".h": "//", ".rs": "//"}
ASSIGN = {".py": "{name} = \"{value}\"", ".rb": "{name} = \"{value}\"",
          ".js": "const {name} = \"{value}\";", ".ts": "const {name} = \"{value}\";",
          ".mjs": "const {name} = \"{value}\";", ".cjs": "const {name} = \"{value}\";"}


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def invent(rng: random.Random) -> tuple[str, str, str]:
    """(kind, name, value) of one invented sensitive value."""
    kind = rng.choice(["aws", "github", "password", "host", "email", "slack", "stripe"])
    up, al = string.ascii_uppercase, string.ascii_letters + string.digits
    if kind == "aws":
        return kind, "AWS_ACCESS_KEY_ID", "AKIA" + _rand(rng, up + "234567", 16)
    if kind == "github":
        return kind, "GITHUB_TOKEN", "ghp_" + _rand(rng, al, 36)
    if kind == "password":
        word = rng.choice(["Falcon", "Marlin", "Quartz", "Juniper", "Osprey"])
        return kind, "db_password", f"{word}-{_rand(rng, al, 6)}-{rng.randint(10, 99)}"
    if kind == "host":
        team = rng.choice(["billing", "ledger", "payroll", "search", "fraud"])
        return kind, "SERVICE_HOST", f"{team}-db{rng.randint(1, 9)}.prod.{team}.internal"
    if kind == "email":
        first = rng.choice(["dana", "priya", "tomas", "wei", "amara", "lukas"])
        last = rng.choice(["whitfield", "raman", "novak", "zhang", "okafor", "berg"])
        return kind, "OWNER_EMAIL", f"{first}.{last}@northwind-corp.com"
    if kind == "slack":
        return kind, "SLACK_BOT_TOKEN", ("xoxb-" + _rand(rng, string.digits, 11) + "-"
                                         + _rand(rng, string.digits, 12) + "-" + _rand(rng, al, 24))
    return kind, "STRIPE_KEY", "sk_live_" + _rand(rng, al, 32)


def plant(folder: Path, count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in ASSIGN
                   and p.stat().st_size < 200_000)
    rng.shuffle(files)
    planted = []
    for path in files[:count]:
        kind, name, value = invent(rng)
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        at = rng.randint(0, max(0, len(lines) // 3))
        if rng.random() < 0.7:
            line = ASSIGN[path.suffix].format(name=name, value=value)
        else:
            line = f"{COMMENT[path.suffix]} {name.lower().replace('_', ' ')}: {value}"
        lines.insert(at, line)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        planted.append((str(path.relative_to(folder)), kind, value))
    return planted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--plants", type=int, default=40)
    parser.add_argument("--sizes", default="32,64,128,256")
    parser.add_argument("--inverter", default="builtin")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / Path(args.project).name
        shutil.copytree(args.project, work, symlinks=True)
        planted = plant(work, args.plants, args.seed)
        from codeleak.masking import fingerprint

        marks = {fingerprint(v) for _, _, v in planted}
        rows = []
        for size in args.sizes.split(","):
            out = subprocess.run(
                [sys.executable, "-m", "codeleak", "scan", str(work), "--format", "json",
                 "--chunk-tokens", size, "--inverter", args.inverter, "--no-cache",
                 "--fail-on", "never", "-q"], capture_output=True, text=True, check=True)
            doc = json.loads(out.stdout)
            findings = doc["findings"]
            mine = [f for f in findings if f["fingerprint"] in marks]
            s = doc["summary"]
            rows.append((int(size), s["chunks"], s["sensitive"], s["leaked"],
                         len(mine), sum(f["leaked"] for f in mine),
                         sum(f["leaked"] and f["attack"] == "inversion" for f in findings),
                         sum(f["leaked"] and f["attack"] == "confirmation" for f in findings),
                         s["control_leak_rate"], s["seconds"]))
    print(f"project {args.project}: {len(planted)} planted values "
          f"({', '.join(sorted({k for _, k, _ in planted}))})")
    print("| chunk tokens | chunks judged | sensitive | leaked | leak rate | planted leaked | "
          "by inversion | by confirmation | control rate | seconds |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, chunks, sens, leaked, n_mine, l_mine, inv, conf, control, secs in rows:
        print(f"| {size} | {chunks} | {sens} | {leaked} | {leaked / max(sens, 1):.2f} | "
              f"{l_mine}/{n_mine} | {inv} | {conf} | {control:.3f} | {secs:.0f} |")


if __name__ == "__main__":
    main()
