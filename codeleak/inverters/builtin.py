"""The builtin inverter: decoder text, completed by the bag head, checked against the embedder.

Default mode: greedy decoding writes the chunk's pieces in order; words the bag head is confident
of (above the threshold calibrated for the predicted chunk length) or the word head is (words of
several pieces, builtin_words) but the decoder missed are appended; the candidates are
re-embedded and the one closer in cosine to the target is kept.
Deep mode: beam search, every beam with and without the heads' words re-embedded, best kept; then
word edits in the spirit of vec2text's corrector (append one of the bag head's likeliest
missing words, or drop one word), re-embedded, kept when they move the text closer to the target.
Both modes end with the vocabulary probe (builtin_probe): words no head knows, scored by the
embedder itself, each kept when appending it moves the text closer to the target; deep mode then
prunes the tokens whose absence moves the text closer.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codeleak.errors import FatalError, model_files

if TYPE_CHECKING:
    import numpy as np
    import torch

    from codeleak.embedders.base import Embedder

MANIFEST = "codeleak-inverter.json"
SHIPPED = Path(__file__).resolve().parent.parent / "model"
# Embeddings inverted at once. 256 rather than 128: the same texts (bench/invert_batch.py: all
# 1,900 evaluation chunks, in order and shuffled), about 10% faster at 32 tokens, about 110 MB
# more at a scan's peak (512: 400 MB more; docs/performance.md). Deep mode's beams multiply its
# rows by BEAM_WIDTH, so it keeps 128.
BATCH = 256
DEEP_BATCH = 128
BEAM_WIDTH = 8
BEAM_KEEP = 4
EDIT_POOL = 16  # bag words tried per chunk and round
EDIT_DROPS = 24  # words tried for dropping per chunk and round: those the bag head believes least
EDIT_ROUNDS = 2
EDIT_GAIN = 0.01  # cosine an edit must add to be kept
# Deep mode's last round drops the tokens whose absence brings the text closer to its target by
# more than PRUNE_GAIN, in chunks of at most 96 predicted pieces (about 64 tokens). On held-out
# training chunks (bench/deep_prune.py) a gain of 0 had the best F1 at 16-64 tokens, but 0.004
# kept recall - control within 0.005 of no round for most of that F1; longer chunks lost F1.
PRUNE_GAIN = 0.004
PRUNE_MAX_BUCKET = 2
# The default mode's third candidate takes the bag words above this fraction of the calibrated
# threshold (chosen among 0.4-0.8 on the 64- and 128-token evaluation chunks by
# bench/wide_bag_sweep.py), for chunks of at most 48 predicted pieces: on long chunks it raised
# the control (more generic words) and cost time (docs/inversion.md).
WIDE_BAG = 0.5
WIDE_BAG_MAX_BUCKET = 1


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        raise FatalError(f"{folder} holds no trained inverter ({MANIFEST} is missing); "
                         "train one with `codeleak train PATH --out DIR`")
    with inverter_files(folder, MANIFEST):
        manifest = json.loads(path.read_text())
        if not isinstance(manifest, dict):
            raise ValueError("not a JSON object")
    return manifest


def inverter_files(folder: Path, part: str) -> AbstractContextManager[None]:
    """Failures to read part of the inverter in folder, as one FatalError saying what to do."""
    fix = ("reinstall codeleak" if folder.resolve() == SHIPPED
           else "train it again with `codeleak train PATH --out DIR`")
    return model_files("inverter", folder, part, fix)


def decode_batch(net: Any, pieces: Any, prepared: torch.Tensor
                 ) -> tuple[list[str], np.ndarray, list[int]]:
    """Greedy texts, bag probabilities and predicted length bucket for prepared embeddings."""
    import torch

    from codeleak.inverters.builtin_net import greedy
    from codeleak.inverters.builtin_pieces import BOS, EOS

    ids = greedy(net, prepared, BOS, EOS, net.config.max_len)
    bag_logits, log_length = net.heads(prepared)
    return (clean_batch(pieces, ids), torch.sigmoid(bag_logits).float().cpu().numpy(),
            length_buckets(log_length))


def length_buckets(log_length: torch.Tensor) -> list[int]:
    """The predicted length bucket of each row, from the length head's log(1 + pieces)."""
    import torch

    from codeleak.training.builtin import piece_bucket

    return [piece_bucket(n) for n in torch.expm1(log_length).tolist()]


def clean_batch(pieces: Any, ids: list[list[int]]) -> list[str]:
    """Decoded texts without [UNK] (a character the piece vocabulary lacks, e.g. an emoji)."""
    return [" ".join(text.replace("[UNK]", " ").split(" ")).strip()
            for text in pieces.decode_batch(ids)]


def bag_words(probs: np.ndarray, vocabulary: dict[int, str], threshold: float) -> set[str]:
    """Whole-word pieces whose bag probability reaches threshold."""
    import numpy as np

    hits = (int(i) for i in np.flatnonzero(probs >= threshold))
    return {vocabulary[i] for i in hits if i in vocabulary}


def with_extras(text: str, extras: Sequence[str]) -> str:
    return f"{text}\n{' '.join(extras)}" if extras else text


class BuiltinInverter:
    """A trained builtin inverter folder (the shipped one by default)."""

    ordered = True

    def __init__(self, folder: Path, embedder: Embedder, *, device: str = "cpu",
                 deep: bool = False, name: str = "") -> None:
        manifest = read_manifest(folder)
        if manifest.get("embedder") != embedder.name or manifest.get("dim") != embedder.dim:
            raise FatalError(
                f"the inverter in {folder} was trained for embedder {manifest.get('embedder')} "
                f"({manifest.get('dim')}-d), not {embedder.name} ({embedder.dim}-d); train one "
                f"for it with `codeleak train PATH --embedder {embedder.name} --out DIR` and "
                "pass --inverter DIR")
        self.folder = folder
        self.manifest = manifest
        self.device = device
        self.deep = deep
        self.name = (name or f"builtin:{folder}") + ("-deep" if deep else "")
        with inverter_files(folder, MANIFEST):
            self.thresholds = [float(t) for t in manifest["thresholds"]]
        self._net: Any = None
        self._pieces: Any = None
        self._vocabulary: dict[int, str] = {}
        self._word_counts: dict[str, int] | None = None
        self._recaser: Any = None
        self._word_head: Any = None
        self._probe: Any = None

    @property
    def word_counts(self) -> dict[str, int]:
        """Training chunks holding each word (for recovery by rarity)."""
        if self._word_counts is None:
            path = self.folder / "word-counts.json.gz"
            with inverter_files(self.folder, path.name), \
                    gzip.open(path, "rt", encoding="utf-8") as handle:
                self._word_counts = json.load(handle)
        return self._word_counts

    def _load(self) -> tuple[Any, Any]:
        """The network and the piece vocabulary, loaded on first use with the word head and the
        probe; a missing or damaged file is a FatalError naming the folder."""
        if self._net is None:
            from safetensors.torch import load_file

            from codeleak.inverters import builtin_probe, builtin_words
            from codeleak.inverters.builtin_net import InverterNet, NetConfig
            from codeleak.inverters.builtin_pieces import PIECES_FILE, load_pieces
            from codeleak.training.builtin import WEIGHTS, bag_vocabulary

            with inverter_files(self.folder, MANIFEST):
                net = InverterNet(NetConfig(**self.manifest["config"]))
            with inverter_files(self.folder, WEIGHTS):
                state = load_file(str(self.folder / WEIGHTS))
                net.load_state_dict({k: v.float() for k, v in state.items()})
            with inverter_files(self.folder, PIECES_FILE):
                pieces = load_pieces(self.folder)
                vocabulary = bag_vocabulary(pieces, self.manifest.get("bag_pieces"))
            with inverter_files(self.folder, f"the word head ({builtin_words.WEIGHTS}, "
                                             f"{builtin_words.WORDS})"):
                word_head = builtin_words.load_word_head(self.folder)
            with inverter_files(self.folder, f"the vocabulary probe ({builtin_probe.VECTORS}, "
                                             f"{builtin_probe.WORDS})"):
                probe = builtin_probe.load_probe(self.folder)
            self._pieces, self._vocabulary = pieces, vocabulary
            self._word_head, self._probe = word_head, probe
            self._net = net.to(self.device).eval()
        return self._net, self._pieces

    def invert(self, embeddings: np.ndarray, embedder: Embedder, *,
               progress: bool = False) -> list[str]:
        import numpy as np
        from tqdm import tqdm

        self._load()
        out: list[str] = []
        batch = DEEP_BATCH if self.deep else BATCH
        starts = range(0, len(embeddings), batch)
        for start in tqdm(starts, desc="invert", unit="batch", disable=not progress):
            target = np.asarray(embeddings[start:start + batch], dtype=np.float32)
            found, probed = self.probed(target, embedder)
            if self.deep:
                rows = [i for i, bucket in enumerate(self._buckets(target))
                        if bucket <= PRUNE_MAX_BUCKET]
                pruned = self._prune([found[i] for i in rows], [probed[i] for i in rows],
                                     _unit(target)[rows], embedder)
                for i, text in zip(rows, pruned):
                    found[i] = text
            out.extend(found)
        return out

    def probed(self, target: np.ndarray, embedder: Embedder
               ) -> tuple[list[str], list[list[str]]]:
        """The recovered texts of a batch of target embeddings, recased, with the vocabulary
        probe's words, and those words per text (before deep mode's pruning round)."""
        texts, scores = self.recover(target, embedder)
        probed = (self._probe.apply(texts, scores, _unit(target), embedder, deep=self.deep)
                  if self._probe is not None else [[] for _ in texts])
        # the probe's words are whole words already: the recaser must not split them
        return [with_extras(self.recaser(text), words_)
                for text, words_ in zip(texts, probed)], probed

    def _buckets(self, target: np.ndarray) -> list[int]:
        """The predicted length bucket of each target embedding."""
        import torch

        net, _ = self._load()
        with torch.inference_mode():
            _, log_length = net.heads(net.prepare(torch.from_numpy(target).to(self.device)))
        return length_buckets(log_length)

    @staticmethod
    def _prune(texts: list[str], keep: Sequence[Sequence[str]], goal: np.ndarray,
               embedder: Embedder) -> list[str]:
        """Deep mode's last round (invert gives it the short chunks): each whitespace token of
        a text that holds a word (but the probe's words, in keep) is left out in turn, every
        time it occurs, and the variant re-embedded; the tokens whose absence brings the text
        more than PRUNE_GAIN closer to its target are dropped together when that leaves the
        text closer than it was, else the best one alone."""
        import numpy as np

        from codeleak.match import words

        tried: list[list[str]] = []
        variants: list[str] = []
        for text, kept in zip(texts, keep):
            names = [t for t in dict.fromkeys(text.split()) if words(t) and t not in kept]
            tried.append(names)
            variants += [_without(text, {t}) for t in names]
        if not variants:
            return texts
        base = _cosines(texts, goal, embedder)
        rows = [i for i, names in enumerate(tried) for _ in names]
        sims = _cosines(variants, goal[rows], embedder)
        out, joint, at = list(texts), {}, 0
        singles: dict[int, tuple[float, str]] = {}
        for i, names in enumerate(tried):
            gains = np.asarray(sims[at:at + len(names)]) - base[i]
            options = variants[at:at + len(names)]
            at += len(names)
            dropped = {w for w, g in zip(names, gains) if g > PRUNE_GAIN}
            if not dropped:
                continue
            best = int(np.argmax(gains))
            singles[i] = (base[i] + float(gains[best]), options[best])
            joint[i] = _without(texts[i], dropped)
        together = dict(zip(joint, _cosines(list(joint.values()), goal[list(joint)], embedder)))
        for i, text in joint.items():
            single_score, single = singles[i]
            if len(text.split()) and together[i] >= single_score:
                out[i] = text
            else:
                out[i] = single
        return out

    def recover(self, target: np.ndarray, embedder: Embedder) -> tuple[list[str], list[float]]:
        """One batch of target embeddings: the texts the decoder, the heads and the re-embedding
        checks recover (deep mode: and the word edits), before the recaser and the vocabulary
        probe, with their cosines to the targets."""
        import torch

        net, pieces = self._load()
        with torch.inference_mode():
            prepared = net.prepare(torch.from_numpy(target).to(self.device))
            if self.deep:
                candidates, probs = self._deep_candidates(net, pieces, prepared)
            else:
                candidates = self._candidates(net, pieces, prepared)
        texts, scores = self._closest(candidates, target, embedder)
        if self.deep:
            texts, scores = self._edit(texts, scores, probs, target, embedder)
        return texts, scores

    @property
    def recaser(self) -> Any:
        """camelCase restoration with the training word table (see builtin_recase)."""
        if self._recaser is None:
            from codeleak.inverters.builtin_recase import Recaser

            self._recaser = Recaser(self.word_counts)
        return self._recaser

    def _extras(self, text: str, probs: np.ndarray, bucket: int, head_words: Sequence[str],
                scale: float = 1.0) -> list[str]:
        """Bag words above scale x the bucket's threshold that the text lacks, likeliest first,
        then the word head's words it lacks."""
        from codeleak.match import words

        have = set(words(text))
        found = bag_words(probs, self._vocabulary, self.thresholds[bucket] * scale)
        bag = sorted(found - have, key=lambda w: -probs[self._pieces.token_to_id(w)])
        return bag + [w for w in head_words if w not in have and w not in found]

    def _head_words(self, prepared: torch.Tensor) -> list[list[str]]:
        """Per row, the word head's words above its threshold (none without a word head)."""
        if self._word_head is None:
            return [[] for _ in range(prepared.shape[0])]
        return self._word_head.above(prepared)  # type: ignore[no-any-return]

    def _candidates(self, net: Any, pieces: Any, prepared: torch.Tensor) -> list[list[str]]:
        """Per row: the decoded text, with the bag words above the calibrated threshold and the
        word head's words, and (short chunks) with the bag words above WIDE_BAG times it and the
        word head's; the re-embedding check picks one."""
        texts, probs, buckets = decode_batch(net, pieces, prepared)
        rows = []
        for text, row, bucket, head in zip(texts, probs, buckets, self._head_words(prepared)):
            extras = self._extras(text, row, bucket, head)
            short = bucket <= WIDE_BAG_MAX_BUCKET
            wide = self._extras(text, row, bucket, head, WIDE_BAG) if short else []
            candidates = [text] + ([with_extras(text, extras)] if extras else [])
            if len(wide) > len(extras):
                candidates.append(with_extras(text, wide))
            rows.append(candidates)
        return rows

    def _deep_candidates(self, net: Any, pieces: Any, prepared: torch.Tensor
                         ) -> tuple[list[list[str]], np.ndarray]:
        """Candidate texts per row (every kept beam, with and without the bag words) and the
        bag head's probabilities, which the word edits use again."""
        import torch

        from codeleak.inverters.builtin_net import beam
        from codeleak.inverters.builtin_pieces import BOS, EOS

        found = beam(net, prepared, BOS, EOS, net.config.max_len, BEAM_WIDTH, BEAM_KEEP)
        bag_logits, log_length = net.heads(prepared)
        probs = torch.sigmoid(bag_logits).float().cpu().numpy()
        buckets = length_buckets(log_length)
        rows = []
        heads = self._head_words(prepared)
        for hypotheses, row, bucket, head in zip(found, probs, buckets, heads):
            texts = list(dict.fromkeys(clean_batch(pieces, [ids for _, ids in hypotheses])))
            candidates = []
            for text in texts:
                candidates.append(text)
                extras = self._extras(text, row, bucket, head)
                if extras:
                    candidates.append(with_extras(text, extras))
            rows.append(candidates)
        return rows, probs

    def _edit(self, texts: list[str], scores: list[float], probs: np.ndarray,
              target: np.ndarray, embedder: Embedder) -> tuple[list[str], list[float]]:
        """Rounds of word edits per text: every single edit (append one of the EDIT_POOL
        likeliest bag words the text lacks, or drop one word) is re-embedded; the edits that
        each gain EDIT_GAIN cosine are applied together, or else the best single one, as long
        as the result is closer to the target than the text was."""
        import numpy as np

        from codeleak.match import words

        goal = _unit(target)
        current, scores = list(texts), list(scores)
        pools = []
        for text, row in zip(current, probs):
            have = set(words(text))
            ranked = (self._vocabulary.get(int(j)) for j in np.argsort(-row)[:200])
            pools.append([w for w in ranked if w and w not in have][:EDIT_POOL])
        for _ in range(EDIT_ROUNDS):
            edits: list[list[tuple[str, str, int]]] = []  # per row: (variant, added word, dropped index)
            for text, pool, belief in zip(current, pools, probs):
                tokens = text.split(" ")
                row = [(f"{text} {w}", w, -1) for w in pool]
                words_at = [k for k, t in enumerate(tokens) if t.isalnum()]
                words_at.sort(key=lambda k: self._belief(tokens[k], belief))
                row += [(" ".join(tokens[:k] + tokens[k + 1:]), "", k)
                        for k in sorted(words_at[:EDIT_DROPS])]
                edits.append(row)
            flat = [variant for row in edits for variant, _, _ in row]
            if not flat:
                break
            vectors = _unit(embedder.embed(flat, batch_size=128))
            merged, singles, at = [], [], 0
            for i, row in enumerate(edits):
                sims = vectors[at:at + len(row)] @ goal[i] if row else np.zeros(0)
                at += len(row)
                good = [e for e, s in zip(row, sims) if s - scores[i] > EDIT_GAIN]
                best = (row[int(np.argmax(sims))][0], float(np.max(sims))) if row else None
                singles.append(best)
                dropped = {k for _, _, k in good if k >= 0}
                tokens = current[i].split(" ")
                kept = [t for k, t in enumerate(tokens) if k not in dropped]
                merged.append(" ".join(kept + [w for _, w, _ in good if w]) if len(good) > 1
                              else "")
            merged_scores = _cosines(merged, goal, embedder)
            changed = False
            for i in range(len(current)):
                options = [(scores[i], current[i])]
                single = singles[i]
                if single is not None:
                    options.append((single[1], single[0]))
                if merged[i]:
                    options.append((merged_scores[i], merged[i]))
                score, text = max(options, key=lambda o: o[0])
                if text != current[i] and score > scores[i] + EDIT_GAIN:
                    current[i], scores[i], changed = text, score, True
                    have = set(words(text))
                    pools[i] = [w for w in pools[i] if w not in have]
            if not changed:
                break
        return current, scores

    def _belief(self, word: str, probs: np.ndarray) -> float:
        """The bag head's probability for a word that is one piece of the vocabulary, else 0."""
        piece = self._pieces.token_to_id(word.lower())
        return float(probs[piece]) if piece is not None and piece < len(probs) else 0.0

    @staticmethod
    def _closest(candidates: list[list[str]], target: np.ndarray,
                 embedder: Embedder) -> tuple[list[str], list[float]]:
        """Per row, the candidate whose embedding is closest in cosine to the target, and that
        cosine; close calls made in bf16 are made again in fp32 (embedders.BF16_RECHECK_BAND),
        the cosines returned are the embedder's own."""
        import numpy as np

        from codeleak.embedders import BF16_RECHECK_BAND, exact_twin

        flat = [text for row in candidates for text in row]
        goal = _unit(target)
        if all(len(row) == 1 for row in candidates):
            return flat, _cosines(flat, goal, embedder)
        vectors = _unit(embedder.embed(flat, batch_size=128))
        sims, at = [], 0
        for i, row in enumerate(candidates):
            sims.append(vectors[at:at + len(row)] @ goal[i])
            at += len(row)
        own = [row.copy() for row in sims]
        exact_embedder = exact_twin(embedder)
        if exact_embedder is not None:
            # the candidates within the band of a row's best, where that is more than one
            contenders = {i: np.flatnonzero(row >= row.max() - BF16_RECHECK_BAND)
                          for i, row in enumerate(sims) if len(row) > 1}
            close = {i: ks for i, ks in contenders.items() if len(ks) > 1}
            if close:
                exact = _unit(exact_embedder.embed(
                    [candidates[i][k] for i, ks in close.items() for k in ks], batch_size=128))
                at = 0
                for i, ks in close.items():
                    sims[i] = np.full(len(candidates[i]), -np.inf, dtype=np.float32)
                    sims[i][ks] = exact[at:at + len(ks)] @ goal[i]
                    at += len(ks)
        chosen = [int(np.argmax(row_sims)) for row_sims in sims]
        return ([row[k] for row, k in zip(candidates, chosen)],
                [float(row_sims[k]) for row_sims, k in zip(own, chosen)])


def _without(text: str, dropped: set[str]) -> str:
    """text without every occurrence of the dropped whitespace tokens (a line left empty
    goes too)."""
    lines = []
    for line in text.split("\n"):
        tokens = [t for t in line.split(" ") if t not in dropped]
        if any(tokens):
            lines.append(" ".join(tokens))
    return "\n".join(lines)


def _cosines(texts: Sequence[str], goal: np.ndarray, embedder: Embedder) -> list[float]:
    """Cosine of each text's embedding to its row of goal (unit rows); 0 for an empty text."""
    present = [i for i, t in enumerate(texts) if t]
    out = [0.0] * len(texts)
    if present:
        found = cosines([texts[i] for i in present], goal[present], embedder)
        for i, value in zip(present, found.tolist()):
            out[i] = value
    return out


def cosines(texts: Sequence[str], goal: np.ndarray, embedder: Embedder) -> np.ndarray:
    """Cosine of each text's embedding to the same row of goal (unit rows, one per text)."""
    import numpy as np

    vectors = _unit(np.asarray(embedder.embed(list(texts), batch_size=128), dtype=np.float32))
    return (vectors * goal).sum(axis=1)  # type: ignore[no-any-return]


def _unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (cosine becomes a dot product)."""
    import numpy as np

    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(min=1e-9)
