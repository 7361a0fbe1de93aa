-- Testdaten für die INT-Umgebung (Lörrach)
-- Export aus PROD vom 2024-01-08, "anonymisiert" (TODO: Namen sind noch echt!!)
USE [KIS_INT_LOE];
GO
SET IDENTITY_INSERT dbo.Patient ON;
INSERT INTO dbo.Patient (PatientId, Name, Geburtsdatum, KVNR, Ort) VALUES
 (1, N'⟦n=Mustermann, Max⟧', '1970-01-01', N'⟦n=X999999990⟧', N'12345 Musterstadt'),
 (2, N'⟦n=Mustermann, Erika⟧', '1964-08-12', N'⟦n=X999999991⟧', N'51147 Köln'),
 (3, N'⟦p@name|rev⟧', '⟦p@dob:iso⟧', N'⟦p@kvnr⟧', N'79539 Lörrach'),
 (6, N'⟦p$pat1|rev⟧', '1900-01-01', N'⟦p$pat1_kvnr⟧', N'79100 Freiburg');
SET IDENTITY_INSERT dbo.Patient OFF;
GO
INSERT INTO dbo.Diagnose (PatientId, IcdCode, Text) VALUES
 (3, '⟦n=E11.9⟧', N'Diabetes mellitus Typ 2'),
 (6, '⟦n=C50.9⟧', N'Bösartige Neubildung der Brustdrüse');
GO
-- Login für Testuser: kis_test, Passwort siehe ⟦n=KeePass-Eintrag »INT Testuser«⟧
