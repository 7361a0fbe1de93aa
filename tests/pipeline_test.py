"""The per-file half of a scan in worker processes gives what it gives in this process."""
from __future__ import annotations

import os
import random
import signal
import string
from dataclasses import replace
from pathlib import Path

import pytest

from codeleak import notes, pipeline, workers
from codeleak.config import Settings
from codeleak.records import SourceFile
from codeleak.tokenizer import default_counter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_worker_processes_analyse_like_this_process() -> None:
    settings = replace(Settings(), cache=False, chunk_tokens=64)
    sources = pipeline.load_sources([str(FIXTURES / "demo"), str(FIXTURES / "grammars")],
                                    settings)
    assert len(sources) > 20
    added = {sources[0].path: frozenset({1, 2, 3}), sources[5].path: frozenset({4})}
    counter = default_counter()
    alone = [pipeline.analyse(s, settings, counter, added.get(s.path)) for s in sources]
    one = pipeline.analyse_all(sources, settings, counter, added_lines=added)
    pooled = pipeline.analyse_all(sources, replace(settings, jobs=2), counter, added_lines=added)
    assert [a.path for a in pooled] == [s.path for s in sources]
    assert pooled == alone and one == alone
    assert sum(len(a.sensitive) for a in pooled) > 10
    assert all(e.line in {1, 2, 3} or e.end_line in {1, 2, 3} for e in pooled[0].sensitive)


def test_a_key_whose_body_alone_was_added_counts() -> None:
    # a commit that swaps a key's body under the same BEGIN and END lines (lines 2-7 added)
    rng = random.Random(5)
    body = ["".join(rng.choice(string.ascii_letters + string.digits) for _ in range(64))
            for _ in range(6)]
    text = "\n".join(["-----BEGIN RSA PRIVATE KEY-----", *body, "-----END RSA PRIVATE KEY-----"])
    source = SourceFile("infra/id_rsa", "text", text, text.encode())
    settings = replace(Settings(), cache=False)
    found = pipeline.analyse(source, settings, default_counter(), frozenset(range(2, 8)))
    assert [(e.rule, e.line, e.end_line, e.value) for e in found.sensitive] == [
        ("private-key", 1, 8, text)]
    assert not pipeline.analyse(source, settings, default_counter(), frozenset({9})).sensitive


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


def _crashing_analyse(real):  # type: ignore[no-untyped-def]
    """analyse, but a file named boom.py kills its process the way a grammar bug does."""
    def analyse(source, *args, **kwargs):  # type: ignore[no-untyped-def]
        if source.path.endswith("boom.py"):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(source, *args, **kwargs)
    return analyse


@pytest.mark.parametrize("jobs", [0, 2])
def test_a_parser_crash_skips_its_file_with_a_note_and_the_scan_goes_on(  # type: ignore[no-untyped-def]
        monkeypatch, capsys, jobs: int) -> None:
    settings = replace(Settings(), cache=False, chunk_tokens=64, jobs=jobs)
    sources = pipeline.load_sources([str(FIXTURES / "demo")], settings)
    code = "def connect():\n    password = 'hunter2-Xq9'\n"
    boom = SourceFile("pkg/boom.py", "python", code, code.encode())
    files = [*sources[:3], boom, *sources[3:]]
    counter = default_counter()
    expected = [pipeline.analyse(s, settings, counter) for s in sources]
    monkeypatch.setattr(pipeline, "POOL_BATCH_BYTES", 2_000)  # several batches
    monkeypatch.setattr(notes, "_quiet", False)  # a --quiet run earlier in the session
    monkeypatch.setattr(pipeline, "analyse", _crashing_analyse(pipeline.analyse))
    got = pipeline.analyse_all(files, settings, counter)
    assert got == expected  # every other file, in order, as this process analyses it
    err = capsys.readouterr().err
    assert "skipped pkg/boom.py: its python parser crashed" in err
    assert "hunter2" not in err


def test_without_fork_the_files_are_analysed_in_this_process(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings = replace(Settings(), cache=False, jobs=2)
    monkeypatch.setattr(workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    sources = pipeline.load_sources([str(FIXTURES / "demo")], settings)[:4]
    assert pipeline.analysis_jobs(settings, sources) == 0
    calls: list[str] = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda s, *a: calls.append(s.path) or real(s, *a))
    assert len(pipeline.analyse_all(sources, settings, default_counter())) == 4
    assert calls == [s.path for s in sources]  # recorded here: no child process ran them


def test_the_stage_commands_skip_a_crashing_file_too(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """chunk_sources (`chunks`, `invert`) and all_entities (`entities`) go through the same
    forked workers as a scan."""
    settings = replace(Settings(), cache=False, chunk_tokens=64)
    sources = pipeline.load_sources([str(FIXTURES / "demo")], settings)[:4]
    code = "def connect():\n    password = 'hunter2-Xq9'\n"
    boom = SourceFile("pkg/boom.py", "python", code, code.encode())
    counter = default_counter()
    chunked = pipeline.chunk_sources(sources, settings, counter)
    entities = pipeline.all_entities(sources, settings)
    assert chunked.chunks and entities and len(chunked.shown) == len(chunked.chunks)
    real = pipeline.entities_of

    def entities_of(parsed, *args):  # type: ignore[no-untyped-def]
        if parsed.source.path.endswith("boom.py"):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(parsed, *args)

    monkeypatch.setattr(pipeline, "entities_of", entities_of)
    monkeypatch.setattr(notes, "_quiet", False)
    assert pipeline.chunk_sources([boom, *sources], settings, counter) == chunked
    assert pipeline.all_entities([*sources, boom], settings) == entities
    err = capsys.readouterr().err
    assert err.count("skipped pkg/boom.py: its python parser crashed") == 2


def test_the_corpus_readers_of_train_and_eval_skip_a_crashing_file(  # type: ignore[no-untyped-def]
        monkeypatch, capsys, tmp_path: Path) -> None:
    from codeleak import evaluate
    from codeleak.training import texts

    for i in range(3):
        (tmp_path / f"ok{i}.py").write_text(
            f"def load_{i}(path):\n    # read the file\n    return open(path).read()\n" * 4)
    counter = default_counter()
    want = texts.training_texts([tmp_path], counter)
    want_eval = evaluate.eval_chunks_from_paths([tmp_path], counter, [16, 32])
    assert sum(map(len, want.values())) and want_eval
    (tmp_path / "boom.py").write_text("def boom():\n    return 1\n" * 4)
    real_sized, real_eval = texts.sized_chunks, evaluate.eval_chunks

    def crash_on_boom(real):  # type: ignore[no-untyped-def]
        def wrapped(parsed, *args):  # type: ignore[no-untyped-def]
            if parsed.source.path.endswith("boom.py"):
                os.kill(os.getpid(), signal.SIGSEGV)
            return real(parsed, *args)
        return wrapped

    monkeypatch.setattr(texts, "sized_chunks", crash_on_boom(real_sized))
    monkeypatch.setattr(evaluate, "eval_chunks", crash_on_boom(real_eval))
    monkeypatch.setattr(notes, "_quiet", False)
    assert texts.training_texts([tmp_path], counter) == want
    assert evaluate.eval_chunks_from_paths([tmp_path], counter, [16, 32]) == want_eval
    assert capsys.readouterr().err.count("boom.py: its python parser crashed") == 2


def test_reference_chunks_are_standard_library_code_chunked_at_the_scans_size(  # type: ignore[no-untyped-def]
        monkeypatch, tmp_path: Path) -> None:
    counter = default_counter()
    first = pipeline.reference_chunks(counter, 64, 31)
    assert len(first) == 31 and first == pipeline.reference_chunks(counter, 64, 31)
    assert all(c.path.startswith(pipeline.REFERENCE_PREFIX) and c.tokens <= 64 for c in first)
    assert len({c.path for c in first}) == len(pipeline.REFERENCE_MODULES)  # each in turn
    assert pipeline.reference_chunks(counter, 64, 5) == first[:5]
    assert pipeline.reference_chunks(counter, 64, 0) == []
    assert max(c.tokens for c in pipeline.reference_chunks(counter, 256, 8)) > 64
    # a module of the same name in the current folder or on the path does not stand in
    (tmp_path / "textwrap.py").write_text("planted = 'not the standard library'\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert pipeline.reference_chunks(counter, 64, 31) == first


def test_values_by_chunk_finds_every_chunk_an_entity_overlaps() -> None:
    """A value over two chunks belongs to both; one that ends where a chunk starts does not
    belong to it; a chunk with nothing in it gets nothing."""
    from codeleak.records import Chunk, Entity

    def chunk(start: int, end: int) -> Chunk:
        return Chunk("a.py", 1, 1, start, end, 1, "x" * (end - start))

    def entity(value: str, start: int, end: int) -> Entity:
        return Entity("a.py", "python", "literal", value, 1, 1, 0, 0, start, end)

    chunks = [chunk(0, 10), chunk(10, 20), chunk(25, 40), chunk(40, 50)]
    entities = [entity("spans", 8, 12), entity("edge", 5, 10), entity("third", 30, 31),
                entity("late", 48, 60)]
    assert pipeline.values_by_chunk(chunks, entities) == [
        ("spans", "edge"), ("spans",), ("third",), ("late",)]
    assert pipeline.values_by_chunk(chunks, []) == [(), (), (), ()]


def test_an_allow_comment_covers_the_next_line_only_when_it_stands_alone() -> None:
    from codeleak.parse import parse
    from codeleak.pipeline import extract_and_allow
    from codeleak.records import SourceFile

    text = ('GITHUB = "ghp_x"  # codeleak: allow\n'
            'SLACK = "xoxb-y"\n'
            '# codeleak: allow\n'
            'STRIPE = "sk_live_z"\n')
    _, allowed = extract_and_allow(parse(SourceFile("a.py", "python", text, text.encode())), Settings())
    assert sorted(line for _, line in allowed) == [1, 3, 4]
