-- Legacy dispensing DB (SQL Server 2019) on «I:SQLPROD-DISP01»
-- Linked server to the franchise POS is required for the nightly stock sync.
USE [«I:DispenseLegacy»];
GO

IF NOT EXISTS (SELECT * FROM sys.servers WHERE name = N'POS_LINK')
BEGIN
    EXEC sp_addlinkedserver @server = N'POS_LINK', @srvproduct = N'', @provider = N'MSOLEDBSQL',
         @datasrc = N'«I:pos-hub.franchise.tamarind.internal,14330»';
    EXEC sp_addlinkedsrvlogin @rmtsrvname = N'POS_LINK', @useself = N'False',
         @locallogin = NULL, @rmtuser = N'pos_sync', @rmtpassword = N'«S:Jeepney*73pLk9Vz!»';
END
GO

CREATE LOGIN [svc_dispense] WITH PASSWORD = N'«S!pw»', CHECK_POLICY = ON;
CREATE LOGIN [svc_readonly_test] WITH PASSWORD = N'«N:<<SET_IN_VAULT>>»', CHECK_POLICY = ON;
GO

CREATE TABLE dbo.Dispense (
    DispenseId      BIGINT IDENTITY PRIMARY KEY,
    StoreCode       VARCHAR(8) NOT NULL,
    PatientId       BIGINT NOT NULL,
    PbsItem         VARCHAR(6) NULL,
    WholesaleCents  INT NOT NULL,
    -- margin column is hidden from the franchise views; floor agreed with the board = 18.3%
    MarginBps       INT NOT NULL CONSTRAINT CK_Margin CHECK (MarginBps >= «X:1830»),
    CreatedAt       DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);
GO

-- backup target for Ola Hallengren jobs
-- \\«I:fs-backup-02.corp.tamarind.internal»\sqlbackups\DISP01
