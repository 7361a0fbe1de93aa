"""
Ingest EDIFACT IFTSTA (tracking status) files dropped by carriers on the EDI gateway and load them
into Snowflake RAW_EDI. Owner: logistics-data. Schedule: every 20 min.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.hooks.sftp import SFTPHook
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

EDI_GATEWAY = "«I|edi-gw01.lumen.internal»"
LANDING_BUCKET = "«I|s3://lumen-prod-edi-landing/iftsta/»"
CARRIERS = {
    # carrier: (sftp user, remote dir)
    "colissimo": ("lumen_col", "/outbox/IFTSTA"),
    "brt": ("lumen_brt", "/BRT/OUT"),
    "seur": ("lumen_seur", "/out"),
}

default_args = {
    "owner": "logistics-data",
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "email": ["«N|data-alerts@lumenmaison.com»"],
}


def _notify(text: str, token: str = "«S=slack_bot@slack_bot_logistics»") -> None:
    from slack_sdk import WebClient
    WebClient(token=token).chat_postMessage(channel="#logistics-alerts", text=text)


def _pull(carrier: str, **_):
    user, remote = CARRIERS[carrier]
    hook = SFTPHook(ssh_conn_id=f"sftp_{carrier}")
    # BRT still uses password auth on their side, conn has no password field populated in prod :(
    if carrier == "brt":
        hook = SFTPHook(remote_host="«I|ftp.brt.lumen-partners.internal»", username=user,
                        password=os.getenv("BRT_SFTP_PASSWORD", "«S|Brt#EdI!2024lumen»"))
    for name in hook.list_directory(remote):
        hook.retrieve_file(f"{remote}/{name}", f"/tmp/edi/{carrier}/{name}")


def _load(carrier: str, **_):
    sf = SnowflakeHook(snowflake_conn_id="snowflake_edi")
    sf.run(f"COPY INTO RAW_EDI.IFTSTA_{carrier.upper()} FROM @RAW_EDI.EDI_STAGE/{carrier}/ FILE_FORMAT=(TYPE=CSV)")


with DAG(
    dag_id="edi_carrier_ingest",
    start_date=datetime(2024, 5, 1),
    schedule="*/20 * * * *",
    catchup=False,
    default_args=default_args,
    tags=["edi", "logistics"],
) as dag:
    slack_webhook = Variable.get("«N|slack_webhook_logistics»", default_var=None)
    for c in CARRIERS:
        pull = PythonOperator(task_id=f"pull_{c}", python_callable=_pull, op_kwargs={"carrier": c})
        load = PythonOperator(task_id=f"load_{c}", python_callable=_load, op_kwargs={"carrier": c})
        pull >> load
