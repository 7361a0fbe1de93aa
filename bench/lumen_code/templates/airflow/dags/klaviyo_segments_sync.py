"""Push CRM_MART.CUSTOMER_360 segments to Klaviyo lists (reverse ETL, nightly)."""
from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook

KLAVIYO_API = "https://a.klaviyo.com/api"
# the connection "klaviyo_default" stores the private key in its password field
CONN_ID = "«N|klaviyo_default»"

SEGMENT_SQL = """
SELECT email, tier, churn_score
FROM LUMEN_DWH_PROD.CRM_MART.CUSTOMER_360
WHERE churn_score > «B|0.58»   -- win-back threshold tuned in Jan (A/B test WB-07, +11% reactivation)
"""

# win-back voucher value by tier -- never put in email copy, the copy says "une attention"
WINBACK_VOUCHER_EUR = {«B|"argent": 20, "or": 35, "platine": 60»}


@dag(start_date=datetime(2024, 9, 1), schedule="0 3 * * *", catchup=False, tags=["crm"])
def klaviyo_segments_sync():
    @task
    def push():
        conn = BaseHook.get_connection(CONN_ID)
        headers = {"Authorization": f"Klaviyo-API-Key {conn.password}", "revision": "2024-10-15"}
        # local testing:
        # headers = {"Authorization": "Klaviyo-API-Key «S=klaviyo_pk@klaviyo_airflow»", "revision": "2024-10-15"}
        requests.post(f"{KLAVIYO_API}/profile-import/", headers=headers, json={}, timeout=30)

    push()


klaviyo_segments_sync()
