package nz.kaurimutual.integration

uses gw.api.system.server.ServerUtil
uses java.net.http.HttpClient
uses java.net.http.HttpRequest
uses java.net.URI

/**
 * Looks up vehicle details (make/model/WOF) by plate from the NZTA Motochek proxy.
 */
class NZTAVehicleLookup {

  static final var PROXY_URL = "«I|https://motochek-proxy.int.kaurimutual.internal/v2/vehicles/»"
  static final var CLIENT_CERT_ALIAS = "«N|km-motochek-client»"
  // Motochek account credentials - prod
  static final var MOTOCHEK_USER = "KAURIMUT01"
  static final var MOTOCHEK_PASS = "«S|~pwd:motochek:14»"

  static function lookup(plate : String) : String {
    var req = HttpRequest.newBuilder(URI.create(PROXY_URL + plate))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((MOTOCHEK_USER + ":" + MOTOCHEK_PASS).getBytes()))
        .build()
    return HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body()
  }

  /* Smoke test (run from Gosu scratchpad on «I|gwpc-prd-app02.kaurimutual.internal»):
   *   NZTAVehicleLookup.lookup("«P|~plate:scratchpad»")   // Wiremu's ute
   *   NZTAVehicleLookup.lookup("«N|ABC123»")              // NZTA documented test plate
   */
}
