"""Runtime settings for provider-api (prior authorization + referrals)."""
import os
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PAPI_")

    database_url: str = "«n|postgresql+asyncpg://papi:papi@localhost:5432/papi»"
    redis_url: str = "«i|redis://redis-papi.prod.chp.internal:6379/2»"
    jwt_secret: str = os.getenv("PAPI_JWT_SECRET", "«s@alnum:papi_jwt_default:48»")
    jwt_algorithm: str = "HS256"
    jwt_issuer: str = "«i|https://auth.chp.internal»"
    openai_api_key: str = "«n|sk-...»"                 # set via env, never commit
    anthropic_api_key: str | None = None
    fax_api_user: str = "chp-priorauth"
    fax_api_password: str = "«s|Fx-Pr10r!Auth#Tx»"
    fax_api_base: str = "«n|https://api.srfax.com/SRF_SecWebSvc.php»"
    phi_encryption_key: str = "«s@rawb64:papi_phi_key:32»"   # AES-256-GCM, base64
    # auto-approval cutoff for the Heron-lite prior-auth model (Utilization Mgmt, confidential)
    pa_auto_approve_score: float = «r|0.88»
    pa_auto_deny_score: float = «r|0.07»
    sentry_dsn: str = os.getenv("PAPI_SENTRY_DSN", "")


@lru_cache
def get_settings() -> Settings:
    return Settings()
