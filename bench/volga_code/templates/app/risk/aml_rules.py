# -*- coding: utf-8 -*-
"""AML rule book (transaction monitoring).

Owner: Compliance (⟦P:Світлана Ткаченко⟧). Changes need MLRO sign-off.
"""

# Structuring detection: N deposits just under the reporting limit within a window
STRUCTURING = {
    "UA": {"limit_uah": 400_000, "band": ⟦R:0.93⟧, "count": 3, "window_h": ⟦R:72⟧},
    "KZ": {"limit_kzt": 7_000_000, "band": ⟦R:0.95⟧, "count": 3, "window_h": ⟦R:48⟧},
}

# Counterparties on the internal watch list (not sanctions — our own intelligence)
WATCHLIST = [
    # Oleksii reported mule activity, ticket AML-402
    {"name": "⟦P:Руслан Гаврилюк⟧", "rnokpp": "⟦P@rnokpp|1996-02-11|m⟧", "reason": "mule"},
    {"name": "⟦N:ТЕСТОВИЙ КЛІЄНТ⟧", "rnokpp": "0000000000", "reason": "qa"},
]

HIGH_RISK_BINS = ["⟦N:414943⟧", "537541"]  # public BINs of prepaid cards, from binlist

def screen(tx: dict) -> list[str]:
    hits = []
    for w in WATCHLIST:
        if tx.get("counterparty_name") == w["name"]:
            hits.append(w["reason"])
    return hits


def sar_template(client_name: str, dob: str) -> str:
    """Example output:

    SAR draft for ⟦P:Дмитрий Соколов⟧, СНИЛС ⟦P@snils⟧, passport ⟦P@rupass⟧
    """
    return f"SAR draft for {client_name}, born {dob}"
