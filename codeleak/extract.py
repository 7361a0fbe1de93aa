"""Extract comments, literals and defined names from a parsed file with grammars/<lang>/entities.scm.

Every query file uses only the capture names in CAPTURES. A capture name maps to an entity kind by
its first part (`comment.documentation` -> "comment", `definition.key` -> "identifier"). Captures
whose name starts with `_` are helpers for predicates and produce no entity.

When one match captures a name (`definition.*`) and a value (`string`, `number`), the value gets
the name's text as `context`: `password = "hunter2"` gives the string `hunter2` context `password`.
A match without a `definition.*` capture may name its value with `_context` helpers instead (the
option before a shell argument, `mysql --password s3cr3t`; the `name:` beside a Kubernetes env
entry's `value:`): their texts, joined by a space in source order, are the context, and they
produce no entity of their own (`_context.<what>`, `_context.command`, is such a helper too, for
a pattern whose helpers need predicates of their own). Such a context is written for a value its
own key says less about, so it wins over a `definition.*` name of the same span (`DB_PASSWORD`
over `value`); of two such contexts, the one from more helpers wins (`sshpass -p` over `-p`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from codeleak import health_records, keyblocks, languages
from codeleak.errors import FatalError
from codeleak.parse import language_for
from codeleak.records import Entity, ParsedFile, SourceFile
from codeleak.tables import insert_columns, table_cells



def _grammars_dir() -> Path:
    """Query files: inside the installed package (wheel), else the source tree's grammars/."""
    packaged = Path(__file__).resolve().parent / "grammars"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "grammars"


GRAMMARS_DIR = _grammars_dir()
QUERY_FILE = "entities.scm"

CAPTURES: dict[str, str] = {
    "comment": "a comment, markers (#, //, /* */, <!-- -->) stripped from its value",
    "comment.documentation": "a doc comment or docstring",
    "string": "a string literal's content, delimiters stripped (also heredocs, config values)",
    "number": "a numeric literal",
    "definition.function": "the name of a defined function",
    "definition.method": "the name of a defined method",
    "definition.class": "the name of a defined class, struct, interface, trait or object",
    "definition.type": "the name of a defined type alias, enum or other type",
    "definition.module": "the name of a defined module, namespace or package",
    "definition.variable": "the name of an assigned or declared variable (also keyword arguments)",
    "definition.constant": "the name of a constant (const, final, ALL_CAPS assignment, #define)",
    "definition.parameter": "the name of a function or method parameter",
    "definition.field": "the name of a field, property or attribute of a class or struct",
    "definition.key": "a key in a mapping, object, dict, config file or XML element/attribute",
}

# A helper capture that names a value in a match without a `definition.*` name (no entity); also
# `_context.<what>`, where one pattern's helpers need different predicates.
CONTEXT_HELPER = "_context"


def is_context_helper(capture: str) -> bool:
    """`_context` or `_context.<what>`."""
    return capture == CONTEXT_HELPER or capture.startswith(CONTEXT_HELPER + ".")


_KIND_BY_PREFIX = {"comment": "comment", "string": "string", "number": "number",
                   "definition": "identifier"}
# When two captures have the same span, the higher kind rank wins, then the one with context,
# then a more specific name (comment.documentation over comment, definition.constant over
# definition.variable).
_KIND_RANK = {"comment": 3, "identifier": 2, "string": 1, "number": 0}
_VALUE_KINDS = ("string", "number")
_SPECIFICITY = {"comment": 0, "definition.variable": 0, "definition.field": 1,
                "definition.parameter": 1, "definition.type": 1}

# Delimiter children of string nodes that are named nodes in some grammar.
_DELIMITER_TYPES = frozenset({
    "string_start", "string_end", "raw_string_start", "raw_string_end", "raw_string_delimiter",
    "interpolation_start", "heredoc_start", "heredoc_end", "heredoc_identifier",
    "quoted_template_start", "quoted_template_end", "heredoc_beginning", "string_delimiter",
})
# Anonymous tokens that open or close a literal without a quote in them (YAML block scalars,
# C++ raw strings' parentheses).
_BARE_DELIMITERS = frozenset({"|", ">", "(", ")", "|-", ">-", "|+", ">+"})
_OPEN_QUOTE = re.compile(rb'\A(?:[rRbBuUfFcs]{0,2}|u8|@\$?|\$@?|\$+)(#*)("""|\'\'\'|["\'`])')
_COMMENT_OPEN = re.compile(r"\A\s*(?:<!--|/\*+!?|//+!?|#+!?|--+|;+|!+|=begin\b|\(\*+|%+|REM\b)")
_COMMENT_CLOSE = re.compile(r"(?:-->|\*+/|=end|\*+\))\s*\Z")
_COMMENT_LINE = re.compile(r"^[ \t]*(?:\*(?!/)|//+|#+|--+|;+) ?", re.MULTILINE)
_INHERITS = re.compile(r"\A;\s*inherits:\s*([\w,\s]+?)\s*$", re.MULTILINE)
# Kinds that come one line at a time: plain-text lines, and line comments (`#`, `//`).
_LINE_KINDS = ("text", "comment")


class Capture(NamedTuple):
    """An entity together with the query capture name that produced it."""

    name: str
    entity: Entity


def kind_of(capture: str) -> str:
    """The entity kind of a capture name: `definition.key` -> "identifier"."""
    return _KIND_BY_PREFIX[capture.split(".", 1)[0]]


def query_source(name: str, grammars_dir: Path = GRAMMARS_DIR) -> str:
    """The text of a language's query file, with the files named in `; inherits:` lines first."""
    return "\n".join(text for _, text in query_parts(name, grammars_dir))


def query_parts(name: str, grammars_dir: Path = GRAMMARS_DIR,
                seen: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(folder, text) of each query file that makes up a language's query, parents first."""
    if name in seen:
        raise FatalError(f"grammars: inheritance cycle {' -> '.join(seen + (name,))}")
    path = grammars_dir / name / QUERY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FatalError(f"grammars: cannot read {path}: {exc.strerror}") from None
    parts: list[tuple[str, str]] = []
    match = _INHERITS.match(text)
    if match:
        for parent in match.group(1).split(","):
            parts.extend(query_parts(parent.strip(), grammars_dir, seen + (name,)))
    parts.append((name, text))
    return parts


def _where(parts: list[tuple[str, str]], message: str) -> str:
    """Point a query error at the file and row it comes from, not at the joined text."""
    message = " ".join(message.split())
    match = re.search(r"row (\d+)", message)
    row = int(match.group(1)) if match else -1
    for folder, text in parts:
        rows = text.count("\n") + 1
        if 0 <= row < rows:
            return f"grammars/{folder}/{QUERY_FILE}:{row + 1}: {message}"
        row -= rows
    return f"grammars/{parts[-1][0]}/{QUERY_FILE}: {message}"


@lru_cache(maxsize=None)
def query_for(language: str) -> Any:
    """The compiled entities query of a language in LANGUAGES (compiled once per process)."""
    return compile_query(language)


def compile_query(language: str, grammars_dir: Path = GRAMMARS_DIR) -> Any:
    """Compile a language's query against its grammar; errors name the file and row at fault."""
    import tree_sitter

    grammar = languages.LANGUAGES[language].grammar
    parts = query_parts(language, grammars_dir)
    try:
        return tree_sitter.Query(language_for(grammar), "\n".join(text for _, text in parts))
    except tree_sitter.QueryError as exc:
        raise FatalError(_where(parts, str(exc))) from None


def extract(parsed: ParsedFile) -> list[Entity]:
    """Comments, literals and defined names of a file, in source order (category "none")."""
    return [capture.entity for capture in captures(parsed)]


def comments(parsed: ParsedFile) -> list[Entity]:
    """Only the comments of a file (for inline suppressions)."""
    return [entity for entity in extract(parsed) if entity.kind == "comment"]


def captures(parsed: ParsedFile) -> list[Capture]:
    """Like extract(), keeping the capture name of each entity (for tests and debugging)."""
    if parsed.tree is None:
        cells = table_cells(parsed)
        if cells is not None:
            return [Capture(entity.kind, entity) for entity in cells]
        return join_blocks(_text_lines(parsed), parsed.source.data)
    data = parsed.source.data
    spans = _Spans(data)
    best: dict[tuple[int, int], _Candidate] = {}
    for match in _matches(query_for(parsed.source.language), parsed.tree.root_node):
        context, helpers = _context(match, spans)
        for name, nodes in match.items():
            if name.startswith("_"):
                continue
            kind = kind_of(name)
            for node in nodes:
                start, end, marked = spans.of(node, name, kind)
                if end <= start:
                    continue
                candidate = _Candidate(_rank(name, kind, context, helpers), name, kind, start, end,
                                       context if kind in _VALUE_KINDS else "", marked)
                old = best.get((start, end))
                if old is None or candidate.rank > old.rank:
                    best[(start, end)] = candidate
    if parsed.tree.root_node.has_error:
        for candidate in _error_literals(parsed.tree.root_node, data, sorted(best)):
            best[(candidate.start, candidate.end)] = candidate
    out = [spans.capture(parsed, c) for _, c in sorted(best.items())]
    if parsed.source.language == "sql":
        out = _named_by_column(out, insert_columns(parsed.tree.root_node))
    return join_blocks([c for c in out if c.entity.value.strip()], data)


def _named_by_column(found: list[Capture], columns: list[tuple[int, int, str]]) -> list[Capture]:
    """A string inside an INSERT's value list without a name takes its column's."""
    if not columns:
        return found
    starts = [start for start, _, _ in columns]
    out = []
    for capture in found:
        entity = capture.entity
        k = bisect.bisect_right(starts, entity.start_byte) - 1
        if entity.kind == "string" and not entity.context and k >= 0 and \
                entity.end_byte <= columns[k][1]:
            capture = Capture(capture.name, replace(entity, context=columns[k][2]))
        out.append(capture)
    return out


# A one-line quoted literal in text the grammar could not parse (T-SQL's `EXEC … N'x'`, a
# template tag in YAML): an optional dialect prefix, the quote, the content; not inside a word
# (`don't`). The word before it, with `=`, `:` or `=>`, names it (`@datasrc = N'…'`).
_ERROR_LITERAL = re.compile(rb"""(?<![\w'"`])[NnEeBbXxUu]?(?:'(?P<a>[^'\n\\]{1,1000})'|"(?P<b>[^"\n\\]{1,1000})")(?![\w'"])""")
_ERROR_CONTEXT = re.compile(rb"([A-Za-z_@$][\w.@$-]{0,60})\s*(?:=>?|:=?)?\s*$")
# a number assigned to a name there (PL/SQL's `c_floor_pct CONSTANT NUMBER := 0.87;`): only named
# numbers are kept, a bare one says nothing
_ERROR_NUMBER = re.compile(rb"(?<![\w.@$-])([A-Za-z_@$][\w.@$-]{0,60})(?i:\s+CONSTANT\s+[A-Za-z_]\w*"
                           rb"(?:\s*\([\d, ]*\))?)?\s*(?::=|=>?|:)[ \t]*(?P<n>[-+]?\d[\d_]*(?:\.\d+)?"
                           rb"(?:[eE][-+]?\d+)?)(?![\w.])")


def _error_nodes(root: Any) -> Iterator[Any]:
    """The outermost ERROR nodes of a tree whose root has an error, in source order."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "ERROR":
            yield node
        elif node.has_error:
            stack.extend(reversed(node.children))


def _covered(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of byte ranges, as sorted disjoint ranges."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _error_literals(root: Any, data: bytes, taken: list[tuple[int, int]]) -> list[_Candidate]:
    """Values the query could not reach because the parser gave up on their part of the file:
    each quoted literal on one line inside an ERROR node, and each number assigned to a name
    there, that no capture overlaps (a capture that does is the literal itself, or a comment
    with quotes in it)."""
    covered = _covered(taken)
    starts = [start for start, _ in covered]

    def free(start: int, end: int) -> bool:  # no capture overlaps [start, end)
        k = bisect.bisect_left(starts, end) - 1
        return k < 0 or covered[k][1] <= start

    out: list[_Candidate] = []

    def add(kind: str, start: int, end: int, context: bytes) -> None:
        name = context.decode("utf-8", "replace")
        out.append(_Candidate(_rank(kind, kind, name, 0), kind, kind, start, end, name, False))

    for node in _error_nodes(root):
        for match in _ERROR_LITERAL.finditer(data, node.start_byte, node.end_byte):
            start, end = match.span("a" if match.group("a") is not None else "b")
            if free(match.start(), match.end()) and data[start:end].strip():
                named = _ERROR_CONTEXT.search(data, max(node.start_byte, match.start() - 64), match.start())
                add("string", start, end, named.group(1) if named else b"")
        for match in _ERROR_NUMBER.finditer(data, node.start_byte, node.end_byte):
            if free(*match.span("n")):
                add("number", *match.span("n"), match.group(1))
    return out


# How deep below the node a query runs from its matches may start. tree-sitter keeps an
# in-progress match for each open node a pattern may start at, so one run over a tree nested d
# deep costs nodes x d (50,000 nested JSON arrays: 53 s); in layers it costs nodes x LAYER_DEPTH.
LAYER_DEPTH = 64


def _matches(query: Any, root: Any) -> Iterator[dict[str, list[Any]]]:
    """The matches of a query in a tree, run in layers: from the root with matches starting at
    most LAYER_DEPTH deep, then the same from each node that deep with children. A match
    starting at a layer's root is found from above too (its siblings are out of reach from
    below): the same match twice, which gives the same candidates."""
    import tree_sitter

    roots = [root]
    while roots:
        node = roots.pop()
        cursor = tree_sitter.QueryCursor(query)
        cursor.set_max_start_depth(LAYER_DEPTH)
        for _, match in cursor.matches(node):
            yield match
        roots.extend(reversed(layer_roots(node, LAYER_DEPTH)))


def layer_roots(root: Any, depth: int) -> list[Any]:
    """The nodes `depth` levels below root that have children, in source order. A subtree with
    too few nodes to hold one is not walked; no node is visited twice."""
    out = []
    cursor = root.walk()
    level = 0
    while True:
        node = cursor.node
        if level == depth:
            if node.child_count:
                out.append(node)
        elif level + node.descendant_count > depth + 1 and cursor.goto_first_child():
            level += 1
            continue
        while level > 0 and not cursor.goto_next_sibling():
            cursor.goto_parent()
            level -= 1
        if level == 0:
            return out


class _Candidate(NamedTuple):
    rank: tuple[int, int, int, int]
    name: str
    kind: str
    start: int
    end: int
    context: str
    marked: bool  # a comment with its markers in the span


def _rank(name: str, kind: str, context: str, helpers: int) -> tuple[int, int, int, int]:
    """Kind first; then a context (from `_context` helpers over a definition's name); then the
    more specific capture name; then the context of more helpers (`sshpass -p` over `-p`)."""
    named = (1 + bool(helpers)) if context and kind in _VALUE_KINDS else 0
    return _KIND_RANK[kind], named, _SPECIFICITY.get(name, 2), helpers if named else 0


def _context(match: dict[str, list[Any]], spans: _Spans) -> tuple[str, int]:
    """The context a match gives its values, and how many `_context` helpers gave it."""
    if not any(name in _VALUE_KINDS for name in match):
        return "", 0
    names = [node for name, nodes in match.items() if name.startswith("definition.")
             for node in nodes]
    if not names:
        helpers = sorted((node for name, nodes in match.items() if is_context_helper(name)
                          for node in nodes), key=lambda n: n.start_byte)
        return " ".join(_text(n, spans) for n in helpers), len(helpers)
    return _text(min(names, key=lambda n: n.start_byte), spans), 0


def _text(node: Any, spans: _Spans) -> str:
    start, end, _ = spans.of(node, "definition", "identifier")
    return spans.data[start:end].decode("utf-8", "replace")


class _Spans:
    """Content ranges of nodes (each computed once) and byte offset -> line and column."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.ranges: dict[tuple[int, bool], tuple[int, int, bool]] = {}
        self._starts: list[int] | None = None

    def of(self, node: Any, name: str, kind: str) -> tuple[int, int, bool]:
        """The span an entity of this node gets, and whether it holds comment markers."""
        as_comment = name == "comment" or (kind == "comment" and "comment" in node.type.lower())
        key = (node.id, as_comment)
        found = self.ranges.get(key)
        if found is None:
            if as_comment:
                found = (*_trim(self.data, node.start_byte, node.end_byte), True)
            else:
                found = (*content_range(node, self.data), False)
            self.ranges[key] = found
        return found

    def position(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer(rb"\n", self.data)]
        row = bisect.bisect_right(self._starts, offset) - 1
        return row + 1, offset - self._starts[row]

    def capture(self, parsed: ParsedFile, c: _Candidate) -> Capture:
        text = self.data[c.start:c.end].decode("utf-8", "replace")
        value = comment_text(text) if c.marked else text
        line, start_col = self.position(c.start)
        end_line, end_col = self.position(c.end)
        source = parsed.source
        return Capture(c.name, Entity(source.path, source.language, c.kind, value, line, end_line,
                                      start_col, end_col, c.start, c.end, c.context))


def comment_text(text: str) -> str:
    """A comment without its markers: `/** a\\n * b */` -> "a\\nb"."""
    text = _COMMENT_CLOSE.sub("", _COMMENT_OPEN.sub("", text, count=1), count=1)
    if "\n" in text:
        text = _COMMENT_LINE.sub("", text)
    return text.strip()


def content_range(node: Any, data: bytes) -> tuple[int, int]:
    """The byte range of a literal's content: quotes, prefixes, heredoc markers left out.

    Delimiters are the string node's leading and trailing delimiter children where the grammar
    has them, else quotes found in the text. Unquoted values (config values, heredoc bodies,
    YAML block scalars) are trimmed of surrounding whitespace.
    """
    start, end = node.start_byte, node.end_byte
    children = node.children
    lo, hi = 0, len(children)
    while lo < hi and _is_delimiter(children[lo]):
        lo += 1
    while hi > lo and _is_delimiter(children[hi - 1]):
        hi -= 1
    if lo == len(children) and lo > 1:  # only delimiters: `""`, or `'''` with a hidden closer
        lo = 1 if _same_quote(children[0], children[-1]) else lo
        hi = lo
    quoted_open = lo > 0
    quoted_close = hi < len(children)
    if quoted_open:
        start = children[lo - 1].end_byte
    if quoted_close:
        end = children[hi].start_byte
    if not (quoted_open or quoted_close):
        start, end = _trim(data, start, end)
    if not (quoted_open and quoted_close):
        start, end = _text_quotes(data, start, end, quoted_open, quoted_close)
    if "heredoc" in node.type or "block_scalar" in node.type:
        start, end = _trim(data, start, end)
    return start, max(start, end)


def _is_delimiter(node: Any) -> bool:
    if node.is_named:
        return node.type in _DELIMITER_TYPES
    kind = node.type
    return any(q in kind for q in "\"'`") or kind in _BARE_DELIMITERS or kind == "<<"


def _same_quote(first: Any, last: Any) -> bool:
    return bool(first.start_byte != last.start_byte and first.type == last.type)


def _text_quotes(data: bytes, start: int, end: int, have_open: bool,
                 have_close: bool) -> tuple[int, int]:
    """Strip quotes found in the text on the sides without delimiter children."""
    piece = data[start:end]
    if not have_open:
        match = _OPEN_QUOTE.match(piece)
        if match is None:
            return start, end
        closer = match.group(2) + match.group(1)
        if have_close:
            return start + match.end(), end
        if piece.endswith(closer) and len(piece) >= match.end() + len(closer):
            return start + match.end(), end - len(closer)
        return start, end
    stripped = piece.rstrip(b"#")
    for quote in (b'"""', b"'''", b'"', b"'", b"`"):
        if stripped.endswith(quote):
            return start, start + len(stripped) - len(quote)
    return start, end


def _trim(data: bytes, start: int, end: int) -> tuple[int, int]:
    while start < end and data[start] in b" \t\r\n":
        start += 1
    while end > start and data[end - 1] in b" \t\r\n":
        end -= 1
    return start, end


def _text_lines(parsed: ParsedFile) -> list[Capture]:
    """Plain text: every non-blank line is one entity of kind "text" (see join_blocks); a line
    of HL7 v2, X12 or a DICOM dump is its fields instead, each a string named by the standard."""
    source = parsed.source
    data = source.data
    out = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        start, end = _trim(data, offset, offset + len(raw))
        if end > start:
            text = data[start:end].decode("utf-8", "replace")
            # a line with bytes that are not UTF-8 stays one line: its fields' offsets would be off
            found = None if "\ufffd" in text else health_records.fields(text)
            if found is None:
                entity = Entity(source.path, source.language, "text", text, number, number,
                                start - offset, end - offset, start, end)
                out.append(Capture("text", entity))
            else:
                out += [Capture("string", _field(source, text, a, b, name, number, start, offset))
                        for a, b, name in found]
        offset += len(raw) + 1
    return out


def _field(source: SourceFile, text: str, a: int, b: int, name: str, number: int, start: int,
           offset: int) -> Entity:
    """A field of a text line (a, b: character offsets in `text`, which starts at byte `start`
    of its file, on the line starting at byte `offset`) as a string entity named `name`."""
    head = start + len(text[:a].encode("utf-8"))
    tail = head + len(text[a:b].encode("utf-8"))
    return Entity(source.path, source.language, "string", text[a:b], number, number,
                  head - offset, tail - offset, head, tail, context=name)


def join_blocks(found: list[Capture], data: bytes) -> list[Capture]:
    """A PEM block or PuTTY key file written over several text lines or line comments as one
    entity: a key's body is part of its value (masked and fingerprinted with it), not lines of
    their own."""
    if keyblocks.START_BYTES.search(data) is None:
        return found
    out = []
    k = 0
    while k < len(found):
        end = _block_end(found, k, data)
        out.append(_joined(found[k:end], data) if end > k + 1 else found[k])
        k = end
    return out


def _block_end(found: list[Capture], k: int, data: bytes) -> int:
    """The index past the captures of the key block that found[k] opens, when it is one of a run
    of the same line kind; else k + 1."""
    first = found[k].entity
    if first.kind not in _LINE_KINDS or keyblocks.START.search(first.value) is None:
        return k + 1
    start = keyblocks.START_BYTES.search(data, first.start_byte, first.end_byte)
    block = keyblocks.BLOCK_BYTES.match(data, start.start()) if start else None
    if block is None:
        return k + 1
    end = k + 1
    while end < len(found) and found[end].entity.start_byte < block.end():
        if found[end].entity.kind != first.kind:
            return k + 1  # code between the lines: not one block
        end += 1
    return end


def _joined(group: list[Capture], data: bytes) -> Capture:
    """One entity from the first capture's start to the last one's end. Its value is the source
    text for plain text, the comments' texts (markers stripped) one a line for comments."""
    first, last = group[0].entity, group[-1].entity
    if first.kind == "text":
        value = data[first.start_byte:last.end_byte].decode("utf-8", "replace")
    else:
        value = "\n".join(c.entity.value for c in group)
    return Capture(group[0].name, replace(first, value=value, end_line=last.end_line,
                                          end_col=last.end_col, end_byte=last.end_byte))
