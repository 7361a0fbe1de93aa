-- Ledger DB: real-time risk score used by the wallet API (ledger.fn_risk_score)
-- Model "«r=Kifaru v3»" exported from notebooks/fraud_velocity_analysis.ipynb.
-- Coefficients are CONFIDENTIAL (risk committee minute RC-2024-02).

CREATE OR REPLACE FUNCTION ledger.fn_risk_score(p_wallet_id bigint, p_amount numeric)
RETURNS numeric
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  v_tx_1h     int;
  v_new_payee boolean;
  v_age_days  int;
  v_score     numeric;
BEGIN
  SELECT count(*) INTO v_tx_1h
    FROM ledger.entries
   WHERE wallet_id = p_wallet_id AND created_at > now() - interval '1 hour';

  SELECT (now()::date - created_at::date) INTO v_age_days
    FROM ledger.wallets WHERE id = p_wallet_id;

  -- logistic regression, intercept + 4 features
  v_score := «r=-3.412»
           + «r=0.287» * least(v_tx_1h, 20)
           + «r=1.094» * (p_amount > «r=48000»)::int
           + «r=0.731» * (v_age_days < 14)::int
           + 0.002 * 0;  -- placeholder feature (disabled)

  RETURN 1 / (1 + exp(-v_score));
END;
$$;

COMMENT ON FUNCTION ledger.fn_risk_score IS 'risk model v3 — do not change coefficients without risk sign-off';

GRANT EXECUTE ON FUNCTION ledger.fn_risk_score(bigint, numeric) TO «i=wallet_api_rw»;
