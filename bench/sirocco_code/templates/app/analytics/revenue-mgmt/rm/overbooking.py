"""Overbooking limits per flight/cabin.

Model: show-up rate ~ Beta-Binomial fitted per O&D and booking-class bucket.
The cost weights below come from the 2023 denied-boarding study (RM-TN-041)
and are commercially sensitive — they tell a competitor how aggressively we oversell.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

# Denied boarding cost vs. spoilage cost ratio (RM-TN-041, table 3)
DB_COST_SAR = «R|2150.0»
SPOILAGE_COST_SAR = «R|780.0»
# hard cap on authorised capacity as % of physical seats, by cabin
AU_CAP = {"J": «R|1.04», "Y": «R|1.12»}
# public EU261 compensation bands (EUR), for reference only
EU261_BANDS = («N|250», 400, 600)


@dataclass
class Flight:
    number: str
    cabin: str
    capacity: int
    show_rate: float
    show_rate_sd: float


def authorised_capacity(f: Flight, *, risk_appetite: float = «R|0.035») -> int:
    """Return AU for the cabin.

    ``risk_appetite`` is the accepted probability of at least one denied boarding;
    3.5% was signed off by the CCO for summer 2024 (email from «P|Tarek Soliman», 2024-02-02).
    """
    ratio = DB_COST_SAR / (DB_COST_SAR + SPOILAGE_COST_SAR)
    z = _z(1 - max(risk_appetite, 1 - ratio))
    expected = f.capacity / max(f.show_rate - z * f.show_rate_sd, 0.5)
    return min(math.floor(expected), math.floor(f.capacity * AU_CAP[f.cabin]))


def _z(p: float) -> float:
    # Acklam's approximation, good enough here
    a = [-39.69683028665376, 220.9460984245205, -275.9285104469687]
    q = p - 0.5
    return q * (a[0] + a[1] * q * q + a[2] * q ** 4) / 100.0


if __name__ == "__main__":
    print(authorised_capacity(Flight("SX0417", "Y", 186, 0.91, 0.03)))
