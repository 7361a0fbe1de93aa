from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codeleak import tokenizer
from codeleak.errors import FatalError


def test_default_counter_excludes_special_tokens() -> None:
    counter = tokenizer.default_counter()
    assert counter.count("") == 0
    assert counter.count("hello") == 1
    assert counter.count("hello world") == 2


def test_default_counter_splits_code_into_word_pieces() -> None:
    counter = tokenizer.default_counter()
    assert counter.count("def parse_config(path):") > 4


def test_long_text_is_counted_in_full() -> None:
    counter = tokenizer.default_counter()
    # tokenizer.json of all-MiniLM-L6-v2 truncates at 128 tokens and pads to 128
    assert counter.count("hello " * 1000) == 1000
    assert counter.count_batch(["hello " * 300, "hello"]) == [300, 1]


def test_count_batch_matches_count() -> None:
    counter = tokenizer.default_counter()
    texts = ["", "x = 1", "    return self.cache[key]  # hot path", "émigré naïve café", "a\nb\n\nc"]
    assert counter.count_batch(texts) == [counter.count(text) for text in texts]
    assert counter.count_batch([]) == []


def test_default_counter_is_loaded_once() -> None:
    assert tokenizer.default_counter() is tokenizer.default_counter()


def _default_tokenizer_file() -> Path:
    return tokenizer.default_model_folder() / "tokenizer.json"


def test_counter_from_folder_with_tokenizer_json(tmp_path: Path) -> None:
    shutil.copy(_default_tokenizer_file(), tmp_path / "tokenizer.json")
    counter = tokenizer.counter_from_path(tmp_path)
    assert counter.count("hello world") == 2
    assert counter is tokenizer.counter_from_path(str(tmp_path))


def test_counter_from_sentence_transformers_module_folder(tmp_path: Path) -> None:
    (tmp_path / "0_Transformer").mkdir()
    shutil.copy(_default_tokenizer_file(), tmp_path / "0_Transformer" / "tokenizer.json")
    (tmp_path / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "0_Transformer",
         "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    ]))
    assert tokenizer.counter_from_path(tmp_path).count("hello world") == 2


def test_counter_from_tokenizer_file(tmp_path: Path) -> None:
    path = tmp_path / "my-tokenizer.json"
    shutil.copy(_default_tokenizer_file(), path)
    assert tokenizer.counter_from_path(path).count("hello") == 1


def test_folder_without_tokenizer_json_names_the_fix(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(FatalError, match=r"no tokenizer\.json.*save_pretrained"):
        tokenizer.counter_from_path(tmp_path)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="no such model folder"):
        tokenizer.counter_from_path(tmp_path / "absent")


def test_corrupt_tokenizer_json(tmp_path: Path) -> None:
    (tmp_path / "tokenizer.json").write_text('{"version": "1.0", "model": 42}')
    with pytest.raises(FatalError, match="cannot read tokenizer"):
        tokenizer.counter_from_path(tmp_path)


def test_counting_imports_neither_torch_nor_transformers() -> None:
    code = ("import sys\nfrom codeleak.tokenizer import default_counter\n"
            "assert default_counter().count('hello world') == 2\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def test_minilm_lines_add_up() -> None:
    counter = tokenizer.default_counter()
    assert counter.lines_add_up is True
    lines = ["def f(x):", "    return x  # naïve", "", "   ", "[SEP] 東京 ÉTÉ\x00", "x"]
    assert counter.count("\n".join(lines)) == sum(counter.count_batch(lines))


def _config(model: str, normalizer: object, pre_tokenizer: object) -> dict[str, object]:
    return {"model": {"type": model}, "normalizer": normalizer, "pre_tokenizer": pre_tokenizer}


@pytest.mark.parametrize(("config", "expected"), [
    (_config("WordPiece", {"type": "BertNormalizer"}, {"type": "BertPreTokenizer"}), True),
    (_config("WordPiece", None, {"type": "Sequence", "pretokenizers": [
        {"type": "WhitespaceSplit"}, {"type": "Punctuation"}]}), True),
    (_config("WordPiece", {"type": "Sequence", "normalizers": [
        {"type": "NFD"}, {"type": "Lowercase"}]}, {"type": "Whitespace"}), True),
    (_config("BPE", None, {"type": "ByteLevel"}), False),
    (_config("Unigram", {"type": "Precompiled"}, {"type": "Metaspace"}), False),
    (_config("WordPiece", {"type": "Replace"}, {"type": "BertPreTokenizer"}), False),
    (_config("WordPiece", None, {"type": "Punctuation"}), False),
    (_config("WordPiece", None, None), False),
])
def test_lines_add_up_only_where_newlines_only_separate_words(config: dict[str, object],
                                                              expected: bool) -> None:
    assert tokenizer.lines_add_up(config) is expected


def test_byte_level_bpe_counter_does_not_claim_lines_add_up(tmp_path: Path) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers

    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel()
    bpe.save(str(tmp_path / "tokenizer.json"))
    assert tokenizer.counter_from_path(tmp_path).lines_add_up is False
