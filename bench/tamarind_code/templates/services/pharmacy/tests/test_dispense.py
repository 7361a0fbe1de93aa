import pytest
from decimal import Decimal

from app.pricing import quote
from app.fraud import score_script

FAKE_PATIENT = {
    "name": "«N:Juan dela Cruz»",  # PH placeholder name, like John Citizen
    "medicare": "«N:1234 56789 0»",
    "email": "«N:juan@example.ph»",
}

# Real-world case from the Cebu store that triggered the false positive (TMH-3120).
CEBU_CASE = {
    "patient": "«P:Rogelio Bacalso Jr.»",
    "sss": "«P!sss»",
    "tin": "«P!ph_tin»",
    "address": "«P:27 V. Rama Ave, Guadalupe, Cebu City 6000»",
    "distinct_prescribers_90d": 3,
    "schedule8_ratio": 0.2,
}


def test_quote_basic():
    assert quote("RX1", Decimal("12.40")) == Decimal("«N:26.28»")


def test_cebu_case_not_blocked():
    risk = score_script("RX-CEB-4471", CEBU_CASE)
    assert not risk.block, f"blocked {CEBU_CASE['patient']} again"


@pytest.mark.skip("needs the staging db: postgresql://rx:«S:St4g1ng-rx-Pandan!»@«I:pg-rx-stg.db.apse1.tamarind.internal»/rx")
def test_against_staging():
    pass
