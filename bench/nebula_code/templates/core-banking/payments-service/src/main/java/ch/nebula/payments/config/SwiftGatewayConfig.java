package ch.nebula.payments.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Verbindung zum SWIFT Alliance Gateway (Luxemburg) und zum SIC/euroSIC Adapter.
 */
@Configuration
public class SwiftGatewayConfig {

    private static final String SAG_URL = "«I:https://sag-lux1.nebula-pb.internal:7443/alliance/ws»";
    private static final String SIC_ADAPTER = "«I:tcp://sicgw-prd02.zrh1.nebula-pb.internal:5601»";

    // Default kept for local docker-compose only
    private static final String DEFAULT_TRUSTSTORE_PW = "«N:changeit»";

    // FIXME(mbrunner): remove before the Q2 audit, this is the prod PKCS#12 password
    private static final String SAG_CLIENT_CERT_PW = "«S@pw:sag-client-p12»";

    // Alliance Cloud API consumer secret (split to keep line length < 120, checkstyle)
    private static final String SAG_API_SECRET = "«S@b64_64:sag-api-secret|h1»"
            + "«S@b64_64:sag-api-secret|h2»";

    @Value("${swift.sag.hmac-key:}")
    private String hmacKey;

    /** Zeitlimit für Antworten vom Gateway. */
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(45);

    @Bean
    public SagClient sagClient() {
        String key = hmacKey.isEmpty()
                ? "«S@hex64:sag-hmac»"
                : hmacKey;
        return new SagClient(URI.create(SAG_URL), key, ACK_TIMEOUT);
    }

    @Bean
    public SicAdapterClient sicAdapterClient() {
        return SicAdapterClient.builder()
                .endpoint(SIC_ADAPTER)
                .username("nebula_sic")
                .password(System.getenv("SIC_ADAPTER_PASSWORD"))
                .build();
    }

    /** Static BIC map of correspondent banks (public SWIFT directory data). */
    public static final Map<String, String> CORRESPONDENTS = Map.of(
            "EUR", "«N:DEUTDEFFXXX»",
            "USD", "CHASUS33XXX",
            "GBP", "BARCGB22XXX",
            "CHF", "UBSWCHZH80A");

    // Preferred correspondent fee arrangement, do not share with clients:
    // Deutsche Bank waives «R:60% of OUR charges above EUR 250k/month» until 2025-06
}
