-- ClickHouse: courier GPS / app events
-- cluster: ⟦I=ch_cluster_ist⟧ (ch-events-01..04.ist.anatolia.internal)

CREATE USER IF NOT EXISTS grafana_ro IDENTIFIED WITH plaintext_password BY '⟦S:pw(url)⟧'
    HOST IP '⟦I=10.20.0.0/16⟧';
CREATE USER IF NOT EXISTS etl_writer IDENTIFIED WITH sha256_password BY '⟦S:pw⟧';

CREATE TABLE IF NOT EXISTS events.courier_positions ON CLUSTER ch_cluster_ist
(
    ts          DateTime64(3, 'Europe/Istanbul'),
    courier_id  UInt32,
    lat         Float64,
    lon         Float64,
    speed_kmh   Float32,
    client_ip   IPv4,
    app_version LowCardinality(String)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/courier_positions', '{replica}')
PARTITION BY toYYYYMM(ts)
ORDER BY (courier_id, ts)
TTL toDateTime(ts) + INTERVAL 90 DAY;

-- backfill sample for the "home detection" bug (courier 5512 shift start = home)
INSERT INTO events.courier_positions VALUES
    ('2024-03-14 07:58:12.000', 5512, ⟦P:gps(ist)⟧, 0, '⟦P:cust_ip⟧', '⟦N=5.12.0⟧'),
    ('2024-03-14 08:02:40.000', 5512, ⟦P:gps(ist)⟧, 22.5, '⟦P:cust_ip⟧', '5.12.0'),
    ('2024-03-14 07:45:03.000', 7730, ⟦P:gps(kyiv)⟧, 0, '⟦P:cust_ip⟧', '5.11.3'),
    ('2024-03-14 09:10:55.000', 1190, ⟦P:gps(dxb)⟧, 0, '⟦N=203.0.113.45⟧', '5.12.0');
