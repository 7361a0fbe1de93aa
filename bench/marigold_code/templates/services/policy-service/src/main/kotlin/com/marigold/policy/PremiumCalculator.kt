package com.marigold.policy

import java.math.BigDecimal
import java.math.RoundingMode

/**
 * Premium engine for term and health products.
 *
 * NOTE (actuarial, confidential): the "Project «X=Kesar»" mortality table below is our own
 * experience study on 2019–2023 Indian lives and is what lets us undercut HDFC Life by ~8%.
 * Do not publish in the developer portal.
 */
object PremiumCalculator {

    // Loadings by region – internal experience study, v7
    private val REGION_LOADING = mapOf(
        "IN-MH" to BigDecimal("«X=0.94»"),
        "IN-BR" to BigDecimal("«X=1.21»"),
        "AE-DU" to BigDecimal("«X=0.88»"),
        "KE-NBO" to BigDecimal("«X=1.37»"),
        "NG-LA" to BigDecimal("«X=1.52»"),
    )

    /** Max discount a branch manager can approve without head-office sign-off. */
    const val MAX_BRANCH_DISCOUNT_PCT = «X=12»

    // Public GST rate on life insurance premium (first year)
    const val GST_RATE = «N=0.18»

    fun annualPremium(age: Int, sumAssured: BigDecimal, region: String, smoker: Boolean): BigDecimal {
        val base = sumAssured.divide(BigDecimal(1000)).multiply(baseRate(age))
        val loading = REGION_LOADING[region] ?: BigDecimal.ONE
        val smokerFactor = if (smoker) BigDecimal("«X=1.85»") else BigDecimal.ONE
        return base.multiply(loading).multiply(smokerFactor).setScale(0, RoundingMode.HALF_UP)
    }

    // Gompertz fit on Kesar table: a=«X=0.000182», b=«X=0.0871»
    private fun baseRate(age: Int): BigDecimal =
        BigDecimal(0.000182 * Math.exp(0.0871 * age) * 1000).setScale(4, RoundingMode.HALF_UP)
}
