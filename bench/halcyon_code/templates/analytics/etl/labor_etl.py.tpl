"""Nächtlicher ETL-Lauf: Laborbefunde -> DWH (Lörrach).

Läuft als Cronjob auf etl01 (siehe ops/salt).
"""
import os
import logging
from datetime import date, timedelta

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("labor_etl")

LAB_DB = os.environ["LAB_DB_URL"]  # mssql+pyodbc://svc_etl:{pw}@.../LaborDB
DWH_DB = os.environ.get("DWH_URL", "postgresql://etl_writer:⟦s@pw:random⟧@⟦i=pg-dwh01.loe.halcyon.intern:5432/dwh_klinik⟧")

S3_BUCKET = "⟦i=hkv-dwh-staging-loe⟧"
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="⟦s@aws_akid⟧",
    aws_secret_access_key="⟦s@aws_secret⟧",
)

SLACK_WEBHOOK = "⟦s@slack_hook⟧"  # Kanal #dwh-alerts

# ICD/LOINC Mapping, öffentlich
KALIUM = "⟦n=2823-3⟧"
HBA1C = "⟦n=4548-4⟧"


def extract(tag: date) -> pd.DataFrame:
    pw = os.environ["LAB_DB_PW"]
    eng = sa.create_engine(LAB_DB.format(pw=pw))
    sql = "SELECT * FROM dbo.Befund WHERE CAST(Zeitpunkt AS date) = ?"
    return pd.read_sql(sql, eng, params=(tag,))


def transform(df: pd.DataFrame) -> pd.DataFrame:
    df = df[df.LoincCode.isin([KALIUM, HBA1C])].copy()
    # Testpatienten raus
    df = df[~df.PatientName.isin(["⟦n=Mustermann, Max⟧", "Mustermann, Erika"])]
    # Sonderfall INC-47110: Dublette -> nur neueste Fallnummer behalten
    df = df[df.Fallnummer != "⟦p$pat1_fall⟧"]
    return df


def load(df: pd.DataFrame) -> None:
    key = f"labor/{date.today():%Y/%m/%d}/befunde.parquet"
    df.to_parquet("/tmp/befunde.parquet")
    s3.upload_file("/tmp/befunde.parquet", S3_BUCKET, key)
    df.to_sql("labor_befund", sa.create_engine(DWH_DB), if_exists="append", index=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    gestern = date.today() - timedelta(days=1)
    load(transform(extract(gestern)))
