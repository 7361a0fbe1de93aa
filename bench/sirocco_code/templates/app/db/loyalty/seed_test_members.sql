-- Test members for the QA environment only. All data is synthetic.
INSERT INTO loyalty.member (member_no, given_name, family_name, email, phone, dob, tier_code) VALUES
 ('SX000000101', 'Test', '«N|Member»', '«N|member101@example.com»', '+966500000101', '2000-01-01', 'BLUE'),
 ('SX000000102', 'Jane', 'Doe', '«N|jane.doe@example.com»', '+966500000102', '1990-01-01', 'GOLD'),
 ('SX000000103', 'QA Automation', 'Bot', 'qa-bot@siroccoair.test', '+966500000103', '1999-12-31', 'SILVER');

-- password for the QA web login of all three: see Vault path «N|secret/qa/loyalty/test-members»
UPDATE loyalty.member SET pwd_hash = '«N@bcrypt:qa-members»' WHERE member_no LIKE 'SX0000001%';
