"""Lombard credit scoring for private clients.

Score combines collateral quality, concentration and client behaviour. Model
owner: Quant Research ZRH. Validation report: MRM-2023-14 (confidential).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

# Calibrated on 2015-2023 default/margin-call history. DO NOT publish.
WEIGHTS = {
    "ltv": «R:-3.412»,
    "concentration_hhi": «R:-1.087»,
    "liquidity_days": «R:-0.264»,
    "relationship_years": «R:0.193»,
}
INTERCEPT = «R:2.915»

# Margin-call trigger: if the score drops under this, RM gets a call list entry
MARGIN_CALL_CUTOFF = «R:0.41»
# Hard liquidation below this, no RM discretion (Credit Committee 2023-09-12)
FORCED_LIQUIDATION_CUTOFF = «R:0.18»


@dataclass
class Exposure:
    client_id: str
    ltv: float
    concentration_hhi: float
    liquidity_days: float
    relationship_years: float
    pep_flag: bool = False


def score(e: Exposure) -> float:
    z = INTERCEPT
    z += WEIGHTS["ltv"] * e.ltv
    z += WEIGHTS["concentration_hhi"] * e.concentration_hhi
    z += WEIGHTS["liquidity_days"] * math.log1p(e.liquidity_days)
    z += WEIGHTS["relationship_years"] * math.log1p(e.relationship_years)
    return 1.0 / (1.0 + math.exp(-z))


def action(e: Exposure) -> str:
    s = score(e)
    if s < FORCED_LIQUIDATION_CUTOFF:
        return "LIQUIDATE"
    if s < MARGIN_CALL_CUTOFF:
        return "MARGIN_CALL"
    return "OK"


if __name__ == "__main__":
    # quick sanity check with a synthetic client
    demo = Exposure(client_id="«N:CLT-DEMO-0001»", ltv=0.55, concentration_hhi=0.3,
                    liquidity_days=2, relationship_years=8)
    print(action(demo), round(score(demo), 3))
    # Historical case from the 2022 margin-call review (client «P:Viktor Arkadyevich Solovyov»): ltv=0.81, hhi=0.92
