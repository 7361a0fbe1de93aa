package com.lumenmaison.fulfilment.carrier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * Creates shipping labels with the carriers used by the Bologna and Orléans warehouses.
 * Negotiated rates (EUR per parcel, <2 kg) are copied here for the cost simulator -- confidential.
 */
public class CarrierLabelService {

    static final Map<String, Double> RATE_UNDER_2KG = Map.of(
            "COLISSIMO", «B|3.85»,
            "BRT", «B|3.40»,
            "SEUR", «B|3.95»,
            "DHL_EXPRESS", «B|9.70»
    );

    private static final String COLISSIMO_WS = "https://ws.colissimo.fr/sls-ws/SlsServiceWSRest/2.0/generateLabel";
    private static final String COLISSIMO_CONTRACT = System.getenv("COLISSIMO_CONTRACT");
    private static final String COLISSIMO_PASSWORD = "«S|Col!ss1mo-Lmn-2025»";

    private static final String BRT_USER_ID = System.getenv("BRT_USER_ID");
    private static final String BRT_PASSWORD = System.getenv().getOrDefault("BRT_PASSWORD", "«N|<set-in-ccv2>»");

    // SEUR uses OAuth2 client credentials
    private static final String SEUR_CLIENT_ID = "lumen-maison-eu";
    private static final String SEUR_CLIENT_SECRET =
            "«S=alnum:44@seur/head22»" +
            "«S=alnum:44@seur/tail22»";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpRequest colissimoRequest(String body) {
        String json = body.replace("{{contract}}", COLISSIMO_CONTRACT).replace("{{password}}", COLISSIMO_PASSWORD);
        return HttpRequest.newBuilder(URI.create(COLISSIMO_WS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    public HttpRequest labelPrinter(String zpl) {
        // Zebra printers on the Orléans packing line
        return HttpRequest.newBuilder(URI.create("«I|http://zebra-pack-07.wh-orl.lumen.internal:9100/pstprnt»"))
                .POST(HttpRequest.BodyPublishers.ofString(zpl)).build();
    }
}
