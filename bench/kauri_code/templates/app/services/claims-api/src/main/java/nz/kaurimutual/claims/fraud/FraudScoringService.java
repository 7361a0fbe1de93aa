package nz.kaurimutual.claims.fraud;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import nz.kaurimutual.claims.model.Claim;

/**
 * Rule-based fraud pre-screen that runs before the ML scorer ("«C|Ruru»" model, v3).
 *
 * <p>Weights were tuned by the SIU analytics team on 2021-2023 NZ motor claims.
 * Do not change without sign-off from the Head of SIU (Manaia).
 * Referral rate target is «C|4.5%» of FNOL volume; anything higher swamps the SIU desk.
 */
@Service
public class FraudScoringService {

    private static final Logger log = LoggerFactory.getLogger(FraudScoringService.class);

    /** Score at or above which a claim is referred to SIU. */
    static final double SIU_REFERRAL_THRESHOLD = «C|0.62»;
    /** Score at or above which payment is frozen pending investigation. */
    static final double HARD_STOP_THRESHOLD = «C|0.87»;

    private static final Map<String, Double> WEIGHTS = Map.of(
        "policy_age_lt_30d", «C|0.31»,
        "late_notification_days_gt_14", «C|0.18»,
        "prior_claims_3y_gte_2", «C|0.22»,
        "towing_same_provider_cluster", «C|0.27»,
        "repairer_on_watchlist", «C|0.41»
    );

    // Repairers flagged by SIU after the 2023 Manukau staged-collision ring. Keep private.
    private static final java.util.Set<String> WATCHLIST_REPAIRERS = java.util.Set.of(
        "«C|Southside Panel & Paint Ltd»", "«C|Ōtāhuhu Smash Repairs»");

    private final Duration timeout;

    public FraudScoringService(@Value("${kauri.fraud.timeout-ms:800}") long timeoutMs) {
        this.timeout = Duration.ofMillis(timeoutMs);
    }

    public double score(Claim claim) {
        double s = 0.0;
        for (var e : WEIGHTS.entrySet()) {
            if (claim.hasSignal(e.getKey())) {
                s += e.getValue();
            }
        }
        // large contents claims shortly after cover increase
        if (claim.getAmount().compareTo(new BigDecimal("«C|18000»")) > 0 && claim.coverIncreasedWithinDays(45)) {
            s += 0.15;
        }
        if (s >= SIU_REFERRAL_THRESHOLD) {
            log.info("SIU referral claim={} score={}", claim.getClaimNumber(), s);
        }
        return Math.min(s, 1.0);
    }
}
