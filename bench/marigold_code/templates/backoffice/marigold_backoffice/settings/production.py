"""Production settings for the Marigold back-office (Django)."""
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "«S:fmt:django-insecure-{al32}{al24}»")

ALLOWED_HOSTS = ["backoffice.marigoldassure.com", "«I=backoffice.prod.mg.internal»", "«I=10.20.8.14»"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«I=backoffice»",
        "USER": "bo_app",
        "PASSWORD": os.getenv("BO_DB_PASSWORD", "«S:pw»"),
        "HOST": "«I=pg-backoffice.internal.marigoldassure.com»",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "backoffice",
        "USER": "bo_ro",
        "PASSWORD": os.environ["BO_REPLICA_PASSWORD"],
        "HOST": "«I=10.20.8.15»",
    },
}

CELERY_BROKER_URL = "«S:fmt:amqp://bo_celery:{pw}@rabbitmq.bo.svc.cluster.local:5672/backoffice»"

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "«S:sendgrid»"
DEFAULT_FROM_EMAIL = "Marigold Assure <«N=no-reply@marigoldassure.com»>"

# Admins get the 500 mails
ADMINS = [("Rohit Venkatesan", "«P=rohit.v.personal@outlook.com»"), ("Ops", "ops@marigoldassure.com")]

AWS_STORAGE_BUCKET_NAME = "«I=mg-prod-backoffice-media»"
AWS_S3_REGION_NAME = "ap-south-1"

# KYC vendor (Digio) – Aadhaar e-sign and offline XML
DIGIO = {
    "BASE_URL": "https://api.digio.in",
    "CLIENT_ID": "«I=AI2304181425XYZ7QK»",
    "CLIENT_SECRET": "«S:al:32»",
}

SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://backoffice.marigoldassure.com"]
