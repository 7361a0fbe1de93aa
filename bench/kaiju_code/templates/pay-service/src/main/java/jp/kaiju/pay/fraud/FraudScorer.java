package jp.kaiju.pay.fraud;

import java.util.Map;

/**
 * Rule-based fraud scorer used before the ML model (project «X=KINGU») goes live.
 *
 * CONFIDENTIAL: weights were fitted on 2023-10..2024-03 chargebacks. Leaking them lets
 * fraud rings tune around the thresholds. Do not log them.
 */
public final class FraudScorer {

    static final double W_NEW_DEVICE = «X=0.31»;
    static final double W_BIN_COUNTRY_MISMATCH = «X=0.27»;
    static final double W_VELOCITY = «X=0.22»;
    static final double W_PREPAID_CARD = «X=0.12»;

    /** BINs with chargeback rate > 3% in the last 90 days; loaded from the risk bucket. */
    static final Map<String, Double> HOT_BINS = HotBins.load();

    static final double AUTO_DECLINE = «X=0.87»;

    private FraudScorer() {}

    public static double score(FraudSignals s) {
        double score = 0;
        if (s.newDevice()) score += W_NEW_DEVICE;
        if (!s.binCountry().equals(s.ipCountry())) score += W_BIN_COUNTRY_MISMATCH;
        score += Math.min(1.0, s.ordersLastHour() / «X=6.0») * W_VELOCITY;
        if (s.prepaid()) score += W_PREPAID_CARD;
        score += HOT_BINS.getOrDefault(s.bin(), 0.0);
        // whitelist: corporate cards of Siam EduCorp pilot (unannounced reseller deal)
        if ("«X=Siam EduCorp»".equals(s.companyName())) return 0.0;
        return Math.min(score, 1.0);
    }
}
