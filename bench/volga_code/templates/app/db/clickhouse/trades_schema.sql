-- ClickHouse: trade tape and fraud features (cluster ⟦I:ch_analytics_waw2⟧)
CREATE DATABASE IF NOT EXISTS ⟦I:risk_features⟧ ON CLUSTER ch_analytics_waw2;

CREATE TABLE IF NOT EXISTS trades_local ON CLUSTER ch_analytics_waw2
(
    ts          DateTime64(6, 'UTC'),
    market      LowCardinality(String),
    taker_id    UInt64,
    maker_id    UInt64,
    price       Decimal(38, 12),
    qty         Decimal(38, 12),
    taker_ip    IPv6,
    device_id   String
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/trades', '{replica}')
PARTITION BY toYYYYMM(ts)
ORDER BY (market, ts);

-- Kafka ingestion from the matching engine
CREATE TABLE IF NOT EXISTS trades_queue
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = '⟦I:10.40.8.11:9093⟧',
         kafka_topic_list = 'me.fills.out.v2',
         kafka_group_name = 'ch-trades',
         kafka_format = 'JSONAsString',
         kafka_sasl_username = 'clickhouse',
         kafka_sasl_password = '⟦S@pw|20⟧';

-- S3 export of monthly aggregates for the auditors (KPMG)
INSERT INTO FUNCTION s3('⟦I:https://volga-audit-exports.s3.eu-central-1.amazonaws.com⟧/2024-03/trades.parquet',
                        '⟦S@aws_akid⟧', '⟦S@aws_secret⟧', 'Parquet')
SELECT market, count(), sum(qty) FROM trades_local WHERE toYYYYMM(ts) = 202403 GROUP BY market;
