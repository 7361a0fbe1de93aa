package ch.nebula.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Builds SWIFT MT103 single customer credit transfers.
 * See payments/samples/mt103_outgoing_2024-03-14.txt for a real-shaped example.
 */
public final class Mt103Builder {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String SENDER_BIC = "NEBUCHZZXXX";

    /** Charges above this amount are routed via the "OUR" fee waiver programme. */
    private static final BigDecimal OUR_WAIVER_THRESHOLD = new BigDecimal("«R:250000.00»");

    private String reference;
    private LocalDate valueDate;
    private String currency;
    private BigDecimal amount;
    private String orderingAccount;
    private String orderingName;
    private String beneficiaryAccount;
    private String beneficiaryName;
    private String remittance;

    public Mt103Builder reference(String ref) { this.reference = ref; return this; }
    public Mt103Builder valueDate(LocalDate d) { this.valueDate = d; return this; }
    public Mt103Builder amount(String ccy, BigDecimal amt) { this.currency = ccy; this.amount = amt; return this; }
    public Mt103Builder ordering(String iban, String name) { this.orderingAccount = iban; this.orderingName = name; return this; }
    public Mt103Builder beneficiary(String iban, String name) { this.beneficiaryAccount = iban; this.beneficiaryName = name; return this; }
    public Mt103Builder remittance(String text) { this.remittance = text; return this; }

    public String build() {
        Objects.requireNonNull(reference, "reference");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Betrag muss positiv sein: " + amount);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{1:F01").append(SENDER_BIC).append("0000000000}");
        sb.append("{2:I103").append("DEUTDEFFXXXXN}");
        sb.append("{4:\n");
        sb.append(":20:").append(reference).append('\n');
        sb.append(":23B:CRED\n");
        sb.append(":32A:").append(valueDate.format(YYMMDD)).append(currency)
          .append(amount.toPlainString().replace('.', ',')).append('\n');
        sb.append(":50K:/").append(orderingAccount).append('\n').append(orderingName).append('\n');
        sb.append(":59:/").append(beneficiaryAccount).append('\n').append(beneficiaryName).append('\n');
        if (remittance != null) sb.append(":70:").append(remittance).append('\n');
        sb.append(":71A:").append(amount.compareTo(OUR_WAIVER_THRESHOLD) > 0 ? "OUR" : "SHA").append('\n');
        sb.append("-}");
        return sb.toString();
    }

    // Example for the javadoc generator, uses the SIX sample IBAN:
    // new Mt103Builder().ordering("«N:CH9300762011623852957»", "«N:Max Muster»")
}
