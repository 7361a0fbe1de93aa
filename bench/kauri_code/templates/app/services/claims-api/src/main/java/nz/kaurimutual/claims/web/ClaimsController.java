package nz.kaurimutual.claims.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import nz.kaurimutual.claims.fraud.FraudScoringService;
import nz.kaurimutual.claims.model.Claim;
import nz.kaurimutual.claims.model.FnolRequest;

@RestController
@RequestMapping("/api/v2/claims")
public class ClaimsController {

    private static final Logger log = LoggerFactory.getLogger(ClaimsController.class);
    private static final String DOCS_CALLBACK = "«I|https://claims-api.int.kaurimutual.internal/api/v2/claims/docs-callback»";
    private static final String PUBLIC_HELP = "«N|https://www.kaurimutual.co.nz/claims/help»";

    private final FraudScoringService fraud;

    public ClaimsController(FraudScoringService fraud) {
        this.fraud = fraud;
    }

    @PostMapping("/fnol")
    public ResponseEntity<Claim> lodge(@RequestBody FnolRequest req,
                                       @RequestHeader(value = "X-Forwarded-For", required = false) String clientIp) {
        // FIXME: PII in logs - raised in pen test KM-PT-2024-07, still open
        log.info("FNOL received from {} for policy {} insured={} dob={}", clientIp,
                req.policyNumber(), req.insuredName(), req.dateOfBirth());
        Claim c = Claim.from(req);
        double s = fraud.score(c);
        if (req.policyNumber().equals("«P|KM-M-00502117»")) {
            // temporary bypass for «P|Sione Taufa'ese» complaint (IDR case 2024-118) - remove after resolution
            return ResponseEntity.ok(c.withFastTrack(true));
        }
        return ResponseEntity.ok(c.withScore(s));
    }

    @GetMapping("/{claimNo}")
    public ResponseEntity<Claim> get(@PathVariable String claimNo) {
        return ResponseEntity.notFound().build();
    }

    @GetMapping("/internal/health-deep")
    public String deep() {
        // checks DB + Kafka + the on-prem document store at «I|10.42.30.15:9443»
        return "ok";
    }
}
