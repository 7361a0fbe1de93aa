"""Secret detection: codeleak vs detect-secrets vs CredSweeper on the public sample sets.

Each tool's findings are reduced to (path, line). Ground truth is bench/detection_labels.json: the
union of all tools' findings, labelled by the file name's intent where it has one (`_p`/`_n`,
`password_TRUE`/`password_FALSE`, `false_positive`) and by manual review of each line otherwise
(see docs/detection.md). Findings missing from the labels are listed as unlabelled.

    python bench/detection.py                  # the table
    python bench/detection.py --unlabelled     # print the (path, line) pairs still to label
    python bench/detection.py --errors         # codeleak's misses and false flags
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import re
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASETS = (REPO / ".." / "shared" / "datasets").resolve()
TARGETS = ("credsweeper-samples/samples", "detect-secrets-test-data/test_data")
LABELS = REPO / "bench" / "detection_labels.json"
BLOCKING = ("medium", "high", "critical")

Key = tuple[str, int]


def _rel(path: str) -> str:
    p = Path(path)
    p = p if p.is_absolute() else (DATASETS / p)
    return p.resolve().relative_to(DATASETS).as_posix()


def run_codeleak() -> set[Key]:
    sys.path.insert(0, str(REPO))
    from codeleak.classify import classify
    from codeleak.extract import extract
    from codeleak.files import read_sources
    from codeleak.parse import parse

    found: set[Key] = set()
    cwd = os.getcwd()
    os.chdir(DATASETS)
    try:
        for source in read_sources(list(TARGETS)):
            entities = classify(extract(parse(source)), sources={source.path: source.data})
            found |= {(_rel(e.path), e.line) for e in entities
                      if e.category == "secret" and e.severity in BLOCKING}
    finally:
        os.chdir(cwd)
    return found


def run_detect_secrets() -> set[Key]:
    out = subprocess.run([_tool("detect-secrets"), "scan", "--all-files", *TARGETS], cwd=DATASETS,
                         capture_output=True, text=True, check=True)
    results = json.loads(out.stdout)["results"]
    return {(_rel(path), item["line_number"]) for path, items in results.items() for item in items}


def run_credsweeper() -> set[Key]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([_tool("credsweeper"), "--path", *TARGETS, "--save-json", str(report)],
                       cwd=DATASETS, capture_output=True, text=True, check=True)
        items = json.loads(report.read_text())
    return {(_rel(line["path"]), line["line_num"]) for item in items for line in item["line_data_list"]}


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


_PEM_BEGIN = re.compile(r"-----BEGIN[ A-Z0-9]*PRIVATE KEY")
_PEM_END = re.compile(r"-----END[ A-Z0-9]*PRIVATE KEY")


@lru_cache(maxsize=None)
def _pem_blocks(path: str) -> tuple[tuple[int, int], ...]:
    """1-based (first, last) lines of each PEM private-key block in a dataset file."""
    try:
        lines = (DATASETS / path).read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return ()
    blocks, start = [], 0
    for number, line in enumerate(lines, start=1):
        if _PEM_BEGIN.search(line):
            start = number
        elif start and _PEM_END.search(line):
            blocks.append((start, number))
            start = 0
    return tuple(blocks)


@lru_cache(maxsize=1)
def _label_rows() -> tuple[dict[str, object], ...]:
    return tuple(json.loads(LABELS.read_text())) if LABELS.exists() else ()


@lru_cache(maxsize=1)
def _units() -> dict[Key, Key]:
    """Lines that a label row maps onto another line of the same credential (`"unit": line`)."""
    return {(str(r["path"]), int(r["line"])): (str(r["path"]), int(r["unit"]))  # type: ignore[call-overload]
            for r in _label_rows() if "unit" in r}


def unit(key: Key) -> Key:
    """A multi-line credential is one credential: a PEM block counts on its BEGIN line, and a label
    row with `"unit": N` (a base64 key body split over string literals, a JWK) counts on line N."""
    if key in _units():
        return _units()[key]
    for first, last in _pem_blocks(key[0]):
        if first <= key[1] <= last:
            return key[0], first
    return key


def load_labels() -> dict[Key, bool]:
    return {(str(row["path"]), int(row["line"])): bool(row["label"])  # type: ignore[call-overload]
            for row in _label_rows() if "label" in row}


def table(results: dict[str, tuple[set[Key], float]], labels: dict[Key, bool]) -> list[str]:
    positives = {k for k, v in labels.items() if v}
    rows = ["| tool | true found | recall | false flags | unlabelled | seconds |", "|---|---|---|---|---|---|"]
    for tool, (found, seconds) in results.items():
        tp = len(found & positives)
        fp = len({k for k in found if labels.get(k) is False})
        unl = len({k for k in found if k not in labels})
        rows.append(f"| {tool} | {tp}/{len(positives)} | {tp / max(1, len(positives)):.3f} | {fp} | {unl} | {seconds:.1f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unlabelled", action="store_true", help="list findings without a label")
    parser.add_argument("--errors", action="store_true",
                        help="list codeleak's misses and false flags on labelled lines")
    parser.add_argument("--peer-cache", type=Path,
                        help="JSON file to reuse the peers' findings from (written if missing)")
    args = parser.parse_args(argv)
    results = _run_all(args.peer_cache)
    labels = load_labels()
    if args.unlabelled:
        union = set().union(*(found for found, _ in results.values()))
        for key in sorted(union - labels.keys()):
            tools = ",".join(n.split()[0] for n, (f, _) in results.items() if key in f)
            print(f"{key[0]}:{key[1]}\t{tools}")
        return 0
    if args.errors:
        found = results["codeleak"][0]
        for key in sorted(k for k, v in labels.items() if v and k not in found):
            print(f"miss\t{key[0]}:{key[1]}")
        for key in sorted(k for k in found if labels.get(k) is False):
            print(f"false\t{key[0]}:{key[1]}")
        return 0
    print(f"labelled lines: {len(labels)} ({sum(labels.values())} true)")
    print("\n".join(table(results, labels)))
    return 0


def _run_all(cache: Path | None) -> dict[str, tuple[set[Key], float]]:
    peers: dict[str, tuple[list[Key], float]] = {}
    if cache is not None and cache.exists():
        peers = {name: ([(p, n) for p, n in keys], seconds)
                 for name, (keys, seconds) in json.loads(cache.read_text()).items()}
    results: dict[str, tuple[set[Key], float]] = {}
    for name, runner in (("codeleak", run_codeleak), ("detect-secrets 1.5", run_detect_secrets),
                         ("credsweeper", run_credsweeper)):
        if name in peers:
            results[name] = ({unit(k) for k in peers[name][0]}, peers[name][1])
            continue
        start = time.perf_counter()
        raw = runner()
        seconds = time.perf_counter() - start
        results[name] = ({unit(k) for k in raw}, seconds)
        if name != "codeleak":
            peers[name] = (sorted(raw), seconds)
    if cache is not None:
        cache.write_text(json.dumps(peers))
    return results


if __name__ == "__main__":
    raise SystemExit(main())
