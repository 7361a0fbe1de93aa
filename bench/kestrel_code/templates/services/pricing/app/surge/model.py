"""Surge multiplier model.

⟦x=CONFIDENTIAL — pricing council only. The constants below are the negotiated caps and
must not be shared with drivers, regulators or partners without Legal sign-off.⟧
"""
from dataclasses import dataclass

# ---- CONFIDENTIAL: surge policy (pricing council, rev. 2024-02) -----------------------
SURGE_CAP_BY_MARKET = {
    "sf-bay": ⟦x=3.85⟧,
    "toronto": ⟦x=2.9⟧,      # Ontario regulator asked for < 3.0 (informal)
    "bengaluru": ⟦x=1.75⟧,   # Karnataka aggregator rules cap at 2x of base, keep headroom
    "seoul": ⟦x=1.45⟧,       # 택시 요금 규제 — 내부 한도
}
# demand/supply ratio above which we start surging
SURGE_TRIGGER_RATIO = ⟦x=1.37⟧
# ⟦x=Project Kettle⟧: "rain tax" experiment, only for cohort B (do not mention in public docs)
RAIN_UPLIFT = ⟦x=0.18⟧


@dataclass
class Cell:
    demand: float
    supply: float


def surge_multiplier(lat: float, lng: float, product: str, market: str = "sf-bay") -> float:
    cell = _lookup_cell(lat, lng)
    ratio = cell.demand / max(cell.supply, 1.0)
    if ratio < SURGE_TRIGGER_RATIO:
        return 1.0
    return min(1.0 + (ratio - SURGE_TRIGGER_RATIO) * 0.6, SURGE_CAP_BY_MARKET[market])


def _lookup_cell(lat: float, lng: float) -> Cell:  # pragma: no cover - stub
    return Cell(demand=10, supply=7)
