"""Split a parsed file into chunks of whole lines along its syntax tree, as RAG pipelines do.

A node that fits the token budget stays whole; a larger one is split between its children, and
small neighbours are merged up to the budget (the way LlamaIndex's CodeSplitter and Chonkie's
CodeChunker chunk code). Leading comments, decorators and attributes stay with what they annotate,
a header (`def f():`, `class A {`) with the start of its body and a closing `}` with its end.
Plain text, and files that do not parse cleanly, are packed line by line, breaking at blank lines
where possible. A single line longer than the budget (a minified bundle, a data blob) is cut into
pieces the same way: between the syntax nodes within it, shallowest first, else at spaces, else
every few characters, as character-based splitters cut long lines; the pieces of one line are
chunks of that line alone, and the text an embedder would otherwise truncate is embedded too.

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
_NO_BREAK = 1 << 30  # above every rank: pads the index of ranks
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


def _glue(ranks: dict[int, int], rows: Sequence[int], units: list[list[Any]], depth: int,
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
    """Each break takes the rank that the deepest node spanning it gives (nodes nest, so the
    deepest is unique): nodes are visited deepest first and each ranks only the breaks no deeper
    node ranked, so a deeply nested file costs no more than a flat one."""
    spans: list[tuple[int, int, int, bool]] = []  # (depth, lo, hi, leaf)
    glued: dict[int, int] = {}  # breaks no child spans: their node's own, so final
    stack = [(root, 0, 0, len(rows) - 1)]
    while stack:
        node, depth, lo, hi = stack.pop()  # the node spans non-blank lines lo..hi
        children = node.children
        spans.append((depth, lo, hi, not children))
        if not children:
            continue
        _glue(glued, rows, _units(children), depth, lo, hi, node is root)
        for child in children:
            start, end = _row_span(child)
            if end > start:
                first, last = bisect_left(rows, start), bisect_right(rows, end) - 1
                if last > first:
                    stack.append((child, depth + 1, first, last))
    ranks = [0] * (len(rows) - 1)
    unranked = list(range(len(rows)))  # unranked[t] leads (with path halving) to the next break to rank
    for depth, lo, hi, leaf in sorted(spans, key=lambda span: -span[0]):
        t = _next_unranked(unranked, lo)
        while t < hi:
            ranks[t] = _IN_TOKEN + 2 * depth + (0 if rows[t + 1] > rows[t] + 1 else 1) if leaf else depth
            unranked[t] = t + 1
            t = _next_unranked(unranked, t + 1)
    for t, rank in glued.items():
        ranks[t] = rank
    return ranks


def _next_unranked(unranked: list[int], t: int) -> int:
    while unranked[t] != t:
        unranked[t] = unranked[unranked[t]]
        t = unranked[t]
    return t


class _Breaks:
    """The ranks of a run's breaks, indexed so that a range's lowest rank and the breaks holding
    it are found in logarithmic time (a deeply nested file is split once per level)."""

    def __init__(self, ranks: Sequence[int]) -> None:
        self.ranks = ranks
        size = 1
        while size < len(ranks):
            size *= 2
        self._size = size
        self._tree = [_NO_BREAK] * size + list(ranks) + [_NO_BREAK] * (size - len(ranks))
        for k in range(size - 1, 0, -1):  # node k holds the minimum of nodes 2k and 2k + 1
            self._tree[k] = min(self._tree[2 * k], self._tree[2 * k + 1])
        self._holding: dict[int, list[int]] = {}
        for t, rank in enumerate(ranks):
            self._holding.setdefault(rank, []).append(t)

    def lowest(self, a: int, b: int) -> tuple[int, list[int]]:
        """The lowest rank among breaks a..b-1, and those of them that hold it, in order."""
        tree, low, high, lowest = self._tree, a + self._size, b + self._size, _NO_BREAK
        while low < high:
            if low & 1:
                lowest = min(lowest, tree[low])
                low += 1
            if high & 1:
                high -= 1
                lowest = min(lowest, tree[high])
            low //= 2
            high //= 2
        holding = self._holding[lowest]
        return lowest, holding[bisect_left(holding, a):bisect_left(holding, b)]


def _pack(breaks: _Breaks, layout: _Layout | _Pieces, budget: float, first: int, last: int,
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
        starts = [a] + [t + 1 for t in breaks.lowest(a, b)[1]]
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


def _fit(ranks: Sequence[int], layout: _Layout | _Pieces, counter: TokenCounter,
         budget: int) -> list[tuple[int, int, int]]:
    """Pack by estimates, then count each chunk's real text and split again where it is over.

    A counter whose `lines_add_up` is true (BERT-style tokenizers: a newline only separates words)
    makes the estimate of lines exact, and the chunk texts need no second count (pieces of a
    line always get one: a cut can fall inside a word)."""
    exact = isinstance(layout, _Layout) and getattr(counter, "lines_add_up", False) is True
    done: list[tuple[int, int, int]] = []
    breaks = _Breaks(ranks)
    todo = _pack(breaks, layout, budget, 0, len(layout.rows) - 1)
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
                retry.extend(_pack(breaks, layout, shrunk, a, b, force=True))
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
    in exactly one chunk, each at most max_tokens tokens; a line over max_tokens on its own is
    cut into pieces of that line within it (see _line_pieces)."""
    check_budget(max_tokens)
    source = parsed.source
    layout = _Layout(source.text.split("\n"), counter)
    if not layout.rows:
        return []
    starts = list(accumulate((len(line) + 1 for line in source.data.split(b"\n")), initial=0))
    chunks = []
    for a, b, tokens in _fit(line_ranks(parsed, layout.rows), layout, counter, max_tokens):
        first, last = layout.rows[a], layout.rows[b]
        if a == b and tokens > max_tokens:
            chunks += _line_pieces(parsed, first, starts[first], layout.lines[first], counter,
                                   max_tokens)
            continue
        chunks.append(Chunk(source.path, first + 1, last + 1, starts[first], starts[last + 1] - 1,
                            tokens, layout.text(a, b)))
    return chunks


class _Pieces:
    """One line cut at character offsets, laid out for _pack and _fit: pieces join with nothing
    between them."""

    def __init__(self, line: str, cuts: Sequence[int], counter: TokenCounter) -> None:
        self.line = line
        self.bounds = [0, *cuts, len(line)]
        self.rows = list(range(len(self.bounds) - 1))
        self.costs = counter.count_batch([self.text(k, k) for k in self.rows])
        self._sums = list(accumulate(self.costs, initial=0))

    def estimate(self, first: int, last: int) -> int:
        return self._sums[last + 1] - self._sums[first]

    def text(self, first: int, last: int) -> str:
        return self.line[self.bounds[first]:self.bounds[last + 1]]


def _line_pieces(parsed: ParsedFile, row: int, line_byte: int, line: str, counter: TokenCounter,
                 max_tokens: int) -> list[Chunk]:
    """A line over the budget as chunks of that line within it (one piece can stay over it only
    when it is a single character)."""
    to_byte = _utf8_starts(line)
    cuts = _line_cuts(parsed, line_byte, line, to_byte)
    pieces = _Pieces(line, sorted(cuts), counter)
    while wide := [k for k in pieces.rows if pieces.costs[k] > max_tokens
                   and pieces.bounds[k + 1] - pieces.bounds[k] > 1]:
        for k in wide:  # a piece over the budget on its own: cut it every few characters
            start, end = pieces.bounds[k], pieces.bounds[k + 1]
            step = max(1, (end - start) * max_tokens // (2 * pieces.costs[k]))
            cuts.update({at: _IN_TOKEN + _GLUED for at in range(start + step, end, step)})
        pieces = _Pieces(line, sorted(cuts), counter)
    ranks = [cuts[at] for at in pieces.bounds[1:-1]]
    fitted: list[tuple[int, int, int]] = []
    for a, b, tokens in _fit(ranks, pieces, counter, max_tokens):
        # a neighbour left alone by a cut at a shallower node (`var ` before `a={...}`) joins
        # the next piece where both fit
        if fitted and fitted[-1][2] + tokens <= max_tokens:
            joined = counter.count(pieces.text(fitted[-1][0], b))
            if joined <= max_tokens:
                fitted[-1] = (fitted[-1][0], b, joined)
                continue
        fitted.append((a, b, tokens))
    out = []
    for a, b, tokens in fitted:
        start, end = pieces.bounds[a], pieces.bounds[b + 1]
        out.append(Chunk(parsed.source.path, row + 1, row + 1, line_byte + to_byte[start],
                         line_byte + to_byte[end], tokens, line[start:end], cut=True))
    return out


def _line_cuts(parsed: ParsedFile, line_byte: int, line: str,
               to_byte: Sequence[int]) -> dict[int, int]:
    """Character offsets inside a line where it may be cut, with their ranks: between sibling
    syntax nodes (the depth of their parent), else after runs of spaces (in a token or a file
    without a clean tree). to_byte: _utf8_starts(line)."""
    cuts: dict[int, int] = {}
    end_byte = line_byte + to_byte[-1]
    tree = parsed.tree
    if tree is not None and not tree.root_node.has_error:
        # from the smallest node spanning the line: no node outside it has a child starting inside
        stack = [(tree.root_node.descendant_for_byte_range(line_byte, end_byte)
                  or tree.root_node, 0)]
        while stack:
            node, depth = stack.pop()
            children = [c for c in node.children if c.end_byte > line_byte and c.start_byte < end_byte]
            for child in children[1:]:
                if line_byte < child.start_byte < end_byte:
                    cuts.setdefault(bisect_left(to_byte, child.start_byte - line_byte), depth)
            stack += [(child, depth + 1) for child in children]
    spaces = _IN_TOKEN if cuts else 0
    for k in range(1, len(line)):
        if line[k - 1] == " " and line[k] != " ":
            cuts.setdefault(k, spaces)
    indent = len(line) - len(line.lstrip())  # no piece of indentation alone
    return {at: rank for at, rank in cuts.items() if at > indent}


def _utf8_starts(line: str) -> Sequence[int]:
    """The UTF-8 byte offset at which each character of line starts, and its length last (a
    character offset indexes it; bisect_left finds the character at a byte offset)."""
    if line.isascii():
        return range(len(line) + 1)
    return list(accumulate((len(ch.encode("utf-8", "surrogatepass")) for ch in line), initial=0))
