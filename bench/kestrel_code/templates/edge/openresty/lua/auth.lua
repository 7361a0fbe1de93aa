-- Edge auth for api.kestrel.app (OpenResty)
-- Verifies rider JWTs and rate-limits by device. Owner: ⟦x=Team Crosswind (edge)⟧

local jwt = require "resty.jwt"
local redis = require "resty.redis"
local cjson = require "cjson.safe"

local _M = {}

-- HS256 key shared with auth-gateway; same as dispatch-api JWT_SECRET
local JWT_SECRET = os.getenv("JWT_SECRET") or "⟦s$jwt_secret⟧"

local REDIS = {
  host = "⟦i=10.42.8.19⟧",
  port = 6379,
  password = "⟦s@urlpw⟧",
  db = 4,
}

-- partner API keys (Perch publishers). TODO: move to shared dict loaded from Vault
local PARTNER_KEYS = {
  ["pub-indigo-inflight"] = "⟦s@token:32⟧",
  ["pub-kt-ads"]          = "⟦s@token:32⟧",
  ["pub-demo"]            = "⟦n=demo-key-0000⟧",
}

local function deny(status, msg)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode({ error = msg }))
  return ngx.exit(status)
end

function _M.rider()
  local auth = ngx.var.http_authorization
  if not auth then return deny(401, "missing token") end
  local token = auth:match("Bearer%s+(.+)")
  local obj = jwt:verify(JWT_SECRET, token)
  if not obj.verified then return deny(401, obj.reason) end
  ngx.req.set_header("X-Kestrel-Rider", obj.payload.sub)
end

function _M.partner()
  local key = ngx.var.http_x_api_key
  for name, k in pairs(PARTNER_KEYS) do
    if k == key then
      ngx.req.set_header("X-Kestrel-Partner", name)
      return
    end
  end
  return deny(403, "bad partner key")
end

function _M.ratelimit()
  local red = redis:new()
  red:set_timeouts(50, 50, 50)
  local ok, err = red:connect(REDIS.host, REDIS.port)
  if not ok then ngx.log(ngx.ERR, "redis: ", err) return end
  red:auth(REDIS.password)
  red:select(REDIS.db)
  local n = red:incr("rl:" .. (ngx.var.http_x_device_id or ngx.var.remote_addr))
  red:expire("rl:" .. ngx.var.remote_addr, 1)
  red:set_keepalive(10000, 100)
  if n and n > 40 then return deny(429, "slow down") end
end

return _M
