"""Split a parsed file into chunks of whole lines along its syntax tree, as RAG pipelines do.

A node that fits the token budget stays whole; a larger one is split between its children, and
small neighbours are merged up to the budget (the way LlamaIndex's CodeSplitter and Chonkie's
CodeChunker chunk code). Leading comments, decorators and attributes stay with what they annotate,
a header (`def f():`, `class A {`) with the start of its body and a closing `}` with its end.
Plain text, and files that do not parse cleanly, are packed line by line, breaking at blank lines
where possible. Only a single line longer than the budget makes a chunk over the budget.

Internally a file is its list of non-blank lines; a chunk is a run of them, and between two
neighbouring non-blank lines lies a possible break. Each break has a rank: the depth of the
deepest node spanning it (0 between top-level definitions), raised for a break inside a single
token (a long string or comment), raised further for one that would part a node from its leading
comment, header or closer. A run over the budget is cut at its lowest-ranked breaks, and the
pieces that fit are merged again up to the budget.

Token counts: each distinct line is counted once, and runs are packed by the sum over their lines.
Each multi-line chunk's own text is then counted (joined lines can count differently from the sum),
and a chunk found over the budget is split again; tokenizers whose counts provably add up over
lines (`lines_add_up`, e.g. BERT's) skip that second count.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from codeleak.embedders.base import TokenCounter
from codeleak.errors import FatalError
from codeleak.records import Chunk, ParsedFile

MIN_TOKENS = 8

_IN_TOKEN = 1 << 20  # a break inside one token: a multi-line string or comment
_GLUED = 1 << 21  # a break that would part a node from its leading comment, header or closer
_ANNOTATIONS = frozenset({
    "decorator", "attribute_item", "attribute_list", "annotation", "marker_annotation",
    "file_annotation",
})


def check_budget(max_tokens: int) -> None:
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < MIN_TOKENS:
        raise FatalError(f"the chunk size must be a whole number of at least {MIN_TOKENS} tokens, "
                         f"not {max_tokens!r}")


class _Layout:
    """The non-blank lines of a file, with token estimates for runs of them."""

    def __init__(self, lines: list[str], counter: TokenCounter) -> None:
        self.lines = lines
        self.rows = [i for i, line in enumerate(lines) if line.strip()]
        unique = list(dict.fromkeys(line for line in lines if line))
        counts = dict(zip(unique, counter.count_batch(unique)))
        self.costs = [counts[line] if line else 0 for line in lines]
        self._sums = list(accumulate(self.costs, initial=0))
        joined, single = counter.count_batch(["x\nx", "x"])
        self._newline = max(0, joined - 2 * single)

    def estimate(self, first: int, last: int) -> int:
        """Tokens of non-blank lines first..last joined: the sum over lines, plus newlines."""
        start, end = self.rows[first], self.rows[last]
        return self._sums[end + 1] - self._sums[start] + self._newline * (end - start)

    def text(self, first: int, last: int) -> str:
        return "\n".join(self.lines[self.rows[first]:self.rows[last] + 1])


def _row_span(node: Any) -> tuple[int, int]:
    """First and last row of a node; a node ending at the start of a line ends on the line before."""
    start, end = node.start_point[0], node.end_point
    return start, end[0] - 1 if end[1] == 0 and end[0] > start else end[0]


def _text_ranks(rows: Sequence[int]) -> list[int]:
    """Breaks for plain text: at blank lines first, then between any two lines."""
    return [0 if rows[t + 1] > rows[t] + 1 else 1 for t in range(len(rows) - 1)]


def _units(children: Sequence[Any]) -> list[list[Any]]:
    """Children grouped into runs of whole lines: [first row, last row, all annotations,
    any anonymous (syntax) child, all anonymous]."""
    units: list[list[Any]] = []
    for child in children:
        start, end = _row_span(child)
        annotation = "comment" in child.type or child.type in _ANNOTATIONS
        syntax = not child.is_named
        if units and start <= units[-1][1]:
            unit = units[-1]
            unit[1] = max(unit[1], end)
            unit[2] = unit[2] and annotation
            unit[3] = unit[3] or syntax
            unit[4] = unit[4] and syntax
        else:
            units.append([start, end, annotation, syntax, syntax])
    return units


def _glue(ranks: list[int], rows: Sequence[int], units: list[list[Any]], depth: int,
          lo: int, hi: int, root: bool) -> None:
    """Raise the rank of breaks after a leading comment or annotation, after a header that opens
    with syntax (`def`, `class`, `{`) and before a closer made of syntax only (`}`, `end`)."""
    last = len(units) - 2
    for k in range(last + 1):
        t = bisect_right(rows, units[k][1]) - 1
        if not lo <= t < hi:
            continue
        header = k == 0 and not root and units[0][3]
        closer = k == last and not root and units[-1][4]
        if units[k][2] or header or closer:
            ranks[t] = _GLUED + depth


def _tree_ranks(root: Any, rows: Sequence[int]) -> list[int]:
    ranks = [0] * (len(rows) - 1)
    stack = [(root, 0, 0, len(rows) - 1)]
    while stack:
        node, depth, lo, hi = stack.pop()  # the node spans non-blank lines lo..hi
        children = node.children
        if not children:
            for t in range(lo, hi):
                ranks[t] = _IN_TOKEN + 2 * depth + (0 if rows[t + 1] > rows[t] + 1 else 1)
            continue
        ranks[lo:hi] = [depth] * (hi - lo)
        _glue(ranks, rows, _units(children), depth, lo, hi, node is root)
        for child in children:
            start, end = _row_span(child)
            if end > start:
                first, last = bisect_left(rows, start), bisect_right(rows, end) - 1
                if last > first:
                    stack.append((child, depth + 1, first, last))
    return ranks


def _pack(ranks: Sequence[int], layout: _Layout, budget: float, first: int, last: int,
          force: bool = False) -> list[tuple[int, int]]:
    """Runs of non-blank lines covering first..last, each within the budget or a single line.

    With force, first..last is split even where its estimate fits (its real count did not)."""
    out: list[tuple[int, int]] = []
    todo = [(first, last, force)]
    while todo:
        a, b, must_split = todo.pop()
        if a == b or (not must_split and layout.estimate(a, b) <= budget):
            out.append((a, b))
            continue
        lowest = min(ranks[a:b])
        starts = [a] + [t + 1 for t in range(a, b) if ranks[t] == lowest]
        pieces = list(zip(starts, [s - 1 for s in starts[1:]] + [b]))
        groups: list[tuple[int, int]] = []
        for start, end in pieces:
            if groups and layout.estimate(groups[-1][0], end) <= budget:
                groups[-1] = (groups[-1][0], end)
            else:
                groups.append((start, end))
        if len(groups) == 1:  # only when forced: the estimate fits, the real count did not
            groups = pieces
        todo.extend((start, end, False) for start, end in reversed(groups))
    return out


def _fit(ranks: Sequence[int], layout: _Layout, counter: TokenCounter,
         budget: int) -> list[tuple[int, int, int]]:
    """Pack by estimates, then count each chunk's real text and split again where it is over.

    A counter whose `lines_add_up` is true (BERT-style tokenizers: a newline only separates words)
    makes the estimate exact, and the chunk texts need no second count."""
    exact = getattr(counter, "lines_add_up", False) is True
    done: list[tuple[int, int, int]] = []
    todo = _pack(ranks, layout, budget, 0, len(layout.rows) - 1)
    while todo:
        multi = [(a, b) for a, b in todo if a < b]
        counts = dict(zip(multi, [layout.estimate(a, b) for a, b in multi] if exact else
                          counter.count_batch([layout.text(a, b) for a, b in multi])))
        retry: list[tuple[int, int]] = []
        for a, b in todo:
            if a == b:
                done.append((a, b, layout.costs[layout.rows[a]]))
            elif counts[a, b] <= budget:
                done.append((a, b, counts[a, b]))
            else:
                shrunk = budget * layout.estimate(a, b) / counts[a, b]
                retry.extend(_pack(ranks, layout, shrunk, a, b, force=True))
        todo = retry
    return sorted(done)


def line_ranks(parsed: ParsedFile, rows: Sequence[int]) -> list[int]:
    """The rank of each break between neighbouring non-blank lines (see the module docstring)."""
    tree = parsed.tree
    if tree is None or tree.root_node.has_error:
        return _text_ranks(rows)
    return _tree_ranks(tree.root_node, rows)


def chunk(parsed: ParsedFile, counter: TokenCounter, max_tokens: int) -> list[Chunk]:
    """The file's chunks in order: whole lines, no blank line at either end, every non-blank line
    in exactly one chunk, each at most max_tokens tokens unless it is a single line."""
    check_budget(max_tokens)
    source = parsed.source
    layout = _Layout(source.text.split("\n"), counter)
    if not layout.rows:
        return []
    starts = list(accumulate((len(line) + 1 for line in source.data.split(b"\n")), initial=0))
    chunks = []
    for a, b, tokens in _fit(line_ranks(parsed, layout.rows), layout, counter, max_tokens):
        first, last = layout.rows[a], layout.rows[b]
        chunks.append(Chunk(source.path, first + 1, last + 1, starts[first], starts[last + 1] - 1,
                            tokens, layout.text(a, b)))
    return chunks
