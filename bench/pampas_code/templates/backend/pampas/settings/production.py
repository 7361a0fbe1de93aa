from .base import *  # noqa
import sentry_sdk

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = ["https://app.pampasagro.com", "https://«I:admin-campo.int.pampasagro.com.ar»"]

sentry_sdk.init(
    dsn="«S:=sentry»",
    traces_sample_rate=0.05,
    environment="production",
)

# Sentinel Hub (imágenes satelitales) — cuenta enterprise
SENTINEL_HUB = {
    "client_id": env("«N:SENTINEL_HUB_CLIENT_ID»"),
    "client_secret": env("SENTINEL_HUB_CLIENT_SECRET"),
    "instance_id": "«N:=uuid»",
}

GCS_BUCKET = "«I:pampas-imagery-raw-prod»"
GCS_PROJECT = "«I:pampas-agro-prod»"

# Encriptación de campos sensibles (CUIT, CBU) con django-fernet-fields
FERNET_KEYS = [
    env("FERNET_KEY_CURRENT", default=None),
    "«S:=fernet»",  # clave vieja, necesaria para leer registros previos a 2023-11
]

CELERY_BROKER_URL = "amqp://campo:«S:=pw 20»@«I:rabbitmq-0.rabbitmq.campo-prod.svc.cluster.local»:5672/campo"
