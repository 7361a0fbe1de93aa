"""Settings for the dispensing service (rx-core).

Values come from the environment in every deployed stage; the defaults below are only
for the docker-compose stack.
"""
from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    env: str = "local"
    database_url: str = "«N:postgresql+asyncpg://rx:rx@localhost:5432/rx»"
    # read replica used by the reporting jobs in Manila
    reporting_dsn: str = "«S:postgresql://rx_report:Sampaguita_77xQ@10.60.4.18:5432/rx_reporting»"
    mssql_legacy_dsn: str = (
        "mssql+pyodbc://svc_dispense:«S!pw»@«I:SQLPROD-DISP01.corp.tamarind.internal»"
        "/DispenseLegacy?driver=ODBC+Driver+18+for+SQL+Server"
    )
    s3_bucket: str = "«I:tmh-rx-scripts-prod-ap-southeast-2»"
    kms_key_arn: str = "«I:arn:aws:kms:ap-southeast-2:418276533091:key/»" + "«N!uuid»"
    erx_endpoint: str = "«N:https://api.erx.com.au/v3»"
    erx_client_id: str = "tamarind-health-prod"
    erx_client_secret: str = "«S!alnum:40»"
    fred_dispense_api_key: str = ""
    aws_access_key_id: str = "«S!aws_akid»"
    aws_secret_access_key: str = "«S!aws_secret»"
    pbs_software_vendor_id: str = "«N:PBS-SV-DEMO»"
    fernet_key: str = "«S!fernet»"  # encrypts free-text clinical notes at rest

    class Config:
        env_prefix = "RX_"


@lru_cache
def get_settings() -> Settings:
    return Settings()
