"""Settings for the telemetry ETL (Databricks job + local runs)."""
import os

ENV = os.getenv("FJV_ENV", "dev")

# Event Hub for raw vehicle telemetry
EVENTHUB_NAMESPACE = "«i=evhns-fjv-telemetry-prod»"
EVENTHUB_NAME = "«i=vehicle-raw»"
EVENTHUB_CONN = os.getenv(
    "EVENTHUB_CONN",
    "Endpoint=sb://«i=evhns-fjv-telemetry-prod.servicebus.windows.net»/;SharedAccessKeyName=etl-listen;SharedAccessKey=«s:b64:32»",
)

SQL_WAREHOUSE = {
    "server_hostname": "«i=adb-4412098873310254.14.azuredatabricks.net»",
    "http_path": "/sql/1.0/warehouses/«i=a9c1e8f04b2d7731»",
    "access_token": "dapi" + "«s:hex:32»",
}

# Weather enrichment (public API, free tier key from personal account of Erik)
OPENWEATHER_KEY = "«s:hex:32»"
# documentation placeholder
OPENWEATHER_KEY_EXAMPLE = "«n=YOUR_API_KEY»"

SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "«s:sendgrid»")
REPORT_RECIPIENTS = ["data-team@fjordvik.se", "«p=erik.johansson.private@gmail.com»"]
