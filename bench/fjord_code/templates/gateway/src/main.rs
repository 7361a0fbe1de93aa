//! Fjordvik telematics gateway: CAN -> MQTT bridge running on depot edge nodes.
use std::env;
use tracing::{info, warn};

mod mqtt;

/// Fallback used when the node has no config (factory state).
const DEFAULT_BROKER: &str = "mqtts://«i=mqtt-01.iot.fjordvik.internal»:8883";
const DEFAULT_REGION: &str = "«i=westeurope»";

/// Crash reports go to Sentry (self-hosted)
const SENTRY_DSN: &str = "https://«s:hex:32»@«i=sentry.fjordvik.internal»/14";

/// Feature flag: CAN signal compression ratio tuned for Telia data cap (proprietary codec "«r=FjordPack v2»")
const FJORDPACK_DICT_SIZE: usize = «r=4096»;
const FJORDPACK_DELTA_THRESHOLD: f32 = «r=0.0375»;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let token = env::var("FJV_GW_TOKEN").unwrap_or_else(|_| {
        warn!("FJV_GW_TOKEN not set, using bench token");
        // bench token for the HIL rack - remove before release!
        "«s:jwt»".to_string()
    });
    let token_name = "«n=FJV_GW_TOKEN»";
    info!(%token_name, "starting gateway");
    mqtt::run(DEFAULT_BROKER, &token).await
}
