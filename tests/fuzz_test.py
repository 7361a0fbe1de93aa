"""Fuzz the reader, the extractor and the chunker with hypothesis: no crash on any input, in any
language, and the chunker keeps its invariants.

Each example runs in a forked process (its assertion errors come back as they are). A
tree-sitter grammar can crash in native code on some input, which no Python code can catch; a
scan then skips the file with a note (pipeline.analyse_all). When an example kills its process,
the test checks that a scan of the same input goes on, and names the input in a warning, so a
crash is seen (and can be reported to the grammar) without failing the suite on a bug that is
not codeleak's."""
from __future__ import annotations

import faulthandler
import functools
import multiprocessing
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codeleak import files, pipeline
from codeleak.chunk import chunk
from codeleak.config import Settings
from codeleak.languages import LANGUAGES
from codeleak.parse import parse
from codeleak.records import SourceFile
from codeleak.tokenizer import default_counter

NAMES = sorted(LANGUAGES)
PIECES = [
    "def ", "class ", "fn ", "func ", "function ", "return ", "if ", "{", "}", "(", ")", "[",
    "]", ";", ":", ",", "=", "==", "=>", "->", "\"", "'", "`", "\"\"\"", "/*", "*/", "//", "#",
    "--", "<!--", "-->", "<", ">", "\\", "\n", "\n\n", "    ", "\t", "\r\n", " ", "x", "foo_bar",
    "API_KEY", "password", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "admin@corp.example",
    "10.0.0.1", "AKIAIOSFODNN7EXAMPLE", "$", "@", "%", "&&", "||", "é", "日本", "\u2028", "\ufeff",
    "🙂", "\x00", "0x1F", "1e9", "null", "end",
]
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@functools.lru_cache(maxsize=None)
def counter() -> object:
    return default_counter()


def source_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
        st.text(max_size=400),
        st.lists(st.sampled_from(PIECES), max_size=60).map("".join).map(lambda s: s * 12),
    )


def source(language: str, text: str) -> SourceFile:
    text = text.replace("\r\n", "\n")
    lang = LANGUAGES.get(language)
    ext = lang.extensions[0] if lang and lang.extensions else ".txt"
    return SourceFile(f"fuzz{ext}", language, text, text.encode("utf-8", "surrogatepass"))


@functools.lru_cache(maxsize=None)
def warm() -> None:
    """Load every grammar and query once here, so that each forked example does not."""
    for name in NAMES:
        pipeline.entities_of(parse(source(name, "x = 1\n")), Settings())


def in_child(body: Callable[..., None], src: SourceFile, *args: object) -> None:
    """body(src, *args) in a forked process; see the module docstring for what a native crash
    there leads to."""
    warm()
    counter()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                             initializer=faulthandler.disable) as pool:  # no stack dump
        try:
            pool.submit(body, src, *args).result()
            return
        except BrokenProcessPool:
            pass
    survived = pipeline.analyse_all([src], replace(Settings(), cache=False), counter())  # type: ignore[arg-type]
    assert len(survived) <= 1  # the scan went on, with or without the file
    warnings.warn(f"a native crash analysing {src.language} input {src.data!r}", stacklevel=2)


def check_extract(src: SourceFile) -> None:
    parsed = parse(src)
    data = parsed.source.data
    lines = parsed.source.text.count("\n") + 1
    for entity in pipeline.entities_of(parsed, Settings()):
        assert 0 <= entity.start_byte <= entity.end_byte <= len(data)
        assert 1 <= entity.line <= entity.end_line <= lines
        assert entity.kind in ("comment", "string", "identifier", "number", "text")


@FUZZ
@given(st.sampled_from([*NAMES, "text"]), source_text())
def test_extract_and_classify_never_crash(language: str, text: str) -> None:
    in_child(check_extract, source(language, text))


def check_chunker(src: SourceFile, budget: int) -> None:
    parsed = parse(src)
    lines = parsed.source.text.split("\n")
    chunks = chunk(parsed, counter(), budget)  # type: ignore[arg-type]
    owner: dict[int, int] = {}
    pieces: dict[int, list[str]] = {}  # a line over the budget: the texts of its pieces
    for k, c in enumerate(chunks):
        assert 1 <= c.start_line <= c.end_line <= len(lines)
        assert parsed.source.data[c.start_byte:c.end_byte].decode("utf-8", "surrogatepass") == c.text
        whole = "\n".join(lines[c.start_line - 1:c.end_line])
        if c.text != whole:  # a piece of one line, within the budget unless one character
            assert c.start_line == c.end_line and c.text.strip()
            assert c.tokens <= budget or len(c.text) == 1, (c.tokens, budget)
            assert c.start_line not in owner or c.start_line in pieces
            pieces.setdefault(c.start_line, []).append(c.text)
            owner[c.start_line] = k
            continue
        for line in range(c.start_line, c.end_line + 1):
            assert line not in owner, f"line {line} in chunks {owner[line]} and {k}"
            owner[line] = k
        assert c.text.strip() and lines[c.start_line - 1].strip() and lines[c.end_line - 1].strip()
        single = sum(1 for line in lines[c.start_line - 1:c.end_line] if line.strip()) == 1
        assert c.tokens <= budget or single, (c.tokens, budget)
    for line, texts in pieces.items():  # the pieces make up their line, in order
        assert "".join(texts) == lines[line - 1]
    non_blank = {i + 1 for i, line in enumerate(lines) if line.strip()}
    assert non_blank <= set(owner), f"lines in no chunk: {sorted(non_blank - set(owner))[:5]}"
    assert [c.start_line for c in chunks] == sorted(c.start_line for c in chunks)


@FUZZ
@given(st.sampled_from([*NAMES, "text"]), source_text(), st.sampled_from([8, 16, 32, 64, 256]))
def test_chunker_invariants(language: str, text: str, budget: int) -> None:
    in_child(check_chunker, source(language, text), budget)


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_random_bytes(data: bytes) -> None:
    text = files.decode(data)
    if text is not None:
        assert "\0" not in text[:8192]
        text.encode("utf-8")  # always encodable: no lone surrogates reach the pipeline


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".py", ".js", ".go", ".bin", ".env", ""]))
def test_read_source_random_file(tmp_path_factory: object, data: bytes, ext: str) -> None:
    folder: Path = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    path = folder / f"f{ext}"
    path.write_bytes(data)
    read = files.read_source(path, path.name)
    if read is not None:
        in_child(check_read, read)


def check_read(src: SourceFile) -> None:
    parsed = parse(src)
    pipeline.entities_of(parsed, Settings())
    chunk(parsed, counter(), 32)  # type: ignore[arg-type]


def failing_body(src: SourceFile) -> None:
    assert src.text == "never", "the body's own assertion"


def crashing_body(src: SourceFile) -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)


def test_the_harness_passes_failures_on_and_survives_native_crashes() -> None:
    import pytest

    src = source("python", "password = 'x'\n")
    with pytest.raises(AssertionError, match="the body's own assertion"):
        in_child(failing_body, src)
    with pytest.warns(UserWarning, match="a native crash analysing python input"):
        in_child(crashing_body, src)
