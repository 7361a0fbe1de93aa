from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from codeleak.embedders import get_embedder
from codeleak.errors import FatalError
from codeleak.evaluate import EvalChunk, score
from codeleak.inverters import get_inverter
from codeleak.inverters.builtin_recase import Recaser
from codeleak.training import train, training_texts


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return get_embedder("minilm")


def _corpus(n: int) -> list[str]:
    rng = random.Random(7)
    nouns = ["user", "order", "invoice", "account", "session", "token", "cache", "report"]
    verbs = ["load", "save", "parse", "render", "delete", "update", "fetch", "send"]
    texts = []
    for _ in range(n):
        verb, noun, other = rng.choice(verbs), rng.choice(nouns), rng.choice(nouns)
        texts.append(f"def {verb}_{noun}({other}):\n    return {other}.{verb}() + {rng.randint(1, 9)}")
    return texts


@pytest.fixture(scope="module")
def tiny_model(minilm, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("tiny-inverter")
    return train(_corpus(80), minilm, out, backend="builtin", size="tiny", max_steps=10,
                 progress=False, head_epochs=2, log=lambda line: None)


def test_trained_folder_has_manifest_and_loads_by_path(tiny_model: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads((tiny_model / "codeleak-inverter.json").read_text())
    assert manifest["backend"] == "builtin"
    assert manifest["embedder"] == minilm.name and manifest["dim"] == 384
    assert manifest["training"]["decoder_steps"] == 10
    assert len(manifest["thresholds"]) == len(manifest["piece_edges"]) + 1
    inverter = get_inverter(str(tiny_model), minilm)
    texts = _corpus(5)
    recovered = inverter.invert(minilm.embed(texts), minilm)
    assert len(recovered) == 5 and all(isinstance(t, str) for t in recovered)
    assert inverter.ordered


def test_continued_training_starts_from_the_folder_and_keeps_its_history(  # type: ignore[no-untyped-def]
        tiny_model: Path, minilm, tmp_path: Path) -> None:
    out = train(_corpus(80), minilm, tmp_path, backend="builtin", size="tiny", max_steps=4,
                progress=False, head_epochs=0, init=tiny_model, log=lambda line: None)
    before = json.loads((tiny_model / "codeleak-inverter.json").read_text())
    after = json.loads((out / "codeleak-inverter.json").read_text())
    assert (out / "pieces.json").read_text() == (tiny_model / "pieces.json").read_text()
    assert after["training"]["decoder_steps"] == 4
    assert after["training"]["continued_from"] == str(tiny_model)
    assert after["training"]["earlier"] == [before["training"]]


def test_deep_mode_inverts_too(tiny_model: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    inverter = get_inverter(f"{tiny_model}:deep", minilm)
    assert inverter.name.endswith("-deep")
    recovered = inverter.invert(minilm.embed(_corpus(3)), minilm)
    assert len(recovered) == 3


class _OtherEmbedder:
    name = "some-other-model"
    dim = 384
    max_tokens = 512


def test_model_for_another_embedder_is_refused(tiny_model: Path) -> None:
    with pytest.raises(FatalError, match="codeleak train"):
        get_inverter(str(tiny_model), _OtherEmbedder())  # type: ignore[arg-type]


def test_unknown_inverter_and_folder_without_manifest(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FatalError, match="unknown inverter"):
        get_inverter("no-such-inverter", minilm)
    (tmp_path / "codeleak-inverter.json").write_text(json.dumps({"backend": "mystery"}))
    with pytest.raises(FatalError, match="unknown backend"):
        get_inverter(str(tmp_path), minilm)


def test_too_little_text_is_fatal(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FatalError, match="too little training text"):
        train(["x = 1"] * 5, minilm, tmp_path, size="tiny", max_steps=1, progress=False)


def test_training_texts_come_from_the_chunker(tmp_path: Path) -> None:
    from codeleak.tokenizer import default_counter

    body = "\n\n".join(_corpus(30))
    (tmp_path / "funcs.py").write_text(body)
    by_length = training_texts([tmp_path / "funcs.py"], default_counter(), [16, 32, 64])
    counter = default_counter()
    assert by_length[16] and by_length[32]
    for length, texts in by_length.items():
        for text in texts:
            assert 0.75 * length <= counter.count(text) <= length
            assert text in body
    # a line over the budget is cut into pieces for scanning, but pieces are no training text
    long_line = "TABLE = [" + ", ".join(f"'entry {i} of the table'" for i in range(60)) + "]"
    (tmp_path / "table.py").write_text(f"{long_line}\n")
    assert not any(training_texts([tmp_path / "table.py"], counter, [16, 32, 64]).values())


def test_recaser_restores_camel_case() -> None:
    counts = {"parse": 500, "http": 300, "response": 800, "user": 900, "count": 700}
    recase = Recaser(counts)
    assert recase("def parsehttpresponse ( usercount )") == "def parseHttpResponse ( userCount )"
    assert recase("response user qqqqqqqqq") == "response user qqqqqqqqq"


HELD_OUT = [  # written for this test: in no training package
    "def rotate_ledger_snapshot(ledger, retention_days):\n    return ledger.prune(retention_days)",
    "class InvoiceMailer:\n    def send_reminder(self, customer_email):\n        pass",
    "# compute the weighted average latency per region\nlatency = total_ms / samples",
    "const retryDelay = computeBackoff(attempt, maxDelayMs);",
    "SELECT customer_id, SUM(amount) FROM payments GROUP BY customer_id;",
    "if response.status_code == 404:\n    raise NotFoundError(resource_url)",
    "for shard in cluster.shards:\n    shard.rebalance(threshold=0.8)",
    "export function parseConfigFile(path) {\n  return yaml.load(readFileSync(path));\n}",
    "logger.warning('disk usage above quota for tenant %s', tenant_name)",
    "timeout_seconds = int(os.environ.get('WORKER_TIMEOUT', '30'))",
]


def test_shipped_model_reads_the_chunk_not_a_prior(minilm) -> None:  # type: ignore[no-untyped-def]
    inverter = get_inverter("builtin", minilm)
    recovered = inverter.invert(minilm.embed(HELD_OUT), minilm)
    row = score([EvalChunk(t, 32, f"f{i}") for i, t in enumerate(HELD_OUT)], recovered)
    assert row.word_recall - row.control_word_recall > 0.25, (row, recovered)
    assert np.mean([len(t) > 0 for t in recovered]) == 1.0


def _cos(minilm, text: str, target: np.ndarray) -> float:  # type: ignore[no-untyped-def]
    v = minilm.embed([text])[0]
    return float(v @ target / np.linalg.norm(v) / np.linalg.norm(target))


def test_deep_word_edits_take_a_good_word_and_never_move_away(minilm) -> None:  # type: ignore[no-untyped-def]
    inverter = get_inverter("builtin-deep", minilm)
    inverter._load()
    ids = {word: i for i, word in inverter._vocabulary.items()}
    size = max(inverter._vocabulary) + 1
    target = minilm.embed(["def load_price(user):\n    return user.account.price"])
    probs = np.zeros((1, size), dtype=np.float32)
    for rank, word in enumerate(["price", "apple", "account"]):
        probs[0, ids[word]] = 0.9 - 0.1 * rank
    start = "def load ( user ) : return user order"
    edited, score = (row[0] for row in inverter._edit([start], [_cos(minilm, start, target[0])],
                                                       probs, target, minilm))
    assert score == pytest.approx(_cos(minilm, edited, target[0]), abs=1e-5)
    assert "price" in edited.split()
    assert "apple" not in edited.split()
    assert _cos(minilm, edited, target[0]) > _cos(minilm, start, target[0])
    rng = random.Random(3)
    texts = _corpus(6)
    targets = minilm.embed([rng.choice(texts) for _ in texts])
    noise = np.random.default_rng(0).random((len(texts), size)).astype(np.float32)
    starts = [_cos(minilm, t, goal) for t, goal in zip(texts, targets)]
    edited_texts, _ = inverter._edit(texts, starts, noise, targets, minilm)
    for before, after, goal in zip(texts, edited_texts, targets):
        assert _cos(minilm, after, goal) >= _cos(minilm, before, goal) - 1e-6


class _TwinEmbedder:
    """Fixed vectors per text; its fp32 twin sees the close call the other way round."""

    def __init__(self, precision: str, table: dict[str, dict[str, list[float]]]) -> None:
        self.precision = precision
        self.table = table
        self.calls: list[list[str]] = []

    def at_precision(self, precision: str) -> _TwinEmbedder:
        twin = _TwinEmbedder(precision, self.table)
        twin.calls = self.calls
        return twin

    def embed(self, texts, *, batch_size: int = 64, progress: bool = False):  # type: ignore[no-untyped-def]
        self.calls.append([f"{self.precision}:{t}" for t in texts])
        return np.array([self.table[self.precision][t] for t in texts], dtype=np.float32)


def test_close_choices_made_in_bf16_are_made_again_in_fp32() -> None:
    from codeleak.inverters.builtin import BuiltinInverter

    table = {"bf16": {"a": [1.0, 0.0], "b": [0.999, 0.045], "c": [0.6, 0.8], "d": [1.0, 0.0]},
             "fp32": {"a": [0.999, 0.045], "b": [1.0, 0.0], "c": [0.6, 0.8], "d": [1.0, 0.0]}}
    target = np.array([[1.0, 0.0], [1.0, 0.0]], dtype=np.float32)
    embedder = _TwinEmbedder("bf16", table)
    # Row 0: a and b are within the recheck band in bf16 -> fp32 decides (b). Row 1: c is far
    # behind d -> no recheck.
    chosen, cosines = BuiltinInverter._closest([["a", "b"], ["c", "d"]], target, embedder)  # type: ignore[arg-type]
    assert chosen == ["b", "d"]
    assert cosines == pytest.approx([0.999, 1.0], abs=1e-3)  # the embedder's own (bf16) cosines
    assert embedder.calls[-1] == ["fp32:a", "fp32:b"]
    fp32 = _TwinEmbedder("fp32", table)
    assert BuiltinInverter._closest([["a", "b"]], target[:1], fp32)[0] == ["b"]  # type: ignore[arg-type]
    assert len(fp32.calls) == 1  # already exact: no second pass


class _BagEmbedder:
    """A text's vector: how often each word of a fixed vocabulary is one of its tokens, plus a
    constant part (so no text embeds to zero)."""

    WORDS = ("load", "user", "price", "apple", "banana", "order", "(", ")")

    def embed(self, texts, *, batch_size: int = 64, progress: bool = False):  # type: ignore[no-untyped-def]
        rows = []
        for text in texts:
            tokens = text.split()
            rows.append([float(tokens.count(w)) for w in self.WORDS] + [0.3])
        return np.array(rows, dtype=np.float32)


def _bag_cos(text: str, goal: np.ndarray) -> float:
    v = _BagEmbedder().embed([text])[0]
    return float(v @ goal / np.linalg.norm(v))


def test_deep_mode_last_round_drops_the_tokens_that_move_the_text_away() -> None:
    from codeleak.inverters.builtin import BuiltinInverter, _unit

    embedder = _BagEmbedder()
    goal = _unit(embedder.embed(["load user price ( )"]))
    texts = ["load ( user ) apple price apple\nbanana", "load ( user ) price", "apple banana"]
    pruned = BuiltinInverter._prune(texts, [[], [], ["banana"]], np.repeat(goal, 3, axis=0),
                                    embedder)  # type: ignore[arg-type]
    # apple (both times) and banana go; the words of the chunk and the brackets stay
    assert pruned[0] == "load ( user ) price"
    assert pruned[1] == texts[1]  # nothing to drop: unchanged
    # the probe's words are never tried: banana stays though the target lacks it
    assert pruned[2] == "banana"
    for before, after in zip(texts, pruned):
        assert _bag_cos(after, goal[0]) >= _bag_cos(before, goal[0]) - 1e-6


def test_deep_mode_last_round_never_moves_a_text_away_from_its_target() -> None:
    from codeleak.inverters.builtin import BuiltinInverter, _unit

    embedder = _BagEmbedder()
    rng = random.Random(5)
    words = list(_BagEmbedder.WORDS)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(60)]
    goals = _unit(embedder.embed([" ".join(rng.sample(words, 3)) for _ in texts]))
    pruned = BuiltinInverter._prune(texts, [[] for _ in texts], goals, embedder)  # type: ignore[arg-type]
    assert pruned != texts  # some texts had words their target lacks
    for before, after, goal in zip(texts, pruned, goals):
        assert after.strip()
        assert set(after.split()) <= set(before.split())
        assert _bag_cos(after, goal) >= _bag_cos(before, goal) - 1e-6


def test_deep_mode_prunes_short_chunks_only(minilm, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from codeleak.inverters.builtin import BuiltinInverter

    pruned: list[str] = []

    def record(texts, keep, goal, embedder):  # type: ignore[no-untyped-def]
        pruned.extend(texts)
        return texts

    monkeypatch.setattr(BuiltinInverter, "_prune", staticmethod(record))
    short = "def load_price(user):\n    return user.account.price"
    long = "\n".join(f"def handler_{i}(request, response):\n    response.write(request.body)"
                     for i in range(20))
    inverter = get_inverter("builtin-deep", minilm)
    recovered = inverter.invert(minilm.embed([long, short]), minilm)
    assert len(recovered) == 2
    assert pruned == [recovered[1]]


def test_what_is_recovered_does_not_depend_on_the_batch(tiny_model: Path, minilm,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from codeleak.inverters import builtin

    inverter = get_inverter(str(tiny_model), minilm)
    vectors = minilm.embed(_corpus(7))
    whole = inverter.invert(vectors, minilm)
    monkeypatch.setattr(builtin, "BATCH", 3)
    assert inverter.invert(vectors, minilm) == whole
    assert [inverter.invert(vectors[i:i + 1], minilm)[0] for i in range(7)] == whole
