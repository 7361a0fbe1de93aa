"""Scan engines by name: the explicit registry behind `codeleak scan --engine NAME`.

    local   default; everything in this process
    ray     parse on Ray tasks, embed and invert on a pool of Ray actors (one model load per
            worker); `--address` joins an existing cluster. Needs `pip install 'codeleak[ray]'`.
"""
from __future__ import annotations

from collections.abc import Callable

from codeleak.engines.base import Engine, Repositories
from codeleak.errors import FatalError

__all__ = ["ENGINES", "Engine", "Repositories", "get_engine"]


def _local(address: str | None, workers: int | None) -> Engine:
    from codeleak.engines.local import LocalEngine

    if address:
        raise FatalError("--address needs --engine ray")
    if workers is not None:
        raise FatalError("--workers needs --engine ray (the local engine's processes are --jobs)")
    return LocalEngine()


def _ray(address: str | None, workers: int | None) -> Engine:
    from codeleak.engines.ray_engine import RayEngine

    return RayEngine(address=address, workers=workers)


ENGINES: dict[str, Callable[[str | None, int | None], Engine]] = {
    "local": _local,
    "ray": _ray,
}


def get_engine(name: str, address: str | None = None, workers: int | None = None) -> Engine:
    """The engine called name; FatalError for an unknown one."""
    if name not in ENGINES:
        raise FatalError(f"unknown engine {name!r}: use one of {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise FatalError(f"--workers must be at least 1, not {workers}")
    return ENGINES[name](address, workers)
