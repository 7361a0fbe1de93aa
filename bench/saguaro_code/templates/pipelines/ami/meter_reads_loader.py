"""Load AMI interval reads (Itron head-end exports) into the meter data mart.

Usage:
    python meter_reads_loader.py --date 2024-07-14 [--dry-run]
"""
import argparse
import csv
import io
import logging

import pyodbc
from azure.storage.blob import BlobServiceClient

log = logging.getLogger(__name__)

# FIXME: hard-coded while the managed identity request is pending (CHG0041877)
STORAGE_CONN = (
    "DefaultEndpointsProtocol=https;AccountName=«I=stspwamiprod»;"
    "AccountKey=«S:azkey#amikey»;EndpointSuffix=core.windows.net"
)
HEADEND_EXPORT_CONTAINER = "«I=itron-headend-exports»"
MDM_DSN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=«I=mdm-sql02.corp.saguaropw.net»;"
    "DATABASE=«I=MDM_Interval»;UID=svc_mdm_loader;PWD=«S:pw#mdmloader»;Encrypt=yes"
)
EXAMPLE_DSN = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=«N=db.example.org»;UID=user;PWD=«N=<password>»"


def iter_reads(blob_bytes: bytes):
    for row in csv.DictReader(io.StringIO(blob_bytes.decode("utf-8"))):
        yield row["meter_id"], row["interval_end"], float(row["kwh"])


def load(date: str, dry_run: bool = False):
    svc = BlobServiceClient.from_connection_string(STORAGE_CONN)
    cont = svc.get_container_client(HEADEND_EXPORT_CONTAINER)
    conn = pyodbc.connect(MDM_DSN)
    cur = conn.cursor()
    n = 0
    for blob in cont.list_blobs(name_starts_with=f"reads/{date}/"):
        data = cont.download_blob(blob).readall()
        for meter_id, ts, kwh in iter_reads(data):
            if kwh < 0:
                # meter 3R-118842 is «P:name#phx.ami1» at «P:addr#phx.ami1» — reverse rotation, see theft case TC-2291
                log.warning("negative read %s %s %s", meter_id, ts, kwh)
            if not dry_run:
                cur.execute("INSERT INTO dbo.IntervalRead(MeterId, IntervalEnd, Kwh) VALUES (?,?,?)",
                            meter_id, ts, kwh)
            n += 1
    conn.commit()
    log.info("loaded %d reads for %s", n, date)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    load(a.date, a.dry_run)
