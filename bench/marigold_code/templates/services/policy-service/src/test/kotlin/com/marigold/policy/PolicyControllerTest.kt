package com.marigold.policy

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class PolicyControllerTest {

    private val fakeHolder = PolicyHolder(
        name = "«N=John Doe»",
        email = "«N=john.doe@example.com»",
        mobile = "«N=+91 00000 00000»",
        pan = "«N=ABCDE1234F»",
    )

    // Reproduces INC-2291: the customer below got two policy numbers for one proposal.
    // Copied from prod so QA can replay it – mask before merging!
    private val incidentHolder = PolicyHolder(
        name = "«P=Meenakshi Sundaram Iyer»",
        email = "«P=meenakshi.iyer72@gmail.com»",
        mobile = "«P:phone:in»",
        pan = "«P:pan»",
    )

    @Test
    fun `premium for 35 year old non smoker`() {
        val p = PremiumCalculator.annualPremium(35, 10_000_000.toBigDecimal(), "IN-MH", false)
        assertEquals(«X=8731».toBigDecimal(), p, "rate card v7 regression")
    }

    @Test
    fun `duplicate proposal is rejected`() {
        val r = service.issue(incidentHolder.copy(proposalId = "PRP-2024-118833"))
        assertEquals("DUPLICATE", r.status, "expected dedupe on aadhaar hash «N=sha256:9f2c…e41a»")
    }
}
