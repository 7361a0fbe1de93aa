"""Names for the repositories one scan reads: what tells apart two files that have one path
from their roots (`config/settings.py` in repoA and in repoB) in baselines and SARIF.

A repository is named by its root folder's last component (`repoA`), or by as many of its last
components as tell it from the other roots of the scan (`org1/api`, `org2/api`); the name does
not depend on where the repository is checked out or on the current folder.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath


def _parts(root: str) -> tuple[str, ...]:
    return PurePath(root).parts


def names(roots: Iterable[str]) -> dict[str, str]:
    """Each root (an absolute folder; "" for unknown ones, which are left out) with its name."""
    known = sorted({r for r in roots if r})
    return {root: _name(root, [_parts(r) for r in known if r != root]) for root in known}


def _name(root: str, others: list[tuple[str, ...]]) -> str:
    parts = _parts(root)
    for count in range(1, len(parts) + 1):
        if all(other[-count:] != parts[-count:] for other in others):
            return PurePath(*parts[-count:]).as_posix()
    return PurePath(root).as_posix()


def is_named(root: str, name: str) -> bool:
    """Whether a root answers to a name: its last components are the name's (`api` and
    `org1/api` both name `/src/org1/api`)."""
    wanted = tuple(part for part in name.split("/") if part)
    return bool(wanted) and _parts(root)[-len(wanted):] == wanted
