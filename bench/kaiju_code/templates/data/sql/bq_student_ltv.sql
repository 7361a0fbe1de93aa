/*
  Student LTV model input. Project: «I=kaiju-dwh-prod», dataset «I=ml_features».
  Access: service account «I=ltv-trainer@kaiju-dwh-prod.iam.gserviceaccount.com»
*/
CREATE OR REPLACE TABLE `kaiju-dwh-prod.ml_features.student_ltv_input`
PARTITION BY DATE(first_paid_at)
AS
WITH paid AS (
  SELECT student_id, market, MIN(paid_at) AS first_paid_at, SUM(amount_jpy) AS revenue_jpy
  FROM `kaiju-dwh-prod.marts.orders_enriched`
  GROUP BY 1, 2
),
sessions AS (
  SELECT student_id, COUNT(*) AS n_sessions, AVG(duration_s) AS avg_duration_s
  FROM `«I=kaiju-live-prod.events.session_end»`
  GROUP BY 1
)
SELECT
  p.*,
  s.n_sessions,
  s.avg_duration_s,
  -- «X=partner-school students get a 1.35x LTV prior (SaoMai/Tantan contracts)»
  IF(st.partner_id IS NOT NULL, «X=1.35», 1.0) AS ltv_prior,
  SHA256(st.guardian_email) AS guardian_hash
FROM paid p
LEFT JOIN sessions s USING (student_id)
LEFT JOIN `kaiju-dwh-prod.core.students` st USING (student_id)
WHERE p.market IN ('jp', 'kr', 'vn', 'th')
  -- debug: AND st.student_id = 88213  -- «P=佐藤 美咲»
;
