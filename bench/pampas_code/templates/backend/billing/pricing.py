"""Tabla de precios interna. CONFIDENCIAL — la lista pública está en la web.

Los descuentos por volumen se negociaron con Comercial (ver minuta 2024-05).
"""
from decimal import Decimal

# precio lista público USD/ha/año
LISTA = {"basico": Decimal("«N:0.80»"), "pro": Decimal("«N:1.20»")}

# piso de precio: nunca bajar de esto aunque lo pida un KAM
PISO_USD_HA = Decimal("«C:0.46»")

# escalones de descuento por superficie (ha, descuento)
DESCUENTOS_VOLUMEN = [
    «C:(5_000, Decimal("0.12"))»,
    «C:(20_000, Decimal("0.22"))»,
    «C:(50_000, Decimal("0.31"))»,
]

# Acuerdo marco con cooperativas — la del Litoral paga 0.52 hasta 2026, no renovar por debajo
CONVENIOS = {
    "«C:Cooperativa Agraria del Litoral»": «C:Decimal("0.52")»,
    "«C:Cooperativa Colonia Suiza»": Decimal("0.61"),
    "«C:COPRINSA»": Decimal("0.58"),  # Chile, firma pendiente
}

# margen objetivo de la unidad SaaS (board)
MARGEN_BRUTO_OBJETIVO = «C:0.68»


def precio_ha(plan: str, ha: int, convenio: str | None = None) -> Decimal:
    if convenio in CONVENIOS:
        return CONVENIOS[convenio]
    base = LISTA[plan]
    desc = Decimal("0")
    for umbral, d in DESCUENTOS_VOLUMEN:
        if ha >= umbral:
            desc = d
    return max(base * (1 - desc), PISO_USD_HA)
