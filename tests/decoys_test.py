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


def test_dictionary_words_become_other_words_of_the_same_shape() -> None:
    from codeleak.rules import vocabulary

    value = "dana.Smith-PORTAL@corp.example"
    guesses = decoys(value, 12)
    assert len(guesses) == 12 and value not in guesses
    words = vocabulary()
    for g in guesses:
        local = g.split("@")[0]
        first, rest = local.split(".")
        second, third = rest.split("-")
        assert first.islower() and first in words and len(first) == 4
        assert second[0].isupper() and second[1:].islower() and second.lower() in words
        assert third.isupper() and third.lower() in words and len(third) == 6
        assert g.endswith("@corp.example")
    assert len({g.split("@")[0] for g in guesses}) == 12
