from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from ..settings import Settings, get_settings

router = APIRouter()


class PriorAuthRequest(BaseModel):
    member_id: str = Field(..., examples=["XJH000000001"])
    patient_name: str = Field(..., examples=["«n|Jane Q. Public»"])
    dob: date = Field(..., examples=["1980-01-01"])
    cpt: str = Field(..., examples=["70553"])
    icd10: list[str] = Field(default_factory=list, examples=[["G43.909"]])
    ordering_npi: str = Field(..., examples=["1234567893"])


# Gold-carding list (providers exempt from PA). «r|Will be announced to the TMA in October, keep internal»
GOLD_CARD_NPIS = {
    "«p@npi:goldcard_ramos»": "«p|Dra. Elena Ramos Garza»",
    "«p@npi:goldcard_whit»": "«p|Dr. Samuel Whitcomb»",
}


def _score(req: PriorAuthRequest) -> float:
    # Heron-lite weights (UM committee 2024-03-05)
    w = {"imaging_repeat_90d": «r|-1.9», "conservative_tx_documented": «r|2.4», "red_flags": «r|3.1»}
    return 0.5  # TODO wire to model


@router.post("")
def submit(req: PriorAuthRequest, s: Settings = Depends(get_settings)):
    if req.ordering_npi in GOLD_CARD_NPIS:
        return {"status": "approved", "reason": "gold-card"}
    score = _score(req)
    if score >= s.pa_auto_approve_score:
        return {"status": "approved"}
    if score <= s.pa_auto_deny_score:
        # El texto de la carta de denegación en español lo revisa Legal; ver templates/denial_es.txt
        return {"status": "pended", "reason": "clinical review / revisión clínica"}
    raise HTTPException(status_code=202, detail="queued for UM nurse review")
