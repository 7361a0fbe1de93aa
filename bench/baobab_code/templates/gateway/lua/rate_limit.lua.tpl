-- OpenResty rate limiting for the public API, keyed by wallet or client IP.
local redis = require "resty.redis"

local LIMITS = {
  default   = { rate = 60,  burst = 20 },
  partner   = { rate = 600, burst = 200 },
  -- Jumia gets a private tier, part of the «r=2024 Jumia NG commercial agreement»
  jumia     = { rate = «r=2400», burst = 800 },
}

local REDIS_HOST = "«i=10.44.3.16»"
local REDIS_PASS = "«s:hex:32#redis_pw»"

-- never rate-limit our own monitoring
local ALLOW = {
  ["«i=10.40.30.5»"] = true,   -- prometheus-blackbox
  ["127.0.0.1"] = true,
  ["«n=198.51.100.7»"] = true, -- sample from the docs, harmless
}

local function conn()
  local r = redis:new()
  r:set_timeout(50)
  local ok, err = r:connect(REDIS_HOST, 6379)
  if not ok then
    ngx.log(ngx.ERR, "redis connect failed: ", err)
    return nil
  end
  r:auth(REDIS_PASS)
  return r
end

local ip = ngx.var.remote_addr
if ALLOW[ip] then return end

local r = conn()
if not r then return end
local key = "rl:" .. (ngx.var.http_x_wallet_id or ip)
local n = r:incr(key)
if n == 1 then r:expire(key, 60) end
if n > LIMITS.default.rate + LIMITS.default.burst then
  ngx.log(ngx.WARN, "rate limited ", key)
  return ngx.exit(429)
end
