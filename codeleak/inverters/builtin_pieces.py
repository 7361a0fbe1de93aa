"""The builtin inverter's piece vocabulary: a WordPiece subset that can still spell any word.

The decoder writes BERT-uncased WordPiece pieces (all-MiniLM-L6-v2's tokenizer: normaliser,
pre-tokeniser and decoder). Its vocabulary keeps the most frequent pieces of the training texts
plus every single character (and its `##` continuation) seen in them, so a rare identifier is
still spelled out of smaller pieces instead of being lost as [UNK].
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PIECES_FILE = "pieces.json"
SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")
PAD, UNK, BOS, EOS = 0, 1, 2, 3


def base_tokenizer() -> Any:
    """all-MiniLM-L6-v2's tokenizer (BERT uncased WordPiece), without padding or truncation."""
    from tokenizers import Tokenizer

    from codeleak.tokenizer import default_model_folder, find_tokenizer_file

    path = find_tokenizer_file(default_model_folder())
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def _with_vocab(vocab: dict[str, int]) -> Any:
    from tokenizers import Tokenizer

    data = json.loads(base_tokenizer().to_str())
    data["model"]["vocab"] = vocab
    data["added_tokens"] = []
    data["post_processor"] = None
    return Tokenizer.from_str(json.dumps(data))


def build_pieces(texts: Sequence[str], size: int) -> Any:
    """A tokenizer over the `size` most useful pieces of texts (characters always included)."""
    base = base_tokenizer()
    counts: Counter[str] = Counter()
    for encoding in base.encode_batch(list(texts), add_special_tokens=False):
        counts.update(encoding.tokens)
    counts.pop("[UNK]", None)
    chars = {piece for piece in counts if len(piece.removeprefix("##")) == 1}
    chars |= {f"##{piece}" for piece in chars if not piece.startswith("##")}
    chars &= set(base.get_vocab())
    vocab = list(SPECIALS) + sorted(chars)
    room = max(size - len(vocab), 0)
    vocab += [piece for piece, _ in counts.most_common() if piece not in chars][:room]
    return _with_vocab({piece: i for i, piece in enumerate(vocab)})


def save_pieces(tokenizer: Any, folder: Path) -> None:
    tokenizer.save(str(folder / PIECES_FILE))


def load_pieces(folder: Path) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / PIECES_FILE))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer
