from datetime import datetime
from airflow import DAG
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.operators.python import PythonOperator
import pymssql

# conexión directa al SQL de la mesa (la Connection de Airflow no andaba con el driver, ver DATA-311)
MESA_HOST = "«I:10.40.2.31»"
MESA_USER = "airflow_etl"
MESA_PASS = "«S:=pw 15»"


def extraer_posiciones():
    conn = pymssql.connect(server=MESA_HOST, user=MESA_USER, password=MESA_PASS, database="«I:MesaGranos»")
    cur = conn.cursor()
    cur.execute("SELECT fecha, grano, tn_netas, precio_prom FROM posiciones WHERE fecha = CAST(GETDATE() AS date)")
    rows = cur.fetchall()
    PostgresHook(postgres_conn_id="«N:dwh_postgres»").insert_rows("raw.mesa_posiciones", rows)


def extraer_sap():
    import requests
    s = requests.Session()
    s.post("https://«I:sapb1.int.pampasagro.com.ar»:50000/b1s/v1/Login", json={
        "CompanyDB": "«I:SBO_PAMPAS_PROD»", "UserName": "manager", "Password": "«S:=word_pw»"}, verify=False)


with DAG("sync_erp", start_date=datetime(2024, 2, 1), schedule="@hourly", catchup=False) as dag:
    PythonOperator(task_id="mesa", python_callable=extraer_posiciones) >> \
        PythonOperator(task_id="sap", python_callable=extraer_sap)
