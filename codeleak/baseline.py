"""Baselines: fingerprints of accepted findings, never their values.

Findings match a baseline by (path, fingerprint, rule), not by line, so edits elsewhere in a
file do not bring accepted findings back. The path is the file's path from the root of its
repository (SourceFile.repo_path), so a baseline matches from whatever folder codeleak runs in.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from codeleak.errors import FatalError
from codeleak.masking import fingerprint
from codeleak.records import Finding

VERSION = 2
# Version 1 stored paths as shown from the folder the baseline was made in; they are read as
# paths from the repository root, which is where such baselines were usually made.
READABLE_VERSIONS = (1, 2)


def baseline_json(findings: Iterable[Finding], repo_paths: Mapping[str, str] | None = None
                  ) -> str:
    """The baseline of findings, each under its path from the repository root (repo_paths maps
    display paths to those, as ScanReport.repo_paths does)."""
    where = repo_paths or {}
    rows = sorted({(where.get(f.entity.path, f.entity.path), fingerprint(f.entity.value),
                    f.entity.rule, f.entity.category) for f in findings})
    return json.dumps({"version": VERSION, "findings": [
        {"path": p, "fingerprint": fp, "rule": r, "category": c} for p, fp, r, c in rows
    ]}, indent=2) + "\n"


def read_baseline(path: Path) -> frozenset[tuple[str, str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FatalError(f"baseline file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FatalError(f"cannot read baseline {path}: {exc}") from None
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise FatalError(f"{path} is not a codeleak baseline (version 1 or {VERSION})")
    try:
        return frozenset((r["path"], r["fingerprint"], r["rule"]) for r in data["findings"])
    except (KeyError, TypeError):
        raise FatalError(f"{path}: malformed baseline entry") from None
