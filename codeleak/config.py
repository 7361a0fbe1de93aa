"""Settings from defaults, a config file and the command line, in that order."""
from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from codeleak.errors import FatalError

CONFIG_NAMES = (".codeleak.toml", "pyproject.toml")


@dataclass(frozen=True)
class Settings:
    chunk_tokens: int = 256
    embedder: str = "minilm"
    inverter: str = "builtin"
    device: str = "cpu"
    leak_threshold: float = 0.8  # leak_score at or above this is "leaked"
    fail_on: str = "high"  # lowest severity that makes the exit code 1
    max_file_bytes: int = 1_000_000
    excludes: tuple[str, ...] = ()  # glob patterns on paths from the repository root
    disabled_rules: frozenset[str] = frozenset()
    confirmation: bool = True  # run the confirmation (guess-list) attack
    show_values: bool = False
    cache: bool = True
    baseline: str = ""  # path of a baseline file whose findings are suppressed
    deep: bool = False
    jobs: int = 0  # worker processes for parsing and classifying; 0: one per core on big scans
    precision: str = "auto"  # the attack's own embeddings: fp32, bf16, auto (bf16 where native)
    codenames: tuple[str, ...] = ()  # the company's code names, reported wherever they appear


_KEYS = {f.name.replace("_", "-"): f.name for f in fields(Settings)}


def _table_from(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FatalError(f"cannot read config {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if path.name == "pyproject.toml" and "tool.codeleak" not in text:
            return None  # another tool's file, broken for it, not ours to judge
        raise FatalError(f"invalid TOML in {path}: {exc}") from None
    tool = data.get("tool", {})
    if path.name == "pyproject.toml":
        table = tool.get("codeleak") if isinstance(tool, dict) else None
        return table if isinstance(table, dict) else None
    if not isinstance(tool, dict) or not isinstance(tool.get("codeleak", {}), dict):
        raise FatalError(f"{path}: `tool` must be a table and `tool.codeleak` a table of settings")
    return tool.get("codeleak", data)


def find_config(start: Path) -> Path | None:
    """The nearest .codeleak.toml, or pyproject.toml with [tool.codeleak], upward from start,
    up to the root of the git repository start is in (a file above it, a shared workspace's or
    the home folder's, is not the repository's and could hide its findings)."""
    try:
        folder = start.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the walk skips it with a note
        folder = Path(os.path.abspath(start))
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and _table_from(path) is not None:
                return path
        if (candidate / ".git").exists():
            break
    return None


def _coerce(name: str, value: Any, path: Path) -> Any:
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, (tuple, frozenset)):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = type(default)(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        raise FatalError(f"{path}: '{name.replace('_', '-')}' has the wrong type")
    return value


def load_settings(path: Path | None) -> Settings:
    """Settings from a config file (or the defaults when path is None)."""
    if path is None:
        return Settings()
    table = _table_from(path) or {}
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _KEYS.get(key) or (key if key in _KEYS.values() else None)
        if name is None:
            raise FatalError(f"{path}: unknown setting '{key}'")
        values[name] = _coerce(name, value, path)
    values = _paths_from(path.parent, values)
    for key in ("embedder", "inverter"):
        spec = str(values.get(key, "")).removesuffix(":deep")
        if spec.startswith((".", "/", "~")) and not Path(spec).expanduser().exists():
            raise FatalError(f"{path}: {key}: no such folder '{values[key]}' "
                             "(a relative path is taken from the config file's folder)")
    # every value not from the file is a default, so what is out of range is the file's
    return validate(replace(Settings(), **values), lambda key: f"{path}: {key}")


def _paths_from(folder: Path, values: dict[str, Any]) -> dict[str, Any]:
    """Relative paths in a config file are from its folder, not from where codeleak runs: the
    baseline file, and embedder or inverter folders found there (exclude patterns match paths
    from the repository root: pipeline.excluded)."""
    folder = folder.resolve()
    out = dict(values)
    if out.get("baseline"):
        out["baseline"] = str(folder / Path(out["baseline"]).expanduser())
    for name in ("embedder", "inverter"):
        if name in out:
            out[name] = _model_from(folder, out[name])
    return out


def _model_from(folder: Path, spec: str) -> str:
    """spec as the path of a model folder under folder when there is one (`models/mine`,
    `models/mine:deep`); else as written (a name such as `minilm`, or an absolute path)."""
    name = spec.removesuffix(":deep")
    relative = Path(name).expanduser()
    if relative.is_absolute() or not (folder / relative).is_dir():
        return spec
    return str(folder / relative) + spec[len(name):]


PRECISIONS = ("auto", "fp32", "bf16")
SEVERITY_ORDER = ("info", "low", "medium", "high", "critical")


# Settings a command-line flag sets: an error names the flag, unless the value came from a file.
_FLAGGED = frozenset({"chunk-tokens", "fail-on", "device", "max-file-bytes", "jobs", "precision"})


def flag_name(key: str) -> str:
    """How an error names a setting given on the command line: its flag (`--fail-on`)."""
    return f"--{key}" if key in _FLAGGED else key


def validate(settings: Settings, name: Callable[[str], str] = flag_name) -> Settings:
    """Settings whose values are in range; else a FatalError naming where the bad one came from
    (name: a setting's config key -> how to name it; default its flag; a config file's
    settings name the file and key)."""
    settings = replace(settings, fail_on=settings.fail_on.lower())  # HIGH is high
    if not 8 <= settings.chunk_tokens <= 8192:
        raise FatalError(f"{name('chunk-tokens')} must be between 8 and 8192, "
                         f"got {settings.chunk_tokens}")
    if settings.fail_on not in (*SEVERITY_ORDER, "never"):
        raise FatalError(f"{name('fail-on')} must be one of {', '.join(SEVERITY_ORDER)}, never; "
                         f"got '{settings.fail_on}'")
    if not 0.0 < settings.leak_threshold <= 1.0:
        raise FatalError(f"{name('leak-threshold')} must be in (0, 1], "
                         f"got {settings.leak_threshold}")
    if settings.device not in ("cpu", "cuda", "mps") and not settings.device.startswith("cuda:"):
        raise FatalError(f"{name('device')}: unknown device '{settings.device}' (use cpu or cuda)")
    if settings.max_file_bytes < 1:
        raise FatalError(f"{name('max-file-bytes')} must be at least 1, "
                         f"got {settings.max_file_bytes}")
    if not 0 <= settings.jobs <= 256:
        raise FatalError(f"{name('jobs')} must be between 0 (automatic) and 256, "
                         f"got {settings.jobs}")
    if settings.precision not in PRECISIONS:
        raise FatalError(f"{name('precision')}: unknown precision '{settings.precision}' "
                         f"(use {', '.join(PRECISIONS)})")
    if settings.disabled_rules:
        from codeleak.classify import unknown_rule_ids  # loaded only when some rule is turned off

        unknown = unknown_rule_ids(settings.disabled_rules)
        if unknown:
            raise FatalError(f"{name('disabled-rules')}: unknown rule id(s) {', '.join(unknown)} "
                             "(codeleak entities --format json names each finding's rule)")
    return settings


@dataclass(frozen=True)
class Overrides:
    """Command-line values that beat the config file; None means not given."""

    values: dict[str, Any] = field(default_factory=dict)

    def apply(self, settings: Settings) -> Settings:
        given = {k: v for k, v in self.values.items() if v is not None}
        return validate(replace(settings, **given))
