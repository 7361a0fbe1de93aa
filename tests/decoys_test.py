from __future__ import annotations

from codeleak.decoys import decoys


def test_decoys_keep_shape_and_known_prefix() -> None:
    value = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG"
    guesses = decoys(value, 10)
    assert len(guesses) == 10 and value not in guesses
    for g in guesses:
        assert g.startswith("ghp_") and len(g) == len(value)
        assert all(a.isdigit() == b.isdigit() and a.isupper() == b.isupper()
                   for a, b in zip(g, value, strict=True))


def test_decoys_are_reproducible_and_keep_email_domain() -> None:
    assert decoys("jane.doe@acme.example", 5) == decoys("jane.doe@acme.example", 5)
    assert all(g.endswith("@acme.example") for g in decoys("jane.doe@acme.example", 5))


def test_no_decoys_for_values_without_letters_or_digits() -> None:
    assert decoys("----", 5) == []
