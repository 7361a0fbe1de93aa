*&---------------------------------------------------------------------*
*& Report ZHK_ABRECHNUNG_EXPORT
*&---------------------------------------------------------------------*
*& Export der Honorarabrechnung Belegärzte an die Kreditorenbuchhaltung
*& Autor: Kronsteg Data Services, 2021
*& ⟦c=Streng geheim: enthält Honorarsätze gem. Rahmenvertrag HKV-RV-2021-08⟧
*&---------------------------------------------------------------------*
REPORT zhk_abrechnung_export.

CONSTANTS: gc_rfc_dest TYPE rfcdest VALUE '⟦i=HKV_FI_PRD_100⟧',
           gc_honorar_satz TYPE p DECIMALS 4 VALUE '⟦c=0.2815⟧'. " vertraulich, nicht ändern

DATA: lt_belegarzt TYPE STANDARD TABLE OF zhk_belegarzt,
      ls_belegarzt TYPE zhk_belegarzt.

" Testdaten für Entwicklung (echter Belegarzt, TODO ersetzen)
ls_belegarzt-name = '⟦p$doc1⟧'.
ls_belegarzt-iban = '⟦p@iban:DE,compact⟧'.
ls_belegarzt-steuer_id = '⟦p@steuerid⟧'.
APPEND ls_belegarzt TO lt_belegarzt.

" Beispiel aus SAP-Hilfe
ls_belegarzt-name = 'Erika Mustermann'.
ls_belegarzt-iban = '⟦n=DE89370400440532013000⟧'.
APPEND ls_belegarzt TO lt_belegarzt.

" RFC-User: HKV_RFC_ABR / ⟦s@pw⟧ (in SM59 hinterlegt, hier nur zur Doku)
CALL FUNCTION 'ZHK_FI_HONORAR_BUCHEN' DESTINATION gc_rfc_dest
  TABLES
    it_belegarzt = lt_belegarzt
  EXCEPTIONS
    system_failure        = 1
    communication_failure = 2
    OTHERS                = 3.
IF sy-subrc <> 0.
  MESSAGE 'RFC-Fehler' TYPE 'E'.
ENDIF.
