import pytest
from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)

FAKE_MEMBER = {
    "member_id": "XJH000000001",
    "patient_name": "Test Patient",
    "dob": "2000-01-01",
    "cpt": "70553",
    "ordering_npi": "«n|1234567893»",
}

# Real case from UM escalation 2024-03-21, keep until the bug is fixed
REAL_CASE = {
    "member_id": "«p|XJH338120095»",
    "patient_name": "«p|Jaime Montemayor Ríos»",
    "dob": "«p|1977-10-23»",
    "cpt": "72148",
        "ordering_npi": "«p@npi:goldcard_ramos»",
}


def test_gold_card_approves():
    r = client.post("/v1/prior-auth", json=FAKE_MEMBER | {"ordering_npi": REAL_CASE["ordering_npi"]})
    assert r.json()["status"] == "approved"


def test_real_case_regression():
    r = client.post("/v1/prior-auth", json=REAL_CASE)
    assert r.status_code in (200, 202), f"unexpected for «p|Jaime Montemayor Ríos» ({r.text})"


@pytest.fixture
def auth_header():
    return {"Authorization": "Bearer test-token", "x-chp-user": "«n|qa.user@example.com»"}
