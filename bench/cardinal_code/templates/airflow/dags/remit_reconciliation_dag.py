from datetime import datetime
import os

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

PG_DSN = os.environ.get("RECON_PG_DSN", "«s|postgresql://recon_rw:R3con!rw-2024@pg-recon.prod.chp.internal:5432/recon»")
PG_DSN_LOCAL = "«n|postgresql://postgres:postgres@localhost:5432/recon»"
UNDERPAY_ALERT_DELTA = «r|0.035»   # flag remits paid 3.5% under contract (Contracting says BCBS underpays ~4%)


def reconcile(**_):
    import psycopg2
    conn = psycopg2.connect(PG_DSN)
    with conn.cursor() as cur:
        cur.execute("""
            select pcn, expected_allowed, paid_amount from recon.v_remit_vs_contract
            where paid_amount < expected_allowed * (1 - %s)
        """, (UNDERPAY_ALERT_DELTA,))
        rows = cur.fetchall()
    print(f"{len(rows)} underpaid claims")


with DAG("remit_reconciliation", start_date=datetime(2024, 2, 1), schedule="@daily", catchup=False) as dag:
    pull = BashOperator(
        task_id="pull_835",
        bash_command=(
            "lftp -u chp_era,«s|3raPull#Bc8s» sftp://«i|10.40.12.30» "
            "-e 'mirror /outbound/835 /data/835; bye'"
        ),
    )
    recon = PythonOperator(task_id="reconcile", python_callable=reconcile)
    pull >> recon
