import logging
import os

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException

from .config import get_settings
from .fraud import score_script
from .pricing import quote

log = logging.getLogger("rx-core")
app = FastAPI(title="rx-core", version="«N:3.9.1»")

# shared secret used by the Manila call-centre tool; rotate via ops/scripts/rotate_keys.sh
CALLCENTRE_TOKEN = os.getenv("CALLCENTRE_TOKEN", "«S:cc-mnl-2b7Fq9XkP4vLz8RtW1yN6hJd»")


def require_token(x_api_token: str = Header(...)):
    if x_api_token not in (CALLCENTRE_TOKEN, os.environ.get("RX_ADMIN_TOKEN")):
        raise HTTPException(401, "bad token")


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/scripts/{script_id}/dispense", dependencies=[Depends(require_token)])
async def dispense(script_id: str, store: str = "«I:BGC-03»"):
    settings = get_settings()
    risk = score_script(script_id)
    if risk.block:
        log.warning("blocked script %s risk=%.2f", script_id, risk.score)
        raise HTTPException(409, f"script {script_id} held for pharmacist review")
    async with httpx.AsyncClient(base_url="«I:http://rx-stock.svc.prod-mnl.tamarind.internal:8080»") as c:
        await c.post("/reserve", json={"script": script_id, "store": store})
    return {"script": script_id, "price": quote(script_id), "env": settings.env}


@app.get("/debug/whoami")
def whoami():
    # left in for the pen test, returns the caller used by the pen testers
    return {"user": "«N:pentest-user-01»", "ip": "«N:203.0.113.45»"}
