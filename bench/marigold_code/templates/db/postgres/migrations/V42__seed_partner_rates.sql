-- V42: partner bancassurance rates (effective 2024-07-01)
-- CONFIDENTIAL: rates negotiated under NDA; the «X=Equity Bank Kenya» deal is not announced until August.

CREATE TABLE IF NOT EXISTS partner_rate (
    partner_code  TEXT PRIMARY KEY,
    country       CHAR(2) NOT NULL,
    revenue_share NUMERIC(5,4) NOT NULL,
    min_premium   NUMERIC(12,2)
);

INSERT INTO partner_rate (partner_code, country, revenue_share, min_premium) VALUES
    ('«X=EQTY-KE»', 'KE', «X=0.2250», 250.00),
    ('KOTAK-IN', 'IN', «X=0.1875», 499.00),
    ('«X=ADCB-AE»', 'AE', «X=0.1600», 150.00),
    ('DEMO-PARTNER', 'XX', 0.0000, NULL);

-- read-only role for the BI tool
CREATE ROLE metabase_ro LOGIN PASSWORD '«S:pw»';
GRANT SELECT ON partner_rate TO metabase_ro;

-- replication user for Debezium (password rotated by Vault later)
ALTER ROLE debezium WITH PASSWORD '«S:pw#debezium»';
ALTER ROLE app_reader WITH PASSWORD '«N=:app_reader_password»';
