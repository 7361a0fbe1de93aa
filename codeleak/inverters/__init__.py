"""Inverters by name or path: the explicit registry behind `--inverter NAME_OR_PATH`.

    builtin            the model shipped in codeleak/model/ (trained for all-MiniLM-L6-v2)
    builtin-deep       the same with beam search and more candidates checked (slower, stronger)
    vec2text[:NAME]    vec2text's pretrained inversion + corrector models (local cache only)
    PATH[:deep]        a folder written by `codeleak train`, loaded by its manifest's backend
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from codeleak.embedders.base import Embedder
from codeleak.errors import FatalError
from codeleak.inverters.base import Inverter

__all__ = ["INVERTERS", "Inverter", "fingerprint", "get_inverter", "inverter_from_folder"]


def _builtin(spec: str, embedder: Embedder, device: str, deep: bool = False) -> Inverter:
    from codeleak.inverters.builtin import SHIPPED, BuiltinInverter

    if not (SHIPPED / "codeleak-inverter.json").is_file():
        raise FatalError(f"the shipped builtin model is missing from {SHIPPED}; reinstall codeleak "
                         "or rebuild it with `python bench/build_inverter.py`")
    return BuiltinInverter(SHIPPED, embedder, device=device, deep=deep, name="builtin")


def _builtin_deep(spec: str, embedder: Embedder, device: str) -> Inverter:
    return _builtin(spec, embedder, device, deep=True)


def _vec2text(spec: str, embedder: Embedder, device: str) -> Inverter:
    from codeleak.inverters.vec2text_adapter import load_vec2text

    return load_vec2text(spec, embedder, device)


INVERTERS: dict[str, Callable[[str, Embedder, str], Inverter]] = {
    "builtin": _builtin,
    "builtin-deep": _builtin_deep,
    "vec2text": _vec2text,
}


def inverter_from_folder(folder: Path, embedder: Embedder, device: str = "cpu",
                         deep: bool = False) -> Inverter:
    """A trained folder, dispatched on the backend its manifest names."""
    from codeleak.inverters.builtin import MANIFEST, BuiltinInverter, read_manifest

    backend = read_manifest(folder).get("backend")
    if backend == "builtin":
        return BuiltinInverter(folder, embedder, device=device, deep=deep)
    if backend == "vec2text":
        from codeleak.inverters.vec2text_adapter import load_vec2text

        return load_vec2text(str(folder), embedder, device)
    raise FatalError(f"{folder / MANIFEST} names an unknown backend {backend!r}")


def get_inverter(spec: str, embedder: Embedder, device: str = "cpu") -> Inverter:
    """The inverter named by spec (see the module docstring) for embedder."""
    name = spec.split(":", 1)[0]
    if name in INVERTERS and not Path(spec).is_dir():
        return INVERTERS[name](spec, embedder, device)
    deep = spec.endswith(":deep") and not Path(spec).is_dir()
    path = Path(spec.removesuffix(":deep") if deep else spec).expanduser()
    if path.is_dir():
        return inverter_from_folder(path, embedder, device, deep)
    raise FatalError(f"unknown inverter {spec!r}: use builtin, builtin-deep, vec2text[:NAME] "
                     "or the folder of a trained inverter")


def fingerprint(spec: str) -> str:
    """What a cache key names for text recovered by spec: the spec, and for a trained folder (the
    shipped model included) a digest of its manifest and, for the builtin backend, of the
    builtin inverter's code, so a new model or new decoding never reuses old recovered text."""
    import hashlib

    from codeleak.inverters.builtin import MANIFEST, SHIPPED, read_manifest

    name = spec.split(":", 1)[0]
    if name in ("builtin", "builtin-deep") and not Path(spec).is_dir():
        folder = SHIPPED
    else:
        folder = Path(spec.removesuffix(":deep")).expanduser()
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return spec
    text = manifest.read_bytes()
    digest = hashlib.sha256(text)
    if read_manifest(folder).get("backend") == "builtin":
        from codeleak.inverters.builtin_probe import WORDS as PROBE_WORDS
        from codeleak.inverters.builtin_words import WORDS

        for name in (WORDS, PROBE_WORDS):
            if (folder / name).is_file():
                digest.update((folder / name).read_bytes())
        for module in sorted(Path(__file__).resolve().parent.glob("builtin*.py")):
            digest.update(module.read_bytes())
    return f"{spec}@{digest.hexdigest()[:16]}"
