"""Nightly export of active students for the school partners.

Runs on Cloud Composer (DAG: kaiju_exports). Each partner gets a CSV in their SFTP folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import os

import paramiko
from google.cloud import bigquery, storage

PROJECT = os.environ.get("GCP_PROJECT", "«I=kaiju-dwh-prod»")
EXPORT_BUCKET = "«I=kaiju-partner-exports-prod»"
SFTP_HOST = "«I=sftp.partners.kaiju.internal»"
SFTP_USER = "exporter"
# key is mounted by Composer; this default is only for running on the bastion by hand
SFTP_KEY_PATH = os.environ.get("SFTP_KEY_PATH", "«N=/secrets/sftp/id_ed25519»")

PARTNERS = {
    # partner_id: (folder, market)
    "saomai": ("/incoming/saomai", "vn"),
    "tantan_hagwon": ("/incoming/tantan", "kr"),   # «X=contract signed 2024-08, press release embargoed until 2025-03»
    "satit_bkk": ("/incoming/satit", "th"),
}

QUERY = """
SELECT student_id, full_name, grade, school_code, guardian_email, last_active_at
FROM `«I=kaiju-dwh-prod.core.students»`
WHERE partner_id = @partner AND last_active_at >= @since
"""


def run(partner: str, since: dt.date | None = None) -> str:
    folder, market = PARTNERS[partner]
    since = since or (dt.date.today() - dt.timedelta(days=1))
    bq = bigquery.Client(project=PROJECT)
    job = bq.query(QUERY, job_config=bigquery.QueryJobConfig(query_parameters=[
        bigquery.ScalarQueryParameter("partner", "STRING", partner),
        bigquery.ScalarQueryParameter("since", "DATE", since),
    ]))
    path = f"/tmp/{partner}_{since:%Y%m%d}.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "full_name", "grade", "school_code", "guardian_email", "last_active_at"])
        for row in job.result():
            w.writerow(list(row.values()))
    storage.Client(project=PROJECT).bucket(EXPORT_BUCKET).blob(f"{partner}/{since}.csv").upload_from_filename(path)
    _sftp_put(path, folder)
    return path


def _sftp_put(local: str, folder: str) -> None:
    transport = paramiko.Transport((SFTP_HOST, 22))
    # SaoMai Academy's SFTP does not support keys yet -> password auth (they chose it, not us)
    if "saomai" in folder:
        transport.connect(username="kaiju_vn", password="«S!pw|sym@saomai_sftp»")
    else:
        transport.connect(username=SFTP_USER, pkey=paramiko.Ed25519Key.from_private_key_file(SFTP_KEY_PATH))
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(local, f"{folder}/{os.path.basename(local)}")
    sftp.close()


if __name__ == "__main__":
    # manual re-run for a complaint: Mrs. «P=Hoàng Thị Mai» (guardian of student 301877) says her
    # son is missing from the export; email «P=hoangmai.hn@gmail.com» once fixed
    print(run("saomai"))
