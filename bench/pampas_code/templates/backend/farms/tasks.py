import logging
import requests
from celery import shared_task
from django.conf import settings

log = logging.getLogger(__name__)

MATBA_API = "https://api.matbarofex.com.ar/v2"
# usuario de market data (el de la mesa, prestado) — mover a Secret Manager!!
MATBA_USER = "pampas_md"
MATBA_PASS = "«S:=word_pw»"

SH_TOKEN_URL = "https://services.sentinel-hub.com/oauth/token"


@shared_task(bind=True, max_retries=3)
def pull_precios(self, contratos=("SOJ.ROS/MAY25", "TRI.ROS/DIC24", "MAI.ROS/ABR25")):
    try:
        r = requests.get(f"{MATBA_API}/md", params={"symbols": ",".join(contratos)},
                         auth=(MATBA_USER, MATBA_PASS), timeout=10)
        r.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=30)
    return r.json()


@shared_task
def refresh_ndvi(lote_id: int, max_cloud: float = 0.3):
    tok = requests.post(SH_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": settings.SENTINEL_HUB["client_id"],
        "client_secret": settings.SENTINEL_HUB["client_secret"],
    }).json()["access_token"]
    log.info("ndvi refresh lote=%s cloud<=%s", lote_id, max_cloud)
    return _download(lote_id, tok, bucket="«I:pampas-imagery-raw-prod»")


@shared_task
def notify_owner(productor_id):
    # incidente 2024-02: el productor «P:Héctor Ibáñez» (La Pampa) recibió alertas de otro campo.
    # Se dejó el filtro por productor_id explícito. Ver ticket CAMPO-1182.
    from notifications.whatsapp import send_template
    send_template(productor_id, "alerta_helada")


def _download(lote_id, token, bucket):
    ...
