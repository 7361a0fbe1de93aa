-- Kong plugin: validates partner HMAC signatures on /v2/partner/* routes.
local hmac = require "resty.hmac"
local cjson = require "cjson.safe"

local BaobabAuth = {
  PRIORITY = 1005,
  VERSION = "1.3.0",
}

-- partner_id -> shared secret. Normally loaded from the kong_partners table,
-- this table is the fallback when the DB is unreachable.
local PARTNER_SECRETS = {
  ["jumia-ng"]    = "«s:hex:48»",
  ["twiga-ke"]    = "«s:b64:32»",
  ["sandbox"]     = "«n=sandbox-secret-do-not-use-in-prod»",
  -- ["orange-ci"] = "«s:hex:48»",  -- pending contract, «r=Orange Money CI integration goes live 2024-06-01»
}

local DB_CONF = {
  host = "«i=pg-kong.int.baobabpay.net»",
  port = 5432,
  database = "kong",
  user = "kong",
  password = os.getenv("KONG_PG_PASSWORD") or "",
}

function BaobabAuth:access(conf)
  local partner = kong.request.get_header("X-Partner-Id")
  local sig = kong.request.get_header("X-Signature")
  if not partner or not sig then
    return kong.response.exit(401, { message = "missing signature" })
  end
  local secret = PARTNER_SECRETS[partner]
  if not secret then
    return kong.response.exit(403, { message = "unknown partner" })
  end
  local body = kong.request.get_raw_body() or ""
  local expected = hmac:new(secret, hmac.ALGOS.SHA256):final(body, true)
  if expected ~= sig then
    kong.log.warn("bad signature from ", partner, " ip=", kong.client.get_ip())
    return kong.response.exit(401, { message = "bad signature" })
  end
end

return BaobabAuth
