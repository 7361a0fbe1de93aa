"""The Ray engine on a real local Ray cluster gives the same report as the local engine."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codeleak.commands.scan import load_repositories
from codeleak.config import Settings
from codeleak.engines import get_engine
from codeleak.engines import ray_engine
from codeleak.main import main
from codeleak.records import Finding, ScanReport

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "codeleak" / "model"
REPOS = {
    "alpha": {
        "app.py": 'GITHUB = "ghp_' + 'Lk2mN8qR4tV6xZ0bC3dF5gH7jK9pS1wY3uE5"\n\n\ndef run():\n'
                  '    return "contact jane.doe@corp-internal.example"\n',
        "db.py": 'DSN = "postgres://svc:' + 'Pq7Rt9Vx2Zb4@db01.int.corp:5432/orders"\n',
        "plain.py": "def add(a, b):\n    return a + b\n",
    },
    "beta": {
        "settings.py": 'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY9"\n'
                       'REDIS_HOST = "10.20.30.40"\n',
        "notes.md": "Ask bob.smith@corp-internal.example about project BLUEFALCON.\n",
        "big.js": "".join(f"function f{i}() {{ return {i}; }}\n" for i in range(200)),
    },
}


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        pytest.fail("ray is not installed; the Ray engine tests need it: "
                    "pip install 'codeleak[ray]' (the test extra should include ray)")
    return ray


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    ray = _ray()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": ray_engine.package_root()}})
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def inverter(tmp_path_factory: pytest.TempPathFactory) -> str:
    if (SHIPPED / "codeleak-inverter.json").is_file():
        return "builtin"
    from codeleak.embedders import get_embedder
    from codeleak.training.builtin import train_builtin

    out = tmp_path_factory.mktemp("tiny-inverter")
    texts = [f"def handler_{i}(request):\n    return lookup(request.user_{i}, 'v{i}')"
             for i in range(40)]
    train_builtin(texts, get_embedder("minilm"), out, size="tiny", max_steps=3, progress=False,
                  log=lambda _: None)
    return str(out)


@pytest.fixture(scope="module")
def repos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repos")
    for repo, tree in REPOS.items():
        for name, text in tree.items():
            (root / repo / name).parent.mkdir(parents=True, exist_ok=True)
            (root / repo / name).write_text(text)
    return root


def finding_key(f: Finding) -> tuple[object, ...]:
    e = f.entity
    return (e.path, e.line, e.end_line, e.start_col, e.rule, e.category, e.kind, f.leaked,
            f.attack, f.severity, f.at_risk, f.suppressed, round(f.leak_score, 4),
            f.chunk.start_line, f.chunk.end_line, f.chunk.tokens, f.recovered)


def summary(report: ScanReport) -> tuple[object, ...]:
    return (report.embedder, report.inverter, report.files, report.chunks, report.entities,
            report.sensitive, report.leaked, report.control_leak_rate, report.controls,
            report.repositories)


def test_ray_engine_matches_local(cluster: Any, repos: Path, inverter: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(inverter=inverter, cache=False, chunk_tokens=32)
    sources, repositories = load_repositories([str(repos / "alpha"), str(repos / "beta")],
                                              settings)
    assert len(sources) == 6
    local = get_engine("local").scan(sources, settings, progress=False,
                                     repositories=repositories)
    # several parse tasks, several batches per model call: the order must survive
    monkeypatch.setattr(ray_engine, "file_batches",
                        lambda s: [list(s[i:i + 2]) for i in range(0, len(s), 2)])
    monkeypatch.setitem(ray_engine.EMBED_BATCH, "cpu", 5)
    monkeypatch.setitem(ray_engine.INVERT_BATCH, "cpu", 2)
    engine = get_engine("ray", workers=2)
    try:
        distributed = engine.scan(sources, settings, progress=False, repositories=repositories)
    finally:
        engine.close()
    assert cluster.is_initialized(), "the engine must not shut down a cluster it did not start"
    assert local.sensitive >= 3 and local.findings
    assert [finding_key(f) for f in distributed.findings] == [finding_key(f)
                                                              for f in local.findings]
    assert summary(distributed) == summary(local)
    assert [r.root for r in local.repositories] == [str(repos / "alpha"), str(repos / "beta")]
    assert [r.files for r in local.repositories] == [3, 3]
    assert sum(r.sensitive for r in local.repositories) == local.sensitive


def test_scan_cli_many_repositories_on_ray(cluster: Any, repos: Path, inverter: str,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "repos.txt"
    listing.write_text(f"# org repositories\n{repos / 'beta'}\n\n{tmp_path / 'missing'}\n")
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "cache"))
    code = main(["scan", str(repos / "alpha"), "--repos-from", str(listing), "--engine", "ray",
                 "--workers", "1", "--inverter", inverter, "--format", "json", "-q",
                 "--fail-on", "never"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "skipped repository" in err and "missing" in err and "Traceback" not in err
    report = json.loads(out)
    assert [r["root"] for r in report["repositories"]] == [str(repos / "alpha"),
                                                          str(repos / "beta")]
    assert sum(r["files"] for r in report["repositories"]) == report["summary"]["files"] == 6
    assert sum(r["sensitive"] for r in report["repositories"]) == report["summary"]["sensitive"]


def test_engine_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    assert main(["scan", str(tmp_path), "--address", "10.0.0.1:6379"]) == 2
    assert capsys.readouterr().err.strip() == "codeleak: error: --address needs --engine ray"
    assert main(["scan", str(tmp_path), "--workers", "3"]) == 2
    assert capsys.readouterr().err.strip().startswith("codeleak: error: --workers needs --engine ray")
    assert main(["scan", str(tmp_path), "--engine", "ray", "--workers", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err
    assert main(["scan", "--repos-from", str(tmp_path / "none.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_file_batches_bound_size_and_count() -> None:
    from codeleak.records import SourceFile

    sources = [SourceFile(f"f{i}.py", "python", "x" * 100, b"x" * 100) for i in range(10)]
    batches = ray_engine.file_batches(sources, max_bytes=250, max_files=3)
    assert [len(b) for b in batches] == [2, 2, 2, 2, 2]
    assert [s for b in batches for s in b] == sources
    assert [len(b) for b in ray_engine.file_batches(sources, max_bytes=10_000, max_files=3)] \
        == [3, 3, 3, 1]


def test_a_batch_whose_worker_crashes_is_analysed_again_here(  # type: ignore[no-untyped-def]
        monkeypatch, capsys) -> None:
    """Ray gives up on a task whose worker died twice (a grammar crash); the engine analyses
    that batch again in this machine's forked processes, which skip the file that crashes."""
    import os
    import signal

    import ray

    from codeleak import notes, pipeline
    from codeleak.records import SourceFile
    from codeleak.tokenizer import default_counter

    code = "def connect():\n    password = 'hunter2-Xq9'\n"
    boom = SourceFile("pkg/boom.py", "python", code, code.encode())
    fine = [SourceFile(f"pkg/ok{i}.py", "python", code, code.encode()) for i in range(3)]
    real = pipeline.analyse

    def analyse(source, *args):  # type: ignore[no-untyped-def]
        if source.path.endswith("boom.py"):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(source, *args)

    monkeypatch.setattr(pipeline, "analyse", analyse)  # forked processes inherit it
    monkeypatch.setattr(notes, "_quiet", False)  # a --quiet run earlier in the session

    class Task:
        def remote(self, batch, settings):  # type: ignore[no-untyped-def]
            return batch, settings

    class FakeRay:  # what a cluster does with each batch
        exceptions = ray.exceptions

        def remote(self, **options):  # type: ignore[no-untyped-def]
            return lambda fn: Task()

        def put(self, value):  # type: ignore[no-untyped-def]
            return value

        def get(self, ref):  # type: ignore[no-untyped-def]
            batch, settings = ref
            if any(s.path.endswith("boom.py") for s in batch):
                raise ray.exceptions.WorkerCrashedError()
            return pipeline.analyse_batch(batch, settings)

    monkeypatch.setattr(ray_engine, "file_batches", lambda sources: [sources[:2], sources[2:]])
    settings = Settings(cache=False)
    engine = ray_engine.RayEngine()
    got = engine.analyse(FakeRay(), [fine[0], boom, *fine[1:]], settings)
    assert [a.path for a in got] == [s.path for s in fine]
    assert got == [real(s, settings, default_counter()) for s in fine]
    assert "skipped pkg/boom.py: its python parser crashed" in capsys.readouterr().err
