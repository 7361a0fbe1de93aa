from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from codeleak import pipeline
from codeleak.baseline import baseline_json, read_baseline
from codeleak.config import Settings
from codeleak.errors import FatalError
from codeleak.masking import fingerprint
from codeleak.pipeline import load_baseline
from codeleak.records import Chunk, Entity, Finding


def test_baseline_holds_fingerprints_not_values(tmp_path: Path) -> None:
    secret = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    e = Entity("a.py", "python", "string", secret, 3, 3, 0, 1, 0, 1, category="secret",
               rule="github-token", severity="high")
    f = Finding(e, Chunk("a.py", 1, 4, 0, 0, 9, "x"), True, 1.0, "inversion", "high")
    text = baseline_json([f, f])
    assert secret not in text
    path = tmp_path / "b.json"
    path.write_text(text)
    assert read_baseline(path) == {("a.py", fingerprint(secret), "github-token")}
    assert len(json.loads(text)["findings"]) == 1


@pytest.mark.parametrize("body", ["not json", '{"version": 9}', '{"version": 1, "findings": [{}]}',
                                  '{"version": true, "findings": []}'])
def test_bad_baseline_is_fatal(tmp_path: Path, body: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(body)
    with pytest.raises(FatalError):
        read_baseline(path)


def test_baseline_stores_each_path_from_the_repository_root(tmp_path: Path) -> None:
    secret = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    e = Entity("../cmd/lib.rs", "rust", "string", secret, 3, 3, 0, 1, 0, 1, category="secret",
               rule="github-token", severity="high")
    f = Finding(e, Chunk(e.path, 1, 4, 0, 0, 9, "x"), True, 1.0, "inversion", "high")
    path = tmp_path / "b.json"
    path.write_text(baseline_json([f], {"../cmd/lib.rs": "cmd/lib.rs"}))
    assert json.loads(path.read_text())["version"] == 2
    assert read_baseline(path) == {("cmd/lib.rs", fingerprint(secret), "github-token")}


def test_version_1_baselines_still_load(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"version": 1, "findings": [{"path": ".env", "fingerprint": "sha256:ab", '
                    '"rule": "aws-access-key-id", "category": "secret"}]}')
    assert read_baseline(path) == {(".env", "sha256:ab", "aws-access-key-id")}


def test_a_scan_matches_baseline_paths_whatever_its_display_paths(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"version": 2, "findings": [
        {"path": p, "fingerprint": "sha256:ab", "rule": "r", "category": "secret"}
        for p in (".env", "svc/app.py", "gone.py")]}))
    shown = {"../.env": ".env", "app.py": "svc/app.py", "other.py": "other.py"}
    assert load_baseline(Settings(baseline=str(path)), shown) \
        == {("../.env", "sha256:ab", "r"), ("app.py", "sha256:ab", "r")}


@pytest.mark.parametrize(("name", "config"), [
    (".codeleak.toml", 'baseline = "ci/codeleak-baseline.json"\n'),
    ("pyproject.toml", '[tool.codeleak]\nbaseline = "ci/codeleak-baseline.json"\n')])
def test_the_baseline_command_writes_where_the_config_names_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str, config: str) -> None:
    from codeleak.main import main

    secret = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    e = Entity("app.py", "python", "string", secret, 1, 1, 0, 1, 0, 1, category="secret",
               rule="github-token", severity="high")
    finding = Finding(e, Chunk("app.py", 1, 1, 0, 0, 9, "x"), True, 1.0, "inversion", "high")
    read = []

    def scan(sources: object, settings: Settings, progress: bool = False) -> SimpleNamespace:
        read.append(settings.baseline)
        return SimpleNamespace(findings=[finding], repo_paths={"app.py": "src/app.py"})
    monkeypatch.setattr(pipeline, "scan", scan)
    repo = tmp_path / "repo"
    (repo / "ci").mkdir(parents=True)
    (repo / "src").mkdir()
    (repo / "src" / "app.py").write_text("x = 1\n")
    (repo / name).write_text(config)
    monkeypatch.chdir(repo / "src")  # the config's folder, not the current one, places it
    assert main(["baseline", "."]) == 0
    assert read == [""]  # the old baseline is not read: a new one records every finding
    stored = repo / "ci" / "codeleak-baseline.json"
    assert read_baseline(stored) == {("src/app.py", fingerprint(secret), "github-token")}
    assert not (repo / "src" / ".codeleak-baseline.json").exists()
    assert capsys.readouterr().err == "codeleak: wrote 1 fingerprints to ../ci/codeleak-baseline.json\n"
    # --output still wins; without a baseline in the config the default stays
    assert main(["baseline", ".", "--output", "mine.json"]) == 0
    assert (repo / "src" / "mine.json").is_file()
    (repo / name).write_text("" if name == ".codeleak.toml" else "[tool.codeleak]\n")
    assert main(["baseline", "."]) == 0
    assert (repo / "src" / ".codeleak-baseline.json").is_file()
    assert capsys.readouterr().err.splitlines()[-1] == \
        "codeleak: wrote 1 fingerprints to .codeleak-baseline.json"
