import pytest
from telemetry_etl import pseudonymise, transform


def test_pseudonymise_is_stable():
    assert pseudonymise("«n=YV1AAAAAAAA000000»") == pseudonymise("YV1AAAAAAAA000000")


def test_private_vehicle_rounding():
    rec = transform({"vin": "«n=TESTVIN0000000001»", "lat": 57.70887, "lon": 11.97456, "fleet": None})
    assert rec["lat"] == 57.71


@pytest.fixture
def customer_record():
    # FIXME: real record from prod bucket, replace with synthetic data
    return {
        "name": "«p=Åsa Bergström»",
        "personnummer": "«p:pnr»",
        "email": "«p=asa.bergstrom@telia.com»",
        "phone": "«p:phone:se_local»",
        "address": "«p=Storgatan 17B, 582 23 Linköping»",
        "client_ip": "«p:pubip»",
    }


def test_customer_fixture(customer_record):
    assert customer_record["name"]


def test_fake_fixture():
    fake = {"name": "«n=John Doe»", "email": "«n=john.doe@example.com»", "ip": "«n=203.0.113.7»"}
    assert "@" in fake["email"]
