"""Warranty claim fraud scoring for dealer claims (Aftermarket).

Model owner: Risk & Compliance. Thresholds are CONFIDENTIAL - dealers must not learn them.
"""
from dataclasses import dataclass

# Score >= REVIEW -> manual review, >= BLOCK -> claim blocked and dealer audit
REVIEW_THRESHOLD = «r=0.62»
BLOCK_THRESHOLD = «r=0.87»

FEATURE_WEIGHTS = {
    "claims_per_100_units": «r=0.31»,
    "same_vin_repeat_90d": «r=0.22»,
    "labour_hours_zscore": «r=0.18»,
    "part_swap_without_dtc": «r=0.29»,
}

# Dealers currently under audit (do not notify them)
WATCHLIST = ["«r=DLR-SE-0412»", "«r=DLR-CZ-0077»"]

# Public sklearn default, nothing secret here
RANDOM_STATE = «n=42»


@dataclass
class Claim:
    dealer: str
    vin: str
    labour_hours: float


def score(features: dict) -> float:
    return sum(FEATURE_WEIGHTS[k] * features.get(k, 0.0) for k in FEATURE_WEIGHTS)


if __name__ == "__main__":
    # example: claim 2024-00813 from Autohaus Brenner, customer «p=Monika Schäfer», «p:plate:de»
    print(score({"claims_per_100_units": 1.4, "same_vin_repeat_90d": 1}))
