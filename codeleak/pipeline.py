"""The pipeline, top to bottom: files -> parse -> entities + chunks -> embed -> invert -> findings.

Each stage is a function that can be called and tested alone. Models are loaded lazily, once.
"""
from __future__ import annotations

import fnmatch
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from codeleak import codenames, files, notes, workers
from codeleak.config import Settings
from codeleak.parse import parse
from codeleak.records import Chunk, Entity, ParsedFile, ScanReport, SourceFile, SweepPoint

R = TypeVar("R")

if TYPE_CHECKING:
    import numpy as np

    from codeleak.cache import Cache
    from codeleak.embedders.base import Embedder, TokenCounter
    from codeleak.inverters.base import Inverter


def load_sources(paths: Iterable[str | Path], settings: Settings) -> list[SourceFile]:
    """Read the files to scan, minus the configured excludes."""
    sources = []
    for source in files.read_sources(paths, settings.max_file_bytes):
        if not any(excluded(source, pattern) for pattern in settings.excludes):
            sources.append(source)
    return sources


def excluded(source: SourceFile, pattern: str) -> bool:
    """Whether a file matches an exclude pattern: its path from the repository root (outside
    git, from the folder scanned), so that `vendor/*` means the same from any current folder
    and in a config file shared by many repositories (its display path only where that root
    is unknown); an absolute pattern against its absolute path."""
    if os.path.isabs(pattern):
        return fnmatch.fnmatch(Path(os.path.abspath(source.path)).as_posix(), pattern)
    return fnmatch.fnmatch(source.repo_path or source.path, pattern.removeprefix("./"))


ALLOW_MARK = "codeleak: allow"


def entities_of(parsed: ParsedFile, settings: Settings) -> list[Entity]:
    """Extract with tree-sitter, then classify."""
    return extract_and_allow(parsed, settings)[0]


def _alone_on_its_line(data: bytes, start: int) -> bool:
    """Nothing but blanks before byte `start` on its line."""
    return not data[data.rfind(b"\n", 0, start) + 1:start].strip()


def extract_and_allow(parsed: ParsedFile, settings: Settings
                      ) -> tuple[list[Entity], set[tuple[str, int]]]:
    """Classified entities, and the (path, line)s an inline `codeleak: allow` comment covers:
    the comment's own lines, and the line after it where the comment stands on a line of its
    own (a trailing `# codeleak: allow` speaks for its own line only, never the next value's)."""
    from codeleak.classify import classify
    from codeleak.extract import extract

    raw = extract(parsed)
    data = parsed.source.data
    allowed = {(e.path, line) for e in raw if e.kind == "comment" and ALLOW_MARK in e.value
               for line in range(e.line, e.end_line + 1 + _alone_on_its_line(data, e.start_byte))}
    sources = {parsed.source.path: parsed.source.data}
    found = classify(raw, disabled=settings.disabled_rules, sources=sources)
    if settings.codenames and codenames.RULE_ID not in settings.disabled_rules:
        found += codenames.mentions(parsed.source, settings.codenames, found)
    return found, allowed


def with_codenames(sources: Sequence[SourceFile], settings: Settings) -> Settings:
    """The settings with the code names the files introduce added to the configured ones (a
    name introduced in one file is reported in every file: codeleak/codenames.py)."""
    if codenames.RULE_ID in settings.disabled_rules:
        return settings
    found = codenames.discover(sources)
    return replace(settings, codenames=tuple(dict.fromkeys(settings.codenames + found)))


def chunks_of(parsed: ParsedFile, counter: TokenCounter, max_tokens: int) -> list[Chunk]:
    from codeleak.chunk import chunk

    return chunk(parsed, counter, max_tokens)


# Ordinary code that pads a small scan (verdict.REFERENCE_CHUNKS): modules of the standard
# library of every CPython 3.11+, read from this interpreter's own installation, no network.
REFERENCE_MODULES = ("textwrap", "calendar", "shlex", "heapq", "fractions", "string",
                     "colorsys", "bisect", "fnmatch", "glob", "sched", "queue")
REFERENCE_PREFIX = "<reference>/"  # their chunks' paths: never a scanned file's


def reference_sources() -> list[SourceFile]:
    """The reference modules' sources, in REFERENCE_MODULES order, read from the standard
    library's folder (not imported: a module of the same name in the current folder must not
    stand in); one this Python lacks or ships without source is skipped."""
    import sysconfig

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    sources = []
    for name in REFERENCE_MODULES:
        try:
            text = (stdlib / f"{name}.py").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        sources.append(SourceFile(f"{REFERENCE_PREFIX}{name}.py", "python", text, text.encode()))
    return sources


def reference_chunks(counter: TokenCounter, max_tokens: int, count: int) -> list[Chunk]:
    """count chunks of ordinary code (fewer where the modules run out), chunked as a scan
    chunks its files: the first chunk of each reference module in turn, then the second, and
    so on. The same chunks on every run with the same Python and chunk size."""
    if count <= 0:
        return []
    from codeleak.sampling import round_robin

    return round_robin([chunks_of(parse(s), counter, max_tokens) for s in reference_sources()],
                       count)


@dataclass
class Models:
    """The embedder and inverter of a run, loaded on first use.

    `embedder` computes in fp32: the chunk vectors under attack are what an index stores.
    `attack_embedder` is the same model at settings.precision, for the attacker's own
    embeddings (guesses, re-embedding checks), where bf16 is about 2.5x faster."""

    settings: Settings
    _embedder: Embedder | None = None
    _inverter: Inverter | None = None
    _cache_unusable: bool = False

    def open_cache(self) -> Cache:
        """The content cache, opened for one use (the caller closes it); a cache that could
        not be opened once in a run is not tried (nor warned about) again in that run."""
        from codeleak.cache import NullCache, open_cache

        if self._cache_unusable:
            return NullCache()
        cache = open_cache(self.settings.cache)
        self._cache_unusable = self.settings.cache and isinstance(cache, NullCache)
        return cache

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from codeleak.embedders import get_embedder

            self._embedder = get_embedder(self.settings.embedder, self.settings.device)
        return self._embedder

    @property
    def attack_embedder(self) -> Embedder:
        at_precision = getattr(self.embedder, "at_precision", None)
        if at_precision is None:
            return self.embedder
        return at_precision(attack_precision(self.settings))  # type: ignore[no-any-return]

    @property
    def inverter(self) -> Inverter:
        if self._inverter is None:
            from codeleak.inverters import get_inverter

            spec = self.settings.inverter
            if self.settings.deep and spec == "builtin":
                spec = "builtin-deep"
            self._inverter = get_inverter(spec, self.embedder, self.settings.device)
        return self._inverter


def _chunk_settings(settings: Settings) -> str:
    return f"tokens={settings.chunk_tokens}"


def attack_precision(settings: Settings) -> str:
    from codeleak.embedders import resolve_precision

    return resolve_precision(settings.precision, settings.device)


def embedder_id(settings: Settings, attack: bool) -> str:
    """The embedder and its arithmetic, as cache keys name them (bf16 vectors are not fp32's)."""
    return f"{settings.embedder}@{attack_precision(settings) if attack else 'fp32'}"


def _first_missing(keys: Sequence[str], known: Mapping[str, object]) -> list[int]:
    """Indices of the first occurrence of each key the cache does not hold: a text that occurs
    twice (a licence header, the same value in two files) is embedded or inverted once."""
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key not in known:
            first.setdefault(key, i)
    return list(first.values())


def cached_embeddings(texts: Sequence[str], models: Models, purpose: str, *,
                      progress: bool = False, attack: bool = False) -> np.ndarray:
    """Embeddings of texts through the content cache (hashed keys, encrypted values): only
    texts not seen before reach the embedder, each once, so a warm run loads no model.
    `purpose` keeps chunk embeddings and guess embeddings apart in the cache; `attack` embeds
    with the attack's embedder (settings.precision) instead of fp32."""
    import numpy as np

    from codeleak.cache import cache_key

    settings = models.settings
    keys = [cache_key(embedder_id(settings, attack), "", purpose, text) for text in texts]
    cache = models.open_cache()
    try:
        known = cache.get_embeddings(keys)
        missing = _first_missing(keys, known)
        if missing:
            embedder = models.attack_embedder if attack else models.embedder
            fresh = embedder.embed([texts[i] for i in missing], progress=progress)
            new = {keys[i]: fresh[j] for j, i in enumerate(missing)}
            cache.put_embeddings(new)
            known.update(new)
    finally:
        cache.close()
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def embed_chunks(chunks: Sequence[Chunk], models: Models, *, progress: bool) -> np.ndarray:
    """Embeddings of chunk texts, reusing the content cache."""
    return cached_embeddings([c.text for c in chunks], models,
                             _chunk_settings(models.settings), progress=progress)


def invert_chunks(chunks: Sequence[Chunk], embeddings: np.ndarray, models: Models, *,
                  progress: bool) -> list[str]:
    """What the attacker reads back from each chunk's embedding, reusing the content cache."""
    from codeleak.cache import cache_key
    from codeleak.inverters import fingerprint

    settings = models.settings
    inverter_id = fingerprint(settings.inverter) + (":deep" if settings.deep else "")
    keys = [cache_key(embedder_id(settings, True), inverter_id, _chunk_settings(settings), c.text)
            for c in chunks]
    cache = models.open_cache()
    try:
        known = cache.get_recovered(keys)
        missing = _first_missing(keys, known)
        if missing:
            texts = models.inverter.invert(embeddings[missing], models.attack_embedder,
                                           progress=progress)
            fresh = {keys[i]: texts[j] for j, i in enumerate(missing)}
            cache.put_recovered(fresh)
            known.update(fresh)
    finally:
        cache.close()
    return [known[k] for k in keys]


@dataclass(frozen=True)
class FileAnalysis:
    """One file after parse, extract, classify and (if it holds sensitive entities) chunk."""

    path: str
    entities: int
    sensitive: tuple[Entity, ...]
    allowed: frozenset[tuple[str, int]]
    chunks: tuple[Chunk, ...]
    repo_path: str = ""  # SourceFile.repo_path
    root: str = ""  # SourceFile.root


def analyse(source: SourceFile, settings: Settings, counter: TokenCounter,
            added: frozenset[int] | None = None) -> FileAnalysis:
    """The per-file half of a scan; with added, only entities on those lines count (any of an
    entity's lines: a key whose body changed under the same header counts)."""
    parsed = parse(source)
    found, allow = extract_and_allow(parsed, settings)
    if added is not None:
        found = [e for e in found if not added.isdisjoint(range(e.line, e.end_line + 1))]
    sensitive = tuple(e for e in found if e.sensitive)
    chunks = tuple(chunks_of(parsed, counter, settings.chunk_tokens)) if sensitive else ()
    return FileAnalysis(source.path, len(found), sensitive, frozenset(allow), chunks,
                        source.repo_path or source.path, source.root)


_COUNTERS: dict[str, TokenCounter] = {}
PARALLEL_MIN_BYTES = 2_000_000  # below this, starting worker processes costs more than it saves
POOL_BATCH_BYTES = 400_000  # small enough that two workers finish close together


_INHERITED: list[TokenCounter] = []  # in a forked worker: the counter its parent passed on


def counter_for(settings: Settings, counter: TokenCounter | None = None) -> TokenCounter:
    """counter; else, in a forked worker, the one its parent passed on (per_file); else this
    process's counter for the settings' embedder (loaded once: a Ray task's worker)."""
    if counter is not None:
        return counter
    if _INHERITED:
        return _INHERITED[0]
    found = _COUNTERS.get(settings.embedder)
    if found is None:
        from codeleak.embedders import get_embedder

        found = _COUNTERS[settings.embedder] = get_embedder(settings.embedder).counter()
    return found


def _use_counter(counter: TokenCounter) -> None:
    """A forked worker's start: the parent's counter (inherited, not pickled)."""
    _INHERITED[:] = [counter]


def analyse_batch(sources: Sequence[SourceFile], settings: Settings,
                  added_lines: Mapping[str, frozenset[int]] | None = None,
                  counter: TokenCounter | None = None) -> list[FileAnalysis]:
    """What a worker process runs (local pool or Ray task): analyse each file, the tokenizer
    loaded once per process."""
    counter = counter_for(settings, counter)
    return [analyse(s, settings, counter, None if added_lines is None else added_lines.get(s.path))
            for s in sources]


def file_batches(sources: Sequence[SourceFile], max_bytes: int = 2_000_000,
                 max_files: int = 256) -> list[list[SourceFile]]:
    """Consecutive runs of files, each at most max_bytes of text or max_files files."""
    batches: list[list[SourceFile]] = []
    size = 0
    for source in sources:
        if not batches or size + len(source.data) > max_bytes or len(batches[-1]) >= max_files:
            batches.append([])
            size = 0
        batches[-1].append(source)
        size += len(source.data)
    return [b for b in batches if b]


def analysis_jobs(settings: Settings, sources: Sequence[SourceFile]) -> int:
    """Worker processes for the per-file work: settings.jobs, or (0) one per core when the
    files are many enough to pay for more than one; 0 where processes cannot be forked: the
    files are then analysed in this process."""
    if not workers.can_fork():
        return 0
    if settings.jobs:
        return settings.jobs
    if sum(len(s.data) for s in sources) < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                      else os.cpu_count() or 1, 8))


def per_file(work: Callable[..., list[R]], sources: Sequence[SourceFile], settings: Settings,
             counter: TokenCounter | None,
             args_of: Callable[[Sequence[SourceFile]], tuple[object, ...]] = lambda batch: (),
             done: Callable[[int], object] = lambda files: None) -> list[R]:
    """work(batch, settings, *args_of(batch), counter) over the sources, results in file order,
    in forked worker processes (codeleak.workers: a file whose grammar crashes in native code
    is skipped with a note); in this process where processes cannot be forked. Workers run
    tree-sitter and the tokenizer only, never a model, so threads the parent's models started
    do not matter."""
    jobs = analysis_jobs(settings, sources)
    if jobs < 1:
        out = []
        for source in sources:
            out += work([source], settings, *args_of([source]), counter)
            done(1)
        return out
    start_args = (counter,) if counter is not None else ()
    return workers.run(work, file_batches(sources, POOL_BATCH_BYTES), jobs,
                       lambda batch: (settings, *args_of(batch), None),
                       start=_use_counter if counter is not None else None,
                       start_args=start_args, done=done)


def analyse_all(sources: Sequence[SourceFile], settings: Settings, counter: TokenCounter, *,
                added_lines: Mapping[str, frozenset[int]] | None = None,
                progress: bool = False) -> list[FileAnalysis]:
    """The per-file half of a scan for every file, in order (per_file: in forked workers, a
    file whose grammar crashes skipped with a note)."""
    from tqdm import tqdm

    settings = with_codenames(sources, settings)
    with tqdm(total=len(sources), desc="analyse", unit="file", disable=not progress) as bar:
        return per_file(analyse_batch, sources, settings, counter,
                        lambda batch: (_lines_of(batch, added_lines),), bar.update)


def _lines_of(batch: Sequence[SourceFile], added_lines: Mapping[str, frozenset[int]] | None
              ) -> dict[str, frozenset[int]] | None:
    if added_lines is None:
        return None
    return {s.path: added_lines[s.path] for s in batch if s.path in added_lines}


def scan(sources: Sequence[SourceFile], settings: Settings, *,
         added_lines: Mapping[str, frozenset[int]] | None = None,
         progress: bool = True, models: Models | None = None) -> ScanReport:
    """Scan sources at settings.chunk_tokens. With added_lines, a file listed there is judged
    only on those lines; a file not listed is judged whole."""
    started = time.perf_counter()
    models = models or Models(settings)
    counter = models.embedder.counter()
    analyses = analyse_all(sources, settings, counter, added_lines=added_lines, progress=progress)
    return judge_analyses(analyses, settings, models, progress=progress, started=started)


def judge_analyses(analyses: Sequence[FileAnalysis], settings: Settings, models: Models, *,
                   progress: bool, started: float) -> ScanReport:
    """The corpus-wide half of a scan: embed, invert and judge the chunks of all files at once
    (the control pairs chunks across files, so this half cannot run per file)."""
    from codeleak import verdict

    sensitive = [e for a in analyses for e in a.sensitive]
    allowed = frozenset(x for a in analyses for x in a.allowed)
    chunks = [c for a in analyses for c in a.chunks]
    reads = models.embedder.max_tokens
    if sensitive and settings.chunk_tokens > reads:
        notes.note(f"chunks of up to {settings.chunk_tokens} tokens are longer than "
                   f"{models.embedder.name} reads ({reads} tokens): what lies past a chunk's "
                   f"first {reads} tokens is never embedded, so it is judged not leaked, as it "
                   "would be in an index built with this embedder")
    repo_paths = {a.path: a.repo_path or a.path for a in analyses}
    repo_roots = {a.path: a.root for a in analyses if a.root}
    judged = verdict.judge(sensitive, chunks, models, progress=progress, suppressed=allowed,
                           baseline=load_baseline(settings, repo_paths, repo_roots))
    return ScanReport(
        embedder=models.embedder.name, inverter=models.inverter.name,
        chunk_tokens=settings.chunk_tokens, files=len(analyses), chunks=judged.chunks,
        entities=sum(a.entities for a in analyses), sensitive=len(sensitive),
        leaked=sum(1 for f in judged.findings if f.leaked and not f.suppressed),
        control_leak_rate=judged.control_leak_rate, controls=judged.controls,
        seconds=round(time.perf_counter() - started, 3),
        findings=tuple(judged.findings), attacks=judged.attacks, show_values=settings.show_values,
        repo_paths=repo_paths, repo_roots=repo_roots,
    )


def load_baseline(settings: Settings, repo_paths: Mapping[str, str],
                  repo_roots: Mapping[str, str] | None = None
                  ) -> frozenset[tuple[str, str, str]]:
    """The baseline's (path, fingerprint, rule) entries under the display paths of this scan:
    a baseline names files by their path from the repository root (repo_paths maps display
    paths to those), so it matches whatever folder the scan runs from; when a scan reads
    several repositories (repo_roots: display path -> root), each entry holds in its own
    (baseline.in_repository)."""
    if not settings.baseline:
        return frozenset()
    from codeleak.baseline import home_of, in_repository, read_baseline

    accepted = read_baseline(Path(settings.baseline))
    roots = repo_roots or {}
    home = home_of(Path(settings.baseline), roots.values())
    shown_as: dict[str, list[str]] = {}
    for shown, repo_path in repo_paths.items():
        shown_as.setdefault(repo_path, []).append(shown)
    return frozenset((shown, entry.fingerprint, entry.rule) for entry in accepted
                     for shown in shown_as.get(entry.path, ())
                     if in_repository(entry, roots.get(shown, ""), home))


def sweep_point(report: ScanReport) -> SweepPoint:
    return SweepPoint(report.chunk_tokens, report.chunks, report.sensitive, report.leaked,
                      report.control_leak_rate, report.controls)


@dataclass(frozen=True)
class ChunkedSources:
    """The chunks of a set of files: as they are (to embed), as they are shown (every sensitive
    value masked unless show_values), and per chunk the sensitive values that lie in it (none
    with show_values: nothing is masked then)."""

    chunks: list[Chunk]
    shown: list[Chunk]
    values: list[tuple[str, ...]]


def chunk_sources(sources: Sequence[SourceFile], settings: Settings,
                  counter: TokenCounter) -> ChunkedSources:
    """Each file parsed, chunked and classified once (per_file)."""
    rows = per_file(chunk_batch, sources, settings, counter)
    return ChunkedSources([c for c, _, _ in rows], [shown for _, shown, _ in rows],
                          [values for _, _, values in rows])


def chunk_batch(sources: Sequence[SourceFile], settings: Settings,
                counter: TokenCounter | None = None
                ) -> list[tuple[Chunk, Chunk, tuple[str, ...]]]:
    """Each chunk of each file, with the form it is shown in and the sensitive values in it."""
    from dataclasses import replace

    from codeleak.masking import mask_in, mask_source

    counter = counter_for(settings, counter)
    out: list[tuple[Chunk, Chunk, tuple[str, ...]]] = []
    for source in sources:
        parsed = parse(source)
        found = chunks_of(parsed, counter, settings.chunk_tokens)
        if settings.show_values:
            out += [(c, c, ()) for c in found]
            continue
        sensitive = [e for e in entities_of(parsed, settings) if e.sensitive]
        # each value where it stands (a value over several chunks is masked in each), then
        # wherever else its text occurs
        spans = [(e.start_byte, e.end_byte) for e in sensitive]
        values = [e.value for e in sensitive]
        out += [(c, replace(c, text=mask_in(mask_source(source.data, c.start_byte, c.end_byte,
                                                        spans), values)), inside)
                for c, inside in zip(found, values_by_chunk(found, sensitive))]
    return out


def values_by_chunk(chunks: Sequence[Chunk], entities: Sequence[Entity]
                    ) -> list[tuple[str, ...]]:
    """Per chunk of one file (chunks in file order, none overlapping), the values of the
    entities whose bytes overlap it: each entity finds its chunks by bisection."""
    from bisect import bisect_left, bisect_right

    starts = [c.start_byte for c in chunks]
    ends = [c.end_byte for c in chunks]
    inside: list[list[str]] = [[] for _ in chunks]
    for entity in entities:
        for k in range(bisect_right(ends, entity.start_byte),
                       bisect_left(starts, entity.end_byte)):
            inside[k].append(entity.value)
    return [tuple(values) for values in inside]


def all_entities(sources: Sequence[SourceFile], settings: Settings) -> list[Entity]:
    """The classified entities of every file, in order (per_file)."""
    return per_file(entities_batch, sources, with_codenames(sources, settings), None)


def entities_batch(sources: Sequence[SourceFile], settings: Settings,
                   counter: TokenCounter | None = None) -> list[Entity]:
    """What a worker runs for all_entities (no counter needed)."""
    return [e for source in sources for e in entities_of(parse(source), settings)]
