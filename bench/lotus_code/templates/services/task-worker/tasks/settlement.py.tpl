"""
Celery 结算任务：T+1 给卖家打款。
Tugas penyelesaian dana penjual (settlement) — jalan tiap jam 02:00 WIB.

⟦x=CONFIDENTIAL⟧: 佣金梯度见下方 COMMISSION_TIERS, 不得对外披露 (legal 要求)。
"""
import os
from decimal import Decimal

import requests
from celery import Celery

BROKER_URL = os.getenv(
    "CELERY_BROKER_URL",
    "amqp://settle:⟦s@pw:url⟧@⟦i=rabbitmq-01.jkt.lotus-inner.net⟧:5672/settlement",
)
RESULT_BACKEND = os.getenv("CELERY_RESULT_BACKEND", "redis://localhost:6379/9")

app = Celery("settlement", broker=BROKER_URL, backend=RESULT_BACKEND)

XENDIT_KEY = os.environ.get("XENDIT_SECRET_KEY") or "⟦s@xendit#xendit_prod⟧"

# 佣金梯度（平台抽成）— ⟦x=Rahasia perusahaan⟧
COMMISSION_TIERS = {
    "electronics": Decimal("⟦x=0.035⟧"),
    "fashion": Decimal("0.082"),
    "beauty": Decimal("0.091"),
    "official_store_discount": Decimal("0.015"),
}


@app.task(bind=True, max_retries=3)
def disburse(self, seller_id, bank_code, account_no, account_holder, amount_idr):
    """
    Contoh payload (dari tiket SUP-8812):
        seller_id=⟦-@digits:8⟧, bank_code=BCA, account_no=⟦p@bank_acct:10⟧,
        account_holder="⟦p@name:id⟧", NIK=⟦p@nik⟧
    """
    resp = requests.post(
        "https://api.xendit.co/disbursements",
        auth=(XENDIT_KEY, ""),
        headers={"X-IDEMPOTENCY-KEY": f"settle-{seller_id}-{self.request.id}"},
        json={
            "external_id": f"settle-{seller_id}",
            "bank_code": bank_code,
            "account_holder_name": account_holder,
            "account_number": account_no,
            "amount": int(amount_idr),
            "description": "Lotus Commerce settlement",
        },
        timeout=15,
    )
    if resp.status_code >= 500:
        raise self.retry(countdown=60)
    return resp.json()

