"""Baselines: fingerprints of accepted findings, never their values.

Findings match a baseline by (path, fingerprint, rule), not by line, so edits elsewhere in a
file do not bring accepted findings back. The path is the file's path from the root of its
repository (SourceFile.repo_path), so a baseline matches from whatever folder codeleak runs in.
A baseline made by a scan of several repositories at once also names each entry's repository
(`repo`, see `codeleak.repos`), so that what is accepted in one is not accepted in another at
the same path. An entry without one (made by a scan of one repository, as every baseline was
before) holds in the repository the baseline file lies in, when a scan reads that one, else in
any: baselines made before keep working, and one kept in repoA accepts nothing in repoB.
Fingerprints keyed with CODELEAK_FINGERPRINT_KEY match only runs with the same key; a keyed
baseline records a check of its key (`key_check`) so that a run with another key, or none, is
warned rather than silently suppressing nothing (key_warning).
"""
from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from codeleak import repos
from codeleak.errors import FatalError
from codeleak.masking import FINGERPRINT_KEY_ENV, fingerprint
from codeleak.records import Finding

VERSION = 2
# Version 1 stored paths as shown from the folder the baseline was made in; they are read as
# paths from the repository root, which is where such baselines were usually made.
READABLE_VERSIONS = (1, 2)
# A baseline made with a fingerprint key records this text's fingerprint (`key_check`), so that
# a run with another key can tell; the text is public, the key is not.
KEY_CHECK_TEXT = "codeleak baseline key check"


class Entry(NamedTuple):
    """An accepted finding: its file's path from the repository root, its value's fingerprint,
    its rule, and the name of its repository ("": any repository)."""

    path: str
    fingerprint: str
    rule: str
    repo: str = ""


def baseline_json(findings: Iterable[Finding], repo_paths: Mapping[str, str] | None = None,
                  repo_roots: Mapping[str, str] | None = None) -> str:
    """The baseline of findings, each under its path from the repository root (repo_paths maps
    display paths to those, as ScanReport.repo_paths does); where repo_roots (display path ->
    root, as ScanReport.repo_roots) holds several roots, each under its repository's name too."""
    where, roots = repo_paths or {}, repo_roots or {}
    named = repos.names(roots.values())
    several = len(named) > 1
    rows = sorted({(named.get(roots.get(f.entity.path, ""), "") if several else "",
                    where.get(f.entity.path, f.entity.path), fingerprint(f.entity.value),
                    f.entity.rule, f.entity.category) for f in findings})
    check = fingerprint(KEY_CHECK_TEXT)  # only keyed: a plain one tells nothing
    return json.dumps({"version": VERSION, **({"key_check": check} if _keyed(check) else {}),
                       "findings": [{**({"repo": repo} if repo else {}), "path": p,
                                     "fingerprint": fp, "rule": r, "category": c}
                                    for repo, p, fp, r, c in rows]}, indent=2) + "\n"


def read_baseline(path: Path) -> frozenset[Entry]:
    return _entries(path, _document(path))


def _document(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FatalError(f"baseline file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FatalError(f"cannot read baseline {path}: {exc}") from None
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise FatalError(f"{path} is not a codeleak baseline (version 1 or {VERSION})")
    return data


def _entries(path: Path, data: dict[str, Any]) -> frozenset[Entry]:
    try:
        entries = frozenset(Entry(r["path"], r["fingerprint"], r["rule"], r.get("repo", ""))
                            for r in data["findings"])
    except (KeyError, TypeError, AttributeError):
        raise FatalError(f"{path}: malformed baseline entry") from None
    if not all(isinstance(field, str) for entry in entries for field in entry):
        raise FatalError(f"{path}: malformed baseline entry")
    return entries


def home_of(baseline: Path, roots: Iterable[str]) -> str:
    """The root, among a scan's, that a baseline file lies in (the innermost); "" for none."""
    where = baseline.resolve()
    return max((r for r in set(roots) if r and where.is_relative_to(r)), key=len, default="")


def in_repository(entry: Entry, root: str, home: str) -> bool:
    """Whether an entry holds in the repository at root: the one it names; else the one its
    baseline lies in (home), or any where the baseline lies in none of the scan's (or the
    file's root is unknown)."""
    if entry.repo:
        return repos.is_named(root, entry.repo)
    return not home or not root or root == home


def _keyed(fp: str) -> bool:
    return fp.startswith("hmac-sha256:")


def key_warning(path: Path, found: Collection[tuple[str, str]]) -> str:
    """Why the baseline at path may accept none of this run's findings although it should:
    its fingerprints are keyed with another CODELEAK_FINGERPRINT_KEY than this run's, or with
    none ("" when nothing says so). found: (path from the repository root, fingerprint) of each
    of this run's findings. A keyed baseline that records its key_check is compared with this
    run's; an older one is suspect when findings lie in files it names but none of its
    fingerprints is among this run's."""
    data = _document(path)
    entries = _entries(path, data)
    check = fingerprint(KEY_CHECK_TEXT)
    keyed = {_keyed(e.fingerprint) for e in entries}
    if entries and _keyed(check) not in keyed:
        return (f"baseline {path} holds plain sha256 fingerprints but {FINGERPRINT_KEY_ENV} is "
                "set, so none of its entries can match; unset it, or remake the baseline with it"
                if _keyed(check) else
                f"baseline {path} holds keyed (hmac-sha256) fingerprints but "
                f"{FINGERPRINT_KEY_ENV} is not set, so none of its entries can match; set it to "
                "the key the baseline was made with")
    if not _keyed(check) or True not in keyed:
        return ""
    recorded = data.get("key_check")
    if isinstance(recorded, str) and _keyed(recorded):
        return "" if recorded == check else (
            f"baseline {path} was made with another {FINGERPRINT_KEY_ENV}, so none of its "
            "entries can match; use the key it was made with, or remake it")
    named = {e.path for e in entries}
    fingerprints = {e.fingerprint for e in entries}
    if any(p in named for p, _ in found) and not any(fp in fingerprints for _, fp in found):
        return (f"none of the entries of baseline {path} matches this run's findings, some in "
                f"files it names: was it made with another {FINGERPRINT_KEY_ENV}?")
    return ""
