from __future__ import annotations

from codeleak.records import Chunk, Entity
from codeleak.verdict import assign, control_partner, severity_of


def _chunk(path: str, start: int, end: int) -> Chunk:
    return Chunk(path, start, end, 0, 0, 10, "x")


def _entity(path: str, line: int, severity: str = "high") -> Entity:
    return Entity(path, "python", "string", "v", line, line, 0, 1, 0, 1, category="secret",
                  rule="r", severity=severity)


def test_entities_go_to_the_chunk_holding_their_first_line() -> None:
    chunks = [_chunk("a.py", 1, 5), _chunk("a.py", 7, 9), _chunk("b.py", 1, 3)]
    got = assign([_entity("a.py", 8), _entity("b.py", 2), _entity("a.py", 6)], chunks)
    assert [(e.path, e.line, i) for e, i in got] == [("a.py", 8, 1), ("b.py", 2, 2)]


def test_an_entity_on_a_line_cut_into_pieces_goes_to_the_piece_holding_its_first_byte() -> None:
    # line 2 of a.py cut into three pieces at bytes 100, 200 and 300; lines 1 and 3 whole
    chunks = [Chunk("a.py", 1, 1, 0, 99, 5, "x"), Chunk("a.py", 2, 2, 100, 200, 9, "y"),
              Chunk("a.py", 2, 2, 200, 300, 9, "z"), Chunk("a.py", 2, 2, 300, 350, 4, "w"),
              Chunk("a.py", 3, 3, 351, 360, 2, "v")]

    def at(line: int, byte: int) -> Entity:
        return Entity("a.py", "javascript", "string", "v", line, line, 0, 1, byte, byte + 1,
                      category="secret", rule="r", severity="high")

    found = assign([at(2, 100), at(2, 250), at(2, 299), at(2, 300), at(2, 349), at(3, 352),
                    at(1, 5)], chunks)
    assert [i for _, i in found] == [1, 2, 2, 3, 3, 4, 0]


def test_control_partner_prefers_another_file() -> None:
    chunks = [_chunk("a.py", 1, 2), _chunk("a.py", 3, 4), _chunk("b.py", 1, 2)]
    for i in range(3):
        j = control_partner(i, chunks)
        assert j is not None and j != i and chunks[j].path != chunks[i].path or i == 2
    assert control_partner(0, chunks[:1]) is None


def test_severity_drops_when_not_leaked() -> None:
    e = _entity("a.py", 1, "high")
    assert severity_of(e, True, False) == "high"
    assert severity_of(e, False, True) == "medium"
    assert severity_of(e, False, False) == "low"
    assert severity_of(_entity("a.py", 1, "low"), False, False) == "info"


def test_control_partner_never_holds_the_value() -> None:
    chunks = [Chunk("a.py", 1, 2, 0, 0, 5, "pw = 'Hunter22x'"), Chunk("b.py", 1, 2, 0, 0, 5,
              "x = 'Hunter22x'"), Chunk("c.py", 1, 2, 0, 0, 5, "y = 1")]
    assert control_partner(0, chunks, "Hunter22x") == 2
    assert control_partner(0, chunks[:2], "Hunter22x") is None


class _HashEmbedder:
    """Unit vectors seeded by the text; its bf16 twin adds noise of a chosen size."""

    name = "hash"
    dim = 16

    def __init__(self, noise: float = 0.0) -> None:
        self.noise = noise
        self.calls: list[int] = []

    def at_precision(self, precision: str) -> _HashEmbedder:
        return self if precision == "fp32" else _HashEmbedder(noise=0.05)

    def embed(self, texts, *, batch_size: int = 64, progress: bool = False):  # type: ignore[no-untyped-def]
        import hashlib

        import numpy as np

        self.calls.append(len(texts))
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")
            v = np.random.default_rng(seed).normal(size=self.dim)
            if self.noise:
                v = v / np.linalg.norm(v) + np.random.default_rng(seed + 1).normal(
                    scale=self.noise, size=self.dim)
            rows.append(v / np.linalg.norm(v))
        return np.array(rows, dtype=np.float32)


def test_confirmation_decisions_near_the_margin_are_taken_again_in_fp32(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    import numpy as np

    from codeleak import verdict
    from codeleak.config import Settings
    from codeleak.pipeline import Models

    values = [f"Secret-{i:04d}-value" for i in range(120)]
    exact_models = Models(replace(Settings(), cache=False, precision="fp32"))
    exact_models._embedder = _HashEmbedder()  # type: ignore[assignment]
    truth = exact_models.embedder.embed(values)
    rng = np.random.default_rng(0)
    targets = np.stack([np.stack([truth[i] + rng.normal(scale=0.9, size=16),
                                  rng.normal(size=16)]) for i in range(len(values))])
    background = np.ones(16, dtype=np.float32) / 4
    exact = verdict.confirm(values, targets, background, exact_models)
    assert 0 < sum(r[0] for r in exact) < len(values)

    def noisy(band: float) -> list[list[bool]]:
        monkeypatch.setattr(verdict, "RECHECK_BAND", band)
        models = Models(replace(Settings(), cache=False, precision="bf16"))
        models._embedder = _HashEmbedder()  # type: ignore[assignment]
        return verdict.confirm(values, targets, background, models)

    assert noisy(0.0) != exact  # the noisy twin alone flips decisions
    assert noisy(10.0) == exact  # every decision taken again in fp32


def test_the_shipped_inverter_states_its_measured_strength_in_both_modes() -> None:
    from codeleak.embedders import get_embedder
    from codeleak.inverters import get_inverter
    from codeleak.verdict import MEASURED

    embedder = get_embedder("minilm")
    for spec in ("builtin", "builtin-deep"):
        name = get_inverter(spec, embedder).name
        assert name in MEASURED and "word F1" in MEASURED[name], name
