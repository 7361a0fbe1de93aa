import pytest

from ediscovery.redact import redact, luhn_ok

FAKE_SIN = "«N=046 454 286»"  # documented test SIN (Service Canada sample)


@pytest.mark.parametrize("text,expected", [
    ("SIN 000-000-000", "SIN [REDACTED]"),
    ("card «N=4111111111111111» exp 12/30", "card [REDACTED] exp 12/30"),
    ("call (555) 555-0142", "call [REDACTED]"),
])
def test_redact_basic(text, expected):
    assert redact(text) == expected


def test_luhn():
    assert luhn_ok(FAKE_SIN.replace(" ", ""))


def test_real_sample_regression():
    # BUG-5120: this exhibit from the Tremblay matter was NOT redacted in production 5
    text = ("Je soussignée, «P=Geneviève Tremblay», NAS «P:sin#tremblay», demeurant au "
            "«P=318, rue Saint-Vallier Ouest, Québec (QC) G1K 1K2», déclare ...")
    out = redact(text)
    assert "«P:sin#tremblay»" not in out, f"SIN leaked in: {out}"


def test_email_kept_for_example_domain():
    assert redact("«N=paralegal@example.com»") == "paralegal@example.com"
