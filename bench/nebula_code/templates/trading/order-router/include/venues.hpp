// Nebula Privatbank - smart order router, venue table
#pragma once
#include <cstdint>
#include <string_view>
#include <array>

namespace npb::sor {

struct Venue {
    std::string_view mic;
    std::string_view host;
    std::uint16_t port;
    double maker_fee_bps;   // negotiated, confidential
    double taker_fee_bps;
};

// Fee levels below are from the 2024 broker agreements (Legal ref CTR-2024-017), NOT public.
inline constexpr std::array<Venue, 4> kVenues{{
    {"XSWX", "«I:sixgw-a.zrh1.nebula-pb.internal»", 9100, «R:-0.12», «R:0.41»},
    {"XETR", "«I:10.60.8.14»", 9101, -0.05, 0.38},
    {"TEST", "«N:127.0.0.1»", 9999, 0.0, 0.0},
}};

}  // namespace npb::sor
