"""Every language has a query that compiles, uses only allowed captures and meets its fixtures.

Fixtures live in fixtures/grammars/<language>/; their expectations are written in the fixture's
own comments (scheme in fixtures/grammars/README.md):

    codeleak-expect: <capture> "<value as a JSON string>" [context=<name or "JSON string">]

expects an entity of that capture and value starting on the next line that is not itself an
expectation; `codeleak-expect+N:` moves the target N lines further down (heredoc bodies).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from codeleak import extract
from codeleak.languages import LANGUAGES
from codeleak.parse import parse
from codeleak.records import SourceFile

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "grammars"
EXPECT = re.compile(
    r'codeleak-expect(?:\+(?P<offset>\d+))?:\s*(?P<capture>[\w.]+)\s+(?P<value>"(?:[^"\\]|\\.)*")'
    r'(?:\s+context=(?P<context>"(?:[^"\\]|\\.)*"|[^\s"]+))?'
)


@dataclass(frozen=True)
class Expectation:
    line: int  # 1-based line the entity must start on
    capture: str
    value: str
    context: str | None

    def describe(self) -> str:
        ctx = "" if self.context is None else f" context={self.context!r}"
        return f"line {self.line}: {self.capture} {self.value!r}{ctx}"


def expectations(text: str) -> list[Expectation]:
    """The expectations written in a fixture's comments."""
    lines = text.split("\n")
    out = []
    pending: list[tuple[re.Match[str], int]] = []
    for number, line in enumerate(lines, start=1):
        match = EXPECT.search(line)
        if match:
            pending.append((match, number))
            continue
        for found, _ in pending:
            context = found.group("context")
            if context is not None and context.startswith('"'):
                context = json.loads(context)
            out.append(Expectation(number + int(found.group("offset") or 0), found.group("capture"),
                                   json.loads(found.group("value")), context))
        pending = []
    assert not pending, "an expectation at the end of a fixture has no line to apply to"
    return out


def fixture_files(language: str) -> list[Path]:
    folder = FIXTURES / language
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def captures_of(path: Path, language: str) -> list[extract.Capture]:
    data = path.read_bytes()
    source = SourceFile(str(path.relative_to(ROOT)), language, data.decode("utf-8"), data)
    return extract.captures(parse(source))


def query_folders() -> list[str]:
    return sorted(p.name for p in (ROOT / "grammars").iterdir() if p.is_dir())


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_language_has_query_folder(language: str) -> None:
    assert (ROOT / "grammars" / language / extract.QUERY_FILE).is_file()


def test_every_query_folder_is_a_language_or_inherited() -> None:
    inherited = {folder for lang in LANGUAGES for folder, _ in extract.query_parts(lang)}
    assert set(query_folders()) <= inherited


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_query_compiles_with_allowed_captures(language: str) -> None:
    query = extract.query_for(language)
    names = {query.capture_name(i) for i in range(query.capture_count)}
    unknown = {n for n in names if not n.startswith("_") and n not in extract.CAPTURES}
    assert not unknown, f"captures not in extract.CAPTURES: {sorted(unknown)}"
    assert names & {"comment", "comment.documentation"}, "no comment capture"
    assert "string" in names


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_fixture_expectations(language: str) -> None:
    files = fixture_files(language)
    assert files, f"no fixture in fixtures/grammars/{language}/"
    for path in files:
        expected = expectations(path.read_text(encoding="utf-8"))
        assert len(expected) >= 4, f"{path.name}: too few expectations"
        got = captures_of(path, language)
        missing = [e.describe() for e in expected if not _met(e, got)]
        assert not missing, f"{path.name}: not extracted as expected:\n" + "\n".join(
            missing + ["-- near those lines, got:"] + _near(missing, expected, got))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_fixture_covers_each_kind(language: str) -> None:
    for path in fixture_files(language):
        kinds = {extract.kind_of(e.capture) for e in expectations(path.read_text("utf-8"))}
        contexts = [e for e in expectations(path.read_text("utf-8")) if e.context]
        assert {"comment", "string", "identifier"} <= kinds, path.name
        assert contexts, f"{path.name}: no expectation with a context"


def _met(expected: Expectation, got: list[extract.Capture]) -> bool:
    return any(
        c.name == expected.capture and c.entity.line == expected.line
        and c.entity.value == expected.value
        and (expected.context is None or c.entity.context == expected.context)
        for c in got
    )


def _near(missing: list[str], expected: list[Expectation], got: list[extract.Capture]) -> list[str]:
    lines = {e.line for e in expected if e.describe() in missing}
    return [f"line {c.entity.line}: {c.name} {c.entity.value!r} context={c.entity.context!r}"
            for c in got if c.entity.line in lines]
