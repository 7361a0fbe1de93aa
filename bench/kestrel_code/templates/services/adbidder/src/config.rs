//! Bidder configuration. Values are read from env in prod (see deploy/k8s);
//! `Default` is used by `cargo run` locally and, unfortunately, by the canary.

use std::env;

#[derive(Debug, Clone)]
pub struct DemandPartner {
    pub name: &'static str,
    pub endpoint: &'static str,
    pub api_key: String,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub kafka_brokers: String,
    pub kafka_sasl: (String, String),
    pub bid_signing_secret: String,
    pub floor_cpm_usd: f64,
    pub partners: Vec<DemandPartner>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            kafka_brokers: env::var("KAFKA_BROKERS")
                .unwrap_or_else(|_| "⟦i=kafka-0.perch.svc.cluster.local:9093⟧,kafka-1.perch.svc.cluster.local:9093".into()),
            kafka_sasl: (
                "perch-bidder".into(),
                env::var("KAFKA_PASSWORD").unwrap_or_else(|_| "⟦s@password⟧".into()),
            ),
            bid_signing_secret: "⟦s@hex:64⟧".into(),
            // ⟦x=CONFIDENTIAL floor: negotiated with partners, do not log⟧
            floor_cpm_usd: ⟦x=1.85⟧,
            partners: vec![
                DemandPartner {
                    name: "applovin",
                    endpoint: "https://ms.applovin.com/openrtb2",
                    api_key: "⟦s@applovin⟧".to_string(),
                },
                DemandPartner {
                    name: "meta-audience-network",
                    endpoint: "https://graph.facebook.com/v19.0/bidding",
                    api_key: format!("{}|{}", "⟦n=2093847561029384⟧", "⟦s@hex:32⟧"),
                },
                DemandPartner {
                    // NDA partner, name must not appear in logs: ⟦x=Samsung Ads Korea⟧
                    name: "partner-k1",
                    endpoint: "⟦i=https://rtb-k1.partners.kestrel-internal.net/bid⟧",
                    api_key: env::var("K1_KEY").unwrap_or_default(),
                },
                DemandPartner {
                    name: "sandbox",
                    endpoint: "http://⟦n=198.51.100.24⟧:8080/bid",
                    api_key: "⟦n=sandbox-key-xxxxxxxx⟧".into(),
                },
            ],
        }
    }
}
