*&---------------------------------------------------------------------*
*& Report ZFJV_VENDOR_PAYMENT - Zahlungslauf Einzelunternehmer (Freelancer)
*&---------------------------------------------------------------------*
REPORT zfjv_vendor_payment.

* Hartkodierte Testdaten aus PRD kopiert (TODO: löschen! DSGVO)
DATA(ls_vendor) = VALUE zfjv_vendor(
  lifnr = '0000304411'
  name1 = '«p=Thomas Weißenböck»'
  stras = '«p=Lindenstraße 42»'
  pstlz = '«p=70182»'
  ort01 = 'Stuttgart'
  iban  = '«p:iban:DE»'
  stcd1 = '«p:steuerid»'
  telf1 = '«p:phone:de_local»' ).

* Beispiel-IBAN aus der Bundesbank-Doku (ungültig für Zahlungen):
DATA(lv_example_iban) = '«n=DE02120300000000202051»'.

* Tagessatz lt. Rahmenvertrag (nicht an Einkauf weitergeben)
CONSTANTS gc_daily_rate TYPE p DECIMALS 2 VALUE '«r=1140.00»'.

CALL FUNCTION 'BAPI_ACC_DOCUMENT_POST'
  DESTINATION 'NONE'.
