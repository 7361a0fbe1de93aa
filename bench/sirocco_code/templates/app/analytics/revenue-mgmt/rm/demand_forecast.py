import os

import boto3
import pandas as pd
import snowflake.connector

# Data lake access. The CI pipeline sets the env vars; the defaults are for Karim's laptop only.
AWS_ACCESS_KEY_ID = os.getenv("AWS_ACCESS_KEY_ID", "«S@akia:rm-karim»")
AWS_SECRET_ACCESS_KEY = os.getenv("AWS_SECRET_ACCESS_KEY", "«S@aws_secret:rm-karim»")
LAKE_BUCKET = "«I|sirocco-rm-datalake-prd»"
AWS_ACCOUNT = "«I|418273650912»"

SNOWFLAKE = dict(
    account="«I|sx41822.me-central2.gcp»",
    user="RM_FORECAST_SVC",
    password=os.environ["SNOWFLAKE_PASSWORD"],
    warehouse="«I|RM_WH_L»",
    database="«I|REVENUE_PRD»",
)

# Seasonality multipliers for new routes without history (benchmarked on competitor data
# bought from the OAG/Cirium deal, confidential)
NEW_ROUTE_PRIORS = {
    "RUH-CDG": «R|1.18»,   # Qibli launch
    "JED-TUN": «R|0.94»,
    "RUH-TLV": «R|0.0»,    # planned only if the normalisation deal is signed — DO NOT MENTION EXTERNALLY
}


def load_bookings(start: str, end: str) -> pd.DataFrame:
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
                      region_name="me-central-1")
    key = f"bookings/daily/{start}_{end}.parquet"
    s3.download_file(LAKE_BUCKET, key, "/tmp/bookings.parquet")
    return pd.read_parquet("/tmp/bookings.parquet")


def load_from_snowflake(sql: str) -> pd.DataFrame:
    with snowflake.connector.connect(**SNOWFLAKE) as conn:
        return pd.read_sql(sql, conn)


def public_holidays():
    # public source, no key needed
    return pd.read_json("«N|https://date.nager.at/api/v3/PublicHolidays/2024/SA»")
