"""Parse a file once with its tree-sitter grammar."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from codeleak import languages
from codeleak.records import ParsedFile, SourceFile


@lru_cache(maxsize=None)
def parser_for(grammar: str) -> Any:
    import tree_sitter_language_pack as pack

    return pack.get_parser(grammar)  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def language_for(grammar: str) -> Any:
    import tree_sitter_language_pack as pack

    return pack.get_language(grammar)  # type: ignore[arg-type]


# loose configuration formats whose files are often another dialect (an nginx or Apache `.conf`,
# an ssh config named as INI): where the grammar cannot parse a file, it is read as text lines,
# which every rule reads, rather than as a tree of error nodes that no query captures
TEXT_WHEN_BROKEN = frozenset({"ini"})
_XML_START = re.compile(r"[\ufeff \t\r\n]*<")  # an XML document's first tag (no copy of the text)


def parse(source: SourceFile) -> ParsedFile:
    lang = languages.LANGUAGES.get(source.language)
    if lang is None or source.language == "xml" and not _XML_START.match(source.text):
        # a `.config` that is no XML (an Erlang sys.config, an INI-like file) is read as text
        return ParsedFile(source, None)
    tree = parser_for(lang.grammar).parse(source.data)
    if source.language in TEXT_WHEN_BROKEN and tree.root_node.has_error:
        return ParsedFile(source, None)
    return ParsedFile(source, tree)
