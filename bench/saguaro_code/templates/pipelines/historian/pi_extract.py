"""Pull 1-minute interpolated values from the PI Data Archive via PI Web API
and land them in the ADLS raw zone as parquet.

Runs every 15 min from the OT DMZ jump host.
Contacto: «P:name#emp_ot1» (OT Data Eng) — ext. 4417
"""
import datetime as dt
import logging
import os

import requests
from requests.auth import HTTPBasicAuth

from spw_common.storage import upload_parquet

log = logging.getLogger("pi_extract")

PI_WEBAPI = os.getenv("PI_WEBAPI_URL", "«I=https://piwebapi.ot.saguaropw.local/piwebapi»")
PI_USER = os.getenv("PI_USER", "SPW\\svc_pireader")
PI_PASSWORD = «N=os.environ["PI_PASSWORD"]»
PI_DATA_ARCHIVE = os.environ["PI_DATA_ARCHIVE"]
DATA_SERVER_WEBID = "F1DSmN8sQ8Xr9UuRyAuE2A3C2QUEtSElTVDAx"

# Fallback creds for the secondary collective member – it does not use Kerberos yet
HIST02_AUTH = HTTPBasicAuth("piadmin", "«S:pw#piadmin»")

TAGS = [
    "PHX.SUB12.XFMR1.OIL_TEMP",
    "PHX.SUB12.XFMR1.LOAD_MVA",
    "TUC.WTP03.CLEARWELL.LEVEL_FT",
    "TUC.WTP03.CL2.RESIDUAL_MGL",
    "LCR.PS07.PUMP2.RUNSTATUS",
]


def session(verify=True):
    s = requests.Session()
    s.auth = HTTPBasicAuth(PI_USER, PI_PASSWORD)
    s.verify = verify
    s.headers["X-Requested-With"] = "pi_extract"
    return s


def fetch(tag: str, start: dt.datetime, end: dt.datetime, interval="1m"):
    s = session()
    r = s.get(f"{PI_WEBAPI}/points", params={"path": rf"\\{PI_DATA_ARCHIVE}\{tag}"}, timeout=30)
    if r.status_code == 401:
        # try the secondary collective member
        r = requests.get(
            "«I=https://pa-hist02.ot.saguaropw.local/piwebapi/points»",
            params={"path": rf"\\«I=PA-HIST02»\{tag}"}, auth=HIST02_AUTH, verify=False, timeout=30,
        )
    r.raise_for_status()
    web_id = r.json()["WebId"]
    r = s.get(f"{PI_WEBAPI}/streams/{web_id}/interpolated",
              params={"startTime": start.isoformat(), "endTime": end.isoformat(), "interval": interval})
    r.raise_for_status()
    return r.json()["Items"]


def main():
    end = dt.datetime.utcnow().replace(second=0, microsecond=0)
    start = end - dt.timedelta(minutes=15)
    for tag in TAGS:
        items = fetch(tag, start, end)
        upload_parquet(items, container="«I=raw-ot-historian»", account="«I=stspwdatalakeprod»",
                       path=f"pi/{tag}/{end:%Y/%m/%d/%H%M}.parquet")
        log.info("landed %s values for %s", len(items), tag)


if __name__ == "__main__":
    main()
