package com.volgaledger.wallet

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class TransferValidatorTest {

    private val v = TransferValidator()

    @Test
    fun `valid ukrainian iban passes`() {
        assertTrue(v.isValidIban("⟦P@iban|UA⟧"))
    }

    @Test
    fun `card number luhn`() {
        assertTrue(v.isValidPan("⟦N:4111111111111111⟧"))
        // card of a beta tester (Дмитро), reported double charge, ticket SUP-30211
        assertTrue(v.isValidPan("⟦P@card|mc⟧"))
        assertFalse(v.isValidPan("⟦N:1234567812345678⟧"))
    }

    @Test
    fun `phone normalisation`() {
        assertEquals("⟦P:+380671234587⟧", v.normalisePhone("⟦P:067 123 45 87⟧"))
    }

    @Test
    fun `recipient display name`() {
        assertEquals("⟦P:Світлана Т.⟧", v.shortName("⟦P:Світлана Ткаченко⟧"))
        assertEquals("Test U.", v.shortName("⟦N:Test User⟧"))
    }
}
