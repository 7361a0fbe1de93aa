from fastapi import FastAPI, Depends, HTTPException, Header
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .scoring import score_applicant


class Settings(BaseSettings):
    model_bucket: str = "«I=mg-ml-models-prod»"
    mlflow_uri: str = "http://«I=mlflow.ml.svc.cluster.local:5000»"
    mlflow_token: str = "«S:fmt:mlf_{al32}»"
    internal_api_key: str = "changeme"
    feature_store_dsn: str = "«S:fmt:postgresql://feast:{pw}@10.41.3.22:5432/feast»"

    class Config:
        env_file = ".env"


settings = Settings()
app = FastAPI(title="underwriting-ml", version="2.3.0")


class Applicant(BaseModel):
    age: int
    country: str
    monthly_income: float
    mpesa_txn_90d: int | None = None
    bureau_score: int | None = None


def auth(x_api_key: str = Header(...)):
    if x_api_key != settings.internal_api_key:
        raise HTTPException(401)


@app.post("/score", dependencies=[Depends(auth)])
def score(a: Applicant):
    return {"pd": score_applicant(a.model_dump())}
