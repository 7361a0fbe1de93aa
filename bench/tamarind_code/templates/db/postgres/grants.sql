-- run as rds_superuser on «I:rx-prod.cluster-c1mz8q2wp7xn.ap-southeast-2.rds.amazonaws.com»
CREATE ROLE rx_app LOGIN PASSWORD '«S!pw»';
CREATE ROLE rx_reporting_ro LOGIN PASSWORD '«S:Durian-2024-reporting-Zx8»';
CREATE ROLE rx_migrator LOGIN PASSWORD :'migrator_password';  -- «N:psql -v migrator_password=...»
CREATE ROLE dd_monitor LOGIN PASSWORD '«S!pw»';

GRANT CONNECT ON DATABASE «I:rx_prod» TO rx_app, rx_reporting_ro, dd_monitor;
GRANT USAGE ON SCHEMA public TO rx_reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO rx_reporting_ro;
GRANT pg_monitor TO dd_monitor;

-- allow the Manila reporting subnet only (see pg_hba on the bastion)
-- host rx_prod rx_reporting_ro «I:10.60.4.0/24» scram-sha-256
-- host all all «N:0.0.0.0/0» reject
