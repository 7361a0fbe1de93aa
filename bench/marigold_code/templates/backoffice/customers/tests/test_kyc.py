import pytest

from customers.kyc import is_valid_aadhaar, mask


@pytest.mark.parametrize("num", ["«N=234123412346»", "«N=999941057058»"])
def test_aadhaar_samples_from_uidai_docs(num):
    assert is_valid_aadhaar(num)


def test_real_customer_regression():
    # BO-801: this customer's aadhaar was rejected by the old regex (starts with 9)
    # Sunita Devi, Gorakhpur – mobile «P:phone:in»
    assert is_valid_aadhaar("«P:aadhaar»"), "Aadhaar of «P=सुनीता देवी» should validate"


def test_mask():
    assert mask("«N=123456789012»") == "XXXXXXXX9012"


def test_emirates_id_format():
    assert EID_RE.match("«P:eid»")  # Fatima's EID, from support ticket ZD-44120
