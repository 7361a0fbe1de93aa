-- V7: seed operators for line 3 (import from HR export 2024-02-12)
-- SQL Server
INSERT INTO dbo.Operator (Badge, FullName, BirthNumber, Phone, Email, HourlyWageCzk) VALUES
 ('B-18833', N'«p=Zdeněk Kučera»',   '«p:rc»', '«p:phone:cz»', NULL, «r=268.50»),
 ('B-19002', N'«p=Markéta Šimková»', '«p:rc»', '«p:phone:cz»', N'«p=marketa.simkova84@email.cz»', «r=241.00»),
 ('B-20417', N'«p=Jana Dvořáková»',  '«p:rc»', NULL, NULL, «r=241.00»),
 ('B-99999', N'«n=Test Operátor»',   '«n=000000/0000»', NULL, N'«n=qa@example.com»', 0);
GO
