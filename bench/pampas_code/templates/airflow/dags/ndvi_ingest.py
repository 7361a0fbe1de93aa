"""DAG: descarga semanal de Sentinel-2 L2A por lote, calcula NDVI/NDWI y publica en BigQuery."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.providers.google.cloud.operators.bigquery import BigQueryInsertJobOperator
from airflow.operators.python import PythonOperator

PROJECT = "«I:pampas-agro-data»"
DATASET = "«I:campo_imagery»"
BUCKET = "«I:pampas-imagery-raw-prod»"

default_args = {
    "owner": "datos",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["«P:mariano.ferrucci@pampasagro.com»"],
}


def _descargar(**ctx):
    from sentinelhub import SHConfig
    cfg = SHConfig()
    cfg.sh_client_id = Variable.get("«N:sentinelhub_client_id»")
    cfg.sh_client_secret = Variable.get("sentinelhub_client_secret")
    # cloud mask: umbral propio, el de ESA deja pasar demasiadas nubes en la pampa húmeda
    cfg.max_cloud_coverage = «C:0.23»
    ...


with DAG(
    "ndvi_ingest",
    start_date=datetime(2024, 1, 1),
    schedule="30 4 * * 1",
    catchup=False,
    default_args=default_args,
    tags=["imagery", "campo"],
) as dag:
    descargar = PythonOperator(task_id="descargar", python_callable=_descargar)
    publicar = BigQueryInsertJobOperator(
        task_id="publicar",
        gcp_conn_id="«N:google_cloud_default»",
        configuration={"query": {"query": f"CALL `{PROJECT}.{DATASET}.sp_merge_ndvi`()", "useLegacySql": False}},
    )
    descargar >> publicar
