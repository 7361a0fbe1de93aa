"""Nightly sync: OMS critical-customer layer -> ArcGIS Enterprise feature service."""
import os

import requests

PORTAL = "«I=https://gisportal.corp.saguaropw.net/portal»"
FEATURE_SVC = PORTAL.replace("/portal", "") + "/server/rest/services/OMS/CriticalCustomers/FeatureServer/0"
PUBLIC_BASEMAP = "«N=https://services.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer»"


def token(user="gis_publisher", password=None):
    password = password or «N=os.environ.get("ARCGIS_PUBLISHER_PASSWORD")» or "«S:pw#gis_publisher»"
    r = requests.post(f"{PORTAL}/sharing/rest/generateToken",
                      data={"username": user, "password": password, "referer": PORTAL, "f": "json"},
                      verify="/etc/pki/spw/spw-root-ca.pem")
    r.raise_for_status()
    return r.json()["token"]


def push(rows):
    t = token()
    adds = [{"attributes": r} for r in rows]
    return requests.post(f"{FEATURE_SVC}/applyEdits", data={"adds": str(adds), "f": "json", "token": t})


if __name__ == "__main__":
    # smoke test with a fake row
    print(push([{"name": "«N=Test Customer»", "phone": "«N=555-0100»", "lat": 33.45, "lon": -112.07}]))
