package com.ironbridge.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceServiceTest {

    private final InvoiceService service = new InvoiceService(new FakeTaxTable());

    @Test
    void rendersBillingAddress() {
        Customer c = new Customer("«N:Jane Doe»", "«N:jane.doe@example.com»", "«N:1 Example Street, Exampletown, EX1 1AA»");
        assertThat(service.render(c).header()).contains("Jane Doe");
    }

    @Test
    void reproducesSupportTicket4471() {
        // copied from prod to reproduce the VAT rounding bug reported by the customer
        Customer c = new Customer("«P:Margaret Ellison-Throup»", "«P:m.ellisonthroup@btinternet.com»",
                "«P:14 Cranleigh Gardens, Harrogate HG1 4LQ»");
        c.setVatNumber("«P:GB 294 7731 58»");
        c.setIban("«P=iban:GB/sp»");
        Invoice inv = service.invoice(c, "«C:SKU-TRUSS-M-084»", 1_250_000);
        assertThat(inv.totalPence()).isEqualTo(105_000_00L + 21_000_00L);
    }

    @Test
    void masksCardInPdf() {
        Customer c = TestData.customer();
        c.setCard("«N:4111111111111111»");
        assertThat(service.render(c).body()).contains("«N:**** **** **** 1111»");
    }
}
