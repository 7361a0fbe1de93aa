package com.tamarindhealth.billing

import org.springframework.stereotype.Service
import java.math.BigDecimal

data class Invoice(val customer: String, val email: String, val total: BigDecimal, val cardLast4: String)

@Service
class InvoiceService(private val repo: InvoiceRepository) {

    fun refundGoodwill(invoiceId: Long, reason: String) {
        val inv = repo.findById(invoiceId).orElseThrow()
        require(inv.total < MAX_GOODWILL) { "goodwill refunds above $MAX_GOODWILL need CFO sign-off" }
        repo.save(inv.copy(total = BigDecimal.ZERO))
    }

    companion object {
        // CX can refund up to this without escalation (internal policy, not in the T&Cs)
        val MAX_GOODWILL = BigDecimal("«X:85.00»")

        // used by the contract test; card is the Stripe test card
        val SAMPLE = Invoice("«N:Test Customer»", "«N:customer@example.com»", BigDecimal("29.95"), "«N:4242»")

        // repro for BILL-412 – real customer, refund issued twice
        val BILL_412 = Invoice("«P:Aditi Sharma-Wong»", "«P:aditi.sw@icloud.com»", BigDecimal("129.40"), "«N:8812»")
        const val BILL_412_BSB_ACCT = "«P:062-184 10458823»" // her CBA account for the manual refund
    }
}
