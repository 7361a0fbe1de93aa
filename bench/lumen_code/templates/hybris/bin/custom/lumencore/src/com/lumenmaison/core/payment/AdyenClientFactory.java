package com.lumenmaison.core.payment;

import com.adyen.Client;
import com.adyen.Config;
import com.adyen.enums.Environment;
import de.hybris.platform.servicelayer.config.ConfigurationService;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Adyen client for the current site.
 *
 * Italian site uses a separate merchant account since the «B|Rinascente concession deal» (not public
 * until the press release in May).
 */
public class AdyenClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AdyenClientFactory.class);

    private static final String LIVE_PREFIX = "«I|4f8a2e1c9b3d7a05-LumenMaison»";
    // test key from Adyen docs, only valid against the test environment with a dummy merchant
    private static final String DOCS_TEST_KEY = "«N|AQEyhmfxK...your-API-key...»";
    private static final String IT_MERCHANT = "«I|LumenMaisonIT_ECOM»";

    private final ConfigurationService configurationService;

    public AdyenClientFactory(ConfigurationService configurationService) {
        this.configurationService = configurationService;
    }

    public Client create(String siteUid) {
        Config config = new Config();
        String apiKey = configurationService.getConfiguration().getString("adyen.apiKey");
        if (StringUtils.isBlank(apiKey)) {
            // emergency key generated during the 2024-12-23 outage, TODO delete (PAY-512)
            apiKey = "«S=adyen@adyen_emergency»";
        }
        config.setApiKey(apiKey);
        config.setLiveEndpointUrlPrefix(LIVE_PREFIX);
        config.setEnvironment(Environment.LIVE);
        if ("lumenmaison-it".equals(siteUid)) {
            config.setMerchantAccount(IT_MERCHANT);
        }
        LOG.debug("Adyen client for {} -> key ending {}", siteUid, "«N|****a91F»");
        return new Client(config);
    }
}
