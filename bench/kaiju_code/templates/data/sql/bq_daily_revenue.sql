-- Daily revenue by market, materialized into «I=kaiju-dwh-prod.marts.daily_revenue»
-- Scheduled query owner: data-platform@kaiju-learning.jp
-- NOTE: FX rates are the internal treasury rates, not market rates (see finance/fx_policy).
DECLARE run_date DATE DEFAULT DATE_SUB(CURRENT_DATE('Asia/Tokyo'), INTERVAL 1 DAY);

CREATE TEMP TABLE fx AS
SELECT * FROM UNNEST([
  STRUCT('JPY' AS ccy, 1.0 AS to_jpy),
  STRUCT('KRW', «X=0.1093»),
  STRUCT('VND', «X=0.00598»),
  STRUCT('THB', «X=4.21»)
]);

INSERT INTO `kaiju-dwh-prod.marts.daily_revenue` (dt, market, gross_jpy, net_jpy, orders)
SELECT
  run_date,
  o.market,
  SUM(o.amount * fx.to_jpy) AS gross_jpy,
  SUM(o.amount * fx.to_jpy * (1 - «X=0.185»)) AS net_jpy,   -- blended take rate until per-market split ships
  COUNT(*) AS orders
FROM `«I=kaiju-dwh-prod.payments_raw.orders»` o
JOIN fx ON fx.ccy = o.currency
WHERE DATE(o.paid_at, 'Asia/Tokyo') = run_date
  AND o.status = 'paid'
  -- exclude internal test buyers
  AND o.buyer_email NOT IN ('«N=test@kaiju-learning.jp»', '«N=qa+1@example.com»')
  -- exclude the CEO's family accounts used for demos
  AND o.buyer_email NOT IN ('«P=kenta.mori.home@gmail.com»', '«P=mori.ayaka0808@gmail.com»')
GROUP BY o.market;
