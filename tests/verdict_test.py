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


class _RecordingEmbedder(_HashEmbedder):
    """_HashEmbedder that remembers which text each vector came from, with the scan's token
    counter (reference chunks are chunked with it)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[bytes, str] = {}

    def at_precision(self, precision: str) -> _RecordingEmbedder:
        return self

    def counter(self):  # type: ignore[no-untyped-def]
        from codeleak.tokenizer import default_counter

        return default_counter()

    def embed(self, texts, *, batch_size: int = 64, progress: bool = False):  # type: ignore[no-untyped-def]
        vectors = super().embed(texts)
        self.texts.update((v.tobytes(), t) for v, t in zip(vectors, texts))
        return vectors


class _EchoInverter:
    """Reads back a chunk's text where it says `leaky`, else the same few code words."""

    name = "echo"
    ordered = True

    def __init__(self, embedder: _RecordingEmbedder) -> None:
        self.embedder = embedder

    def invert(self, embeddings, embedder, *, progress: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
        texts = [self.embedder.texts[v.tobytes()] for v in embeddings]
        return [t if "leaky" in t else "def load ( path ) : return open ( path )" for t in texts]


def _doubles():  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from codeleak.config import Settings
    from codeleak.pipeline import Models

    models = Models(replace(Settings(), cache=False, precision="fp32"))
    embedder = _RecordingEmbedder()
    models._embedder = embedder  # type: ignore[assignment]
    models._inverter = _EchoInverter(embedder)  # type: ignore[assignment]
    return models, embedder


def _planted(count: int, files: int | None = None) -> tuple[list[Entity], list[Chunk]]:
    """count one-line chunks, each holding a secret (every third one read back by
    _EchoInverter), spread over files files (default: one each)."""
    entities, chunks = [], []
    for i in range(count):
        path = f"pkg/m{i % (files or count)}.py"
        value = f"Kq{i:03d}-xT9v-{'leaky' if i % 3 == 0 else 'quiet'}-{i * 7919 % 10007}"
        line = i + 1
        chunks.append(Chunk(path, line, line, 0, 0, 12, f"token_{i} = '{value}'"))
        entities.append(Entity(path, "python", "string", value, line, line, 0, 1, 0, 1,
                               category="secret", rule="r", severity="high"))
    return entities, chunks


def test_scans_of_at_least_reference_chunks_are_judged_as_without_reference(  # type: ignore[no-untyped-def]
        monkeypatch) -> None:
    from codeleak import pipeline, verdict

    def never(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("a large scan reads no reference chunk")

    entities, chunks = _planted(verdict.REFERENCE_CHUNKS + 8)
    models, _ = _doubles()
    monkeypatch.setattr(pipeline, "reference_chunks", never)
    padded = verdict.judge(entities, chunks, models, progress=False)
    monkeypatch.setattr(verdict, "REFERENCE_CHUNKS", 0)  # no scan is padded
    plain = verdict.judge(entities, chunks, models, progress=False)
    assert padded == plain
    attacks = {f.attack for f in padded.findings}
    assert {"inversion", "none"} <= attacks, attacks  # the verdicts compared are not all alike
    assert padded.controls == len(entities)


def test_a_small_scan_is_padded_with_reference_chunks() -> None:
    from codeleak import pipeline, verdict

    entities, chunks = _planted(2)
    models, embedder = _doubles()
    judged = verdict.judge(entities, chunks, models, progress=False)
    embedded = list(embedder.texts.values())
    reference = pipeline.reference_chunks(embedder.counter(), models.settings.chunk_tokens,
                                          verdict.REFERENCE_CHUNKS - 2)
    assert len(reference) == verdict.REFERENCE_CHUNKS - 2
    assert all(c.text in embedded for c in reference)  # they join the background
    assert judged.chunks == 2 and judged.controls == 2  # they are not the scan's chunks
    assert {f.entity.line: f.attack for f in judged.findings}[1] == "inversion"


def test_a_chunk_with_no_partner_in_the_scan_gets_a_reference_control() -> None:
    from codeleak import verdict

    # the same value in both chunks: neither is the other's control (not chance)
    value = "Hunter22x-leaky-Qz"
    chunks = [Chunk("a.py", 1, 1, 0, 0, 8, f"pw = '{value}'"),
              Chunk("b.py", 1, 1, 0, 0, 8, f"backup_pw = '{value}'")]
    entities = [Entity(c.path, "python", "string", value, 1, 1, 0, 1, 0, 1, category="secret",
                       rule="r", severity="high") for c in chunks]
    assert control_partner(0, chunks, value) is None
    models, _ = _doubles()
    judged = verdict.judge(entities, chunks, models, progress=False)
    assert judged.controls == 2 and judged.control_leak_rate == 0.0
    assert all(f.leaked and f.attack == "inversion" for f in judged.findings)
    padded = verdict.with_reference(chunks, models)
    partner = verdict.control_of(0, chunks, padded, value)
    assert partner is not None and padded[partner].path.startswith("<reference>/")


def test_a_one_chunk_scan_confirms_a_planted_token_with_the_shipped_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Alone in its scan, a chunk was its own average chunk, so confirmation could never fire:
    the token below (chosen once from seeded draws; most such tokens are ranked first by a
    wide margin, as they are in a scan of a whole repository) is confirmed against reference
    code, and its control runs against a reference chunk."""
    import random
    import string
    from dataclasses import replace

    from codeleak import pipeline
    from codeleak.config import Settings

    rng = random.Random(1)
    token = "ghp_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36))
    (tmp_path / "deploy.env").write_text(f"GITHUB_TOKEN={token}\n")
    settings = replace(Settings(), cache=False)
    report = pipeline.scan(pipeline.load_sources([tmp_path / "deploy.env"], settings), settings,
                           progress=False)
    [finding] = report.findings
    assert finding.entity.value == token and report.chunks == 1
    assert finding.leaked and finding.attack == "confirmation"
    assert report.controls == 1 and report.control_leak_rate == 0.0
