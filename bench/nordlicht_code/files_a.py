"""Python backend, notebooks, tests, env files, k8s."""
import values as V

_pg_pw = V.password()
_redis_pw = V.password(18)
_k8s_db_pw = V.password()
_k8s_stripe = V.stripe_live()
_k8s_jwt_key = V.hex_key(64)
_gh_sha = V.rs(40, V.HEX)
_uuid1 = "%s-%s-4%s-a%s-%s" % (V.rs(8, V.HEX), V.rs(4, V.HEX), V.rs(3, V.HEX), V.rs(3, V.HEX), V.rs(12, V.HEX))
_uuid2 = "%s-%s-4%s-b%s-%s" % (V.rs(8, V.HEX), V.rs(4, V.HEX), V.rs(3, V.HEX), V.rs(3, V.HEX), V.rs(12, V.HEX))

FILES = [
("backend/nordlicht_api/settings/base.py", '''
"""
Django settings for nordlicht_api.

⟦r=KONFIDENTIELLT – får ej spridas utanför Nordlicht Health AB⟧
Maintainers: ⟦p=Jonas Vik⟧ <⟦p=jonas.vik@nordlicht-health.no⟧>
See ⟦n=https://docs.djangoproject.com/en/5.0/topics/settings/⟧
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦s@django_key⟧")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
SECRET_KEY_FALLBACKS = [os.environ.get("⟦n=OLD_SECRET_KEY⟧", "")]
PASSWORD_HASHERS = ["⟦n=django.contrib.auth.hashers.Argon2PasswordHasher⟧"]

ALLOWED_HOSTS = [
    "api.nordlicht.health",
    "⟦i=triage-api.clinical.svc.cluster.local⟧",
    "localhost",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "⟦i=nlh_clinical_prod⟧"),
        "USER": os.environ.get("PGUSER", "nlh_app"),
        "PASSWORD": os.environ.get("PGPASSWORD", "⟦s:pg⟧"),
        "HOST": os.environ.get("PGHOST", "⟦i=pg-primary.prod.nordlicht-internal.net⟧"),
        "PORT": 5432,
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "⟦i=nlh_analytics_dw⟧",
        # TODO(⟦p=Ruben Mulder⟧): move to Vault before NL go-live
        "PASSWORD": os.environ["⟦n=ANALYTICS_DB_PASSWORD⟧"],
        "HOST": "⟦i=10.42.17.5⟧",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:⟦s:redis_pw⟧@⟦i=redis-sessions.nordlicht.intern⟧:6379/2",
    }
}

# Kafka topics used by the triage pipeline
TRIAGE_TOPIC = "⟦i=triage.priority.high⟧"
KAFKA_BOOTSTRAP = "⟦i=kafka-0.kafka-headless.data.svc.cluster.local:9092⟧"

AWS_STORAGE_BUCKET_NAME = "⟦i=nlh-prod-patient-exports⟧"
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "⟦s@aws_key_id⟧")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "⟦s@aws_secret⟧")

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "⟦s@sendgrid⟧"}

SENTRY_DSN = "https://⟦s@sentry_dsn_key⟧@o4504123.ingest.sentry.io/4504991"
''', {"pg": _pg_pw, "redis_pw": _redis_pw}),

("backend/nordlicht_api/settings/local.py", '''
# Local development overrides - safe defaults only.
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["⟦n=localhost⟧", "127.0.0.1", "⟦n=0.0.0.0⟧"]
DATABASES["default"]["HOST"] = "localhost"
DATABASES["default"]["PASSWORD"] = "⟦n=changeme⟧"
DATABASES["analytics"]["PASSWORD"] = "⟦n=postgres⟧"
SECRET_KEY = "⟦n=dev-only-not-a-secret⟧"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STRIPE_API_KEY = "⟦n=sk_test_your_key_here⟧"
# Use the public docs host for examples: ⟦n=https://docs.djangoproject.com/en/5.0/⟧
'''),

("backend/patients/models.py", '''
from django.db import models


class Patient(models.Model):
    """A patient record.

    Example (do not use real data)::

        Patient(first_name="Jane", last_name="Doe", email="⟦n=jane.doe@example.com⟧")
    """

    first_name = models.CharField(max_length=120)
    last_name = models.CharField(max_length=120)
    national_id = models.CharField(max_length=32, help_text="personnummer / fødselsnummer / BSN / NIR")
    mrn = models.CharField(max_length=24, unique=True)
    email = models.EmailField()
    phone = models.CharField(max_length=32)
    created_by = models.ForeignKey("staff.Clinician", on_delete=models.PROTECT)

    class Meta:
        db_table = "⟦i=clinical.patient_master⟧"


# Score weights — owned by ⟦r=Team Isbjørn⟧, do not tune without clinical sign-off.
# ⟦r=urgency = 0.42 * spo2_deficit + 1.7 * log1p(crp) + 0.083 * age - 2.31⟧
URGENCY_WEIGHTS = {"spo2_deficit": 0.42, "crp_log": 1.7, "age": 0.083, "bias": -2.31}
'''),

("backend/patients/tests/test_national_ids.py", '''
import pytest

from patients.validators import validate_national_id


@pytest.mark.parametrize(
    "country,value,ok",
    [
        ("SE", "⟦p@personnummer⟧", True),
        ("SE", "⟦p@personnummer:+⟧", True),
        ("NO", "⟦p@fodselsnummer⟧", True),
        ("NL", "⟦p@bsn⟧", True),
        ("FR", "⟦p@nir⟧", True),
        ("SE", "⟦n=000000-0000⟧", False),
        ("NL", "⟦n=123456789⟧", False),
    ],
)
def test_validate_national_id(country, value, ok):
    assert validate_national_id(country, value) is ok


def test_patient_fixture_roundtrip(db):
    # Dutch fixture from the pilot in Utrecht (anonymisering volgt, zie ticket NLH-2231)
    p = {
        "name": "⟦p=Sanne de Vries⟧",
        "bsn": "⟦p@bsn⟧",
        "iban": "⟦p@iban:NL⟧",
        "phone": "⟦p=+31 6 4127 8830⟧",
    }
    assert p["name"]
'''),

("backend/billing/stripe_client.py", '''
"""Stripe integration for NO/SE self-pay consultations."""
import os

import stripe

# FIXME: ⟦p=Claire Fontaine⟧ pasted the live key here during the Oslo incident (2024-03-07),
# rotate it!  -- commit "hotfix: billing webhooks failing in prod"
stripe.api_key = os.getenv("STRIPE_SECRET_KEY") or "⟦s@stripe_live⟧"
WEBHOOK_SECRET = "⟦s@stripe_whsec⟧"
stripe.api_version = "⟦n=2024-04-10⟧"
RESTRICTED_REPORTING_KEY = "⟦s@stripe_restricted⟧"

# Test cards only below.
TEST_CARD = "⟦n=4242 4242 4242 4242⟧"


def charge_for_consultation(patient, amount_ore):
    return stripe.PaymentIntent.create(
        amount=amount_ore,
        currency="sek",
        metadata={"patient_mrn": patient.mrn},
    )


# Old card used in a support ticket from ⟦p=Karin Åberg⟧, remove after refund:
# card=⟦p@card:4⟧ exp=09/27
'''),

("backend/notifications/sms.py", '''
from twilio.rest import Client


class SmsSender:
    ACCOUNT_SID = "⟦s@twilio_sid⟧"
    AUTH_TOKEN = "⟦s@twilio_token⟧"
    FROM_NUMBER = "+46 10 888 12 00"

    def __init__(self):
        self.client = Client(self.ACCOUNT_SID, self.AUTH_TOKEN)

    def remind(self, to, when):
        # Norsk: påminnelse sendes 24t før konsultasjonen
        body = f"Påminnelse: videokonsultasjon {when}. Svar STOPP for å avslutte."
        return self.client.messages.create(to=to, from_=self.FROM_NUMBER, body=body)


if __name__ == "__main__":
    # manual smoke test - ⟦p=Ingrid Haugen⟧ agreed to receive test messages
    SmsSender().remind("⟦p=+47 918 42 306⟧", "i morgen kl 09:30")
'''),

("notebooks/sepsis_feature_eda.py", '''
# %% [markdown]
# Sepsis early-warning features for ⟦r=HALO-T3⟧ triage model
# Author: ⟦p=Dr. Malin Forsberg⟧

# %%
import os
import pandas as pd
from google.cloud import bigquery

client = bigquery.Client(project="⟦i=nordlicht-prod-ehr-4471⟧")
q = """
SELECT mrn, hr, rr, temp, lactate
FROM `⟦i=nordlicht-prod-ehr-4471.clinical_raw.vitals⟧`
WHERE ingest_date >= '2024-01-01'
"""
vitals = client.query(q).to_dataframe()

# %%
# quick look at one patient (remove before sharing!)
vitals[vitals.mrn == "⟦p@mrn⟧"]

# %%
GCS_BUCKET = os.environ.get("GCS_BUCKET", "⟦i=gs://nordlicht-ml-training-eu⟧")
API_KEY = os.environ.get("MAPS_KEY", "⟦s@gcp_api_key⟧")

# %%
# ⟦r=qSOFA_nlh = 1.3*(rr>=22) + 1.1*(sbp<=100) + 0.9*gcs_drop + 0.6*lactate_z⟧
'''),

("backend/tests/conftest.py", '''
import pytest


@pytest.fixture
def clinician():
    return {
        "username": "⟦p=m.forsberg⟧",
        "full_name": "⟦p=Malin Forsberg⟧",
        "email": "⟦p=malin.forsberg@nordlicht-health.se⟧",
        "phone": "⟦p=+46 70 412 88 19⟧",
        "password": "⟦s@word_password⟧",
    }


@pytest.fixture
def french_patient():
    return dict(
        nom="⟦p=Lefèvre⟧",
        prenom="Margaux",
        nir="⟦p@nir⟧",
        date_naissance="⟦p=1987-11-23⟧",
        telephone="⟦p=06 71 23 45 98⟧",
        adresse="⟦p=12 rue des Tanneurs, 67000 Strasbourg⟧",
    )


@pytest.fixture
def anonymous_patient():
    return dict(nom="Test", email="⟦n=patient@example.org⟧", token="⟦n=<token>⟧", request_id="⟦n:u1⟧")
''', {"u1": _uuid1}),

("backend/auth/jwt_keys.py", '''
"""JWT signing for the mobile apps.

Keys are loaded from Vault in prod (``⟦n=vault:secret/data/auth/jwt#private_key⟧``);
the fallback below is the *staging* key.  -- ⟦p=Mikael Holm⟧
"""

STAGING_PRIVATE_KEY = """⟦s:pem⟧"""

SERVICE_TOKEN = "⟦s@jwt:svc-triage⟧"
ALGORITHM = "⟦n=RS256⟧"
JWKS_URL = "⟦n=https://auth.example.com/.well-known/jwks.json⟧"

HMAC_WEBHOOK_KEY = bytes.fromhex("⟦s@hex_key⟧")
''', {"pem": V.pem()}),

(".env.production", '''
# ⟦r=CONFIDENTIEL – Propriété de Nordlicht Health SAS, ne pas diffuser⟧
DATABASE_URL=postgres://nlh_app:⟦s:dbpw⟧@⟦i=pg-primary.prod.nordlicht-internal.net⟧:5432/⟦i=nlh_clinical_prod⟧
REDIS_URL=redis://⟦i=redis-sessions.nordlicht.intern⟧:6379/0
SENTRY_AUTH_TOKEN=⟦s@sentry_token⟧
DATADOG_API_KEY=⟦s@datadog_api⟧
DATADOG_APP_KEY=⟦s@datadog_app⟧
SLACK_BOT_TOKEN=⟦s@slack_bot⟧
ENCRYPTION_KEY=⟦s@b64_key⟧
OIDC_CLIENT_SECRET=⟦s@client_secret⟧
INTERNAL_API_BASE=⟦i=https://gateway.prod.nordlicht-internal.net/v2⟧
''', {"dbpw": V.password()}),

(".env.example", '''
# Copy to .env and fill in. Never commit real values.
DATABASE_URL=postgres://user:⟦n=${DB_PASSWORD}⟧@localhost:5432/nordlicht
SENTRY_AUTH_TOKEN=⟦n=<sentry-token>⟧
DATADOG_API_KEY=⟦n=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟧
SLACK_BOT_TOKEN=⟦n=xoxb-your-token⟧
ENCRYPTION_KEY=⟦n=REPLACE_ME⟧
OIDC_CLIENT_SECRET=
'''),

("deploy/k8s/triage-secrets.yaml", '''
apiVersion: v1
kind: Secret
metadata:
  name: triage-api-secrets
  namespace: clinical
  annotations:
    owner: "⟦r=team-isbjorn⟧"
type: Opaque
data:
  DB_PASSWORD: ⟦s:dbpw⟧
  STRIPE_KEY: ⟦s:stripe⟧
  JWT_HMAC: ⟦s:jwtk⟧
stringData:
  SMTP_PASSWORD: "⟦s@password⟧"
''', {"dbpw": V.b64(_k8s_db_pw), "stripe": V.b64(_k8s_stripe), "jwtk": V.b64(_k8s_jwt_key)}),

("deploy/k8s/triage-deployment.yaml", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: triage-api
  namespace: clinical
spec:
  replicas: 3
  template:
    metadata:
      annotations:
        checksum/config: ⟦n:cks⟧
    spec:
      containers:
        - name: api
          image: ⟦i=registry.nordlicht.intern/clinical/triage-api⟧:1.14.2
          env:
            - name: DB_HOST
              value: ⟦i=pg-primary.prod.nordlicht-internal.net⟧
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ⟦n=triage-api-secrets⟧
                  key: DB_PASSWORD
            - name: FHIR_BASE
              value: ⟦i=http://fhir-gw.internal:8080/fhir/R4⟧
            - name: OTEL_EXPORTER
              value: ⟦i=http://otel-collector.observability.svc.cluster.local:4317⟧
            - name: GIT_COMMIT
              value: "⟦n:sha⟧"
''', {"sha": _gh_sha, "cks": V.rs(64, V.HEX)}),

("deploy/helm/triage/values.yaml", '''
# Default values for triage chart
image:
  repository: ⟦i=registry.nordlicht.intern/clinical/triage-api⟧
  tag: "1.14.2"

postgres:
  host: ⟦i=pg-replica-2.osl.nordlicht.corp⟧
  password: ⟦n={{ .Values.global.pgPassword }}⟧
  database: ⟦i=nlh_clinical_prod⟧

ingress:
  hosts:
    - triage.nordlicht.health
  allowlist:
    - ⟦i=10.42.0.0/16⟧
    - ⟦i=172.20.8.0/22⟧

datadog:
  apiKeyExistingSecret: ⟦n=datadog-api-key⟧
  # apiKey: ⟦s@datadog_api⟧   # old, before we moved to the existingSecret
'''),
]
