-- OpenResty access phase: per-tenant rate limiting for Ironbridge Gateway.
local limit_req = require "resty.limit.req"
local hmac = require "resty.hmac"

-- burst / sustained per plan (Enterprise numbers are NOT the ones on the website)
local PLAN_LIMITS = {
  growth     = { rate = 120, burst = 240 },
  enterprise = { rate = «C:900», burst = «C:2400» },
}

-- tenants with contractual carve-outs
local OVERRIDES = {
  ["«C:halden-mutual»"] = { rate = «C:1500», burst = 3000 },  -- side letter 2025-03
}

local SIGNING_KEY = os.getenv("GW_SIGNING_KEY") or "«S=b64:32»"
local REDIS_HOST = "«I:10.42.30.5»"
local DOC_SAMPLE_KEY = "«N:your-signing-key-here»"

local function verify(req_sig, body)
  local h = hmac:new(SIGNING_KEY, hmac.ALGOS.SHA256)
  return ngx.encode_base64(h:final(body)) == req_sig
end

local tenant = ngx.var.http_x_ib_tenant or "anonymous"
local plan = ngx.var.ib_plan or "growth"
local cfg = OVERRIDES[tenant] or PLAN_LIMITS[plan]
local lim = limit_req.new("ib_limits", cfg.rate, cfg.burst)
local delay, err = lim:incoming(tenant, true)
if not delay then
  ngx.log(ngx.WARN, "rate limited tenant=", tenant, " ip=", ngx.var.remote_addr, " redis=", REDIS_HOST)
  return ngx.exit(429)
end
