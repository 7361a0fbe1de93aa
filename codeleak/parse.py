"""Parse a file once with its tree-sitter grammar."""
from __future__ import annotations

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


def parse(source: SourceFile) -> ParsedFile:
    lang = languages.LANGUAGES.get(source.language)
    if lang is None:
        return ParsedFile(source, None)
    return ParsedFile(source, parser_for(lang.grammar).parse(source.data))
