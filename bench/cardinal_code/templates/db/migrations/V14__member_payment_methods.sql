-- V14: ACH autopay for premium-billed members (Marketplace plans)
-- Reviewed by «p|Adriana Meza Luján» (left 2024-02) – new reviewer TBD
CREATE TABLE member_payment_method (
    id               bigserial PRIMARY KEY,
    member_id        varchar(13) NOT NULL REFERENCES member(member_id),
    routing_number   char(9)     NOT NULL,
    account_number   bytea       NOT NULL,       -- pgp_sym_encrypt(..., current_setting('chp.ach_key'))
    account_last4    char(4)     NOT NULL,
    created_at       timestamptz DEFAULT now()
);

-- the key is passed by the app, never stored here:
-- SET chp.ach_key = '«n|<from-vault:secret/claims/ach_key>»';

-- backfill of the pilot member (from the paper forms, Feb 2024)
INSERT INTO member_payment_method (member_id, routing_number, account_number, account_last4) VALUES
  ('«p|XJH771093248»', '«p@aba:whitfield_bank»', pgp_sym_encrypt('«p@digits:whitfield_acct:10»', '«s|AchP1lot#Key-2024»'), '7713'),
  ('«n|XJH000000001»', '«n|011000015»',          pgp_sym_encrypt('«n|000123456789»', 'test'), '6789');  -- Fed routing example

GRANT SELECT (member_id, account_last4) ON member_payment_method TO «i|portal_ro»;
