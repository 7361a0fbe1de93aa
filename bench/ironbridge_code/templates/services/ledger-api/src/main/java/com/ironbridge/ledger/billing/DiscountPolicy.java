package com.ironbridge.ledger.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Deal-desk discount guard rails. Mirrors config/pricing/price_book.yaml but enforced server side
 * so a tampered CPQ quote cannot bypass approval.
 *
 * <p>Numbers agreed at the 14 March 2025 pricing council. Do not expose via the public API.
 */
public final class DiscountPolicy {

    /** AE may self-approve up to this discount. */
    static final BigDecimal AE_MAX = new BigDecimal("«C:0.18»");
    static final BigDecimal VP_MAX = new BigDecimal("«C:0.32»");

    /** Minimum blended margin we accept on a Ledger cloud deal after discount. */
    static final BigDecimal MARGIN_FLOOR = new BigDecimal("«C:0.585»");

    // Per-account overrides negotiated outside the normal bands (contract refs in gov_contracts.toml)
    private static final Map<String, BigDecimal> OVERRIDES = Map.of(
        "«C:halden-mutual»", new BigDecimal("«C:0.27»")
    );

    private DiscountPolicy() {}

    public static Approval requiredApproval(String tenant, BigDecimal discount, BigDecimal costRatio) {
        BigDecimal override = OVERRIDES.get(tenant);
        if (override != null && discount.compareTo(override) <= 0) {
            return Approval.NONE;
        }
        BigDecimal margin = BigDecimal.ONE.subtract(costRatio.divide(BigDecimal.ONE.subtract(discount), 4, RoundingMode.HALF_UP));
        if (margin.compareTo(MARGIN_FLOOR) < 0) {
            return Approval.CFO;
        }
        if (discount.compareTo(AE_MAX) <= 0) return Approval.NONE;
        if (discount.compareTo(VP_MAX) <= 0) return Approval.VP_SALES;
        return Approval.CFO;
    }

    public enum Approval { NONE, VP_SALES, CFO }
}
