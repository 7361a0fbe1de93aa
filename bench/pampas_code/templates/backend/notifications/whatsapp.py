"""Envío de alertas por WhatsApp Cloud API (heladas, granizo, NDVI)."""
import requests

GRAPH = "https://graph.facebook.com/v19.0"
PHONE_NUMBER_ID = "«I:=gcpnum»"
# token de sistema permanente (System User "pampas-alertas")
WA_TOKEN = "EAAG" + "«S:=alnum 180»"


def send_template(to: str, template: str, lang: str = "es_AR"):
    return requests.post(
        f"{GRAPH}/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {WA_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "template",
              "template": {"name": template, "language": {"code": lang}}},
        timeout=15,
    )


if __name__ == "__main__":
    # prueba con el celu de Gonzalo (producto)
    send_template("«P:=phone_ar wa»", "alerta_helada")
    # número de prueba que da Meta
    send_template("«N:15550000000»", "hello_world", lang="en_US")
