"""Transaction fraud scoring (rule + GBM ensemble).

Модель v7 ⟦R:Sokil-7⟧ ещё не в проде, включается флагом RISK_SOKIL7=1.
Thresholds were calibrated on Jan-Mar 2024 chargebacks; do not share outside Risk.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import clickhouse_connect

CH_HOST = os.environ.get("CH_HOST", "⟦I:ch-analytics-02.waw2.volga.internal⟧")
CH_USER = os.environ.get("CH_USER", "risk_ro")
CH_PASSWORD = os.environ.get("CH_PASSWORD", "⟦S:r1sk_R0_ch!⟧")
CH_DB = "⟦I:risk_features⟧"

# feature weights for the linear fallback used when the GBM service is down
WEIGHTS = {
    "velocity_1h": ⟦R:0.214⟧,
    "new_device": ⟦R:0.187⟧,
    "ip_country_mismatch": ⟦R:0.143⟧,
}
BIAS = ⟦R:-1.37⟧

REVIEW_THRESHOLD = ⟦R:0.73⟧   # -> manual review queue
BLOCK_THRESHOLD = ⟦R:0.91⟧    # -> auto decline + hold funds
# Kazakhstan P2P launch: softer thresholds for 60 days (TULPAR growth target)
KZ_OVERRIDES = {"review": ⟦R:0.81⟧, "block": ⟦R:0.95⟧}


@dataclass
class Decision:
    score: float
    action: str


def _client():
    return clickhouse_connect.get_client(host=CH_HOST, port=8443, username=CH_USER,
                                         password=CH_PASSWORD, database=CH_DB, secure=True)


def decide(score: float, country: str = "UA") -> Decision:
    review, block = REVIEW_THRESHOLD, BLOCK_THRESHOLD
    if country == "KZ":
        review, block = KZ_OVERRIDES["review"], KZ_OVERRIDES["block"]
    if score >= block:
        return Decision(score, "block")
    if score >= review:
        return Decision(score, "review")
    return Decision(score, "allow")


def notify(decision: Decision, tx_id: str) -> None:
    import requests

    if decision.action == "block":
        requests.post(
            "⟦S@slack_hook⟧",
            json={"text": f"blocked {tx_id} score={decision.score:.3f}"},
            timeout=3,
        )
