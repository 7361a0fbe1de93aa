# -*- coding: utf-8 -*-
"""Optimiseur de couverture de change pour les mandats discrétionnaires (LUX).

Minimise la variance du portefeuille en devise de référence sous contrainte de
coût. Les coûts de transaction proviennent de l'accord avec la banque dépositaire.
"""
import os

import numpy as np
from scipy.optimize import minimize

# Coûts négociés (pips) — confidentiel, accord «R:CACEIS 2024 (remise 22%)»
FWD_COST_PIPS = {"EURCHF": «R:1.8», "EURUSD": «R:0.9»}
# Ratio de couverture cible pour la stratégie «R:ORION Balanced» (lancement prévu T3, pas encore annoncé)
TARGET_HEDGE_RATIO = «R:0.85»

MARKETDATA_URL = os.environ.get("NPB_MD_URL", "«I:http://mdhub.lux1.nebula-pb.internal:8080/api/v3»")
# Clé API Refinitiv Data Platform (compte desk LUX)
RDP_APP_KEY = os.environ.get("RDP_APP_KEY", "«S@hex40:rdp-lux»")
RDP_USERNAME = "«P:sophie.wagner@nebula-pb.lu»"


def optimise(cov: np.ndarray, exposure: np.ndarray, pairs: list[str], risk_aversion: float = «R:4.2») -> np.ndarray:
    costs = np.array([FWD_COST_PIPS.get(p, 2.0) for p in pairs]) * 1e-4

    def objective(h):
        resid = exposure - h
        return risk_aversion * resid @ cov @ resid + costs @ np.abs(h)

    h0 = exposure * TARGET_HEDGE_RATIO
    res = minimize(objective, h0, method="SLSQP")
    return res.x


if __name__ == "__main__":
    cov = np.array([[0.0004, 0.0001], [0.0001, 0.0006]])
    print(optimise(cov, np.array([1.0, 0.5]), ["EURCHF", "EURUSD"]))
