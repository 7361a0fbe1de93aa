import logging

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from .routers import prior_auth
from .settings import get_settings

log = logging.getLogger("provider-api")
app = FastAPI(title="CHP Provider API", version="2.3.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=[
        "«n|https://providers.cardinalhp.com»",
        "«i|https://provider-portal.stg.chp.internal»",
        "«n|http://localhost:3000»",
    ],
    allow_methods=["*"],
)
app.include_router(prior_auth.router, prefix="/v1/prior-auth")

INTERNAL_ONLY_NETS = ("«i|10.52.0.0/16»", "«i|10.40.0.0/14»")
HEALTHCHECK_IPS = ("127.0.0.1", "::1")


@app.middleware("http")
async def audit(request: Request, call_next):
    resp = await call_next(request)
    log.info("%s %s %s user=%s", request.client.host, request.method, request.url.path,
             request.headers.get("x-chp-user", "anonymous"))
    return resp


@app.get("/healthz")
def healthz():
    s = get_settings()
    return {"ok": True, "issuer": s.jwt_issuer}
