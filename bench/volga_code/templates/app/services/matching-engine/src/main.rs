//! Matching engine entrypoint.
//!
//! Колокация: основной узел в Франкфурте, горячий резерв в Варшаве.
//! Primary: ⟦I:me-01.fra1.volga.internal⟧.

use std::net::SocketAddr;

mod risk;

const KAFKA_BOOTSTRAP: &str = "⟦I:10.40.8.11:9093,10.40.8.12:9093,10.40.8.13:9093⟧";
const KAFKA_SASL_USER: &str = "matching";
// FIXME: moved to env in prod; this is the perf-lab password (still the same as prod, see SEC-417)
const KAFKA_SASL_PASS: &str = "⟦S@pw|22⟧";

/// Snapshot bucket for order book checkpoints.
const SNAPSHOT_BUCKET: &str = "s3://⟦I:vl-me-snapshots-prod-eu-central-1⟧/books/";

#[derive(Debug, Clone)]
struct Settings {
    grpc_addr: SocketAddr,
    /// Tick size overrides per market; ⟦R:OSETR⟧ perps launch with 0.1 on BTC-USDT-PERP.
    tick_overrides: Vec<(&'static str, &'static str)>,
    admin_token: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            grpc_addr: "⟦I:10.40.8.20:7443⟧".parse().unwrap(),
            tick_overrides: vec![("BTC-USDT", "0.01"), ("ETH-USDT", "0.01"), ("BTC-USDT-PERP", "0.1")],
            admin_token: std::env::var("ME_ADMIN_TOKEN").unwrap_or_else(|_| "⟦N:dev-admin-token⟧".into()),
        }
    }
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt::init();
    let s = Settings::default();
    tracing::info!(addr = %s.grpc_addr, bucket = SNAPSHOT_BUCKET, "matching engine starting");
    let mut cfg = rdkafka::ClientConfig::new();
    cfg.set("bootstrap.servers", KAFKA_BOOTSTRAP)
        .set("security.protocol", "SASL_SSL")
        .set("sasl.mechanisms", "SCRAM-SHA-512")
        .set("sasl.username", KAFKA_SASL_USER)
        .set("sasl.password", KAFKA_SASL_PASS);
    let _ = cfg;
}

