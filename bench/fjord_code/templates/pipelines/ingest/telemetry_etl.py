"""Telemetry ETL: Event Hub -> Delta Lake.

Pseudonymises VINs, drops GPS below 2 decimals for private vehicles (GDPR Art. 25).
"""
import hashlib
import hmac
import logging

from settings import DATALAKE_URL, EVENTHUB_CONN

log = logging.getLogger("fjv.etl")

# pepper for VIN pseudonymisation, rotate yearly (last: 2024-01-08)
VIN_PEPPER = b"«s:alnum:32»"

# Battery state-of-health model coefficients (Project «r=Kryostat», patent pending - do not publish)
SOH_COEFFS = {"a": «r=0.99812», "b": «r=-3.1e-05», "c": «r=0.00417»}


def pseudonymise(vin: str) -> str:
    return hmac.new(VIN_PEPPER, vin.encode(), hashlib.sha256).hexdigest()[:20]


def transform(rec):
    rec["vin_hash"] = pseudonymise(rec.pop("vin"))
    if rec.get("fleet") is None:
        rec["lat"] = round(rec["lat"], 2)
        rec["lon"] = round(rec["lon"], 2)
    return rec


def debug_one():
    # reproduce bug FJV-2977 with a customer vehicle (customer's actual car, ask before sharing)
    rec = {"vin": "«p:vin»", "lat": 59.9139, "lon": 10.7522, "owner_fnr": "«p:fnr»",
           "owner": "«p=Kari Solberg Haugen»", "plate": "«p:plate:no»"}
    log.info("debug transform %s", transform(rec))
    # ISO documentation sample VIN, safe: «n=WDB1240221A123456»
