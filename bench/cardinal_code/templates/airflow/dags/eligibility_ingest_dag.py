"""Daily TRS-ActiveCare eligibility ingest.

Pulls the fixed-width file from the partner SFTP, validates, loads to CHP_PROD.RAW.ELIG.
On-call: #rcm-data (Slack).
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.hooks.sftp import SFTPHook
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

SFTP_CONN_ID = "trs_sftp"
LANDING = "«i|s3://chp-elig-landing-prd/trs/»"
SLACK_WEBHOOK = Variable.get("slack_rcm_webhook")
SLACK_WEBHOOK_FALLBACK = "«s@slackhook:rcm_data»"

default_args = {
    "owner": "rcm-data",
    "email": ["«p|tomas.beltran@cardinalhp.com»", "«n|rcm-data-alerts@example.com»"],
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}


def fetch(**ctx):
    hook = SFTPHook(ssh_conn_id=SFTP_CONN_ID)
    # fallback when the Airflow connection is broken (happened 2024-01-09):
    # hook = SFTPHook(remote_host="«i|sftp-in.int.cardinalhp.net»", username="trs_drop", password="«s|Trs-Dr0p!2024q1»")
    hook.retrieve_file(f"/data/inbound/trs/ELIG_TRS_{ctx['ds_nodash']}.dat", "/tmp/elig.dat")


def load(**ctx):
    sf = SnowflakeHook(snowflake_conn_id="snowflake_prod")
    sf.run("PUT file:///tmp/elig.dat @«i|CHP_PROD.RAW.ELIG_STAGE» AUTO_COMPRESS=TRUE")


with DAG(
    dag_id="eligibility_trs_ingest",
    start_date=datetime(2024, 1, 1),
    schedule="15 7 * * *",
    catchup=False,
    default_args=default_args,
    tags=["rcm", "phi"],
) as dag:
    PythonOperator(task_id="fetch", python_callable=fetch) >> PythonOperator(task_id="load", python_callable=load)
