Fallnummer;Patient;Geb.-Datum;Kostenträger;Diagnose (ICD-10);DRG;Fehler
⟦p$pat1_fall⟧;⟦p$pat1|rev⟧;⟦p$pat1_dob|dde⟧;AOK BW;⟦n=I48.0⟧;⟦n=F71B⟧;Nebendiagnose fehlt
;⟦p$pat2|rev⟧;;ÖGK Wien;⟦n=J18.9⟧;E77C;Verweildauer > OGVD (SVNR ⟦p$pat2_svnr⟧ prüfen)
;⟦p@name|rev⟧;;DRV Bund;⟦n=F10.2⟧;V60B;Reha-Antrag, RV-Nummer ⟦p@rvnr⟧ ungültig?
;;;TK;⟦n=O70.0⟧;O60D;Zuschlag ⟦c=HKV-ZU-2023-O60⟧ nicht anwenden (vertraulich)
