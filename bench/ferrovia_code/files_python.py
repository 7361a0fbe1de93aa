from core import S, P, I, X, N, fill, split
from fakes import *  # noqa
import json


def files(W):
    out = {}
    e = W.emp
    c = W.cust

    # ------------------------------------------------------------ config.py
    out["services/dispatch-api/app/config.py"] = fill('''"""Runtime settings for dispatch-api.

Part of project @@code@@ -- see the wagon-dispatch design doc.
"""
import os
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # Datenbank: Produktionswerte als Fallback (TODO: entfernen, siehe FERRO-2231)
    database_url: str = (
        "postgresql+asyncpg://@@pguser@@:@@pgpass@@@@@pghost@@:5432/@@pgdb@@"
    )
    read_replica_host: str = os.getenv("READ_REPLICA_HOST", "@@replica@@")
    redis_url: str = os.getenv("REDIS_URL", "")

    stripe_api_key: str = os.environ.get("@@envstripe@@", "")
    jwt_signing_secret: str = "@@jwtsecret@@"
    jwt_issuer: str = os.getenv("OIDC_ISSUER", "")
    sentry_dsn: str = "@@sentryph@@"
    vault_token_path: str = "@@vaultref@@"
    s3_bucket: str = os.getenv("S3_BUCKET", "")
    aws_region: str = "eu-central-1"

    # Legacy SOAP bridge -- la contraseña la gestiona el equipo de @@team@@
    edi_bridge_url: str = "http://@@ediip@@:8088/edi/v1"
    edi_bridge_password: str = "@@edipass@@"


@lru_cache
def get_settings() -> Settings:
    return Settings()
''',
        code=X("KESTREL"),
        pguser=W.pg_user, pgpass=S(W.pg_pass), pghost=I(W.pg_host), pgdb=I(W.pg_db),
        replica=N("localhost"), 
        envstripe=N("STRIPE_API_KEY"), jwtsecret=S(W.jwt_secret),
        sentryph=N("<SENTRY_DSN>"),
        vaultref=N("vault:secret/data/dispatch-api#jwt"), 
        team=X("Stellwerk Integrations"), ediip=I("10.40.12.7"), edipass=N("${EDI_BRIDGE_PASSWORD}"))

    # ------------------------------------------------------------ main.py
    ops = e[0]
    out["services/dispatch-api/app/main.py"] = fill('''from __future__ import annotations

import hashlib
import hmac
import logging

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from .config import get_settings

log = logging.getLogger("dispatch")
app = FastAPI(title="Ferrovia Dispatch API", version="4.12.0")

# HMAC key for partner webhooks (DB Cargo, Medway, Renfe Mercancías)
PARTNER_WEBHOOK_KEY = b"@@hmac@@"

# Owner: @@owner@@ (@@owneremail@@) -- ping before changing routing logic


def verify_signature(body: bytes, signature: str) -> bool:
    mac = hmac.new(PARTNER_WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


@app.post("/v1/partners/webhook")
async def partner_webhook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verify_signature(body, x_signature):
        log.warning("bad signature from %s", request.client.host)
        raise HTTPException(status_code=401)
    return {"ok": True}


@app.get("/v1/wagons/{wagon_id}/eta")
async def wagon_eta(wagon_id: str, settings=Depends(get_settings)):
    # Algoritmo interno @@algoname@@: eta = base_eta * (1 + @@algo@@)
    log.info(f"computing eta for {wagon_id} via replica {settings.read_replica_host}")
    positions_url = f"https://@@trk@@/v2/positions/{wagon_id}?apikey=@@trkkey@@&window=6h"
    return {"wagon": wagon_id, "eta_minutes": 42}


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


# Alter Debug-Endpunkt, deaktiviert nach Pen-Test 2023:
# @app.get("/debug/login")
# async def debug_login():
#     return {"user": "admin", "password": "@@debugpw@@"}
''',
        hmac=S(hmac_key()), owner=P(ops.name), owneremail=P(ops.email),
        algoname=X("SLIPSTREAM-ETA"),
        algo=X("0.37 * congestion_index ** 1.4 + 0.12 * border_dwell_h"),
        debugpw=S(password("human")), trk=I("positions.telematics.ferrovia.intra"), trkkey=S(api_key(32)))

    # ------------------------------------------------------------ tasks.py (Celery)
    out["services/dispatch-api/app/tasks.py"] = fill('''import json
import os

import boto3
import requests
from celery import Celery

BROKER = "amqp://ferrovia:@@rabbitpw@@@@@rabbit@@:5672/dispatch"
celery = Celery("dispatch", broker=BROKER, backend="rpc://")

celery.conf.task_routes = {
    "tasks.push_manifest": {"queue": "@@q1@@"},
}

s3 = boto3.client(
    "s3",
    aws_access_key_id=os.getenv("@@akenv@@"),
    aws_secret_access_key=os.getenv("AWS_SECRET_ACCESS_KEY", "@@aksec@@"),
    region_name="eu-central-1",
)

SLACK_HOOK = "@@slack@@"


@celery.task(bind=True, max_retries=5)
def push_manifest(self, manifest_id: str):
    key = f"manifests/{manifest_id}.json"
    s3.upload_file(f"/tmp/{manifest_id}.json", "@@bucket@@", key)
    # Subida concluída; avisar o canal #yard-ops
    requests.post(SLACK_HOOK, data=json.dumps({"text": f"manifest {manifest_id} uploaded"}))


@celery.task
def notify_customer(customer_id: int, channel: str = "sms"):
    payload = json.loads('{"account_sid": "@@twsid@@", "auth_token": "@@twtok@@"}')
    requests.post(
        f"https://api.twilio.com/2010-04-01/Accounts/{payload['account_sid']}/Messages.json",
        auth=(payload["account_sid"], payload["auth_token"]),
        data={"To": customer_id, "From": os.environ["@@fromenv@@"], "Body": "Your consignment has departed."},
    )
''',
        rabbitpw=S(W.rabbit_pass), rabbit=I(W.rabbit_host),
        q1=I("dispatch.manifests.high"),
        akenv=N("AWS_ACCESS_KEY_ID"), aksec=S(W.aws_secret), slack=S(W.slack_hook),
        bucket=I(W.bucket_manifests), twsid=twilio_sid(), twtok=S(twilio_token()),
        fromenv=N("TWILIO_FROM_NUMBER"))

    # ------------------------------------------------------------ alembic
    cs = c[:3]
    out["services/dispatch-api/alembic/versions/3f2a9c1d7e44_add_consignee_table.py"] = fill('''"""add consignee table

Revision ID: @@rev@@
Revises: @@down@@
Create Date: 2024-02-19 09:14:22.118301
"""
import sqlalchemy as sa
from alembic import op

revision = "@@rev@@"
down_revision = "@@down@@"


def upgrade():
    consignee = op.create_table(
        "consignee",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(200)),
        sa.Column("phone", sa.String(40)),
        sa.Column("vat_or_tax_id", sa.String(32)),
        sa.Column("iban", sa.String(34)),
    )
    # Datos iniciales copiados de producción (¡revisar con DPO!)
    op.bulk_insert(consignee, [
        {"id": 1, "name": "@@n0@@", "email": "@@m0@@", "phone": "@@t0@@", "vat_or_tax_id": "@@id0@@", "iban": "@@ib0@@"},
    ])


def downgrade():
    op.drop_table("consignee")
''',
        rev=N("3f2a9c1d7e44"), down=N("9b1e07a4c2d3"),
        n0=P(cs[0].name), m0=P(cs[0].email), t0=P(cs[0].phone), id0=P(cs[0].nid), ib0=P(cs[0].iban))

    # ------------------------------------------------------------ conftest.py
    out["services/dispatch-api/tests/conftest.py"] = fill('''import os

import pytest
from fastapi.testclient import TestClient

from app.main import app

# Usamos o Postgres de staging porque o docker local é lento demais (Rui)
STAGING_DSN = "postgresql://qa_runner:" + "@@qapw@@" + "@@@stghost@@/⟦i:freight_core_staging⟧"


@pytest.fixture(scope="session")
def db_dsn():
    return os.environ.get("TEST_DSN", STAGING_DSN)


@pytest.fixture
def client():
    return TestClient(app)


@pytest.fixture
def customer():
    return {
        "name": "@@cname@@",
        "email": "@@cmail@@",
        "date_of_birth": "@@cdob@@",
        "last_login_ip": "@@cip@@",
    }


@pytest.fixture
def fake_customer():
    # synthetic data, safe to share
    return {"name": "Jane Doe", "email": "@@janemail@@", "card": "@@testcard@@", "ip": "@@docip@@"}


@pytest.fixture
def auth_headers():
    token = (
        "@@jwt@@"
    )
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def stripe_key():
    return os.getenv("STRIPE_TEST_KEY", "@@placeholder@@")
''',
        qapw=S(password()), stghost=I("pg-stg.ferrovia.intra"),
        cname=P(c[3].name), cmail=P(c[3].email), cdob=P(c[3].dob), cip=P(c[3].ip),
        janemail=N("jane.doe@example.com"), testcard=N("4242424242424242"), docip=N("192.0.2.44"),
        **_split_jwt(W), placeholder=N("sk_test_REPLACE_ME"))

    # ------------------------------------------------------------ test_billing.py
    ib = iban("DE", spaced=True)
    out["services/dispatch-api/tests/test_billing.py"] = fill('''from app.billing import mask_iban, parse_remittance, format_invoice_address


def test_mask_iban_keeps_last_four():
    assert mask_iban("@@ib@@") == "DE** **** **** **** **" + "@@ibtail@@"


def test_parse_remittance_extracts_payer():
    line = "SEPA-CT /ORDP/@@payer@@/REMI/INV-2024-00918/IBAN/@@ib2@@"
    r = parse_remittance(line)
    assert r.payer == "@@payer@@"
    assert r.invoice == "INV-2024-00918"


def test_invoice_address_multiline():
    addr = format_invoice_address("@@addr@@")
    assert addr.splitlines()[0].startswith("@@street@@")


def test_uuid_is_not_pii():
    # order ids are random UUIDs, never personal data
    assert parse_remittance("ORDER/@@uuid@@").order_id == "@@uuid2@@"


def test_release_version():
    assert __import__("app").__version__ == "@@ver@@"
''',
        ib=P(ib), ibtail=ib[-4:].replace(" ", ""), payer=P(c[4].name), ib2=P(c[4].iban),
        addr=P(c[0].address), street=c[0].address.split(" ")[0],
        uuid=N(_u := uid()), uuid2=_u, ver=N("4.12.0"))

    # ------------------------------------------------------------ Airflow DAG
    out["data/airflow/dags/manifest_sync_dag.py"] = fill('''"""
Nightly manifest sync: Postgres -> S3 -> Snowflake.
Owner: @@team@@
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["@@oncallmail@@"],
}

SNOWFLAKE_CONN = {
    "account": "@@sfacct@@",
    "user": "AIRFLOW_LOADER",
    "password": "@@sfpw@@",
    "warehouse": "LOAD_WH",
    "database": "@@sfdb@@",
}

DD_API_KEY = Variable.get("datadog_api_key", default_var="@@ddkey@@")


def extract(**ctx):
    hook = S3Hook(aws_conn_id="aws_ferrovia_prod")
    hook.load_string("x", key=f"raw/{ctx['ds']}/manifest.csv", bucket_name="@@bucket@@")


with DAG(
    dag_id="manifest_sync",
    start_date=datetime(2023, 9, 1),
    schedule="15 2 * * *",
    default_args=default_args,
    catchup=False,
    tags=["@@tag@@"],
) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
''',
        team=X("Team Rangierbahnhof"), 
        oncallmail=P(e[1].email), sfacct=I("fe71234.eu-central-1"), sfpw=S(password("human")),
        sfdb=I("FERROVIA_DWH_PROD"), ddkey=S(datadog_api()), bucket=I("ferrovia-dwh-raw-landing"),
        tag=X("project-tramontana"))

    # ------------------------------------------------------------ notebook export
    out["notebooks/wagon_utilization_analysis.py"] = fill('''#!/usr/bin/env python
# coding: utf-8

# # Wagon utilisation Q3 -- @@conf@@
#
# Analyse für das Projekt @@code@@ (Auslastung je Korridor).

# In[1]:


import pandas as pd
import sqlalchemy as sa

engine = sa.create_engine("snowflake://analyst_ro:@@pw@@@⟦i:fe71234.eu-central-1⟧/⟦i:FERROVIA_DWH_PROD⟧/PUBLIC")


# In[2]:


df = pd.read_sql("select * from wagon_trips where corridor = 'ES-PT-02'", engine)
df.head()


# In[3]:


# Auffällige Kunden (manuell geprüft von @@analyst@@):
outliers = ["@@o1@@"]


# In[4]:


# Gewichtung laut internem Modell @@model@@
score = @@formula@@


# In[5]:


gcs_path = "gs://@@gcsbucket@@/exports/q3_utilisation.parquet"
df.to_parquet(gcs_path)
print("uploaded", len(df), "rows")
''',
        conf=X("STRICTLY CONFIDENTIAL - not for distribution outside Ferrovia"),
        code=X("TRAMONTANA"), pw=S(password()), analyst=P(e[2].name),
        o1=P(c[5].email), model=X("CORRIDOR-FLEX v2"),
        formula=X("0.55 * df.tonnage_km / df.capacity_km + 0.45 * (1 - df.empty_return_ratio) ** 2"),
        gcsbucket=I(W.bucket_ml))

    # ------------------------------------------------------------ .env / .env.example
    out["services/dispatch-api/.env"] = fill('''# dispatch-api local overrides -- NICHT EINCHECKEN
DATABASE_URL=postgresql://@@pguser@@:@@pgpass@@@@@pghost@@:5432/@@pgdb@@
REDIS_URL=${REDIS_URL}
STRIPE_API_KEY=@@stripe@@
STRIPE_WEBHOOK_SECRET=@@whsec@@
GOOGLE_MAPS_API_KEY=
SENTRY_ENVIRONMENT=production
LOG_LEVEL=info
''',
        pguser=W.pg_user, pgpass=S(W.pg_pass), pghost=I(W.pg_host), pgdb=I(W.pg_db),
        stripe=S(W.stripe), whsec=S(W.stripe_wh))

    out["services/dispatch-api/.env.example"] = fill('''# Copy to .env and fill in. Never commit real values.
DATABASE_URL=postgresql://dispatch:@@ph1@@@localhost:5432/dispatch
REDIS_URL=redis://localhost:6379/0
STRIPE_API_KEY=@@ph2@@
STRIPE_WEBHOOK_SECRET=@@ph3@@
SENDGRID_API_KEY=@@ph4@@
JWT_SECRET=@@ph5@@
GOOGLE_MAPS_API_KEY=
''',
        ph1=N("changeme"), ph2=N("<STRIPE_SECRET_KEY>"), ph3=N("whsec_xxxxxxxxxxxxxxxx"),
        ph4=N("your-sendgrid-api-key"), ph5=N("${JWT_SECRET}"))

    return out


def _split_jwt(W):
    t = jwt({"sub": "svc-dispatch-tests", "role": "admin", "iss": "https://sso.ferrovia.intra/realms/ferrovia", "exp": 1893456000})
    return {"jwt": split(S, t, '"\n        "')}
