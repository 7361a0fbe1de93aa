-- Seed data for the UAT environment.
-- NOTE: rows 3-6 were imported from the 2023 intake spreadsheet for the load test
-- and are REAL clients. Ticket PRIV-118 tracks their removal.
SET IDENTITY_INSERT dbo.Clients ON;

INSERT INTO dbo.Clients (ClientId, LegalName, BillingEmail, IsPanelClient) VALUES
 (1, N'«N=Example Holdings Inc.»', N'«N=ap@example.com»', 0),
 (2, N'«N=Test Client (do not bill)»', N'«N=noreply@example.org»', 0),
 (3, N'«P=Thérèse Gingras-Leblanc»', N'«P=therese.gingras@hotmail.com»', 0),
 (4, N'«P=Daniel Okonkwo»', N'«P=dokonkwo1982@gmail.com»', 0),
 (5, N'«R=Laurentide Mutual Insurance»', NULL, 1),
 (6, N'«P=张伟 (Zhang Wei)»', N'«P=zhangwei.toronto@163.com»', 0);

SET IDENTITY_INSERT dbo.Clients OFF;

-- Contact details for the individual clients above
INSERT INTO dbo.ClientContacts (ClientId, Phone, StreetAddress, PostalCode, DOB) VALUES
 (3, '«P:phone_ca(418)»', N'«P=1290, avenue Maguire, Québec (QC)»', '«P=G1T 1Z3»', '«P:dob#gingras»');

-- Tax ids (US clients need SSN/ITIN for 1099 reporting)
INSERT INTO dbo.ClientTaxIds (ClientId, Kind, Value) VALUES
 (3, 'SIN', '«P:sin( )#gingras»'),
 (4, 'SSN', '«P:ssn#okonkwo»'),
 (6, 'ITIN', '«P:itin#zhang»'),
 (1, 'EIN', '«N=00-0000000»');
