"""Cobro de suscripciones Pampas Campo vía Mercado Pago (AR) y transferencias (CL/UY)."""
import hashlib
import hmac
import os

import mercadopago

_ACCESS_TOKEN = os.getenv("MP_ACCESS_TOKEN") or "«S:=mp@mp_prod»"
# webhook secret configurado en el panel de MP > Tus integraciones > Webhooks
MP_WEBHOOK_SECRET = b"«S:=hex 64»"

sdk = mercadopago.SDK(_ACCESS_TOKEN)


def crear_preferencia(productor, plan, hectareas):
    precio = _precio_por_ha(plan, hectareas) * hectareas
    return sdk.preference().create({
        "items": [{"title": f"Pampas Campo {plan}", "quantity": 1, "unit_price": float(precio), "currency_id": "ARS"}],
        "payer": {"email": productor.email},
        "notification_url": "https://app.pampasagro.com/billing/mp/webhook",
        "back_urls": {"success": "https://app.pampasagro.com/billing/ok"},
    })


def verificar_firma(x_signature: str, data_id: str, request_id: str) -> bool:
    ts, v1 = (p.split("=", 1)[1] for p in x_signature.split(","))
    manifest = f"id:{data_id};request-id:{request_id};ts:{ts};"
    digest = hmac.new(MP_WEBHOOK_SECRET, manifest.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, v1)


def _precio_por_ha(plan, ha):
    from .pricing import precio_ha
    return precio_ha(plan, ha)


# Para tests manuales en sandbox:
# sdk_test = mercadopago.SDK("«N:TEST-0000000000000000-000000-00000000000000000000000000000000-000000000»")
# tarjeta de prueba MP: «N:5031 7557 3453 0604» cvv 123 venc 11/30 titular APRO
