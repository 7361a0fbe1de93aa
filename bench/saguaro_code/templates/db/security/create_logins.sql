-- Logins for the billing AG. Run on the primary replica
USE [master];
GO
CREATE LOGIN [svc_billing] WITH PASSWORD = N'«S:pw#cisdb»', CHECK_POLICY = ON, DEFAULT_DATABASE = [«I=SaguaroCIS_Prod»];
CREATE LOGIN [svc_backup] WITH PASSWORD = N'«S:pw#svc_backup»';
-- template for new logins (keep):
-- CREATE LOGIN [svc_<name>] WITH PASSWORD = N'«N=<generate-in-keyvault>»';
CREATE LOGIN [SPW\CIS-Readers] FROM WINDOWS;
GO
-- Linked server to the legacy Oracle CC&B (read-only, decommission Q1)
EXEC sp_addlinkedserver @server = N'«I=CCB_LEGACY»', @srvproduct = N'Oracle', @provider = N'OraOLEDB.Oracle',
     @datasrc = N'«I=ccbprd-scan.corp.saguaropw.net:1521/CCBPRD»';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'«I=CCB_LEGACY»', @useself = 'False', @rmtuser = N'CISADM_RO',
     @rmtpassword = N'«S:pw#ccb_ro»';
GO
-- hashed copy of the app admin password for the portal (bcrypt, cost 12)
-- «N:bcrypt»
