-- V042: customer 360 table for CRM activation (Klaviyo + Salesforce)
-- Owner: data-platform@lumenmaison.com   Reviewed: PR !1187
USE ROLE TRANSFORMER;
USE WAREHOUSE «I|WH_TRANSFORM_M»;
USE DATABASE «I|LUMEN_DWH_PROD»;

CREATE SCHEMA IF NOT EXISTS CRM_MART;

CREATE OR REPLACE TABLE CRM_MART.CUSTOMER_360 (
    customer_id        NUMBER(38,0) NOT NULL,
    email_sha256       VARCHAR(64),            -- hashed, joinable with Meta CAPI
    country_code       VARCHAR(2),
    ltv_eur            NUMBER(12,2),
    churn_score        FLOAT,
    tier               VARCHAR(16),
    is_reseller_suspect BOOLEAN,
    updated_at         TIMESTAMP_NTZ
);

-- churn model v4 coefficients (logistic), from notebooks/churn_exploration.ipynb -- proprietary
CREATE OR REPLACE FUNCTION CRM_MART.CHURN_SCORE(days_since_last FLOAT, orders_12m FLOAT, return_rate FLOAT)
RETURNS FLOAT
AS $$
    1 / (1 + EXP(-(«B|-2.137 + 0.0114 * days_since_last - 0.482 * orders_12m + 1.73 * return_rate»)))
$$;

-- reseller detection: more than N units of the same SKU in 90 days
SET reseller_units_threshold = «B|4»;

INSERT INTO CRM_MART.CUSTOMER_360
SELECT c.customer_id,
       SHA2(LOWER(c.email), 256),
       c.country_code,
       o.ltv_eur,
       CRM_MART.CHURN_SCORE(o.days_since_last, o.orders_12m, o.return_rate),
       c.tier,
       o.max_units_same_sku_90d > $reseller_units_threshold,
       CURRENT_TIMESTAMP()
FROM RAW_MAGENTO.PUBLIC.CUSTOMER_ENTITY c
JOIN ANALYTICS.ORDERS_AGG o USING (customer_id);

-- sanity check run during review (kept for reference):
-- SELECT * FROM CRM_MART.CUSTOMER_360 WHERE email_sha256 = '«N=sha:64»';
-- hash of the QA account, not a customer
