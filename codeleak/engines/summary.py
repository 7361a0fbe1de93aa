"""Per-repository summaries for a scan of several repositories at once."""
from __future__ import annotations

from collections.abc import Sequence

from codeleak.engines.base import Repositories
from codeleak.pipeline import FileAnalysis
from codeleak.records import RepoSummary, ScanReport


def summarise(repositories: Repositories, analyses: Sequence[FileAnalysis],
              report: ScanReport) -> tuple[RepoSummary, ...]:
    """Counts per repository, in the order the repositories were given; a file listed under
    two roots counts for the first."""
    owner: dict[str, str] = {}
    for root, paths in repositories.items():
        for path in paths:
            owner.setdefault(path, root)
    counts = {root: [0, set(), 0, 0, 0] for root in repositories}
    for a in analyses:
        row = counts.get(owner.get(a.path, ""))
        if row is not None:
            row[0] += 1
            row[2] += a.entities
            row[3] += len(a.sensitive)
    for f in report.findings:
        row = counts.get(owner.get(f.entity.path, ""))
        if row is not None:
            row[1].add((f.chunk.path, f.chunk.start_byte, f.chunk.end_byte))
            row[4] += f.leaked and not f.suppressed
    return tuple(RepoSummary(root, files, len(chunks), entities, sensitive, leaked)
                 for root, (files, chunks, entities, sensitive, leaked) in counts.items())
