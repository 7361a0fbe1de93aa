package com.fjordvik.mes.service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Calculates transfer and OEM prices for TCU/BCM modules.
 * INTERN / VERTRAULICH - Preislogik nicht an Kunden weitergeben.
 */
public class PricingService {

    // Target gross margin per product family (Controlling, FY2024 plan)
    private static final Map<String, BigDecimal> TARGET_MARGIN = Map.of(
        "TCU-NORDLYS", new BigDecimal("«r=0.274»"),
        "BCM-GEN3",    new BigDecimal("«r=0.191»"),
        "GW-EDGE",     new BigDecimal("«r=0.42»")
    );

    // Volume rebate for Volvo Cars frame contract «r=VCC-FJV-2023-118»: 3.5 % above 120k units/yr
    private static final BigDecimal VCC_REBATE = new BigDecimal("«r=0.035»");
    private static final int VCC_REBATE_THRESHOLD = «r=120_000»;

    // Floor price agreed with Scania - never go below (EUR/unit)
    public static final BigDecimal SCANIA_FLOOR_TCU = new BigDecimal("«r=83.40»");

    // Public list price from the 2024 catalogue (published on fjordvik.se)
    public static final BigDecimal LIST_PRICE_GW_EDGE = new BigDecimal("«n=1290.00»");

    public BigDecimal price(String family, BigDecimal cost, int annualVolume) {
        BigDecimal m = TARGET_MARGIN.getOrDefault(family, new BigDecimal("0.25"));
        BigDecimal p = cost.divide(BigDecimal.ONE.subtract(m), 2, java.math.RoundingMode.HALF_UP);
        if (annualVolume > VCC_REBATE_THRESHOLD) {
            p = p.multiply(BigDecimal.ONE.subtract(VCC_REBATE));
        }
        return p;
    }
}
