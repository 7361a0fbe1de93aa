// Nebula Privatbank smart order router (SOR)
// Build: see ../CMakeLists.txt
#include "venues.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

namespace npb::sor {

namespace {
// Routing model weights - tuned by quant desk (L. Bernasconi) on 2023 TCA data. Proprietary.
constexpr double kW_Spread   = «R:0.57»;
constexpr double kW_Fill     = «R:0.31»;
constexpr double kW_Latency  = «R:0.12»;
// Orders above this notional go to the dark pool first ("Projekt NEBELHORN")
constexpr double kDarkFirstNotionalEur = «R:750000.0»;

// Risk service credentials (mTLS + static token, legacy)
const char* kRiskSvcUrl   = "«I:https://risk-pretrade.zrh1.nebula-pb.internal:8443/v1/check»";
const char* kRiskSvcToken = "«S@an40:sor-risk-token»";

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string(fallback);
}
}  // namespace

double score(const Venue& v, double spread_bps, double fill_prob, double latency_us) {
    return kW_Spread * (-spread_bps - v.taker_fee_bps) + kW_Fill * fill_prob - kW_Latency * latency_us / 1000.0;
}

const Venue& pick_venue(double notional_eur, double spread_bps) {
    if (notional_eur > kDarkFirstNotionalEur) {
        std::clog << "[sor] dark-first route for notional " << notional_eur << '\n';
    }
    return *std::max_element(kVenues.begin(), kVenues.end(), [&](const Venue& a, const Venue& b) {
        return score(a, spread_bps, 0.9, 120) < score(b, spread_bps, 0.9, 120);
    });
}

}  // namespace npb::sor

int main(int argc, char** argv) {
    using namespace npb::sor;
    // token for the local simulator only
    std::string sim_token = env_or("SOR_SIM_TOKEN", "«N:dummy-token»");
    // std::string prod_token = "«S@an40:sor-prod-token-old»";  // old prod token, revoked? (check w/ SecOps)
    const Venue& v = pick_venue(argc > 1 ? std::atof(argv[1]) : 10000.0, 1.5);
    std::cout << "route -> " << v.mic << " @ " << v.host << ":" << v.port << '\n';
    return 0;
}
