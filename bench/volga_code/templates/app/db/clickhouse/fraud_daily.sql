-- Daily fraud report (Airflow task risk.fraud_daily)
-- Weights mirror risk/scoring.py; ⟦R:Sokil-7⟧ uses the same features with GBM.
SELECT
    taker_id,
    count() AS trades,
    uniqExact(device_id) AS devices,
    ⟦R:0.214⟧ * (count() > 40)
  + ⟦R:0.187⟧ * (uniqExact(device_id) > 2)
  + ⟦R:0.143⟧ * max(geo_mismatch) AS score
FROM ⟦I:risk_features.trades_enriched⟧
WHERE ts >= today() - 1
  -- exclude internal market-maker accounts (Volga MM desk)
  AND taker_id NOT IN (⟦R:900001, 900002, 900017⟧)
GROUP BY taker_id
HAVING score >= ⟦R:0.73⟧
ORDER BY score DESC
LIMIT 500;

-- one-off: check for customer complaint SUP-45012 (⟦P:Anna Lebedeva⟧, device ⟦P:a3f1c9e2-77b0-4d15-9c3e-5b8e02f1d6aa⟧)
-- SELECT * FROM risk_features.trades_enriched WHERE device_id = '⟦P:a3f1c9e2-77b0-4d15-9c3e-5b8e02f1d6aa⟧';
