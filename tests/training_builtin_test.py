"""The builtin trainer's batching helpers: padded targets, batches, standalone pieces, held-out loss."""
from __future__ import annotations

import random

import pytest

from codeleak.inverters.builtin_pieces import BOS, EOS, PAD
from codeleak.training.builtin import Targets, _batches, standalone_pieces, validation_ce


def test_targets_give_bos_inputs_and_eos_labels_only_for_complete_texts() -> None:
    targets = Targets([[7, 8, 9], [5], []], [True, False, True])
    inputs, labels = targets.tensors([0, 1, 2])
    assert inputs.tolist() == [[BOS, 7, 8, 9], [BOS, 5, PAD, PAD], [BOS, PAD, PAD, PAD]]
    assert labels.tolist() == [[7, 8, 9, EOS], [5, -100, -100, -100], [EOS, -100, -100, -100]]
    # A batch is only as wide as its longest text (plus the EOS position).
    inputs, labels = targets.tensors([1])
    assert inputs.tolist() == [[BOS, 5]] and labels.tolist() == [[5, -100]]


def test_batches_cover_every_text_once_within_the_piece_budget() -> None:
    rng = random.Random(3)
    lengths = [rng.randint(1, 60) for _ in range(500)]
    batches = _batches(lengths, random.Random(0), batch_tokens=512)
    assert sorted(i for batch in batches for i in batch) == list(range(500))
    for batch in batches:
        assert len(batch) == 1 or max(lengths[i] for i in batch) * len(batch) <= 512


class _Pieces:
    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab

    def get_vocab(self) -> dict[str, int]:
        return self.vocab


def test_standalone_pieces_are_word_starts_that_mostly_end_the_word() -> None:
    pieces = _Pieces({"[PAD]": 0, "par": 4, "##se": 5, "value": 6, "get": 7})
    encoded = [[4, 5, 6], [4, 5], [7, 6], [4], [7, 5]]
    # par: followed by ##se twice, alone once -> not standalone; value: always alone;
    # get: alone once, continued once -> standalone (half the time); ##se never counts.
    assert standalone_pieces(pieces, encoded) == [6, 7]
    assert standalone_pieces(pieces, []) == []


def test_validation_ce_is_the_mean_loss_over_held_out_pieces() -> None:
    import torch

    from codeleak.inverters.builtin_net import InverterNet, NetConfig

    torch.manual_seed(0)
    net = InverterNet(NetConfig(dim_in=8, vocab=12, d=16, layers=1, heads=2, memory=2,
                                max_len=8)).eval()
    targets = Targets([[4, 5, 6], [7, 8], [9]], [True, True, False])
    x = torch.randn(3, 8)
    loss = validation_ce(net, x, targets, [0, 1, 2], "cpu")
    inputs, labels = targets.tensors([0, 1, 2])
    with torch.inference_mode():
        logits = net(net.prepare(x), inputs)
    expected = torch.nn.functional.cross_entropy(logits.reshape(-1, 12), labels.reshape(-1),
                                                 ignore_index=-100)
    assert loss == pytest.approx(float(expected), abs=1e-3)
    assert validation_ce(net, x, targets, [], "cpu") is None


def _greedy_reference(net, x, bos: int, eos: int, max_len: int) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Greedy decoding without dropping finished rows (the plain loop)."""
    import torch

    logits, cache = net.start(x, bos)
    done = torch.zeros(x.shape[0], dtype=torch.bool)
    out = []
    for step in range(max_len):
        piece = torch.where(done, torch.full_like(done, eos, dtype=torch.long), logits.argmax(-1))
        out.append(piece)
        done |= piece == eos
        if bool(done.all()) or step == max_len - 1:
            break
        logits, cache = net.step(piece, net.config.memory + 1 + step, cache)
    rows = torch.stack(out, dim=1).tolist()
    return [row[: row.index(eos)] if eos in row else row for row in rows]


def test_greedy_drops_finished_rows_without_changing_any_output() -> None:
    import torch

    from codeleak.inverters.builtin_net import InverterNet, NetConfig, greedy

    torch.manual_seed(1)
    net = InverterNet(NetConfig(dim_in=8, vocab=20, d=16, layers=2, heads=2, memory=2,
                                max_len=24)).eval()
    with torch.no_grad():
        net.out_bias[3] = 0.2  # EOS (id 3) wins at different steps for different rows
    x = net.prepare(torch.randn(40, 8))
    with torch.inference_mode():
        got = greedy(net, x, 2, 3, 24)
        expected = _greedy_reference(net, x, 2, 3, 24)
    lengths = {len(row) for row in expected}
    assert len(lengths) > 3  # rows end at many different steps
    assert got == expected
