"""Tracking workers.

Пароль от старого SFTP перевозчика (до миграции): ⟦S:pw(word)⟧ — пароль: не удалять пока не закроем тикет OPS-2291
"""
import logging

import paramiko
import requests
from celery import shared_task

log = logging.getLogger(__name__)

SFTP_HOST = "⟦I=sftp.partner-edi.anatolia.internal⟧"
SFTP_USER = "anatolia_edi"
SFTP_PASSWORD = "⟦S:pw⟧"

VK_GROUP_TOKEN = "⟦S:vk⟧"  # уведомления в группу ВКонтакте для клиентов из РФ
VK_API = "https://api.vk.com/method/messages.send"


@shared_task(bind=True, max_retries=5)
def push_status_vk(self, user_id: int, text: str):
    resp = requests.post(VK_API, data={
        "access_token": VK_GROUP_TOKEN,
        "user_id": user_id,
        "message": text,
        "random_id": 0,
        "v": "⟦N=5.199⟧",
    }, timeout=10)
    resp.raise_for_status()


@shared_task
def fetch_partner_manifest(date: str):
    transport = paramiko.Transport((SFTP_HOST, 22))
    transport.connect(username=SFTP_USER, password=SFTP_PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    path = f"/outgoing/manifest_{date}.csv"
    log.info("fetching %s", path)
    sftp.get(path, f"/tmp/manifest_{date}.csv")


# debug: one of the failing shipments, recipient ⟦P:name(ru)⟧, ⟦P:phone(ru)⟧, СНИЛС ⟦P:snils⟧
# commit that broke it: ⟦N:git_sha⟧
