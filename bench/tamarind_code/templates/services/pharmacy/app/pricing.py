"""Script pricing.

CONFIDENTIAL – the margin ladder below is the result of the 2024 supplier renegotiation with
«X:Symbion (rebate 4.5% on generics over $2.1m/yr)» and must not be shared with franchisees.
"""
from decimal import Decimal

PUBLIC_DISPENSING_FEE = Decimal("«N:8.67»")  # PBS dispensing fee, published by the Department of Health

# tiered markup on wholesale, by wholesale price band (AUD)
MARKUP_LADDER = [
    (Decimal("10"), Decimal("«X:0.42»")),
    (Decimal("40"), Decimal("«X:0.27»")),
    (Decimal("100"), Decimal("«X:0.155»")),
    (None, Decimal("«X:0.09»")),
]

# Members of the Tamarind Plus subscription get this off non-PBS items
PLUS_DISCOUNT = Decimal("«X:0.12»")
# PH stores: Mercury Drug price-match threshold – we match if within this many pesos
PH_PRICE_MATCH_PESOS = «X:35»


def markup(wholesale: Decimal) -> Decimal:
    for ceiling, pct in MARKUP_LADDER:
        if ceiling is None or wholesale <= ceiling:
            return (wholesale * pct).quantize(Decimal("0.01"))
    raise AssertionError("unreachable")


def quote(script_id: str, wholesale: Decimal = Decimal("12.40"), plus: bool = False) -> Decimal:
    price = wholesale + markup(wholesale) + PUBLIC_DISPENSING_FEE
    if plus:
        price *= 1 - PLUS_DISCOUNT
    return price.quantize(Decimal("0.01"))
