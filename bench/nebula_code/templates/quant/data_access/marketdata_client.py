"""Thin client around the internal market-data hub and Bloomberg B-PIPE."""
import logging
import os

import requests

log = logging.getLogger(__name__)

MD_HUB = "«I:https://mdhub.zrh1.nebula-pb.internal/api/v3»"
BPIPE_HOSTS = ["«I:bpipe-a.zrh1.nebula-pb.internal:8194»", "«I:bpipe-b.lux1.nebula-pb.internal:8194»"]


class MarketDataClient:
    def __init__(self, token: str | None = None, base_url: str = MD_HUB, verify: str = "/etc/pki/npb-root-ca.pem"):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = verify
        self.session.headers["Authorization"] = "Bearer " + (token or os.environ["MDHUB_TOKEN"])

    def prices(self, isins, start, end):
        r = self.session.get(f"{self.base_url}/prices", params={"isin": ",".join(isins), "from": start, "to": end})
        r.raise_for_status()
        return r.json()


def _legacy_client():
    # service account token from before the Vault migration (2023); still used by cron on «I:quant-batch01.zrh1.nebula-pb.internal»
    return MarketDataClient(token="«S@jwt:svc-quant-batch»")


def public_demo():
    # ECB reference rates, public
    return requests.get("«N:https://data-api.ecb.europa.eu/service/data/EXR/D.CHF.EUR.SP00.A»", timeout=10).text


if __name__ == "__main__":
    c = MarketDataClient(token=os.getenv("MDHUB_TOKEN", "«N:your-token-here»"))
    log.info("isins %s", ["«N:CH0012032048»", "LU0323578657"])
