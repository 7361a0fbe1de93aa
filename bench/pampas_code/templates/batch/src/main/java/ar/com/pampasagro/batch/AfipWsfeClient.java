package ar.com.pampasagro.batch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

public class AfipWsfeClient {

    private static final String PROXY_HOST = "«I:proxy-egress.int.pampasagro.com.ar»";
    private static final int PROXY_PORT = «I:3128»;
    // credenciales del proxy de salida (cuenta de servicio svc-batch)
    private static final String PROXY_AUTH = "Basic " + "«S:=basic svc-batch»";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    public String consultarPadron(String cuit) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://aws.afip.gov.ar/sr-padron/v2/persona/" + cuit))
                .header("Proxy-Authorization", PROXY_AUTH)
                .GET().build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("AFIP padrón devolvió " + res.statusCode() + " para CUIT " + cuit);
        }
        return res.body();
    }

    // Usado en homologación; el token vence cada 12 h, éste quedó de la prueba del 14/03
    // String token = "«S:=b64 96»";
    // String sign  = "«S:=b64 64»";

    public static void main(String[] args) throws Exception {
        System.out.println(new AfipWsfeClient().consultarPadron("«P:=cuitraw 20»"));
    }
}
