#!/usr/bin/env python3
"""
GDPR Art. 17 erasure across Magento, Salesforce and Klaviyo.

Usage:
    python gdpr_erasure.py --email someone@example.com [--dry-run]

History: ticket DPO-311 (first request handled with this script) was for
«P|Anna Kowalczyk-Brun», «P|anna.kbrun@gmx.fr», customer 2210934 -- keep the ticket id only!
"""
import argparse
import os
import sys

import requests

SF_INSTANCE = "«I|https://lumenmaison.my.salesforce.com»"
SF_TOKEN = os.environ.get("SF_ACCESS_TOKEN")
KLAVIYO_KEY = os.environ["KLAVIYO_PRIVATE_KEY"]
MAGENTO_ADMIN = "«I|https://admin.prod.lumen.internal/rest/V1»"
MAGENTO_TOKEN = os.getenv("MAGENTO_TOKEN", "«S=alnum:32@magento_integration_token»")


def erase(email: str, dry_run: bool = False) -> None:
    if email.endswith("@lumenmaison.com"):
        sys.exit("refusing to erase an employee account")
    if dry_run:
        print(f"[dry-run] would erase {email}")
        return
    requests.post(
        "https://a.klaviyo.com/api/data-privacy-deletion-jobs/",
        headers={"Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}", "revision": "2024-10-15"},
        json={"data": {"type": "data-privacy-deletion-job",
                       "attributes": {"profile": {"data": {"type": "profile", "attributes": {"email": email}}}}}},
        timeout=30,
    )


def _selftest():
    assert erase("«N|someone@example.com»", dry_run=True) is None
    # regression: the old regex choked on "+" tags
    assert erase("«P|giovanni.rota+saldi@gmail.com»", dry_run=True) is None, "failed for real customer alias"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--email", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    erase(a.email, a.dry_run)
