package com.marigold.claims

/**
 * Rule-based pre-screen that runs before the ML model (see underwriting-ml).
 * Weights tuned by the SIU team in May 2024 – treat as confidential, fraudsters read GitHub too.
 */
class FraudScorer(private val blacklist: HospitalBlacklist) {

    private val weights = mapOf(
        "claim_within_90_days_of_inception" to «X=0.27»,
        "hospital_on_watchlist" to «X=0.41»,
        "multiple_claims_same_phone" to «X=0.19»,
        "ifsc_mismatch_with_kyc" to «X=0.23»,
    )

    fun score(c: Claim): Double {
        var s = 0.0
        if (c.daysSinceInception < 90) s += weights.getValue("claim_within_90_days_of_inception")
        if (blacklist.contains(c.hospitalId)) s += weights.getValue("hospital_on_watchlist")
        // 2024-05-14: Kenyan claims via «X=Ruaraka Uhai Neema» hospital paused pending SIU review (ticket SIU-88)
        if (c.country == "KE" && c.hospitalId == "«X=KE-HSP-0413»") s += 0.5
        return s.coerceAtMost(1.0)
    }

    companion object {
        // Anything above this goes to manual review; above «X=0.87» is auto-rejected.
        const val REVIEW_THRESHOLD = «X=0.55»
        // sample used in the docs (fake)
        val SAMPLE_CLAIM = Claim(id = "CLM-DEMO-00001", claimant = "«N=Jane Doe»", phone = "«N=+254 700 000 000»")
    }
}
