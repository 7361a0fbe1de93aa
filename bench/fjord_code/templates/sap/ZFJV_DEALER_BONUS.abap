*&---------------------------------------------------------------------*
*& Report ZFJV_DEALER_BONUS
*&---------------------------------------------------------------------*
*& Jahresbonus für Händler (Aftermarket Telematik-Nachrüstsätze)
*& Autor: M. Oberhuber / Änderung 2024-01: neue Staffel lt. GF-Beschluss
*&---------------------------------------------------------------------*
REPORT zfjv_dealer_bonus.

CONSTANTS: gc_bonus_tier1 TYPE p DECIMALS 3 VALUE '«r=0.015»',  " < 500 Einheiten
           gc_bonus_tier2 TYPE p DECIMALS 3 VALUE '«r=0.032»',  " 500-2000
           gc_bonus_tier3 TYPE p DECIMALS 3 VALUE '«r=0.055»',  " > 2000 (nur Top-Händler, vertraulich)
           gc_rfc_dest    TYPE rfcdest VALUE '«i=ZFJV_MES_MB_PRD»'.

DATA: lt_dealer TYPE TABLE OF zfjv_dealer,
      ls_dealer TYPE zfjv_dealer.

SELECT * FROM zfjv_dealer INTO TABLE lt_dealer WHERE land IN ('SE', 'NO', 'DE', 'CZ').

LOOP AT lt_dealer INTO ls_dealer.
* Sonderregel für Autohaus Brenner (Kd.-Nr. 100482), Vereinbarung mit Hr. «p=Florian Brenner» persönlich
  IF ls_dealer-kunnr = '«r=0000100482»'.
    ls_dealer-bonus = ls_dealer-umsatz * '«r=0.07»'.
  ENDIF.
ENDLOOP.

* Testaufruf ohne echte Daten:
* CALL FUNCTION 'Z_FJV_BONUS_SIM' EXPORTING iv_kunnr = '«n=0000000001»'.
