from __future__ import annotations

import os
import string
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codeleak.chunk import _Breaks, chunk
from codeleak.embedders.base import TokenCounter
from codeleak.errors import FatalError
from codeleak.files import read_source
from codeleak.parse import parse
from codeleak.records import Chunk, ParsedFile, SourceFile
from codeleak.tokenizer import default_counter

REPO = Path(__file__).resolve().parents[1]
PROPERTY = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class CharCounter:
    """A tokenizer whose count of joined lines is often more than the sum over the lines."""

    def count(self, text: str) -> int:
        return (len(text) + 3) // 4

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        return [self.count(text) for text in texts]


COUNTERS: dict[str, TokenCounter] = {"minilm": default_counter(), "chars": CharCounter()}


def parsed_file(text: str, language: str = "python", path: str = "src/example.py") -> ParsedFile:
    return parse(SourceFile(path, language, text, text.encode("utf-8", "surrogatepass")))


def check_chunks(parsed: ParsedFile, chunks: list[Chunk], counter: TokenCounter,
                 budget: int) -> None:
    """The chunk invariants, checked against the file itself."""
    lines = parsed.source.text.split("\n")
    covered: list[int] = []
    previous_end = 0
    cut: dict[int, list[Chunk]] = {}  # the pieces of each line cut into several chunks
    for piece in chunks:
        assert piece.path == parsed.source.path
        raw = parsed.source.data[piece.start_byte:piece.end_byte]
        assert raw.decode("utf-8", "surrogatepass") == piece.text
        assert piece.tokens == counter.count(piece.text)
        whole = "\n".join(lines[piece.start_line - 1:piece.end_line])
        assert piece.cut == (piece.text != whole)  # the chunker marks the pieces it cut
        if piece.text != whole:  # a piece of a line over the budget, within the budget
            assert piece.start_line == piece.end_line and piece.text in whole
            assert previous_end <= piece.start_line and piece.text.strip()
            assert piece.tokens <= budget or len(piece.text) == 1
            cut.setdefault(piece.start_line, []).append(piece)
        else:
            assert previous_end < piece.start_line <= piece.end_line <= len(lines)
            assert lines[piece.start_line - 1].strip() and lines[piece.end_line - 1].strip()
            assert piece.tokens <= budget or piece.start_line == piece.end_line
        assert piece.start_line not in cut or piece.text != whole  # never both for one line
        previous_end = piece.end_line
        covered.extend(range(piece.start_line, piece.end_line + 1))
    for line, pieces in cut.items():  # in order, nothing lost: they make up the line
        assert "".join(p.text for p in pieces) == lines[line - 1]
        assert all(a.end_byte == b.start_byte for a, b in zip(pieces, pieces[1:]))
        assert counter.count(lines[line - 1]) > budget
    assert {i + 1 for i, line in enumerate(lines) if line.strip()} <= set(covered)


def chunk_of(chunks: list[Chunk], line: int) -> Chunk:
    return next(piece for piece in chunks if piece.start_line <= line <= piece.end_line)


def line_of(text: str, needle: str) -> int:
    return next(i + 1 for i, line in enumerate(text.split("\n")) if needle in line)


# --- generated sources -------------------------------------------------------------------------

WORDS = ["alpha", "beta", "config", "token", "user", "cache", "parse", "load", "value", "retry",
         "timeout", "host", "über", "naïve", "x", "data", "key", "path", "item", "count"]
names = st.text(string.ascii_lowercase, min_size=1, max_size=10).map(lambda s: f"v_{s}")
phrases = st.lists(st.sampled_from(WORDS) | names, min_size=1, max_size=10).map(" ".join)

leaves = st.one_of(
    st.tuples(st.just("assign"), names, phrases),
    st.tuples(st.just("comment"), phrases),
    st.tuples(st.just("blank")),
    st.tuples(st.just("text"), names, st.lists(phrases, min_size=2, max_size=8)),
    st.tuples(st.just("long"), names, st.integers(30, 400)),
    st.tuples(st.just("call"), names, st.lists(names, min_size=2, max_size=6)),
)
items = st.recursive(leaves, lambda inner: st.one_of(
    st.tuples(st.just("def"), names, st.booleans(), st.lists(inner, max_size=6)),
    st.tuples(st.just("class"), names, st.lists(inner, max_size=6)),
    st.tuples(st.just("if"), names, st.lists(inner, max_size=5), st.lists(inner, max_size=5)),
), max_leaves=25)
programs = st.lists(items, max_size=10)


def python_lines(item: tuple[Any, ...], pad: str) -> list[str]:
    kind = item[0]
    if kind == "assign":
        return [f"{pad}{item[1]} = {item[2]!r}"]
    if kind == "comment":
        return [f"{pad}# {item[1]}"]
    if kind == "blank":
        return [""]
    if kind == "text":
        return [f'{pad}{item[1]} = """{item[2][0]}', *item[2][1:], '"""']
    if kind == "long":
        return [f"{pad}{item[1]} = {' '.join(['word'] * item[2])!r}"]
    if kind == "call":
        return [f"{pad}{item[1]}(", *(f"{pad}    {arg}," for arg in item[2]), f"{pad})"]
    if kind == "def":
        head = [f"{pad}@decorate"] if item[2] else []
        return head + [f"{pad}def {item[1]}(self):"] + python_body(item[3], pad + "    ")
    if kind == "class":
        return [f"{pad}class {item[1]}:"] + python_body(item[2], pad + "    ")
    lines = [f"{pad}if {item[1]}:"] + python_body(item[2], pad + "    ")
    if item[3]:
        lines += [f"{pad}else:"] + python_body(item[3], pad + "    ")
    return lines


def python_body(body: list[Any], pad: str) -> list[str]:
    lines = [line for item in body for line in python_lines(item, pad)]
    return lines if any(line.strip() for line in lines) else lines + [f"{pad}pass"]


def js_lines(item: tuple[Any, ...], pad: str) -> list[str]:
    kind = item[0]
    if kind == "assign":
        return [f"{pad}let {item[1]} = {item[2]!r};"]
    if kind == "comment":
        return [f"{pad}// {item[1]}"]
    if kind == "blank":
        return [""]
    if kind == "text":
        return [f"{pad}const {item[1]} = `{item[2][0]}", *item[2][1:], "`;"]
    if kind == "long":
        return [f"{pad}const {item[1]} = {' '.join(['word'] * item[2])!r};"]
    if kind == "call":
        return [f"{pad}{item[1]}(", *(f"{pad}  {arg}," for arg in item[2]), f"{pad});"]
    inner = pad + "  "
    if kind == "def":
        return ([f"{pad}function {item[1]}() {{"]
                + [line for sub in item[3] for line in js_lines(sub, inner)] + [f"{pad}}}"])
    if kind == "class":
        return ([f"{pad}const {item[1]} = {{"]
                 + [line for sub in item[2] for line in js_lines(sub, inner)] + [f"{pad}}};"])
    lines = [f"{pad}if ({item[1]}) {{"] + [line for sub in item[2] for line in js_lines(sub, inner)]
    if item[3]:
        lines += [f"{pad}}} else {{"] + [line for sub in item[3] for line in js_lines(sub, inner)]
    return lines + [f"{pad}}}"]


def python_source(program: list[Any]) -> str:
    return "\n".join(line for item in program for line in python_lines(item, "")) + "\n"


def js_source(program: list[Any]) -> str:
    return "\n".join(line for item in program for line in js_lines(item, "")) + "\n"


budgets = st.integers(8, 300)
any_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=600)
line_text = st.lists(st.sampled_from(["", "  ", "\t"]) | phrases, max_size=40).map("\n".join)


@pytest.mark.parametrize("counter_name", sorted(COUNTERS))
@PROPERTY
@given(program=programs, budget=budgets)
def test_generated_python(counter_name: str, program: list[Any], budget: int) -> None:
    counter = COUNTERS[counter_name]
    parsed = parsed_file(python_source(program))
    check_chunks(parsed, chunk(parsed, counter, budget), counter, budget)


@pytest.mark.parametrize("counter_name", sorted(COUNTERS))
@PROPERTY
@given(program=programs, budget=budgets)
def test_generated_javascript(counter_name: str, program: list[Any], budget: int) -> None:
    counter = COUNTERS[counter_name]
    parsed = parsed_file(js_source(program), "javascript", "web/app.js")
    check_chunks(parsed, chunk(parsed, counter, budget), counter, budget)


@pytest.mark.parametrize("language", ["text", "python"])
@pytest.mark.parametrize("counter_name", sorted(COUNTERS))
@PROPERTY
@given(text=any_text | line_text, budget=budgets)
def test_random_text(counter_name: str, language: str, text: str, budget: int) -> None:
    counter = COUNTERS[counter_name]
    parsed = parsed_file(text, language)
    check_chunks(parsed, chunk(parsed, counter, budget), counter, budget)


# --- real files --------------------------------------------------------------------------------

def stdlib_sample(count: int = 24) -> list[Path]:
    root = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(path for path in root.rglob("*.py") if "site-packages" not in path.parts)
    sample = files[::max(1, len(files) // count)][:count]
    return [path for path in sample if read_source(path, path.name) is not None]


def fixture_files() -> list[Path]:
    return sorted(path for path in (REPO / "fixtures").rglob("*") if path.is_file())


REAL_FILES = [*stdlib_sample(), *fixture_files()]


@pytest.mark.parametrize("budget", [64, 256])
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: os.fspath(path.name))
def test_real_files(path: Path, budget: int) -> None:
    source = read_source(path, path.name)
    assert source is not None
    parsed = parse(source)
    counter = COUNTERS["minilm"]
    chunks = chunk(parsed, counter, budget)
    check_chunks(parsed, chunks, counter, budget)
    assert chunks or not source.text.strip()


def test_real_files_include_several_languages() -> None:
    parsed = [parse(source) for path in REAL_FILES if (source := read_source(path, path.name))]
    assert len({p.source.language for p in parsed}) >= 3
    assert sum(p.tree is not None and not p.tree.root_node.has_error for p in parsed) >= 20


# --- structure ---------------------------------------------------------------------------------

FUNCTIONS = '''\
import os


def load_settings(path):
    """Read the settings file and merge it over the defaults."""
    with open(path) as handle:
        settings = parse_settings(handle.read())
    return {**DEFAULTS, **settings}


def save_settings(path, settings):
    """Write settings back, keeping a backup of the old file."""
    if os.path.exists(path):
        os.replace(path, path + ".bak")
    with open(path, "w") as handle:
        handle.write(render_settings(settings))


def render_settings(settings):
    """One key = value line per setting, sorted by key."""
    return "\\n".join(f"{key} = {value}" for key, value in sorted(settings.items()))
'''


def function_ranges(text: str) -> list[tuple[int, int]]:
    lines = text.split("\n")
    starts = [i + 1 for i, line in enumerate(lines) if line.startswith("def ")]
    ends = [next(j for j in range(s + 1, len(lines) + 1)
                 if j == len(lines) or not lines[j].startswith("    ")) for s in starts]
    return list(zip(starts, ends))


def test_small_functions_stay_whole() -> None:
    counter = COUNTERS["minilm"]
    parsed = parsed_file(FUNCTIONS)
    sizes = [counter.count("\n".join(FUNCTIONS.split("\n")[a - 1:b]))
             for a, b in function_ranges(FUNCTIONS)]
    budget = max(sizes) + 2
    assert budget < counter.count(FUNCTIONS)
    chunks = chunk(parsed, counter, budget)
    assert len(chunks) > 1
    for start, end in function_ranges(FUNCTIONS):
        assert chunk_of(chunks, start) == chunk_of(chunks, end)
    check_chunks(parsed, chunks, counter, budget)


DECORATED = '''\
DEFAULT_REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-1"]
FALLBACK_HOSTS = {"primary": "db1.internal", "replica": "db2.internal", "cache": "redis.internal"}

# Retry transient connection errors with exponential backoff;
# the billing service drops connections during failover.
@retry(attempts=5, backoff=2.0)
@timed("billing.connect")
def connect(region):
    return open_connection(FALLBACK_HOSTS["primary"], region=region)
'''


@pytest.mark.parametrize("spare", [0, 14, 50])
def test_comment_and_decorators_stay_with_function(spare: int) -> None:
    counter = COUNTERS["minilm"]
    parsed = parsed_file(DECORATED)
    group = DECORATED[DECORATED.index("# Retry"):].rstrip("\n")
    budget = counter.count(group) + spare
    assert budget < counter.count(DECORATED)
    chunks = chunk(parsed, counter, budget)
    check_chunks(parsed, chunks, counter, budget)
    target = chunk_of(chunks, line_of(DECORATED, "def connect"))
    assert target.start_line == line_of(DECORATED, "# Retry transient")
    assert "@retry" in target.text and "@timed" in target.text
    assert "FALLBACK_HOSTS = " not in target.text


BIG_CLASS = '''\
class InvoiceStore:
    """Invoices kept in the billing database."""

    def __init__(self, connection, table="invoices"):
        self.connection = connection
        self.table = table
        self.cache = {}

    def get(self, invoice_id):
        if invoice_id in self.cache:
            return self.cache[invoice_id]
        row = self.connection.fetch_one(self.table, id=invoice_id)
        self.cache[invoice_id] = row
        return row

    @property
    def count(self):
        # cheap: the database keeps a row count per table
        return self.connection.row_count(self.table)

    def delete(self, invoice_id):
        self.cache.pop(invoice_id, None)
        self.connection.delete(self.table, id=invoice_id)
'''


def test_big_class_is_split_at_methods() -> None:
    counter = COUNTERS["minilm"]
    parsed = parsed_file(BIG_CLASS)
    budget = max(counter.count(part) for part in BIG_CLASS.split("\n\n"))  # the largest method
    assert budget * 2 < counter.count(BIG_CLASS)
    chunks = chunk(parsed, counter, budget)
    check_chunks(parsed, chunks, counter, budget)
    assert len(chunks) >= 3
    assert chunks[0].text.startswith("class InvoiceStore:\n")
    assert "def __init__" in chunks[0].text  # the header stays with the start of the body
    method_starts = {line_of(BIG_CLASS, mark) for mark in
                     ("def __init__", "def get", "@property", "def delete")}
    assert {piece.start_line for piece in chunks[1:]} <= method_starts
    assert chunk_of(chunks, line_of(BIG_CLASS, "@property")) == chunk_of(
        chunks, line_of(BIG_CLASS, "row_count"))


def test_small_siblings_are_merged() -> None:
    text = "".join(f"SETTING_{i} = {i * 7}\n" for i in range(12))
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text)
    total = counter.count(text)
    assert [(c.start_line, c.end_line, c.tokens) for c in chunk(parsed, counter, 256)] == [
        (1, 12, total)]
    halves = chunk(parsed, counter, total // 2 + 1)
    assert len(halves) == 2
    check_chunks(parsed, halves, counter, total // 2 + 1)


def test_closing_brace_stays_with_its_block() -> None:
    text = "function handler(request) {\n" + "".join(
        f"  const field{i} = request.body.field{i};\n" for i in range(20)) + "}\n"
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text, "javascript", "api/handler.js")
    chunks = chunk(parsed, counter, 64)
    check_chunks(parsed, chunks, counter, 64)
    assert len(chunks) > 2
    assert chunks[0].text.startswith("function handler(request) {\n  const field0")
    assert chunks[-1].text.endswith(";\n}") and chunks[-1].start_line < chunks[-1].end_line


@PROPERTY
@given(ranks=st.lists(st.integers(0, 6), min_size=1, max_size=80), data=st.data())
def test_breaks_find_a_ranges_lowest_rank_and_where_it_is(ranks: list[int], data: Any) -> None:
    a = data.draw(st.integers(0, len(ranks) - 1))
    b = data.draw(st.integers(a + 1, len(ranks)))
    lowest = min(ranks[a:b])
    assert _Breaks(ranks).lowest(a, b) == (lowest, [t for t in range(a, b) if ranks[t] == lowest])


@pytest.mark.parametrize("one_line", [False, True])
def test_a_deeply_nested_file_keeps_the_invariants(one_line: bool) -> None:
    depth = 3000
    opens = [" " * (i % 40) + '{"k%d": [' % i for i in range(depth)]
    closes = [" " * (i % 40) + "]}" for i in reversed(range(depth))]
    text = ("".join(opens) + "1" + "".join(closes) if one_line else
            "\n".join([*opens, "1", *closes])) + "\n"
    parsed = parsed_file(text, "json", "data/deep.json")
    assert parsed.tree is not None and not parsed.tree.root_node.has_error
    counter = COUNTERS["minilm"]
    chunks = chunk(parsed, counter, 64)
    check_chunks(parsed, chunks, counter, 64)
    assert "".join(c.text for c in chunks).replace("\n", "") == text.replace("\n", "")


def test_a_line_over_budget_is_cut_into_pieces_of_that_line() -> None:
    long_line = "BLOB = '" + " ".join(f"w{i}" for i in range(200)) + "'"
    text = f"first = 1\n{long_line}\nlast = 2\n"
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text)
    chunks = chunk(parsed, counter, 32)
    check_chunks(parsed, chunks, counter, 32)
    lines = [(c.start_line, c.end_line) for c in chunks]
    assert lines[0] == (1, 1) and lines[-1] == (3, 3) and len(lines) > 3
    assert set(lines[1:-1]) == {(2, 2)} and all(c.tokens <= 32 for c in chunks)
    # inside the one string literal: cut at its spaces, never inside a word
    assert all(c.text.endswith(" ") or c.text.endswith("'") for c in chunks[1:-1])


def test_a_minified_line_is_cut_between_syntax_nodes_not_inside_strings() -> None:
    pairs = [f'k{i}:"value number {i} of many"' for i in range(300)]
    text = "var config={" + ",".join(pairs) + "};\n"
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text, "javascript", "bundle.min.js")
    chunks = chunk(parsed, counter, 64)
    check_chunks(parsed, chunks, counter, 64)
    assert len(chunks) > 10 and all(c.tokens <= 64 for c in chunks)
    assert chunks[0].text.startswith("var config={")  # the small head joins the next piece
    for piece in chunks[1:-1]:  # each piece holds whole pairs
        assert piece.text.startswith(("k", ",")) and piece.text.count('"') % 2 == 0


def test_plain_text_breaks_at_blank_lines() -> None:
    paragraph = "The quick brown fox jumps over the lazy dog near the river bank.\n" * 3
    text = f"{paragraph}\n{paragraph}\n{paragraph}"
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text, "text", "NOTES.txt")
    budget = counter.count(paragraph) + 5
    chunks = chunk(parsed, counter, budget)
    check_chunks(parsed, chunks, counter, budget)
    assert [(c.start_line, c.end_line) for c in chunks] == [(1, 3), (5, 7), (9, 11)]


def test_file_with_syntax_errors_is_chunked_by_lines() -> None:
    text = "def broken(:\n    return (\n\nvalue = 1\n" * 8
    counter = COUNTERS["minilm"]
    parsed = parsed_file(text)
    assert parsed.tree.root_node.has_error
    chunks = chunk(parsed, counter, 24)
    check_chunks(parsed, chunks, counter, 24)
    assert len(chunks) > 2


def test_blank_file_has_no_chunks() -> None:
    counter = COUNTERS["minilm"]
    assert chunk(parsed_file(""), counter, 64) == []
    assert chunk(parsed_file("\n  \n\t\n", "text"), counter, 64) == []


def test_byte_offsets_with_multibyte_text() -> None:
    text = "\n# Größe: 5 €\nname = 'Zoë'\n\n\nfinal = '✓'\n"
    parsed = parsed_file(text)
    counter = COUNTERS["minilm"]
    chunks = chunk(parsed, counter, 8)
    check_chunks(parsed, chunks, counter, 8)
    assert chunks[0].start_line == 2 and chunks[0].start_byte == 1


@pytest.mark.parametrize("budget", [0, 7, -3, True, 64.0, "64"])
def test_budget_is_validated(budget: Any) -> None:
    with pytest.raises(FatalError, match="at least 8 tokens"):
        chunk(parsed_file("x = 1\n"), COUNTERS["minilm"], budget)
