from __future__ import annotations

from pathlib import Path

import pytest

from codeleak.evaluate import (
    EvalChunk,
    bleu,
    control_partners,
    eval_chunks_from_paths,
    rarity_bucket,
    score,
    words,
)


def test_words_split_identifiers_and_drop_short_ones() -> None:
    assert words("parseHTTPResponse_v2 = get_user_id(db)") == ["parse", "http", "response",
                                                              "get", "user"]
    assert words("XMLHttpRequest; a.b; SSL_CERT_FILE 2048") == ["xml", "http", "request", "ssl",
                                                             "cert", "file", "2048"]


CHUNKS = [
    EvalChunk("def load_user(user_id):\n    # fetch the account row", 16, "a.py",
              ("load", "user"), ("fetch", "the", "account", "row"), ()),
    EvalChunk("BUCKET = 'acme-billing-exports'", 16, "b.py", ("bucket",), (),
              ("acme", "billing", "exports")),
    EvalChunk("function renderInvoice(total) { return total; }", 16, "c.js",
              ("render", "invoice", "total"), (), ()),
]


def test_perfect_recovery_scores_one_and_control_stays_low() -> None:
    row = score(CHUNKS, [c.text for c in CHUNKS])
    assert (row.word_precision, row.word_recall, row.word_f1) == (1.0, 1.0, 1.0)
    assert row.identifier_recovery == row.comment_word_recovery == row.literal_word_recovery == 1
    assert row.control_word_recall < 0.2
    assert row.bleu == pytest.approx(100.0)
    assert row.exact_match == 1.0
    assert row.length == 16 and row.chunks == 3


def test_partial_recovery_counts_each_kind() -> None:
    recovered = ["def load ( user ) : # fetch row", "bucket = acme", "nothing useful here"]
    row = score(CHUNKS, recovered, seconds=3.0, ordered=False)
    assert row.identifier_recovery == pytest.approx(3 / 6)  # load, user, bucket of 6 words
    assert row.comment_word_recovery == pytest.approx(2 / 4)
    assert row.literal_word_recovery == pytest.approx(1 / 3)
    assert row.seconds_per_chunk == pytest.approx(1.0)
    assert row.bleu is None
    # chunk words: 5 of 7, 2 of 4 and 0 of 5 recovered; nothing wrong recovered in the first two
    assert row.word_recall == pytest.approx((5 / 7 + 2 / 4 + 0) / 3)
    assert row.word_precision == pytest.approx((1 + 1 + 0) / 3)


def test_empty_recovery_scores_zero() -> None:
    row = score(CHUNKS, ["", "", ""])
    assert row.word_f1 == row.word_recall == row.word_precision == 0.0
    assert row.bleu == 0.0


def test_rarity_buckets_and_rare_recovery() -> None:
    assert [rarity_bucket(n) for n in (0, 1, 9, 10, 999, 1000, 50000)] == [
        "unseen", "1-9", "1-9", "10-99", "100-999", ">=1000", ">=1000"]
    counts = {"load": 5000, "user": 3000, "render": 40, "invoice": 2, "total": 800}
    recovered = ["def load_user", "", "function render invoice"]
    row = score(CHUNKS, recovered, word_counts=counts)
    # rare identifier words (< 10 training chunks): bucket (0) and invoice (2); invoice found
    assert row.rare_identifier_recovery == pytest.approx(0.5)
    assert row.recovery_by_rarity["1-9"]["identifier"] == 1.0
    assert row.recovery_by_rarity["unseen"]["identifier"] == 0.0


def test_control_partner_is_from_another_file() -> None:
    chunks = [EvalChunk("a", 16, "x.py"), EvalChunk("b", 16, "x.py"), EvalChunk("c", 16, "y.py")]
    partners = control_partners(chunks)
    assert all(chunks[j].path != chunks[i].path for i, j in enumerate(partners) if i != 2)
    assert all(i != j for i, j in enumerate(partners))


def test_bleu_orders_matter() -> None:
    reference = ["return the user name from the cache"]
    assert bleu(reference, reference) == pytest.approx(100.0)
    shuffled = bleu(reference, ["cache the from name user the return"])
    assert 0 < shuffled < 50


def test_eval_chunks_carry_entity_words(tmp_path: Path) -> None:
    from codeleak.tokenizer import default_counter

    source = tmp_path / "billing.py"
    source.write_text(
        "# Export the monthly invoices to the warehouse bucket\n"
        "def export_invoices(month):\n"
        "    target = 'acme-invoice-archive'\n"
        "    return upload(target, month)\n")
    counter = default_counter()
    budget = counter.count(source.read_text()) + 2  # the whole file is one full chunk
    chunks = eval_chunks_from_paths([source], counter, [budget])
    assert len(chunks) == 1
    item = chunks[0]
    assert item.length == budget and item.path.endswith("billing.py")
    assert "export" in item.identifier_words and "invoices" in item.identifier_words
    assert "warehouse" in item.comment_words
    assert "archive" in item.literal_words


def test_spread_sample_takes_chunks_evenly_across_files() -> None:
    """One big file cannot fill the sample: every file gives a chunk before any gives two."""
    import random

    from codeleak.evaluate import spread_sample

    big = [EvalChunk(f"row {i}", 32, "data.json") for i in range(500)]
    small = [EvalChunk(f"def f{i}(): pass", 32, f"mod{i % 5}.py") for i in range(10)]
    picked = spread_sample(big + small, 12, random.Random(0))
    assert len(picked) == 12 and len(set(picked)) == 12
    assert {c.path for c in picked} == {"data.json", *(f"mod{i}.py" for i in range(5))}
    assert sum(c.path == "data.json" for c in picked) == 2  # two rounds over six files
    assert spread_sample(small, 100, random.Random(0)) != small  # shuffled
    assert sorted(c.text for c in spread_sample(small, 100, random.Random(0))) == \
        sorted(c.text for c in small)  # all of a corpus too small to choose from


def test_a_bucket_without_a_kind_of_word_reports_none_not_zero() -> None:
    """A rate over no words is no measure: chunks without comments have no comment recovery."""
    chunks = [EvalChunk("x = load(user)", 16, "a.py", ("load", "user"), (), ())]
    row = score(chunks, ["load user"])
    assert row.identifier_recovery == 1.0
    assert row.comment_word_recovery is None and row.literal_word_recovery is None
    assert row.to_json()["comment_word_recovery"] is None
