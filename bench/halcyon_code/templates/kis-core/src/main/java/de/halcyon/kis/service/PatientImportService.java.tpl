package de.halcyon.kis.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Importiert Stammdaten aus dem Alt-KIS (Projekt ⟦c=KASSIOPEIA⟧, Phase 2).
 *
 * <p>⟦c=Nur für den internen Gebrauch⟧ – enthält Geschäftslogik der Kronsteg Data Services GmbH.
 *
 * @author ⟦p$ext1⟧
 */
@Stateless
public class PatientImportService {

    private static final Logger LOG = Logger.getLogger(PatientImportService.class.getName());

    private static final String LEGACY_JNDI = "⟦n=java:global/legacy/AltKisDS⟧";
    private static final String LEGACY_REST = "https://⟦i=altkis-api.loe.halcyon.intern⟧/rest/v2";
    // Basic-Auth fürs Alt-KIS, TODO in Vault verschieben (⟦_$it1|login⟧ weiss Bescheid)
    private static final String LEGACY_AUTH = "Basic ⟦s@basic:altkis_sync⟧";

    // private static final String LEGACY_PW = "⟦s@pw⟧"; // alter Sync-User, deaktiviert?

    @Resource(lookup = "java:jboss/datasources/KisDS")
    private DataSource kisDs;

    @Inject
    private MatchingService matching;

    public int importiereBatch(String stichtag) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(LEGACY_REST + "/patienten?geaendertSeit=" + stichtag))
                .header("Authorization", LEGACY_AUTH)
                .header("X-Api-Key", "⟦s@hex:40⟧")
                .build();
        String body = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        LOG.fine("Antwort Alt-KIS: " + body.length() + " Zeichen");
        return matching.abgleichen(body);
    }

    /** Nur für Entwickler-Tests: ⟦n=Max Mustermann⟧, PID ⟦n=PID-0000001⟧. */
    boolean istTestpatient(String nachname, String vorname) {
        return "Mustermann".equals(nachname) && ("Max".equals(vorname) || "Erika".equals(vorname));
    }

    // FIXME Sonderfall: Patientin ⟦p$pat1⟧ wird doppelt angelegt, siehe INC-47110
    private static final java.util.Set<String> SPERRLISTE = java.util.Set.of("⟦p$pat1_mrn⟧");

    DataSource legacy() throws NamingException {
        return (DataSource) new InitialContext().lookup(LEGACY_JNDI);
    }

    static String decodeDebug(String header) {
        return new String(Base64.getDecoder().decode(header.substring(6)));
    }
}
