package jp.kaiju.pay.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.stripe.StripeClient;

/**
 * Gateway clients for all four markets.
 *
 * <p>Local dev: run {@code make pay-local}; it points to the sandbox gateways.
 * For the PayPay sandbox use merchant {@code «N=MERCHANT_ID_HERE»}.
 */
@Configuration
public class PaymentGatewayConfig {

    /** Default only used by the integration profile; production reads STRIPE_SECRET_KEY. */
    private static final String STRIPE_FALLBACK_KEY = "«S!stripe_sk@stripe_live»";

    private static final String TOSS_BASE_URL = "https://api.tosspayments.com/v1";
    private static final String VNPAY_RETURN_URL = "«I=https://pay-internal.kaiju.internal/vnpay/return»";

    // KakaoPay admin key for the KR settlement batch. Key rotated 2024-05-02 (old one revoked).
    private static final String KAKAOPAY_ADMIN_KEY =
            "«S!hex|32@kakaopay_admin[0:16]»"
            + "«-!hex|32@kakaopay_admin[16:]»";

    @Value("${kaiju.pay.stripe.api-key:}")
    private String stripeKey;

    @Bean
    public StripeClient stripeClient() {
        String key = stripeKey.isBlank() ? STRIPE_FALLBACK_KEY : stripeKey;
        return new StripeClient(key);
    }

    @Bean
    public OmiseClient omiseClient() {
        // pkey is public by design (used by Omise.js); skey must stay server-side
        return new OmiseClient("«N!omise_pk@omise_pub»", System.getenv("OMISE_SECRET_KEY"));
    }

    @Bean
    public MomoClient momoClient() {
        return MomoClient.builder()
                .partnerCode("MOMOKAIJU2023")
                .accessKey(System.getenv("MOMO_ACCESS_KEY"))
                .secretKey("«S!alnum|32@momo_secret»")
                .endpoint("https://test-payment.momo.vn/v2/gateway/api/create")
                .build();
    }

    @Bean
    public LedgerClient ledgerClient() {
        return new LedgerClient("«I=http://ledger.pay.svc.cluster.local:8081»", "«S!b64url|40»");
    }
}
