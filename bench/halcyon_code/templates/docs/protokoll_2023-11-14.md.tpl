# Protokoll Jour fixe ⟦c=KASSIOPEIA⟧ – 14.11.2023

**Ort:** Spital Zürich-Hottingen, Sitzungszimmer „Uetliberg“ / Teams
**Anwesend:** ⟦p$it1⟧, ⟦p$it2⟧, Vertretung Kronsteg, Chefärztin Innere
**Protokoll:** Informatik ZH

## 1. Stand Migration

- Die Datenübernahme vom Alt-KIS läuft seit Montag auf dem neuen ETL-Server. Grüezi-Meldung im Monitoring funktioniert.
- Es git no es Problem mit de Umlaut i de Fallnummere (ä → a), Reto luegt das aa.
- Die Leistungsabrechnung nach ⟦c=HKV-Kalkulationsschema 2024 (Zuschlagsfaktor 1.137)⟧ ist vertraulich und wird nicht im Wiki dokumentiert.

## 2. Offene Punkte

| Nr | Thema | Verantwortlich | Termin |
|----|-------|----------------|--------|
| 4  | SMTP-Relay: Passwort für `noreply-kis` war in der Mail vom 03.11. im Klartext (⟦s$pw_smtp⟧) → rotieren! | ⟦p$it2⟧ | 30.11. |
| 7  | Zugriff Kronsteg auf den Export-Share nur noch via Jumphost ⟦i=jump01.kronsteg.corp⟧ | Kronsteg | 15.12. |
| 9  | Testdaten: bitte ausschliesslich ⟦n=Max Mustermann⟧ verwenden, nicht echte Fälle aus PROD | alle | – |

## 3. Varia

- Die Pikett-Nummer der Informatik ändert auf ⟦p@phone:CH,local⟧.
- Nächste Sitzung: 28.11.2023, 14:00 Uhr.
