from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from codeleak import pipeline
from codeleak.baseline import Entry, baseline_json, read_baseline
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
    assert read_baseline(path) == {Entry("a.py", fingerprint(secret), "github-token")}
    assert len(json.loads(text)["findings"]) == 1


def test_a_fingerprint_key_makes_fingerprints_keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    value = "10.20.31.44"  # a guessable value: its plain hash is found by hashing 10.x.x.x
    monkeypatch.delenv("CODELEAK_FINGERPRINT_KEY", raising=False)
    plain = fingerprint(value)
    assert plain == "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "team-secret-1")
    keyed = fingerprint(value)
    assert keyed.startswith("hmac-sha256:") and keyed.removeprefix("hmac-sha256:") not in plain
    assert fingerprint(value) == keyed  # stable under one key, so baselines still match
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "team-secret-2")
    assert fingerprint(value) != keyed


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
    assert read_baseline(path) == {Entry("cmd/lib.rs", fingerprint(secret), "github-token")}


def test_version_1_baselines_still_load(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"version": 1, "findings": [{"path": ".env", "fingerprint": "sha256:ab", '
                    '"rule": "aws-access-key-id", "category": "secret"}]}')
    assert read_baseline(path) == {Entry(".env", "sha256:ab", "aws-access-key-id")}


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
        return SimpleNamespace(findings=[finding], repo_paths={"app.py": "src/app.py"},
                               repo_roots={"app.py": str(repo)})
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
    assert read_baseline(stored) == {Entry("src/app.py", fingerprint(secret), "github-token")}
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


def _finding(path: str, value: str = "ghp_0123456789abcdefghijklmnopqrstuvwxyz") -> Finding:
    e = Entity(path, "python", "string", value, 1, 1, 0, 1, 0, 1, category="secret",
               rule="github-token", severity="high")
    return Finding(e, Chunk(path, 1, 1, 0, 0, 9, "x"), True, 1.0, "inversion", "high")


def test_a_baseline_of_several_repositories_names_each_entrys(tmp_path: Path) -> None:
    findings = [_finding("repoA/config/settings.py"), _finding("repoB/config/settings.py")]
    paths = {f.entity.path: "config/settings.py" for f in findings}
    roots = {"repoA/config/settings.py": "/src/repoA", "repoB/config/settings.py": "/src/repoB"}
    rows = json.loads(baseline_json(findings, paths, roots))["findings"]
    assert [(r["repo"], r["path"]) for r in rows] == [("repoA", "config/settings.py"),
                                                      ("repoB", "config/settings.py")]
    one = {"repoA/config/settings.py": "/src/repoA"}
    single = json.loads(baseline_json(findings[:1], paths, one))["findings"]
    assert "repo" not in single[0]  # as before: a baseline of one repository names none
    path = tmp_path / "b.json"
    path.write_text(baseline_json(findings, paths, roots))
    assert {e.repo for e in read_baseline(path)} == {"repoA", "repoB"}


def test_an_entry_holds_in_its_own_repository(tmp_path: Path) -> None:
    fp = fingerprint("ghp_0123456789abcdefghijklmnopqrstuvwxyz")
    shown = {"a/x.py": "x.py", "b/x.py": "x.py"}
    roots = {"a/x.py": str(tmp_path / "a"), "b/x.py": str(tmp_path / "b")}

    def accepted(baseline: Path, entries: list[dict[str, str]],
                 where: dict[str, str] = roots) -> set[str]:
        baseline.write_text(json.dumps({"version": 2, "findings": entries}))
        return {p for p, _, _ in load_baseline(Settings(baseline=str(baseline)), shown, where)}

    entry = {"path": "x.py", "fingerprint": fp, "rule": "github-token", "category": "secret"}
    named = tmp_path / "named.json"
    assert accepted(named, [{**entry, "repo": "a"}]) == {"a/x.py"}
    assert accepted(named, [{**entry, "repo": "c"}]) == set()
    # entries that name no repository: those of the repository the baseline lies in, else any
    (tmp_path / "a").mkdir()
    assert accepted(tmp_path / "a" / "b.json", [entry]) == {"a/x.py"}
    assert accepted(tmp_path / "outside.json", [entry]) == {"a/x.py", "b/x.py"}
    assert accepted(tmp_path / "a" / "b.json", [entry, {**entry, "repo": "b"}]) \
        == {"a/x.py", "b/x.py"}
    # a file whose root is unknown: entries that name a repository never hold, others do
    assert accepted(named, [{**entry, "repo": "a"}], {}) == set()
    assert accepted(named, [entry], {}) == {"a/x.py", "b/x.py"}


@pytest.mark.parametrize("entry", ['{"path": 1, "fingerprint": "f", "rule": "r"}',
                                   '{"path": "p", "fingerprint": "f", "rule": "r", "repo": 2}',
                                   '"p"'])
def test_a_malformed_entry_is_fatal(tmp_path: Path, entry: str) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"version": 2, "findings": [' + entry + "]}")
    with pytest.raises(FatalError, match="malformed baseline entry"):
        read_baseline(path)


def _keyed_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str | None,
                    *, key_check: bool = True) -> Path:
    """A baseline of one finding in app.py, made with key (None: no key)."""
    if key is None:
        monkeypatch.delenv("CODELEAK_FINGERPRINT_KEY", raising=False)
    else:
        monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", key)
    doc = json.loads(baseline_json([_finding("app.py")]))
    if not key_check:  # as codeleak wrote keyed baselines before it recorded the key's check
        doc.pop("key_check", None)
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc))
    return path


def test_a_baseline_keyed_otherwise_than_the_run_is_named_in_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.baseline import key_warning

    def found() -> set[tuple[str, str]]:  # this run's finding, fingerprinted as it is now
        return {("app.py", fingerprint("ghp_0123456789abcdefghijklmnopqrstuvwxyz"))}

    keyed = _keyed_baseline(tmp_path, monkeypatch, "k1")
    assert json.loads(keyed.read_text())["key_check"].startswith("hmac-sha256:")
    assert key_warning(keyed, found()) == ""
    monkeypatch.delenv("CODELEAK_FINGERPRINT_KEY")
    message = key_warning(keyed, found())
    assert "keyed (hmac-sha256)" in message and "CODELEAK_FINGERPRINT_KEY is not set" in message
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "k2")
    assert "made with another CODELEAK_FINGERPRINT_KEY" in key_warning(keyed, set())
    plain = _keyed_baseline(tmp_path, monkeypatch, None)
    assert "key_check" not in json.loads(plain.read_text())
    assert key_warning(plain, found()) == ""
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "k1")
    assert "plain sha256" in key_warning(plain, found())


def test_an_old_keyed_baseline_that_matches_nothing_is_suspected_of_another_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.baseline import key_warning

    old = _keyed_baseline(tmp_path, monkeypatch, "k1", key_check=False)
    value = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
    assert key_warning(old, {("app.py", fingerprint(value))}) == ""
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "k2")
    assert "was it made with another CODELEAK_FINGERPRINT_KEY?" in key_warning(
        old, {("app.py", fingerprint(value))})
    assert key_warning(old, set()) == ""  # no findings: nothing to miss
    assert key_warning(old, {("other.py", fingerprint(value))}) == ""  # not a file it names


def test_a_scan_with_a_baseline_of_another_key_warns_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from codeleak import engines
    from codeleak.main import main
    from codeleak.records import ScanReport

    baseline = _keyed_baseline(tmp_path, monkeypatch, "k1")
    finding = _finding(str(tmp_path / "app.py"))

    class Engine:
        def scan(self, sources: object, settings: Settings, *, progress: bool = False,
                 repositories: object = None) -> ScanReport:
            return ScanReport("e", "i", settings.chunk_tokens, 1, 1, 1, 1, 1, 0.0, 1, 0.0,
                              (finding,), repo_paths={finding.entity.path: "app.py"})

        def close(self) -> None:
            pass

    monkeypatch.setattr(engines, "get_engine", lambda *a: Engine())
    (tmp_path / "app.py").write_text("x = 1\n")
    scan = ["scan", str(tmp_path), "--baseline", str(baseline), "--format", "json", "-q"]
    monkeypatch.delenv("CODELEAK_FINGERPRINT_KEY")
    assert main([*scan, "--sweep", "32,64"]) == 1
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("codeleak: warning: baseline ")
    assert "CODELEAK_FINGERPRINT_KEY is not set" in warnings[0]
    monkeypatch.setenv("CODELEAK_FINGERPRINT_KEY", "k1")
    assert main(scan) == 1 and capsys.readouterr().err == ""
