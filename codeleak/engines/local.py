"""The default engine: everything in this process, models loaded once per run."""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace

from codeleak import pipeline
from codeleak.config import Settings
from codeleak.engines.base import Repositories
from codeleak.engines.summary import summarise
from codeleak.records import ScanReport, SourceFile


class LocalEngine:
    name = "local"

    def __init__(self) -> None:
        self._models: pipeline.Models | None = None

    def scan(self, sources: Sequence[SourceFile], settings: Settings, *, progress: bool,
             repositories: Repositories | None = None) -> ScanReport:
        started = time.perf_counter()
        if self._models is None:
            self._models = pipeline.Models(settings)
        self._models.settings = settings  # a sweep changes only chunk_tokens
        counter = self._models.embedder.counter()
        analyses = pipeline.analyse_all(sources, settings, counter, progress=progress)
        report = pipeline.judge_analyses(analyses, settings, self._models, progress=progress,
                                         started=started)
        if repositories:
            report = replace(report, repositories=summarise(repositories, analyses, report))
        return report

    def close(self) -> None:
        self._models = None
