from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codeleak.main import main

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "fixtures" / "demo"


def test_missing_path_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", "/no/such/place"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err


def test_bad_config_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("chunk-tokens = 'x'\n")
    assert main(["chunks", str(DEMO), "--config", str(cfg)]) == 2
    assert "wrong type" in capsys.readouterr().err


@pytest.mark.parametrize(("body", "said"), [
    ('fail-on = "severe"\n', "fail-on must be one of info, low, medium, high, critical, never; "
                              "got 'severe'"),
    ("chunk-tokens = -5\n", "chunk-tokens must be between 8 and 8192, got -5"),
    ("leak-threshold = 1.5\n", "leak-threshold must be in (0, 1], got 1.5"),
    ('device = "gpu"\n', "device: unknown device 'gpu'"),
])
def test_a_bad_value_in_a_config_file_names_the_file_and_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, said: str) -> None:
    (tmp_path / ".codeleak.toml").write_text(body)
    (tmp_path / "app.py").write_text("x = 1\n")
    assert main(["entities", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"codeleak: error: {tmp_path / '.codeleak.toml'}: {said}")
    assert err.count("\n") == 1
    assert "--" not in err  # not the flag: the value came from the file


def test_bad_chunk_tokens_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chunks", str(DEMO), "--chunk-tokens", "3"]) == 2
    assert "--chunk-tokens must be between 8 and 8192, got 3" in capsys.readouterr().err


def test_an_option_another_command_has_gets_this_commands_usage(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["entities", str(DEMO), "--chunk-tokens", "64"])  # a flag of scan, not entities
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: codeleak entities ")
    assert "codeleak entities: error: unrecognized arguments: --chunk-tokens 64" in err


def test_entities_json_masks_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(DEMO), "--format", "json"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["version"] == 1
    secrets = [e for e in doc["entities"] if e["category"] == "secret"]
    assert secrets, "the demo's planted secrets are found"
    assert "AKIA4QX7RZ2MPLW5TN3B" not in out and "Tr0ub4dor-Ledger-77" not in out
    assert all(e["fingerprint"].startswith("sha256:") for e in doc["entities"])


def test_entities_show_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(DEMO), "--format", "json", "--show-values"]) == 0
    assert "AKIA4QX7RZ2MPLW5TN3B" in capsys.readouterr().out


def test_chunks_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chunks", str(DEMO / "service"), "--format", "json", "--chunk-tokens", "64"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["version"] == 1 and doc["embedder"]
    assert all(set(c) == {"path", "start_line", "end_line", "tokens", "text"}
               for c in doc["chunks"])
    assert all(c["tokens"] <= 64 for c in doc["chunks"])
    assert "q8Vf3kLzP0rT6yWn2Bc9Hs5Jd1Mx7Ga4Ue8Io0Rk" not in out


def test_help_and_version_start_without_heavy_imports() -> None:
    code = ("import sys; from codeleak.main import build_parser; build_parser(); "
            "print(sorted(m for m in ('torch', 'transformers', 'tree_sitter', 'numpy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"
    version = subprocess.run([sys.executable, "-m", "codeleak", "--version"],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    assert version.stdout.startswith("codeleak ")


def test_a_named_folder_that_git_ignores_is_still_scanned(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("vendor/\n")
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "app.py").write_text('password = "Xk3-vQ9-zz81-Lm2p"\n')
    (tmp_path / "kept.py").write_text("x = 1\n")
    assert main(["entities", str(tmp_path), "--format", "json"]) == 0
    paths = {e["path"] for e in json.loads(capsys.readouterr().out)["entities"]}
    assert not any("vendor" in p for p in paths)
    assert main(["entities", str(tmp_path / "vendor"), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "ignored by git" in captured.err
    assert any(e["category"] == "secret" for e in json.loads(captured.out)["entities"])


def test_sweep_sizes_keep_their_order_once_each_and_an_empty_list_is_an_error() -> None:
    from codeleak.commands._common import parse_sizes
    from codeleak.errors import FatalError

    assert parse_sizes("64,32,64") == [64, 32]
    with pytest.raises(FatalError, match="at least 8"):
        parse_sizes("")


def test_a_sweep_of_one_size_recommends_nothing_and_two_compare() -> None:
    from codeleak.commands.scan import recommend
    from codeleak.records import ScanReport, SweepPoint

    report = ScanReport.__new__(ScanReport)
    one = (SweepPoint(64, 10, 15, 7, 0.0, 15),)
    two = (SweepPoint(32, 20, 15, 9, 0.0, 15), SweepPoint(128, 5, 15, 3, 0.0, 15))
    object.__setattr__(report, "sweep", one)
    assert recommend(report) == ""
    object.__setattr__(report, "sweep", two)
    assert "60% of sensitive entities leak at 32 tokens, 20% at 128" in recommend(report)
    none = (SweepPoint(32, 20, 15, 0, 0.0, 15), SweepPoint(128, 5, 15, 0, 0.0, 15))
    object.__setattr__(report, "sweep", none)
    assert recommend(report).startswith("no sensitive entity leaks through inversion")


def test_a_sweep_reports_the_findings_and_exit_code_of_the_first_size_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """README: "the findings listed and the exit code are the first size's"; the sweep table
    lists the sizes smallest first."""
    from codeleak import engines
    from codeleak.config import Settings
    from codeleak.records import Chunk, Entity, Finding, ScanReport

    entity = Entity("app.py", "python", "string", "v", 1, 1, 0, 1, 0, 1, category="secret",
                    rule="github-token", severity="high")
    leak = Finding(entity, Chunk("app.py", 1, 1, 0, 0, 9, "x"), True, 1.0, "inversion", "high")
    scanned: list[int] = []

    class Engine:
        def scan(self, sources: object, settings: Settings, *, progress: bool = False,
                 repositories: object = None) -> ScanReport:
            size = settings.chunk_tokens
            scanned.append(size)
            found = (leak,) if size == 64 else ()  # leaks at 64 tokens only
            return ScanReport("e", "i", size, 1, 2, 1, 1, len(found), 0.0, 1, 0.0, found)

        def close(self) -> None:
            pass

    monkeypatch.setattr(engines, "get_engine", lambda *a: Engine())
    (tmp_path / "app.py").write_text("x = 1\n")
    code = main(["scan", str(tmp_path), "--sweep", "64,32,64", "--format", "json", "-q"])
    doc = json.loads(capsys.readouterr().out)
    assert scanned == [64, 32] and doc["chunk_tokens"] == 64
    assert len(doc["findings"]) == 1 and code == 1
    assert [p["chunk_tokens"] for p in doc["sweep"]] == [32, 64]
    assert main(["scan", str(tmp_path), "--sweep", "32,64", "--format", "json", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["chunk_tokens"] == 32


def test_ctrl_c_is_exit_130_with_one_line(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from codeleak.commands import entities

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(entities, "run", interrupted)
    assert main(["entities", str(DEMO)]) == 130  # README's exit codes list it
    assert capsys.readouterr().err == "codeleak: interrupted\n"
