"""The vec2text backend: vec2text's inversion model and corrector behind codeleak's Inverter.

`load_vec2text("vec2text:gtr-base", ...)` uses vec2text's published GTR-base pair from the local
Hugging Face cache only; `load_vec2text(PATH, ...)` loads a pair `train_vec2text` wrote for any
embedder. Recovery runs vec2text's own correction loop (`Corrector.generate`): an initial
hypothesis, then `steps` rounds of re-embedding and correcting, with a sequence-level beam.
"""
from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError
from codeleak.inverters import vec2text_compat as compat
from codeleak.inverters import vec2text_folder as folder_io
from codeleak.inverters.vec2text_folder import MANIFEST, is_vec2text_folder

if TYPE_CHECKING:
    import numpy as np

    from codeleak.embedders.base import Embedder
    from codeleak.inverters.base import Inverter

__all__ = ["load_vec2text", "is_vec2text_folder", "train_vec2text", "Vec2TextInverter"]

PRETRAINED = {"gtr-base": ("jxm/gtr__nq__32", "jxm/gtr__nq__32__correct")}
PRETRAINED_T5 = ("t5-base", "google-t5/t5-base")  # vec2text's GTR pair is built on t5-base
GTR_DIM = 768
INVERT_BATCH = 16


@dataclass
class Vec2TextInverter:
    """Inverts embeddings with vec2text's Corrector: hypothesis, then corrections with a beam."""

    name: str
    corrector: Any  # vec2text.trainers.Corrector
    dim: int
    max_length: int
    steps: int = 20
    beam_width: int = 1
    batch_size: int = INVERT_BATCH
    ordered: bool = field(default=True, init=False)

    def invert(self, embeddings: np.ndarray, embedder: Embedder, *,
               progress: bool = False) -> list[str]:
        """Recovered text for each row of `embeddings`, re-embedding hypotheses with `embedder`."""
        import numpy as np
        import torch
        from tqdm import tqdm

        rows = np.asarray(embeddings, dtype=np.float32)
        if rows.ndim != 2 or rows.shape[1] != self.dim or embedder.dim != self.dim:
            raise FatalError(f"{self.name} inverts {self.dim}-d embeddings; got shape "
                             f"{tuple(rows.shape)} from embedder {embedder.name} ({embedder.dim}-d)")
        self.corrector.inversion_trainer.model.embedder.target = embedder
        self.corrector.inversion_trainer.model.eval()
        self.corrector.model.eval()
        device = self.corrector.args.device
        recovered: list[str] = []
        starts = range(0, len(rows), self.batch_size)
        for start in tqdm(starts, desc="vec2text", unit="batch", disable=not progress):
            batch = torch.from_numpy(rows[start:start + self.batch_size]).to(device)
            recovered.extend(self._invert_batch(batch))
        return recovered

    def _invert_batch(self, batch: Any) -> list[str]:
        """One batch through vec2text's loop, as `vec2text.api.invert_embeddings` runs it."""
        import torch

        gen_kwargs = copy.copy(self.corrector.gen_kwargs)
        gen_kwargs["min_length"] = 1
        gen_kwargs["max_length"] = self.max_length
        with torch.no_grad(), compat.quiet_vec2text():
            if self.steps == 0:
                ids = self.corrector.inversion_trainer.generate(
                    inputs={"frozen_embeddings": batch}, generation_kwargs=gen_kwargs)
            else:
                self.corrector.return_best_hypothesis = True
                ids = self.corrector.generate(
                    inputs={"frozen_embeddings": batch}, generation_kwargs=gen_kwargs,
                    num_recursive_steps=self.steps, sequence_beam_width=self.beam_width)
        texts: list[str] = self.corrector.tokenizer.batch_decode(ids, skip_special_tokens=True)
        return texts


def load_vec2text(spec: str, embedder: Embedder, device: str = "cpu", *, steps: int = 20,
                  beam_width: int = 1) -> Inverter:
    """A vec2text inverter: `vec2text[:gtr-base]` from the local HF cache, or a trained folder."""
    if steps < 0 or beam_width < 1:
        raise FatalError(f"vec2text needs steps >= 0 and beam width >= 1 (got {steps}, {beam_width})")
    compat.check_device(device)
    compat.import_vec2text()
    folder = Path(spec)
    if not is_vec2text_folder(folder) and (spec == "vec2text" or spec.startswith("vec2text:")):
        model = spec.partition(":")[2] or "gtr-base"
        return _load_pretrained(model, embedder, device, steps, beam_width)
    pair = folder_io.load_pair(folder, embedder)
    digest = hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()[:12]
    name = f"vec2text:{folder.resolve().name}@{digest}:steps={steps},beam={beam_width}"
    corrector = compat.build_corrector(pair.inversion, pair.corrector, device)
    return Vec2TextInverter(name, corrector, embedder.dim, pair.corrector.config.max_seq_length,
                            steps, beam_width)


def train_vec2text(texts: Sequence[str], embedder: Embedder, out_dir: Path, *,
                   size: str = "tiny", max_steps: int | None = None, device: str = "cpu",
                   progress: bool = True) -> Path:
    """Train an inversion model and a corrector for `embedder`; write the folder and return it."""
    from codeleak.inverters.vec2text_train import train_pair

    return train_pair(texts, embedder, Path(out_dir), size=size, max_steps=max_steps,
                      device=device, progress=progress)


def _cached_snapshot(repo: str) -> Path | None:
    """The local snapshot folder of a hub repository, never touching the network."""
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(repo, local_files_only=True))
    except Exception:  # noqa: BLE001 - any failure means "not usable from the cache"
        return None


def _missing_pretrained_error(model: str, missing: list[str]) -> FatalError:
    from huggingface_hub.constants import HF_HUB_CACHE

    fetch = " ".join(f"huggingface-cli download {repo};" for repo in missing)
    return FatalError(
        f"vec2text:{model} needs {', '.join(missing)} in the local Hugging Face cache "
        f"({HF_HUB_CACHE}), which it does not hold; on a connected machine run: {fetch} then copy "
        f"that machine's Hugging Face cache here (or point HF_HOME at it), or train a pair for "
        f"your own embedder with: codeleak train --backend vec2text --out DIR")


def _load_pretrained(model: str, embedder: Embedder, device: str, steps: int,
                     beam_width: int) -> Vec2TextInverter:
    if model not in PRETRAINED:
        raise FatalError(f"unknown pretrained vec2text model {model!r}; known: "
                         f"{', '.join(PRETRAINED)} (or give the path of a trained folder)")
    inversion_repo, corrector_repo = PRETRAINED[model]
    inversion_dir = _cached_snapshot(inversion_repo)
    corrector_dir = _cached_snapshot(corrector_repo)
    t5_dir = next((p for p in map(_cached_snapshot, PRETRAINED_T5) if p is not None), None)
    if inversion_dir is None or corrector_dir is None or t5_dir is None:
        found = (inversion_dir, corrector_dir, t5_dir)
        wanted = (inversion_repo, corrector_repo, PRETRAINED_T5[0])
        raise _missing_pretrained_error(
            model, [repo for repo, path in zip(wanted, found) if path is None])
    if embedder.dim != GTR_DIM:
        raise FatalError(f"vec2text:{model} inverts gtr-t5-base embeddings ({GTR_DIM}-d); "
                         f"embedder {embedder.name} is {embedder.dim}-d: use --embedder gtr-t5-base")
    inversion, corrector_model = _pretrained_models(inversion_dir, corrector_dir, t5_dir, embedder)
    corrector = compat.build_corrector(inversion, corrector_model, device)
    return Vec2TextInverter(f"vec2text:{model}:steps={steps},beam={beam_width}", corrector,
                            GTR_DIM, int(corrector_model.config.max_seq_length), steps, beam_width)


def _pretrained_models(inversion_dir: Path, corrector_dir: Path, t5_dir: Path,
                       embedder: Embedder) -> tuple[Any, Any]:
    """vec2text's published models, built from their configs with their state dicts loaded."""
    from transformers import AutoTokenizer, T5Config

    vec2text = compat.import_vec2text()
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(t5_dir))
        t5_config = T5Config.from_json_file(str(t5_dir / "config.json"))
        built = []
        for part, remap in ((inversion_dir, vec2text.trainers.InversionTrainer._remap_state_dict),
                            (corrector_dir, vec2text.trainers.Corrector._remap_state_dict)):
            config = vec2text.models.config.InversionConfig(
                **json.loads((part / "config.json").read_text(encoding="utf-8")))
            weights = next((part / name for name in ("model.safetensors", "pytorch_model.bin")
                            if (part / name).is_file()), None)
            if weights is None:
                raise FatalError(f"{part} holds no model.safetensors or pytorch_model.bin")
            # The remap functions are vec2text's own key renames; they do not use the trainer.
            with compat.quiet_vec2text():
                state = remap(None, compat.load_checkpoint(weights))
            built.append((config, folder_io.new_t5(t5_config), state))
    except (OSError, ValueError) as exc:
        raise FatalError(f"vec2text pretrained files in the Hugging Face cache are unusable: {exc}"
                         ) from exc
    (inv_config, inv_t5, inv_state), (cor_config, cor_t5, cor_state) = built
    inversion = compat.build_inversion_model(inv_config, inv_t5, tokenizer, embedder)
    compat.load_weights(inversion, inv_state, str(inversion_dir))
    corrector = compat.build_corrector_model(cor_config, cor_t5, GTR_DIM)
    compat.load_weights(corrector, cor_state, str(corrector_dir))
    return inversion, corrector
