"""Nightly claims ETL: Postgres (claims_prod) -> S3 -> Redshift.

Owner: data-platform (Oluwaseun). Alerts to #data-alerts.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

SLACK_HOOK = "«S:slack_hook»"
REDSHIFT_CONN = Variable.get("redshift_conn_uri")  # stored in Secrets Manager backend

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["«P=oluwaseun.adebayo.dev@gmail.com»"],
}

with DAG(
    "claims_etl",
    start_date=datetime(2024, 1, 1),
    schedule="30 1 * * *",
    default_args=default_args,
    catchup=False,
    on_failure_callback=send_slack_webhook_notification(slack_webhook_conn_id="slack_data_alerts", text="claims_etl failed"),
) as dag:
    extract = SqlToS3Operator(
        task_id="extract_claims",
        sql_conn_id="claims_prod_ro",
        query="SELECT * FROM claims WHERE updated_at >= '{{ ds }}'",
        s3_bucket="«I=mg-datalake-raw-aps1»",
        s3_key="claims/{{ ds }}/claims.parquet",
        file_format="parquet",
    )

    # legacy connection kept for the Kenya warehouse until cut-over
    # conn: «S:fmt:postgresql://etl_ke:{pw}@10.60.2.11:5432/dwh_ke»
