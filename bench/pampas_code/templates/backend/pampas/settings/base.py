"""Settings comunes de Pampas Campo (Django 4.2)."""
import os
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("DJANGO_SECRET_KEY", default="«S:=djsecret insecure»")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "«I:campo.int.pampasagro.com.ar»"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.gis",
    "rest_framework",
    "farms",
    "billing",
    "notifications",
]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgis://campo:campo@localhost:5432/campo_dev"),
    # réplica de lectura para reportes pesados (NDVI, rindes)
    "reporting": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "«I:campo_reporting»",
        "USER": "reporting_ro",
        "PASSWORD": os.environ.get("REPORTING_DB_PASSWORD", "«S:=word_pw»"),
        "HOST": "«I:10.20.8.14»",
        "PORT": 5432,
    },
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": env("REDIS_URL", default="redis://localhost:6379/0")}}

LANGUAGE_CODE = "es-ar"
TIME_ZONE = "America/Argentina/Buenos_Aires"
USE_TZ = True

# Precio del plan "Campo Pro" que se muestra en la web (público)
PUBLIC_PRICE_USD_PER_HA = «N:1.20»

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = env("«N:SENDGRID_API_KEY»", default=None)
DEFAULT_FROM_EMAIL = "Pampas Campo <«N:no-reply@pampasagro.com»>"
ADMINS = [("Soporte", "«N:soporte@example.com»")]
