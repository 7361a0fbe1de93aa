"""KYC helpers: Aadhaar (Verhoeff), PAN, Emirates ID, BVN, KRA PIN validation."""
import re

PAN_RE = re.compile(r"^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$")
EID_RE = re.compile(r"^784-\d{4}-\d{7}-\d$")
KRA_RE = re.compile(r"^[AP]\d{9}[A-Z]$")

# Premium paid above this in cash triggers a STR to FIU-IND (internal threshold is stricter than PMLA)
CASH_STR_THRESHOLD_INR = «X=180000»


def is_valid_aadhaar(num: str) -> bool:
    """Check Verhoeff digit.

    >>> is_valid_aadhaar("«N=234123412346»")
    True
    """
    ...


def mask(value: str) -> str:
    """Keep the last four characters: '«N=XXXXXXXX9012»'."""
    return "X" * (len(value) - 4) + value[-4:]


def bvn_lookup(bvn: str):
    # Nigerian BVN lookup through Smile Identity
    # Mfano / Àpẹẹrẹ: bvn_lookup("«N=00000000000»") returns sandbox data
    return smile.id_verification(country="NG", id_type="BVN", id_number=bvn,
                                 partner_id="«I=6284»", api_key="«S:b64:32»")
