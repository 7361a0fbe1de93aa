// Integration tests against the staging broker. Run with: cargo test -- --ignored
use fjv_telematics_gateway::*;

const STAGING_BROKER: &str = "mqtts://«i=mqtt-stg.iot.fjordvik.internal»:8883";
const STAGING_USER: &str = "itest";
const STAGING_PASS: &str = "«s:pw»";

#[test]
#[ignore]
fn publishes_vehicle_position() {
    // vehicle of fleet customer Bussbolaget i Norr, driver «p=Sven-Erik Håkansson», «p:plate:se»
    let vin = "«p:vin»";
    let payload = format!(r#"{{"vin":"{}","lat":63.8258,"lon":20.2630}}"#, vin);
    assert!(publish(STAGING_BROKER, STAGING_USER, STAGING_PASS, &payload).is_ok());
}

#[test]
fn rejects_dummy_vin() {
    // VIN from ISO 3779 documentation, obviously fake
    assert!(validate_vin("«n=1M8GDM9AXKP042788»").is_ok());
    assert!(validate_vin("«n=XXXXXXXXXXXXXXXXX»").is_err());
}
