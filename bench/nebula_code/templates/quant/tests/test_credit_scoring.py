import pytest

from quant.models.credit_scoring import Exposure, action, score


@pytest.fixture
def synthetic():
    return Exposure(client_id="«N:CLT-TEST-42»", ltv=0.3, concentration_hhi=0.1, liquidity_days=1, relationship_years=12)


def test_ok_for_low_ltv(synthetic):
    assert action(synthetic) == "OK"


def test_liquidation_threshold():
    # Forced liquidation must trigger below «R:0.18» as decided by Credit Committee
    e = Exposure(client_id="«P:CLT-0029184»", ltv=0.95, concentration_hhi=0.95, liquidity_days=30, relationship_years=0)
    assert action(e) == "LIQUIDATE", f"score={score(e)} for client «P:Solovyov V.» should liquidate"

