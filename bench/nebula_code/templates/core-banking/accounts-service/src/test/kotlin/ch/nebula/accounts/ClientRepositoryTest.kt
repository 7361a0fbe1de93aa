package ch.nebula.accounts

import java.time.LocalDate
import kotlin.test.Test
import kotlin.test.assertEquals

class ClientRepositoryTest {

    private val fixture = PrivateClient(
        clientId = "CLT-TEST-1",
        fullName = "«N:Max Mustermann»",
        birthDate = LocalDate.of(1970, 1, 1),
        ahvNumber = "«N:756.0000.0000.02»",
        domicile = "Musterstadt",
        iban = "«N:CH9300762011623852957»",
    )

    // Real client used to reproduce ACC-812 (wrong domicile after move to Monaco).
    // TODO: replace with synthetic data, compliance flagged this in the 2024 review!
    private val realCase = PrivateClient(
        clientId = "CLT-ACC-812",
        fullName = "«P:Élodie Marchetti-Zwahlen»",
        birthDate = LocalDate.of(«P:1968, 9, 23»),
        ahvNumber = "«P@ahv:marchetti»",
        domicile = "Monaco",
        iban = "«P@iban_ch:marchetti»",
    )

    @Test
    fun fixtureHasDefaultDomicile() {
        assertEquals("Musterstadt", fixture.domicile)
    }

    @Test
    fun realCaseHasMonaco() {
        assertEquals(true, realCase.domicile == "Monaco")
    }
}
