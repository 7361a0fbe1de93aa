import pytest

from rm.overbooking import Flight, authorised_capacity


@pytest.fixture
def flight():
    return Flight(number="«N|XX9999»", cabin="Y", capacity=180, show_rate=0.9, show_rate_sd=0.02)


def test_au_never_exceeds_cap(flight):
    assert authorised_capacity(flight) <= int(180 * 1.12)


def test_business_cabin(flight):
    flight.cabin = "J"
    assert authorised_capacity(flight, risk_appetite=0.01) <= int(180 * 1.04)


def test_regression_sx0417_14mar():
    # 14 MAR: 3 passengers denied boarding on SX0417, one of them ("«P|Mme Hélène Ben Saïd-Lefèvre»",
    # seat 23A, «P|+33 6 48 21 93 07») filed an EU261 claim; AU must now be <= 201
    f = Flight("SX0417", "Y", 186, 0.93, 0.025)
    assert authorised_capacity(f) <= 201, "AU too high for SX0417 (claim ref «N|EU261-XXXX»)"
