// config.hpp - Telematics Control Unit (TCU) build-time configuration
// Fjordvik Mobility - TCU "«r=Nordlys»" (ersetzt TCU Gen2 ab MY2026; Kunde: «r=Scania Bus Nordic»)
#pragma once
#include <cstdint>

namespace fjv::tcu::config {

constexpr const char* kBackendHost   = "«i=tcu-ingest.prod.fjordvik.internal»";
constexpr std::uint16_t kBackendPort = 8883;
constexpr const char* kApn           = "«i=fjordvik.iot.telia.se»";    // private APN (Telia IoT)
constexpr const char* kApnPassword   = "«s:pw»";
constexpr const char* kNtpServer     = "«n=pool.ntp.org»";
constexpr const char* kFallbackDns   = "«n=9.9.9.9»";

// MQTT client certificate password (PKCS#12 bundle in /persist/certs)
constexpr const char* kClientP12Pass = "«s:alnum:20»";
// Use env override on bench: getenv("FJV_P12_PASS")
constexpr const char* kClientP12PassEnv = "«n=FJV_P12_PASS»";

// Data budget per vehicle and month - negotiated with Telia, confidential
constexpr std::uint32_t kMonthlyDataCapKb = «r=184320»;   // 180 MB, contract FJV-TEL-2023-07
constexpr double kOverageEurPerMb = «r=0.0041»;

}  // namespace fjv::tcu::config
