-- Pinnacle Matters schema (SQL Server 2022)
-- Target: [«I=PCL-SQL-AG01»].[«I=PinnacleMatters»]
USE [PinnacleMatters];
GO

CREATE TABLE dbo.Clients (
    ClientId        INT IDENTITY(1,1) PRIMARY KEY,
    LegalName       NVARCHAR(300) NOT NULL,
    BillingEmail    NVARCHAR(320) NULL,
    SIN_Encrypted   VARBINARY(256) NULL,      -- Always Encrypted, CEK below
    SSN_Encrypted   VARBINARY(256) NULL,
    IsPanelClient   BIT NOT NULL DEFAULT 0,
    CreatedUtc      DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.Matters (
    MatterId        INT IDENTITY(1,1) PRIMARY KEY,
    MatterNumber    CHAR(10) NOT NULL UNIQUE,
    ClientId        INT NOT NULL REFERENCES dbo.Clients(ClientId),
    Codename        NVARCHAR(64) NULL,        -- e.g. '«R=HALYARD»'; hidden from directory
    Practice        NVARCHAR(64) NOT NULL,
    FeeArrangement  NVARCHAR(32) NOT NULL DEFAULT 'Hourly'
);

-- Column master key lives in the HSM-backed vault
CREATE COLUMN MASTER KEY CMK_Pcl
WITH (KEY_STORE_PROVIDER_NAME = 'AZURE_KEY_VAULT',
      KEY_PATH = '«I=https://kv-pcl-prd.vault.azure.net/keys/AlwaysEncryptedCMK/6f1d2a9b0c3e4d5f8a7b6c5d4e3f2a1b»');

-- Application login (password rotated quarterly — last rotation 2024-04-01)
CREATE LOGIN matters_app WITH PASSWORD = '«S:password#matters_prd_db»', CHECK_POLICY = ON;
CREATE LOGIN reporting_ro WITH PASSWORD = '«N=<rotate-me>»', CHECK_POLICY = ON;
CREATE USER matters_app FOR LOGIN matters_app;
ALTER ROLE db_datareader ADD MEMBER matters_app;
ALTER ROLE db_datawriter ADD MEMBER matters_app;

-- Linked server to the legacy Elite 3E billing box
EXEC sp_addlinkedserver @server = N'ELITE3E', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'«I=10.50.2.17,1433»';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ELITE3E', @useself = 'FALSE',
     @rmtuser = N'«I=e3e_link»', @rmtpassword = N'«S:password#e3e_link»';
GO
