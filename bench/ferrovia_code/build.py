#!/usr/bin/env python3
"""Build the Ferrovia Logistics held-out monorepo.

usage: python build.py OUTDIR   -> OUTDIR/app/**, OUTDIR/labels.json
"""
import json
import os
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fakes  # noqa: E402
from core import render  # noqa: E402

SEED = 20240917


def build(outdir):
    fakes.seed(SEED)
    fakes._seen.clear()
    from world import World
    import files_python, files_web, files_jvm, files_misc, files_infra, files_data

    W = World()
    marked = {}
    for mod in (files_python, files_web, files_jvm, files_misc, files_infra, files_data):
        for path, text in mod.files(W).items():
            if path in marked:
                raise SystemExit(f"duplicate path {path}")
            marked[path] = text

    app = os.path.join(outdir, "app")
    if os.path.isdir(app):
        shutil.rmtree(app)
    labels = []
    problems = []
    for path in sorted(marked):
        clean, labs = render(marked[path])
        dest = os.path.join(app, path)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8") as fh:
            fh.write(clean)
        lines = clean.split("\n")
        for line, value, cls in labs:
            first = value.split("\n")[0]
            if first not in lines[line - 1] and not lines[line - 1].rstrip().endswith(value[: len(value) // 2].split("\n")[0][:10]):
                # split values: only the first fragment is on the line
                if value[:8] not in lines[line - 1]:
                    problems.append(f"{path}:{line}: value not found on its line: {value[:40]!r}")
            if len(value) < 4:
                problems.append(f"{path}:{line}: value too short: {value!r}")
            labels.append({"file": path, "line": line, "value": value, "class": cls})

    # ambiguity checks: labels within +-1 line whose values contain one another
    by_file = {}
    for lab in labels:
        by_file.setdefault(lab["file"], []).append(lab)
    for path, labs in by_file.items():
        for a in labs:
            for b in labs:
                if a is b or a["value"] == b["value"] or abs(a["line"] - b["line"]) > 1:
                    continue
                if a["value"] in b["value"]:
                    problems.append(f"{path}:{a['line']}: {a['class']} {a['value'][:30]!r} inside {b['class']} {b['value'][:30]!r}")
        # negatives must not occur inside any positive value of the same file
        for a in labs:
            if a["class"] != "none":
                continue
            for b in labs:
                if b["class"] != "none" and a["value"] in b["value"]:
                    problems.append(f"{path}:{a['line']}: negative {a['value']!r} occurs inside positive {b['value'][:30]!r}")

    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)

    cnt = Counter(l["class"] for l in labels)
    print(f"files: {len(marked)}  labels: {len(labels)}  " + "  ".join(f"{k}={cnt[k]}" for k in ("secret", "pii", "infra", "proprietary", "none")))
    print(f"positives: {sum(v for k, v in cnt.items() if k != 'none')}  negatives: {cnt['none']}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    os.makedirs(sys.argv[1], exist_ok=True)
    sys.exit(build(sys.argv[1]))
