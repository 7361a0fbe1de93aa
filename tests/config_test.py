from __future__ import annotations

from pathlib import Path

import pytest

from codeleak.config import Overrides, Settings, find_config, load_settings
from codeleak.errors import FatalError


def test_pyproject_table_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.codeleak]\nchunk-tokens = 64\nexcludes = ["vendor/*"]\n')
    sub = tmp_path / "src" / "pkg"
    sub.mkdir(parents=True)
    found = find_config(sub)
    assert found == tmp_path / "pyproject.toml"
    settings = load_settings(found)
    assert settings.chunk_tokens == 64 and settings.excludes == ("vendor/*",)


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None


def test_codeleak_toml_wins_and_flags_override(tmp_path: Path) -> None:
    (tmp_path / ".codeleak.toml").write_text('fail-on = "medium"\nleak-threshold = 0.7\n')
    settings = load_settings(find_config(tmp_path))
    assert settings.fail_on == "medium" and settings.leak_threshold == 0.7
    assert Overrides({"fail_on": "low", "embedder": None}).apply(settings).fail_on == "low"


@pytest.mark.parametrize("body, message", [
    ("chunk-tokens = 'big'\n", "wrong type"),
    ("colour = 1\n", "unknown setting"),
    ("chunk-tokens = 2\n", "between 8 and"),
    ("this is not toml", "invalid TOML"),
])
def test_bad_config_is_a_fatal_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / ".codeleak.toml"
    path.write_text(body)
    with pytest.raises(FatalError, match=message):
        load_settings(path)


def test_defaults_are_valid() -> None:
    assert Overrides({}).apply(Settings()) == Settings()
