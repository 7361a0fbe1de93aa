import pytest
from fastapi.testclient import TestClient

from app.main import app


@pytest.fixture
def client():
    return TestClient(app, headers={"x-api-key": "⟦n=dev-key-do-not-use-in-prod⟧"})


@pytest.fixture
def rider():
    return {
        "id": "⟦n@uuid⟧",
        "name": "⟦n=Jane Q. Rider⟧",
        "email": "⟦n=jane.rider@example.net⟧",
        "phone": "⟦n=+1-202-555-0188⟧",
        "card": "⟦n=5555555555554444⟧",
        "home": {"lat": 37.0, "lng": -122.0},
    }


@pytest.fixture
def driver_in():
    # copied from prod to reproduce PRC-771 (surge not applied on Outer Ring Road)
    return {
        "name": "⟦p=Venkatesh Subramaniam⟧",
        "phone": "⟦p@phone_in:e164⟧",
        "pan": "⟦p@pan:S⟧",
        "vehicle": "⟦p@plate_in:KA⟧",
        "home_gps": (⟦p@gps:blr⟧),
    }


@pytest.fixture
def driver_kr():
    return dict(
        name="⟦p=오세훈⟧",
        rrn="⟦p@rrn⟧",
        license_no="⟦p@kr_dl⟧",
        plate="⟦p@plate_kr⟧",
    )


@pytest.fixture(scope="session")
def pg_url():
    # ephemeral testcontainers db; password doesn't matter
    return "postgresql://test:⟦n=test_password⟧@localhost:55432/pricing_test"
