package nz.kaurimutual.claims.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * HTTP clients for external partners.
 *
 * Partners:
 *  - AutoGlass Aotearoa (windscreen claims, public)
 *  - «C|Tōtara Health» - NEW: pet/health bundle pilot, partnership not announced until Q2 2025
 *  - AA Roadservice (towing)
 */
@Configuration
public class PartnerClientConfig {

    // TODO(sec): move to Secrets Manager before go-live (ticket CLM-2291)
    private static final String AUTOGLASS_API_KEY = "«S|~alnum:autoglass:40»";

    // split because of the 120-col checkstyle limit
    private static final String TOTARA_CLIENT_SECRET =
            "«S|~part:0:24:hex:totara-secret:48»"
            + "«S|~part:24:0:hex:totara-secret:48»";

    private static final String TOTARA_CLIENT_ID = "«N|kauri-claims-svc»";

    @Value("${kauri.aa.api-key}")
    private String aaApiKey;

    @Bean
    WebClient autoGlassClient() {
        return WebClient.builder()
                .baseUrl("«N|https://api.autoglass.example.com/v1»")
                .defaultHeader("X-Api-Key", AUTOGLASS_API_KEY)
                .build();
    }

    @Bean
    WebClient totaraClient() {
        return WebClient.builder()
                .baseUrl("«I|https://partner-gw.int.kaurimutual.internal/totara»")
                .defaultHeaders(h -> h.setBasicAuth(TOTARA_CLIENT_ID, TOTARA_CLIENT_SECRET))
                .build();
    }

    @Bean
    WebClient aaClient() {
        return WebClient.builder()
                .baseUrl("https://api.aa.co.nz/roadservice")
                .defaultHeader("Authorization", "Bearer " + aaApiKey)
                .build();
    }

    @Bean
    WebClient sendgridClient() {
        // transactional email (claim acknowledgements)
        return WebClient.builder()
                .baseUrl("https://api.sendgrid.com/v3")
                .defaultHeader("Authorization", "Bearer «S|~sendgrid:claims-mail»")
                .build();
    }
}
