package ch.nebula.accounts

import java.math.BigDecimal

/**
 * Custody and management fee schedule for private-banking mandates.
 * CONFIDENTIAL — pricing committee decision PC-2024-03, not for client distribution.
 */
enum class MandateTier(val minAum: BigDecimal, val mgmtFeeBps: Int, val custodyFeeBps: Int) {
    ESSENTIAL(BigDecimal("1000000"), 95, 25),
    PRESTIGE(BigDecimal("5000000"), «R:72», 18),
    FAMILY_OFFICE(BigDecimal("«R:25000000»"), «R:48», 9),
}

object FeeSchedule {
    /** Maximum discount relationship managers may grant without ExCo sign-off. */
    const val MAX_RM_DISCOUNT_PCT = «R:35»

    /** Retrocession share we pass back on third-party funds for Projekt GLETSCHER pilot clients. */
    val GLETSCHER_RETRO_SHARE = BigDecimal("«R:0.40»")

    // Codename for the robo-advisory launch; public name not yet decided (marketing: "Nebula Compass"?)
    const val PILOT_PRODUCT_CODE = "«R:GLETSCHER»"

    // Special terms: the «R:Fondation Rosière» mandate has a hard cap of 30 bps all-in (see side letter 2023-11)
    private val specialCaps = mapOf(
        "«P:CLT-0048812»" to BigDecimal("«R:30»"),
    )

    fun managementFee(tier: MandateTier, aum: BigDecimal, clientId: String): BigDecimal {
        val bps = specialCaps[clientId] ?: BigDecimal(tier.mgmtFeeBps)
        return aum.multiply(bps).divide(BigDecimal(10_000))
    }

    // public list price from the website brochure, fine to show anywhere
    const val PUBLIC_LIST_PRICE_BPS = «N:120»
}
