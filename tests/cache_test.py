from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from codeleak.cache import (DB_NAME, KEY_NAME, NullCache, SqliteCache, cache_dir, cache_key,
                            open_cache)

SECRET = "AKIAQWERTYUIOPASDF12 password=hunter2-Very-Secret"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "cache"
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(target))
    return target


def test_cache_key_depends_on_every_part() -> None:
    base = cache_key("minilm", "builtin", "tokens=256", "x = 1")
    assert len(base) == 64 and int(base, 16) >= 0
    assert base == cache_key("minilm", "builtin", "tokens=256", "x = 1")
    others = {cache_key("minilm2", "builtin", "tokens=256", "x = 1"),
              cache_key("minilm", "vec2text", "tokens=256", "x = 1"),
              cache_key("minilm", "builtin", "tokens=128", "x = 1"),
              cache_key("minilm", "builtin", "tokens=256", "x = 2"),
              cache_key("minil", "mbuiltin", "tokens=256", "x = 1")}
    assert base not in others and len(others) == 5


def test_cache_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CODELEAK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "codeleak"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "codeleak"
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(tmp_path / "explicit"))
    assert cache_dir() == tmp_path / "explicit"


def test_round_trip_and_persistence(folder: Path) -> None:
    vectors = {cache_key("e", "", "s", f"chunk {i}"): np.random.default_rng(i).random(384)
               .astype(np.float32) for i in range(3)}
    texts = {cache_key("e", "i", "s", "chunk 0"): "recovered ünïcode text"}
    cache = open_cache()
    assert isinstance(cache, SqliteCache)
    cache.put_embeddings(vectors)
    cache.put_recovered(texts)
    cache.close()
    again = open_cache()
    got = again.get_embeddings([*vectors, "missing"])
    assert set(got) == set(vectors)
    for key, vector in vectors.items():
        assert got[key].dtype == np.float32
        np.testing.assert_array_equal(got[key], vector)
    assert again.get_recovered([*texts, "missing"]) == texts
    assert again.get_recovered([]) == {}
    again.close()


def test_many_keys_in_one_lookup(folder: Path) -> None:
    cache = open_cache()
    items = {cache_key("e", "i", "s", str(i)): f"text {i}" for i in range(1700)}
    cache.put_recovered(items)
    assert cache.get_recovered(list(items)) == items
    cache.close()


def test_nothing_stored_in_clear_and_files_are_private(folder: Path) -> None:
    cache = open_cache()
    vector = np.arange(8, dtype=np.float32)
    cache.put_recovered({cache_key("e", "i", "s", SECRET): SECRET})
    cache.put_embeddings({cache_key("e", "", "s", SECRET): vector})
    cache.close()
    blob = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"hunter2" not in blob and b"AKIAQWERTY" not in blob
    assert SECRET.encode("utf-16-le")[:20] not in blob
    assert vector.tobytes() not in blob
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / KEY_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600


def test_a_new_key_turns_old_rows_into_misses(folder: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    key = cache_key("e", "i", "s", "t")
    cache = open_cache()
    cache.put_recovered({key: "value"})
    cache.close()
    (folder / KEY_NAME).write_bytes(os.urandom(32))
    again = open_cache()
    assert again.get_recovered([key]) == {}
    again.put_recovered({key: "new"})
    assert again.get_recovered([key]) == {key: "new"}
    again.close()
    assert "key changed" in capsys.readouterr().err


def test_corrupt_database_is_moved_aside(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder.mkdir(mode=0o700)
    (folder / DB_NAME).write_bytes(b"this is not a database " * 200)
    cache = open_cache()
    key = cache_key("e", "i", "s", "t")
    cache.put_recovered({key: "ok"})
    assert cache.get_recovered([key]) == {key: "ok"}
    cache.close()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "moved it to" in err
    assert [p.name for p in folder.glob(f"{DB_NAME}.corrupt-*")]


def test_database_damaged_inside_is_moved_aside_on_first_failure(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = open_cache()
    items = {cache_key("e", "i", "s", str(i)): "x" * 300 for i in range(2000)}
    cache.put_recovered(items)
    cache.close()
    data = bytearray((folder / DB_NAME).read_bytes())
    data[16384:len(data) - 4096] = b"\xff" * (len(data) - 4096 - 16384)  # leaves the roots
    (folder / DB_NAME).write_bytes(bytes(data))
    damaged = open_cache()
    assert damaged.get_recovered(list(items)) == {}
    damaged.put_recovered({"k": "v"})  # turned off: no error, nothing kept
    damaged.close()
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    fresh = open_cache()
    fresh.put_recovered({"k": "v"})
    assert fresh.get_recovered(["k"]) == {"k": "v"}
    fresh.close()
    assert list(folder.glob(f"{DB_NAME}.corrupt-*"))


def test_damaged_key_file_is_replaced(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder.mkdir(mode=0o700)
    (folder / KEY_NAME).write_bytes(b"short")
    cache = open_cache()
    key = cache_key("e", "i", "s", "t")
    cache.put_recovered({key: "ok"})
    assert cache.get_recovered([key]) == {key: "ok"}
    cache.close()
    assert len((folder / KEY_NAME).read_bytes()) == 32
    assert "damaged" in capsys.readouterr().err


def test_unusable_folder_disables_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CODELEAK_CACHE_DIR", str(blocker / "cache"))
    from codeleak.config import Settings
    from codeleak.pipeline import Models

    models = Models(Settings())
    cache = models.open_cache()
    assert isinstance(cache, NullCache)
    assert "cache disabled" in capsys.readouterr().err
    assert isinstance(models.open_cache(), NullCache)  # a scan opens it again: no second warning
    assert capsys.readouterr().err == ""
    assert isinstance(Models(Settings()).open_cache(), NullCache)  # another run is told again
    assert "cache disabled" in capsys.readouterr().err


def test_a_database_locked_for_a_moment_is_waited_for(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from codeleak import notes

    monkeypatch.setattr(notes, "_quiet", False)
    real = SqliteCache._connect
    for busy, opens in ((2, True), (100, False)):
        calls = {"n": 0}

        def connect(self: SqliteCache, busy: int = busy) -> sqlite3.Connection:
            calls["n"] += 1
            if calls["n"] <= busy:  # another process switching the new database to WAL
                raise sqlite3.OperationalError("database is locked")
            return real(self)

        monkeypatch.setattr(SqliteCache, "_connect", connect)
        cache = open_cache()
        err = capsys.readouterr().err
        assert isinstance(cache, SqliteCache) is opens
        assert ("cache disabled" in err) is not opens and ("moved it" not in err)
        cache.close()


def test_disabled_cache_keeps_nothing(folder: Path) -> None:
    cache = open_cache(enabled=False)
    key = cache_key("e", "i", "s", "t")
    cache.put_recovered({key: "x"})
    cache.put_embeddings({key: np.zeros(3, dtype=np.float32)})
    assert cache.get_recovered([key]) == {} and cache.get_embeddings([key]) == {}
    cache.close()
    assert not folder.exists()


WRITER = """
import sys
import numpy as np
from codeleak.cache import cache_key, open_cache
who, rounds = sys.argv[1], int(sys.argv[2])
cache = open_cache()
for r in range(rounds):
    keys = [cache_key("e", "i", "s", f"{who}-{r}-{i}") for i in range(20)]
    cache.put_recovered({k: f"{who} {r}" for k in keys})
    cache.put_embeddings({k: np.full(16, r, dtype=np.float32) for k in keys})
    shared = cache_key("e", "i", "s", f"shared-{r}")
    cache.put_recovered({shared: f"shared {r}"})
    got = cache.get_recovered(keys + [shared])
    assert len(got) == 21, len(got)
cache.close()
print("done")
"""


def test_two_processes_write_at_once(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, who, "150"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("a", "b")]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert out.strip() == "done" and "warning" not in err
    cache = open_cache()
    for who in ("a", "b"):
        keys = [cache_key("e", "i", "s", f"{who}-149-{i}") for i in range(20)]
        assert set(cache.get_recovered(keys).values()) == {f"{who} 149"}
        assert len(cache.get_embeddings(keys)) == 20
    assert cache.get_recovered([cache_key("e", "i", "s", "shared-149")]) == {
        cache_key("e", "i", "s", "shared-149"): "shared 149"}
    cache.close()


def test_existing_folder_keeps_its_mode_but_files_are_private(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(0o755)
    open_cache().close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / KEY_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600


class _CountingEmbedder:
    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        self.seen.extend(texts)
        return np.array([[len(t), t.count("a"), 1.0, 0.0] for t in texts], dtype=np.float32)


@pytest.mark.parametrize("enabled", [False, True])
def test_repeated_texts_are_embedded_once(folder: Path, enabled: bool) -> None:
    from dataclasses import replace

    from codeleak.config import Settings
    from codeleak.pipeline import Models, cached_embeddings

    models = Models(replace(Settings(), cache=enabled))
    fake = _CountingEmbedder()
    models._embedder = fake  # type: ignore[assignment]
    texts = ["banana", "apple", "banana", "cherry", "apple", "banana"]
    vectors = cached_embeddings(texts, models, "guess")
    assert sorted(fake.seen) == ["apple", "banana", "cherry"]
    assert vectors.shape == (6, 4)
    assert [v[0] for v in vectors] == [len(t) for t in texts]
    assert [v[1] for v in vectors] == [t.count("a") for t in texts]
    again = cached_embeddings(texts[:2], models, "guess")
    assert len(fake.seen) == (3 if enabled else 5)
    assert again.tolist() == vectors[:2].tolist()
