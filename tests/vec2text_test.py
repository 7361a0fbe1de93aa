"""The vec2text backend end to end, offline: train a tiny pair, save, load, invert with
correction steps and a sequence beam; the pretrained GTR path from a local cache; errors."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from codeleak.errors import FatalError, MissingDependency
from codeleak.inverters import vec2text_compat
from codeleak.inverters.vec2text_adapter import is_vec2text_folder, load_vec2text, train_vec2text

torch = pytest.importorskip("torch")
# Imported here only through codeleak's adapter, which keeps vec2text's import side effects in.
needs_vec2text = pytest.mark.skipif(importlib.util.find_spec("vec2text") is None,
                                    reason="the vec2text extra is not installed")

STEPS = 80  # per model: enough for a 2-layer T5 to start reading the embedding


class WordCounter:
    """Counts whitespace-separated words: the test embedder's notion of a token."""

    def count(self, text: str) -> int:
        return len(text.split())

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        return [self.count(t) for t in texts]


class HashEmbedder:
    """A deterministic bag-of-words embedder: each word adds a fixed random direction."""

    max_tokens = 128

    def __init__(self, dim: int, name: str = "") -> None:
        self.dim = dim
        self.name = name or f"test-hash-{dim}"
        self.calls: list[int] = []

    def counter(self) -> WordCounter:
        return WordCounter()

    def embed(self, texts: Sequence[str], *, batch_size: int = 64,
              progress: bool = False) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text):
                seed = int(hashlib.sha256(word.encode()).hexdigest()[:8], 16)
                out[row] += np.random.default_rng(seed).standard_normal(self.dim)
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-6)
        return out


WORDS = ("alpha beta gamma delta user token host port config load save parse "
         "render fetch cache queue").split()


def corpus(n: int = 160) -> list[str]:
    rng = np.random.default_rng(7)
    return [f"def {rng.choice(WORDS)}_{rng.choice(WORDS)}(x): return {rng.choice(WORDS)}"
            for _ in range(n)]


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Iterator[None]:
    """Two busy cores: torch's thread pool only fights the other processes for them."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def pair_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pair") / "v2t"
    written = train_vec2text(corpus(), HashEmbedder(384), out, size="tiny", max_steps=STEPS,
                             progress=False)
    assert written == out
    return out


@needs_vec2text
def test_train_writes_a_loadable_folder(pair_dir: Path, tmp_path: Path) -> None:
    manifest = json.loads((pair_dir / "codeleak-inverter.json").read_text())
    assert manifest["backend"] == "vec2text"
    assert (manifest["embedder"], manifest["dim"], manifest["size"]) == ("test-hash-384", 384, "tiny")
    assert manifest["steps"] == STEPS and manifest["texts"] == len(set(corpus()))
    assert manifest["corrector_loss"] < 3.0 and manifest["inversion_loss"] < 3.0
    for part in ("inversion", "corrector"):
        for name in ("config.json", "t5_config.json", "model.safetensors"):
            assert (pair_dir / part / name).is_file()
    assert (pair_dir / "tokenizer" / "tokenizer.json").is_file()
    assert is_vec2text_folder(pair_dir)
    assert not is_vec2text_folder(tmp_path)
    (tmp_path / "codeleak-inverter.json").write_text('{"backend": "builtin"}')
    assert not is_vec2text_folder(tmp_path)


@needs_vec2text
def test_invert_runs_correction_steps_with_sequence_beam(
        pair_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    embedder = HashEmbedder(384)
    inverter = load_vec2text(str(pair_dir), embedder, "cpu", steps=2, beam_width=2)
    assert inverter.ordered and inverter.name.startswith("vec2text:")
    texts = corpus()[:3]
    targets = embedder.embed(texts)
    embedder.calls.clear()
    recovered = inverter.invert(targets, embedder)
    assert len(recovered) == 3 and all(isinstance(t, str) and t.strip() for t in recovered)
    # Initial hypotheses (3), then one re-embedding per correction step of every beam candidate.
    assert len(embedder.calls) == 3 and embedder.calls[0] == 3
    assert max(embedder.calls) >= 3 * 2
    assert capsys.readouterr().out == ""  # vec2text's prints never reach codeleak's stdout


@needs_vec2text
def test_zero_steps_is_the_inversion_model_alone(pair_dir: Path) -> None:
    embedder = HashEmbedder(384)
    inverter = load_vec2text(str(pair_dir), embedder, steps=0)
    targets = embedder.embed(corpus()[:4])
    embedder.calls.clear()
    recovered = inverter.invert(targets, embedder)
    assert len(recovered) == 4 and embedder.calls == []
    assert inverter.invert(np.zeros((0, 384), np.float32), embedder) == []


@needs_vec2text
def test_trained_pair_reads_the_embedding(pair_dir: Path) -> None:
    """Recovered words match their own source better than another chunk's source."""
    embedder = HashEmbedder(384)
    inverter = load_vec2text(str(pair_dir), embedder, steps=1, beam_width=2)
    texts = corpus()[:24]
    recovered = inverter.invert(embedder.embed(texts), embedder)

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]+", text)) & set(WORDS)

    own = np.mean([len(words(r) & words(t)) / len(words(t)) for r, t in zip(recovered, texts)])
    other = np.mean([len(words(r) & words(t)) / len(words(t))
                     for r, t in zip(recovered, texts[1:] + texts[:1])])
    assert own > other + 0.15, (own, other)


@needs_vec2text
def test_folder_refuses_another_embedder(pair_dir: Path) -> None:
    with pytest.raises(FatalError, match="trained for embedder 'test-hash-384'"):
        load_vec2text(str(pair_dir), HashEmbedder(384, name="other-384"))
    with pytest.raises(FatalError, match="384-d"):
        load_vec2text(str(pair_dir), HashEmbedder(768, name="test-hash-384"))
    inverter = load_vec2text(str(pair_dir), HashEmbedder(384))
    with pytest.raises(FatalError, match="384-d"):
        inverter.invert(np.zeros((2, 768), np.float32), HashEmbedder(384))


@needs_vec2text
def test_bad_arguments_are_fatal_errors(tmp_path: Path) -> None:
    embedder = HashEmbedder(384)
    with pytest.raises(FatalError, match="size"):
        train_vec2text(corpus(), embedder, tmp_path / "x", size="huge")
    with pytest.raises(FatalError, match="max-steps"):
        train_vec2text(corpus(), embedder, tmp_path / "x", max_steps=0)
    with pytest.raises(FatalError, match="2 distinct"):
        train_vec2text(["same", "same", " "], embedder, tmp_path / "x")
    with pytest.raises(FatalError, match="not a vec2text inverter folder"):
        load_vec2text(str(tmp_path), embedder)
    with pytest.raises(FatalError, match="beam"):
        load_vec2text(str(tmp_path), embedder, beam_width=0)
    with pytest.raises(FatalError, match="device"):
        load_vec2text(str(tmp_path), embedder, device="tpu")


@pytest.fixture
def hub_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import huggingface_hub.constants

    cache = tmp_path / "hub"
    cache.mkdir()
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    return cache


@needs_vec2text
@pytest.mark.parametrize("spec", ["vec2text:gtr-base", "vec2text"])
def test_gtr_base_missing_from_cache_says_what_and_how(spec: str, hub_cache: Path) -> None:
    with pytest.raises(FatalError) as info:
        load_vec2text(spec, HashEmbedder(768))
    message = str(info.value)
    assert "\n" not in message
    for needed in ("jxm/gtr__nq__32,", "jxm/gtr__nq__32__correct", "t5-base",
                   "huggingface-cli download jxm/gtr__nq__32;", str(hub_cache),
                   "codeleak train --backend vec2text"):
        assert needed in message


def _put_in_cache(cache: Path, repo: str, files: dict[str, Path]) -> None:
    """Lay files out as huggingface_hub's cache does (refs/main -> snapshots/<revision>)."""
    root = cache / ("models--" + repo.replace("/", "--"))
    snapshot = root / "snapshots" / ("0" * 40)
    snapshot.mkdir(parents=True)
    (root / "refs").mkdir()
    (root / "refs" / "main").write_text("0" * 40)
    for name, source in files.items():
        (snapshot / name).write_bytes(source.read_bytes())


@needs_vec2text
def test_gtr_base_loads_from_the_local_cache(tmp_path: Path, hub_cache: Path) -> None:
    """The published pair's path, with stand-in weights laid out as the HF cache holds them."""
    embedder = HashEmbedder(768, name="gtr-t5-base")
    folder = train_vec2text(corpus(40), embedder, tmp_path / "gtr", max_steps=2, progress=False)
    for repo, part in (("jxm/gtr__nq__32", "inversion"), ("jxm/gtr__nq__32__correct", "corrector")):
        _put_in_cache(hub_cache, repo, {name: folder / part / name
                                        for name in ("config.json", "model.safetensors")})
    _put_in_cache(hub_cache, "t5-base", {
        "config.json": folder / "inversion" / "t5_config.json",
        "tokenizer.json": folder / "tokenizer" / "tokenizer.json",
        "tokenizer_config.json": folder / "tokenizer" / "tokenizer_config.json"})
    with pytest.raises(FatalError, match="768-d"):
        load_vec2text("vec2text:gtr-base", HashEmbedder(384))
    inverter = load_vec2text("vec2text:gtr-base", embedder, steps=1, beam_width=2)
    assert inverter.name == "vec2text:gtr-base:steps=1,beam=2"
    recovered = inverter.invert(embedder.embed(corpus(2)), embedder)
    assert len(recovered) == 2 and all(isinstance(t, str) for t in recovered)


def test_missing_vec2text_is_a_missing_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vec2text", None)
    with pytest.raises(MissingDependency, match=r"pip install 'codeleak\[vec2text\]'"):
        vec2text_compat.import_vec2text()


@needs_vec2text
def test_importing_vec2text_leaves_the_process_as_it_was() -> None:
    probe = (
        "import logging, os, random, transformers, torch\n"
        "def state():\n"
        "    return (dict(os.environ), transformers.logging.get_verbosity(),\n"
        "            logging.getLogger('torch._dynamo').level, random.random())\n"
        "random.seed(5); before = state()\n"
        "from codeleak.inverters.vec2text_compat import import_vec2text\n"
        "random.seed(5); import_vec2text(); after = state()\n"
        "print('SAME' if before == after else f'CHANGED {before[1:]} {after[1:]}')\n")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).parents[1], timeout=300)
    assert done.stdout.strip() == "SAME", done.stdout + done.stderr[-2000:]
