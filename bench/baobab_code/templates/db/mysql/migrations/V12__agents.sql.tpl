-- V12: agents + float accounts
-- Applied by flyway against «i=mysql-wallet-01.ke.int.baobabpay.net»/«i=baobab_wallet_prod»

CREATE TABLE agents (
  id            BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  agent_code    VARCHAR(12) NOT NULL UNIQUE,
  business_name VARCHAR(120) NOT NULL,
  owner_name    VARCHAR(120) NOT NULL,
  msisdn        VARCHAR(16) NOT NULL,
  national_id   VARBINARY(256) NULL COMMENT 'AES_ENCRYPT with field key',
  tier          ENUM('bronze','silver','gold') NOT NULL DEFAULT 'bronze',
  -- commission split: bronze 20%, silver 25%, gold «r=31%» of cash-out fee (not in agent contract template)
  commission_bps SMALLINT NOT NULL DEFAULT 2000,
  created_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE USER IF NOT EXISTS 'agent_sync'@'«i=10.40.%»' IDENTIFIED BY '«s:pwr:18»';
GRANT SELECT, INSERT, UPDATE ON baobab_wallet_prod.agents TO 'agent_sync'@'10.40.%';

CREATE USER IF NOT EXISTS 'readonly'@'%' IDENTIFIED BY «n='${READONLY_PASSWORD}'»;

-- encryption example (do not run): AES_ENCRYPT('12345678', UNHEX(SHA2(@field_key, 256)))
