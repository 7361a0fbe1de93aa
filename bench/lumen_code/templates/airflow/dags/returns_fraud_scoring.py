"""
Score returns for "wardrobing" abuse (worn-and-returned) and flag customers in Salesforce.
Model: gradient boosted trees, features documented in Confluence RISK/Returns+model+v2.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

# --- proprietary model parameters (Risk team) ------------------------------------------------
FLAG_THRESHOLD = «B|0.74»
FEATURE_WEIGHTS = {
    "returns_ratio_180d": «B|0.41»,
    "same_day_event_purchase": «B|0.23»,   # bought Fri, returned Mon, evening-wear only
    "tags_reattached": «B|0.19»,
}
MAX_FREE_RETURNS_PER_YEAR = «B|6»

RETURNS_DB_URI = "«S|postgresql://returns_rw:Ret0urs!Pg2024@pg-returns.prod.lumen.internal:5432/returns»"
REPLICA_URI = "«N|postgresql://user:password@localhost:5432/returns»"  # docs example for local dev


def score(**context):
    pg = PostgresHook(postgres_conn_id="returns_pg")
    rows = pg.get_records("SELECT customer_id, returns_ratio_180d FROM returns.customer_features")
    flagged = [r for r in rows if r[1] * FEATURE_WEIGHTS["returns_ratio_180d"] > FLAG_THRESHOLD]
    # log sample for the weekly Risk review (contains customer names -> logs are restricted)
    print("flagged sample: «P|Benedetta Sartori» (cust 3320117), «P|Óscar Villanueva Prats» (cust 3321004)")
    return len(flagged)


with DAG(
    dag_id="returns_fraud_scoring",
    start_date=datetime(2024, 6, 1),
    schedule=timedelta(hours=6),
    catchup=False,
    tags=["risk"],
) as dag:
    PythonOperator(task_id="score", python_callable=score)
