-- V42: seed data for the UAT environment
-- !!! copied from PROD on 2024-01-09 by ops, to be replaced with synthetic data (JIRA DATA-208) !!!
INSERT INTO npb_core.private_client (client_id, full_name, birth_date, ahv_nr, domicile, email, iban) VALUES
  ('«P:CLT-0012250»', '«P:Christoph von Wattenwyl»', DATE '«P:1951-04-17»', '«P@ahv:wattenwyl»', '«P:Junkerngasse 47, 3011 Bern»', '«P:c.vonwattenwyl@bluewin.ch»', '«P@iban_ch:wattenwyl»');
INSERT INTO npb_core.private_client (client_id, full_name, birth_date, ahv_nr, domicile, email, iban) VALUES
  ('«P:CLT-0057731»', '«P:Jean-Luc Hoffmann»', DATE '«P:1963-02-11»', NULL, '«P:12, rue de la Forêt, L-1534 Luxembourg»', '«P:jl.hoffmann@pt.lu»', '«P@iban_lu:hoffmann»');
-- synthetic row for unit tests
INSERT INTO npb_core.private_client (client_id, full_name, birth_date, ahv_nr, domicile, email, iban) VALUES
  ('CLT-TEST-0001', '«N:Test Kunde»', DATE '1900-01-01', '«N:756.1234.5678.97»', 'Teststrasse 1, 9999 Testhausen', '«N:kunde@example.com»', '«N:CH9300762011623852957»');

-- tax ids for CRS reporting
INSERT INTO npb_core.client_tax_id (client_id, country, tin) VALUES ('CLT-0057731', 'LU', '«P@lumat:19630211047»');
INSERT INTO npb_core.client_tax_id (client_id, country, tin) VALUES ('CLT-0039921', 'FR', '«P@nir:2680975056042»');

-- app users
INSERT INTO npb_core.app_user (login, pwd_hash) VALUES ('svc_batch', '«N:$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW»');
INSERT INTO npb_core.app_user (login, pwd_plain_legacy) VALUES ('svc_uat_admin', '«S@pw:uat-admin-legacy»');
COMMIT;
