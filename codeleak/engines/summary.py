"""Per-repository summaries for a scan of several repositories at once."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
    counts = {root: _Tally() for root in repositories}
    for a in analyses:
        tally = counts.get(owner.get(a.path, ""))
        if tally is not None:
            tally.files += 1
            tally.entities += a.entities
            tally.sensitive += len(a.sensitive)
    for f in report.findings:
        tally = counts.get(owner.get(f.entity.path, ""))
        if tally is not None:
            tally.chunks.add((f.chunk.path, f.chunk.start_byte, f.chunk.end_byte))
            tally.leaked += f.leaked and not f.suppressed
    return tuple(RepoSummary(root, t.files, len(t.chunks), t.entities, t.sensitive, t.leaked)
                 for root, t in counts.items())


@dataclass
class _Tally:
    files: int = 0
    chunks: set[tuple[str, int, int]] = field(default_factory=set)
    entities: int = 0
    sensitive: int = 0
    leaked: int = 0
