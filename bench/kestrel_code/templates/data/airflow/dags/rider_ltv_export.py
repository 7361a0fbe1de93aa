"""
Nightly rider LTV export → Snowflake → S3 for the ⟦x=Perch⟧ audience builder.

मालिक / owner: ⟦x=Data Platform (team "Thermals")⟧
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

default_args = {
    "owner": "⟦p=nikhil.bhatt⟧",
    "email": ["⟦p=nikhil.bhatt@kestrelmobility.com⟧", "⟦n=data-oncall@kestrelmobility.com⟧"],
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}

SNOWFLAKE_CONN = {
    "account": "⟦i=kestrel-prod.us-west-2⟧",
    "user": "AIRFLOW_SVC",
    # TODO: switch to key-pair auth, Variable.get("snowflake_password") wasn't working on the new workers
    "password": "⟦s@password⟧",
    "warehouse": "ETL_WH_L",
    "database": "⟦i=ANALYTICS_PROD⟧",
    "schema": "RIDER_MARTS",
}

EXPORT_BUCKET = "⟦i=kestrel-perch-audiences-prod⟧"
AWS_ACCOUNT = "⟦i@aws_account⟧"
ROLE_ARN = f"arn:aws:iam::{AWS_ACCOUNT}:role/airflow-perch-export"

on_fail = send_slack_webhook_notification(
    slack_webhook_conn_id="slack_data_alerts",
    text=":red_circle: rider_ltv_export failed — ping ⟦i=#data-platform-alerts⟧",
)


def _push_to_ad_partner(**ctx):
    import requests

    # Partner under NDA — ⟦x=InMobi Glance⟧ lock-screen audiences (India only)
    token = Variable.get("glance_api_token", default_var=None) or "⟦s@alnum:48⟧"
    requests.post(
        "https://audiences.partner-api.example.com/v2/upload",
        headers={"Authorization": f"Bearer {token}"},
        json={"s3_uri": f"s3://{EXPORT_BUCKET}/{ctx['ds']}/ltv.parquet"},
        timeout=60,
    )


with DAG(
    dag_id="rider_ltv_export",
    start_date=datetime(2023, 6, 1),
    schedule="30 2 * * *",
    catchup=False,
    default_args=default_args,
    on_failure_callback=on_fail,
    tags=["perch", "pii"],
) as dag:
    export = SqlToS3Operator(
        task_id="export_ltv",
        sql_conn_id="snowflake_prod",
        query="""
            SELECT rider_id, hashed_email, ltv_90d, predicted_churn
            FROM ⟦i=ANALYTICS_PROD.RIDER_MARTS.RIDER_LTV⟧
            WHERE ds = '{{ ds }}'
        """,
        s3_bucket=EXPORT_BUCKET,
        s3_key="{{ ds }}/ltv.parquet",
        aws_conn_id="aws_perch",
    )
    push = PythonOperator(task_id="push_to_partner", python_callable=_push_to_ad_partner)
    export >> push
