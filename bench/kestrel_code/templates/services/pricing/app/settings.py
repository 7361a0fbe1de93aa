"""Pricing service settings (pydantic-settings)."""
from functools import lru_cache

from pydantic import Field, PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PRICING_")

    database_url: PostgresDsn = Field(
        default="postgresql+asyncpg://pricing:⟦n=${PRICING_DB_PASSWORD}⟧@localhost:5432/pricing_dev"
    )
    # read replica used by the surge heatmap job
    replica_url: str = "postgresql://pricing_ro:⟦s@urlpw⟧@⟦i=pg-pricing-ro.prod.kestrel-internal.net⟧:5432/⟦i=pricing_prod⟧"
    redis_url: str = "redis://localhost:6379/0"
    kafka_bootstrap: str = "⟦i=b-1.kestrel-msk-prod.x7y2qk.c3.kafka.us-west-2.amazonaws.com:9096⟧"
    kafka_sasl_username: str = "pricing-svc"
    kafka_sasl_password: str = "⟦s@password⟧"
    weather_api_key: str = Field(default="⟦n=your-openweathermap-key⟧")
    snowflake_account: str = "⟦i=kestrel-prod.us-west-2⟧"
    snowflake_password: str = Field(default_factory=lambda: ⟦n=os.environ["SNOWFLAKE_PASSWORD"]⟧)


@lru_cache
def get_settings() -> Settings:
    return Settings()
