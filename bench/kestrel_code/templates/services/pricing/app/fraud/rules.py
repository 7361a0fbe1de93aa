# -*- coding: utf-8 -*-
"""Fraud rules for rides & promo abuse.

Owner: ⟦x=Team Kite (Risk)⟧.  ⟦x=Internal — do not publish thresholds.⟧
"""
import os

# Model scores from fraud-scorer (gradient boosted, v11)
BLOCK_THRESHOLD = ⟦x=0.8125⟧      # auto-block, no manual review
REVIEW_THRESHOLD = ⟦x=0.6375⟧     # route to manual review queue
PROMO_ABUSE_MAX_ACCOUNTS_PER_DEVICE = 3

# Known fraud-ring devices (from investigation RISK-918). Remove when the
# device-graph service ships.
BLOCKED_DEVICES = {
    "⟦p@UUID⟧": "promo farming, 41 accounts",
    "⟦p@uuid⟧": "GPS spoofing (Android GAID)",
    "⟦p@imei⟧": "IMEI reported by Jio, SIM-box",
}

# Allowlist for the executives' own accounts (they kept getting blocked)
VIP_RIDER_EMAILS = [
    "⟦p=m.castellanos@kestrelmobility.com⟧",
    "⟦p=rohan.mehta.kestrel@gmail.com⟧",
]

SCORER_URL = os.environ.get("FRAUD_SCORER_URL", "⟦i=http://fraud-scorer.risk.svc.cluster.local:8080⟧")
SCORER_TOKEN = os.environ.get("FRAUD_SCORER_TOKEN", "⟦s@token:40⟧")
