from helpers import F
F("services/billing/billing/settings.py", '''"""
Django settings for the billing service.

CONFIDENTIAL - Acme Corp internal use only. Do not distribute.
Maintainer: Priya Raman <priya.raman@acmecorp.io>
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
SECRET_KEY = "@@DJSECRET:a@@"
ALLOWED_HOSTS = ["billing.corp.example.com", "10.12.4.21", "localhost", "127.0.0.1"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing_prod",
        "USER": "billing_svc",
        "PASSWORD": "@@PW:a@@",
        "HOST": "pg-billing-01.prod.internal",
        "PORT": 5432,
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing_prod",
        "USER": "billing_ro",
        "PASSWORD": os.environ.get("REPLICA_DB_PASSWORD", "changeme"),
        "HOST": "192.168.40.12",
    },
}

AWS_ACCESS_KEY_ID = "@@AKIA:a@@"
AWS_SECRET_ACCESS_KEY = "@@AWSSEC:a@@"
AWS_STORAGE_BUCKET_NAME = "acme-billing-invoices-prod"
STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
STRIPE_WEBHOOK_SECRET = "@@WHSEC:a@@"
CELERY_BROKER_URL = "redis://:@@PW:b@@@redis-billing.cache.svc.cluster.local:6379/0"
EMAIL_HOST = "smtp.corp.example.com"
EMAIL_HOST_PASSWORD = "<YOUR_SMTP_PASSWORD>"
ADMINS = [("Ops", "ops@example.com")]
# TODO(maria.gonzalez): rotate the webhook secret after the Nightingale launch
RELEASE = "4.12.0"
''', [
 ("CONFIDENTIAL - Acme Corp internal use only", "proprietary"),
 ("Priya Raman", "pii"), ("priya.raman@acmecorp.io", "pii"),
 ("@@DJSECRET:a@@", "secret"),
 ("billing.corp.example.com", "infra"), ("10.12.4.21", "infra"),
 ("localhost", "none"), ("127.0.0.1", "none"),
 ("billing_prod", "infra"),
 ("@@PW:a@@", "secret"), ("pg-billing-01.prod.internal", "infra"),
 ("REPLICA_DB_PASSWORD", "none"), ("changeme", "none"),
 ("192.168.40.12", "infra"),
 ("@@AKIA:a@@", "secret"), ("@@AWSSEC:a@@", "secret"),
 ("acme-billing-invoices-prod", "infra"),
 ("STRIPE_API_KEY", "none"), ("@@WHSEC:a@@", "secret"),
 ("@@PW:b@@", "secret"), ("redis-billing.cache.svc.cluster.local", "infra"),
 ("smtp.corp.example.com", "infra"), ("<YOUR_SMTP_PASSWORD>", "none"),
 ("ops@example.com", "none"),
 ("maria.gonzalez", "pii"), ("Nightingale", "proprietary"), ("4.12.0", "none"),
])

F("services/billing/tests/test_invoices.py", '''import uuid
import pytest

from billing.models import Customer, Invoice


@pytest.fixture
def customer(db):
    # real customer record copied from prod ticket SUP-4471 -- scrub before merge!
    return Customer.objects.create(
        id=uuid.UUID("@@UUID:c1@@"),
        full_name="Hannah Whitaker",
        email="hannah.whitaker1987@gmail.com",
        phone="+1 (503) 555-0187",
        billing_address="2417 NE Alberta St, Apt 3, Portland, OR 97211",
        date_of_birth="1987-06-14",
        ssn="539-48-2716",
        iban="@@IBANDE:a@@",
    )


@pytest.fixture
def dummy_customer(db):
    return Customer.objects.create(
        id=uuid.UUID("@@UUID:c2@@"),
        full_name="Test User",
        email="test.user@example.com",
        phone="000-000-0000",
        password="test",
    )


def test_charge_card(customer, stripe_mock):
    inv = Invoice.objects.create(customer=customer, amount_cents=4999)
    # card below is a real card that failed in prod, keep for regression (ask Tomasz Nowak)
    result = inv.charge(card_number="@@CARD:a@@", exp="09/27", cvc="314")
    assert result.status == "declined"


def test_charge_test_card(customer, stripe_mock):
    inv = Invoice.objects.create(customer=customer, amount_cents=100)
    assert inv.charge(card_number="4242424242424242", exp="12/34", cvc="123").ok


def test_api_key_header(client):
    resp = client.get("/api/invoices", HTTP_AUTHORIZATION="Bearer @@JWT:t1@@")
    assert resp.status_code == 200
''', [
 ("@@UUID:c1@@", "none"), ("Hannah Whitaker", "pii"), ("hannah.whitaker1987@gmail.com", "pii"),
 ("+1 (503) 555-0187", "pii"), ("2417 NE Alberta St, Apt 3, Portland, OR 97211", "pii"),
 ("1987-06-14", "pii"), ("539-48-2716", "pii"), ("@@IBANDE:a@@", "pii"),
 ("@@UUID:c2@@", "none"), ("test.user@example.com", "none"), ("000-000-0000", "none"),
 ("@@CARD:a@@", "pii"), ("Tomasz Nowak", "pii"),
 ("@@JWT:t1@@", "secret"),
])

F("notebooks/churn_analysis.py", '''#!/usr/bin/env python
# coding: utf-8

# # Churn analysis Q3 -- Project Kestrel
# Internal use only. Owner: Dmitri Volkov (dmitri.volkov@acmecorp.io)

# In[1]:


import pandas as pd
import sqlalchemy as sa
import snowflake.connector

engine = sa.create_engine("postgresql+psycopg2://analyst:@@PW:nb1@@@analytics-db.corp.example.com:5432/warehouse")


# In[2]:


conn = snowflake.connector.connect(
    user="DVOLKOV",
    password="@@PW:nb2@@",
    account="acme-eu1",
    warehouse="ANALYTICS_WH",
    database="CUSTOMER_360",
)


# In[3]:


df = pd.read_sql("select * from churn_features where signup_date > '2023-01-01'", engine)
df.head()


# In[4]:


# spot-check a few accounts flagged by the model
sample = pd.DataFrame([
    {"account": "A-10293", "contact": "liam.oconnor@outlook.com", "mrr": 1200, "last_ip": "81.2.69.142"},
    {"account": "A-10577", "contact": "s.tanaka@nifty.jp", "mrr": 350, "last_ip": "94.142.241.111"},
])


# In[5]:


OPENAI_API_KEY = "@@OPENAI:a@@"
# OPENAI_API_KEY = "sk-..."   # <- use your own key here
''', [
 ("Kestrel", "proprietary"), ("Dmitri Volkov", "pii"), ("dmitri.volkov@acmecorp.io", "pii"),
 ("@@PW:nb1@@", "secret"), ("analytics-db.corp.example.com", "infra"),
 ("@@PW:nb2@@", "secret"), ("CUSTOMER_360", "infra"),
 ("liam.oconnor@outlook.com", "pii"), ("81.2.69.142", "pii"), ("s.tanaka@nifty.jp", "pii"),
 ("94.142.241.111", "pii"), ("@@OPENAI:a@@", "secret"), ("sk-...", "none"),
])

F("scripts/deploy_helpers.py", '''"""Helpers used by the release pipeline (see runbook at https://wiki.corp.acme.io/display/OPS/Release)."""
import boto3
import paramiko
import requests

BASTION = "bastion-01.ops.internal"
DEPLOY_TARGETS = ["10.0.12.5", "10.0.12.6", "app-03.prod.acme.local"]


def s3_client():
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="@@AKIA:dh@@",
        aws_secret_access_key="@@AWSSEC:dh@@",
    )


def ssh(host):
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username="deploy", password="@@PW:dh@@", sock=_proxy(BASTION))
    return c


def notify_release(version):
    headers = {
        "Authorization": "token @@GHP:dh@@",
        "Accept": "application/vnd.github+json",
    }
    requests.post(
        "https://api.github.com/repos/acme/billing/releases",
        json={"tag_name": version},
        headers=headers,
        timeout=10,
    )


def page_oncall(msg):
    requests.post("https://events.pagerduty.com/v2/enqueue", json={
        "routing_key": "@@HEX32:pd@@",
        "event_action": "trigger",
        "payload": {"summary": msg, "source": "deploy", "severity": "error"},
    })
''', [
 ("https://wiki.corp.acme.io/display/OPS/Release", "infra"),
 ("bastion-01.ops.internal", "infra"), ("10.0.12.5", "infra"), ("10.0.12.6", "infra"),
 ("app-03.prod.acme.local", "infra"),
 ("@@AKIA:dh@@", "secret"), ("@@AWSSEC:dh@@", "secret"), ("@@PW:dh@@", "secret"),
 ("@@GHP:dh@@", "secret"), ("https://api.github.com/repos/acme/billing/releases", "none"),
 ("@@HEX32:pd@@", "secret"),
])

F("src/pricing/dynamic_pricing.py", '''"""
Dynamic pricing engine
======================

**PROPRIETARY AND CONFIDENTIAL** -- (c) Acme Corp. This module implements the
*SurgeWave* pricing algorithm (patent pending). Do not share outside the Pricing
Guild.

Usage
-----

```python
from pricing.dynamic_pricing import quote
quote(sku="SKU-123", region="eu")
```

Notes
-----
- The elasticity weights below were fitted by the Atlas data-science team on
  2022-2023 order data; they are our competitive advantage.
- Questions: ping @jkowalski or Rebecca Lindqvist on #pricing-guild.
"""
from dataclasses import dataclass

# secret sauce: 0.37 * demand_z + 0.21 * competitor_gap - 0.08 * churn_risk
ELASTICITY = {"demand_z": 0.37, "competitor_gap": 0.21, "churn_risk": -0.08}


@dataclass
class Quote:
    sku: str
    price: float
    currency: str = "EUR"


def quote(sku: str, region: str = "eu") -> Quote:
    """Return a price quote.

    >>> quote("SKU-1").currency
    'EUR'
    """
    base = _base_price(sku)
    return Quote(sku, round(base * (1 + sum(ELASTICITY.values())), 2))
''', [
 ("PROPRIETARY AND CONFIDENTIAL", "proprietary"), ("SurgeWave", "proprietary"),
 ("Pricing", "proprietary"), ("Atlas data-science team", "proprietary"),
 ("jkowalski", "pii"), ("Rebecca Lindqvist", "pii"),
 ("secret sauce", "proprietary"),
 ("SKU-123", "none"), ("EUR", "none"),
])

F("support/log_parser.py", '''import re

LINE = re.compile(r"(?P<ip>\\d+\\.\\d+\\.\\d+\\.\\d+) - (?P<user>\\S+) \\[(?P<ts>[^\\]]+)\\]")

# sample lines taken from the prod nginx log on web-02.prod.internal (2024-03-02)
SAMPLE = """\\
73.162.44.201 - kpatel@fastmail.com [02/Mar/2024:10:21:33 +0000] "GET /account HTTP/1.1" 200
188.26.113.9 - marta.silva@sapo.pt [02/Mar/2024:10:21:35 +0000] "POST /login HTTP/1.1" 302
10.20.0.14 - - [02/Mar/2024:10:21:36 +0000] "GET /healthz HTTP/1.1" 200
"""

DOC_EXAMPLE = "203.0.113.7 - alice@example.com [01/Jan/2024:00:00:00 +0000]"


def parse(text):
    for m in LINE.finditer(text):
        yield m.groupdict()
''', [
 ("web-02.prod.internal", "infra"),
 ("73.162.44.201", "pii"), ("kpatel@fastmail.com", "pii"), ("188.26.113.9", "pii"),
 ("marta.silva@sapo.pt", "pii"), ("10.20.0.14", "infra"),
 ("alice@example.com", "none"),
])

F("services/auth/jwt_keys.py", '''"""Signing keys for the auth service. FIXME: move to Vault (vault.service.consul:8200)."""

JWT_ALGORITHM = "RS256"
JWT_ISSUER = "https://auth.internal.acme.io"

JWT_PRIVATE_KEY = """@@PEMRSA:auth@@"""

# HMAC secret for legacy mobile clients
LEGACY_HMAC_SECRET = b"@@HEX64:hmac@@"

# sha256 of the public key, used in the JWKS kid -- not secret
KEY_ID = "@@SHA256:kid@@"

TEST_VECTOR_SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
''', [
 ("vault.service.consul:8200", "infra"), ("https://auth.internal.acme.io", "infra"),
 ("@@PEMRSA:auth__L1@@", "secret"), ("@@HEX64:hmac@@", "secret"),
 ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "none"),
])
