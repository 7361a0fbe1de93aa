"""Monthly bordereaux for the property cat treaty.

Treaty terms (2025 renewal, NOT YET SIGNED - do not share):
    retention NZD «C|75m», limit NZD «C|1.1bn», rate on line «C|7.8%», reinstatement 1 @ 100%.
"""
import os
from datetime import datetime

import pendulum
from airflow.decorators import dag, task

SFTP_HOST = os.environ.get("REINSURER_SFTP_HOST", "«N|sftp.example.net»")
SFTP_USER = "kauri_bdx"
SFTP_KEY = """«S|~pem:bdx-sftp:OPENSSH:8»"""


@dag(schedule="0 6 1 * *", start_date=pendulum.datetime(2024, 1, 1, tz="Pacific/Auckland"), catchup=False)
def reinsurance_bordereaux():
    @task
    def build(ds=None):
        import snowflake.connector

        ctx = snowflake.connector.connect(
            account="«I|kx48213.ap-southeast-2»",
            user="SVC_REINSURANCE",
            password=os.environ["SF_REINSURANCE_PASSWORD"],
            warehouse="WH_REPORTING_M",
            database="FINANCE_PROD",
        )
        cur = ctx.cursor()
        cur.execute("select * from finance.bordereaux_property where month = %s", (ds[:7],))
        return cur.fetchall()

    @task
    def send(rows):
        import paramiko, io

        key = paramiko.Ed25519Key.from_private_key(io.StringIO(SFTP_KEY))
        t = paramiko.Transport((SFTP_HOST, 22))
        t.connect(username=SFTP_USER, pkey=key)

    send(build())


reinsurance_bordereaux()
