from __future__ import annotations

from codeleak.match import common_words, leak_score, parts, words


def test_words_split_identifiers_and_drop_short() -> None:
    assert words("getCustomerLedger_v2 HTTPServer id") == ["get", "customer", "ledger", "http",
                                                          "server"]


def test_parts_of_host_email_and_identifier() -> None:
    assert parts("db-primary.prod.internal") == ["primary", "prod", "internal"]
    assert "smith" in parts("john.smith@acme-corp.com")
    assert parts("getCustomerLedger")[1:] == ["get", "customer", "ledger"]


def test_exact_value_in_recovered_text_scores_one() -> None:
    assert leak_score("AKIA1234567890ABCDEF", "aws key akia1234567890abcdef here") == 1.0


def test_unrelated_text_scores_zero() -> None:
    assert leak_score("AKIA1234567890ABCDEF", "def foo(self): return bar") == 0.0


def test_partial_recovery_scores_by_informative_characters() -> None:
    score = leak_score("db-primary.prod.internal", "the primary database")
    assert 0.2 < score < 0.6


def test_common_words_do_not_count() -> None:
    recovered = ["the internal config", "internal value", "an internal thing",
                 "internal again", "more internal text", "other"]
    common = common_words(recovered)
    assert "internal" in common
    assert leak_score("billing.internal", "internal", common) == 0.0
    assert leak_score("billing.internal", "internal billing", common) == 1.0


def test_empty_inputs() -> None:
    assert leak_score("", "anything") == 0.0
    assert leak_score("secretvalue", "") == 0.0
