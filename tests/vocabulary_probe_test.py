from __future__ import annotations

import dataclasses
import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from codeleak.embedders import get_embedder
from codeleak.inverters import fingerprint, get_inverter
from codeleak.inverters.builtin import SHIPPED
from codeleak.inverters.builtin_probe import VocabularyProbe, load_probe, save_probe
from codeleak.inverters.builtin_words import load_word_head
from codeleak.match import words
from codeleak.training import train
from codeleak.training.probe import (
    FLOOR_SHARE,
    add_probe,
    build_probe,
    tokenizer_vocabulary,
    vocabulary_words,
)

RARE = ["kyrgyzstan", "saxophone", "volcano", "penguin", "cathedral", "avalanche"]
CODE = ["def load(path):\n    return open(path).read()",
        "for item in items:\n    total += item.price",
        "class Config:\n    debug = False\n    timeout = 30",
        "if not user.is_active:\n    raise PermissionError(user.name)"]


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return get_embedder("minilm")


@pytest.fixture(scope="module")
def probe(minilm) -> VocabularyProbe:  # type: ignore[no-untyped-def]
    return build_probe(RARE, minilm, minilm.embed(CODE))


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_vocabulary_words_are_whole_lowercase_words_of_three_letters_or_more() -> None:
    wordpiece = ["[CLS]", "the", "token", "##izer", "ab", "x9y", "Volcano", "serial", "##ize"]
    assert vocabulary_words(wordpiece, exclude={"token"}) == ["serial", "the", "volcano"]
    sentencepiece = ["\u2581user", "name", "\u2581Kyrgyzstan", "\u2581ab", "<pad>"]
    assert vocabulary_words(sentencepiece, exclude=set()) == ["kyrgyzstan", "user"]
    assert vocabulary_words(["\u0120hello", "world"], exclude=set()) == ["hello"]


def test_the_default_embedders_vocabulary_gives_thousands_of_words(minilm) -> None:  # type: ignore[no-untyped-def]
    found = vocabulary_words(tokenizer_vocabulary(minilm), exclude=set())
    assert len(found) > 15000 and {"volcano", "password", "server"} <= set(found)
    assert not any(w.startswith("##") or len(w) < 3 for w in found)


def test_the_floor_is_what_the_best_word_reaches_on_a_fixed_share_of_ordinary_chunks(  # type: ignore[no-untyped-def]
        minilm) -> None:
    chunks = [f"def handler_{i}(request):\n    return respond(request, status={200 + i})"
              for i in range(40)] + CODE
    vectors = minilm.embed(chunks)
    built = build_probe(RARE, minilm, vectors)
    best = built.scores(_unit(vectors)).max(axis=1)
    share = float((best >= built.floor).mean())
    assert abs(share - FLOOR_SHARE) <= 0.05
    assert built.prior.shape == (len(RARE),)


def test_proposals_name_the_rare_word_a_chunk_holds_and_skip_the_texts_own(  # type: ignore[no-untyped-def]
        probe: VocabularyProbe, minilm) -> None:
    texts = ["def plan_trip():\n    country = 'kyrgyzstan'\n    return book(country)",
             "# the band needs a new saxophone player for the jazz night"]
    goal = _unit(minilm.embed(texts))
    proposed = probe.proposals(goal, ["def plan trip", "the band needs"], top=2, score_min=0.0)
    assert proposed[0][0] == "kyrgyzstan" and proposed[1][0] == "saxophone"
    # a word the text already holds is not proposed again: the next best takes its place
    again = probe.proposals(goal, ["country kyrgyzstan", "saxophone"], top=1, score_min=0.0)
    assert again == [[proposed[0][1]], [proposed[1][1]]]
    # a chunk of ordinary code is close to none of them: a high floor proposes nothing
    plain = _unit(minilm.embed(CODE[:1]))
    assert probe.proposals(plain, [""], top=3, score_min=0.35) == [[]]


def test_apply_keeps_a_word_only_when_it_moves_the_text_closer(  # type: ignore[no-untyped-def]
        probe: VocabularyProbe, minilm) -> None:
    source = "def plan_trip():\n    country = 'kyrgyzstan'\n    return book(country)"
    goal = _unit(minilm.embed([source, CODE[1]]))
    texts = ["def plan trip ( ) : country = return book ( country )",
             "for item in items : total + = item . price"]
    own = [float(v @ g) for v, g in zip(_unit(minilm.embed(texts)), goal)]
    kept = probe.apply(texts, own, goal, minilm)
    assert kept == [["kyrgyzstan"], []]  # nothing rare in the second chunk: no word is kept
    closer = float(_unit(minilm.embed([texts[0] + " kyrgyzstan"]))[0] @ goal[0])
    assert closer >= own[0] + 0.02
    # the same text against another chunk's embedding (the control) keeps nothing
    assert probe.apply(texts[:1], own[1:], goal[1:], minilm) == [[]]


def test_probe_round_trips_through_int8_and_is_optional(tmp_path: Path, probe: VocabularyProbe) -> None:
    assert load_probe(tmp_path) is None
    probe = dataclasses.replace(probe, ceiling=0.8125)
    save_probe(tmp_path, probe, {"words": len(probe.words)})
    back = load_probe(tmp_path)
    assert back is not None and back.words == probe.words
    assert np.allclose(back.prior, probe.prior)
    assert float((back.vectors * probe.vectors).sum(axis=1).min()) > 0.9999
    assert back.floor == probe.floor and back.ceiling == probe.ceiling
    # a probe saved before the ceiling existed loads without one
    data = json.loads((tmp_path / "vocabulary-probe.json").read_text())
    del data["ceiling"]
    (tmp_path / "vocabulary-probe.json").write_text(json.dumps(data))
    older = load_probe(tmp_path)
    assert older is not None and older.ceiling is None
    empty = VocabularyProbe([], np.zeros((0, 4), np.float32), np.zeros(0, np.float32), 0.0)
    save_probe(tmp_path / "empty", empty, {"words": 0})
    none = load_probe(tmp_path / "empty")
    assert none is not None and none.proposals(np.ones((2, 4), np.float32), ["a", "b"]) == [[], []]


def test_the_shipped_model_has_a_probe_without_the_heads_words() -> None:
    shipped = load_probe(SHIPPED)
    head = load_word_head(SHIPPED)
    assert shipped is not None and head is not None and len(shipped.words) > 10000
    assert not set(shipped.words) & set(head.words)
    manifest = json.loads((SHIPPED / "codeleak-inverter.json").read_text())
    assert manifest["vocabulary_probe"]["words"] == len(shipped.words)


def _corpus(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    nouns = ["invoice", "customer", "shipment", "warehouse", "ledger"]
    verbs = ["archive", "validate", "reconcile", "serialize"]
    return [f"def {rng.choice(verbs)}_{rng.choice(nouns)}(record):\n"
            f"    return record.{rng.choice(nouns)}({rng.randint(0, 99)})" for _ in range(n)]


@pytest.fixture(scope="module")
def tiny(minilm, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A tiny builtin inverter trained by the test suite (with its probe)."""
    folder: Path = tmp_path_factory.mktemp("probe") / "tiny"
    return train(_corpus(100), minilm, folder, backend="builtin", size="tiny", max_steps=3,
                 progress=False, head_epochs=1, word_epochs=1, log=lambda line: None)


def test_training_builds_a_probe_and_add_probe_rebuilds_it(  # type: ignore[no-untyped-def]
        minilm, tiny: Path, tmp_path: Path) -> None:
    out = tiny
    made = load_probe(out)
    manifest = json.loads((out / "codeleak-inverter.json").read_text())
    assert made is not None and manifest["vocabulary_probe"]["words"] == len(made.words) > 10000
    inverter = get_inverter(str(out), minilm)
    inverter._load()  # type: ignore[attr-defined]
    assert not set(made.words) & set(inverter._vocabulary.values())  # type: ignore[attr-defined]
    # the trained folder inverts with the probe; without it, it inverts as before
    target = minilm.embed(["def plan_trip():\n    country = 'kyrgyzstan'"])
    assert "kyrgyzstan" in words(inverter.invert(target, minilm)[0])
    older = tmp_path / "older"
    shutil.copytree(out, older)
    for name in ("vocabulary-probe.json", "vocabulary-probe.safetensors"):
        (older / name).unlink()
    before = fingerprint(str(older))
    assert "kyrgyzstan" not in words(get_inverter(str(older), minilm).invert(target, minilm)[0])
    info = add_probe(older, _corpus(40), minilm, log=lambda line: None)
    assert load_probe(older) is not None and info["prior_chunks"] == 40
    assert fingerprint(str(older)) != before


class _TwinEmbedder:
    """Fixed 2-d vectors per text and precision; records what each precision embedded."""

    def __init__(self, precision: str, cosines: dict[str, dict[str, float]],
                 calls: list[str] | None = None) -> None:
        self.precision = precision
        self.cosines = cosines
        self.calls = [] if calls is None else calls

    def at_precision(self, precision: str) -> _TwinEmbedder:
        return _TwinEmbedder(precision, self.cosines, self.calls)

    def embed(self, texts, *, batch_size: int = 64, progress: bool = False):  # type: ignore[no-untyped-def]
        self.calls.extend(f"{self.precision}:{t}" for t in texts)
        return np.array([[c, (1 - c * c) ** 0.5] for c in
                         (self.cosines[self.precision][t] for t in texts)], dtype=np.float32)


def test_gains_near_the_threshold_are_measured_again_in_fp32() -> None:
    probe = VocabularyProbe(["alpha", "beta"], np.array([[1.0, 0.0], [1.0, 0.0]], np.float32),
                            np.zeros(2, np.float32), 0.0)
    cosines = {"bf16": {"t alpha": 0.821, "t beta": 0.90},  # gains 0.021 (close call) and 0.10
               "fp32": {"t alpha": 0.815, "t": 0.80}}  # fp32: alpha adds only 0.015
    embedder = _TwinEmbedder("bf16", cosines)
    goal = np.array([[1.0, 0.0]], np.float32)
    assert probe.apply(["t"], [0.80], goal, embedder) == [["beta"]]  # type: ignore[arg-type]
    assert sorted(c for c in embedder.calls if c.startswith("fp32")) == ["fp32:t", "fp32:t alpha"]
    exact = _TwinEmbedder("fp32", {"fp32": {"t alpha": 0.821, "t beta": 0.90}})
    assert sorted(probe.apply(["t"], [0.80], goal, exact)[0]) == ["alpha", "beta"]  # type: ignore[arg-type]
    assert not any(c == "fp32:t" for c in exact.calls)  # already exact: no second pass


def test_texts_at_the_ceiling_or_closer_are_left_alone() -> None:
    probe = VocabularyProbe(["alpha"], np.array([[1.0, 0.0]], np.float32),
                            np.zeros(1, np.float32), 0.0, ceiling=0.85)
    cosines = {"fp32": {"near alpha": 0.95, "far alpha": 0.70}}
    goal = np.array([[1.0, 0.0], [1.0, 0.0]], np.float32)
    embedder = _TwinEmbedder("fp32", cosines)
    # "near" is already at 0.90 >= 0.85: nothing is tried for it, though alpha would add 0.05
    assert probe.apply(["near", "far"], [0.90, 0.60], goal, embedder) == [[], ["alpha"]]  # type: ignore[arg-type]
    assert embedder.calls == ["fp32:far alpha"]
    probe.ceiling = None  # a probe built before the ceiling tries every text
    assert probe.apply(["near", "far"], [0.90, 0.60], goal, embedder) == [["alpha"], ["alpha"]]  # type: ignore[arg-type]


def test_deep_mode_tries_more_words_from_a_lower_score_on_every_text() -> None:
    from codeleak.inverters.builtin_probe import DEEP_FLOOR_DROP, DEEP_TOP, TOP

    names = [f"w{i:02d}" for i in range(DEEP_TOP + 4)]
    # every word points at the goal; its prior sets its score: w00 just under the floor (0.5)
    # but within DEEP_FLOOR_DROP of it, all the others above it
    prior = np.array([0.5 + DEEP_FLOOR_DROP / 2] + [0.4] * (len(names) - 1), np.float32)
    probe = VocabularyProbe(names, np.tile(np.array([[1.0, 0.0]], np.float32), (len(names), 1)),
                            prior, 0.5, ceiling=0.85)
    goal = np.array([[1.0, 0.0], [1.0, 0.0]], np.float32)
    gains = {f"{t} {w}": c + 0.05 for t, c in (("near", 0.90), ("far", 0.60)) for w in names}
    default = _TwinEmbedder("fp32", {"fp32": gains})
    kept = probe.apply(["near", "far"], [0.90, 0.60], goal, default)  # type: ignore[arg-type]
    assert kept[0] == [] and len(kept[1]) == TOP and "w00" not in kept[1]
    deep = _TwinEmbedder("fp32", {"fp32": gains})
    kept = probe.apply(["near", "far"], [0.90, 0.60], goal, deep, deep=True)  # type: ignore[arg-type]
    assert [len(row) for row in kept] == [DEEP_TOP, DEEP_TOP]  # the ceiling does not apply
    assert len(deep.calls) == 2 * DEEP_TOP
    everyone = probe.proposals(goal[:1], ["far"], top=len(names), score_min=0.5 - DEEP_FLOOR_DROP)
    assert "w00" in everyone[0]  # tried in deep mode when fewer words score above it


def test_a_bf16_score_near_the_ceiling_is_measured_again_in_fp32() -> None:
    probe = VocabularyProbe(["alpha"], np.array([[1.0, 0.0]], np.float32),
                            np.zeros(1, np.float32), 0.0, ceiling=0.85)
    # bf16 puts the text just above the ceiling, fp32 just below: fp32 decides, as it would alone
    cosines = {"bf16": {"t alpha": 0.95}, "fp32": {"t": 0.849}}
    embedder = _TwinEmbedder("bf16", cosines)
    goal = np.array([[1.0, 0.0]], np.float32)
    assert probe.apply(["t"], [0.851], goal, embedder) == [["alpha"]]  # type: ignore[arg-type]
    assert embedder.calls[0] == "fp32:t"
    far = _TwinEmbedder("bf16", {"bf16": {}, "fp32": {}})
    assert probe.apply(["t"], [0.90], goal, far) == [[]]  # type: ignore[arg-type]
    assert far.calls == []  # clearly above the ceiling: nothing embedded at all


def test_the_ceiling_is_a_share_of_training_chunks_but_keeps_most_of_the_probes_words(  # type: ignore[no-untyped-def]
        minilm, tiny: Path) -> None:
    from codeleak.inverters.builtin import BuiltinInverter
    from codeleak.training.probe import CEILING_SHARE, calibrate_ceiling

    out = tiny
    vectors = minilm.embed(_corpus(60, seed=9))
    goal = _unit(vectors)
    made = load_probe(out)
    assert made is not None and made.ceiling is not None and -1.0 <= made.ceiling <= 1.0
    assert json.loads((out / "codeleak-inverter.json").read_text())[
        "vocabulary_probe"]["ceiling"] == made.ceiling
    texts, found = BuiltinInverter(out, minilm).recover(vectors, minilm)
    scores = np.array(found)
    share = float(np.quantile(scores, 1.0 - CEILING_SHARE))
    # a probe that adds no word anywhere leaves the share alone
    silent = dataclasses.replace(made, floor=10.0)
    assert calibrate_ceiling(out, minilm, vectors, silent) == (round(share, 4), round(share, 4), None)
    # a probe that adds words: the ceiling never skips most of the texts it adds them to
    eager = dataclasses.replace(made, ceiling=None, floor=-10.0)
    kept = eager.apply(texts, found, goal, minilm, gain=0.02)
    gained = [s for s, words in zip(found, kept) if words]
    assert gained, "the tiny model's texts are far from their chunks: the probe adds words"
    ceiling, ceiling_share, ceiling_gained = calibrate_ceiling(out, minilm, vectors, eager)
    assert ceiling_share == round(share, 4) and ceiling_gained == ceiling
    median = float(np.median(gained))
    assert median > share  # the tiny model's case: the share alone would skip most of them
    assert ceiling >= median and ceiling <= median + 1e-4
    assert ceiling >= share and float(np.mean(np.array(gained) <= ceiling)) >= 0.5
