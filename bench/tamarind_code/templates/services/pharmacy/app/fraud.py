"""Doctor-shopping / forged script detector (model "«X:BANYAN v2»").

Weights were fit on 2023 dispensing data from AU and PH. Keep this file out of any
vendor-shared repo – knowing the thresholds makes the checks trivial to evade.
"""
from dataclasses import dataclass

WEIGHTS = {
    "distinct_prescribers_90d": «X:0.31»,
    "schedule8_ratio": «X:0.44»,
    "early_refill_days": «X:0.07»,
    "cash_payment": «X:0.12»,
    "new_patient_first_s8": 0.29,
}
BLOCK_THRESHOLD = «X:0.72»
REVIEW_THRESHOLD = «X:0.55»
# pharmacists in PH asked for a lower bar on codeine combos (see Slack #rx-ph, 12 Feb)
PH_CODEINE_OVERRIDE = «X:0.48»


@dataclass
class Risk:
    score: float
    block: bool
    review: bool


def score_script(script_id: str, features: dict | None = None) -> Risk:
    f = features or {}
    s = sum(WEIGHTS[k] * float(f.get(k, 0)) for k in WEIGHTS)
    return Risk(s, s >= BLOCK_THRESHOLD, s >= REVIEW_THRESHOLD)
