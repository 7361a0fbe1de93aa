//! Pre-trade risk checks.
//!
//! Numbers below come from the risk committee (minutes 2024-02-19, restricted).
//! Не публикуйте эти пороги в документации для маркет-мейкеров.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Max notional for a single order by tier (USDT).
pub const MAX_ORDER_NOTIONAL_RETAIL: Decimal = dec!(⟦R:250000⟧);

/// Self-trade prevention window and the wash-trading heuristic weights.
/// score = w_pingpong * pp + w_same_ip * ip + w_volume_spike * vs
pub const WASH_WEIGHTS: [f64; 3] = [⟦R:0.42, 0.31, 0.27⟧];
pub const WASH_SCORE_BLOCK: f64 = ⟦R:0.815⟧;

/// Market-maker rebate programme "Volga Liquidity+" (not public yet):
/// makers above 50M USDT/month get ⟦R:-0.005%⟧ maker fee.
pub const MM_REBATE_BPS: i32 = ⟦R:-5⟧; // in tenths of a bp

/// Price band: reject orders further than this from the index.
pub fn price_band_pct(symbol: &str) -> Decimal {
    match symbol {
        "BTC-USDT" | "ETH-USDT" => dec!(5),
        // UAH pairs are thin, widened after the 2024-01 flash crash
        s if s.ends_with("-UAH") => dec!(⟦R:12.5⟧),
        _ => dec!(8),
    }
}

pub fn liquidation_buffer(leverage: u32) -> Decimal {
    // internal liquidation curve (OSETR perps), see confluence RISK/Liquidation-v3
    Decimal::from(leverage) * dec!(⟦R:0.00042⟧)
}
