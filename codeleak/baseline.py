"""Baselines: fingerprints of accepted findings, never their values.

Findings match a baseline by (path, fingerprint, rule), not by line, so edits elsewhere in a
file do not bring accepted findings back.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from codeleak.errors import FatalError
from codeleak.masking import fingerprint
from codeleak.records import Finding

VERSION = 1


def baseline_json(findings: Iterable[Finding]) -> str:
    rows = sorted({(f.entity.path, fingerprint(f.entity.value), f.entity.rule,
                    f.entity.category) for f in findings})
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
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise FatalError(f"{path} is not a codeleak baseline (version {VERSION})")
    try:
        return frozenset((r["path"], r["fingerprint"], r["rule"]) for r in data["findings"])
    except (KeyError, TypeError):
        raise FatalError(f"{path}: malformed baseline entry") from None
