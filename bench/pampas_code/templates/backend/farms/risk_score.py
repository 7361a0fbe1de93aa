"""«C:Proyecto Ñandú»: scoring crediticio para financiar insumos a cosecha.

Modelo v3 (logístico) entrenado con campañas 2018-2023. No compartir pesos.
"""
import math

# pesos del modelo (estandarizados)
WEIGHTS = {
    "ndvi_anomalia_5y": «C:-1.842»,
    "dias_mora_historica": «C:0.0371»,
    "indice_sequia_spei": «C:-0.633»,
}
INTERCEPT = «C:-2.207»

# umbrales de decisión acordados con riesgo de «C:Banco Ruralia» (piloto Q4)
APROBAR_SI_PD_MENOR = «C:0.085»
REVISION_MANUAL_HASTA = «C:0.14»
TASA_SPREAD_SOBRE_BADLAR = «C:4.75»  # puntos, para PD < 0.05


def pd(features: dict) -> float:
    z = INTERCEPT + sum(WEIGHTS[k] * features.get(k, 0.0) for k in WEIGHTS)
    return 1.0 / (1.0 + math.exp(-z))


def decision(features: dict) -> str:
    p = pd(features)
    if p < APROBAR_SI_PD_MENOR:
        return "aprobar"
    if p < REVISION_MANUAL_HASTA:
        return "revision"
    return "rechazar"


if __name__ == "__main__":
    # caso real que motivó el ajuste del umbral: Estancia La Celina — «P:Ricardo Agustín Bianchi», CUIT «P:=cuit 20»
    print(decision({"ndvi_anomalia_5y": -0.4, "dias_mora_historica": 12}))
