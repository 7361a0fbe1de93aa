from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from codeleak.embedders import get_embedder
from codeleak.inverters import fingerprint, get_inverter
from codeleak.inverters.builtin_net import prepare
from codeleak.inverters.builtin_words import WordHead, load_word_head, save_word_head
from codeleak.match import words
from codeleak.training import train
from codeleak.training.word_head import (
    add_word_head,
    calibrate_word_head,
    head_vocabulary,
    train_word_head,
)


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return get_embedder("minilm")


def _corpus(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    nouns = ["invoice", "customer", "shipment", "warehouse", "subscription", "ledger"]
    verbs = ["serialize", "validate", "archive", "reconcile"]
    return [f"def {rng.choice(verbs)}_{rng.choice(nouns)}(record):\n    return record.{rng.choice(verbs)}()"
            for _ in range(n)]


def test_head_vocabulary_keeps_frequent_words_not_excluded_most_frequent_first() -> None:
    found = [{"alpha", "beta"}, {"alpha", "gamma"}, {"alpha", "beta"}, {"delta"}]
    assert head_vocabulary(found, exclude=set(), min_chunks=2) == ["alpha", "beta"]
    assert head_vocabulary(found, exclude={"alpha"}, min_chunks=2) == ["beta"]
    assert head_vocabulary(found, exclude=set(), min_chunks=1, max_words=2) == ["alpha", "beta"]


def test_word_head_learns_which_words_a_text_holds(minilm) -> None:  # type: ignore[no-untyped-def]
    texts = _corpus(160)
    x = torch.from_numpy(minilm.embed(texts)).float()
    rows = list(range(len(texts)))
    head, info = train_word_head(texts, x, rows[:140], rows[140:], {"record", "return"},
                                 epochs=150, log=lambda line: None)
    assert set(head.words) == {"invoice", "customer", "shipment", "warehouse", "subscription",
                               "ledger", "serialize", "validate", "archive", "reconcile", "def"}
    assert 0.1 <= head.threshold <= 0.95 and info["words"] == len(head.words)
    found = head.above(prepare(x[140:]))
    truths = [set(words(t)) & set(head.words) for t in texts[140:]]
    hits = sum(len(set(f) & t) for f, t in zip(found, truths))
    assert hits / sum(len(t) for t in truths) >= 0.8
    assert hits / max(sum(len(f) for f in found), 1) >= 0.8
    # against the words of other texts (the control), the same guesses score far lower
    shifted = truths[5:] + truths[:5]
    control = sum(len(set(f) & t) for f, t in zip(found, shifted))
    assert control < 0.75 * hits


def test_a_corpus_without_frequent_words_gives_a_head_that_names_nothing(tmp_path: Path) -> None:
    texts = [f"{a}{b}qq" for a, b in zip("abcdefghijkl", "mnopqrstuvwx")]  # each word once
    x = torch.randn(12, 8)
    head, info = train_word_head(texts, x, list(range(10)), [10, 11], set(), log=lambda line: None)
    assert head.words == [] and info["words"] == 0
    assert head.weight.shape == (0, 8) and head.bias.shape == (0,)  # one row per word
    assert head.above(prepare(x)) == [[] for _ in range(12)]
    save_word_head(tmp_path, head, info)
    back = load_word_head(tmp_path)
    assert back is not None and back.words == [] and back.above(prepare(x[:2])) == [[], []]


def test_calibration_picks_the_threshold_with_the_best_f1() -> None:
    # two words, two rows: the head is sure of word 0 in row 0 and unsure (p=0.27) of word 1 in
    # row 1; both are right, so any threshold up to 0.25 finds both and higher ones lose word 1.
    head = WordHead(["zero", "one"], torch.tensor([[4.0, -4.0], [-4.0, -0.703]]),
                    torch.tensor([0.0, 0.0]), 0.5)
    x = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    probs = head.probabilities(prepare(x))
    assert float(probs[0, 0]) > 0.99 and 0.25 < float(probs[1, 1]) < 0.3
    assert float(probs[0, 1]) < 0.01 and float(probs[1, 0]) < 0.01
    threshold, f1 = calibrate_word_head(head, x, [[0], [1]])
    assert threshold <= 0.25 and f1 == pytest.approx(1.0)


def test_word_head_round_trips_and_is_optional(tmp_path: Path) -> None:
    assert load_word_head(tmp_path) is None
    head = WordHead(["alpha", "beta"], torch.randn(2, 4), torch.randn(2), 0.35)
    save_word_head(tmp_path, head, {"words": 2})
    back = load_word_head(tmp_path)
    assert back is not None and back.words == ["alpha", "beta"] and back.threshold == 0.35
    # int8 rows with one scale each: every weight within half a step of its row's scale
    step = head.weight.abs().amax(dim=1, keepdim=True) / 127
    assert bool(((back.weight - head.weight).abs() <= step / 2 + 1e-6).all())
    from safetensors.torch import load_file

    assert load_file(str(tmp_path / "word-head.safetensors"))["weight"].dtype == torch.int8


def test_a_word_head_saved_in_fp16_still_loads(tmp_path: Path) -> None:
    from safetensors.torch import save_file

    head = WordHead(["alpha", "beta"], torch.randn(2, 4), torch.randn(2), 0.35)
    save_word_head(tmp_path, head, {"words": 2})
    save_file({"weight": head.weight.half(), "bias": head.bias.half()},
              str(tmp_path / "word-head.safetensors"))  # the format before int8
    back = load_word_head(tmp_path)
    assert back is not None and torch.allclose(back.weight, head.weight.half().float())


@pytest.fixture(scope="module")
def tiny_model(minilm, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("tiny-with-words")
    return train(_corpus(120), minilm, out, backend="builtin", size="tiny", max_steps=5,
                 progress=False, head_epochs=2, log=lambda line: None)


def test_trained_model_carries_a_word_head_the_inverter_uses(tiny_model: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads((tiny_model / "codeleak-inverter.json").read_text())
    head = load_word_head(tiny_model)
    assert head is not None and manifest["word_head"]["words"] == len(head.words) > 0
    inverter = get_inverter(str(tiny_model), minilm)
    inverter._load()  # type: ignore[attr-defined]
    bag = set(inverter._vocabulary.values())  # type: ignore[attr-defined]
    assert not bag & set(head.words)  # the word head names only words the bag head cannot
    probs = np.zeros(manifest["config"]["vocab"], dtype=np.float32)
    extras = inverter._extras("def archive_ledger", probs, 0, ["warehouse", "ledger", "x9"])  # type: ignore[attr-defined]
    assert extras == ["warehouse", "x9"]  # the text's own words are not added again
    assert len(inverter.invert(minilm.embed(_corpus(3, seed=9)), minilm)) == 3


def test_add_word_head_gives_an_older_folder_one_and_changes_its_fingerprint(  # type: ignore[no-untyped-def]
        tiny_model: Path, minilm, tmp_path: Path) -> None:
    older = tmp_path / "older"
    shutil.copytree(tiny_model, older)
    for name in ("word-head.json", "word-head.safetensors"):
        (older / name).unlink()
    before = fingerprint(str(older))
    assert before.startswith(f"{older}@") and fingerprint("vec2text:gtr-base") == "vec2text:gtr-base"
    assert load_word_head(older) is None
    assert len(get_inverter(str(older), minilm).invert(minilm.embed(_corpus(2)), minilm)) == 2
    info = add_word_head(older, _corpus(120), minilm, epochs=2, log=lambda line: None)
    assert load_word_head(older) is not None and info["words"] > 0
    assert json.loads((older / "codeleak-inverter.json").read_text())["word_head"] == info
    assert fingerprint(str(older)) != before
    assert fingerprint(f"{older}:deep").startswith(f"{older}:deep@")
