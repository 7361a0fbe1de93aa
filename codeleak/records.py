"""The records that flow through the pipeline, one type per stage.

file -> SourceFile -> ParsedFile -> (Entity, Chunk) -> embeddings -> recovered text -> Finding
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = ("comment", "string", "identifier", "number", "text")
CATEGORIES = ("secret", "pii", "infra", "proprietary", "none")
SEVERITIES = ("info", "low", "medium", "high", "critical")


@dataclass(frozen=True)
class SourceFile:
    """A decoded text file to scan. `path` is the display path: where the file was found,
    relative to the current folder where possible. `repo_path` is its path from the root of its
    repository (the git work tree, or the folder scanned outside git), which does not depend on
    the current folder: what baselines store and SARIF reports. "" when it is `path` itself.
    `root` is that root's absolute path, which tells apart two files with one `repo_path` in
    two repositories scanned at once; "" when unknown (a source made in memory)."""

    path: str
    language: str  # key of codeleak.languages.LANGUAGES, or "text"
    text: str
    data: bytes  # text encoded as UTF-8: tree-sitter byte offsets refer to this
    repo_path: str = ""
    root: str = ""


@dataclass(frozen=True)
class ParsedFile:
    """A source file parsed once; `tree` is None for plain text."""

    source: SourceFile
    tree: Any  # tree_sitter.Tree | None


@dataclass(frozen=True)
class Entity:
    """One extracted comment, literal or identifier, with its classification."""

    path: str
    language: str
    kind: str  # one of ENTITY_KINDS
    value: str
    line: int  # 1-based
    end_line: int
    start_col: int  # 0-based, in bytes of the line
    end_col: int
    start_byte: int
    end_byte: int
    context: str = ""  # the name or key the value is assigned to, if any
    category: str = "none"
    rule: str = ""
    severity: str = "info"
    note: str = ""  # e.g. "placeholder" for documentation examples

    @property
    def sensitive(self) -> bool:
        return self.category != "none"


@dataclass(frozen=True)
class Chunk:
    """A piece of a file as a RAG pipeline would embed it."""

    path: str
    start_line: int  # 1-based, inclusive
    end_line: int
    start_byte: int
    end_byte: int
    tokens: int  # counted with the embedder's tokenizer
    text: str
    cut: bool = False  # one of the pieces of a line over the budget (chunk._line_pieces)


@dataclass(frozen=True)
class Finding:
    """A sensitive entity with its leak verdict."""

    entity: Entity
    chunk: Chunk
    leaked: bool
    leak_score: float
    attack: str  # "inversion" | "confirmation" | "none"
    severity: str
    recovered: str = ""
    at_risk: bool = False
    suppressed: bool = False
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Attack:
    """An attack that was run, with its measured strength from `codeleak eval`."""

    name: str  # "inversion" | "confirmation"
    description: str
    strength: str = ""  # e.g. "word F1 0.62 at 32 tokens (docs/inversion.md)"


@dataclass(frozen=True)
class SweepPoint:
    """Leak rate at one chunk size, for `scan --sweep`; its control as ScanReport's."""

    chunk_tokens: int
    chunks: int
    sensitive: int
    leaked: int
    control_leak_rate: float  # of the sensitive entities whose control ran
    controls: int  # sensitive entities whose control ran; 0: no chance level was measured

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.sensitive if self.sensitive else 0.0


@dataclass(frozen=True)
class RepoSummary:
    """Per-repository counts when several repositories are scanned at once."""

    root: str
    files: int
    chunks: int
    entities: int
    sensitive: int
    leaked: int


@dataclass(frozen=True)
class Skipped:
    """A file a scan did not read, and why (too big, binary, unreadable, a crashing parser)."""

    path: str
    reason: str


@dataclass(frozen=True)
class ScanReport:
    """Everything a formatter needs for `scan`, `diff` and `hook`."""

    embedder: str
    inverter: str
    chunk_tokens: int
    files: int
    chunks: int
    entities: int
    sensitive: int
    leaked: int
    control_leak_rate: float  # of the sensitive entities whose control ran
    controls: int  # sensitive entities whose control ran; 0: no chance level was measured
    seconds: float
    findings: tuple[Finding, ...]
    attacks: tuple[Attack, ...] = ()
    sweep: tuple[SweepPoint, ...] = ()
    repositories: tuple[RepoSummary, ...] = ()
    recommendation: str = ""
    show_values: bool = False
    skipped: tuple[Skipped, ...] = ()
    repo_paths: Mapping[str, str] = field(default_factory=dict)  # display path -> repo_path
    repo_roots: Mapping[str, str] = field(default_factory=dict)  # display path -> root

    def repo_path(self, path: str) -> str:
        """A finding's path from the root of its repository (SourceFile.repo_path)."""
        return self.repo_paths.get(path, path)

    def repo_root(self, path: str) -> str:
        """The root of a finding's repository (SourceFile.root); "" when unknown."""
        return self.repo_roots.get(path, "")
