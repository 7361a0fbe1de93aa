"""Code names introduced in one file, reported wherever the scan meets them."""
from __future__ import annotations

from pathlib import Path

import pytest

from codeleak import codenames, pipeline
from codeleak.config import Settings, load_settings
from codeleak.records import SourceFile


def _source(path: str, text: str) -> SourceFile:
    return SourceFile(path, "text", text, text.encode())


def test_names_introduced_as_projects_or_unreleased_products_are_discovered() -> None:
    sources = [_source("roadmap.md", "- Project OSETR: perpetual futures\n"
                                     "- KOBZA debit card (unreleased, NDA)\n"
                                     "- Project Kazakhstan expansion\n"
                                     "- the project settings live here\n")]
    assert codenames.discover(sources) == ("OSETR", "KOBZA")


def test_each_use_of_a_name_is_reported_once_with_its_place() -> None:
    text = ('flag = "KOBZA_CARD_ENABLED"\nsdk = "liveness:3.0.0-kobza-rc2"\n'
            "# Kobza rollout: 5%\nkobzanext = 1\n")
    found = codenames.mentions(_source("app.txt", text), ("KOBZA",), [])
    assert [(e.value, e.line, e.start_col) for e in found] == [("KOBZA", 1, 8), ("kobza", 2, 22), ("Kobza", 3, 2)]
    data = text.encode()
    assert all(data[e.start_byte:e.end_byte].decode() == e.value for e in found)
    assert {(e.category, e.rule) for e in found} == {("proprietary", "codename-mention")}


def test_a_dictionary_word_is_matched_only_as_written_or_in_capitals() -> None:
    text = "TRUSS pricing\nTruss metering\na roof truss\n"
    assert [e.value for e in codenames.mentions(_source("a.md", text), ("TRUSS",), [])] == ["TRUSS"]
    assert [e.value for e in codenames.mentions(_source("a.md", text), ("Truss",), [])] == ["TRUSS", "Truss"]


def test_an_empty_name_matches_nothing() -> None:
    assert codenames.mentions(_source("a.md", "anything at all\n"), ("", "  "), []) == []


def test_a_name_from_one_file_is_reported_in_another(tmp_path: Path) -> None:
    (tmp_path / "ROADMAP.md").write_text("Project OSETR launches in May.\n", encoding="utf-8")
    (tmp_path / "engine.py").write_text('MARKETS = ["osetr-btc-perp"]\n', encoding="utf-8")
    sources = pipeline.load_sources([tmp_path], Settings())
    found = [e for e in pipeline.all_entities(sources, Settings()) if e.rule == "codename-mention"]
    assert [(Path(e.path).name, e.value) for e in found] == [("engine.py", "osetr")]
    off = Settings(disabled_rules=frozenset({"codename-mention"}))
    assert not [e for e in pipeline.all_entities(sources, off) if e.rule == "codename-mention"]


def test_code_names_listed_in_the_config_are_reported(tmp_path: Path) -> None:
    config = tmp_path / ".codeleak.toml"
    config.write_text('codenames = ["Pulse Home Kit", "HALO"]\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.codenames == ("Pulse Home Kit", "HALO")
    # HALO is an ordinary word too: matched as written or in capitals, not as `halo`
    (tmp_path / "notes.md").write_text("Pairing for the Pulse Home Kit\nask HALO support, not a halo\n",
                                       encoding="utf-8")
    sources = pipeline.load_sources([tmp_path / "notes.md"], settings)
    found = [e.value for e in pipeline.all_entities(sources, settings) if e.rule == "codename-mention"]
    assert found == ["Pulse Home Kit", "HALO"]


@pytest.mark.parametrize("value", [["HALO", 3], "HALO"])
def test_codenames_of_the_wrong_type_are_a_config_error(tmp_path: Path, value: object) -> None:
    from codeleak.errors import FatalError

    config = tmp_path / ".codeleak.toml"
    config.write_text(f"codenames = {value!r}\n".replace("'", '"'), encoding="utf-8")
    with pytest.raises(FatalError, match="codenames"):
        load_settings(config)
