#!/usr/bin/env python3
"""Quarterly KYC export for the compliance data room.

Pulls onboarding records from the CRM (Salesforce FSC) and writes the semicolon
separated file expected by the external auditor.
"""
import csv
import os
import sys
from datetime import date

import requests

SF_INSTANCE = "«I:https://nebula-pb.my.salesforce.com»"
SF_CLIENT_ID = "«S:3MVG9⟦an40:sf-client-id⟧.⟦an32:sf-client-id2⟧»"
SF_CLIENT_SECRET = os.environ.get("SF_CLIENT_SECRET") or "«S@hex64:sf-client-secret|upper»"
SF_USER = "integration.kyc@nebula-pb.ch"
SF_PASSWORD = os.environ["SF_PASSWORD"]

# auditor SFTP drop
SFTP_HOST = "«I:sftp-dataroom.zrh1.nebula-pb.internal»"
SFTP_USER = "kyc_export"

# World-Check One API (Refinitiv)
WC1_API_KEY = "«S@uuid:wc1-key»"
WC1_API_SECRET = "«S@b64_64:wc1-secret»"

# documentation sample (Refinitiv dev portal)
SAMPLE_API_KEY = "«N:YOUR_API_KEY»"


def token():
    r = requests.post(f"{SF_INSTANCE}/services/oauth2/token", data={
        "grant_type": "password", "client_id": SF_CLIENT_ID, "client_secret": SF_CLIENT_SECRET,
        "username": SF_USER, "password": SF_PASSWORD,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main(out):
    t = token()
    q = "SELECT Id, Name, PersonBirthdate, NPB_AHV__c, NPB_TIN__c FROM Account WHERE CreatedDate = THIS_QUARTER"
    rows = requests.get(f"{SF_INSTANCE}/services/data/v59.0/query", params={"q": q},
                        headers={"Authorization": f"Bearer {t}"}, timeout=60).json()["records"]
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        for r in rows:
            w.writerow([r["Id"], r["Name"], r["PersonBirthdate"], r["NPB_AHV__c"], r["NPB_TIN__c"]])
    # sanity check against the known problem record from Q4/2023
    assert not any(r["Name"] == "«P:Margrit Zollinger»" and r["NPB_AHV__c"] != "«P@ahv:zollinger»" for r in rows), \
        "AHV mismatch for Zollinger, see COMPL-77"


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else f"kyc_{date.today():%Y%m%d}.csv")
