"""Values named by their table column: cells of delimited files, and SQL INSERT values.

A fixture or export holds one record a line: `"PL-5501","Magdalena Kamińska","87052180081",...`.
Read as a line of text, its values have no names, and the rules that need one (a date of birth,
a national number, an API key) cannot see what each value is. The header says it
(`id,imie_nazwisko,pesel,data_urodzenia,...`), so each cell becomes a string entity whose
context is its column's name, as a dict entry's key names its value. A file that is not a clean
table (a quoted cell over several lines, rows of uneven width, no header of names) is read as
text lines, as before. Likewise a value of `INSERT INTO t (name, tax_id, ...) VALUES (...)` is
named by the column at its position.
"""
from __future__ import annotations

import re
from typing import Any

from codeleak.records import Entity, ParsedFile

TABLE_SUFFIXES = {".csv": ",;", ".tsv": "\t", ".psv": "|"}
_HEADER_CELL = re.compile(r"[^\W\d][\w .()/#-]{0,63}")  # a column name: not a number, not empty


def delimiter_for(path: str) -> str:
    """The delimiters a file's name allows ("" for a file that is not a table)."""
    for suffix, delimiters in TABLE_SUFFIXES.items():
        if path.lower().endswith(suffix):
            return delimiters
    return ""


def split_cells(line: bytes, delimiter: bytes) -> list[tuple[int, int]] | None:
    """The byte spans of a line's cells, inside their quotes; None when a quote is left open."""
    spans = []
    k, n = 0, len(line)
    while True:
        while k < n and line[k:k + 1] in b" \t" and line[k:k + 1] != delimiter:
            k += 1
        if k < n and line[k:k + 1] == b'"':
            start = k + 1
            k = start
            while True:
                close = line.find(b'"', k)
                if close < 0:
                    return None
                if line[close + 1:close + 2] == b'"':  # "" is a quote inside the cell
                    k = close + 2
                    continue
                break
            spans.append((start, close))
            end = line.find(delimiter, close + 1)
            if end < 0:
                return spans
            k = end + 1
        else:
            end = line.find(delimiter, k)
            stop = n if end < 0 else end
            spans.append((k, len(line[:stop].rstrip(b" \t\r"))))
            if end < 0:
                return spans
            k = end + 1


def _header(line: bytes, delimiter: bytes) -> list[str] | None:
    cells = split_cells(line, delimiter)
    if cells is None or len(cells) < 2:
        return None
    names = [line[a:b].decode("utf-8", "replace").strip() for a, b in cells]
    if not all(_HEADER_CELL.fullmatch(name) for name in names):
        return None
    return names


def table_cells(parsed: ParsedFile) -> list[Entity] | None:
    """Each non-empty cell of a delimited file under a header, named by its column (the header
    line as one text entity); None when the file is not such a table."""
    source = parsed.source
    delimiters = delimiter_for(source.path)
    if not delimiters:
        return None
    lines = source.data.split(b"\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    head = lines[first]
    delimiter = max(delimiters, key=lambda d: head.count(d.encode())).encode()
    names = _header(head.rstrip(b"\r"), delimiter)
    if names is None:
        return None
    out: list[Entity] = []
    offsets = _line_starts(lines)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        line = line.rstrip(b"\r")
        cells = split_cells(line, delimiter)
        if cells is None or len(cells) != len(names) and number - 1 != first:
            return None
        base = offsets[number - 1]
        if number - 1 == first:
            out.append(_entity(parsed, "text", line, 0, len(line), number, base, ""))
            continue
        out += [_entity(parsed, "string", line, a, b, number, base, name)
                for (a, b), name in zip(cells, names) if line[a:b].strip()]
    return out


def _line_starts(lines: list[bytes]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def _entity(parsed: ParsedFile, kind: str, line: bytes, start: int, end: int, number: int,
            base: int, name: str) -> Entity:
    source = parsed.source
    return Entity(source.path, source.language, kind, line[start:end].decode("utf-8", "replace"),
                  number, number, start, end, base + start, base + end, context=name)



def insert_columns(root: Any) -> list[tuple[int, int, str]]:
    """(start byte, end byte, column) of each value in the VALUES lists of a SQL tree's INSERT
    statements that name their columns, in order."""
    out: list[tuple[int, int, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type != "insert":
            stack += [child for child in node.children if child.type != "list"]
            continue
        lists = [child for child in node.children if child.type == "list"]
        if len(lists) < 2 or not all(c.type == "column" for c in lists[0].named_children):
            continue
        columns = [(c.text or b"").decode("utf-8", "replace").strip('`"[]') for c in lists[0].named_children]
        for values in lists[1:]:
            cells = values.named_children
            if len(cells) == len(columns):
                out += [(cell.start_byte, cell.end_byte, name) for cell, name in zip(cells, columns)]
    return sorted(out)
