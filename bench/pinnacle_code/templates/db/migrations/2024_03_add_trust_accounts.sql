-- Migration 2024_03: trust (IOLTA / compte en fidéicommis) ledger
BEGIN TRANSACTION;

CREATE TABLE dbo.TrustAccounts (
    TrustAccountId  INT IDENTITY PRIMARY KEY,
    ClientId        INT NOT NULL,
    Institution     CHAR(3) NOT NULL,
    Transit         CHAR(5) NOT NULL,
    AccountNumber   NVARCHAR(34) NOT NULL,
    RoutingAba      CHAR(9) NULL
);

-- Firm pooled trust accounts (Law Society of Ontario / NY IOLA)
INSERT INTO dbo.TrustAccounts (ClientId, Institution, Transit, AccountNumber, RoutingAba) VALUES
  (0, '004', '«R=10392»', '«R=5213374»', NULL),               -- TD, Bay & King, pooled CAD
  (0, '000', '00000', '«N=0000000»', '«N=021000021»');         -- placeholder row for USD (JPM public routing no.)

-- Client-specific trust sub-ledger (escrow for the Okonkwo settlement)
INSERT INTO dbo.TrustAccounts (ClientId, Institution, Transit, AccountNumber, RoutingAba) VALUES
  (4, '', '', '«P:acct(12)#okonkwo_bank»', '«P:aba#okonkwo_bank»');

-- Wire instructions used in the Gingras estate file
-- «P:ca_bank(006)#gingras_bank» (Banque Nationale), bénéficiaire «P=Thérèse Gingras-Leblanc»
COMMIT;
