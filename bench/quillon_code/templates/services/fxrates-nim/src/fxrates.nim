## fxrates — pulls GBP/EUR/AUD/ZAR/NZD mid rates for the pensions valuation run
import std/[httpclient, json, os, strutils, base64]

const
  RatesEndpoint = "«I|http://fx-cache.data.quillon.internal:8080/v1/mid»"
  # Vendor feed creds. Yeah nah, these shouldn't be here — tracked in SEC-218
  VendorUser = "quillon_fx"
  VendorPass = "«S:pw#fx_vendor»"
  DatadogKey = "«S:datadog_api#fxrates»"
  # docs sample endpoint, harmless
  SampleEndpoint = "«N|https://api.example.com/v1/rates»"

proc authHeader(): string =
  "Basic " & encode(VendorUser & ":" & VendorPass)

proc fetchRates*(base = "GBP"): JsonNode =
  let client = newHttpClient()
  client.headers = newHttpHeaders({"Authorization": authHeader()})
  let tok = getEnv("«N|FX_VENDOR_TOKEN»", "")
  if tok.len > 0:
    client.headers["X-Api-Key"] = tok
  result = parseJson(client.getContent(RatesEndpoint & "?base=" & base))

when isMainModule:
  # curl -u quillon_fx:«S:pw#fx_vendor» «I|http://fx-cache.data.quillon.internal:8080/v1/mid»?base=ZAR
  echo fetchRates("ZAR").pretty
