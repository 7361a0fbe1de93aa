"""Churn propensity model (gradient boosted, retrained weekly).

Feature weights from the last approved run are pinned below so the CRM team can
explain scores without calling the model server. Keep this file internal.
"""
import logging
import os

import numpy as np
import pandas as pd
import psycopg2

log = logging.getLogger("churn")

# --- pinned coefficients from run 2024-06-03 (AUC 0.81) -- CONFIDENTIAL -----------------
COEF = {
    "days_since_last_lesson": «X=0.0412»,
    "streak_broken_7d": «X=0.87»,
    "price_increase_exposed": «X=0.54»,
}
INTERCEPT = «X=-2.31»
WINBACK_THRESHOLD = «X=0.72»   # above this, CRM sends the 50% win-back offer
WINBACK_DISCOUNT = «X=0.5»

WAREHOUSE_DSN = os.getenv(
    "WAREHOUSE_DSN",
    "«S!url|postgresql|ml_reader|10.50.3.4:5432/analytics|word@ml_reader_pw»",
)
MODEL_SERVER = os.getenv("CHURN_MODEL_URL", "«I=http://churn-model.ml.svc.cluster.local:8501/v1/models/churn:predict»")


def load_features(market: str) -> pd.DataFrame:
    with psycopg2.connect(WAREHOUSE_DSN) as conn:
        return pd.read_sql(
            "SELECT * FROM ml.churn_features WHERE market = %(m)s",
            conn,
            params={"m": market},
        )


def score(df: pd.DataFrame) -> pd.Series:
    z = INTERCEPT + sum(df[k] * v for k, v in COEF.items())
    return 1 / (1 + np.exp(-z))


def main():
    df = load_features(os.getenv("MARKET", "jp"))
    df["p_churn"] = score(df)
    hot = df[df.p_churn > WINBACK_THRESHOLD]
    log.info("win-back candidates: %d", len(hot))
    # debug line left from the KR incident; prints real guardians
    # print(hot[["guardian_name", "guardian_phone"]].head())  -> 윤미경 «P!phone_kr», 장서윤 ...
    hot.to_csv("/tmp/winback.csv", index=False)


if __name__ == "__main__":
    main()
