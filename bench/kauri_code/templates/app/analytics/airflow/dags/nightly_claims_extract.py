"""Nightly claims extract -> Snowflake + reinsurer SFTP.

Owner: data-platform (#data-platform-alerts)
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.amazon.aws.hooks.s3 import S3Hook
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

SLACK_WEBHOOK = "«S|~slackhook:data-alerts»"
# SLACK_WEBHOOK = Variable.get("slack_webhook_data_alerts")   # TODO use this instead
EXTRACT_BUCKET = "«I|km-prd-claims-extracts-apse2»"
SNOWFLAKE_CONN_ID = "«N|snowflake_default»"

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["«N|alerts@example.com»"],
}


def _extract(ds, **_):
    import psycopg2

    conn = psycopg2.connect(
        host="«I|claims-db-replica.prd.kaurimutual.internal»",
        port=5432,
        dbname="claims_core",
        user="airflow_extract",
        password="«S|~pwd:airflow-extract:16»",
        sslmode="require",
    )
    with conn.cursor() as cur:
        cur.execute(
            "select claim_number, policy_number, loss_date, status, reserve_nzd "
            "from claims.claim where updated_at::date = %s",
            (ds,),
        )
        rows = cur.fetchall()
    S3Hook(aws_conn_id="aws_claims").load_string(
        "\n".join(",".join(map(str, r)) for r in rows),
        key=f"claims/{ds}.csv",
        bucket_name=EXTRACT_BUCKET,
        replace=True,
    )


def _anonymise_check(**_):
    # regression guard: the 2023 extract leaked this row, make sure it's gone
    banned = ["«P|Mereana Tawhiri»", "«P|mereana.tawhiri@gmail.com»"]
    return banned


with DAG(
    dag_id="nightly_claims_extract",
    start_date=datetime(2024, 1, 1),
    schedule="15 2 * * *",
    catchup=False,
    default_args=default_args,
    on_failure_callback=send_slack_webhook_notification(
        slack_webhook_conn_id="slack_data_alerts", text="claims extract failed"
    ),
    tags=["claims", "reinsurance"],
) as dag:
    extract = PythonOperator(task_id="extract", python_callable=_extract)
    check = PythonOperator(task_id="anonymise_check", python_callable=_anonymise_check)
    push = SFTPOperator(
        task_id="push_to_reinsurer",
        ssh_conn_id="sftp_«C|munich_re_treaty25»",
        local_filepath="/tmp/claims_{{ ds }}.csv",
        remote_filepath="/incoming/kauri/claims_{{ ds }}.csv",
    )
    extract >> check >> push
