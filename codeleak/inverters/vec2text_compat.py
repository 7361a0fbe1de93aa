"""Makes vec2text 0.0.13 usable offline, on transformers 5 and with any codeleak embedder.

vec2text's model constructors load their T5, tokenizer and embedder by hub name, its trainers
call `evaluate.load` (which reaches for the hub), its package import changes logging levels and
environment variables, `CorrectorEncoderModel` hard-codes 768-d embeddings, and its generation
loop prints to stdout. Everything here keeps those effects inside the calls that need them.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any
from unittest import mock

from codeleak.errors import FatalError, MissingDependency

if TYPE_CHECKING:
    import torch
    import transformers

    from codeleak.embedders.base import Embedder

# CorrectorEncoderModel's fixed embedding width when no API embedder is configured.
CORRECTOR_BUILTIN_DIM = 768


@contextlib.contextmanager
def contained() -> Iterator[None]:
    """Run vec2text code that touches process-wide state, then put that state back.

    Covers what vec2text's import and transformers' Trainer construction change: environment
    variables, logger levels (transformers' verbosity, torch._dynamo), `datasets` caching,
    warning filters, the Python / NumPy / torch random generators (Trainer seeds them), and
    stdout, where vec2text prints.
    """
    import random

    import numpy as np
    import torch
    import transformers

    transformers.logging.get_verbosity()  # makes transformers set up its logger before the snapshot
    env = dict(os.environ)
    levels = {name: logger.level for name, logger in logging.Logger.manager.loggerDict.items()
              if isinstance(logger, logging.Logger)}
    root_level = logging.getLogger().level
    datasets = sys.modules.get("datasets")
    caching = datasets.is_caching_enabled() if datasets is not None else True
    py_state, np_state = random.getstate(), np.random.get_state()
    torch_logs = _torch_log_state()
    try:
        with warnings.catch_warnings(), torch.random.fork_rng(devices=[]), \
                contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        _restore_torch_log_state(torch_logs)
        for key in set(os.environ) - set(env):
            del os.environ[key]
        for key, value in env.items():
            if os.environ.get(key) != value:
                os.environ[key] = value
        logging.getLogger().setLevel(root_level)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        datasets = sys.modules.get("datasets")
        if datasets is not None and caching and not datasets.is_caching_enabled():
            datasets.enable_caching()
        random.setstate(py_state)
        np.random.set_state(np_state)


def _torch_log_state() -> Any:
    """A copy of torch's logging settings (vec2text.experiments calls torch._logging.set_logs)."""
    import copy

    try:
        from torch._logging import _internal
    except ImportError:
        return None
    return copy.deepcopy(_internal._get_log_state())


def _restore_torch_log_state(saved: Any) -> None:
    if saved is None:
        return
    from torch._logging import _internal

    if vars(_internal._get_log_state()) != vars(saved):
        _internal._set_log_state(saved)
        _internal._init_logs()


def import_vec2text() -> ModuleType:
    """Import vec2text without letting its package import change the rest of the process."""
    module = sys.modules.get("vec2text")
    if module is not None:
        return module
    try:
        with contained():
            import vec2text
    except ImportError as exc:
        raise MissingDependency("vec2text", "vec2text") from exc
    return vec2text


class _UnavailableMetric:
    """Stands in for an `evaluate` metric: codeleak never runs vec2text's own evaluation."""

    def __init__(self, name: str) -> None:
        self.name = name

    def compute(self, *args: Any, **kwargs: Any) -> dict[str, float]:
        raise FatalError(f"vec2text metric {self.name!r} is not available offline in codeleak")


@contextlib.contextmanager
def quiet_vec2text() -> Iterator[None]:
    """vec2text reports progress with print(); keep stdout (codeleak's report stream) clean."""
    with contextlib.redirect_stdout(io.StringIO()):
        yield


def embedder_bridge(embedder: Embedder, tokenizer: Any) -> torch.nn.Module:
    """A torch module vec2text can call as its embedder: token ids in, codeleak vectors out.

    vec2text re-embeds each hypothesis by tokenizing it and calling its embedder module; this
    module decodes those ids back to text and embeds the text with the codeleak embedder, so
    the correction loop sees exactly the vectors the user's RAG pipeline would store.
    """
    import torch
    from transformers.modeling_outputs import BaseModelOutputWithPooling

    class EmbedderBridge(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.target = embedder
            self.tokenizer = tokenizer
            self.config = SimpleNamespace(hidden_size=embedder.dim)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                    **_: Any) -> BaseModelOutputWithPooling:
            texts = self.tokenizer.batch_decode(input_ids.tolist(), skip_special_tokens=True)
            vectors = self.target.embed(texts, batch_size=max(1, len(texts)))
            pooled = torch.from_numpy(vectors).to(device=input_ids.device, dtype=torch.float32)
            return BaseModelOutputWithPooling(pooler_output=pooled)

    return EmbedderBridge()


def prepare_encoder_decoder(model: transformers.PreTrainedModel) -> None:
    """Generation settings vec2text's scoring needs on transformers 5."""
    model.generation_config.length_penalty = 1.0
    model.generation_config.early_stopping = False


def build_inversion_model(config: Any, encoder_decoder: transformers.PreTrainedModel,
                          tokenizer: Any, embedder: Embedder) -> Any:
    """vec2text's InversionModel around a T5 already in memory and a codeleak embedder."""
    import_vec2text()
    from vec2text.models import inversion

    prepare_encoder_decoder(encoder_decoder)
    bridge = embedder_bridge(embedder, tokenizer)
    with mock.patch.object(inversion, "load_encoder_decoder", lambda **_: encoder_decoder), \
            mock.patch.object(inversion, "load_embedder_and_tokenizer",
                              lambda **_: (bridge, tokenizer)), \
            mock.patch.object(inversion, "load_tokenizer", lambda *_, **__: tokenizer), \
            quiet_vec2text():
        return inversion.InversionModel(config)


def build_corrector_model(config: Any, encoder_decoder: transformers.PreTrainedModel,
                          dim: int) -> Any:
    """vec2text's CorrectorEncoderModel around a T5 in memory, sized for `dim`-d embeddings."""
    import_vec2text()
    import torch
    import transformers
    from vec2text.models import corrector_encoder

    prepare_encoder_decoder(encoder_decoder)
    with mock.patch.object(transformers.AutoModelForSeq2SeqLM, "from_pretrained",
                           lambda *_, **__: encoder_decoder):
        model = corrector_encoder.CorrectorEncoderModel(config)
    if model.embedder_dim != dim:
        hidden = model.encoder_hidden_dim * model.num_repeat_tokens
        for name in ("embedding_transform_1", "embedding_transform_2", "embedding_transform_3"):
            setattr(model, name, torch.nn.Sequential(
                torch.nn.Linear(dim, dim), torch.nn.Dropout(0.0), torch.nn.GELU(),
                torch.nn.Linear(dim, hidden)))
        model.embedder_dim = dim
    return model


def build_corrector(inversion_model: Any, corrector_model: Any, device: str) -> Any:
    """vec2text's Corrector (a transformers Trainer) wired as `vec2text.api.load_corrector` does,
    with explicit arguments that pin the device and write nothing, and no hub metric loading."""
    import_vec2text()
    import transformers
    from vec2text import collator, trainers
    from vec2text.trainers import base

    stub = SimpleNamespace(load=_UnavailableMetric)
    corrector_model.config.dispatch_batches = None
    with tempfile.TemporaryDirectory(prefix="codeleak-vec2text-") as scratch, contained(), \
            mock.patch.object(base, "evaluate", stub):
        args = transformers.TrainingArguments(
            output_dir=scratch, use_cpu=device == "cpu", report_to=[], save_strategy="no")
        inversion_trainer = trainers.InversionTrainer(
            model=inversion_model, args=args, train_dataset=None, eval_dataset=None,
            data_collator=transformers.DataCollatorForSeq2Seq(
                inversion_model.tokenizer, label_pad_token_id=-100))
        corrector = trainers.Corrector(
            model=corrector_model, inversion_trainer=inversion_trainer, args=args,
            data_collator=collator.DataCollatorForCorrection(tokenizer=inversion_model.tokenizer))
    inversion_model.to(args.device)
    corrector_model.to(args.device)
    return corrector


def check_device(device: str) -> None:
    """A clear error for a device this machine does not have."""
    import torch

    if device not in ("cpu", "cuda", "cuda:0"):
        raise FatalError(f"unsupported device {device!r} for vec2text; use cpu or cuda")
    if device != "cpu" and not torch.cuda.is_available():
        raise FatalError(f"device {device!r} requested but no CUDA GPU is available; use --device cpu")


def load_checkpoint(path: Path) -> dict[str, Any]:
    """A state dict from a safetensors or PyTorch checkpoint file, on the CPU."""
    import torch

    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        return dict(load_file(str(path)))
    return dict(torch.load(str(path), map_location="cpu", weights_only=True))


def load_weights(model: Any, state: dict[str, Any], what: str) -> None:
    """Load a state dict into a model built from its config; bridge keys are not weights."""
    state = {k: v for k, v in state.items() if not k.startswith("embedder.")}
    result = model.load_state_dict(state, strict=False)
    own = model.state_dict()
    shared = model.encoder_decoder.shared.weight.data_ptr()
    missing = [k for k in result.missing_keys if own[k].data_ptr() != shared]
    if missing or result.unexpected_keys:
        raise FatalError(f"{what}: checkpoint does not match its config "
                         f"(missing {missing[:3]}, unexpected {result.unexpected_keys[:3]})")
