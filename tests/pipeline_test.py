"""The per-file half of a scan in worker processes gives what it gives in this process."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from codeleak import pipeline
from codeleak.config import Settings
from codeleak.tokenizer import default_counter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_worker_processes_analyse_like_this_process() -> None:
    settings = replace(Settings(), cache=False, chunk_tokens=64)
    sources = pipeline.load_sources([str(FIXTURES / "demo"), str(FIXTURES / "grammars")],
                                    settings)
    assert len(sources) > 20
    added = {sources[0].path: frozenset({1, 2, 3}), sources[5].path: frozenset({4})}
    counter = default_counter()
    alone = pipeline.analyse_all(sources, replace(settings, jobs=1), counter, added_lines=added)
    pooled = pipeline.analyse_all(sources, replace(settings, jobs=2), counter, added_lines=added)
    assert [a.path for a in pooled] == [s.path for s in sources]
    assert pooled == alone
    assert sum(len(a.sensitive) for a in pooled) > 10
    assert all(e.line in {1, 2, 3} or e.end_line in {1, 2, 3} for e in pooled[0].sensitive)


def test_jobs_default_to_one_for_small_scans_and_batches_keep_order() -> None:
    from codeleak.records import SourceFile

    small = [SourceFile(f"f{i}.py", "python", "x = 1\n", b"x = 1\n") for i in range(50)]
    assert pipeline.analysis_jobs(Settings(), small) == 1
    assert pipeline.analysis_jobs(replace(Settings(), jobs=3), small) == 3
    big = [SourceFile(f"f{i}.py", "python", "", b"x" * 100_000) for i in range(30)]
    assert pipeline.analysis_jobs(Settings(), big) >= 1
    batches = pipeline.file_batches(big, 250_000)
    assert [len(b) for b in batches] == [2] * 15
    assert [s for b in batches for s in b] == big
