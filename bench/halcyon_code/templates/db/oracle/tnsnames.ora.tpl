# tnsnames.ora – Halcyon Klinikverbund, verteilt via SCCM auf alle Client-PCs
# Stand: 2024-02-19, gepflegt von ⟦p$ext2⟧ (Kronsteg DBA-Team)
# ACHTUNG: KISPRD nur für Batch-User!

KISPRD =
  (DESCRIPTION =
    (ADDRESS_LIST =
      (ADDRESS = (PROTOCOL = TCP)(HOST = ⟦i=kisdb-scan.fr.halcyon.intern⟧)(PORT = 1521))
    )
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = ⟦i=KISPRD.halcyon.intern⟧)
    )
  )

ABRPRD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ⟦i=10.20.4.21⟧)(PORT = 1522))
    (CONNECT_DATA = (SID = ⟦i=ABRP01⟧))
  )

# Wien – alte Instanz, Abschaltung geplant
KISWIEN =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ⟦i=ora-kis.wien.hkv.local⟧)(PORT = 1521))
    (CONNECT_DATA = (SID = ⟦i=KISW⟧))
  )
# Login für Notfall: kis_batch / ⟦s@pw⟧  (laut Informatik ZH noch gültig)

# Beispiel aus der Oracle-Doku, nicht verwenden:
# ORCL = (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=⟦n=db.example.com⟧)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=⟦n=orclpdb1⟧)))
