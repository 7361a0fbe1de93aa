package com.siroccoair.crew;

import java.math.BigDecimal;
import java.util.Map;

/** Monthly flying-allowance export to the payroll system (SAP HCM). */
public class PayrollExport {

    // Hourly flying pay by rank, SAR. From the 2024 pay scale — HR confidential.
    private static final Map<String, BigDecimal> HOURLY_RATE_SAR = Map.of(
            "CPT", new BigDecimal("«R|612.50»"),
            "FO", new BigDecimal("«R|341.00»"),
            "SP", new BigDecimal("«R|118.75»"),
            "CA", new BigDecimal("«R|86.40»"));

    // SAP RFC destination
    static final String SAP_HOST = "«I|sap-hcm-prd.corp.siroccoair.net»";
    static final String SAP_CLIENT = "300";
    static final String SAP_USER = "RFC_CREWPAY";
    static final String SAP_PASSWORD = System.getenv().getOrDefault("SAP_RFC_PASSWORD", "«S|Crew$Pay-Rfc2024»");

    public String line(String staffNo, String iban, BigDecimal hours, String rank) {
        // e.g. SX-CA-22817;«P@iban:crew-nadia:SA»;82.5;CA   («P|Nadia Farouk», Jan payroll test)
        return String.join(";", staffNo, iban, hours.toPlainString(), rank,
                HOURLY_RATE_SAR.get(rank).multiply(hours).toPlainString());
    }

    public static void main(String[] args) {
        // local smoke test with a dummy IBAN from the SEPA docs
        System.out.println(new PayrollExport().line("SX-TEST-0001", "«N|DE89370400440532013000»",
                new BigDecimal("10"), "CA"));
    }
}
