# Note di rilascio – Portale pazienti 2.8 (Ospedale Lugano)

_⟦c=Documento riservato – solo per uso interno⟧_

## Novità
- Integrazione con il fornitore SMS per i promemoria degli appuntamenti.
- Nuovo prodotto ⟦c=Halcyon CareDesk Nova⟧ (non ancora annunciato, lancio previsto Q3).

## Configurazione
Il server di staging è ⟦i=portal-stg.ti.halcyon.lan⟧ (⟦i=172.22.64.20⟧). Chiave API del fornitore SMS
(solo staging!): `⟦s@alnum:32⟧`

## Problemi noti
- Per la paziente ⟦p@name#pat_ti⟧ il promemoria è stato inviato due volte al numero ⟦p@phone:CH,mobile⟧.
- Riferimento ticket: INC-48812.

Referente: ⟦p$doc1⟧
