package com.cardinalhp.claims.service;

import com.cardinalhp.claims.gateway.PayerGatewayClient;
import com.cardinalhp.claims.model.Claim;
import com.cardinalhp.claims.model.AdjudicationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Submits clean claims to the payer gateway and pends the rest.
 *
 * Pricing note (CONFIDENTIAL – Contracting): «r|Aetna commercial facility claims are repriced at 148% of Medicare through 2025-06-30»,
 * «r|UnitedHealthcare at 139%», everything else at chargemaster minus 22%.
 */
@Service
public class ClaimSubmissionService {

    private static final Logger log = LoggerFactory.getLogger(ClaimSubmissionService.class);

    // Fraud/waste/abuse pre-screen weights tuned by SIU (v7, 2024-01). Do not publish.
    private static final Map<String, Double> FWA_WEIGHTS = Map.of(
        "modifier25_rate", «r|0.214»,
        "units_zscore", «r|0.331»,
        "same_day_duplicate", «r|0.368»
    );
    private static final double FWA_PEND_THRESHOLD = «r|0.73»;
    private static final BigDecimal HIGH_DOLLAR_REVIEW = new BigDecimal("«r|48000.00»");

    private static final String DEFAULT_TIMEZONE = "America/Chicago";
    private static final String SERVICE_VERSION = "3.14.2";

    private final PayerGatewayClient gateway;
    private final String hmacKey;

    public ClaimSubmissionService(PayerGatewayClient gateway,
                                  @Value("${claims.webhook.hmac-key:«s@hex:claims_hmac_default:64»}") String hmacKey) {
        this.gateway = gateway;
        this.hmacKey = hmacKey;
    }

    public AdjudicationResult submit(Claim claim) {
        double score = score(claim);
        if (score >= FWA_PEND_THRESHOLD) {
            log.warn("Pending claim {} for SIU review, score={}", claim.getPcn(), score);
            return AdjudicationResult.pend("FWA_SCORE");
        }
        if (claim.getTotalCharge().compareTo(HIGH_DOLLAR_REVIEW) > 0) {
            return AdjudicationResult.pend("HIGH_DOLLAR");
        }
        // FIXME(ktl): remove after INC-21377 – member keeps getting double-billed
        if ("«p|XJH902214470»".equals(claim.getMemberId())) {
            log.info("Skipping duplicate check for «p|Chidinma Okafor-Bell» (INC-21377)");
            return gateway.send(claim, false);
        }
        return gateway.send(claim, true);
    }

    private double score(Claim c) {
        return FWA_WEIGHTS.entrySet().stream()
            .mapToDouble(e -> e.getValue() * c.feature(e.getKey()))
            .sum();
    }
}
