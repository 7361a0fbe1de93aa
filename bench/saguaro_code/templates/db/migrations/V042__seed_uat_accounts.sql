-- V042: seed accounts for UAT regression of the CC&B -> in-house CIS migration.
-- Row 900001 is synthetic. Row 900004 was pulled from prod to reproduce INC0088812
-- (approved by «P:name#emp_dba», to be purged after sign-off).
SET IDENTITY_INSERT billing.Customer ON;
INSERT INTO billing.Customer (AccountId, FullName, Email, PrimaryPhone, Ssn, DriversLicense, ServiceAddress) VALUES
 (900001, 'Test User One',  '«N=uat1@example.com»', NULL, '«N=123-45-6789»', NULL, NULL),
 (900004, N'«P:name#uat4»', '«P:email#uat4»', '«P:phone(dash)#uat4»', '«P:ssn#uat4»', '«P:dl(AZ)#uat4»',
          N'«P:addr#uat4»');
SET IDENTITY_INSERT billing.Customer OFF;

INSERT INTO billing.AutopayEnrollment (AccountId, RoutingNumber, BankAccount, CardLast4) VALUES
 (900004, '«P:routing#uat4»', '«P:acct(12)#uat4bank»', '«N=4417»');
