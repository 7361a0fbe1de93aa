"""Throughput and memory of parsing, entity extraction and chunking on real source trees.

Stages, each run in its own process so that its peak resident memory is its own:
  parse     bare tree-sitter: the grammar's parser on the file's bytes
  extract   codeleak.parse.parse + codeleak.extract.extract (what `codeleak entities` does per file)
  chunk:N   codeleak.chunk.chunk at N tokens with the default (all-MiniLM-L6-v2) tokenizer; the
            file is parsed first, outside the timing

Files are read one at a time outside the timing (codeleak.files.read_source, so files it skips are
skipped here too). Wall time and process CPU time (all threads) are both reported: on a shared
machine the CPU time is the steadier number.

    python bench/speed_extract_chunk.py                       # the Python standard library
    python bench/speed_extract_chunk.py --corpus /usr/include --write docs/bench-extract-chunk.md
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from codeleak import languages  # noqa: E402
from codeleak.files import read_source  # noqa: E402
from codeleak.records import SourceFile  # noqa: E402

STAGES = ("parse", "extract", "chunk:256", "chunk:64")
NOTES_MARK = "<!-- notes written by hand below: kept when the numbers are rewritten -->"
SKIPPED_DIRS = frozenset({"site-packages", "dist-packages", "__pycache__", ".git", "node_modules"})


def stdlib_folder() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def corpus_language(folder: Path) -> str | None:
    """The stdlib is measured on its Python files only; other folders on every file with a grammar."""
    return "python" if folder == stdlib_folder() else None


def corpus_name(folder: Path) -> str:
    if folder == stdlib_folder():
        return f"Python {platform.python_version()} standard library (.py files, no site-packages)"
    return f"`{folder}` (every file with a grammar)"


def corpus_files(folder: Path) -> list[Path]:
    """Files under folder that codeleak parses with a grammar, sorted."""
    wanted = corpus_language(folder)
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(names):
            language = languages.detect(name)
            if language in languages.LANGUAGES and wanted in (None, language):
                found.append(Path(root) / name)
    return found


def sources(folder: Path) -> Iterator[SourceFile]:
    for path in corpus_files(folder):
        source = read_source(path, path.relative_to(folder).as_posix())
        if source is not None:
            yield source


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Stage:
    """One stage: `ready` prepares a file outside the timing, `work` is timed and counts items.

    One-off setup (loading a grammar, compiling a language's entities query, loading the tokenizer)
    happens in `ready` on the first file of each language and is timed apart as `setup_s`.
    """

    def __init__(self, name: str) -> None:
        from codeleak import parse

        self.name = name
        self.setup_s = 0.0
        self._languages: set[str] = set()
        self._parse = parse.parse
        self._parser_for = parse.parser_for
        self._chunk: Callable[[Any], int] | None = None
        self._extract: Callable[[Any], Any] | None = None
        if name == "extract":
            from codeleak.extract import extract

            self._extract = extract
        elif name.startswith("chunk:"):
            self._chunk = self._chunker(int(name.split(":")[1]))
        elif name != "parse":
            raise SystemExit(f"unknown stage {name!r}; stages: {', '.join(STAGES)} (any chunk:N)")

    def _chunker(self, budget: int) -> Callable[[Any], int]:
        from codeleak.chunk import chunk
        from codeleak.tokenizer import default_counter

        started = time.perf_counter()
        counter = default_counter()
        counter.count("loaded before the timing")
        self.setup_s += time.perf_counter() - started
        return lambda parsed: len(chunk(parsed, counter, budget))

    def ready(self, source: SourceFile) -> Any:
        if source.language not in self._languages:
            self._languages.add(source.language)
            started = time.perf_counter()
            empty = SourceFile("empty", source.language, "", b"")
            self._parser_for(languages.LANGUAGES[source.language].grammar)
            if self._extract is not None:
                self._extract(self._parse(empty))
            self.setup_s += time.perf_counter() - started
        return self._parse(source) if self._chunk is not None else source

    def work(self, ready: Any) -> int:
        if self._chunk is not None:
            return self._chunk(ready)
        if self._extract is not None:
            return len(self._extract(self._parse(ready)))
        self._parser_for(languages.LANGUAGES[ready.language].grammar).parse(ready.data)
        return 0


def run_stage(name: str, folder: Path) -> dict[str, Any]:
    """Time one stage over every file of the corpus, in this process."""
    base_rss = peak_rss_mb()
    stage = Stage(name)
    files = size = items = failed = 0
    wall = cpu = 0.0
    for source in sources(folder):
        ready = stage.ready(source)
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            items += stage.work(ready)
        except Exception as exc:  # a stage under test may fail on some file: count it, go on
            failed += 1
            print(f"{name}: {source.path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        wall += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        files += 1
        size += len(source.data)
    return {"stage": name, "files": files, "bytes": size, "items": items, "failed": failed,
            "wall_s": wall, "cpu_s": cpu, "setup_s": stage.setup_s, "base_rss_mb": base_rss,
            "peak_rss_mb": peak_rss_mb()}


def measure(stage: str, folder: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--stage", stage, "--corpus", str(folder)],
                         capture_output=True, text=True, check=False, cwd=REPO)
    if out.returncode != 0:
        return {"stage": stage, "error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, Any] = json.loads(out.stdout)
    result["errors"] = out.stderr.strip().splitlines()[:5]
    return result


def table(results: list[dict[str, Any]]) -> list[str]:
    rows = ["| stage | files | MB | wall s | CPU s | MB/s (wall) | MB/s (CPU) | files/s (wall) "
            "| items | failed | setup s | peak RSS MB (+ over start) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        if "error" in r:
            rows.append(f"| {r['stage']} | did not run: {r['error']} |" + " |" * 10)
            continue
        mb = r["bytes"] / 1e6
        rows.append(
            f"| {r['stage']} | {r['files']} | {mb:.1f} | {r['wall_s']:.2f} | {r['cpu_s']:.2f} "
            f"| {mb / r['wall_s']:.2f} | {mb / r['cpu_s']:.2f} | {r['files'] / r['wall_s']:.0f} "
            f"| {r['items']} | {r['failed']} | {r['setup_s']:.2f} "
            f"| {r['peak_rss_mb']:.0f} (+{r['peak_rss_mb'] - r['base_rss_mb']:.0f}) |")
    return rows


def ratios(results: list[dict[str, Any]]) -> list[str]:
    by_stage = {r["stage"]: r for r in results if "error" not in r}
    lines = []
    if "parse" in by_stage and "extract" in by_stage:
        p, e = by_stage["parse"], by_stage["extract"]
        lines.append(f"parse+extract / bare parse: {e['wall_s'] / p['wall_s']:.1f}x wall, "
                     f"{e['cpu_s'] / p['cpu_s']:.1f}x CPU")
    for stage in STAGES[2:]:
        if "parse" in by_stage and stage in by_stage:
            c, p = by_stage[stage], by_stage["parse"]
            lines.append(f"{stage} (after parsing) / bare parse: {c['wall_s'] / p['wall_s']:.1f}x "
                         f"wall, {c['cpu_s'] / p['cpu_s']:.1f}x CPU")
    return lines


def machine() -> str:
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in
                         ("tree-sitter", "tree-sitter-language-pack", "tokenizers"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{versions}; load average (1, 5, 15 min) {load}")


def report(command: str, corpora: list[tuple[Path, list[dict[str, Any]]]], before: str,
           after: str) -> str:
    lines = ["# Speed of parsing, extraction and chunking", "",
             f"Measured {datetime.date.today().isoformat()} with `{command}` "
             f"(script: `bench/speed_extract_chunk.py`).", "",
             f"Machine at the start: {before}.", f"At the end: {after}.", "",
             "Each stage runs in its own process over every file once; files are read outside "
             "the timing. `items` is entities for extract and chunks for chunk:N. The chunk "
             "stages time chunking alone (the file is parsed first, untimed), including token "
             "counting with the all-MiniLM-L6-v2 tokenizer: each distinct line once (its counts "
             "add up over lines, so chunk texts are not counted again; a tokenizer whose counts "
             "do not add up also counts each multi-line chunk's text). One-off setup (loading a grammar, compiling a language's "
             "entities query, loading the tokenizer) is left out of the stage times and shown as "
             "`setup s`. Peak RSS is the process's maximum resident memory (interpreter, "
             "grammars, queries and tokenizer included); in brackets, its growth from the start "
             "of the stage.", ""]
    for folder, results in corpora:
        lines += [f"## {corpus_name(folder)}", "", *table(results), "", *(f"- {x}" for x in ratios(results))]
        for r in results:
            lines += [f"- {r['stage']} failure: `{e}`" for e in r.get("errors", [])]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", type=Path, default=[],
                        help="a folder of source files (repeatable); default: the stdlib")
    parser.add_argument("--no-stdlib", action="store_true", help="leave the stdlib out")
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset")
    parser.add_argument("--write", type=Path, help="also write the report to this markdown file")
    parser.add_argument("--stage", help=argparse.SUPPRESS)  # internal: run one stage, print JSON
    args = parser.parse_args(argv)
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.corpus[0])))
        return 0
    folders = ([] if args.no_stdlib else [stdlib_folder()]) + args.corpus
    before = machine()
    corpora = []
    for folder in folders:
        results = [measure(stage, folder) for stage in args.stages.split(",")]
        corpora.append((folder, results))
        print(f"\n{corpus_name(folder)}\n" + "\n".join(table(results) + ratios(results)), flush=True)
    command = "python bench/speed_extract_chunk.py " + " ".join(argv or sys.argv[1:])
    text = report(command.strip(), corpora, before, machine())
    if args.write:
        kept = args.write.read_text().partition(NOTES_MARK)[2] if args.write.exists() else ""
        args.write.write_text(f"{text}\n{NOTES_MARK}{kept or chr(10)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
