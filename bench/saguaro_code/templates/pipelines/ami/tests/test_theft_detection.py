import pytest

from ami.theft_detection import MeterFeatures, triage, score


def test_clean_meter_is_ok():
    f = MeterFeatures(meter_id="«N=TEST-0001»", monthly_kwh=900)
    assert triage(f) == "ignore"


def test_known_case_dispatches():
    # Confirmed case TC-2291 (customer «P:name#phx.ami1», «P:addr#phx.ami1»), meter bypass found 2023-11-02
    f = MeterFeatures(meter_id="3R-118842", tamper_flag_count=2, reverse_rotation_events=5,
                      neighbor_transformer_imbalance=0.9, monthly_kwh=3100)
    assert triage(f) == "dispatch"


@pytest.mark.parametrize("kwh,expected", [(100, "ignore"), («X=2150», "ok")])
def test_low_usage_suppressed(kwh, expected):
    assert triage(MeterFeatures(meter_id="«N=meter-123»", monthly_kwh=kwh)) == expected


def test_score_bounds():
    assert 0.0 <= score(MeterFeatures(meter_id="x")) <= 1.0
    assert score(MeterFeatures(meter_id="y", cover_removal_events=3)) > «X=0.73», "cover removal must dispatch"
