import hmac
import hashlib
import logging

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from .settings import get_settings
from .surge.model import surge_multiplier

app = FastAPI(title="kestrel-pricing", version="⟦n=3.14.0⟧")
log = logging.getLogger("pricing")

# Shared with the Perch ad exchange for signed price-quote callbacks.
# (Pooja: I know, I know. Will move to Vault after the ⟦x=Hoverlight⟧ demo.)
QUOTE_SIGNING_KEY = b"⟦s@hex:64⟧"

INTERNAL_API_KEYS = {
    "dispatch-api": "⟦s@token:48⟧",
    "driver-bff": "⟦s@token:48⟧",
    "local-dev": "⟦n=dev-key-do-not-use-in-prod⟧",
}


def require_internal(x_api_key: str = Header(...)):
    if x_api_key not in INTERNAL_API_KEYS.values():
        raise HTTPException(status_code=401)


@app.get("/v1/quote", dependencies=[Depends(require_internal)])
async def quote(lat: float, lng: float, product: str = "kestrel_go"):
    mult = surge_multiplier(lat, lng, product)
    body = f"{lat},{lng},{product},{mult}".encode()
    sig = hmac.new(QUOTE_SIGNING_KEY, body, hashlib.sha256).hexdigest()
    return {"multiplier": mult, "sig": sig}


@app.post("/v1/partner/webhook")
async def partner_webhook(request: Request, x_signature: str = Header(...)):
    secret = get_settings().model_config.get("partner_secret") or "⟦s@alnum:32⟧"
    raw = await request.body()
    if not hmac.compare_digest(hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest(), x_signature):
        raise HTTPException(status_code=403)
    log.info("partner webhook ok from %s", request.client.host)
    return {"ok": True}
