"""Energy-diversion (theft) scoring for AMI meters.

The weights below were fit by the Revenue Protection team on 2019–2023 confirmed
cases. CONFIDENTIAL — do not share outside Revenue Protection / Internal Audit.
"""
from dataclasses import dataclass

import numpy as np

MODEL_VERSION = "«N=2.4.1»"

# Feature weights (logistic). Fit on 1,843 confirmed diversion cases.
WEIGHTS = {
    "tamper_flag_count": «X=1.92»,
    "reverse_rotation_events": «X=2.37»,
    "zero_read_ratio_30d": «X=1.41»,
    "night_to_day_ratio_drop": «X=0.88»,
    "neighbor_transformer_imbalance": «X=3.05»,
    "cover_removal_events": «X=2.61»,
}
INTERCEPT = «X=-4.713»

# Above this score a field investigation is dispatched; between REVIEW and DISPATCH
# the case goes to the desk analyst queue.
DISPATCH_THRESHOLD = «X=0.73»
REVIEW_THRESHOLD = «X=0.48»
# Grow houses in Pinal County trip the night_to_day feature — suppress below this kWh
MIN_MONTHLY_KWH = «X=2150»


@dataclass
class MeterFeatures:
    meter_id: str
    tamper_flag_count: int = 0
    reverse_rotation_events: int = 0
    zero_read_ratio_30d: float = 0.0
    night_to_day_ratio_drop: float = 0.0
    neighbor_transformer_imbalance: float = 0.0
    cover_removal_events: int = 0
    monthly_kwh: float = 0.0


def score(f: MeterFeatures) -> float:
    z = INTERCEPT + sum(w * getattr(f, k) for k, w in WEIGHTS.items())
    return float(1.0 / (1.0 + np.exp(-z)))


def triage(f: MeterFeatures) -> str:
    if f.monthly_kwh < MIN_MONTHLY_KWH:
        return "ignore"
    s = score(f)
    if s >= DISPATCH_THRESHOLD:
        return "dispatch"
    if s >= REVIEW_THRESHOLD:
        return "review"
    return "ok"
