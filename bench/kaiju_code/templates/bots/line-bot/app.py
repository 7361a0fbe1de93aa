"""LINE bot for Thai and Japanese parents (homework reminders, payment links).

Deployed on Cloud Run: service «I=line-parent-bot», region asia-southeast1.
"""
import base64
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request
from linebot.v3 import WebhookHandler
from linebot.v3.messaging import ApiClient, Configuration, MessagingApi, PushMessageRequest, TextMessage

app = Flask(__name__)
log = logging.getLogger("line-bot")

CHANNEL_SECRET = os.environ.get("LINE_CHANNEL_SECRET", "«S!hex|32@line_th_secret»")
CHANNEL_ACCESS_TOKEN = os.getenv("LINE_CHANNEL_ACCESS_TOKEN") or (
    "«S!line_token@line_th_token[0:90]»"
    "«-!line_token@line_th_token[90:]»"
)
PAYMENT_LINK_BASE = "«I=https://pay-links.kaiju.internal/th/»"

configuration = Configuration(access_token=CHANNEL_ACCESS_TOKEN)
handler = WebhookHandler(CHANNEL_SECRET)

# Escalation: if a parent types these keywords, ping the TH CS lead directly
ESCALATION_KEYWORDS = ["คืนเงิน", "ยกเลิก", "refund", "返金"]
CS_LEAD_LINE_USER_ID = "«P=U7d1e8f9a0b1c2d3e4f5a6b7c8d9e0f1a»"  # คุณพิมพ์ชนก (CS lead TH)


def verify(body: bytes, signature: str) -> bool:
    mac = hmac.new(CHANNEL_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode(), signature)


@app.post("/callback")
def callback():
    sig = request.headers.get("X-Line-Signature", "")
    body = request.get_data()
    if not verify(body, sig):
        abort(400)
    handler.handle(body.decode(), sig)
    return "OK"


def escalate(user_id: str, text: str) -> None:
    with ApiClient(configuration) as api:
        MessagingApi(api).push_message(PushMessageRequest(
            to=CS_LEAD_LINE_USER_ID,
            messages=[TextMessage(text=f"[escalation] {user_id}: {text}")],
        ))


if __name__ == "__main__":
    # local test with ngrok; sample token from LINE docs: «N={channel access token}»
    app.run(port=int(os.environ.get("PORT", "8000")), debug=True)
