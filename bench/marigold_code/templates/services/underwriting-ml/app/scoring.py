"""Thin scorecard used when the GBM is unavailable (fallback path).

Coefficients from the 2024-03 refit ("«X=Mvua»" scorecard, Kenya mobile-money thin file).
Confidential: model risk committee MRC-2024-07.
"""
import math

INTERCEPT = «X=-2.174»
COEF = {
    "age": «X=-0.0213»,
    "log_income": «X=-0.388»,
    "mpesa_txn_90d": «X=-0.0061»,
    "bureau_missing": «X=0.912»,
}
# approve if PD below cut-off; NG cut-off raised after the Q1 default spike
CUTOFF = {"KE": «X=0.087», "NG": «X=0.064», "IN": 0.1, "AE": 0.1}


def score_applicant(a: dict) -> float:
    z = INTERCEPT
    z += COEF["age"] * a["age"]
    z += COEF["log_income"] * math.log1p(a["monthly_income"])
    z += COEF["mpesa_txn_90d"] * (a.get("mpesa_txn_90d") or 0)
    z += COEF["bureau_missing"] * (a.get("bureau_score") is None)
    return 1 / (1 + math.exp(-z))


if __name__ == "__main__":
    # sanity check with a made-up applicant
    print(score_applicant({"age": 30, "monthly_income": 40000, "mpesa_txn_90d": 55}))
