"""The engine protocol: who runs a scan's work, this process or a cluster."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from codeleak.config import Settings
from codeleak.records import ScanReport, SourceFile

# repository root as shown -> display paths of its files
Repositories = Mapping[str, Sequence[str]]


class Engine(Protocol):
    """Runs `pipeline.analyse` per file and `pipeline.judge_analyses` over all of them; every
    engine gives the same report for the same sources and settings."""

    name: str

    def scan(self, sources: Sequence[SourceFile], settings: Settings, *, progress: bool,
             repositories: Repositories | None = None) -> ScanReport:
        """One scan at settings.chunk_tokens; per-repository summaries when repositories."""
        ...

    def close(self) -> None:
        """Free what the engine holds (models, worker processes); safe to call twice."""
        ...
