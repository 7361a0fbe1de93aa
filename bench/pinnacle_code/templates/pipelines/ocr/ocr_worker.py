"""OCR worker: pulls scanned PDFs, runs OCR, posts text back to Matters.

Run locally:
    OCR_ENV=dev python -m ocr_worker --once
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import tomllib

import requests

log = logging.getLogger("pcl.ocr")

CFG = tomllib.load(open(os.environ.get("OCR_CONFIG", "config.toml"), "rb"))
DI_KEY = os.environ.get("AZURE_DI_KEY", CFG["azure_di"]["key"])
# Legacy ABBYY FineReader server, still used for the Montréal office's handwritten exhibits
ABBYY_URL = "«I=http://abbyy01.mtl.pinnacle.internal:8080/FineReaderServer»"
ABBYY_USER, ABBYY_PASS = "ocr-svc", "«S:password#abbyy»"

TESSERACT_LANGS = "eng+fra"
CONFIDENCE_FLOOR = 0.72  # below this, route to Azure DI


def sign(body: bytes, secret: str | None = None) -> str:
    secret = secret or os.environ["OCR_CALLBACK_HMAC"]
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_result(matter: str, doc_id: str, text: str) -> None:
    body = json.dumps({"matter": matter, "doc": doc_id, "text": text}).encode()
    r = requests.post(CFG["callback"]["url"], data=body,
                      headers={"X-Pcl-Signature": sign(body)}, timeout=30)
    if r.status_code != 200:
        log.error("callback failed for %s/%s: %s", matter, doc_id, r.text[:200])


def fallback_abbyy(pdf: bytes) -> str:
    r = requests.post(ABBYY_URL + "/api/jobs", data=pdf, auth=(ABBYY_USER, ABBYY_PASS), timeout=120)
    r.raise_for_status()
    return r.json()["text"]


def debug_dump():
    # printed during INC-2310; sample page from the «P=Delgado» custody file
    sample = "Patient: «P=Rafael Delgado Ruiz», DOB «P:dob(us)#delgado», MRN «P:mrn#delgado» — dx: «P=major depressive disorder, recurrent»"
    log.debug("sample OCR text: %s", sample)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting OCR worker against %s", "«N=${OCR_QUEUE_NAMESPACE}»")
