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
    assert settings.chunk_tokens == 64
    assert settings.excludes == ("vendor/*",)  # matched from the repository root


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None


def test_the_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".codeleak.toml").write_text('fail-on = "never"\nexcludes = ["*.js"]\n')
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "src").mkdir()
    assert find_config(repo / "src") is None  # a file above the repository is not its config
    (repo / ".codeleak.toml").write_text('fail-on = "medium"\n')
    assert find_config(repo / "src") == repo / ".codeleak.toml"


def test_a_broken_pyproject_of_another_tool_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\nversion = \n")
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.codeleak]\nfail-on = \n")
    with pytest.raises(FatalError, match="invalid TOML"):
        find_config(tmp_path)


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
    ("max-file-bytes = -5\n", "max-file-bytes must be at least 1"),
    ("max-file-bytes = 0\n", "max-file-bytes must be at least 1"),
    ("tool = 5\n", "must be a table"),
    ("[tool]\ncodeleak = 5\n", "must be a table"),
])
def test_bad_config_is_a_fatal_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / ".codeleak.toml"
    path.write_text(body)
    with pytest.raises(FatalError, match=message):
        load_settings(path)


def test_severity_names_are_not_case_sensitive(tmp_path: Path) -> None:
    (tmp_path / ".codeleak.toml").write_text('fail-on = "Medium"\n')
    assert load_settings(find_config(tmp_path)).fail_on == "medium"
    assert Overrides({"fail_on": "HIGH"}).apply(Settings()).fail_on == "high"
    with pytest.raises(FatalError, match="--fail-on must be one of"):
        Overrides({"fail_on": "severe"}).apply(Settings())


def test_defaults_are_valid() -> None:
    assert Overrides({}).apply(Settings()) == Settings()


def test_relative_paths_in_a_config_file_are_from_its_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = (tmp_path / "project [x]").resolve()  # glob characters in the folder's name
    (project / "models" / "mine").mkdir(parents=True)
    (project / ".codeleak.toml").write_text(
        'baseline = "ci/baseline.json"\ninverter = "models/mine:deep"\nembedder = "minilm"\n'
        'excludes = ["vendor/*", "./gen/*.py", "*.min.js"]\n')
    monkeypatch.chdir(tmp_path)
    settings = load_settings(find_config(project / "models"))
    assert settings.baseline == str(project / "ci" / "baseline.json")
    assert settings.inverter == f"{project / 'models' / 'mine'}:deep"
    assert settings.embedder == "minilm"  # a name, not a folder there
    for name in ("app.py", "vendor/lib.py", "gen/api.py", "web/app.min.js", "sub/gen/ok.py"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text("x = 1\n")
    from codeleak.pipeline import load_sources

    for cwd, target in ((tmp_path, "project [x]"), (project / "vendor", "..")):
        monkeypatch.chdir(cwd)
        kept = sorted(s.repo_path for s in load_sources([target], settings))
        assert kept == [".codeleak.toml", "app.py", "sub/gen/ok.py"], cwd


def test_excludes_of_a_config_shared_by_many_repositories_match_from_each_root(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    central = tmp_path / "central"
    central.mkdir()
    (central / "codeleak.toml").write_text('excludes = ["vendor/*"]\n')
    settings = load_settings(central / "codeleak.toml")
    from codeleak.pipeline import load_sources

    for repo in ("one", "two"):
        for name in ("app.py", "vendor/lib.py"):
            (tmp_path / repo / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / repo / name).write_text("x = 1\n")
    monkeypatch.chdir(central)
    kept = sorted(s.path for r in ("one", "two") for s in load_sources([tmp_path / r], settings))
    assert [Path(p).name for p in kept] == ["app.py", "app.py"]


def test_excludes_match_from_the_git_root_whatever_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    repo = tmp_path / "g2"
    for name in ("vendor/x.py", "web/vendor/y.py", "web/app.py"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text("x = 1\n")
    (repo / ".codeleak.toml").write_text('excludes = ["vendor/*"]\n')
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    settings = load_settings(repo / ".codeleak.toml")
    from codeleak.pipeline import load_sources

    for cwd, target in ((repo, "."), (repo / "web", ".")):
        monkeypatch.chdir(cwd)
        kept = sorted(s.repo_path or s.path for s in load_sources([target], settings)
                      if s.path.endswith(".py"))
        assert "web/vendor/y.py" in kept and "vendor/x.py" not in kept, cwd


def test_an_unknown_rule_or_a_missing_model_folder_names_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / ".codeleak.toml"
    config.write_text('disabled-rules = ["no-such-rule", "email"]\n')
    with pytest.raises(FatalError, match=r"\.codeleak\.toml: disabled-rules: unknown rule id\(s\) no-such-rule"):
        load_settings(config)
    config.write_text('embedder = "./nomodel"\n')
    with pytest.raises(FatalError, match=r"\.codeleak\.toml: embedder: no such folder './nomodel'"):
        load_settings(config)
    config.write_text('disabled-rules = ["email", "codename-mention"]\nembedder = "minilm"\n')
    assert load_settings(config).disabled_rules == frozenset({"email", "codename-mention"})
