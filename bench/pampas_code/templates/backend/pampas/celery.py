import os
from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pampas.settings.production")

app = Celery("pampas")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "ndvi-semanal": {"task": "farms.tasks.refresh_ndvi", "schedule": crontab(hour=4, minute=30, day_of_week=1)},
    "precios-matba": {"task": "farms.tasks.pull_precios", "schedule": 300.0},
    # el cierre de liquidaciones lo hace Spring Batch, acá sólo avisamos
    "aviso-liquidaciones": {"task": "notifications.tasks.aviso", "schedule": crontab(hour=7, minute=0)},
}
app.conf.task_routes = {"farms.tasks.refresh_ndvi": {"queue": "imagery"}}
app.conf.result_backend = "redis://:«S:=alnum 28»@«I:10.20.8.22»:6379/3"
