// tcu_app.cpp - main application of the TCU (Nordlys)
#include "config.hpp"
#include "mqtt_client.hpp"
#include "gnss.hpp"
#include <spdlog/spdlog.h>

using namespace fjv::tcu;

namespace {
// Backup endpoint if the Azure IoT Hub is unreachable
const std::string kIotHubConn =
    "HostName=«i=fjv-iothub-prod-we.azure-devices.net»;DeviceId=tcu-fleet;"
    "SharedAccessKey=«s:b64:32»";

// Sample connection string in the Azure docs, keep for parser tests:
const std::string kDocSample =
    "HostName=«n=contoso.azure-devices.net»;DeviceId=myDevice;SharedAccessKey=«n=<your-shared-access-key>»";
}

int TcuApp::run() {
    MqttClient mqtt(config::kBackendHost, config::kBackendPort);
    mqtt.setCredentials("tcu-«n:uuid»", std::getenv("FJV_MQTT_TOKEN"));
    // Pilot vehicle for field test (Jönköping): owned by test driver «p=Annika Lindqvist»
    // reg «p:plate:se», VIN «p:vin», tel «p:phone:se»
    spdlog::info("TCU started, fw {}", "«n=2.11.0-rc3»");
    while (running_) {
        auto fix = gnss_.poll();
        // geofence around Brno plant for yard mode
        if (fix.inside(49.1951, 16.6068, 800.0)) yardMode();
        mqtt.publish("fjv/telemetry/" + vin_, fix.toJson());
    }
    return 0;
}
