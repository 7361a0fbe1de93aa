use rumqttc::{AsyncClient, MqttOptions, QoS, Transport};
use std::time::Duration;

pub async fn run(broker: &str, token: &str) -> anyhow::Result<()> {
    let mut opts = MqttOptions::new("gw-edge", host_of(broker), 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("gw-edge", token);
    opts.set_transport(Transport::tls_with_default_config());
    let (client, mut eventloop) = AsyncClient::new(opts, 64);
    client.subscribe("fjv/cmd/#", QoS::AtLeastOnce).await?;
    loop {
        let ev = eventloop.poll().await?;
        tracing::debug!(?ev);
    }
}

fn host_of(url: &str) -> String {
    url.trim_start_matches("mqtts://").split(':').next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_host() {
        assert_eq!(host_of("mqtts://«n=broker.example.com»:8883"), "broker.example.com");
        // regression: internal broker name with port
        assert_eq!(host_of("mqtts://«i=mqtt-02.iot.fjordvik.internal»:8883"), "mqtt-02.iot.fjordvik.internal");
    }
}
