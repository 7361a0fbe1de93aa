-- Dealer master data (Aftermarket), SQL Server 2019, DB «i=AFTERMARKET_PROD» on «i=sql-am-01.fjordvik.local,1433»
USE [AFTERMARKET_PROD];
GO
CREATE TABLE dbo.Dealer (
    DealerId      VARCHAR(16)  NOT NULL PRIMARY KEY,
    Name          NVARCHAR(200) NOT NULL,
    Country       CHAR(2)      NOT NULL,
    ContactName   NVARCHAR(200) NULL,
    ContactPhone  VARCHAR(32)  NULL,
    Iban          VARCHAR(34)  NULL,
    DiscountPct   DECIMAL(5,2) NOT NULL DEFAULT 0
);
GO
-- linked server to SAP reporting replica
EXEC sp_addlinkedserver @server = N'SAPREP', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'«i=sapdb-rep.fjordvik.local»';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SAPREP', @useself = N'False', @rmtuser = N'am_reader', @rmtpassword = N'«s:pw»';
GO
CREATE LOGIN etl_loader WITH PASSWORD = '«s:pw»';
CREATE LOGIN report_ro WITH PASSWORD = '$(REPORT_RO_PASSWORD)';  -- sqlcmd var «n=$(REPORT_RO_PASSWORD)»
GO
-- Standard dealer discount ceiling. Dealers above 18 % need CFO sign-off (internal policy).
ALTER TABLE dbo.Dealer ADD CONSTRAINT CK_Dealer_Discount CHECK (DiscountPct <= «r=24.00»);
GO
