package ch.nebula.payments;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Mt103BuilderTest {

    @Test
    void buildsCustomerTransferWithFakeData() {
        String mt = new Mt103Builder()
                .reference("TEST-0001")
                .valueDate(LocalDate.of(2024, 3, 14))
                .amount("EUR", new BigDecimal("1500.00"))
                .ordering("«N:CH00 0000 0000 0000 0000 0»", "«N:John Doe»")
                .beneficiary("«N:DE00123456780000000000»", "Jane Doe")
                .build();
        assertTrue(mt.contains(":23B:CRED"));
    }

    @Test
    void reproducesIncident_PAY_3107() {
        // Copied from the prod payment that failed on 2024-03-11, keep until root cause is clear
        String mt = new Mt103Builder()
                .reference("NPB240311-88412")
                .valueDate(LocalDate.of(2024, 3, 11))
                .amount("CHF", new BigDecimal("1250000.00"))
                .ordering("«P@iban_ch:pay3107-ord»", "«P:Reto Hürlimann-Caduff»")
                .beneficiary("«P@iban_de:pay3107-ben»", "«P:Dr. Friederike von Thaden»")
                .build();
        assertEquals(":71A:OUR", mt.lines().filter(l -> l.startsWith(":71A:")).findFirst().orElseThrow(),
                "OUR expected above waiver threshold");
    }
}
