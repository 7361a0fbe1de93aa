"""The folder `codeleak train --backend vec2text` writes and `--inverter PATH` loads.

Layout: `codeleak-inverter.json` (the manifest), `tokenizer/` (a byte-level BPE tokenizer
trained on the corpus), and `inversion/` and `corrector/`, each holding vec2text's own config
(`config.json`), the T5 config (`t5_config.json`) and the weights (`model.safetensors`).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError
from codeleak.inverters import vec2text_compat as compat

if TYPE_CHECKING:
    from codeleak.embedders.base import Embedder

MANIFEST = "codeleak-inverter.json"
BACKEND = "vec2text"
FORMAT = 1
SPECIAL_TOKENS = ("<pad>", "</s>", "<unk>")  # ids 0, 1, 2 as T5 expects


@dataclass(frozen=True)
class Size:
    """Architecture and training defaults of one model size."""

    d_model: int
    d_ff: int
    layers: int
    heads: int
    d_kv: int
    repeat_tokens: int  # embedding projected to this many encoder input vectors
    max_seq_length: int  # tokens of the inversion tokenizer, end-of-sequence included
    vocab_size: int
    batch_size: int
    learning_rate: float
    max_steps: int  # default optimiser steps for each of the two models


SIZES: dict[str, Size] = {
    "tiny": Size(128, 512, 2, 4, 32, 4, 32, 4096, 32, 2e-3, 3000),
    "small": Size(512, 2048, 6, 8, 64, 16, 64, 16384, 64, 1e-3, 20000),
    "base": Size(768, 3072, 12, 12, 64, 16, 64, 32128, 128, 1e-3, 100000),
}


@dataclass(frozen=True)
class Pair:
    """An inversion model and its corrector, ready for vec2text's correction loop."""

    inversion: Any  # vec2text.models.InversionModel
    corrector: Any  # vec2text.models.CorrectorEncoderModel
    tokenizer: Any  # transformers.PreTrainedTokenizerFast
    manifest: dict[str, Any]


def size_of(name: str) -> Size:
    if name not in SIZES:
        raise FatalError(f"unknown vec2text model size {name!r}; choose one of {', '.join(SIZES)}")
    return SIZES[name]


def is_vec2text_folder(path: Path) -> bool:
    """True if `path` is a folder holding a vec2text pair written by codeleak."""
    manifest = Path(path) / MANIFEST
    if not manifest.is_file():
        return False
    try:
        return json.loads(manifest.read_text(encoding="utf-8")).get("backend") == BACKEND
    except (OSError, ValueError, AttributeError):
        return False


def train_tokenizer(texts: Iterable[str], size: Size) -> Any:
    """A cased byte-level BPE tokenizer learnt from the corpus (no hub, no sentencepiece)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=size.vocab_size, special_tokens=list(SPECIAL_TOKENS), show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    core.train_from_iterator(texts, trainer=trainer)
    core.post_processor = processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", core.token_to_id("</s>"))])
    return PreTrainedTokenizerFast(
        tokenizer_object=core, pad_token="<pad>", eos_token="</s>", unk_token="<unk>",
        model_max_length=size.max_seq_length)


def t5_config(size: Size, vocab_size: int) -> Any:
    from transformers import T5Config

    config = T5Config(
        vocab_size=vocab_size, d_model=size.d_model, d_ff=size.d_ff, d_kv=size.d_kv,
        num_layers=size.layers, num_decoder_layers=size.layers, num_heads=size.heads,
        dropout_rate=0.1, feed_forward_proj="relu", pad_token_id=0, eos_token_id=1)
    config.decoder_start_token_id = 0  # T5 starts decoding from <pad>
    config.tie_word_embeddings = True
    return config


def inversion_config(size: Size, embedder: Embedder) -> Any:
    """vec2text's InversionConfig for both models of a pair (as vec2text's experiments do)."""
    vec2text = compat.import_vec2text()
    return vec2text.models.config.InversionConfig(
        model_name_or_path="codeleak-local-t5", embedder_model_name=embedder.name,
        embedder_model_api=None, embedder_dim=embedder.dim, embedder_torch_dtype="float32",
        embedder_no_grad=True, embedder_fake_with_zeros=False, embedder_gaussian_noise_level=0.0,
        use_frozen_embeddings_as_input=True, use_lora=False, embeddings_from_layer_n=None,
        encoder_dropout_disabled=False, decoder_dropout_disabled=False,
        num_repeat_tokens=size.repeat_tokens, max_seq_length=size.max_seq_length,
        corrector_ignore_hypothesis_embedding=False)


def new_t5(config: Any) -> Any:
    from transformers import T5ForConditionalGeneration

    return T5ForConditionalGeneration(config)


def save_pair(pair: Pair, out_dir: Path) -> Path:
    """Write the folder; the manifest goes last so a half-written folder is never loadable."""
    from safetensors.torch import save_model

    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).unlink(missing_ok=True)
    pair.tokenizer.save_pretrained(str(out_dir / "tokenizer"))
    for part, model in (("inversion", pair.inversion), ("corrector", pair.corrector)):
        folder = out_dir / part
        folder.mkdir(exist_ok=True)
        (folder / "config.json").write_text(model.config.to_json_string(), encoding="utf-8")
        (folder / "t5_config.json").write_text(
            model.encoder_decoder.config.to_json_string(), encoding="utf-8")
        save_model(model, str(folder / "model.safetensors"))
    (out_dir / MANIFEST).write_text(json.dumps(pair.manifest, indent=2) + "\n", encoding="utf-8")
    return out_dir


def read_manifest(folder: Path) -> dict[str, Any]:
    if not is_vec2text_folder(folder):
        raise FatalError(f"{folder} is not a vec2text inverter folder (no {MANIFEST} with "
                         f'"backend": "vec2text"); write one with codeleak train --backend vec2text')
    manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return manifest


def check_embedder(manifest: dict[str, Any], embedder: Embedder, folder: Path) -> None:
    """An inverter reads only the embedder it was trained on; anything else is a weak attack."""
    if manifest.get("dim") != embedder.dim or manifest.get("embedder") != embedder.name:
        raise FatalError(
            f"vec2text inverter {folder} was trained for embedder {manifest.get('embedder')!r} "
            f"({manifest.get('dim')}-d), not {embedder.name!r} ({embedder.dim}-d); use "
            f"--embedder {manifest.get('embedder')} or train a pair for this embedder")


def load_pair(folder: Path, embedder: Embedder) -> Pair:
    """Build both models from their configs and load their state dicts (no hub, no network)."""
    from transformers import PreTrainedTokenizerFast, T5Config

    folder = Path(folder)
    manifest = read_manifest(folder)
    check_embedder(manifest, embedder, folder)
    vec2text = compat.import_vec2text()
    try:
        tokenizer = PreTrainedTokenizerFast.from_pretrained(str(folder / "tokenizer"))
        parts = {}
        for part in ("inversion", "corrector"):
            sub = folder / part
            config = vec2text.models.config.InversionConfig(
                **json.loads((sub / "config.json").read_text(encoding="utf-8")))
            t5 = new_t5(T5Config.from_json_file(str(sub / "t5_config.json")))
            parts[part] = (config, t5, compat.load_checkpoint(sub / "model.safetensors"))
    except (OSError, ValueError) as exc:
        raise FatalError(f"vec2text inverter {folder} is incomplete or damaged: {exc}") from exc
    config, t5, state = parts["inversion"]
    inversion = compat.build_inversion_model(config, t5, tokenizer, embedder)
    compat.load_weights(inversion, state, f"{folder}/inversion")
    config, t5, state = parts["corrector"]
    corrector = compat.build_corrector_model(config, t5, embedder.dim)
    compat.load_weights(corrector, state, f"{folder}/corrector")
    return Pair(inversion, corrector, tokenizer, manifest)
